//! Charts of the self-assessments: capacity now against the time before, every rated
//! instrument's mean over time, and Levels of Use over time.

use charming::component::{Axis, Grid, Legend, RadarCoordinate};
use charming::datatype::DataPointItem;
use charming::element::{AxisType, ItemStyle, LineStyle, LineStyleType, Symbol};
use charming::series::{Bar, Line, Radar};

use super::{base, Figure, Table};
use crate::i18n::Texts;
use crate::model::instruments::{Instrument, Instruments, Rated};
use crate::model::Model;
use crate::plan::assessment::{rounded, Snapshot, Trend};
use crate::plan::Plan;

fn shown(t: &Texts, x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| (t.assessment.decimal)(x))
}

fn date(t: &Texts, s: &Snapshot) -> String {
    if s.date.is_empty() {
        t.assessment.no_date.to_string()
    } else {
        (t.format_date)(&s.date)
    }
}

/// One axis per capacity item on a 0–5 scale; the latest snapshot as a solid line, the
/// one before (if any) dashed. An item nobody rated sits at the centre.
pub fn capacity_radar(items: &[Rated], trend: &Trend, t: &Texts) -> Figure {
    let a = &t.assessment;
    let ids = || items.iter().map(|i| i.id);
    let means = |s: &Snapshot| {
        items
            .iter()
            .map(|i| s.tally(i.id).mean())
            .collect::<Vec<_>>()
    };
    let mut snapshots: Vec<(String, &Snapshot)> = Vec::new();
    if let Some(before) = trend.previous() {
        snapshots.push(((a.previous)(&date(t, before)), before));
    }
    if let Some(latest) = trend.latest() {
        snapshots.push(((a.latest)(&date(t, latest)), latest));
    }
    let indicators: Vec<(&str, i64, i64)> = items.iter().map(|i| (i.name, 0, 5)).collect();
    let mut chart = base().legend(Legend::new().bottom(0)).radar(
        RadarCoordinate::new()
            .indicator(indicators)
            .radius("55%")
            .center(vec!["50%", "46%"]),
    );
    for (n, (name, s)) in snapshots.iter().enumerate() {
        let values: Vec<f64> = means(s)
            .into_iter()
            .map(|m| m.map_or(0.0, rounded))
            .collect();
        let dashed = n == 0 && snapshots.len() == 2;
        let style = LineStyle::new().type_(if dashed {
            LineStyleType::Dashed
        } else {
            LineStyleType::Solid
        });
        chart = chart.series(
            Radar::new()
                .name(name.as_str())
                .symbol(if dashed { Symbol::Rect } else { Symbol::Circle })
                .line_style(style)
                .data(vec![DataPointItem::new(values).name(name.as_str())]),
        );
    }
    let mut head = vec![a.item.to_string()];
    head.extend(snapshots.iter().map(|(name, _)| name.clone()));
    let rows = items
        .iter()
        .enumerate()
        .map(|(k, item)| {
            let mut row = vec![item.name.to_string()];
            row.extend(snapshots.iter().map(|(_, s)| shown(t, means(s)[k])));
            row
        })
        .collect();
    let overall = |s: Option<&Snapshot>| s.and_then(|s| s.mean_of(ids())).map(a.decimal);
    let summary = match overall(trend.latest()) {
        Some(now) => (a.radar_summary)(&now, overall(trend.previous()).as_deref()),
        None => String::new(),
    };
    Figure::new(chart, Table { head, rows }, summary)
}

