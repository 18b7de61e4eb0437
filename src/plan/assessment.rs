//! Dated self-assessments: a snapshot records one instrument on one date, as a tally of
//! the group's ratings per item (or staff counts per level for Levels of Use), and the
//! scoring that turns tallies into means, spreads and trends. Pure Rust.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::Plan;
pub use crate::model::instruments::Instrument;

/// One person's answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// 1 to 5; anything else is ignored.
    Rating(u8),
    DontKnow,
}

impl Answer {
    pub const ALL: [Answer; 6] = [
        Answer::Rating(1),
        Answer::Rating(2),
        Answer::Rating(3),
        Answer::Rating(4),
        Answer::Rating(5),
        Answer::DontKnow,
    ];
}

/// How many in a group gave each answer to one item. A workshop adds one person at a
/// time, or types the counts it gathered on paper.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tally {
    /// How many rated 1, 2, 3, 4 and 5, in that order.
    pub counts: [u32; 5],
    pub dont_know: u32,
}

/// How far a group's ratings of one item lie apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// Population standard deviation: the group is all who answered, not a sample.
    pub sd: f64,
    pub min: u8,
    pub max: u8,
}

impl Tally {
    fn slot(&mut self, answer: Answer) -> Option<&mut u32> {
        match answer {
            Answer::Rating(r @ 1..=5) => Some(&mut self.counts[usize::from(r - 1)]),
            Answer::Rating(_) => None,
            Answer::DontKnow => Some(&mut self.dont_know),
        }
    }

    pub fn count(&self, answer: Answer) -> u32 {
        match answer {
            Answer::Rating(r @ 1..=5) => self.counts[usize::from(r - 1)],
            Answer::Rating(_) => 0,
            Answer::DontKnow => self.dont_know,
        }
    }

    pub fn set(&mut self, answer: Answer, count: u32) {
        if let Some(c) = self.slot(answer) {
            *c = count;
        }
    }

    /// One more person gave `answer`.
    pub fn add(&mut self, answer: Answer) {
        if let Some(c) = self.slot(answer) {
            *c = c.saturating_add(1);
        }
    }

    /// How many rated 1–5 ("don't know" left out).
    pub fn rated(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// How many answered at all, "don't know" included.
    pub fn answered(&self) -> u32 {
        self.rated().saturating_add(self.dont_know)
    }

    fn points(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        self.counts
            .iter()
            .enumerate()
            .map(|(i, &c)| (i as f64 + 1.0, f64::from(c)))
    }

    /// The mean rating; `None` when nobody rated (only "don't know", or no answers).
    pub fn mean(&self) -> Option<f64> {
        let n = f64::from(self.rated());
        (n > 0.0).then(|| self.points().map(|(p, c)| p * c).sum::<f64>() / n)
    }

    pub fn spread(&self) -> Option<Spread> {
        let mean = self.mean()?;
        let n = f64::from(self.rated());
        let variance = self
            .points()
            .map(|(p, c)| c * (p - mean).powi(2))
            .sum::<f64>()
            / n;
        let given = || (1u8..=5).filter(|&r| self.counts[usize::from(r - 1)] > 0);
        Some(Spread {
            sd: variance.sqrt(),
            min: given().min()?,
            max: given().max()?,
        })
    }
}

/// One instrument recorded on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub id: String,
    pub instrument: Instrument,
    /// ISO date (yyyy-mm-dd), or empty when the user cleared it.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub note: String,
    /// The tally per item id; an item nobody has rated yet is missing.
    #[serde(default)]
    pub ratings: BTreeMap<String, Tally>,
    /// Levels of Use only: staff per level, 0 Non-use first and VI Renewal last.
    #[serde(default)]
    pub levels: [u32; 8],
}

impl Snapshot {
    pub fn new(id: String, instrument: Instrument, date: String) -> Self {
        Snapshot {
            id,
            instrument,
            date,
            note: String::new(),
            ratings: BTreeMap::new(),
            levels: [0; 8],
        }
    }

    pub fn tally(&self, item: &str) -> Tally {
        self.ratings.get(item).copied().unwrap_or_default()
    }

    pub fn tally_mut(&mut self, item: &str) -> &mut Tally {
        self.ratings.entry(item.to_string()).or_default()
    }

    /// The mean of the items' means, each item counting the same however many rated it;
    /// items nobody rated are left out. `None` when no item has a rating.
    pub fn mean_of<'a>(&self, items: impl IntoIterator<Item = &'a str>) -> Option<f64> {
        let means: Vec<f64> = items
            .into_iter()
            .filter_map(|id| self.tally(id).mean())
            .collect();
        (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64)
    }

    /// How many took part: the most answers any one item got (a person may skip an item),
    /// or for Levels of Use the staff counted.
    pub fn respondents(&self) -> u32 {
        if self.instrument.is_rated() {
            self.ratings
                .values()
                .map(Tally::answered)
                .max()
                .unwrap_or(0)
        } else {
            self.levels.iter().fold(0, |a, &b| a.saturating_add(b))
        }
    }
}

/// An instrument's snapshots, oldest first.
#[derive(Debug, Clone)]
pub struct Trend<'a> {
    pub snapshots: Vec<&'a Snapshot>,
}

impl<'a> Trend<'a> {
    /// Sorts by date; snapshots on the same date keep the order they were made in.
    pub fn new(snapshots: impl IntoIterator<Item = &'a Snapshot>) -> Self {
        let mut snapshots: Vec<&Snapshot> = snapshots.into_iter().collect();
        snapshots.sort_by(|a, b| a.date.cmp(&b.date));
        Trend { snapshots }
    }

    pub fn latest(&self) -> Option<&'a Snapshot> {
        self.snapshots.last().copied()
    }

    /// The snapshot before the latest.
    pub fn previous(&self) -> Option<&'a Snapshot> {
        self.snapshots
            .len()
            .checked_sub(2)
            .map(|i| self.snapshots[i])
    }

    /// The score of each snapshot, oldest first, with its date.
    pub fn series(&self, score: impl Fn(&Snapshot) -> Option<f64>) -> Vec<(&'a str, Option<f64>)> {
        self.snapshots
            .iter()
            .map(|s| (s.date.as_str(), score(s)))
            .collect()
    }

    /// How much the score moved from the previous snapshot to the latest, between the
    /// means as shown (`rounded`), so "3,5 → 3,0" reads as −0,5; `None` with fewer than
    /// two snapshots or when either has no score.
    pub fn change(&self, score: impl Fn(&Snapshot) -> Option<f64>) -> Option<f64> {
        Some(rounded(score(self.latest()?)?) - rounded(score(self.previous()?)?))
    }
}

impl Plan {
    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.assessments.iter().find(|s| s.id == id)
    }

    pub fn snapshot_mut(&mut self, id: &str) -> Option<&mut Snapshot> {
        self.assessments.iter_mut().find(|s| s.id == id)
    }

    pub fn add_snapshot(&mut self, snapshot: Snapshot) {
        self.assessments.push(snapshot);
    }

    pub fn remove_snapshot(&mut self, id: &str) {
        self.assessments.retain(|s| s.id != id);
    }

    /// One instrument's snapshots, oldest first.
    pub fn trend(&self, instrument: Instrument) -> Trend<'_> {
        Trend::new(
            self.assessments
                .iter()
                .filter(|s| s.instrument == instrument),
        )
    }
}

/// A mean as tables and charts show it, to one decimal: every figure derived from means
/// (a change, a chart point) starts from this, so what is shown adds up.
pub fn rounded(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
