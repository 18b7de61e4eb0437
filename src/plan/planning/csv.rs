//! CSV (RFC 4180) for spreadsheets. Semicolon-separated, because Excel with Nordic settings
//! uses the comma as decimal mark and expects semicolons; a UTF-8 BOM makes it read æ, ø, å right.

/// A table as CSV text: BOM, header row, rows, CRLF line ends.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        cells.map(field).collect::<Vec<_>>().join(";") + "\r\n"
    };
    out.push_str(&line(&mut header.iter().copied()));
    for row in rows {
        out.push_str(&line(&mut row.iter().map(String::as_str)));
    }
    out
}

/// Quotes a field when it holds a separator, quote or line break; quotes are doubled.
fn field(text: &str) -> String {
    let text = inert(text);
    if text.contains([';', ',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.into_owned()
    }
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe, so it is read as
/// text (OWASP, "CSV Injection"). A plain negative number such as "-5,5" stays as it is:
/// it can call nothing, and stays a number to count with.
fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula && !negative_number(text) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// "-3", "-5,5" or "-0.25": a minus, digits and at most one decimal mark between digits.
fn negative_number(text: &str) -> bool {
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let Some(number) = text.strip_prefix('-') else {
        return false;
    };
    match number.split_once([',', '.']) {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(number),
    }
}
