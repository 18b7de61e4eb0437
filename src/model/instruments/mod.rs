//! The self-assessment instruments as static content: what each item asks and what the
//! two ends of its 1–5 scale mean, per language. Written in the project's own words on
//! the constructs the research names; no questionnaire's wording is copied.
//!
//! Ids are stored in schools' snapshots: never change or reuse one.

mod da;
mod en;
mod nb;
mod nn;

use serde::{Deserialize, Serialize};

use super::{Citation, Model};
use crate::i18n::Lang;

/// Which instrument a snapshot records. Readiness is one instrument per phase, built
/// from that phase's checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Instrument {
    Capacity,
    CriticalFactors,
    LearningCommunity,
    #[serde(rename = "readiness_1")]
    Readiness1,
    #[serde(rename = "readiness_2")]
    Readiness2,
    #[serde(rename = "readiness_3")]
    Readiness3,
    #[serde(rename = "readiness_4")]
    Readiness4,
    LevelsOfUse,
}

impl Instrument {
    pub const ALL: [Instrument; 8] = [
        Self::Capacity,
        Self::CriticalFactors,
        Self::LearningCommunity,
        Self::Readiness1,
        Self::Readiness2,
        Self::Readiness3,
        Self::Readiness4,
        Self::LevelsOfUse,
    ];

    /// The name the plan file uses, also for ids in the page.
    pub fn key(self) -> &'static str {
        match self {
            Self::Capacity => "capacity",
            Self::CriticalFactors => "critical_factors",
            Self::LearningCommunity => "learning_community",
            Self::Readiness1 => "readiness_1",
            Self::Readiness2 => "readiness_2",
            Self::Readiness3 => "readiness_3",
            Self::Readiness4 => "readiness_4",
            Self::LevelsOfUse => "levels_of_use",
        }
    }

    /// The phase whose readiness this instrument asks about.
    pub fn readiness_phase(self) -> Option<u8> {
        match self {
            Self::Readiness1 => Some(1),
            Self::Readiness2 => Some(2),
            Self::Readiness3 => Some(3),
            Self::Readiness4 => Some(4),
            _ => None,
        }
    }

    /// True for the instruments whose items are rated 1–5; Levels of Use counts staff.
    pub fn is_rated(self) -> bool {
        self != Self::LevelsOfUse
    }
}

/// One statement rated from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rated {
    /// Stable id, stored in snapshots.
    pub id: &'static str,
    /// A short name, e.g. an axis of a chart.
    pub name: &'static str,
    /// The statement the group rates.
    pub text: &'static str,
    /// What 1 means for this statement.
    pub low: &'static str,
    /// What 5 means for this statement.
    pub high: &'static str,
}

/// Items that belong together, e.g. the individual level of capacity. An empty name
/// means the instrument has one group only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dimension {
    pub name: &'static str,
    pub items: &'static [Rated],
}

/// An instrument with fixed items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub name: &'static str,
    pub intro: &'static str,
    pub citation: Citation,
    pub dimensions: &'static [Dimension],
}

/// Readiness for one phase: the phase's activities, each rated on the same scale.
#[derive(Debug, Clone, Copy)]
pub struct Readiness {
    /// The instrument's name from the phase's number and name.
    pub name: fn(u8, &str) -> String,
    pub intro: &'static str,
    pub citation: Citation,
    pub low: &'static str,
    pub high: &'static str,
}

/// Levels of Use: how many staff stand at each level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelsOfUse {
    pub name: &'static str,
    pub intro: &'static str,
    pub citation: Citation,
    /// The level names only, from 0 Non-use to VI Renewal.
    pub levels: [Level; 8],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    /// "0", "I", … "IVA", "IVB", … "VI".
    pub mark: &'static str,
    pub name: &'static str,
}

/// Every instrument in one language.
#[derive(Debug, Clone, Copy)]
pub struct Instruments {
    pub capacity: Scale,
    pub critical_factors: Scale,
    pub learning_community: Scale,
    pub readiness: Readiness,
    pub levels_of_use: LevelsOfUse,
}

/// What an instrument is called and why, whatever its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    pub name: String,
    pub intro: &'static str,
    pub citation: Citation,
}

/// A group of rated items, ready to show (readiness items are made from the model).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: &'static str,
    pub items: Vec<Rated>,
}

impl Instruments {
    fn scale(&self, which: Instrument) -> Option<&Scale> {
        match which {
            Instrument::Capacity => Some(&self.capacity),
            Instrument::CriticalFactors => Some(&self.critical_factors),
            Instrument::LearningCommunity => Some(&self.learning_community),
            _ => None,
        }
    }

    pub fn about(&self, model: &Model, which: Instrument) -> About {
        if let Some(s) = self.scale(which) {
            return About {
                name: s.name.to_string(),
                intro: s.intro,
                citation: s.citation,
            };
        }
        match which.readiness_phase().and_then(|n| model.phase(n)) {
            Some(phase) => About {
                name: (self.readiness.name)(phase.number, phase.name),
                intro: self.readiness.intro,
                citation: self.readiness.citation,
            },
            None => About {
                name: self.levels_of_use.name.to_string(),
                intro: self.levels_of_use.intro,
                citation: self.levels_of_use.citation,
            },
        }
    }

    /// The rated items of an instrument in their groups; empty for Levels of Use.
    pub fn groups(&self, model: &Model, which: Instrument) -> Vec<Group> {
        if let Some(s) = self.scale(which) {
            return s
                .dimensions
                .iter()
                .map(|d| Group {
                    name: d.name,
                    items: d.items.to_vec(),
                })
                .collect();
        }
        let Some(phase) = which.readiness_phase().and_then(|n| model.phase(n)) else {
            return Vec::new();
        };
        let (low, high) = (self.readiness.low, self.readiness.high);
        let items = phase
            .activities
            .iter()
            .map(|a| Rated {
                id: a.id,
                name: a.text,
                text: a.help,
                low,
                high,
            })
            .collect();
        vec![Group { name: "", items }]
    }

    /// The rated items of an instrument, in order, without their groups.
    pub fn items(&self, model: &Model, which: Instrument) -> Vec<Rated> {
        self.groups(model, which)
            .into_iter()
            .flat_map(|g| g.items)
            .collect()
    }
}

pub fn instruments(lang: Lang) -> &'static Instruments {
    match lang {
        Lang::Nb => &nb::INSTRUMENTS,
        Lang::Nn => &nn::INSTRUMENTS,
        Lang::Da => &da::INSTRUMENTS,
        Lang::En => &en::INSTRUMENTS,
    }
}
