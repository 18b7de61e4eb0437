//! What each row of a phase page shows, as one small signal per row.
//!
//! Rows do not subscribe to the plans themselves: with thousands of rows, every change
//! would re-run every row's subscription, and the reactive graph's bookkeeping for one
//! source with n subscribers makes that cost grow with n² (1.2 s per click at 2,000
//! activities). Instead one effect compares the phase with what the rows show and sets
//! only the rows whose data changed.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::plan::{ActivityState, OwnItem, PhasePlan};
use crate::state::AppState;

type Rows<V> = StoredValue<HashMap<String, ArcRwSignal<V>>>;

#[derive(Clone, Copy)]
pub struct PhaseRows {
    activities: Rows<ActivityState>,
    answers: Rows<String>,
    /// The text of the school's own items; their ids are unique across both lists.
    own_texts: Rows<String>,
    plan: StoredValue<String>,
    number: u8,
}

static NO_ACTIVITY: ActivityState = ActivityState {
    done: false,
    note: String::new(),
    responsible: String::new(),
    due: String::new(),
};
static NO_TEXT: String = String::new();

fn own_item<'a>(phase: &'a PhasePlan, id: &str) -> Option<&'a OwnItem> {
    phase
        .own_activities
        .iter()
        .chain(&phase.own_questions)
        .find(|i| i.id == id)
}

/// Sets each row whose value in `phase` differs from what it shows.
fn refresh<V: PartialEq + Clone + Send + Sync + 'static>(
    rows: Rows<V>,
    phase: &PhasePlan,
    value: impl for<'a> Fn(&'a PhasePlan, &str) -> &'a V,
) {
    rows.with_value(|rows| {
        for (id, row) in rows {
            let new = value(phase, id);
            if row.with_untracked(|shown| shown != new) {
                row.set(new.clone());
            }
        }
    });
}

impl PhaseRows {
    /// Rows for phase `number` of plan `plan`, kept current for as long as the calling
    /// component lives.
    pub fn new(plan: String, number: u8) -> Self {
        let rows = PhaseRows {
            activities: StoredValue::new(HashMap::new()),
            answers: StoredValue::new(HashMap::new()),
            own_texts: StoredValue::new(HashMap::new()),
            plan: StoredValue::new(plan),
            number,
        };
        let state = expect_context::<AppState>();
        Effect::new(move |_| {
            rows.plan.with_value(|id| {
                state.read(id, |p| {
                    if let Some(phase) = p.phase(number) {
                        refresh(rows.activities, phase, |ph, id| {
                            ph.activity(id).unwrap_or(&NO_ACTIVITY)
                        });
                        refresh(rows.answers, phase, |ph, id| {
                            ph.answers.get(id).unwrap_or(&NO_TEXT)
                        });
                        refresh(rows.own_texts, phase, |ph, id| {
                            own_item(ph, id).map_or(&NO_TEXT, |i| &i.text)
                        });
                    }
                })
            });
        });
        rows
    }

    /// The row's signal, created from the phase as it is now on first use.
    fn row<V: Clone + Default + Send + Sync + 'static>(
        &self,
        rows: Rows<V>,
        id: &str,
        value: impl FnOnce(&PhasePlan) -> V,
    ) -> Signal<V> {
        if let Some(row) = rows.with_value(|r| r.get(id).cloned()) {
            return row.read_only().into();
        }
        let state = expect_context::<AppState>();
        let now = self.plan.with_value(|plan| {
            state.plans.with_untracked(|ps| {
                ps.iter()
                    .find(|p| &p.id == plan)
                    .and_then(|p| p.phase(self.number))
                    .map(value)
            })
        });
        let row = ArcRwSignal::new(now.unwrap_or_default());
        rows.update_value(|r| {
            r.insert(id.to_string(), row.clone());
        });
        row.read_only().into()
    }

    pub fn activity(&self, id: &str) -> Signal<ActivityState> {
        self.row(self.activities, id, |ph| {
            ph.activity(id).cloned().unwrap_or_default()
        })
    }

    pub fn answer(&self, id: &str) -> Signal<String> {
        self.row(self.answers, id, |ph| ph.answer(id).to_string())
    }

    pub fn own_text(&self, id: &str) -> Signal<String> {
        self.row(self.own_texts, id, |ph| {
            own_item(ph, id).map(|i| i.text.clone()).unwrap_or_default()
        })
    }
}
