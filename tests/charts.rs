//! The numbers a chart draws, its twin table and its summary agree with the plan.

use dekom::charts::{phase_progress, PALETTE};
use dekom::i18n::{texts, Lang};
use dekom::model::model;
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
    let done: Vec<i64> = series[0]["data"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
    assert_eq!(done, vec![expected, 0, 0, 0]);
    assert_eq!(option["yAxis"]["data"].as_array().unwrap().len(), 4, "one bar group per phase");
    assert_eq!(option["color"][0], PALETTE[0]);

    assert_eq!(fig.table.rows.len(), 4);
    assert_eq!(fig.table.rows[0][1], expected.to_string(), "the twin table shows the same number");
    assert!(fig.summary.starts_with(&format!("{}: {expected} % av sjekklisten", m.phases[0].name)), "{}", fig.summary);
}
