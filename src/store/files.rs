//! Files the user brings in (import) and the names of files the app writes (export).

/// Reads a file the user chose or dropped as text. `None` if the browser cannot read it
/// (a folder, a file removed meanwhile, bytes that are not UTF-8).
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text()).await.ok()?.as_string()
}

/// "bø-skule-2026-11-22.json": a title and the date, safe as a file name on every system.
pub fn file_name(title: &str, date: &str, extension: &str) -> String {
    let mut name = String::new();
    for c in title.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    let date = date.get(..10).unwrap_or(date);
    if name.is_empty() {
        format!("plan-{date}.{extension}")
    } else {
        format!("{name}-{date}.{extension}")
    }
}
