//! Dates and terms as people type them: every accepted form, the refusals, the terms a
//! picker offers from a given day, and the calendar's term spans and deadlines.

use dekom::i18n::{texts, Lang};
use dekom::model::model;
use dekom::plan::dates::{
    dotted, example_date, iso, next_day, next_term, parse_date, school_year_terms, shown_date,
    stored_date, stored_time, Term, When,
};
use dekom::plan::planning::calendar::{
    deadline_events, decision_events, ics, milestone_events, Event,
};
use dekom::plan::planning::decisions::Decision;
use dekom::plan::planning::milestones::{date_of, Milestone};
use dekom::plan::{ItemKind, Plan};
use proptest::prelude::*;
use proptest::test_runner::RngAlgorithm;

const NOW: &str = "2026-11-22T12:31:55.123Z";

fn term(year: i32, autumn: bool) -> Term {
    Term { year, autumn }
}

#[test]
fn dates_are_read_with_dots_in_every_form_people_write_and_as_iso() {
    for text in ["15.11.2027", "15.11.27", "2027-11-15", " 15.11.2027 "] {
        assert_eq!(parse_date(text), Some((2027, 11, 15)), "{text:?}");
    }
    for text in ["05.03.2027", "5.3.2027", "5.03.2027", "05.3.27", "5.3.27"] {
        assert_eq!(parse_date(text), Some((2027, 3, 5)), "{text:?}");
    }
    assert_eq!(
        parse_date("1.1.00"),
        Some((2000, 1, 1)),
        "two digits are 20åå"
    );
    assert_eq!(parse_date("31.12.99"), Some((2099, 12, 31)));
    assert_eq!(parse_date("29.2.2028"), Some((2028, 2, 29)), "a leap year");
    assert_eq!(
        parse_date("29.02.2000"),
        Some((2000, 2, 29)),
        "400 makes a leap year"
    );
}

#[test]
fn impossible_days_and_other_text_are_refused() {
    for text in [
        "31.02.2027",
        "29.02.2027",
        "29.02.2100",
        "31.04.2027",
        "32.01.2027",
        "0.1.2027",
        "1.0.2027",
        "1.13.2027",
        "2027-02-31",
        "2027-13-01",
        "2027-1-5",
        "27-01-05",
        "15.11.202",
        "15.11.20277",
        "15.11.2",
        "115.11.2027",
        "15.011.2027",
        "15/11/2027",
        "15-11-2027",
        "15.11-2027",
        "15.11.2027.",
        "+5.3.2027",
        "15.11",
        "15. 11. 2027",
        "",
        "snart",
        "Høst 2027",
    ] {
        assert_eq!(parse_date(text), None, "{text:?}");
    }
}

#[test]
fn dates_are_stored_as_iso_and_shown_with_dots() {
    assert_eq!(stored_date("5.3.27"), Some("2027-03-05".into()));
    assert_eq!(stored_date("2027-03-05"), Some("2027-03-05".into()));
    assert_eq!(
        stored_date("  "),
        Some(String::new()),
        "an empty field clears the date"
    );
    assert_eq!(stored_date("31.02.2027"), None);
    assert_eq!(shown_date("2027-03-05"), "05.03.2027");
    assert_eq!(shown_date(""), "");
    // A milestone's time keeps a term, or any other text, as typed.
    assert_eq!(stored_time("15.11.2027"), "2027-11-15");
    assert_eq!(stored_time(" Høst 2027 "), "Høst 2027");
    assert_eq!(stored_time("31.02.2027"), "31.02.2027");
    assert_eq!(shown_date("Høst 2027"), "Høst 2027");
    assert_eq!(date_of("15.11.27"), Some((2027, 11, 15)));
    assert_eq!(date_of("31.02.2027"), None);
}

#[test]
fn terms_are_read_in_every_language() {
    for (text, expected) in [
        ("Høst 2027", term(2027, true)),
        ("haust 2027", term(2027, true)),
        ("Efterår 2027", term(2027, true)),
        ("AUTUMN 2027", term(2027, true)),
        ("Vår 2028", term(2028, false)),
        ("Forår 2028", term(2028, false)),
        (" spring  2028 ", term(2028, false)),
    ] {
        assert_eq!(Term::parse(text), Some(expected), "{text:?}");
        assert_eq!(When::parse(text), Some(When::Term(expected)));
    }
    for text in [
        "Høst",
        "Høst 27",
        "Høst 2027 og 2028",
        "Sommer 2027",
        "2027",
    ] {
        assert_eq!(Term::parse(text), None, "{text:?}");
    }
    // Each language's own name of a term reads back as that term.
    for lang in Lang::ALL {
        for t in [term(2027, true), term(2028, false)] {
            let name = (texts(lang).planning.term)(t.autumn, t.year);
            assert_eq!(Term::parse(&name), Some(t), "{lang:?}: {name}");
        }
    }
}

