//! Barriers to implementation (categories after Greenberg et al. 2005) with a risk score,
//! and enablers and inhibitors per phase.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Fidelity,
    Leadership,
    Participation,
    TimeAndResources,
    SupportSystems,
    EarlierChange,
    Resistance,
    Capacity,
    /// The school's own category, named in `Barrier::own_category`.
    #[default]
    Own,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Self::Fidelity,
        Self::Leadership,
        Self::Participation,
        Self::TimeAndResources,
        Self::SupportSystems,
        Self::EarlierChange,
        Self::Resistance,
        Self::Capacity,
        Self::Own,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Barrier {
    pub id: String,
    pub category: Category,
    pub own_category: String,
    pub description: String,
    /// 1–5.
    pub likelihood: u8,
    /// 1–5.
    pub impact: u8,
    pub mitigation: String,
    pub owner: String,
}

impl Default for Barrier {
    fn default() -> Self {
        Barrier {
            id: String::new(),
            category: Category::default(),
            own_category: String::new(),
            description: String::new(),
            likelihood: 3,
            impact: 3,
            mitigation: String::new(),
            owner: String::new(),
        }
    }
}

/// A 1–5 value from any stored number (files may hold anything).
pub fn scale(value: u8) -> u8 {
    value.clamp(1, 5)
}

impl Barrier {
    /// Likelihood × impact, 1–25.
    pub fn risk(&self) -> u8 {
        scale(self.likelihood) * scale(self.impact)
    }
}

/// How serious a risk score is; the heat map's bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Low,
    Medium,
    High,
}

pub fn level(risk: u8) -> Level {
    match risk {
        0..=4 => Level::Low,
        5..=11 => Level::Medium,
        _ => Level::High,
    }
}

/// Barrier counts per cell: `[impact - 1][likelihood - 1]`.
pub fn heat_map(barriers: &[Barrier]) -> [[usize; 5]; 5] {
    let mut cells = [[0; 5]; 5];
    for b in barriers {
        cells[usize::from(scale(b.impact)) - 1][usize::from(scale(b.likelihood)) - 1] += 1;
    }
    cells
}

/// Barriers with the highest risk first; equal risks keep their order.
pub fn by_risk(barriers: &[Barrier]) -> Vec<&Barrier> {
    let mut sorted: Vec<&Barrier> = barriers.iter().collect();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.risk()));
    sorted
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhaseForces {
    pub enablers: String,
    pub inhibitors: String,
}
