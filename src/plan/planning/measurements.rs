//! Indicators the school follows, with values at time points T1..Tn.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Indicator {
    pub id: String,
    /// E.g. "Elevundersøkelsen: trivsel".
    pub name: String,
    /// E.g. pupil survey, national tests, own survey.
    pub source: String,
    /// Value at T1, T2, …; None where nothing was measured.
    pub values: Vec<Option<f64>>,
}

impl Eq for Indicator {}

/// Change from the first to the last measured value; None with fewer than two.
pub fn change(indicator: &Indicator) -> Option<f64> {
    let mut measured = indicator.values.iter().flatten().filter(|v| v.is_finite());
    let first = *measured.next()?;
    let last = *measured.next_back()?;
    Some(last - first)
}

/// A typed value that is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotANumber;

/// Reads a value as typed in Norway (decimal comma) or with a point; blank is None.
pub fn parse_value(text: &str) -> Result<Option<f64>, NotANumber> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or(NotANumber)
}
