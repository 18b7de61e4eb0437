//! Where plans are kept: IndexedDB database "dekom", object store "plans", one record per
//! plan under its id, holding the envelope text `envelope::encode` makes. A change writes
//! only the plan it touched, and the limit is the browser's quota for the site, not
//! localStorage's 5 MB. Every committed write is told to the other tabs (`tabs`), which
//! read the record again. Plans that earlier versions kept in localStorage move here on
//! the first start. Nothing here panics: callers get a value that says what happened, and
//! a record that cannot be read is left exactly as found until the user discards it.

use std::rc::Rc;

use idb::{Database, Factory, ObjectStoreParams, TransactionMode, TransactionResult};
use wasm_bindgen::JsValue;

use super::browser;
use super::envelope::{self, ReadError};
use super::tabs::{Tabs, Told};
use crate::plan::sync::merge;
use crate::plan::Plan;

const DB_NAME: &str = "dekom";
const DB_VERSION: u32 = 1;
const PLANS: &str = "plans";

/// A stored record that could not be read. It stays in storage untouched until the user
/// downloads or discards it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The record's key: the id of the plan it was meant to hold.
    pub id: String,
    pub raw: String,
    pub error: ReadError,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub plans: Vec<Plan>,
    pub unreadable: Vec<Unreadable>,
}

/// Storage and what it held when the app started. No store when the browser gives none
/// (IndexedDB missing, blocked, or failing to open): the app then runs in memory.
pub struct Opened {
    pub store: Option<Store>,
    pub loaded: Loaded,
    /// Plans loaded from a copy that is not in IndexedDB yet, to be written.
    pub unwritten: Vec<String>,
}

/// Why a write did not happen.
#[derive(Debug)]
pub enum WriteError {
    /// Storage refused it (full, blocked, closed): worth trying again later.
    Refused,
    /// The stored record cannot be read, so it was left as it is rather than overwritten.
    Unreadable(Unreadable),
}

/// What another tab of this browser did to the stored plans.
pub enum ChangeElsewhere {
    Saved(Box<Plan>),
    Unreadable(Unreadable),
    Removed(String),
    Erased,
}

/// The open database; cheap to clone (one connection shared).
#[derive(Clone)]
pub struct Store {
    db: Rc<Database>,
    tabs: Rc<Tabs>,
}

/// Opens storage, moves in what localStorage holds and loads every plan.
pub async fn open() -> Opened {
    let Some(store) = Store::open().await else {
        return in_memory();
    };
    store.take_over_local_storage().await;
    // Saving into storage that could not be read would be saving blind.
    let Ok(mut loaded) = store.load_all().await else {
        return in_memory();
    };
    // A newer plan still in localStorage could not be moved in (storage full): it is shown,
    // and saved like any change.
    let mut unwritten = Vec::new();
    for (id, raw) in browser::local_plans() {
        let Ok(plan) = read(&id, &JsValue::from_str(&raw)) else {
            continue;
        };
        match loaded.plans.iter_mut().find(|p| p.id == id) {
            Some(stored) => {
                // Both copies' edits, as two tabs' saves are merged.
                let merged = merge(stored, &plan);
                if merged == *stored {
                    continue;
                }
                *stored = merged;
            }
            None if loaded.unreadable.iter().any(|u| u.id == id) => continue,
            None => loaded.plans.push(plan),
        }
        unwritten.push(id);
    }
    Opened {
        store: Some(store),
        loaded,
        unwritten,
    }
}

/// Without IndexedDB the plans localStorage holds are still shown; changes stay in memory.
fn in_memory() -> Opened {
    let mut loaded = Loaded::default();
    let removed = browser::local_removals();
    for (id, raw) in browser::local_plans()
        .into_iter()
        .filter(|(id, _)| !removed.contains(id))
    {
        match read(&id, &JsValue::from_str(&raw)) {
            Ok(plan) => loaded.plans.push(plan),
            Err(unreadable) => loaded.unreadable.push(unreadable),
        }
    }
    Opened {
        store: None,
        loaded,
        unwritten: Vec::new(),
    }
}

