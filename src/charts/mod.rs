//! Charts as data: each builder turns plan data and its texts into a [`Figure`] — an
//! ECharts option (built from charming's pieces), the same numbers as a table, and a short summary
//! for screen readers. Pure Rust, so the numbers a chart shows are tested natively; the
//! browser side (`ui::chart`) only draws what it is given.

mod assessment;
mod option;
mod progress;
mod timeline;
mod trend;
mod wheel;

pub use assessment::{capacity_radar, levels_over_time, trend_lines};
pub use option::{Chart, Series};
pub use progress::phase_progress;
pub use timeline::milestone_timeline;
pub use trend::measurement_trend;
pub use wheel::annual_wheel;

/// Okabe & Ito's (2008) palette: told apart with the common colour-vision deficiencies.
/// Series also differ in line style or symbol, so colour is never the only cue.
pub const PALETTE: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000",
];

/// A chart and its twins.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figure {
    /// The ECharts option as JSON, ready for `setOption`.
    pub option: String,
    pub table: Table,
    /// What the chart shows, in one or two sentences, for screen readers and print.
    pub summary: String,
}

/// The chart's numbers as rows: `head` names the columns, each row starts with its label.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Figure {
    pub fn new(chart: Chart, table: Table, summary: String) -> Self {
        // The option only holds strings and numbers, so this cannot fail.
        let option = serde_json::to_string(&chart).unwrap_or_default();
        Figure {
            option,
            table,
            summary,
        }
    }
}

/// What every chart shares: the palette and no animation (a chart that redraws on every
/// keystroke must not keep moving). The bundle has no tooltip: exact numbers are in the
/// twin table.
pub fn base() -> Chart {
    Chart::new()
        .color(PALETTE.to_vec())
        .animation(false)
        // The page's background shows through, in light and dark mode alike.
        .background_color("transparent")
}

/// A whole-number percentage of `part` in `whole`; 0 when there is nothing to count.
pub fn percent(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        0
    } else {
        ((part as f64 * 100.0) / whole as f64).round() as u32
    }
}
