//! CSV (RFC 4180) for spreadsheets. Semicolon-separated, because Excel with Nordic settings
//! uses the comma as decimal mark and expects semicolons; a UTF-8 BOM makes it read æ, ø, å right.

/// A table as CSV text: BOM, header row, rows, CRLF line ends.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    let line = |cells: &mut dyn Iterator<Item = &str>| cells.map(field).collect::<Vec<_>>().join(";") + "\r\n";
    out.push_str(&line(&mut header.iter().copied()));
    for row in rows {
        out.push_str(&line(&mut row.iter().map(String::as_str)));
    }
    out
}

/// Quotes a field when it holds a separator, quote or line break; quotes are doubled.
fn field(text: &str) -> String {
    if text.contains([';', ',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
