//! The app's reactive state and the only operations that change it. Each operation
//! updates the signal, records how to undo it, and queues exactly the plans it touched to
//! be written.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use leptos::prelude::*;

use crate::plan::sync::{leaves, merge};
use crate::plan::{new_id, History, Plan, Restore};
use crate::store::plans::{ChangeElsewhere, Opened, Store, Unreadable, WriteError};
use crate::store::{browser, envelope};

#[derive(Clone, Copy)]
pub struct AppState {
    pub plans: RwSignal<Vec<Plan>>,
    pub unreadable: RwSignal<Vec<Unreadable>>,
    pub storage_available: RwSignal<bool>,
    /// Plans whose last write failed (storage full or blocked) and that are still only in
    /// memory, in list order; empty once everything is written.
    pub save_failed: RwSignal<Vec<String>>,
    pub history: RwSignal<History>,
    /// What the last action did, offered with "Angre" (or "Gjør om") until the user acts again.
    pub notice: RwSignal<Option<Notice>>,
    /// An undo or redo that would remove plans, waiting for the user to confirm it.
    pub asking: RwSignal<Option<Asking>>,
    /// Whether the browser has promised to keep our storage; `None` until it answers.
    pub persisted: RwSignal<Option<bool>>,
    store: StoredValue<Option<Store>, LocalStorage>,
    queue: StoredValue<Queue, LocalStorage>,
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

/// The plan to write when storage holds `stored` for the same id (written by another
/// tab): both sides' edits, merged.
fn combine(mine: &Plan, stored: Option<Plan>) -> Plan {
    match stored {
        Some(stored) => merge(mine, &stored),
        None => mine.clone(),
    }
}

impl AppState {
    pub fn new(opened: Opened) -> Self {
        let Opened {
            store,
            loaded,
            unwritten,
        } = opened;
        let mut plans = loaded.plans;
        plans.sort_by(|a, b| b.updated.cmp(&a.updated));
        let state = AppState {
            plans: RwSignal::new(plans),
            unreadable: RwSignal::new(loaded.unreadable),
            storage_available: RwSignal::new(store.is_some()),
            save_failed: RwSignal::new(Vec::new()),
            history: RwSignal::new(History::default()),
            notice: RwSignal::new(None),
            asking: RwSignal::new(None),
            persisted: RwSignal::new(None),
            store: StoredValue::new_local(store),
            queue: StoredValue::new_local(Queue::default()),
            actor: StoredValue::new(new_id("t", browser::random)),
            bases: StoredValue::new(HashMap::new()),
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
            let Some(store) = self.store.get_value() else {
                return;
            };
            let (mut plans, mut removed) = (Vec::new(), Vec::new());
            for id in self
                .queue
                .with_value(|q| q.pending.keys().cloned().collect::<Vec<_>>())
            {
                // Stamped, so that the next start merges the copy with what was written.
                self.seal(&id);
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
        let Some(store) = self.store.get_value() else {
            return;
        };
        store.follow_other_tabs(move |change| match change {
            ChangeElsewhere::Saved(plan) => self.absorb(*plan, true),
            ChangeElsewhere::Removed(id) => {
                self.history.update(|h| h.forget(&id));
                self.bases.update_value(|b| drop(b.remove(&id)));
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
        let set = self
            .queue
            .try_update_value(|q| !std::mem::replace(&mut q.timer, true));
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
            let round: Vec<(String, u64)> = self.queue.with_value(|q| {
                q.pending
                    .iter()
                    .map(|(id, change)| (id.clone(), *change))
                    .collect()
            });
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
        let Some(store) = self.store.get_value() else {
            return false;
        };
        // This tab's edits are stamped first, so the merge tells them from the other tab's.
        self.seal(id);
        let result = match self.find(id) {
            Some(mine) => match store
                .save(id, &browser::now(), |stored| combine(&mine, stored))
                .await
            {
                Ok(written) => {
                    self.history.update_untracked(|h| {
                        h.note_size(id, envelope::encode(&written, "").len())
                    });
                    // Typing during the write is sealed and kept; the other tab's edits come in.
                    self.absorb(written, false);
                    Ok(())
                }
                Err(error) => Err(error),
            },
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
                .partition(|(ids, _)| {
                    ids.iter()
                        .all(|id| !q.pending.contains_key(id) || failed.contains(id))
                });
            q.waiting = waiting;
            (failed, answered)
        }) else {
            return;
        };
        let unwritten: Vec<String> = self
            .ids()
            .into_iter()
            .filter(|id| failed.contains(id))
            .collect();
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
        self.bases.update_value(HashMap::clear);
        self.asking.set(None);
        self.notice.set(None);
        self.save_failed.set(Vec::new());
    }

    /// Stamps this tab's edits to a plan since it was last sealed, so that a merge tells
    /// them from other tabs' edits. Untracked: stamps are not shown.
    fn seal(&self, id: &str) {
        let (actor, now) = (self.actor.get_value(), now_ms() as u64);
        self.plans.update_untracked(|ps| {
            let Some(plan) = ps.iter_mut().find(|p| p.id == id) else {
                return;
            };
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
                self.bases
                    .update_value(|b| drop(b.insert(id.to_string(), plan)));
            }
        }
    }

    /// Takes in another copy of a plan (another tab saved it, or the merge just written):
    /// this tab's own edits are sealed first and merged with it, so both survive. Undo
    /// steps for the plan are dropped when its content changed, as they would put back an
    /// older copy. With `rewrite`, what the stored copy lacks is written again.
    fn absorb(&self, theirs: Plan, rewrite: bool) {
        let id = theirs.id.clone();
        let Some(mine) = self.find(&id) else {
            if rewrite {
                self.put(theirs);
            }
            return;
        };
        self.seal(&id);
        let mine = self.find(&id).unwrap_or(mine);
        let merged = merge(&mine, &theirs);
        if rewrite && merged != theirs {
            self.persist(&id);
        }
        if merged == mine {
            return;
        }
        // Undo steps would put back an older copy of what the other side changed; a change
        // of bookkeeping alone (when it was exported) leaves them.
        let content_differs =
            leaves(&merged) != leaves(&mine) || merged.text_conflicts() != mine.text_conflicts();
        let shown_differs = Plan {
            sync: mine.sync.clone(),
            ..merged.clone()
        } != mine;
        self.bases
            .update_value(|b| drop(b.insert(id.clone(), merged.clone())));
        if content_differs {
            self.history.update(|h| h.forget(&id));
        }
        if shown_differs {
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
        self.plans
            .with_untracked(|ps| ps.iter().map(|p| p.id.clone()).collect())
    }

    pub fn find(&self, id: &str) -> Option<Plan> {
        self.plans
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
    }

    /// Creates an empty plan first in the list and returns its id.
    pub fn create(&self, name: String) -> String {
        let plan = Plan::new(new_id("p", browser::random), name, &browser::now());
        let id = plan.id.clone();
        self.history
            .update(|h| h.record(&id, None, now_ms(), false));
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
        let before = if typing && self.history.with_untracked(|h| h.extends_last(id, now)) {
            None
        } else {
            self.find(id)
        };
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
        let notice = message.map(|message| Notice {
            message,
            offer: Some(Offer::Undo),
        });
        if self.notice.get_untracked() != notice {
            self.notice.set(notice);
        }
        self.persist(id);
    }

    pub fn duplicate(&self, id: &str, name: String) -> Option<String> {
        let copy = self
            .find(id)?
            .duplicate(new_id("p", browser::random), name, &browser::now());
        let new = copy.id.clone();
        self.history
            .update(|h| h.record(&new, None, now_ms(), false));
        self.notice.set(None);
        self.put(copy);
        self.persist(&new);
        Some(new)
    }

    pub fn delete(&self, id: &str, message: String) {
        let Some(before) = self.find(id) else { return };
        self.history
            .update(|h| h.record(id, Some(before), now_ms(), false));
        self.plans.update(|ps| ps.retain(|p| p.id != id));
        self.persist(id);
        self.notice.set(Some(Notice {
            message,
            offer: Some(Offer::Undo),
        }));
    }

    /// This tab's copy of a plan with its edits stamped: what a merge is computed from.
    pub fn sealed(&self, id: &str) -> Option<Plan> {
        self.seal(id);
        self.find(id)
    }

    /// Adds imported plans as one undoable step: those in `merging` are merged with the
    /// plan of their id here, the others replace any with the same id. Once every one has
    /// been tried, `report` gets the ids of those storage refused (kept only in memory)
    /// and returns the message offered with "Angre".
    pub fn import(
        &self,
        plans: Vec<Plan>,
        merging: &[String],
        report: impl FnOnce(Vec<String>) -> String + 'static,
    ) {
        let plans: Vec<Plan> = plans
            .into_iter()
            .map(|plan| match merging.contains(&plan.id) {
                true => match self.sealed(&plan.id) {
                    Some(here) => merge(&here, &plan),
                    None => plan,
                },
                false => plan,
            })
            .collect();
        let before = plans
            .iter()
            .map(|p| Restore {
                plan_id: p.id.clone(),
                plan: self.find(&p.id),
            })
            .collect();
        self.history.update(|h| h.record_group(before, now_ms()));
        let ids: Vec<String> = plans.iter().map(|p| p.id.clone()).collect();
        for plan in &plans {
            if merging.contains(&plan.id) {
                // A merge keeps both sides' stamps: none of it is this tab's new edit, so
                // the other browser, given this plan back, converges instead of conflicting.
                self.bases
                    .update_value(|b| drop(b.insert(plan.id.clone(), plan.clone())));
            } else {
                // A replacing import is this tab's edit of the plan: it wins over older copies.
                self.remember_base(&plan.id);
            }
        }
        // A damaged record under an imported id is set aside first, kept to download.
        let damaged: Vec<Unreadable> = self
            .unreadable
            .with_untracked(|u| u.iter().filter(|x| ids.contains(&x.id)).cloned().collect());
        self.put_all(plans);
        let state = *self;
        let store = self.store.get_value();
        let pending = ids.clone();
        leptos::task::spawn_local(async move {
            if let Some(store) = store {
                for entry in damaged {
                    if let Ok(moved) = store.set_aside(&entry).await {
                        state.unreadable.update(|u| {
                            u.retain(|x| x.id != entry.id && x.id != moved.id);
                            u.push(moved);
                        });
                    }
                }
            }
            for id in &pending {
                state.persist(id);
            }
        });
        self.notice.set(None);
        let answer = move |unwritten| {
            state.notice.set(Some(Notice {
                message: report(unwritten),
                offer: Some(Offer::Undo),
            }))
        };
        self.queue
            .update_value(|q| q.waiting.push((ids, Box::new(answer))));
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
        let title = |id: &str| {
            self.plans.with_untracked(|ps| {
                ps.iter()
                    .find(|p| p.id == id)
                    .map(|p| p.title(untitled).to_string())
            })
        };
        let removes = self.history.with_untracked(|h| {
            let next = if redo {
                h.next_redo(scope)
            } else {
                h.next_undo(scope)
            };
            next.map(|restores| {
                restores
                    .iter()
                    .filter(|r| r.plan.is_none())
                    .filter_map(|r| title(&r.plan_id))
                    .collect::<Vec<_>>()
            })
        });
        let Some(removes) = removes else {
            return Undone::Nothing;
        };
        if !removes.is_empty() && !confirmed {
            self.asking.set(Some(Asking {
                redo,
                scope: scope.map(str::to_string),
                removes,
            }));
            return Undone::Asking;
        }
        self.asking.set(None);
        // Named as the user knows them now, before the step changes their names.
        let titles: Vec<String> = self
            .history
            .with_untracked(|h| {
                let next = if redo {
                    h.next_redo(scope)
                } else {
                    h.next_undo(scope)
                };
                next.map(|rs| {
                    rs.iter()
                        .filter_map(|r| {
                            title(&r.plan_id)
                                .or_else(|| r.plan.as_ref().map(|p| p.title(untitled).to_string()))
                        })
                        .collect()
                })
            })
            .unwrap_or_default();
        let current = |id: &str| self.find(id);
        let restores = self
            .history
            .try_update(|h| {
                if redo {
                    h.redo(scope, current)
                } else {
                    h.undo(scope, current)
                }
            })
            .unwrap_or_default();
        self.apply(restores);
        Undone::Changed(titles)
    }

    fn apply(&self, restores: Vec<Restore>) {
        self.notice.set(None);
        for Restore { plan_id, plan } in restores {
            match plan {
                Some(plan) => {
                    self.remember_base(&plan_id);
                    // Undoing is a change made now: later than the copy it replaces.
                    self.put(Plan {
                        updated: browser::now(),
                        ..plan
                    });
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
        crate::store::backup_file::erase();
        if let Some(store) = self.store.get_value() {
            leptos::task::spawn_local(async move {
                let _ = store.erase_all().await;
            });
        }
        count
    }

    /// Ids of plans whose stored record is damaged: an import of the same id must ask.
    pub fn damaged_ids(&self) -> Vec<String> {
        self.unreadable
            .with_untracked(|u| u.iter().map(|x| x.id.clone()).collect())
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
