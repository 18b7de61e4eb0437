//! The school's own plan: what it has done, written and decided per phase.
//! Pure Rust; ids and timestamps come in as arguments so everything tests natively.

pub mod assessment;
pub mod backup;
pub mod dates;
pub mod handout;
pub mod history;
pub mod incoming;
pub mod network;
pub mod planning;
mod progress;
pub mod sync;

pub use history::{History, Restore};
pub use progress::Progress;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::model::Model;

/// How far the school itself says it has come with a phase. The model is not linear,
/// so any phase can have any status at any time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseStatus {
    #[default]
    NotStarted,
    InProgress,
    Consolidated,
}

impl PhaseStatus {
    pub const ALL: [PhaseStatus; 3] = [Self::NotStarted, Self::InProgress, Self::Consolidated];
}

/// The school's work on one checklist activity, from the model or its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActivityState {
    pub done: bool,
    pub note: String,
    pub responsible: String,
    /// ISO date (yyyy-mm-dd) or empty.
    pub due: String,
}

/// An activity or question the school wrote itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnItem {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhasePlan {
    pub status: PhaseStatus,
    /// State per activity id; model and own activities share this map.
    pub activities: BTreeMap<String, ActivityState>,
    pub own_activities: Vec<OwnItem>,
    /// Free-text answer per question id; model and own questions share this map.
    pub answers: BTreeMap<String, String>,
    pub own_questions: Vec<OwnItem>,
}

/// Which of a phase's two lists an own item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Activity,
    Question,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub id: String,
    /// The plan's own title, e.g. the initiative's name.
    pub name: String,
    pub school: String,
    pub municipality: String,
    /// The desired outcome or change of practice.
    pub idea: String,
    pub focus_area: String,
    /// ISO timestamps.
    pub created: String,
    pub updated: String,
    /// When this plan was last written to an export file; empty if never.
    pub last_exported: String,
    /// Always four, phase n at index n-1.
    pub phases: Vec<PhasePlan>,
    /// Working group, milestones, annual wheel, barriers, core components, measurements, decisions.
    pub planning: planning::Planning,
    /// Dated self-assessments, in the order they were made.
    pub assessments: Vec<assessment::Snapshot>,
    /// Which edit each value came from, for merging copies changed at once.
    pub sync: sync::Sync,
}

impl Plan {
    pub fn new(id: String, name: String, now: &str) -> Self {
        Plan {
            id,
            name,
            created: now.to_string(),
            updated: now.to_string(),
            phases: vec![PhasePlan::default(); 4],
            ..Plan::default()
        }
    }

    /// Restores invariants on data from storage or a file: exactly four phases.
    pub fn normalise(mut self) -> Self {
        self.phases.resize_with(4, PhasePlan::default);
        self
    }

    /// A copy under a new id and name, with its own timestamps.
    pub fn duplicate(&self, id: String, name: String, now: &str) -> Self {
        // A new plan: the copy's edit history is not the original's.
        Plan {
            id,
            name,
            created: now.to_string(),
            updated: now.to_string(),
            last_exported: String::new(),
            sync: sync::Sync::default(),
            ..self.clone()
        }
    }

    /// True when the plan has changes that no export file holds.
    pub fn changed_since_export(&self) -> bool {
        self.updated > self.last_exported
    }

    pub fn phase(&self, number: u8) -> Option<&PhasePlan> {
        self.phases.get(usize::from(number).checked_sub(1)?)
    }

    pub fn phase_mut(&mut self, number: u8) -> Option<&mut PhasePlan> {
        self.phases.get_mut(usize::from(number).checked_sub(1)?)
    }

    /// What the plan is called in lists: its name, else the school, else a fallback.
    pub fn title<'a>(&'a self, fallback: &'a str) -> &'a str {
        [self.name.trim(), self.school.trim()]
            .into_iter()
            .find(|s| !s.is_empty())
            .unwrap_or(fallback)
    }

    pub fn progress(&self, model: &Model, number: u8) -> Progress {
        match (model.phase(number), self.phase(number)) {
            (Some(phase), Some(plan)) => Progress::of(phase, plan),
            _ => Progress::default(),
        }
    }

    /// Progress summed over all four phases.
    pub fn overall_progress(&self, model: &Model) -> Progress {
        model
            .phases
            .iter()
            .map(|phase| self.progress(model, phase.number))
            .sum()
    }
}

impl PhasePlan {
    pub fn activity(&self, id: &str) -> Option<&ActivityState> {
        self.activities.get(id)
    }

    /// The state of an activity, created on first write.
    pub fn activity_mut(&mut self, id: &str) -> &mut ActivityState {
        self.activities.entry(id.to_string()).or_default()
    }

    pub fn answer(&self, id: &str) -> &str {
        self.answers.get(id).map(String::as_str).unwrap_or("")
    }

    pub fn set_answer(&mut self, id: &str, text: String) {
        if text.is_empty() {
            self.answers.remove(id);
        } else {
            self.answers.insert(id.to_string(), text);
        }
    }

    pub fn own(&self, kind: ItemKind) -> &[OwnItem] {
        match kind {
            ItemKind::Activity => &self.own_activities,
            ItemKind::Question => &self.own_questions,
        }
    }

    fn own_mut(&mut self, kind: ItemKind) -> &mut Vec<OwnItem> {
        match kind {
            ItemKind::Activity => &mut self.own_activities,
            ItemKind::Question => &mut self.own_questions,
        }
    }

    pub fn add_own(&mut self, kind: ItemKind, id: String, text: String) {
        self.own_mut(kind).push(OwnItem { id, text });
    }

    pub fn edit_own(&mut self, kind: ItemKind, id: &str, text: String) {
        if let Some(item) = self.own_mut(kind).iter_mut().find(|i| i.id == id) {
            item.text = text;
        }
    }

    /// Removes an own item together with its state or answer.
    pub fn remove_own(&mut self, kind: ItemKind, id: &str) {
        self.own_mut(kind).retain(|i| i.id != id);
        match kind {
            ItemKind::Activity => drop(self.activities.remove(id)),
            ItemKind::Question => drop(self.answers.remove(id)),
        }
    }

    /// Moves an own item one place up (`-1`) or down (`+1`); does nothing at the ends.
    pub fn move_own(&mut self, kind: ItemKind, id: &str, step: isize) {
        let list = self.own_mut(kind);
        let Some(from) = list.iter().position(|i| i.id == id) else {
            return;
        };
        let Some(to) = from.checked_add_signed(step).filter(|&to| to < list.len()) else {
            return;
        };
        list.swap(from, to);
    }
}

/// A short random-looking id from a source of randomness in [0, 1), e.g. `Math.random`.
pub fn new_id(prefix: &str, mut random: impl FnMut() -> f64) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let tail: String = (0..10)
        .map(|_| {
            let i = ((random() * ALPHABET.len() as f64) as usize).min(ALPHABET.len() - 1);
            ALPHABET[i] as char
        })
        .collect();
    format!("{prefix}{tail}")
}
