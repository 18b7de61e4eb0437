//! The annual wheel (årshjul): recurring activities by month over a school year from August.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WheelActivity {
    pub id: String,
    /// Calendar month 1–12.
    pub month: u8,
    pub text: String,
    pub responsible: String,
}

/// Calendar months in school-year order: August to June, then July.
pub const SCHOOL_YEAR: [u8; 12] = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7];

/// The activities per month in school-year order; months without activities are left out.
pub fn by_month(activities: &[WheelActivity]) -> Vec<(u8, Vec<&WheelActivity>)> {
    SCHOOL_YEAR
        .iter()
        .map(|&month| {
            (
                month,
                activities
                    .iter()
                    .filter(|a| a.month == month)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}