/// One line per rated instrument that has snapshots: its mean on each date, 1–5.
pub fn trend_lines(plan: &Plan, instruments: &Instruments, model: &Model, t: &Texts) -> Figure {
    let a = &t.assessment;
    let mut dates: Vec<&str> = plan
        .assessments
        .iter()
        .filter(|s| s.instrument.is_rated())
        .map(|s| s.date.as_str())
        .collect();
    dates.sort();
    dates.dedup();
    let lines: Vec<(String, Vec<Option<f64>>, usize)> = Instrument::ALL
        .into_iter()
        .filter(|w| w.is_rated())
        .filter_map(|which| {
            let trend = plan.trend(which);
            trend.latest()?;
            let ids: Vec<&str> = instruments
                .items(model, which)
                .iter()
                .map(|i| i.id)
                .collect();
            let score = |s: &Snapshot| s.mean_of(ids.iter().copied());
            // On a date with two snapshots of one instrument, the one made last counts.
            let on = |d: &str| {
                trend
                    .snapshots
                    .iter()
                    .rev()
                    .find(|s| s.date == d)
                    .and_then(|s| score(s))
            };
            Some((
                instruments.about(model, which).name,
                dates.iter().map(|d| on(d)).collect(),
                trend.snapshots.len(),
            ))
        })
        .collect();
    const SYMBOLS: [Symbol; 7] = [
        Symbol::Circle,
        Symbol::Rect,
        Symbol::Triangle,
        Symbol::Diamond,
        Symbol::RoundRect,
        Symbol::Pin,
        Symbol::Arrow,
    ];
    let labels: Vec<String> = dates
        .iter()
        .map(|d| {
            if d.is_empty() {
                a.no_date.to_string()
            } else {
                (t.format_date)(d)
            }
        })
        .collect();
    let mut chart = base()
        .legend(Legend::new().bottom(0))
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(16)
                .bottom(64)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Category).data(labels.clone()))
        .y_axis(Axis::new().type_(AxisType::Value).min(1).max(5).interval(1));
    for (k, (name, values, _)) in lines.iter().enumerate() {
        chart = chart.series(
            Line::new()
                .name(name.as_str())
                .symbol(SYMBOLS[k % SYMBOLS.len()].clone())
                .symbol_size(9)
                .connect_nulls(true)
                .data(values.iter().map(|v| v.map(rounded)).collect()),
        );
    }
    let mut head = vec![a.date.to_string()];
    head.extend(lines.iter().map(|(name, _, _)| name.clone()));
    let rows = labels
        .iter()
        .enumerate()
        .map(|(k, label)| {
            let mut row = vec![label.clone()];
            row.extend(lines.iter().map(|(_, values, _)| shown(t, values[k])));
            row
        })
        .collect();
    let summary = lines
        .iter()
        .map(|(name, values, n)| {
            (a.trend_summary)(name, *n, &shown(t, values.iter().rev().find_map(|v| *v)))
        })
        .collect::<Vec<_>>()
        .join(" ");
    Figure::new(chart, Table { head, rows }, summary)
}

/// Staff per level on each date, stacked: the bar's height is everyone counted.
pub fn levels_over_time(trend: &Trend, instruments: &Instruments, t: &Texts) -> Figure {
    let a = &t.assessment;
    let levels = &instruments.levels_of_use.levels;
    let labels: Vec<String> = trend.snapshots.iter().map(|s| date(t, s)).collect();
    let mut chart = base()
        .legend(Legend::new().bottom(0))
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(16)
                .bottom(96)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Category).data(labels.clone()))
        .y_axis(Axis::new().type_(AxisType::Value).min_interval(1));
    for (k, level) in levels.iter().enumerate() {
        let mut bar = Bar::new()
            .name(format!("{} {}", level.mark, level.name))
            .stack("levels")
            .data(
                trend
                    .snapshots
                    .iter()
                    .map(|s| i64::from(s.levels[k]))
                    .collect(),
            );
        // Eight levels, seven colours: non-use is grey, the absence of the practice.
        if k == 0 {
            bar = bar.item_style(ItemStyle::new().color("#999999"));
        }
        chart = chart.series(bar);
    }
    // A row per level and a column per date: eight levels stay readable on a phone.
    let mut head = vec![a.level.to_string()];
    head.extend(labels.iter().cloned());
    let rows = levels
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let mut row = vec![format!("{} {}", l.mark, l.name)];
            row.extend(trend.snapshots.iter().map(|s| s.levels[k].to_string()));
            row
        })
        .collect();
    let summary = trend
        .snapshots
        .iter()
        .zip(&labels)
        .map(|(s, label)| (a.levels_summary)(label, s.respondents(), s.levels[4..].iter().sum()))
        .collect::<Vec<_>>()
        .join(" ");
    Figure::new(chart, Table { head, rows }, summary)
}
