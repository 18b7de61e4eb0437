//! The working group that leads the development work, and the model's advice about it.

use serde::{Deserialize, Serialize};

use crate::plan::Plan;

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
    /// No members yet: what to start with, instead of every piece of advice at once.
    Empty,
    NoPrincipalLeading,
    OneCamp,
    NoUnionRepresentative,
    NoSkeptic,
    NoExternalMeetings,
}

impl WorkingGroup {
    /// The model's advice that applies; for an empty group only where to begin.
    pub fn advice(&self) -> Vec<Advice> {
        if self.members.is_empty() {
            return vec![Advice::Empty];
        }
        let mut advice = Vec::new();
        let has = |role| self.members.iter().any(|m| m.role == role);
        if !has(Role::PrincipalLeader) {
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
        if !has(Role::UnionRepresentative) {
            advice.push(Advice::NoUnionRepresentative);
        }
        if !has(Role::Skeptic) {
            advice.push(Advice::NoSkeptic);
        }
        if self.members.iter().any(|m| m.external) && self.external_rhythm.trim().is_empty() {
            advice.push(Advice::NoExternalMeetings);
        }
        advice
    }
}

/// A name to suggest in the plan's responsible fields, with the group role if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub role: Option<Role>,
}

/// The people to suggest wherever the plan asks who is responsible: the working group's
/// named members first, then other names already written as responsible in the plan in
/// alphabetical order, each once whatever its case, so one person is not typed in two ways.
pub fn people(plan: &Plan) -> Vec<Person> {
    let planning = &plan.planning;
    let members = planning
        .group
        .members
        .iter()
        .map(|m| (m.name.as_str(), Some(m.role)));
    let mut written: Vec<&str> = plan
        .phases
        .iter()
        .flat_map(|p| p.activities.values().map(|a| a.responsible.trim()))
        .chain(planning.milestones.iter().map(|m| m.responsible.trim()))
        .chain(planning.wheel.iter().map(|a| a.responsible.trim()))
        .chain(planning.barriers.iter().map(|b| b.owner.trim()))
        .collect();
    written.sort_by_key(|name| name.to_lowercase());
    let written = written.into_iter().map(|name| (name, None));
    let mut people: Vec<Person> = Vec::new();
    for (name, role) in members.chain(written) {
        let name = name.trim();
        let known = people
            .iter()
            .any(|p| p.name.to_lowercase() == name.to_lowercase());
        if !name.is_empty() && !known {
            people.push(Person {
                name: name.to_string(),
                role,
            });
        }
    }
    people
}
