//! The browser around the plans: the language setting and old plans in localStorage, the
//! moment the page is left, downloads, clock and randomness. Storage that is missing never
//! panics: callers get a value that says what happened.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Storage;

/// Every key this app writes starts with this.
const APP_PREFIX: &str = "dekom.";
/// Plans as earlier versions stored them, and copies made as the page is left; `plans`
/// moves them to IndexedDB.
const LOCAL_PLAN_PREFIX: &str = "dekom.plan.";
/// Removals not yet written when the page was left.
const LOCAL_REMOVAL_PREFIX: &str = "dekom.removed.";
/// The interface language the user chose, as a language tag.
const LANG_KEY: &str = "dekom.lang";

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Plans kept in localStorage (one key per plan, as earlier versions kept them all), as
/// (id, raw text).
pub(super) fn local_plans() -> Vec<(String, String)> {
    local_entries(LOCAL_PLAN_PREFIX)
        .into_iter()
        .filter_map(|(id, key)| Some((id, storage()?.get_item(&key).ok().flatten()?)))
        .collect()
}

/// Plans removed while their removal was not yet written.
pub(super) fn local_removals() -> Vec<String> {
    local_entries(LOCAL_REMOVAL_PREFIX)
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

/// (id, key) of the keys that start with `prefix`.
fn local_entries(prefix: &str) -> Vec<(String, String)> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| Some((key.strip_prefix(prefix)?.to_string(), key.clone())))
        .collect()
}

/// Keeps a plan in localStorage, if there is room; it outweighs an earlier removal.
pub(super) fn keep_local_plan(id: &str, raw: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{LOCAL_PLAN_PREFIX}{id}"), raw);
        let _ = storage.remove_item(&format!("{LOCAL_REMOVAL_PREFIX}{id}"));
    }
}

/// Notes that a plan was removed; it outweighs a copy kept earlier.
pub(super) fn keep_local_removal(id: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{LOCAL_REMOVAL_PREFIX}{id}"), "");
        let _ = storage.remove_item(&format!("{LOCAL_PLAN_PREFIX}{id}"));
    }
}

/// Drops what localStorage keeps for one plan once IndexedDB holds it (or its removal).
/// `keep_copy` says whether the plan entry must stay (it cannot be read: never lost).
pub(super) fn forget_local(id: &str, keep_copy: impl FnOnce(&str) -> bool) {
    let Some(storage) = storage() else { return };
    let key = format!("{LOCAL_PLAN_PREFIX}{id}");
    if let Ok(Some(raw)) = storage.get_item(&key) {
        if !keep_copy(&raw) {
            let _ = storage.remove_item(&key);
        }
    }
    let _ = storage.remove_item(&format!("{LOCAL_REMOVAL_PREFIX}{id}"));
}

/// Calls `f` when the page is hidden or left (tab switched, closed, reloaded, navigated
/// away): the last moment to write what is still only in memory.
pub fn on_leave(f: impl Fn() + Clone + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let g = f.clone();
    // Both listeners live as long as the page.
    EventListener::new(&window, "visibilitychange", move |_| {
        if leptos::prelude::document().visibility_state() == web_sys::VisibilityState::Hidden {
            g();
        }
    })
    .forget();
    EventListener::new(&window, "pagehide", move |_| f()).forget();
}

/// The language tag stored by `store_lang`, if any.
pub fn stored_lang() -> Option<String> {
    setting(LANG_KEY)
}

/// Remembers the chosen language; without storage the choice lasts only for this page.
pub fn store_lang(tag: &str) {
    set_setting(LANG_KEY, tag);
}

/// When the backup reminder was last shown (yyyy-mm-dd), so it shows once a day.
pub const REMINDED_KEY: &str = "dekom.backup-reminded";
/// After how many days of changes without a backup the reminder shows.
pub const REMIND_DAYS_KEY: &str = "dekom.remind-days";
/// The warning that this browser deletes unvisited sites' storage was read.
pub const EVICTION_READ_KEY: &str = "dekom.eviction-read";

/// A setting kept in localStorage (`key` starts with "dekom."); `None` without storage.
pub fn setting(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Keeps a setting; without storage it lasts only for this page.
pub fn set_setting(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes every key this app keeps in localStorage (settings, plans not yet moved).
pub(super) fn erase_local_storage() {
    let Some(storage) = storage() else { return };
    let len = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(APP_PREFIX))
        .collect();
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
    crate::plan::dates::iso(today_date())
}

/// Today where the user is, as (year, month, day).
pub fn today_date() -> crate::plan::dates::Ymd {
    let d = js_sys::Date::new_0();
    (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

/// The local calendar day (yyyy-mm-dd) of an ISO timestamp; `None` if it is not one.
pub fn local_day(iso: &str) -> Option<String> {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return None;
    }
    Some(format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    ))
}

/// The local time of day (hh:mm) of an ISO timestamp, or nothing.
pub fn local_time(iso: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return String::new();
    }
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// What the browser says about keeping this site's storage and the app being installed:
/// `(installed, persisted, user agent, touch points)`. Asks nothing of the user.
pub async fn keeping_facts() -> (bool, Option<bool>, String, u32) {
    let Some(window) = web_sys::window() else {
        return (false, None, String::new(), 0);
    };
    let navigator = window.navigator();
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // Safari on iOS says so through a property of its own.
    let ios_standalone = js_sys::Reflect::get(&navigator, &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        == Some(true);
    let persisted = match navigator.storage().persisted() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    (
        standalone || ios_standalone,
        persisted,
        navigator.user_agent().unwrap_or_default(),
        u32::try_from(navigator.max_touch_points()).unwrap_or(0),
    )
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
    Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}

/// Asks the browser to keep our storage even under storage pressure, and returns its
/// answer; `None` when the browser has no such API.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let already = wasm_bindgen_futures::JsFuture::from(manager.persisted().ok()?)
        .await
        .ok()?;
    if already.as_bool() == Some(true) {
        return Some(true);
    }
    let granted = wasm_bindgen_futures::JsFuture::from(manager.persist().ok()?)
        .await
        .ok()?;
    granted.as_bool()
}
