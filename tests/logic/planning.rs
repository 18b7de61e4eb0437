use dekom::plan::planning::barriers::{by_risk, heat_map, level, Barrier, Level};
use dekom::plan::planning::calendar::{escape, ics, milestone_events};
use dekom::plan::planning::csv::table;
use dekom::plan::planning::decisions::{newest_first, Decision};
use dekom::plan::planning::group::{people, Advice, Member, Person, Role, WorkingGroup};
use dekom::plan::planning::measurements::{change, parse_value, Indicator};
use dekom::plan::planning::milestones::{
    date_of, filtered, in_time_order, responsibles, Milestone,
};
use dekom::plan::planning::wheel::{by_month, WheelActivity};
use dekom::plan::planning::{move_by_id, Planning};
use dekom::plan::{ActivityState, Plan};

fn milestone(id: &str, time: &str, phase: u8, responsible: &str) -> Milestone {
    Milestone {
        id: id.into(),
        time: time.into(),
        what: format!("Mål {id}"),
        phase,
        responsible: responsible.into(),
        ..Milestone::default()
    }
}

fn member(role: Role, external: bool) -> Member {
    Member {
        id: format!("{role:?}"),
        role,
        external,
        ..Member::default()
    }
}

#[test]
fn terms_and_dates_sort_in_time_and_unreadable_times_go_last() {
    assert_eq!(date_of("Haust 2025"), Some((2025, 8, 15)));
    assert_eq!(date_of("vår 2026"), Some((2026, 1, 3)));
    assert_eq!(date_of("Høst 2026"), Some((2026, 8, 15)));
    assert_eq!(date_of("2026-02-29"), None);
    assert_eq!(date_of("2024-02-29"), Some((2024, 2, 29)));
    assert_eq!(date_of("snart"), None);
    let rows = [
        milestone("a", "snart", 1, ""),
        milestone("b", "Vår 2026", 2, ""),
        milestone("c", "2025-09-01", 1, ""),
        milestone("d", "Haust 2025", 1, ""),
    ];
    let order: Vec<&str> = in_time_order(&rows).iter().map(|m| m.id.as_str()).collect();
    assert_eq!(order, ["d", "c", "b", "a"]);
}

#[test]
fn milestones_filter_by_phase_and_responsible_and_reorder() {
    let mut rows = vec![
        milestone("a", "", 1, "Rektor"),
        milestone("b", "", 2, "Kari"),
        milestone("c", "", 1, " kari "),
    ];
    let ids = |list: Vec<&Milestone>| list.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(filtered(&rows, 1, "")), ["a", "c"]);
    assert_eq!(ids(filtered(&rows, 0, "Kari")), ["b", "c"]);
    assert_eq!(ids(filtered(&rows, 2, "Rektor")), Vec::<String>::new());
    assert_eq!(responsibles(&rows), ["Kari", "Rektor", "kari"]);
    let order = |rows: &[Milestone]| rows.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    move_by_id(&mut rows, "c", -1, |m| &m.id, |_| true);
    move_by_id(&mut rows, "a", -1, |m| &m.id, |_| true);
    assert_eq!(order(&rows), ["a", "c", "b"]);
    // Filtered to phase 1, "b" is hidden: moving "a" down passes over it, "b" stays put.
    let mut rows = vec![
        milestone("a", "", 1, ""),
        milestone("b", "", 2, ""),
        milestone("c", "", 1, ""),
    ];
    move_by_id(&mut rows, "a", 1, |m| &m.id, |m| m.phase == 1);
    assert_eq!(order(&rows), ["c", "b", "a"]);
    move_by_id(&mut rows, "c", -1, |m| &m.id, |m| m.phase == 1);
    assert_eq!(
        order(&rows),
        ["c", "b", "a"],
        "nothing shown above the first"
    );
}

