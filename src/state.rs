//! The app's reactive state and the only operations that change it. Each operation
//! updates the signal and persists exactly the plan it touched.

use leptos::prelude::*;

use crate::plan::{new_id, Plan};
use crate::store::browser::{self, ChangeElsewhere, Unreadable};

/// What the user can take back with "Angre": the plan as it was before the action.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    pub message: String,
    pub before: Plan,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub plans: RwSignal<Vec<Plan>>,
    pub unreadable: RwSignal<Vec<Unreadable>>,
    pub storage_available: RwSignal<bool>,
    /// The plan whose last save failed (storage full or blocked); cleared by the next success.
    pub save_failed: RwSignal<Option<String>>,
    pub undo: RwSignal<Option<Undo>>,
}

impl AppState {
    pub fn load() -> Self {
        let loaded = browser::load_all();
        let mut plans = loaded.plans;
        plans.sort_by(|a, b| b.updated.cmp(&a.updated));
        AppState {
            plans: RwSignal::new(plans),
            unreadable: RwSignal::new(loaded.unreadable),
            storage_available: RwSignal::new(loaded.available),
            save_failed: RwSignal::new(None),
            undo: RwSignal::new(None),
        }
    }

    /// Keeps this tab in step with saves and deletes made in other tabs, so an old copy
    /// here never overwrites newer work there.
    pub fn follow_other_tabs(self) {
        browser::on_change_elsewhere(move |change| match change {
            ChangeElsewhere::Saved(plan) => self.plans.update(|ps| match ps.iter_mut().find(|p| p.id == plan.id) {
                Some(mine) => *mine = plan,
                None => ps.insert(0, plan),
            }),
            ChangeElsewhere::Removed(id) => self.plans.update(|ps| ps.retain(|p| p.id != id)),
            ChangeElsewhere::Unreadable(entry) => self.unreadable.update(|u| {
                u.retain(|x| x.key != entry.key);
                u.push(entry);
            }),
        });
    }

    fn persist(&self, plan: &Plan) {
        let failed = (!browser::save(plan, &browser::now())).then(|| plan.id.clone());
        if self.save_failed.get_untracked() != failed {
            self.save_failed.set(failed);
        }
    }

    /// Reads one plan, tracking changes: for views.
    pub fn read<T>(&self, id: &str, f: impl FnOnce(&Plan) -> T) -> Option<T> {
        self.plans.with(|ps| ps.iter().find(|p| p.id == id).map(f))
    }

    pub fn find(&self, id: &str) -> Option<Plan> {
        self.plans.with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
    }

    /// Creates an empty plan first in the list and returns its id.
    pub fn create(&self, name: String) -> String {
        let plan = Plan::new(new_id("p", browser::random), name, &browser::now());
        let id = plan.id.clone();
        self.persist(&plan);
        self.plans.update(|ps| ps.insert(0, plan));
        id
    }

    /// Changes one plan and saves it. Any pending undo for that plan is dropped, because
    /// restoring an older snapshot would now throw this change away.
    pub fn edit(&self, id: &str, change: impl FnOnce(&mut Plan)) {
        let mut saved = None;
        self.plans.update(|ps| {
            if let Some(plan) = ps.iter_mut().find(|p| p.id == id) {
                change(plan);
                plan.updated = browser::now();
                saved = Some(plan.clone());
            }
        });
        if let Some(plan) = saved {
            self.persist(&plan);
            if self.undo.with_untracked(|u| u.as_ref().is_some_and(|u| u.before.id == id)) {
                self.undo.set(None);
            }
        }
    }

    /// Like `edit`, but offers to undo it afterwards with `message`.
    pub fn edit_undoable(&self, id: &str, message: String, change: impl FnOnce(&mut Plan)) {
        let Some(before) = self.find(id) else { return };
        self.edit(id, change);
        self.undo.set(Some(Undo { message, before }));
    }

    pub fn duplicate(&self, id: &str, name: String) -> Option<String> {
        let copy = self.find(id)?.duplicate(new_id("p", browser::random), name, &browser::now());
        let new = copy.id.clone();
        self.persist(&copy);
        self.plans.update(|ps| ps.insert(0, copy));
        Some(new)
    }

    pub fn delete(&self, id: &str, message: String) {
        let Some(before) = self.find(id) else { return };
        browser::remove(&browser::key_for(id));
        self.plans.update(|ps| ps.retain(|p| p.id != id));
        self.undo.set(Some(Undo { message, before }));
    }

    /// Puts the snapshot back: re-creates a deleted plan or rolls an edited one back.
    pub fn undo(&self) {
        let Some(Undo { before, .. }) = self.undo.get_untracked() else { return };
        self.persist(&before);
        self.plans.update(|ps| match ps.iter_mut().find(|p| p.id == before.id) {
            Some(plan) => *plan = before,
            None => ps.insert(0, before),
        });
        self.undo.set(None);
    }

    /// Forgets an unreadable stored copy for good, after the user chose to.
    pub fn discard_unreadable(&self, key: &str) {
        browser::remove(key);
        self.unreadable.update(|u| u.retain(|x| x.key != key));
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