#[test]
fn the_picker_offers_this_school_year_and_the_next_from_august() {
    let offered = |today| school_year_terms(today).to_vec();
    // June: the school year that began last August is still this one.
    assert_eq!(
        offered((2027, 6, 10)),
        [
            term(2026, true),
            term(2027, false),
            term(2027, true),
            term(2028, false)
        ]
    );
    assert_eq!(offered((2027, 7, 31)), offered((2027, 6, 10)));
    // August starts a new school year.
    let august = [
        term(2027, true),
        term(2028, false),
        term(2028, true),
        term(2029, false),
    ];
    assert_eq!(offered((2027, 8, 1)), august);
    assert_eq!(
        offered((2027, 12, 31)),
        august,
        "December is still autumn's school year"
    );
    assert_eq!(offered((2028, 1, 2)), august, "and so is January");
}

#[test]
fn examples_in_hints_are_ahead_of_today() {
    assert_eq!(next_term((2027, 6, 10)), term(2027, true));
    assert_eq!(
        next_term((2027, 8, 15)),
        term(2028, false),
        "autumn has begun"
    );
    assert_eq!(next_term((2027, 12, 31)), term(2028, false));
    assert_eq!(next_term((2028, 1, 2)), term(2028, false));
    assert_eq!(next_term((2028, 1, 3)), term(2028, true));
    assert_eq!(example_date((2027, 6, 10)), (2027, 7, 15));
    assert_eq!(example_date((2027, 12, 31)), (2028, 1, 15));
}

#[test]
fn days_follow_each_other_across_months_years_and_leap_days() {
    assert_eq!(next_day((2027, 11, 15)), (2027, 11, 16));
    assert_eq!(next_day((2027, 4, 30)), (2027, 5, 1));
    assert_eq!(next_day((2027, 12, 31)), (2028, 1, 1));
    assert_eq!(next_day((2028, 2, 28)), (2028, 2, 29));
    assert_eq!(next_day((2027, 2, 28)), (2027, 3, 1));
}

fn milestone(id: &str, time: &str) -> Milestone {
    Milestone {
        id: id.into(),
        time: time.into(),
        what: format!("Mål {id}"),
        ..Milestone::default()
    }
}

fn event(uid: &str, start: (i32, u32, u32), end: (i32, u32, u32), summary: &str) -> Event {
    Event {
        uid: uid.into(),
        start,
        end,
        summary: summary.into(),
        description: String::new(),
    }
}

#[test]
fn a_term_is_an_all_day_event_over_the_whole_term_and_a_date_one_day() {
    let rows = [
        milestone("h", "Høst 2027"),
        milestone("v", "Vår 2028"),
        milestone("d", "2027-11-15"),
        milestone("x", "en gang"),
    ];
    let events = milestone_events(&rows, |_| String::new());
    assert_eq!(
        events,
        [
            event("h@dekom.skole", (2027, 8, 15), (2027, 12, 21), "Mål h"),
            event("v@dekom.skole", (2028, 1, 3), (2028, 6, 21), "Mål v"),
            event("d@dekom.skole", (2027, 11, 15), (2027, 11, 16), "Mål d"),
        ]
    );
    let text = ics(&events, NOW);
    for line in [
        "DTSTART;VALUE=DATE:20270815\r\nDTEND;VALUE=DATE:20271221\r\n",
        "DTSTART;VALUE=DATE:20280103\r\nDTEND;VALUE=DATE:20280621\r\n",
        "DTSTART;VALUE=DATE:20271115\r\nDTEND;VALUE=DATE:20271116\r\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    assert_eq!(
        text.matches("TRANSP:TRANSPARENT\r\n").count(),
        3,
        "nobody is busy for a term"
    );
}

/// A plan with deadlines on a model activity (done), an own activity, an activity without
/// one and one with a date no calendar has; and two decisions, one undated.
fn plan_with_dates() -> Plan {
    let m = model(Lang::Nb);
    let mut p = Plan::new("p1".into(), "Lesing".into(), NOW);
    let first = m.phase(1).unwrap().activities[0];
    let a = p.phase_mut(1).unwrap().activity_mut(first.id);
    a.due = "2027-03-15".into();
    a.done = true;
    a.responsible = " Kari ".into();
    a.note = "Etter vinterferien".into();
    let ph = p.phase_mut(3).unwrap();
    ph.add_own(ItemKind::Activity, "own-a".into(), "Felles plandag".into());
    ph.activity_mut("own-a").due = "2027-09-01".into();
    let second = m.phase(3).unwrap().activities[1];
    ph.activity_mut(second.id).responsible = "Ola".into();
    let third = m.phase(3).unwrap().activities[2];
    ph.activity_mut(third.id).due = "2027-02-31".into();
    p.planning.decisions = vec![
        Decision {
            id: "d-1".into(),
            date: "2026-11-20".into(),
            what: "Vi velger lesing".into(),
            why: "Kartleggingen viste det.".into(),
        },
        Decision {
            id: "d-2".into(),
            what: "Udatert".into(),
            ..Decision::default()
        },
    ];
    p
}