#[test]
fn the_group_advice_follows_the_model() {
    let mut group = WorkingGroup::default();
    assert_eq!(
        group.advice(),
        [Advice::Empty],
        "an empty group is told where to begin, nothing else"
    );
    group.members.push(member(Role::Teacher, false));
    group.members.push(member(Role::Teacher, false));
    assert_eq!(
        group.advice(),
        [
            Advice::NoPrincipalLeading,
            Advice::OneCamp,
            Advice::NoUnionRepresentative,
            Advice::NoSkeptic
        ]
    );
    group.members.push(member(Role::PrincipalLeader, false));
    group.members.push(member(Role::Skeptic, false));
    assert_eq!(
        group.advice(),
        [Advice::OneCamp, Advice::NoUnionRepresentative]
    );
    group.members.push(member(Role::UnionRepresentative, false));
    assert_eq!(
        group.advice(),
        [Advice::OneCamp],
        "a skeptic or union representative is not another camp"
    );
    group.members.push(member(Role::Assistant, true));
    assert_eq!(
        group.advice(),
        [Advice::OneCamp, Advice::NoExternalMeetings],
        "an external assistant is not the school's staff"
    );
    group.members.retain(|m| m.role != Role::Assistant);
    group.members.push(member(Role::Assistant, false));
    assert!(
        group.advice().is_empty(),
        "teachers and assistants are different camps"
    );
    group.members.push(member(Role::Ppt, true));
    assert_eq!(group.advice(), [Advice::NoExternalMeetings]);
    group.external_rhythm = "Første tirsdag i måneden".into();
    assert!(group.advice().is_empty());
    group.members.retain(|m| m.role != Role::Teacher);
    assert_eq!(
        group.advice(),
        [Advice::OneCamp],
        "assistants alone are one camp too"
    );
    group.members.retain(|m| m.role != Role::Skeptic);
    assert_eq!(group.advice(), [Advice::OneCamp, Advice::NoSkeptic]);
}

#[test]
fn responsible_fields_suggest_the_group_first_and_each_name_once() {
    let mut plan = Plan::new("p".into(), "Plan".into(), "2026-01-01T00:00:00Z");
    let named = |name: &str, role| Member {
        id: name.into(),
        name: name.into(),
        role,
        ..Member::default()
    };
    plan.planning.group.members = vec![
        named(" Ingrid Haugen ", Role::PrincipalLeader),
        named("", Role::Assistant),
        named("Siri", Role::Skeptic),
    ];
    plan.phases[0].activities.insert(
        "f1-a".into(),
        ActivityState {
            responsible: "ingrid haugen".into(),
            ..ActivityState::default()
        },
    );
    plan.planning.milestones = vec![milestone("a", "", 1, "Kari"), milestone("b", "", 1, " ")];
    plan.planning.wheel = vec![WheelActivity {
        responsible: "Bjørn".into(),
        ..WheelActivity::default()
    }];
    plan.planning.barriers = vec![Barrier {
        owner: "SIRI".into(),
        ..Barrier::default()
    }];
    assert_eq!(
        people(&plan),
        [
            Person {
                name: "Ingrid Haugen".into(),
                role: Some(Role::PrincipalLeader)
            },
            Person {
                name: "Siri".into(),
                role: Some(Role::Skeptic)
            },
            Person {
                name: "Bjørn".into(),
                role: None
            },
            Person {
                name: "Kari".into(),
                role: None
            },
        ],
        "members without a name, blanks and names in another case are not suggested again"
    );
}

#[test]
fn risk_is_likelihood_times_impact_and_fills_the_heat_map() {
    let barrier = |id: &str, likelihood, impact| Barrier {
        id: id.into(),
        likelihood,
        impact,
        ..Barrier::default()
    };
    let barriers = [
        barrier("a", 2, 3),
        barrier("b", 5, 5),
        barrier("c", 9, 0),
        barrier("d", 2, 3),
    ];
    assert_eq!(
        barriers.iter().map(Barrier::risk).collect::<Vec<_>>(),
        [6, 25, 5, 6]
    );
    assert_eq!(
        by_risk(&barriers)
            .iter()
            .map(|b| b.id.as_str())
            .collect::<Vec<_>>(),
        ["b", "a", "d", "c"]
    );
    let map = heat_map(&barriers);
    assert_eq!(map[2][1], 2, "impact 3, likelihood 2");
    assert_eq!(map[4][4], 1);
    assert_eq!(map[0][4], 1, "out-of-range values are clamped to 1–5");
    assert_eq!(map.iter().flatten().sum::<usize>(), 4);
    assert_eq!(
        (level(4), level(5), level(12), level(25)),
        (Level::Low, Level::Medium, Level::High, Level::High)
    );
}

#[test]
fn the_calendar_is_folded_escaped_crlf_text_with_all_day_events() {
    let mut long = milestone("m1", "Vår 2026", 1, "");
    long.what = "Oppstart; lesing, skriving og \\ regning\nfor alle trinn – æøå ".repeat(3);
    let rows = [
        long,
        milestone("m2", "2025-10-20", 2, ""),
        milestone("m3", "en gang", 3, ""),
    ];
    let events = milestone_events(&rows, |m| format!("Ansvarlig: {}", m.responsible));
    let text = ics(&events, "2026-11-22T12:31:55.123Z");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "lines are folded at 75 octets"
    );
    assert_eq!(
        text.matches("BEGIN:VEVENT").count(),
        2,
        "undated milestones are left out"
    );
    assert!(text.contains("UID:m1@dekom.skole\r\n"));
    assert!(text.contains("DTSTAMP:20261122T123155Z\r\n"));
    assert!(text.contains("DTSTART;VALUE=DATE:20260103\r\n"));
    assert!(text.contains("DTSTART;VALUE=DATE:20251020\r\n"));
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(
        "SUMMARY:Oppstart\\; lesing\\, skriving og \\\\ regning\\nfor alle trinn – æøå Oppstart"
    ));
    assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
}

