//! The app's reactive state and the only operations that change it. Each operation
//! updates the signal, records how to undo it, and queues exactly the plans it touched to
//! be written.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use leptos::prelude::*;

use crate::plan::{new_id, History, Plan, Restore};
use crate::store::browser;
use crate::store::plans::{ChangeElsewhere, Opened, Store, Unreadable, WriteError};

#[derive(Clone, Copy)]
pub struct AppState {
    pub plans: RwSignal<Vec<Plan>>,
    pub unreadable: RwSignal<Vec<Unreadable>>,
    pub storage_available: RwSignal<bool>,
    /// Plans whose last write failed (storage full or blocked) and that are still only in
    /// memory, in list order; empty once everything is written.
    pub save_failed: RwSignal<Vec<String>>,
    pub history: RwSignal<History>,
    /// What the last undoable action did, offered with "Angre" until the user acts again.
    pub notice: RwSignal<Option<String>>,
    /// Whether the browser has promised to keep our storage; `None` until it answers.
    pub persisted: RwSignal<Option<bool>>,
    store: StoredValue<Option<Store>, LocalStorage>,
    queue: StoredValue<Queue, LocalStorage>,
}

/// Plans changed in memory and not yet written, and the writing of them.
#[derive(Default)]
struct Queue {
    /// Each unwritten plan with the number of its last change: a write that started before
    /// a later change does not count as writing that change.
    pending: HashMap<String, u64>,
    changes: u64,
    /// Plans whose last write failed; they stay pending and are tried again.
    failed: HashSet<String>,
    /// A timer to write is set.
    timer: bool,
    /// Writes are under way; `again` makes them go round once more when they are done.
    writing: bool,
    again: bool,
    /// Called once every one of these plans has been tried, with those that failed.
    waiting: Vec<(Vec<String>, Answer)>,
}

/// Told which of the plans it waited for could not be written.
type Answer = Box<dyn FnOnce(Vec<String>)>;

/// How long a change waits before it is written. Writing a large plan takes milliseconds,
/// so it never happens inside the keystroke or click that changed it; a burst of typing
/// is written once, and at most this much typing waits in memory.
const SAVE_DELAY: Duration = Duration::from_millis(300);
/// How often failed writes are tried again, so they succeed soon after space is freed.
const RETRY_DELAY: Duration = Duration::from_secs(2);

/// The plan to write when storage holds `stored` for the same id (written by another tab).
fn combine(mine: &Plan, _stored: Option<Plan>) -> Plan {
    mine.clone()
}

impl AppState {
    pub fn new(opened: Opened) -> Self {
        let Opened { store, loaded, unwritten } = opened;
        let mut plans = loaded.plans;
        plans.sort_by(|a, b| b.updated.cmp(&a.updated));
        let state = AppState {
            plans: RwSignal::new(plans),
            unreadable: RwSignal::new(loaded.unreadable),
            storage_available: RwSignal::new(store.is_some()),
            save_failed: RwSignal::new(Vec::new()),
            history: RwSignal::new(History::default()),
            notice: RwSignal::new(None),
            persisted: RwSignal::new(None),
            store: StoredValue::new_local(store),
            queue: StoredValue::new_local(Queue::default()),
        };
        for id in &unwritten {
            state.persist(id);
        }
        state
    }

    /// Starts writing pending changes when the user leaves or hides the page. IndexedDB is
    /// asynchronous and a page being left may not finish, so a copy is also kept at once
    /// for the next start; a hidden page that stays keeps the rest in memory, warned of.
    pub fn save_when_leaving(self) {
        browser::on_leave(move || {
            self.save_now();
            let Some(store) = self.store.get_value() else { return };
            let (mut plans, mut removed) = (Vec::new(), Vec::new());
            for id in self.queue.with_value(|q| q.pending.keys().cloned().collect::<Vec<_>>()) {
                match self.find(&id) {
                    Some(plan) => plans.push(plan),
                    None => removed.push(id),
                }
            }
            store.keep_until_next_start(&plans, &removed, &browser::now());
        });
    }

