//! The numbers a chart draws, its twin table and its summary agree with the plan.

use dekom::charts::{capacity_radar, levels_over_time, phase_progress, trend_lines, PALETTE};
use dekom::i18n::{texts, Lang};
use dekom::model::instruments::{instruments, Instrument};
use dekom::model::model;
use dekom::plan::assessment::{Answer, Snapshot, Tally};
use dekom::plan::Plan;
use serde_json::Value;

#[test]
fn progress_chart_shows_the_share_done_in_each_phase() {
    let m = model(Lang::Nb);
    let mut plan = Plan::new("p".into(), "P".into(), "2026-01-01T00:00:00Z");
    let first = &m.phases[0].activities;
    plan.phase_mut(1).unwrap().activity_mut(first[0].id).done = true;
    let expected = (100.0f64 / first.len() as f64).round() as i64;

    let fig = phase_progress(&plan, m, &texts(Lang::Nb).charts);
    let option: Value = serde_json::from_str(&fig.option).unwrap();

    let series = option["series"].as_array().unwrap();
    assert_eq!(series.len(), 2, "checklist and questions");
    let done: Vec<i64> = series[0]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert_eq!(done, vec![expected, 0, 0, 0]);
    assert_eq!(
        option["yAxis"]["data"].as_array().unwrap().len(),
        4,
        "one bar group per phase"
    );
    assert_eq!(option["color"][0], PALETTE[0]);

    assert_eq!(fig.table.rows.len(), 4);
    assert_eq!(
        fig.table.rows[0][1],
        expected.to_string(),
        "the twin table shows the same number"
    );
    assert!(
        fig.summary.starts_with(&format!(
            "{}: {expected} % av sjekklisten",
            m.phases[0].name
        )),
        "{}",
        fig.summary
    );
}

fn capacity(id: &str, date: &str, competence: [u32; 5], values: [u32; 5]) -> Snapshot {
    let mut s = Snapshot::new(id.into(), Instrument::Capacity, date.into());
    *s.tally_mut("cap-competence") = Tally {
        counts: competence,
        dont_know: 0,
    };
    *s.tally_mut("cap-values") = Tally {
        counts: values,
        dont_know: 1,
    };
    s
}

fn two_capacity_snapshots() -> Plan {
    let mut plan = Plan::new("p".into(), "P".into(), "2026-01-01T00:00:00Z");
    // Made in the other order than their dates: the charts go by date.
    plan.add_snapshot(capacity(
        "b",
        "2026-06-01",
        [0, 0, 0, 2, 2],
        [0, 0, 1, 0, 0],
    ));
    plan.add_snapshot(capacity(
        "a",
        "2026-01-10",
        [0, 2, 0, 0, 0],
        [0, 1, 0, 0, 0],
    ));
    plan
}

