//! The app's reactive state and the only operations that change it. Each operation
//! updates the signal, records how to undo it, and persists exactly the plans it touched.

use std::time::Duration;

use leptos::prelude::*;

use std::collections::HashMap;

use crate::plan::sync::merge;
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
    /// What the last action did, offered with "Angre" (or "Gjør om") until the user acts again.
    pub notice: RwSignal<Option<Notice>>,
    /// An undo or redo that would remove plans, waiting for the user to confirm it.
    pub asking: RwSignal<Option<Asking>>,
    /// Whether the browser has promised to keep our storage; `None` until it answers.
    pub persisted: RwSignal<Option<bool>>,
    /// Plans changed in memory and not yet written to storage.
    unsaved: StoredValue<Vec<String>>,
    /// This tab's name in change stamps: each tab is its own copy of the plans.
    actor: StoredValue<String>,
    /// Each plan as last sealed or merged: what this tab's next edits are told apart from.
    bases: StoredValue<HashMap<String, Plan>>,
}

/// The toast after an action: what happened and what the button next to it does.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub message: String,
    pub offer: Option<Offer>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    Undo,
    Redo,
}

/// An undo (or redo, `redo`) in `scope` that would remove the plans titled `removes`.
#[derive(Debug, Clone, PartialEq)]
pub struct Asking {
    pub redo: bool,
    pub scope: Option<String>,
    pub removes: Vec<String>,
}

/// What an undo or redo did.
#[derive(Debug, Clone, PartialEq)]
pub enum Undone {
    /// Nothing to take back here.
    Nothing,
    /// It would remove plans (their titles): nothing done, the user is asked.
    Asking,
    /// It changed these plans (their titles).
    Changed(Vec<String>),
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
            asking: RwSignal::new(None),
            persisted: RwSignal::new(None),
            unsaved: StoredValue::new(Vec::new()),
            actor: StoredValue::new(new_id("t", browser::random)),
            bases: StoredValue::new(HashMap::new()),
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
            ChangeElsewhere::Saved(plan) => self.absorb(*plan, true),
            ChangeElsewhere::Removed(id) => {
                self.history.update(|h| h.forget(&id));
                self.bases.update_value(|b| drop(b.remove(&id)));
                self.plans.update(|ps| ps.retain(|p| p.id != id));
            }
            ChangeElsewhere::Discarded(key) => self.unreadable.update(|u| u.retain(|x| x.key != key)),
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

    /// Writes every plan changed since the last write, each merged with what another tab
    /// may have stored meanwhile, so neither tab's edits are overwritten.
    pub fn save_now(&self) {
        let ids = self.unsaved.try_update_value(std::mem::take).unwrap_or_default();
        if ids.is_empty() {
            return;
        }
        let now = browser::now();
        for id in &ids {
            self.seal(id);
            match browser::load_one(id) {
                // Written just below: no second write for what the stored copy lacks.
                Some(Ok(stored)) => self.absorb(stored, false),
                // Never written over: moved aside first, still listed to download.
                Some(Err(damaged)) => self.keep_aside(&damaged),
                None => {}
            }
        }
        let failed = self.plans.with_untracked(|ps| {
            ps.iter().filter(|p| ids.contains(&p.id)).find_map(|p| match browser::save(p, &now) {
                Some(bytes) => {
                    self.history.update_untracked(|h| h.note_size(&p.id, bytes));
                    None
                }
                None => Some(p.id.clone()),
            })
        });
        if self.save_failed.get_untracked() != failed {
            self.save_failed.set(failed);
        }
    }

    /// Stamps this tab's edits to a plan since it was last sealed, so that a merge tells
    /// them from other tabs' edits. Untracked: stamps are not shown.
    fn seal(&self, id: &str) {
        let (actor, now) = (self.actor.get_value(), now_ms() as u64);
        self.plans.update_untracked(|ps| {
            let Some(plan) = ps.iter_mut().find(|p| p.id == id) else { return };
            self.bases.update_value(|bases| {
                if let Some(base) = bases.get(id) {
                    plan.seal(base, &actor, now);
                    bases.insert(id.to_string(), plan.clone());
                }
            });
        });
    }

    /// Keeps the plan as it is before this tab first changes it, so that `seal` can tell
    /// this tab's edits (typing, a replacing import, an undo) from what was there.
    fn remember_base(&self, id: &str) {
        if !self.bases.with_value(|b| b.contains_key(id)) {
            if let Some(plan) = self.find(id) {
                self.bases.update_value(|b| drop(b.insert(id.to_string(), plan)));
            }
        }
    }