    /// Keeps this tab in step with saves and deletes made in other tabs, so an old copy
    /// here never overwrites newer work there.
    pub fn follow_other_tabs(self) {
        let Some(store) = self.store.get_value() else { return };
        store.follow_other_tabs(move |change| match change {
            ChangeElsewhere::Saved(plan) => self.put(*plan),
            ChangeElsewhere::Removed(id) => {
                self.plans.update(|ps| ps.retain(|p| p.id != id));
                self.unreadable.update(|u| u.retain(|x| x.id != id));
            }
            ChangeElsewhere::Unreadable(entry) => self.note_unreadable(entry),
            ChangeElsewhere::Erased => self.forget_all(),
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

    /// Marks a plan (as it is in memory, or its absence) to be written shortly.
    fn persist(&self, id: &str) {
        self.queue.update_value(|q| {
            q.changes += 1;
            q.pending.insert(id.to_string(), q.changes);
        });
        self.write_in(SAVE_DELAY);
    }

    /// Writes what is pending after `delay`, unless a timer for that is already set.
    fn write_in(&self, delay: Duration) {
        let set = self.queue.try_update_value(|q| !std::mem::replace(&mut q.timer, true));
        if set == Some(true) {
            let state = *self;
            set_timeout(move || state.save_now(), delay);
        }
    }

    /// Starts writing every plan that is not yet written; if writes are under way, they go
    /// round once more.
    pub fn save_now(&self) {
        let start = self.queue.try_update_value(|q| {
            q.timer = false;
            if q.writing {
                q.again = true;
                return false;
            }
            q.writing = !q.pending.is_empty();
            q.writing
        });
        if start == Some(true) {
            let state = *self;
            leptos::task::spawn_local(async move { state.write_pending().await });
        }
    }

    async fn write_pending(self) {
        loop {
            let round: Vec<(String, u64)> =
                self.queue.with_value(|q| q.pending.iter().map(|(id, change)| (id.clone(), *change)).collect());
            for (id, change) in round {
                let written = self.write(&id).await;
                self.queue.update_value(|q| {
                    if !written {
                        q.failed.insert(id);
                        return;
                    }
                    q.failed.remove(&id);
                    if q.pending.get(&id) == Some(&change) {
                        q.pending.remove(&id);
                    }
                });
            }
            let again = self.queue.try_update_value(|q| {
                q.writing = std::mem::take(&mut q.again);
                q.writing
            });
            self.after_round();
            if again != Some(true) {
                break;
            }
        }
    }

    /// Writes one plan as it is in memory now, or removes its record when it is no longer
    /// here. False when it must be tried again.
    async fn write(&self, id: &str) -> bool {
        let Some(store) = self.store.get_value() else { return false };
        let result = match self.find(id) {
            // The merge will put what it returns in memory; until then memory is the truth.
            Some(mine) => store.save(id, &browser::now(), |stored| combine(&mine, stored)).await.map(drop),
            None => store.remove(id).await,
        };
        match result {
            Ok(()) => true,
            Err(WriteError::Refused) => false,
            Err(WriteError::Unreadable(entry)) => {
                // A plan cannot be saved over it, but a deleted one is gone from here either way.
                let removing = self.find(id).is_none();
                self.note_unreadable(entry);
                removing
            }
        }
    }

    /// After a round of writes: shows which plans are still unwritten, answers those
    /// waiting for their plans, and tries failures again later.
    fn after_round(&self) {
        let Some((failed, answered)) = self.queue.try_update_value(|q| {
            let failed = q.failed.clone();
            let (answered, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut q.waiting)
                .into_iter()
                .partition(|(ids, _)| ids.iter().all(|id| !q.pending.contains_key(id) || failed.contains(id)));
            q.waiting = waiting;
            (failed, answered)
        }) else {
            return;
        };
        let unwritten: Vec<String> = self.ids().into_iter().filter(|id| failed.contains(id)).collect();
        if self.save_failed.get_untracked() != unwritten {
            self.save_failed.set(unwritten);
        }
        for (ids, answer) in answered {
            answer(ids.into_iter().filter(|id| failed.contains(id)).collect());
        }
        if !failed.is_empty() {
            self.write_in(RETRY_DELAY);
        }
    }

    /// Lists a stored record that cannot be read, once.
    fn note_unreadable(&self, entry: Unreadable) {
        if !self.unreadable.with_untracked(|u| u.contains(&entry)) {
            self.unreadable.update(|u| {
                u.retain(|x| x.id != entry.id);
                u.push(entry);
            });
        }
    }

    /// Drops every plan from memory, with its history and unwritten changes.
    fn forget_all(&self) {
        self.queue.update_value(|q| {
            q.pending.clear();
            q.failed.clear();
            q.waiting.clear();
        });
        self.plans.set(Vec::new());
        self.unreadable.set(Vec::new());
        self.history.set(History::default());
        self.notice.set(None);
        self.save_failed.set(Vec::new());
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
        self.plans.update(|ps| ps.retain(|p| p.id != id));
        self.persist(id);
        self.notice.set(Some(message));
    }

    /// Adds imported plans, replacing any with the same id, as one undoable step. Once
    /// every one has been tried, `report` gets the ids of those storage refused (kept only
    /// in memory) and returns the message offered with "Angre".
    pub fn import(&self, plans: Vec<Plan>, report: impl FnOnce(Vec<String>) -> String + 'static) {
        let before = plans.iter().map(|p| Restore { plan_id: p.id.clone(), plan: self.find(&p.id) }).collect();
        self.history.update(|h| h.record_group(before, now_ms()));
        let ids: Vec<String> = plans.iter().map(|p| p.id.clone()).collect();
        self.put_all(plans);
        for id in &ids {
            self.persist(id);
        }
        self.notice.set(None);
        let state = *self;
        let answer = move |unwritten| state.notice.set(Some(report(unwritten)));
        self.queue.update_value(|q| q.waiting.push((ids, Box::new(answer))));
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
                    self.plans.update(|ps| ps.retain(|p| p.id != plan_id));
                    self.persist(&plan_id);
                }
            }
        }
    }

    /// Deletes everything the app keeps in this browser, for a shared machine; not
    /// undoable, so the history goes too. Returns how many plans there were.
    pub fn erase_all(&self) -> usize {
        let count = self.plans.with_untracked(Vec::len);
        self.forget_all();
        if let Some(store) = self.store.get_value() {
            leptos::task::spawn_local(async move {
                let _ = store.erase_all().await;
            });
        }
        count
    }

    /// Forgets a stored record that cannot be read, for good, after the user chose to.
    pub fn discard_unreadable(&self, id: &str) {
        self.unreadable.update(|u| u.retain(|x| x.id != id));
        if let Some(store) = self.store.get_value() {
            let id = id.to_string();
            leptos::task::spawn_local(async move {
                let _ = store.discard(&id).await;
            });
        }
    }
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}