#[test]
fn the_radar_puts_the_latest_capacity_against_the_previous_one() {
    let (m, t, i) = (model(Lang::Nb), texts(Lang::Nb), instruments(Lang::Nb));
    let plan = two_capacity_snapshots();
    let items = i.items(m, Instrument::Capacity);
    let fig = capacity_radar(&items, &plan.trend(Instrument::Capacity), t);
    let option: Value = serde_json::from_str(&fig.option).unwrap();

    let indicators = option["radar"]["indicator"]
        .as_array()
        .or_else(|| option["radar"][0]["indicator"].as_array())
        .unwrap();
    assert_eq!(indicators.len(), 9, "one axis per capacity item");
    assert_eq!(indicators[0]["name"], "Kompetanse");
    assert_eq!(indicators[0]["max"].as_f64(), Some(5.0));
    let series = option["series"].as_array().unwrap();
    assert_eq!(series.len(), 2);
    assert_eq!(series[0]["name"], "Forrige (10.01.2026)");
    assert_eq!(series[1]["name"], "Siste (01.06.2026)");
    let values = |k: usize| {
        series[k]["data"][0]["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        values(0)[..3],
        [2.0, 0.0, 2.0],
        "competence 2, motivation unrated, values 2 (don't know left out)"
    );
    assert_eq!(values(1)[..3], [4.5, 0.0, 3.0]);
    assert_eq!(
        series[0]["lineStyle"]["type"], "dashed",
        "the previous snapshot differs by more than colour"
    );

    assert_eq!(
        fig.table.head,
        ["Område", "Forrige (10.01.2026)", "Siste (01.06.2026)"]
    );
    assert_eq!(fig.table.rows[0], ["Kompetanse", "2,0", "4,5"]);
    assert_eq!(fig.table.rows[1], ["Motivasjon", "–", "–"]);
    assert_eq!(fig.table.rows[2], ["Verdier", "2,0", "3,0"]);
    // Means of the item means: (2 + 2) / 2 before, (4.5 + 3) / 2 now.
    assert_eq!(
        fig.summary,
        "Snittet for kapasitet er 3,8, mot 2,0 ved forrige vurdering."
    );
}

#[test]
fn a_single_capacity_snapshot_gives_one_series() {
    let (m, t, i) = (model(Lang::En), texts(Lang::En), instruments(Lang::En));
    let mut plan = Plan::new("p".into(), "P".into(), "2026-01-01T00:00:00Z");
    plan.add_snapshot(capacity("a", "2026-01-10", [0, 0, 3, 0, 0], [0; 5]));
    let fig = capacity_radar(
        &i.items(m, Instrument::Capacity),
        &plan.trend(Instrument::Capacity),
        t,
    );
    let option: Value = serde_json::from_str(&fig.option).unwrap();
    assert_eq!(option["series"].as_array().unwrap().len(), 1);
    assert_eq!(fig.table.head, ["Area", "Latest (10 Jan 2026)"]);
    assert!(
        fig.summary.contains("no earlier assessment"),
        "{}",
        fig.summary
    );
}

#[test]
fn the_trend_has_a_point_per_date_and_a_line_per_instrument() {
    let (m, t, i) = (model(Lang::Nb), texts(Lang::Nb), instruments(Lang::Nb));
    let mut plan = two_capacity_snapshots();
    let mut cf = Snapshot::new("c".into(), Instrument::CriticalFactors, "2026-03-01".into());
    cf.tally_mut("cf-team").add(Answer::Rating(4));
    plan.add_snapshot(cf);
    plan.add_snapshot(Snapshot::new(
        "l".into(),
        Instrument::LevelsOfUse,
        "2026-04-01".into(),
    ));
    let fig = trend_lines(&plan, i, m, t);
    let option: Value = serde_json::from_str(&fig.option).unwrap();

    let dates: Vec<&str> = option["xAxis"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        ["10.01.2026", "01.03.2026", "01.06.2026"],
        "rated instruments' dates, in order; Levels of Use has no mean"
    );
    let series = option["series"].as_array().unwrap();
    assert_eq!(
        series
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["Kapasitet", "Kritiske faktorer"]
    );
    assert_eq!(
        series[0]["data"],
        serde_json::json!([2.0, null, 3.8]),
        "rounded as the table shows it"
    );
    assert_eq!(series[1]["data"], serde_json::json!([null, 4.0, null]));
    assert_ne!(series[0]["symbol"], series[1]["symbol"]);
    assert_eq!(option["yAxis"]["min"], 1);
    assert_eq!(option["yAxis"]["max"], 5);

    assert_eq!(fig.table.head, ["Dato", "Kapasitet", "Kritiske faktorer"]);
    assert_eq!(
        fig.table.rows,
        [
            ["10.01.2026", "2,0", "–"],
            ["01.03.2026", "–", "4,0"],
            ["01.06.2026", "3,8", "–"]
        ]
    );
    assert_eq!(fig.summary, "Kapasitet: 2 vurderinger, sist med snitt 3,8. Kritiske faktorer: 1 vurderinger, sist med snitt 4,0.");
}

#[test]
fn levels_of_use_stack_the_staff_on_each_date() {
    let (t, i) = (texts(Lang::Nb), instruments(Lang::Nb));
    let mut plan = Plan::new("p".into(), "P".into(), "2026-01-01T00:00:00Z");
    let mut later = Snapshot::new("b".into(), Instrument::LevelsOfUse, "2026-06-01".into());
    later.levels = [1, 1, 2, 3, 4, 1, 0, 0];
    let mut first = Snapshot::new("a".into(), Instrument::LevelsOfUse, "2026-01-10".into());
    first.levels = [6, 3, 2, 1, 0, 0, 0, 0];
    plan.add_snapshot(later);
    plan.add_snapshot(first);
    let fig = levels_over_time(&plan.trend(Instrument::LevelsOfUse), i, t);
    let option: Value = serde_json::from_str(&fig.option).unwrap();

    let series = option["series"].as_array().unwrap();
    assert_eq!(series.len(), 8, "one series per level");
    assert!(series
        .iter()
        .all(|s| s["stack"] == "levels" && s["type"] == "bar"));
    assert_eq!(series[0]["name"], "0 Ikke i bruk");
    assert_eq!(series[7]["name"], "VI Fornyelse");
    assert_eq!(series[0]["data"], serde_json::json!([6, 1]), "oldest first");
    assert_eq!(series[4]["data"], serde_json::json!([0, 4]));
    assert_eq!(fig.table.head, ["Nivå", "10.01.2026", "01.06.2026"]);
    assert_eq!(fig.table.rows.len(), 8);
    assert_eq!(fig.table.rows[4], ["IVA Rutine", "0", "4"]);
    assert_eq!(fig.summary, "10.01.2026: 12 ansatte, 0 av dem på nivå IVA eller høyere. 01.06.2026: 12 ansatte, 5 av dem på nivå IVA eller høyere.");
}
