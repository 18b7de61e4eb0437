//! The planning tools of a plan: working group, milestones, annual wheel, barriers,
//! core components with their drivers, measurements and the decision log.
//! Pure Rust; ids and dates come in as arguments.

pub mod barriers;
pub mod calendar;
pub mod components;
pub mod csv;
pub mod decisions;
pub mod group;
pub mod measurements;
pub mod milestones;
pub mod wheel;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Planning {
    pub group: group::WorkingGroup,
    pub milestones: Vec<milestones::Milestone>,
    pub wheel: Vec<wheel::WheelActivity>,
    pub barriers: Vec<barriers::Barrier>,
    /// Free-text enablers and inhibitors, phase n at index n-1 (missing phases read as empty).
    pub forces: Vec<barriers::PhaseForces>,
    pub components: Vec<components::CoreComponent>,
    pub measurements: Vec<measurements::Indicator>,
    pub decisions: Vec<decisions::Decision>,
}

/// Moves the item with `id` up (`step < 0`) or down past its nearest neighbour that is
/// `shown`, swapping the two: in a filtered list the rows the filter hides keep their
/// places. Does nothing at the ends.
pub fn move_by_id<T>(
    list: &mut [T],
    id: &str,
    step: isize,
    id_of: impl Fn(&T) -> &str,
    shown: impl Fn(&T) -> bool,
) {
    let Some(from) = list.iter().position(|i| id_of(i) == id) else {
        return;
    };
    let to = if step < 0 {
        list[..from].iter().rposition(&shown)
    } else {
        list[from + 1..]
            .iter()
            .position(&shown)
            .map(|i| from + 1 + i)
    };
    if let Some(to) = to {
        list.swap(from, to);
    }
}
