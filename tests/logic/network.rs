//! The network view's rows: what one plan becomes, filtering by municipality, the three
//! orders, the totals line, and a network of a hundred schools.

use dekom::i18n::Lang;
use dekom::model::{model, Model};
use dekom::plan::network::{municipalities, select, totals, Row, SortBy};
use dekom::plan::{PhaseStatus, Plan};

const NOW: &str = "2026-11-22T08:00:00.000Z";

fn m() -> &'static Model {
    model(Lang::Nb)
}

/// A plan at `school` in `municipality` with the first `done` activities of phase 1 done.
fn plan(id: &str, school: &str, municipality: &str, done: usize) -> Plan {
    let mut p = Plan::new(id.into(), String::new(), NOW);
    p.school = school.into();
    p.municipality = municipality.into();
    let phase = m().phase(1).unwrap();
    for item in &phase.activities[..done] {
        p.phase_mut(1).unwrap().activity_mut(item.id).done = true;
    }
    p
}

fn rows(plans: &[Plan]) -> Vec<Row> {
    plans
        .iter()
        .map(|p| Row::of(p, m(), "Plan uten navn"))
        .collect()
}

fn schools(shown: &[&Row]) -> Vec<String> {
    shown.iter().map(|r| r.school.clone()).collect()
}

#[test]
fn a_row_holds_what_the_table_shows_of_one_plan() {
    let mut p = plan("p1", "  Bø skule ", " Midt-Telemark ", 2);
    p.phase_mut(3).unwrap().status = PhaseStatus::Consolidated;
    let row = Row::of(&p, m(), "Plan uten navn");
    assert_eq!(row.id, "p1");
    assert_eq!(
        row.title, "Bø skule",
        "without a name the school is the title"
    );
    assert_eq!(
        (row.school.as_str(), row.municipality.as_str()),
        ("Bø skule", "Midt-Telemark"),
        "trimmed"
    );
    assert_eq!(row.phases[0].progress.done, 2);
    assert_eq!(
        row.phases[0].progress.activities,
        m().phase(1).unwrap().activities.len()
    );
    assert_eq!(row.phases[2].status, PhaseStatus::Consolidated);
    assert_eq!(row.overall, p.overall_progress(m()));
    assert_eq!(
        Row::of(&plan("p2", "", "", 0), m(), "Plan uten navn").title,
        "Plan uten navn"
    );
}

#[test]
fn municipalities_are_listed_once_in_norwegian_order_without_blanks() {
    let rs = rows(&[
        plan("a", "A", "Ås", 0),
        plan("b", "B", "Bø", 0),
        plan("c", "C", "", 0),
        plan("d", "D", "Ørsta", 0),
        plan("e", "E", "Bø", 0),
        plan("f", "F", "Zeta", 0),
    ]);
    assert_eq!(municipalities(&rs), ["Bø", "Zeta", "Ørsta", "Ås"]);
}

#[test]
fn filtering_keeps_one_municipality_and_none_keeps_all() {
    let rs = rows(&[
        plan("a", "A", "Bø", 0),
        plan("b", "B", "Sauherad", 0),
        plan("c", "C", "Bø", 0),
    ]);
    assert_eq!(
        schools(&select(&rs, Some("Bø"), SortBy::School)),
        ["A", "C"]
    );
    assert_eq!(select(&rs, None, SortBy::School).len(), 3);
    assert!(select(&rs, Some("Oslo"), SortBy::School).is_empty());
}

#[test]
fn sorting_by_school_is_alphabetical_with_blank_schools_last() {
    let rs = rows(&[
        plan("a", "Åsen skole", "", 0),
        plan("b", "", "", 0),
        plan("c", "bakken skole", "", 0),
        plan("d", "Øvre skole", "", 0),
        plan("e", "Aker skole", "", 0),
    ]);
    assert_eq!(
        schools(&select(&rs, None, SortBy::School)),
        ["Aker skole", "bakken skole", "Øvre skole", "Åsen skole", ""]
    );
}

#[test]
fn sorting_by_municipality_groups_then_orders_by_school() {
    let rs = rows(&[
        plan("a", "B", "Tinn", 0),
        plan("b", "A", "Tinn", 0),
        plan("c", "C", "Bø", 0),
        plan("d", "D", "", 0),
    ]);
    let shown = select(&rs, None, SortBy::Municipality);
    assert_eq!(schools(&shown), ["C", "A", "B", "D"]);
}

