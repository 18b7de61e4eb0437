//! The planning charts draw what the plan holds, and their twin tables say the same.

use dekom::charts::{annual_wheel, measurement_trend, milestone_timeline};
use dekom::i18n::{texts, Lang};
use dekom::plan::planning::measurements::Indicator;
use dekom::plan::planning::milestones::Milestone;
use dekom::plan::planning::wheel::WheelActivity;
use serde_json::Value;

fn option(json: &str) -> Value {
    serde_json::from_str(json).unwrap()
}

fn numbers(v: &Value) -> Vec<Value> {
    v.as_array().unwrap().clone()
}

#[test]
fn the_timeline_counts_milestones_per_term_stacked_by_phase() {
    let t = &texts(Lang::Nb).planning;
    let m = |time: &str, phase| Milestone {
        time: time.into(),
        phase,
        ..Milestone::default()
    };
    let plan = [
        m("Vår 2026", 2),
        m("2025-09-01", 1),
        m("Høst 2025", 1),
        m("2026-03-01", 0),
        m("snart", 3),
    ];
    let phases: Vec<String> = (1..=4).map(|n| format!("Fase {n}")).collect();
    let fig = milestone_timeline(&plan, &phases, t);
    let o = option(&fig.option);
    assert_eq!(
        o["xAxis"]["data"],
        serde_json::json!(["Høst 2025", "Vår 2026"]),
        "terms in time order; unreadable times left out"
    );
    let series = numbers(&o["series"]);
    let names: Vec<&str> = series.iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["Fase 1", "Fase 2", "Ingen fase"],
        "only phases that have milestones, no phase last"
    );
    assert!(series
        .iter()
        .all(|s| s["type"] == "bar" && s["stack"] == "phases"));
    assert_eq!(
        series[0]["data"],
        serde_json::json!([2, null]),
        "an empty part is not drawn"
    );
    assert_eq!(series[1]["data"], serde_json::json!([null, 1]));
    assert_eq!(series[2]["data"], serde_json::json!([null, 1]));
    assert_eq!(
        series[1]["itemStyle"]["color"],
        dekom::charts::PALETTE[1],
        "phase 2 keeps its own colour"
    );
    assert_eq!(
        fig.table.head,
        [
            "Semester",
            "Fase 1",
            "Fase 2",
            "Fase 3",
            "Fase 4",
            "Ingen fase"
        ]
    );
    assert_eq!(
        fig.table.rows,
        [
            ["Høst 2025", "2", "0", "0", "0", "0"],
            ["Vår 2026", "0", "1", "0", "0", "1"]
        ]
    );
    assert_eq!(
        fig.summary,
        "Milepæler per semester: Høst 2025 2, Vår 2026 2."
    );
}

#[test]
fn the_wheel_has_twelve_months_from_august_labelled_with_their_counts() {
    let t = &texts(Lang::Nb).planning;
    let a = |month, text: &str| WheelActivity {
        month,
        text: text.into(),
        ..WheelActivity::default()
    };
    let fig = annual_wheel(&[a(1, "Kartlegging"), a(8, "Oppstart"), a(8, "Plandag")], t);
    let o = option(&fig.option);
    let series = numbers(&o["series"]);
    assert_eq!(series.len(), 1);
    assert_eq!(series[0]["type"], "pie");
    let slices = numbers(&series[0]["data"]);
    assert_eq!(slices.len(), 12);
    assert_eq!(slices[0]["name"], "august (2)");
    assert_eq!(slices[5]["name"], "januar (1)");
    assert_eq!(slices[11]["name"], "juli (0)");
    assert!(
        slices.iter().all(|s| s["value"] == 1),
        "equal slices: the wheel is the calendar"
    );
    assert_ne!(
        slices[0]["itemStyle"]["color"], slices[1]["itemStyle"]["color"],
        "busy and empty months differ"
    );
    assert_eq!(fig.table.rows[0], ["august", "2", "Oppstart; Plandag"]);
    assert_eq!(fig.table.rows.len(), 12);
    assert_eq!(fig.summary, "Aktiviteter per måned: august 2, januar 1.");
}

#[test]
fn the_trend_has_one_line_per_indicator_with_gaps_where_nothing_was_measured() {
    let t = &texts(Lang::Nb).planning;
    let i = |name: &str, values: Vec<Option<f64>>| Indicator {
        name: name.into(),
        values,
        ..Indicator::default()
    };
    let fig = measurement_trend(
        &[
            i("Trivsel", vec![Some(3.5), None, Some(4.25)]),
            i("Lesing", vec![Some(40.0)]),
        ],
        t,
    );
    let o = option(&fig.option);
    assert_eq!(o["xAxis"]["data"], serde_json::json!(["T1", "T2", "T3"]));
    assert_ne!(
        o["yAxis"]["scale"], true,
        "the value axis starts at zero, so a small change does not look large"
    );
    assert!(o["yAxis"]["min"].is_null());
    let series = numbers(&o["series"]);
    assert_eq!(series.len(), 2);
    assert!(series.iter().all(|s| s["type"] == "line"));
    assert_eq!(series[0]["name"], "Trivsel");
    assert_eq!(series[0]["data"], serde_json::json!([3.5, null, 4.25]));
    assert_eq!(series[1]["data"], serde_json::json!([40.0, null, null]));
    assert_ne!(
        series[0]["symbol"], series[1]["symbol"],
        "lines differ by symbol, not only colour"
    );
    assert_eq!(fig.table.head, ["Indikator", "T1", "T2", "T3"]);
    assert_eq!(
        fig.table.rows,
        [["Trivsel", "3,5", "", "4,25"], ["Lesing", "40", "", ""]]
    );
    assert_eq!(
        fig.summary,
        "Trivsel: fra 3,5 til 4,25. Lesing: fra 40 til 40."
    );
}