fn refused(_: idb::Error) -> WriteError {
    WriteError::Refused
}

/// Reads one record's value as a plan stored under `id`.
/// Between a plan's id and the time in the key of a damaged record set aside.
const ASIDE: &str = "~damaged-";

fn read(id: &str, value: &JsValue) -> Result<Plan, Unreadable> {
    // The app writes only text; anything else is shown as the JSON it is.
    let raw = value
        .as_string()
        .or_else(|| js_sys::JSON::stringify(value).ok().map(String::from))
        .unwrap_or_default();
    // A damaged record set aside (`set_aside`) is never read as a plan.
    if id.contains(ASIDE) {
        let error = envelope::decode(&raw).err().unwrap_or(ReadError::NotAPlan);
        return Err(Unreadable {
            id: id.to_string(),
            raw,
            error,
        });
    }
    match envelope::decode(&raw) {
        // A plan whose id does not match its key would be saved under another key and
        // leave a stale twin behind; the key is the truth.
        Ok(plan) => Ok(Plan {
            id: id.to_string(),
            ..plan
        }),
        Err(error) => Err(Unreadable {
            id: id.to_string(),
            raw,
            error,
        }),
    }
}

impl Store {
    async fn open() -> Option<Store> {
        let factory = Factory::new().ok()?;
        let mut request = factory.open(DB_NAME, Some(DB_VERSION)).ok()?;
        request.on_upgrade_needed(|event| {
            use idb::DatabaseEvent;
            // Version 1 is the first, so the only step is creating the store.
            if let Ok(db) = event.database() {
                let _ = db.create_object_store(PLANS, ObjectStoreParams::new());
            }
        });
        let db = request.await.ok()?;
        Some(Store {
            db: Rc::new(db),
            tabs: Rc::new(Tabs::open()),
        })
    }

    /// Moves plans kept in localStorage into IndexedDB: those of earlier versions, and the
    /// copies and removals `keep_until_next_start` noted as the page was left. They leave
    /// localStorage only after that transaction has committed, so a failure at any point
    /// leaves them where they were.
    async fn take_over_local_storage(&self) {
        let (entries, removals) = (browser::local_plans(), browser::local_removals());
        if entries.is_empty() && removals.is_empty() {
            return;
        }
        if let Ok(done) = self.copy_in(&entries, &removals).await {
            for id in done {
                browser::forget_local(&id, |_| false);
                // A tab already open hears of it as of any write.
                self.tabs.tell(&if removals.contains(&id) {
                    Told::Removed(id)
                } else {
                    Told::Saved(id)
                });
            }
        }
    }

    /// Writes each entry whose id has no record yet (its text as it is, readable or not),
    /// or a newer edit of the stored plan, then the removals; returns the ids whose entries
    /// storage now holds (or outweighs).
    async fn copy_in(
        &self,
        entries: &[(String, String)],
        removals: &[String],
    ) -> Result<Vec<String>, idb::Error> {
        let tx = self.db.transaction(&[PLANS], TransactionMode::ReadWrite)?;
        let store = tx.object_store(PLANS)?;
        let mut done = Vec::new();
        for (id, raw) in entries {
            let key = JsValue::from_str(id);
            let write = match store.get(key.clone())?.await? {
                None => Some(raw.clone()),
                // Anything that cannot be read, here or there, stays where it is.
                Some(stored) => match (read(id, &stored), envelope::decode(raw)) {
                    // Both copies' edits, as two tabs' saves are merged.
                    (Ok(stored), Ok(copy)) => {
                        let merged = merge(
                            &stored,
                            &Plan {
                                id: id.clone(),
                                ..copy
                            },
                        );
                        if merged == stored {
                            done.push(id.clone());
                            None
                        } else {
                            Some(envelope::encode(&merged, &merged.updated))
                        }
                    }
                    _ => None,
                },
            };
            if let Some(text) = write {
                store.put(&JsValue::from_str(&text), Some(&key))?.await?;
                done.push(id.clone());
            }
        }
        for id in removals {
            let key = JsValue::from_str(id);
            // A record that cannot be read is never removed but by the user's discard.
            if store
                .get(key.clone())?
                .await?
                .is_some_and(|stored| read(id, &stored).is_ok())
            {
                store.delete(key)?.await?;
            }
            done.push(id.clone());
        }
        Ok(if tx.await? == TransactionResult::Committed {
            done
        } else {
            Vec::new()
        })
    }