#[test]
fn the_calendar_holds_activity_deadlines_and_decisions() {
    let (m, t) = (model(Lang::Nb), texts(Lang::Nb));
    let p = plan_with_dates();
    let first = m.phase(1).unwrap().activities[0];
    let deadlines = deadline_events(&p, m, t);
    assert_eq!(
        deadlines,
        [
            Event {
                uid: format!("p1-1-{}@dekom.skole", first.id),
                start: (2027, 3, 15),
                end: (2027, 3, 16),
                summary: format!("Frist: {}", first.text.trim()),
                description: format!(
                    "Fase 1: {}\nAnsvarlig: Kari\nNotat: Etter vinterferien\nGjort",
                    m.phase(1).unwrap().name
                ),
            },
            Event {
                uid: "p1-3-own-a@dekom.skole".into(),
                start: (2027, 9, 1),
                end: (2027, 9, 2),
                summary: "Frist: Felles plandag".into(),
                description: format!("Fase 3: {}", m.phase(3).unwrap().name),
            },
        ],
        "activities without a readable deadline are left out"
    );
    let decisions = decision_events(&p.planning.decisions, t);
    assert_eq!(
        decisions,
        [Event {
            uid: "d-1@dekom.skole".into(),
            start: (2026, 11, 20),
            end: (2026, 11, 21),
            summary: "Beslutning: Vi velger lesing".into(),
            description: "Kartleggingen viste det.".into(),
        }]
    );
    // The same plan exported twice gives the same UIDs, so a calendar updates its events.
    assert_eq!(deadline_events(&p.clone(), m, t), deadlines);

    let all: Vec<Event> = deadlines.into_iter().chain(decisions).collect();
    let text = ics(&all, NOW);
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 3);
    assert!(text.contains("SUMMARY:Frist: Felles plandag\r\n"));
    assert!(text.contains("DTSTART;VALUE=DATE:20261120\r\nDTEND;VALUE=DATE:20261121\r\n"));
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("DESCRIPTION:Kartleggingen viste det.\r\n"));
    assert!(text.split("\r\n").all(|line| line.len() <= 75));
    // Every language names its deadlines and decisions.
    let en = texts(Lang::En);
    let summaries = |t| {
        deadline_events(&p, model(Lang::En), t)
            .into_iter()
            .chain(decision_events(&p.planning.decisions, t))
            .map(|e| e.summary)
            .skip(1)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        summaries(en),
        ["Due: Felles plandag", "Decision: Vi velger lesing"]
    );
    assert_eq!(
        summaries(texts(Lang::Nn)),
        ["Frist: Felles plandag", "Avgjerd: Vi velger lesing"]
    );
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

/// Any day of years 2000 to 2099, whose dates also have a two-digit form.
fn any_day() -> impl Strategy<Value = (i32, u32, u32)> {
    (2000i32..2100, 1u32..=12, 1u32..=31).prop_filter("a day the month has", |&(y, m, d)| {
        parse_date(&format!("{y:04}-{m:02}-{d:02}")).is_some()
    })
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn every_form_of_a_day_reads_back_as_that_day(day in any_day()) {
        let (y, m, d) = day;
        prop_assert_eq!(parse_date(&dotted(day)), Some(day));
        prop_assert_eq!(parse_date(&iso(day)), Some(day));
        prop_assert_eq!(parse_date(&format!("{d}.{m}.{y}")), Some(day));
        prop_assert_eq!(parse_date(&format!("{d}.{m}.{:02}", y % 100)), Some(day));
        prop_assert_eq!(parse_date(&format!("{d:02}.{m:02}.{:02}", y % 100)), Some(day));
        prop_assert_eq!(stored_date(&shown_date(&iso(day))), Some(iso(day)));
    }

    #[test]
    fn the_next_day_is_a_day_and_comes_after(day in any_day()) {
        let next = next_day(day);
        prop_assert!(parse_date(&iso(next)).is_some());
        prop_assert!(next > day);
    }

    #[test]
    fn dots_and_iso_agree_on_which_days_exist(y in 2000i32..2100, m in 1u32..=12, d in 29u32..=99) {
        let valid = parse_date(&format!("{y:04}-{m:02}-{d:02}")).is_some();
        prop_assert_eq!(parse_date(&format!("{d}.{m}.{y}")).is_some(), valid);
        prop_assert_eq!(parse_date(&format!("1.{}.{y}", m + 12)), None);
    }
}
