//! Progress per phase, for the plan's overview.

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisLabel, AxisType};
use charming::series::Bar;

use super::{base, percent, Figure, Table};
use crate::i18n::ChartTexts;
use crate::model::Model;
use crate::plan::Plan;

/// Two bars per phase: share of the checklist done and share of the questions answered.
pub fn phase_progress(plan: &Plan, model: &Model, t: &ChartTexts) -> Figure {
    let per_phase: Vec<(String, u32, u32)> = model
        .phases
        .iter()
        .map(|phase| {
            let p = plan.progress(model, phase.number);
            (
                phase.name.to_string(),
                percent(p.done, p.activities),
                percent(p.answered, p.questions),
            )
        })
        .collect();
    let names: Vec<String> = per_phase.iter().map(|(n, _, _)| n.clone()).collect();
    // Horizontal bars: the phases' long names stay readable on a phone.
    let chart = base()
        .legend(Legend::new().bottom(0))
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(8)
                .bottom(40)
                .contain_label(true),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(names),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .interval(25)
                .axis_label(AxisLabel::new().formatter("{value} %")),
        )
        .series(
            Bar::new()
                .name(t.progress_checklist)
                .data(per_phase.iter().map(|p| p.1 as i64).collect()),
        )
        .series(
            Bar::new()
                .name(t.progress_questions)
                .data(per_phase.iter().map(|p| p.2 as i64).collect()),
        );
    let table = Table {
        head: vec![
            t.progress_phase.into(),
            format!("{} (%)", t.progress_checklist),
            format!("{} (%)", t.progress_questions),
        ],
        rows: per_phase
            .iter()
            .map(|(n, a, q)| vec![n.clone(), a.to_string(), q.to_string()])
            .collect(),
    };
    Figure::new(chart, table, (t.progress_summary)(&per_phase))
}
