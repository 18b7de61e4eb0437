//! What a plan must be beyond the shape of its JSON, checked on every read (storage and
//! files alike): text in one Unicode form, numbers in their ranges, and ids that are safe
//! and unique where rows are found by them.

use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};
use std::ops::RangeInclusive;

use super::envelope::{Problem, ReadError};
use crate::plan::planning::Planning;
use crate::plan::{PhasePlan, Plan};

/// Phase n at index n-1; a fifth would never be shown (`Plan::normalise` drops it).
const PHASES: usize = 4;

/// Whether `c` may stand in an id: letters and digits of any script, `-` and `_`. Ids go
/// into page addresses and storage keys, where `/`, `?`, `#`, `.` and spaces break them.
/// Public for the tests that hold the schema's id pattern to it.
pub fn id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

fn damaged(path: String, problem: Problem) -> ReadError {
    ReadError::Damaged { path, problem }
}

fn id(id: &str, path: impl FnOnce() -> String) -> Result<(), ReadError> {
    if id.trim().is_empty() {
        return Err(damaged(path(), Problem::Blank));
    }
    if !id.chars().all(id_char) {
        return Err(damaged(path(), Problem::UnsafeId));
    }
    Ok(())
}

/// The ids of the list at `at` are safe and distinct: a row is edited and removed by its
/// id, so a second row with the same id would be edited along with the first.
pub(super) fn ids<'a>(ids: impl IntoIterator<Item = &'a str>, at: &str) -> Result<(), ReadError> {
    let mut seen = HashSet::new();
    for (i, value) in ids.into_iter().enumerate() {
        let path = || format!("{at}[{i}].id");
        id(value, path)?;
        if !seen.insert(value) {
            return Err(damaged(path(), Problem::Duplicate));
        }
    }
    Ok(())
}

/// Map keys that are item ids (an activity's state, an answer, an item's tally).
fn keys<T>(map: &BTreeMap<String, T>, at: &str) -> Result<(), ReadError> {
    map.keys()
        .try_for_each(|key| id(key, || format!("{at}.{key}")))
}

fn range(
    value: u8,
    allowed: RangeInclusive<u8>,
    path: impl FnOnce() -> String,
) -> Result<(), ReadError> {
    if !allowed.contains(&value) {
        return Err(damaged(path(), Problem::OutOfRange));
    }
    Ok(())
}

fn at_most<T>(list: &[T], most: usize, path: impl FnOnce() -> String) -> Result<(), ReadError> {
    if list.len() > most {
        return Err(damaged(path(), Problem::WrongLength));
    }
    Ok(())
}

