//! iCalendar (RFC 5545) export of the milestones, for Outlook and Google Calendar.
//! Each dated milestone becomes an all-day event; terms map to a day as in `milestones::date_of`.

use super::milestones::{date_of, Milestone};

/// The calendar text. `now` is an ISO timestamp (DTSTAMP); `describe` writes an event's details.
/// Milestones without a readable time are left out.
pub fn ics(milestones: &[Milestone], now: &str, describe: impl Fn(&Milestone) -> String) -> String {
    let mut out = String::new();
    let stamp = stamp(now);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//DEKOM//Skoleutvikling i fire faser//NB",
        "CALSCALE:GREGORIAN",
    ] {
        push(&mut out, line);
    }
    for m in milestones {
        let Some((y, mo, d)) = date_of(&m.time) else {
            continue;
        };
        push(&mut out, "BEGIN:VEVENT");
        push(&mut out, &format!("UID:{}@dekom.skole", escape(&m.id)));
        push(&mut out, &format!("DTSTAMP:{stamp}"));
        push(&mut out, &format!("DTSTART;VALUE=DATE:{y:04}{mo:02}{d:02}"));
        push(&mut out, &format!("SUMMARY:{}", escape(&m.what)));
        let details = describe(m);
        if !details.trim().is_empty() {
            push(&mut out, &format!("DESCRIPTION:{}", escape(&details)));
        }
        push(&mut out, "END:VEVENT");
    }
    push(&mut out, "END:VCALENDAR");
    out
}

/// "2026-11-22T12:31:55.123Z" → "20261122T123155Z".
fn stamp(now: &str) -> String {
    let digits: String = now.chars().filter(char::is_ascii_digit).take(14).collect();
    let digits = format!("{digits:0<14}");
    format!("{}T{}Z", &digits[..8], &digits[8..])
}

/// TEXT escaping: backslash, semicolon, comma and newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (never inside a UTF-8 character), ending in CRLF.
fn push(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}
