//! The browser side of keeping plans: one localStorage key per plan, so a change writes
//! only the plan it touched. Storage that is missing or unreadable never panics: callers
//! get a value that says what happened, and unreadable copies are left exactly as found.

use wasm_bindgen::JsCast;
use web_sys::Storage;

use super::envelope::{self, ReadError};
use crate::plan::Plan;

/// Every key this app writes starts with this.
const APP_PREFIX: &str = "dekom.";
const PLAN_PREFIX: &str = "dekom.plan.";
/// Damaged copies moved aside so that a plan with their id can be saved; kept until the
/// user discards them.
const ASIDE_PREFIX: &str = "dekom.damaged.";
/// The interface language the user chose, as a language tag.
const LANG_KEY: &str = "dekom.lang";

/// A stored entry that could not be read. It stays in storage untouched until the user
/// downloads or discards it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub error: ReadError,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub plans: Vec<Plan>,
    pub unreadable: Vec<Unreadable>,
    /// False when the browser gives no usable localStorage (blocked, private mode).
    pub available: bool,
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn key_for(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

pub fn load_all() -> Loaded {
    let Some(storage) = storage() else { return Loaded::default() };
    let mut loaded = Loaded { available: true, ..Loaded::default() };
    let len = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..len).filter_map(|i| storage.key(i).ok().flatten()).collect();
    for key in keys {
        let Ok(Some(raw)) = storage.get_item(&key) else { continue };
        match read_entry(key, raw) {
            Some(Ok(plan)) => loaded.plans.push(plan),
            Some(Err(unreadable)) => loaded.unreadable.push(unreadable),
            None => {}
        }
    }
    loaded
}

/// The stored copy of one plan: `None` when there is none.
pub fn load_one(id: &str) -> Option<Result<Plan, Unreadable>> {
    let key = key_for(id);
    let raw = storage()?.get_item(&key).ok().flatten()?;
    read_entry(key, raw)
}

/// The plan id a stored entry (a plan or a damaged copy set aside) belongs to.
pub fn id_of(key: &str) -> Option<&str> {
    key.strip_prefix(PLAN_PREFIX).or_else(|| key.strip_prefix(ASIDE_PREFIX).and_then(|rest| rest.rsplit_once('.').map(|(id, _)| id)))
}

/// Moves a damaged entry out of its plan's key, so that saving the plan cannot overwrite
/// it, and returns it under its new key. Nothing moves unless the copy is written first.
pub fn set_aside(entry: &Unreadable) -> Option<Unreadable> {
    let id = entry.key.strip_prefix(PLAN_PREFIX)?;
    let storage = storage()?;
    let key = format!("{ASIDE_PREFIX}{id}.{}", js_sys::Date::now() as u64);
    storage.set_item(&key, &entry.raw).ok()?;
    let _ = storage.remove_item(&entry.key);
    Some(Unreadable { key, ..entry.clone() })
}

/// Reads one stored entry; `None` when the key is not one of ours.
fn read_entry(key: String, raw: String) -> Option<Result<Plan, Unreadable>> {
    if key.starts_with(ASIDE_PREFIX) {
        let error = envelope::decode(&raw).err().unwrap_or(ReadError::NotAPlan);
        return Some(Err(Unreadable { key, raw, error }));
    }
    let id = key.strip_prefix(PLAN_PREFIX)?.to_string();
    Some(match envelope::decode(&raw) {
        // A plan whose id does not match its key would be saved under another key and
        // leave a stale twin behind; treat the key as the truth.
        Ok(plan) => Ok(Plan { id, ..plan }),
        Err(error) => Err(Unreadable { key, raw, error }),
    })
}

/// What another tab of this browser did to a stored plan.
pub enum ChangeElsewhere {
    Saved(Box<Plan>),
    Removed(String),
    /// A damaged copy set aside was discarded.
    Discarded(String),
    Unreadable(Unreadable),
}

/// Calls `f` whenever another tab saves or removes a plan, for the life of the page.
pub fn on_change_elsewhere(f: impl Fn(ChangeElsewhere) + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| {
        let Some(key) = ev.key() else { return };
        let change = match ev.new_value() {
            None if key.starts_with(ASIDE_PREFIX) => Some(ChangeElsewhere::Discarded(key)),
            None => key.strip_prefix(PLAN_PREFIX).map(|id| ChangeElsewhere::Removed(id.to_string())),
            Some(raw) => read_entry(key, raw).map(|entry| match entry {
                Ok(plan) => ChangeElsewhere::Saved(Box::new(plan)),
                Err(unreadable) => ChangeElsewhere::Unreadable(unreadable),
            }),
        };
        if let Some(change) = change {
            f(change);
        }
    });
    // The listener lives as long as the page; dropping the handle does not remove it.
    drop(handle);
}

/// Calls `f` when the page is hidden or left (tab switched, closed, reloaded, navigated
/// away): the last moment to write what is still only in memory.
pub fn on_leave(f: impl Fn() + Clone + 'static) {
    let g = f.clone();
    let hidden = leptos::prelude::window_event_listener(leptos::ev::visibilitychange, move |_| {
        if leptos::prelude::document().visibility_state() == web_sys::VisibilityState::Hidden {
            g();
        }
    });
    let left = leptos::prelude::window_event_listener(leptos::ev::pagehide, move |_| f());
    // Both listeners live as long as the page, like the storage listener above.
    drop((hidden, left));
}

/// Writes one plan and returns how many characters it took; `None` when storage is
/// missing or full.
pub fn save(plan: &Plan, now: &str) -> Option<usize> {
    let text = envelope::encode(plan, now);
    storage()?.set_item(&key_for(&plan.id), &text).ok()?;
    Some(text.len())
}

pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The language tag stored by `store_lang`, if any.
pub fn stored_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers the chosen language; without storage the choice lasts only for this page.
pub fn store_lang(tag: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, tag);
    }
}

/// Removes every key this app keeps (plans, unreadable copies, settings), one by one so
/// other tabs hear of each removal.
pub fn erase_all() {
    let Some(storage) = storage() else { return };
    let len = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..len).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(APP_PREFIX)).collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// Current time as an ISO 8601 string.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today where the user is, as yyyy-mm-dd.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

pub fn random() -> f64 {
    js_sys::Math::random()
}

/// Offers `contents` to the user as a file download; `None` if the browser refused.
pub fn download(filename: &str, contents: &str, mime: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // The download starts asynchronously; revoking the URL at once can cancel it.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Some(())
}

/// Asks the browser to keep our storage even under storage pressure, and returns its
/// answer; `None` when the browser has no such API.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let already = wasm_bindgen_futures::JsFuture::from(manager.persisted().ok()?).await.ok()?;
    if already.as_bool() == Some(true) {
        return Some(true);
    }
    let granted = wasm_bindgen_futures::JsFuture::from(manager.persist().ok()?).await.ok()?;
    granted.as_bool()
}