#[test]
fn csv_has_a_bom_semicolons_and_quotes_where_needed() {
    let text = table(
        &["Tid", "Hva"],
        &[
            vec!["Vår 2026".into(), "Les; skriv \"godt\"\nmer".into()],
            vec!["x".into(), "a,b".into()],
        ],
    );
    assert_eq!(
        text,
        "\u{feff}Tid;Hva\r\nVår 2026;\"Les; skriv \"\"godt\"\"\nmer\"\r\nx;\"a,b\"\r\n"
    );
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe() {
    let cells = [
        "=1+1",
        "+47 123",
        "-2+3",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "=HYPERLINK(\"http://x\";\"klikk\")",
        "-",
        "-3a",
        "--3",
    ];
    let text = table(
        &["A"],
        &cells
            .iter()
            .map(|c| vec![c.to_string()])
            .collect::<Vec<_>>(),
    );
    let rows: Vec<&str> = text
        .trim_end_matches("\r\n")
        .split("\r\n")
        .skip(1)
        .collect();
    assert_eq!(
        rows,
        [
            "'=1+1",
            "'+47 123",
            "'-2+3",
            "'@SUM(A1)",
            "'\tx",
            "\"'\rx\"",
            "\"'=HYPERLINK(\"\"http://x\"\";\"\"klikk\"\")\"",
            "'-",
            "'-3a",
            "'--3"
        ]
    );
    // Plain negative numbers stay numbers; text with the marks inside stays as it is.
    let text = table(
        &["A"],
        &[
            vec!["-3".into()],
            vec!["-5,5".into()],
            vec!["-0.25".into()],
            vec!["a=b".into()],
            vec!["3-2".into()],
        ],
    );
    assert_eq!(
        text,
        "\u{feff}A\r\n-3\r\n\"-5,5\"\r\n-0.25\r\na=b\r\n3-2\r\n"
    );
}

#[test]
fn wheel_runs_from_august_and_decisions_list_newest_first() {
    let act = |id: &str, month| WheelActivity {
        id: id.into(),
        month,
        ..WheelActivity::default()
    };
    let wheel = [act("jan", 1), act("aug", 8), act("jun", 6), act("aug2", 8)];
    let months: Vec<(u8, usize)> = by_month(&wheel)
        .iter()
        .map(|(m, list)| (*m, list.len()))
        .collect();
    assert_eq!(months, [(8, 2), (1, 1), (6, 1)]);
    let dec = |id: &str, date: &str| Decision {
        id: id.into(),
        date: date.into(),
        ..Decision::default()
    };
    let log = [dec("a", "2025-09-01"), dec("b", ""), dec("c", "2026-01-10")];
    assert_eq!(
        newest_first(&log)
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>(),
        ["c", "a", "b"]
    );
}

#[test]
fn measurements_read_decimal_commas_and_show_change() {
    assert_eq!(parse_value(" 3,5 "), Ok(Some(3.5)));
    assert_eq!(parse_value(""), Ok(None));
    assert!(parse_value("mye").is_err());
    let indicator = Indicator {
        values: vec![None, Some(3.5), None, Some(4.0)],
        ..Indicator::default()
    };
    assert_eq!(change(&indicator), Some(0.5));
    assert_eq!(
        change(&Indicator {
            values: vec![Some(1.0)],
            ..Indicator::default()
        }),
        None
    );
}

#[test]
fn plans_without_planning_still_load_and_planning_round_trips() {
    let old: Plan = serde_json::from_str(r#"{"id":"p","phases":[]}"#).unwrap();
    assert_eq!(old.planning, Planning::default());
    let mut plan = Plan::new("p".into(), "n".into(), "2026-01-01T00:00:00Z");
    plan.planning
        .milestones
        .push(milestone("m", "Vår 2026", 2, "Kari"));
    plan.planning.group.members.push(member(Role::Fau, true));
    let back: Plan = serde_json::from_str(&serde_json::to_string(&plan).unwrap()).unwrap();
    assert_eq!(back, plan);
}
