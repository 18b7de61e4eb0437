//! Core components and their implementation drivers (Fixsen et al. 2005; Blase et al. 2012).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    Selection,
    Training,
    Coaching,
    FidelityAssessment,
    DecisionSupportData,
    FacilitativeAdministration,
    SystemsIntervention,
    TechnicalLeadership,
    AdaptiveLeadership,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DriverGroup {
    Competence,
    Organisation,
    Leadership,
}

impl Driver {
    pub const ALL: [Driver; 9] = [
        Self::Selection,
        Self::Training,
        Self::Coaching,
        Self::FidelityAssessment,
        Self::DecisionSupportData,
        Self::FacilitativeAdministration,
        Self::SystemsIntervention,
        Self::TechnicalLeadership,
        Self::AdaptiveLeadership,
    ];

    pub fn group(self) -> DriverGroup {
        match self {
            Self::Selection | Self::Training | Self::Coaching | Self::FidelityAssessment => {
                DriverGroup::Competence
            }
            Self::DecisionSupportData
            | Self::FacilitativeAdministration
            | Self::SystemsIntervention => DriverGroup::Organisation,
            Self::TechnicalLeadership | Self::AdaptiveLeadership => DriverGroup::Leadership,
        }
    }
}

/// How well a driver is in place: 0 = not rated, 1 = not in place, 2 = partly, 3 = in place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DriverState {
    pub rating: u8,
    pub action: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CoreComponent {
    pub id: String,
    pub what: String,
    pub drivers: BTreeMap<Driver, DriverState>,
}

impl CoreComponent {
    /// Drivers rated "not in place" or "partly" that have no action yet: the gaps to plan for.
    pub fn gaps(&self) -> Vec<Driver> {
        Driver::ALL
            .into_iter()
            .filter(|d| {
                self.drivers
                    .get(d)
                    .is_some_and(|s| matches!(s.rating, 1 | 2) && s.action.trim().is_empty())
            })
            .collect()
    }
}
