//! Files the user brings in (import) and the names of files the app writes (export).

use super::envelope::ReadError;

/// Reads a file the user chose or dropped as text, as `decode_text` does. `None` if the
/// browser cannot read it at all (a folder, a file removed meanwhile).
pub async fn read_text(file: &web_sys::File) -> Option<Result<String, ReadError>> {
    // Not `File.text()`: it replaces bytes that are not UTF-8 with U+FFFD and says nothing.
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(decode_text(&js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// The text of a file: UTF-8 with or without a byte order mark, or UTF-16 with one. The
/// app writes UTF-8, so anything else was saved again by another program; its bytes are
/// refused rather than guessed at (Windows-1252, Latin-1 and Mac Roman look alike).
pub fn decode_text(bytes: &[u8]) -> Result<String, ReadError> {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        // JSON starts with an ASCII character, which UTF-16 writes next to a zero byte.
        [first, second, ..] if (*first == 0) != (*second == 0) => Err(ReadError::Utf16WithoutBom),
        _ => utf8(bytes),
    }
}

fn utf8(bytes: &[u8]) -> Result<String, ReadError> {
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(|_| ReadError::NotUtf8)
}

/// Broken UTF-16 (an odd byte, a lone surrogate) is damaged text, not another encoding.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ReadError> {
    let pairs = bytes.chunks_exact(2);
    if !pairs.remainder().is_empty() {
        return Err(ReadError::NotJson);
    }
    char::decode_utf16(pairs.map(|pair| unit([pair[0], pair[1]])))
        .collect::<Result<_, _>>()
        .map_err(|_| ReadError::NotJson)
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
