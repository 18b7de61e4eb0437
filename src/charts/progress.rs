//! Progress per phase, for the plan's overview.

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, Trigger};
use charming::series::Bar;

use super::{base, percent, Figure, Table};
use crate::model::Model;
use crate::plan::Plan;

/// The words this chart needs, in the interface language.
pub struct ProgressLabels {
    pub phase: &'static str,
    pub checklist: &'static str,
    pub questions: &'static str,
    pub summary: fn(&[(String, u32, u32)]) -> String,
}

/// Two bars per phase: share of the checklist done and share of the questions answered.
pub fn phase_progress(plan: &Plan, model: &Model, labels: &ProgressLabels) -> Figure {
    let per_phase: Vec<(String, u32, u32)> = model
        .phases
        .iter()
        .map(|phase| {
            let p = plan.progress(model, phase.number);
            (phase.name.to_string(), percent(p.done, p.activities), percent(p.answered, p.questions))
        })
        .collect();
    let names: Vec<String> = per_phase.iter().map(|(n, _, _)| n.clone()).collect();
    let chart = base(Trigger::Axis)
        .legend(Legend::new().bottom(0))
        .grid(Grid::new().left(40).right(16).top(16).bottom(56))
        .x_axis(Axis::new().type_(AxisType::Category).data(names))
        .y_axis(Axis::new().type_(AxisType::Value).min(0).max(100).interval(25))
        .series(Bar::new().name(labels.checklist).data(per_phase.iter().map(|p| p.1 as i64).collect()))
        .series(
            Bar::new()
                .name(labels.questions)
                .data(per_phase.iter().map(|p| p.2 as i64).collect()),
        );
    let table = Table {
        head: vec![labels.phase.into(), format!("{} (%)", labels.checklist), format!("{} (%)", labels.questions)],
        rows: per_phase.iter().map(|(n, a, q)| vec![n.clone(), a.to_string(), q.to_string()]).collect(),
    };
    Figure::new(chart, table, (labels.summary)(&per_phase))
}
