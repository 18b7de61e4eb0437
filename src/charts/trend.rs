//! The measurements over time: one line per indicator across T1..Tn.

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, Label, Symbol};
use charming::series::Line;

use super::{base, Figure, Table};
use crate::i18n::PlanningTexts;
use crate::plan::planning::measurements::Indicator;

/// Each line has its own symbol, so colour is never the only cue.
const SYMBOLS: [Symbol; 5] = [
    Symbol::Circle,
    Symbol::Rect,
    Symbol::Triangle,
    Symbol::Diamond,
    Symbol::RoundRect,
];

fn measured(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite())
}

pub fn measurement_trend(indicators: &[Indicator], t: &PlanningTexts) -> Figure {
    let points = indicators.iter().map(|i| i.values.len()).max().unwrap_or(0);
    let times: Vec<String> = (1..=points).map(t.time_point).collect();
    let name = |i: &Indicator| {
        if i.name.trim().is_empty() {
            t.indicator_name.to_string()
        } else {
            i.name.trim().to_string()
        }
    };
    let mut chart = base()
        .legend(Legend::new().bottom(0))
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(24)
                .bottom(56)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Category).data(times.clone()))
        // From zero (ECharts' default without `scale`): an axis cut at the lowest value
        // makes a small change look large.
        .y_axis(Axis::new().type_(AxisType::Value));
    for (n, indicator) in indicators.iter().enumerate() {
        let data: Vec<Option<f64>> = (0..points)
            .map(|i| measured(indicator.values.get(i).copied().flatten()))
            .collect();
        chart = chart.series(
            Line::new()
                .name(name(indicator))
                .symbol(SYMBOLS[n % SYMBOLS.len()].clone())
                .symbol_size(9)
                .connect_nulls(true)
                .label(Label::new().show(true))
                .data(data),
        );
    }
    let cell = |v: Option<f64>| measured(v).map(t.number).unwrap_or_default();
    let table = Table {
        head: std::iter::once(t.indicator_name.to_string())
            .chain(times)
            .collect(),
        rows: indicators
            .iter()
            .map(|i| {
                std::iter::once(name(i))
                    .chain((0..points).map(|p| cell(i.values.get(p).copied().flatten())))
                    .collect()
            })
            .collect(),
    };
    let ends: Vec<(String, String, String)> = indicators
        .iter()
        .filter_map(|i| {
            let mut values = i.values.iter().copied().filter_map(measured);
            let first = values.next()?;
            let last = values.next_back().unwrap_or(first);
            Some((name(i), (t.number)(first), (t.number)(last)))
        })
        .collect();
    Figure::new(chart, table, (t.trend_summary)(&ends))
}
