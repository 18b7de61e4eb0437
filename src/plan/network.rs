//! Many schools' plans side by side, for a network coordinator. Each plan becomes a small
//! `Row` holding only what the table shows, so a hundred plans filter, sort and compare
//! without copying any plan. Pure Rust.

use std::cmp::Ordering;

use super::{PhaseStatus, Plan, Progress};
use crate::model::Model;

/// One phase of one plan as the table shows it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PhaseCell {
    pub status: PhaseStatus,
    pub progress: Progress,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub school: String,
    pub municipality: String,
    /// Phase n at index n-1.
    pub phases: [PhaseCell; 4],
    pub overall: Progress,
}

impl Row {
    /// `untitled` names a plan that has neither a name nor a school.
    pub fn of(plan: &Plan, model: &Model, untitled: &str) -> Self {
        let phases = model.phases.map(|phase| PhaseCell {
            status: plan
                .phase(phase.number)
                .map(|p| p.status)
                .unwrap_or_default(),
            progress: plan.progress(model, phase.number),
        });
        Row {
            id: plan.id.clone(),
            title: plan.title(untitled).to_string(),
            school: plan.school.trim().to_string(),
            municipality: plan.municipality.trim().to_string(),
            phases,
            overall: phases.iter().map(|c| c.progress).sum(),
        }
    }

    /// Whether the row belongs in a view of `municipality`; every row does in a view of all.
    pub fn is_in(&self, municipality: Option<&str>) -> bool {
        municipality.is_none_or(|m| self.municipality == m)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    School,
    Municipality,
    /// The largest share of activities done first.
    Progress,
}

impl SortBy {
    pub const ALL: [SortBy; 3] = [Self::School, Self::Municipality, Self::Progress];

    /// The order's name in a URL; stable, so links keep working.
    pub fn key(self) -> &'static str {
        match self {
            Self::School => "skole",
            Self::Municipality => "kommune",
            Self::Progress => "framdrift",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// The municipalities the rows name, each once, in alphabetical order.
pub fn municipalities(rows: &[Row]) -> Vec<String> {
    let mut names: Vec<String> = rows
        .iter()
        .map(|r| r.municipality.clone())
        .filter(|m| !m.is_empty())
        .collect();
    names.sort_by(|a, b| collate(a, b));
    names.dedup();
    names
}

/// The rows to show: those in `municipality` (all when `None`), in the chosen order.
pub fn select<'a>(rows: &'a [Row], municipality: Option<&str>, sort: SortBy) -> Vec<&'a Row> {
    let mut shown: Vec<&Row> = rows.iter().filter(|r| r.is_in(municipality)).collect();
    shown.sort_by(|a, b| compare(a, b, sort));
    shown
}

fn compare(a: &Row, b: &Row, sort: SortBy) -> Ordering {
    let by_school = || {
        blank_last(&a.school, &b.school)
            .then_with(|| collate(&a.title, &b.title))
            .then_with(|| a.id.cmp(&b.id))
    };
    match sort {
        SortBy::School => by_school(),
        SortBy::Municipality => blank_last(&a.municipality, &b.municipality).then_with(by_school),
        SortBy::Progress => share(b.overall).cmp(&share(a.overall)).then_with(by_school),
    }
}

/// Orders names alphabetically, with plans that lack the name after all that have one.
fn blank_last(a: &str, b: &str) -> Ordering {
    a.is_empty().cmp(&b.is_empty()).then_with(|| collate(a, b))
}

/// The share of activities done, as a fraction compared exactly (no floating point).
fn share(p: Progress) -> Fraction {
    Fraction(p.done, p.activities.max(1))
}

#[derive(PartialEq, Eq)]
struct Fraction(usize, usize);

impl Ord for Fraction {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.0 * other.1).cmp(&(other.0 * self.1))
    }
}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Norwegian alphabetical order, case ignored: æ, ø and å come after z, in that order.
/// Danish orders æ, ø and å the same way, and English names rarely use them.
fn collate(a: &str, b: &str) -> Ordering {
    fn key(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().flat_map(char::to_lowercase).map(|c| match c {
            'æ' | 'ä' => '{',
            'ø' | 'ö' => '|',
            'å' => '}',
            'é' | 'è' | 'ê' => 'e',
            c => c,
        })
    }
    key(a).cmp(key(b)).then_with(|| a.cmp(b))
}

/// The sums over some rows, for the table's last line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub plans: usize,
    /// Phase n at index n-1.
    pub phases: [PhaseTotals; 4],
    pub overall: Progress,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PhaseTotals {
    pub progress: Progress,
    pub in_progress: usize,
    pub consolidated: usize,
}

pub fn totals<'a>(rows: impl IntoIterator<Item = &'a Row>) -> Totals {
    let mut t = Totals::default();
    for row in rows {
        t.plans += 1;
        t.overall = [t.overall, row.overall].into_iter().sum();
        for (total, cell) in t.phases.iter_mut().zip(&row.phases) {
            total.progress = [total.progress, cell.progress].into_iter().sum();
            match cell.status {
                PhaseStatus::NotStarted => {}
                PhaseStatus::InProgress => total.in_progress += 1,
                PhaseStatus::Consolidated => total.consolidated += 1,
            }
        }
    }
    t
}
