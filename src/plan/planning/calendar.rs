//! iCalendar (RFC 5545) export of a plan, for Outlook and Google Calendar: its milestones,
//! its activities' deadlines and its decisions, one file for the whole plan.
//! Every event is an all-day event; a milestone planned for a term spans the term.

use super::decisions::Decision;
use super::milestones::Milestone;
use crate::i18n::Texts;
use crate::model::Model;
use crate::plan::dates::{next_day, parse_date, When, Ymd};
use crate::plan::Plan;

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stays the same from one export to the next, so a calendar that imported an earlier
    /// file updates the event instead of adding it twice.
    pub uid: String,
    pub start: Ymd,
    /// The day after the last: an all-day event's DTEND is exclusive.
    pub end: Ymd,
    pub summary: String,
    pub description: String,
}

/// The milestones with a readable time; `describe` writes an event's details.
pub fn milestone_events(
    milestones: &[Milestone],
    describe: impl Fn(&Milestone) -> String,
) -> Vec<Event> {
    milestones
        .iter()
        .filter_map(|m| {
            let when = When::parse(&m.time)?;
            Some(Event {
                uid: format!("{}@dekom.skole", m.id),
                start: when.first_day(),
                end: when.end(),
                summary: m.what.trim().to_string(),
                description: describe(m),
            })
        })
        .collect()
}

/// A deadline for every activity of the model or the school's own that has one, phase by
/// phase, with the phase, the responsible, the note and whether it is done.
pub fn deadline_events(plan: &Plan, model: &Model, t: &Texts) -> Vec<Event> {
    let mut events = Vec::new();
    for phase in model.phases {
        let Some(own) = plan.phase(phase.number) else {
            continue;
        };
        let activities = phase.activities.iter().map(|i| (i.id, i.text)).chain(
            own.own_activities
                .iter()
                .map(|i| (i.id.as_str(), i.text.as_str())),
        );
        for (id, text) in activities {
            let Some(state) = own.activity(id) else {
                continue;
            };
            let Some(day) = parse_date(&state.due) else {
                continue;
            };
            let details = [
                Some(format!("{}: {}", (t.phase_label)(phase.number), phase.name)),
                (!state.responsible.trim().is_empty())
                    .then(|| (t.responsible_short)(state.responsible.trim())),
                (!state.note.trim().is_empty())
                    .then(|| format!("{}: {}", t.note, state.note.trim())),
                state.done.then(|| t.handout_done.to_string()),
            ];
            events.push(Event {
                // Model activity ids repeat in every plan, so the plan's id keeps two
                // plans' deadlines apart in one calendar.
                uid: format!("{}-{}-{id}@dekom.skole", plan.id, phase.number),
                start: day,
                end: next_day(day),
                summary: (t.planning.calendar_deadline)(text.trim()),
                description: details.into_iter().flatten().collect::<Vec<_>>().join("\n"),
            });
        }
    }
    events
}

/// The dated decisions, on the day they were made, with why.
pub fn decision_events(decisions: &[Decision], t: &Texts) -> Vec<Event> {
    decisions
        .iter()
        .filter_map(|d| {
            let day = parse_date(&d.date)?;
            Some(Event {
                uid: format!("{}@dekom.skole", d.id),
                start: day,
                end: next_day(day),
                summary: (t.planning.calendar_decision)(d.what.trim()),
                description: d.why.trim().to_string(),
            })
        })
        .collect()
}

/// The calendar text. `now` is an ISO timestamp (DTSTAMP).
pub fn ics(events: &[Event], now: &str) -> String {
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
    for e in events {
        push(&mut out, "BEGIN:VEVENT");
        push(&mut out, &format!("UID:{}", escape(&e.uid)));
        push(&mut out, &format!("DTSTAMP:{stamp}"));
        push(&mut out, &format!("DTSTART;VALUE=DATE:{}", day(e.start)));
        push(&mut out, &format!("DTEND;VALUE=DATE:{}", day(e.end)));
        // Free time: a term or a deadline must not show the staff as busy for its days.
        push(&mut out, "TRANSP:TRANSPARENT");
        push(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.trim().is_empty() {
            push(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        }
        push(&mut out, "END:VEVENT");
    }
    push(&mut out, "END:VCALENDAR");
    out
}

/// (2027, 8, 15) → "20270815".
fn day((y, m, d): Ymd) -> String {
    format!("{y:04}{m:02}{d:02}")
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
