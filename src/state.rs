//! The app's reactive state and the only operations that change it. Each operation
//! updates the signal, records how to undo it, and persists exactly the plans it touched.

use std::time::Duration;

use leptos::prelude::*;

use crate::plan::{new_id, History, Plan, Restore};
use crate::store::browser::{self, ChangeElsewhere, Unreadable};

#[derive(Clone, Copy)]
pub struct AppState {
    pub plans: RwSignal<Vec<Plan>>,
    pub unreadable: RwSignal<Vec<Unreadable>>,
    pub storage_available: RwSignal<bool>,
    /// The plan whose last save failed (storage full or blocked); cleared by the next success.
    pub save_failed: RwSignal<Option<String>>,
    pub history: RwSignal<History>,
    /// What the last undoable action did, offered with "Angre" until the user acts again.
    pub notice: RwSignal<Option<String>>,
    /// Whether the browser has promised to keep our storage; `None` until it answers.
    pub persisted: RwSignal<Option<bool>>,
    /// Plans changed in memory and not yet written to storage.
    unsaved: StoredValue<Vec<String>>,
}

/// How long a change waits before it is written. Writing a large plan takes milliseconds,
/// so it never happens inside the keystroke or click that changed it; a burst of typing
/// is written once, and at most this much typing waits in memory.
const SAVE_DELAY: Duration = Duration::from_millis(300);

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
            history: RwSignal::new(History::default()),
            notice: RwSignal::new(None),
            persisted: RwSignal::new(None),
            unsaved: StoredValue::new(Vec::new()),
        }
    }

    /// Writes pending changes when the user leaves or hides the page, so a reload or a
    /// closed tab right after typing loses nothing.
    pub fn save_when_leaving(self) {
        browser::on_leave(move || self.save_now());
    }

    /// Keeps this tab in step with saves and deletes made in other tabs, so an old copy
    /// here never overwrites newer work there.
    pub fn follow_other_tabs(self) {
        browser::on_change_elsewhere(move |change| match change {
            ChangeElsewhere::Saved(plan) => self.put(*plan),
            ChangeElsewhere::Removed(id) => self.plans.update(|ps| ps.retain(|p| p.id != id)),
            ChangeElsewhere::Unreadable(entry) => self.unreadable.update(|u| {
                u.retain(|x| x.key != entry.key);
                u.push(entry);
            }),
        });
    }

    /// Asks the browser once to keep our storage even when it runs short of space.
    pub fn ask_to_persist(self) {
        if self.persisted.get_untracked() != Some(true) {
            leptos::task::spawn_local(async move {
                self.persisted.set(browser::request_persistence().await);
            });
        }
    }

    /// Marks a plan (already in memory) to be written shortly.
    fn persist(&self, id: &str) {
        let first = self.unsaved.try_update_value(|unsaved| {
            let first = unsaved.is_empty();
            if !unsaved.iter().any(|u| u == id) {
                unsaved.push(id.to_string());
            }
            first
        });
        if first == Some(true) {
            let state = *self;
            set_timeout(move || state.save_now(), SAVE_DELAY);
        }
    }

    /// Writes every plan changed since the last write.
    pub fn save_now(&self) {
        let ids = self.unsaved.try_update_value(std::mem::take).unwrap_or_default();
        if ids.is_empty() {
            return;
        }
        let now = browser::now();
        let failed = self.plans.with_untracked(|ps| {
            ps.iter().filter(|p| ids.contains(&p.id)).find(|p| !browser::save(p, &now)).map(|p| p.id.clone())
        });
        if self.save_failed.get_untracked() != failed {
            self.save_failed.set(failed);
        }
    }

    /// Puts a plan in the list in memory: replaces the one with its id, or adds it first.
    fn put(&self, plan: Plan) {
        self.put_all([plan]);
    }

    /// `put` for many plans in one update, so views re-render once, not once per plan.
    fn put_all(&self, plans: impl IntoIterator<Item = Plan>) {
        self.plans.update(|ps| {
            for plan in plans {
                match ps.iter_mut().find(|p| p.id == plan.id) {
                    Some(mine) => *mine = plan,
                    None => ps.insert(0, plan),
                }
            }
        });
    }

    /// Reads one plan, tracking changes: for views.
    pub fn read<T>(&self, id: &str, f: impl FnOnce(&Plan) -> T) -> Option<T> {
        self.plans.with(|ps| ps.iter().find(|p| p.id == id).map(f))
    }

    /// The ids of all plans, in list order, untracked: for actions.
    pub fn ids(&self) -> Vec<String> {
        self.plans.with_untracked(|ps| ps.iter().map(|p| p.id.clone()).collect())
    }

    pub fn find(&self, id: &str) -> Option<Plan> {
        self.plans.with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
    }

    /// Creates an empty plan first in the list and returns its id.
    pub fn create(&self, name: String) -> String {
        let plan = Plan::new(new_id("p", browser::random), name, &browser::now());
        let id = plan.id.clone();
        self.history.update(|h| h.record(&id, None, now_ms(), false));
        self.notice.set(None);
        self.put(plan);
        self.persist(&id);
        self.ask_to_persist();
        id
    }

    /// Changes one plan and saves it; typing in quick succession undoes as one step.
    pub fn edit(&self, id: &str, change: impl FnOnce(&mut Plan)) {
        self.change(id, None, change);
    }

    /// Like `edit`, but its own undo step, offered afterwards with `message`.
    pub fn edit_undoable(&self, id: &str, message: String, change: impl FnOnce(&mut Plan)) {
        self.change(id, Some(message), change);
    }

    fn change(&self, id: &str, message: Option<String>, change: impl FnOnce(&mut Plan)) {
        let now = now_ms();
        let typing = message.is_none();
        let before = if typing && self.history.with_untracked(|h| h.extends_last(id, now)) { None } else { self.find(id) };
        let mut found = false;
        self.plans.update(|ps| {
            if let Some(plan) = ps.iter_mut().find(|p| p.id == id) {
                change(plan);
                plan.updated = browser::now();
                found = true;
            }
        });
        if !found {
            return;
        }
        self.history.update(|h| h.record(id, before, now, typing));
        if self.notice.get_untracked() != message {
            self.notice.set(message);
        }
        self.persist(id);
    }

    pub fn duplicate(&self, id: &str, name: String) -> Option<String> {
        let copy = self.find(id)?.duplicate(new_id("p", browser::random), name, &browser::now());
        let new = copy.id.clone();
        self.history.update(|h| h.record(&new, None, now_ms(), false));
        self.notice.set(None);
        self.put(copy);
        self.persist(&new);
        Some(new)
    }

    pub fn delete(&self, id: &str, message: String) {
        let Some(before) = self.find(id) else { return };
        self.history.update(|h| h.record(id, Some(before), now_ms(), false));
        browser::remove(&browser::key_for(id));
        self.plans.update(|ps| ps.retain(|p| p.id != id));
        self.notice.set(Some(message));
    }

    /// Adds imported plans, replacing any with the same id, as one undoable step.
    pub fn import(&self, plans: Vec<Plan>, message: String) {
        let before = plans.iter().map(|p| Restore { plan_id: p.id.clone(), plan: self.find(&p.id) }).collect();
        self.history.update(|h| h.record_group(before, now_ms()));
        let ids: Vec<String> = plans.iter().map(|p| p.id.clone()).collect();
        self.put_all(plans);
        for id in &ids {
            self.persist(id);
        }
        self.notice.set(Some(message));
        self.ask_to_persist();
    }

    /// Notes that these plans are now in an export file. Not a change to undo, and not
    /// an edit: `updated` stays, so "changed since export" compares honestly.
    pub fn mark_exported(&self, ids: &[String], now: &str) {
        self.plans.update(|ps| {
            for plan in ps.iter_mut().filter(|p| ids.contains(&p.id)) {
                plan.last_exported = now.to_string();
            }
        });
        for id in ids {
            self.persist(id);
        }
    }

    pub fn undo(&self) {
        let restores = self.history.try_update(|h| h.undo(|id| self.find(id))).unwrap_or_default();
        self.apply(restores);
    }

    pub fn redo(&self) {
        let restores = self.history.try_update(|h| h.redo(|id| self.find(id))).unwrap_or_default();
        self.apply(restores);
    }

    fn apply(&self, restores: Vec<Restore>) {
        self.notice.set(None);
        for Restore { plan_id, plan } in restores {
            match plan {
                Some(plan) => {
                    self.put(plan);
                    self.persist(&plan_id);
                }
                None => {
                    browser::remove(&browser::key_for(&plan_id));
                    self.plans.update(|ps| ps.retain(|p| p.id != plan_id));
                }
            }
        }
    }

    /// Deletes everything the app keeps in this browser, for a shared machine; not
    /// undoable, so the history goes too. Returns how many plans there were.
    pub fn erase_all(&self) -> usize {
        let count = self.plans.with_untracked(Vec::len);
        self.unsaved.set_value(Vec::new());
        browser::erase_all();
        self.plans.set(Vec::new());
        self.unreadable.set(Vec::new());
        self.history.set(History::default());
        self.notice.set(None);
        self.save_failed.set(None);
        count
    }

    /// Forgets an unreadable stored copy for good, after the user chose to.
    pub fn discard_unreadable(&self, key: &str) {
        browser::remove(key);
        self.unreadable.update(|u| u.retain(|x| x.key != key));
    }
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}