#[test]
fn sorting_by_progress_puts_the_largest_share_done_first() {
    let mut own = plan("own", "Egen", "", 3);
    // Three done among a hundred extra activities is a smaller share than one of the model's.
    for i in 0..100 {
        own.phase_mut(2).unwrap().add_own(
            dekom::plan::ItemKind::Activity,
            format!("x{i}"),
            "Egen".into(),
        );
    }
    let rs = rows(&[
        plan("a", "Lite", "", 1),
        plan("b", "Mest", "", 4),
        own,
        plan("c", "Middels", "", 2),
        plan("d", "Ingen", "", 0),
    ]);
    assert_eq!(
        schools(&select(&rs, None, SortBy::Progress)),
        ["Mest", "Middels", "Lite", "Egen", "Ingen"]
    );
}

#[test]
fn equal_progress_falls_back_to_school_order() {
    let rs = rows(&[
        plan("a", "C", "", 1),
        plan("b", "A", "", 1),
        plan("c", "B", "", 1),
    ]);
    assert_eq!(
        schools(&select(&rs, None, SortBy::Progress)),
        ["A", "B", "C"]
    );
}

#[test]
fn totals_sum_progress_and_count_statuses_per_phase() {
    let mut a = plan("a", "A", "Bø", 2);
    a.phase_mut(1).unwrap().status = PhaseStatus::InProgress;
    let mut b = plan("b", "B", "Bø", 3);
    b.phase_mut(1).unwrap().status = PhaseStatus::Consolidated;
    b.phase_mut(4).unwrap().status = PhaseStatus::InProgress;
    let rs = rows(&[a, b, plan("c", "C", "Tinn", 1)]);
    let per_phase = m().phase(1).unwrap().activities.len();

    let all = totals(&rs);
    assert_eq!(all.plans, 3);
    assert_eq!(all.phases[0].progress.done, 6);
    assert_eq!(all.phases[0].progress.activities, 3 * per_phase);
    assert_eq!(
        (all.phases[0].in_progress, all.phases[0].consolidated),
        (1, 1)
    );
    assert_eq!(
        (all.phases[3].in_progress, all.phases[3].consolidated),
        (1, 0)
    );
    assert_eq!(all.overall.done, 6);
    assert_eq!(all.overall, rs.iter().map(|r| r.overall).sum());

    let bo = totals(select(&rs, Some("Bø"), SortBy::School));
    assert_eq!((bo.plans, bo.overall.done), (2, 5));
    assert_eq!(totals(&[]), Default::default());
}

#[test]
fn a_network_of_a_hundred_plans_in_five_municipalities() {
    let places = ["Bø", "Sauherad", "Tinn", "Notodden", "Seljord"];
    let plans: Vec<Plan> = (0..100)
        .map(|i| {
            plan(
                &format!("p{i:03}"),
                &format!("Skole {i:03}"),
                places[i % 5],
                i % 7,
            )
        })
        .collect();
    let rs = rows(&plans);
    assert_eq!(
        municipalities(&rs),
        ["Bø", "Notodden", "Sauherad", "Seljord", "Tinn"]
    );
    assert_eq!(select(&rs, None, SortBy::School).len(), 100);
    for place in places {
        let shown = select(&rs, Some(place), SortBy::School);
        assert_eq!(shown.len(), 20);
        assert!(shown.iter().all(|r| r.municipality == place));
    }
    let by_progress = select(&rs, None, SortBy::Progress);
    assert_eq!(by_progress[0].overall.done, 6);
    assert!(by_progress
        .windows(2)
        .all(|w| w[0].overall.done >= w[1].overall.done));
    let by_place = select(&rs, None, SortBy::Municipality);
    assert!(by_place
        .windows(2)
        .all(|w| w[0].municipality <= w[1].municipality));
    assert_eq!(
        totals(&rs).overall.done,
        (0..100).map(|i| i % 7).sum::<usize>()
    );
}

#[test]
fn sort_orders_round_trip_through_their_url_keys() {
    for sort in SortBy::ALL {
        assert_eq!(SortBy::from_key(sort.key()), Some(sort));
    }
    assert_eq!(SortBy::from_key("tull"), None);
}
