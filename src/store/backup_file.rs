//! The automatic backup file: one file the user chose, rewritten with every plan a few
//! seconds after changes, where the browser has the File System Access API.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/store/backup_file.js")]
extern "C" {
    #[wasm_bindgen(js_name = available)]
    fn js_available() -> bool;
    #[wasm_bindgen(js_name = chosen)]
    fn js_chosen() -> js_sys::Promise;
    #[wasm_bindgen(js_name = choose)]
    fn js_choose(suggested: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = permission)]
    fn js_permission() -> js_sys::Promise;
    #[wasm_bindgen(js_name = regrant)]
    fn js_regrant() -> js_sys::Promise;
    #[wasm_bindgen(js_name = write)]
    fn js_write(text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = forget)]
    fn js_forget() -> js_sys::Promise;
    #[wasm_bindgen(js_name = erase)]
    fn js_erase();
}

/// Whether this browser can keep a file to write to (never shown where it cannot).
pub fn available() -> bool {
    js_available()
}

/// The name of the file chosen earlier, if any.
pub async fn chosen() -> Option<String> {
    if !available() {
        return None;
    }
    JsFuture::from(js_chosen()).await.ok()?.as_string()
}

/// Lets the user pick the file; its name, `None` if they cancelled, `Err` if the browser
/// refused.
pub async fn choose(suggested: &str) -> Result<Option<String>, ()> {
    JsFuture::from(js_choose(suggested))
        .await
        .map(|name| name.as_string())
        .map_err(|_| ())
}

/// Whether the app may write to the file now; false when the browser wants to ask again.
pub async fn allowed() -> bool {
    JsFuture::from(js_permission())
        .await
        .ok()
        .and_then(|p| p.as_string())
        .as_deref()
        == Some("granted")
}

/// Asks the browser again (from a click); whether it is allowed now.
pub async fn regrant() -> bool {
    JsFuture::from(js_regrant())
        .await
        .ok()
        .and_then(|p| p.as_string())
        .as_deref()
        == Some("granted")
}

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Yes,
    /// The browser must be asked again before the app may write.
    NeedsPermission,
    Failed,
}

pub async fn write(text: &str) -> Written {
    match JsFuture::from(js_write(text)).await {
        Ok(v) if v.as_bool() == Some(true) => Written::Yes,
        Ok(_) => Written::NeedsPermission,
        Err(_) => Written::Failed,
    }
}

/// Stops writing to the file (the file itself stays).
pub async fn forget() {
    let _ = JsFuture::from(js_forget()).await;
}

/// Forgets the file, for "erase everything" (the file on disk is the user's).
pub fn erase() {
    if available() {
        js_erase();
    }
}
