//! The ECharts option the app sends, with the same builder methods as charming's `Chart`
//! but only the parts the bundled ECharts registers (src/ui/chart.js). charming's `Chart`
//! serialises every chart type and component ECharts knows; using it put about 120 KB of
//! serialisation code for charts the app never draws into the app's wasm. The pieces
//! (series, axes, legend, grid, radar) are still charming's types.

use charming::component::{Axis, Grid, Legend, RadarCoordinate};
use charming::element::Color;
use charming::series::{Bar, Line, Pie, Radar};
use serde::{Serialize, Serializer};

#[derive(Serialize, Debug, Clone, Default)]
#[serde(rename_all = "camelCase")]
pub struct Chart {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    color: Vec<Color>,
    #[serde(skip_serializing_if = "Option::is_none")]
    animation: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    background_color: Option<Color>,
    #[serde(skip_serializing_if = "Option::is_none")]
    legend: Option<Legend>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "one_or_many")]
    grid: Vec<Grid>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "one_or_many")]
    x_axis: Vec<Axis>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "one_or_many")]
    y_axis: Vec<Axis>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "one_or_many")]
    radar: Vec<RadarCoordinate>,
    series: Vec<Series>,
}

/// The chart types in the bundle; each serialises its own `type`.
#[derive(Serialize, Debug, Clone)]
#[serde(untagged)]
pub enum Series {
    Bar(Box<Bar>),
    Line(Box<Line>),
    Pie(Box<Pie>),
    Radar(Box<Radar>),
}

macro_rules! series_from {
    ($($t:ident),*) => {$(
        impl From<$t> for Series {
            fn from(s: $t) -> Self {
                Series::$t(Box::new(s))
            }
        }
    )*};
}
series_from!(Bar, Line, Pie, Radar);

/// One item as an object, several as a list: what charming writes, and ECharts reads both.
fn one_or_many<T: Serialize, S: Serializer>(items: &[T], s: S) -> Result<S::Ok, S::Error> {
    match items {
        [one] => one.serialize(s),
        many => many.serialize(s),
    }
}

impl Chart {
    pub fn new() -> Self {
        Chart::default()
    }

    pub fn color<C: Into<Color>>(mut self, colors: Vec<C>) -> Self {
        self.color = colors.into_iter().map(Into::into).collect();
        self
    }

    pub fn animation(mut self, on: bool) -> Self {
        self.animation = Some(on);
        self
    }

    pub fn background_color<C: Into<Color>>(mut self, color: C) -> Self {
        self.background_color = Some(color.into());
        self
    }

    pub fn legend(mut self, legend: Legend) -> Self {
        self.legend = Some(legend);
        self
    }

    pub fn grid(mut self, grid: Grid) -> Self {
        self.grid.push(grid);
        self
    }

    pub fn x_axis(mut self, axis: Axis) -> Self {
        self.x_axis.push(axis);
        self
    }

    pub fn y_axis(mut self, axis: Axis) -> Self {
        self.y_axis.push(axis);
        self
    }

    pub fn radar(mut self, radar: RadarCoordinate) -> Self {
        self.radar.push(radar);
        self
    }

    pub fn series<S: Into<Series>>(mut self, series: S) -> Self {
        self.series.push(series.into());
        self
    }
}