    /// Takes in another copy of a plan (another tab saved it): this tab's own edits are
    /// sealed first and merged with it, so both survive. Undo steps for the plan are
    /// dropped when its content changed, as they would put back an older copy.
    fn absorb(&self, theirs: Plan, rewrite: bool) {
        let id = theirs.id.clone();
        let Some(mine) = self.find(&id) else {
            self.put(theirs);
            return;
        };
        self.seal(&id);
        let mine = self.find(&id).unwrap_or(mine);
        let merged = merge(&mine, &theirs);
        // What the stored copy lacks must be written, or the other tab's write would be
        // the last word in storage.
        if rewrite && merged != theirs {
            self.persist(&id);
        }
        if merged == mine {
            return;
        }
        let shown_differs = Plan { sync: mine.sync.clone(), updated: mine.updated.clone(), ..merged.clone() } != mine
            || merged.text_conflicts() != mine.text_conflicts();
        self.bases.update_value(|b| drop(b.insert(id.clone(), merged.clone())));
        if shown_differs {
            self.history.update(|h| h.forget(&id));
            self.put(merged);
        } else {
            self.plans.update_untracked(|ps| {
                if let Some(p) = ps.iter_mut().find(|p| p.id == id) {
                    *p = merged;
                }
            });
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
        self.remember_base(id);
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
        let notice = message.map(|message| Notice { message, offer: Some(Offer::Undo) });
        if self.notice.get_untracked() != notice {
            self.notice.set(notice);
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
        self.notice.set(Some(Notice { message, offer: Some(Offer::Undo) }));
    }

    /// Adds imported plans, replacing any with the same id, as one undoable step.
    pub fn import(&self, plans: Vec<Plan>, message: String) {
        // A damaged copy under an imported id is set aside before the plan is saved there.
        let damaged: Vec<Unreadable> =
            self.unreadable.with_untracked(|u| u.iter().filter(|x| plans.iter().any(|p| x.key == browser::key_for(&p.id))).cloned().collect());
        for entry in &damaged {
            self.keep_aside(entry);
        }
        let before = plans.iter().map(|p| Restore { plan_id: p.id.clone(), plan: self.find(&p.id) }).collect();
        self.history.update(|h| h.record_group(before, now_ms()));
        let ids: Vec<String> = plans.iter().map(|p| p.id.clone()).collect();
        // A replacing import is this tab's edit of the plan: it wins over older copies.
        for id in &ids {
            self.remember_base(id);
        }
        self.put_all(plans);
        for id in &ids {
            self.persist(id);
        }
        self.notice.set(Some(Notice { message, offer: Some(Offer::Undo) }));
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

    /// Takes back the last change in `scope` (a plan's pages) or anywhere (`None`). One
    /// that would remove a plan is not done unless `confirmed`: the user is asked first,
    /// as for a delete. `untitled` names plans without a title.
    pub fn undo(&self, scope: Option<&str>, untitled: &str, confirmed: bool) -> Undone {
        self.step(false, scope, untitled, confirmed)
    }

    pub fn redo(&self, scope: Option<&str>, untitled: &str, confirmed: bool) -> Undone {
        self.step(true, scope, untitled, confirmed)
    }

    fn step(&self, redo: bool, scope: Option<&str>, untitled: &str, confirmed: bool) -> Undone {
        let title = |id: &str| self.plans.with_untracked(|ps| ps.iter().find(|p| p.id == id).map(|p| p.title(untitled).to_string()));
        let removes = self.history.with_untracked(|h| {
            let next = if redo { h.next_redo(scope) } else { h.next_undo(scope) };
            next.map(|restores| restores.iter().filter(|r| r.plan.is_none()).filter_map(|r| title(&r.plan_id)).collect::<Vec<_>>())
        });
        let Some(removes) = removes else { return Undone::Nothing };
        if !removes.is_empty() && !confirmed {
            self.asking.set(Some(Asking { redo, scope: scope.map(str::to_string), removes }));
            return Undone::Asking;
        }
        self.asking.set(None);
        // Named as the user knows them now, before the step changes their names.
        let titles: Vec<String> = self.history.with_untracked(|h| {
            let next = if redo { h.next_redo(scope) } else { h.next_undo(scope) };
            next.map(|rs| rs.iter().filter_map(|r| title(&r.plan_id).or_else(|| r.plan.as_ref().map(|p| p.title(untitled).to_string()))).collect())
        }).unwrap_or_default();
        let current = |id: &str| self.find(id);
        let restores =
            self.history.try_update(|h| if redo { h.redo(scope, current) } else { h.undo(scope, current) }).unwrap_or_default();
        self.apply(restores);
        Undone::Changed(titles)
    }

    fn apply(&self, restores: Vec<Restore>) {
        self.notice.set(None);
        for Restore { plan_id, plan } in restores {
            match plan {
                Some(plan) => {
                    self.remember_base(&plan_id);
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
        self.bases.update_value(HashMap::clear);
        self.notice.set(None);
        self.asking.set(None);
        self.save_failed.set(None);
        count
    }

    /// Moves a damaged stored copy out of the way of its plan's saves, still listed.
    fn keep_aside(&self, damaged: &Unreadable) {
        if let Some(moved) = browser::set_aside(damaged) {
            self.unreadable.update(|u| {
                u.retain(|x| x.key != damaged.key && x.key != moved.key);
                u.push(moved);
            });
        }
    }

    /// Ids of plans whose stored copy is damaged: an import of the same id must ask.
    pub fn damaged_ids(&self) -> Vec<String> {
        self.unreadable.with_untracked(|u| u.iter().filter_map(|x| browser::id_of(&x.key).map(str::to_string)).collect())
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