    /// Notes in localStorage at once what is not written yet (`plans` changed, `removed`
    /// deleted), for when the page is left before the asynchronous writes finish: the next
    /// start moves it into IndexedDB. Best effort (localStorage is small); the writes
    /// themselves go on, and each one that commits drops its note.
    pub fn keep_until_next_start(&self, plans: &[Plan], removed: &[String], now: &str) {
        for plan in plans {
            browser::keep_local_plan(&plan.id, &envelope::encode(plan, now));
        }
        for id in removed {
            browser::keep_local_removal(id);
        }
    }

    pub async fn load_all(&self) -> Result<Loaded, idb::Error> {
        let tx = self.db.transaction(&[PLANS], TransactionMode::ReadOnly)?;
        let store = tx.object_store(PLANS)?;
        let keys = store.get_all_keys(None, None)?.await?;
        let values = store.get_all(None, None)?.await?;
        let mut loaded = Loaded::default();
        for (key, value) in keys.iter().zip(&values) {
            let Some(id) = key.as_string() else { continue };
            match read(&id, value) {
                Ok(plan) => loaded.plans.push(plan),
                Err(unreadable) => loaded.unreadable.push(unreadable),
            }
        }
        Ok(loaded)
    }

    /// Saves one plan in one transaction: reads what is stored under `id`, hands it to
    /// `combine` (another tab may have written it since this one last read it), writes
    /// what that returns, and returns it once committed.
    pub async fn save(
        &self,
        id: &str,
        now: &str,
        combine: impl FnOnce(Option<Plan>) -> Plan,
    ) -> Result<Plan, WriteError> {
        let written = self
            .rewrite(id, now, |stored| Some(combine(stored)))
            .await?;
        written.ok_or(WriteError::Refused)
    }

    /// Removes one plan's record, unless it cannot be read (then it is reported and kept).
    pub async fn remove(&self, id: &str) -> Result<(), WriteError> {
        self.rewrite(id, "", |_| None).await.map(drop)
    }

    /// The read-modify-write under both `save` and `remove`: `change` gets the stored plan
    /// and returns the one to write, or `None` to remove it.
    async fn rewrite(
        &self,
        id: &str,
        now: &str,
        change: impl FnOnce(Option<Plan>) -> Option<Plan>,
    ) -> Result<Option<Plan>, WriteError> {
        let tx = self
            .db
            .transaction(&[PLANS], TransactionMode::ReadWrite)
            .map_err(refused)?;
        let store = tx.object_store(PLANS).map_err(refused)?;
        let key = JsValue::from_str(id);
        let stored = match store
            .get(key.clone())
            .map_err(refused)?
            .await
            .map_err(refused)?
        {
            None => None,
            Some(value) => match read(id, &value) {
                Ok(plan) => Some(plan),
                Err(unreadable) => {
                    let _ = tx.abort();
                    return Err(WriteError::Unreadable(unreadable));
                }
            },
        };
        let next = change(stored);
        match &next {
            Some(plan) => {
                let text = JsValue::from_str(&envelope::encode(plan, now));
                store
                    .put(&text, Some(&key))
                    .map_err(refused)?
                    .await
                    .map_err(refused)?;
            }
            None => store.delete(key).map_err(refused)?.await.map_err(refused)?,
        }
        // A full disk shows here: the transaction aborts with QuotaExceededError.
        if tx.await.map_err(refused)? != TransactionResult::Committed {
            return Err(WriteError::Refused);
        }
        // What was noted aside for this plan is outweighed now; an entry that cannot be read stays.
        browser::forget_local(id, |raw| envelope::decode(raw).is_err());
        self.tabs.tell(&match next {
            Some(_) => Told::Saved(id.to_string()),
            None => Told::Removed(id.to_string()),
        });
        Ok(next)
    }

