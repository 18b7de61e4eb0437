//! The working group that leads the development work, and the model's advice about it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    PrincipalLeader,
    #[default]
    Teacher,
    Assistant,
    UnionRepresentative,
    Skeptic,
    Ppt,
    Fau,
    SchoolHealth,
    MunicipalResource,
    UniversityCollege,
    Other,
}

impl Role {
    pub const ALL: [Role; 11] = [
        Self::PrincipalLeader,
        Self::Teacher,
        Self::Assistant,
        Self::UnionRepresentative,
        Self::Skeptic,
        Self::Ppt,
        Self::Fau,
        Self::SchoolHealth,
        Self::MunicipalResource,
        Self::UniversityCollege,
        Self::Other,
    ];

    /// Roles that come from outside the school unless the school says otherwise.
    pub fn usually_external(self) -> bool {
        matches!(
            self,
            Self::Ppt | Self::SchoolHealth | Self::MunicipalResource | Self::UniversityCollege
        )
    }

    /// The staff camp a role stands for. The model names teachers and assistants as
    /// different camps a school-wide group should draw from; other roles are not camps.
    fn camp(self) -> Option<Camp> {
        match self {
            Self::Teacher => Some(Camp::Teachers),
            Self::Assistant => Some(Camp::Assistants),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Camp {
    Teachers,
    Assistants,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Member {
    pub id: String,
    /// Empty where the school prefers to store only the role.
    pub name: String,
    pub role: Role,
    pub external: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkingGroup {
    pub members: Vec<Member>,
    /// How often the group meets its external partners, e.g. "første tirsdag i måneden"; empty if not fixed.
    pub external_rhythm: String,
}

/// Where the group departs from the model's advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    NoPrincipalLeading,
    OneCamp,
    NoExternalMeetings,
}

impl WorkingGroup {
    /// The model's advice that applies; nothing for an empty group.
    pub fn advice(&self) -> Vec<Advice> {
        let mut advice = Vec::new();
        if self.members.is_empty() {
            return advice;
        }
        if !self.members.iter().any(|m| m.role == Role::PrincipalLeader) {
            advice.push(Advice::NoPrincipalLeading);
        }
        // Different camps: the school's own staff should include more than one of them,
        // e.g. both teachers and assistants. A skeptic is advice of its own, not a camp.
        let mut camps = self
            .members
            .iter()
            .filter(|m| !m.external)
            .filter_map(|m| m.role.camp());
        let first = camps.next();
        if first.is_none() || camps.all(|c| Some(c) == first) {
            advice.push(Advice::OneCamp);
        }
        if self.members.iter().any(|m| m.external) && self.external_rhythm.trim().is_empty() {
            advice.push(Advice::NoExternalMeetings);
        }
        advice
    }
}
