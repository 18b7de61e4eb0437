//! The decision log: dated entries of what the school chose and why.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decision {
    pub id: String,
    /// ISO date (yyyy-mm-dd).
    pub date: String,
    pub what: String,
    pub why: String,
}

/// Newest first; undated entries last.
pub fn newest_first(decisions: &[Decision]) -> Vec<&Decision> {
    let mut sorted: Vec<&Decision> = decisions.iter().collect();
    sorted.sort_by(|a, b| {
        (a.date.is_empty(), std::cmp::Reverse(&a.date))
            .cmp(&(b.date.is_empty(), std::cmp::Reverse(&b.date)))
    });
    sorted
}
