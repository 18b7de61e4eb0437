//! The annual wheel as a ring of twelve equal month slices from August, each labelled with
//! its month and how many activities it holds; months without activities are greyed.

use charming::datatype::DataPointItem;
use charming::element::{ItemStyle, Label};
use charming::series::Pie;

use super::{base, Figure, Table, PALETTE};
use crate::i18n::PlanningTexts;
use crate::plan::planning::wheel::{WheelActivity, SCHOOL_YEAR};

/// A light grey that reads as "nothing here" on light and dark backgrounds.
const EMPTY: &str = "#c8c8c8";

pub fn annual_wheel(activities: &[WheelActivity], t: &PlanningTexts) -> Figure {
    let months: Vec<(u8, Vec<&WheelActivity>)> = SCHOOL_YEAR
        .iter()
        .map(|&m| (m, activities.iter().filter(|a| a.month == m).collect()))
        .collect();
    let slices: Vec<DataPointItem> = months
        .iter()
        .map(|(month, list)| {
            let color = if list.is_empty() { EMPTY } else { PALETTE[0] };
            DataPointItem::new(1)
                .name(format!("{} ({})", (t.month_name)(*month), list.len()))
                .item_style(
                    ItemStyle::new()
                        .color(color)
                        .border_color("#ffffff")
                        .border_width(2),
                )
        })
        .collect();
    // Equal slices, because the wheel is the calendar; the counts are in the labels.
    let chart = base().series(
        Pie::new()
            .radius(vec!["30%", "62%"])
            .start_angle(90)
            .label(Label::new().show(true).formatter("{b}"))
            .data(slices),
    );
    let table = Table {
        head: vec![
            t.month.to_string(),
            t.wheel_count.to_string(),
            t.wheel_activity.to_string(),
        ],
        rows: months
            .iter()
            .map(|(month, list)| {
                let texts: Vec<&str> = list.iter().map(|a| a.text.trim()).collect();
                vec![
                    (t.month_name)(*month).to_string(),
                    list.len().to_string(),
                    texts.join("; "),
                ]
            })
            .collect(),
    };
    let busy: Vec<(&str, usize)> = months
        .iter()
        .filter(|(_, list)| !list.is_empty())
        .map(|(m, list)| ((t.month_name)(*m), list.len()))
        .collect();
    Figure::new(chart, table, (t.wheel_summary)(&busy))
}
