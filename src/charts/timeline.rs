//! The milestone plan over time: milestones per term, stacked by phase.

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, ItemStyle, Label};
use charming::series::Bar;

use super::{base, Figure, Table, PALETTE};
use crate::i18n::PlanningTexts;
use crate::plan::planning::milestones::{date_of, Milestone};

/// The term a milestone falls in, as (year, autumn): August to December is that year's
/// autumn, January to July its spring. Sorts in time order.
fn term(time: &str) -> Option<(i32, bool)> {
    date_of(time).map(|(year, month, _)| (year, month >= 8))
}

/// A grey for milestones without a phase, apart from the palette's phase colours.
const NO_PHASE: &str = "#8c8c8c";

/// One bar per term with a readable time, stacked by phase; `phases` names phases 1–4.
pub fn milestone_timeline(
    milestones: &[Milestone],
    phases: &[String],
    t: &PlanningTexts,
) -> Figure {
    let mut terms: Vec<(i32, bool)> = milestones.iter().filter_map(|m| term(&m.time)).collect();
    terms.sort();
    terms.dedup();
    let names: Vec<String> = terms
        .iter()
        .map(|&(year, autumn)| (t.term)(autumn, year))
        .collect();
    // Column 0 is "no phase", then phases 1–4.
    let columns: Vec<String> = std::iter::once(t.no_phase.to_string())
        .chain(phases.iter().cloned())
        .collect();
    let counts: Vec<Vec<usize>> = terms
        .iter()
        .map(|&when| {
            (0..columns.len())
                .map(|phase| {
                    milestones
                        .iter()
                        .filter(|m| term(&m.time) == Some(when) && usize::from(m.phase) == phase)
                        .count()
                })
                .collect()
        })
        .collect();
    let mut chart = base()
        .legend(Legend::new().bottom(0))
        .grid(
            Grid::new()
                .left(8)
                .right(16)
                .top(16)
                .bottom(56)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Category).data(names.clone()))
        .y_axis(Axis::new().type_(AxisType::Value).min_interval(1));
    // Phases in order, "no phase" last; a phase without milestones gets no series.
    for phase in (1..columns.len()).chain([0]) {
        if counts.iter().all(|row| row[phase] == 0) {
            continue;
        }
        // Empty parts are left out rather than drawn as zero, so no "0" label sits on a bar.
        let data: Vec<Option<i64>> = counts
            .iter()
            .map(|row| (row[phase] > 0).then_some(row[phase] as i64))
            .collect();
        // Each phase keeps its colour whichever phases are drawn; "no phase" is grey.
        let color = if phase == 0 {
            NO_PHASE
        } else {
            PALETTE[(phase - 1) % PALETTE.len()]
        };
        chart = chart.series(
            Bar::new()
                .name(columns[phase].clone())
                .stack("phases")
                .item_style(ItemStyle::new().color(color))
                .label(Label::new().show(true).formatter("{c}"))
                .data(data),
        );
    }
    let head = std::iter::once(t.timeline_term.to_string())
        .chain(columns.iter().skip(1).cloned())
        .chain([columns[0].clone()])
        .collect();
    let rows = names
        .iter()
        .zip(&counts)
        .map(|(name, row)| {
            std::iter::once(name.clone())
                .chain(row.iter().skip(1).chain([&row[0]]).map(usize::to_string))
                .collect()
        })
        .collect();
    let per_term: Vec<(String, usize)> = names
        .iter()
        .cloned()
        .zip(counts.iter().map(|row| row.iter().sum()))
        .collect();
    Figure::new(chart, Table { head, rows }, (t.timeline_summary)(&per_term))
}
