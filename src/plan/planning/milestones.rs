//! The milestone plan: rows by term or date, ordered in time.

use serde::{Deserialize, Serialize};

use crate::plan::PhaseStatus;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Milestone {
    pub id: String,
    /// A term such as "Haust 2025" / "Vår 2026", or an ISO date (yyyy-mm-dd).
    pub time: String,
    pub what: String,
    pub how: String,
    pub content: String,
    pub responsible: String,
    /// DEKOM phase 1–4; 0 when not set.
    pub phase: u8,
    pub status: PhaseStatus,
}

/// A term's words per language; autumn starts the school year, spring is its second half.
const AUTUMN: [&str; 4] = ["haust", "høst", "efterår", "autumn"];
const SPRING: [&str; 3] = ["vår", "forår", "spring"];

/// The calendar date a milestone's time stands for, as (year, month, day).
/// Terms map to fixed days: autumn to 15 August (school start), spring to 3 January.
pub fn date_of(time: &str) -> Option<(i32, u32, u32)> {
    let time = time.trim();
    if let Some(date) = iso_date(time) {
        return Some(date);
    }
    let lower = time.to_lowercase();
    let mut words = lower.split_whitespace();
    let (term, year) = (words.next()?, words.next()?.parse::<i32>().ok()?);
    if words.next().is_some() || !(1900..=9999).contains(&year) {
        return None;
    }
    if AUTUMN.contains(&term) {
        Some((year, 8, 15))
    } else if SPRING.contains(&term) {
        Some((year, 1, 3))
    } else {
        None
    }
}

fn iso_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (1..=12).contains(&m).then_some(())?;
    (1..=days[m as usize - 1]).contains(&d).then_some((y, m, d))
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