    /// Moves a damaged record out of its plan's key, in one transaction, so that the plan
    /// can be saved there; it stays listed, under its new key, until the user discards it.
    /// Plan ids never hold `~`, so the new key is no plan's.
    pub async fn set_aside(&self, entry: &Unreadable) -> Result<Unreadable, WriteError> {
        let tx = self
            .db
            .transaction(&[PLANS], TransactionMode::ReadWrite)
            .map_err(refused)?;
        let store = tx.object_store(PLANS).map_err(refused)?;
        let id = format!("{}{ASIDE}{}", entry.id, js_sys::Date::now() as u64);
        store
            .put(
                &JsValue::from_str(&entry.raw),
                Some(&JsValue::from_str(&id)),
            )
            .map_err(refused)?
            .await
            .map_err(refused)?;
        store
            .delete(JsValue::from_str(&entry.id))
            .map_err(refused)?
            .await
            .map_err(refused)?;
        if tx.await.map_err(refused)? != TransactionResult::Committed {
            return Err(WriteError::Refused);
        }
        Ok(Unreadable {
            id,
            ..entry.clone()
        })
    }

    /// Removes a record whatever it holds: only for the user's explicit discard of a
    /// record that cannot be read.
    pub async fn discard(&self, id: &str) -> Result<(), WriteError> {
        let tx = self
            .db
            .transaction(&[PLANS], TransactionMode::ReadWrite)
            .map_err(refused)?;
        let store = tx.object_store(PLANS).map_err(refused)?;
        store
            .delete(JsValue::from_str(id))
            .map_err(refused)?
            .await
            .map_err(refused)?;
        if tx.await.map_err(refused)? != TransactionResult::Committed {
            return Err(WriteError::Refused);
        }
        self.tabs.tell(&Told::Removed(id.to_string()));
        Ok(())
    }

    /// Removes every plan and everything the app keeps in localStorage, and tells the
    /// other tabs to drop theirs.
    pub async fn erase_all(&self) -> Result<(), WriteError> {
        browser::erase_local_storage();
        let tx = self
            .db
            .transaction(&[PLANS], TransactionMode::ReadWrite)
            .map_err(refused)?;
        tx.object_store(PLANS)
            .map_err(refused)?
            .clear()
            .map_err(refused)?
            .await
            .map_err(refused)?;
        if tx.await.map_err(refused)? != TransactionResult::Committed {
            return Err(WriteError::Refused);
        }
        self.tabs.tell(&Told::Erased);
        Ok(())
    }

    /// The stored record of one plan as another tab left it; `None` when there is none.
    async fn read_one(&self, id: &str) -> Option<ChangeElsewhere> {
        let tx = self
            .db
            .transaction(&[PLANS], TransactionMode::ReadOnly)
            .ok()?;
        let value = tx
            .object_store(PLANS)
            .ok()?
            .get(JsValue::from_str(id))
            .ok()?
            .await
            .ok()??;
        Some(match read(id, &value) {
            Ok(plan) => ChangeElsewhere::Saved(Box::new(plan)),
            Err(unreadable) => ChangeElsewhere::Unreadable(unreadable),
        })
    }

    /// Calls `f` with what other tabs write, as read back from storage, for as long as the
    /// reactive owner it is called under lives.
    pub fn follow_other_tabs(&self, f: impl Fn(ChangeElsewhere) + 'static) {
        let store = self.clone();
        let f = Rc::new(f);
        self.tabs.listen(move |told| match told {
            Told::Saved(id) => {
                let (store, f) = (store.clone(), f.clone());
                leptos::task::spawn_local(async move {
                    if let Some(change) = store.read_one(&id).await {
                        f(change);
                    }
                });
            }
            Told::Removed(id) => f(ChangeElsewhere::Removed(id)),
            Told::Erased => f(ChangeElsewhere::Erased),
        });
    }
}
