//! The milestone plan: rows by term or date, ordered in time.

use serde::{Deserialize, Serialize};

use crate::plan::dates::{When, Ymd};
use crate::plan::PhaseStatus;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Milestone {
    pub id: String,
    /// A term such as "Haust 2025" / "Vår 2026", or an ISO date (yyyy-mm-dd); a date typed
    /// another way is stored as ISO (see `dates::stored_time`).
    pub time: String,
    pub what: String,
    pub how: String,
    pub content: String,
    pub responsible: String,
    /// DEKOM phase 1–4; 0 when not set.
    pub phase: u8,
    pub status: PhaseStatus,
}

/// The calendar date a milestone's time stands for, as (year, month, day): the date, or
/// a term's first day.
pub fn date_of(time: &str) -> Option<Ymd> {
    When::parse(time).map(When::first_day)
}

/// Milestones in time order; rows without a readable time keep their order at the end.
pub fn in_time_order(milestones: &[Milestone]) -> Vec<&Milestone> {
    let mut sorted: Vec<&Milestone> = milestones.iter().collect();
    sorted.sort_by_key(|m| date_of(&m.time).map_or((1, (0, 0, 0)), |d| (0, d)));
    sorted
}

/// The rows that match a phase (0 = all) and a responsible person (empty = all).
pub fn filtered<'a>(
    milestones: &'a [Milestone],
    phase: u8,
    responsible: &str,
) -> Vec<&'a Milestone> {
    let who = responsible.trim().to_lowercase();
    milestones
        .iter()
        .filter(|m| phase == 0 || m.phase == phase)
        .filter(|m| who.is_empty() || m.responsible.trim().to_lowercase() == who)
        .collect()
}

/// The distinct responsible names, sorted, for the filter's choices.
pub fn responsibles(milestones: &[Milestone]) -> Vec<String> {
    let mut names: Vec<String> = milestones
        .iter()
        .map(|m| m.responsible.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    names.sort();
    names.dedup();
    names
}