/// How a value is written in the file, e.g. a driver's key.
fn name_of(value: impl Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// Checks one plan; `at` is where it stands in the text (`plan`, `plans[2]`).
pub(super) fn plan(plan: &Plan, at: &str) -> Result<(), ReadError> {
    id(&plan.id, || format!("{at}.id"))?;
    at_most(&plan.phases, PHASES, || format!("{at}.phases"))?;
    for (i, phase) in plan.phases.iter().enumerate() {
        self::phase(phase, &format!("{at}.phases[{i}]"))?;
    }
    planning(&plan.planning, &format!("{at}.planning"))?;
    ids(
        plan.assessments.iter().map(|s| s.id.as_str()),
        &format!("{at}.assessments"),
    )?;
    for (i, snapshot) in plan.assessments.iter().enumerate() {
        keys(&snapshot.ratings, &format!("{at}.assessments[{i}].ratings"))?;
    }
    Ok(())
}

fn phase(phase: &PhasePlan, at: &str) -> Result<(), ReadError> {
    keys(&phase.activities, &format!("{at}.activities"))?;
    keys(&phase.answers, &format!("{at}.answers"))?;
    ids(
        phase.own_activities.iter().map(|o| o.id.as_str()),
        &format!("{at}.own_activities"),
    )?;
    ids(
        phase.own_questions.iter().map(|o| o.id.as_str()),
        &format!("{at}.own_questions"),
    )
}

fn planning(planning: &Planning, at: &str) -> Result<(), ReadError> {
    ids(
        planning.group.members.iter().map(|m| m.id.as_str()),
        &format!("{at}.group.members"),
    )?;
    ids(
        planning.milestones.iter().map(|m| m.id.as_str()),
        &format!("{at}.milestones"),
    )?;
    for (i, m) in planning.milestones.iter().enumerate() {
        range(m.phase, 0..=4, || format!("{at}.milestones[{i}].phase"))?;
    }
    ids(
        planning.wheel.iter().map(|w| w.id.as_str()),
        &format!("{at}.wheel"),
    )?;
    for (i, w) in planning.wheel.iter().enumerate() {
        range(w.month, 1..=12, || format!("{at}.wheel[{i}].month"))?;
    }
    ids(
        planning.barriers.iter().map(|b| b.id.as_str()),
        &format!("{at}.barriers"),
    )?;
    for (i, b) in planning.barriers.iter().enumerate() {
        range(b.likelihood, 1..=5, || {
            format!("{at}.barriers[{i}].likelihood")
        })?;
        range(b.impact, 1..=5, || format!("{at}.barriers[{i}].impact"))?;
    }
    at_most(&planning.forces, PHASES, || format!("{at}.forces"))?;
    ids(
        planning.components.iter().map(|c| c.id.as_str()),
        &format!("{at}.components"),
    )?;
    for (i, c) in planning.components.iter().enumerate() {
        for (&driver, state) in &c.drivers {
            range(state.rating, 0..=3, || {
                format!("{at}.components[{i}].drivers.{}.rating", name_of(driver))
            })?;
        }
    }
    ids(
        planning.measurements.iter().map(|m| m.id.as_str()),
        &format!("{at}.measurements"),
    )?;
    ids(
        planning.decisions.iter().map(|d| d.id.as_str()),
        &format!("{at}.decisions"),
    )
}

/// Puts all text, keys included, in Unicode NFC, so that a word typed on one system equals
/// the same word typed on another ("Vår" as one character or as "a" and a combining ring).
/// Two keys of one object that become the same are refused as a duplicate.
pub(super) fn nfc(top: &mut Map<String, Value>) -> Result<(), ReadError> {
    nfc_object(top).map_err(|steps| {
        let mut path = String::new();
        for step in steps.iter().rev() {
            match step {
                Step::Key(key) if path.is_empty() => path.push_str(key),
                Step::Key(key) => path.push_str(&format!(".{key}")),
                Step::Index(i) => path.push_str(&format!("[{i}]")),
            }
        }
        damaged(path, Problem::Duplicate)
    })
}

/// One step of the path to a key that occurs twice; collected innermost first.
enum Step {
    Key(String),
    Index(usize),
}

/// `text` in NFC, or `None` when it already is. ASCII always is, and most text is.
fn normalised(text: &str) -> Option<String> {
    if text.is_ascii() {
        return None;
    }
    let nfc = to_nfc(text);
    (nfc != text).then_some(nfc)
}

// In the browser its own normaliser does it: the crate would add 125 KB to the app.
#[cfg(target_arch = "wasm32")]
fn to_nfc(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFC").into()
}

#[cfg(not(target_arch = "wasm32"))]
fn to_nfc(text: &str) -> String {
    unicode_normalization::UnicodeNormalization::nfc(text).collect()
}

fn nfc_value(value: &mut Value) -> Result<(), Vec<Step>> {
    match value {
        Value::String(text) => {
            if let Some(text_nfc) = normalised(text) {
                *text = text_nfc;
            }
            Ok(())
        }
        Value::Array(items) => items.iter_mut().enumerate().try_for_each(|(i, item)| {
            nfc_value(item).map_err(|mut steps| {
                steps.push(Step::Index(i));
                steps
            })
        }),
        Value::Object(map) => nfc_object(map),
        _ => Ok(()),
    }
}

fn nfc_object(map: &mut Map<String, Value>) -> Result<(), Vec<Step>> {
    if map.keys().any(|key| normalised(key).is_some()) {
        for (key, value) in std::mem::take(map) {
            let key = normalised(&key).unwrap_or(key);
            if map.contains_key(&key) {
                return Err(vec![Step::Key(key)]);
            }
            map.insert(key, value);
        }
    }
    map.iter_mut().try_for_each(|(key, value)| {
        nfc_value(value).map_err(|mut steps| {
            steps.push(Step::Key(key.clone()));
            steps
        })
    })
}
