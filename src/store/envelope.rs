//! The versioned formats plans travel in: one plan per localStorage entry (`encode`,
//! format "dekom-plan") and files with any number of plans (`export`, format
//! "dekom-plans"). Both are read by one path (`decode` for storage, `import` for files):
//! migrate to the current version, put text in NFC, then validate everything, so the rest
//! of the app only ever sees current, valid plans.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::validate;
use crate::plan::Plan;

pub const FORMAT: &str = "dekom-plan";
pub const EXPORT_FORMAT: &str = "dekom-plans";
/// One version for both formats: they carry the same plan JSON.
pub const VERSION: u64 = 2;
/// Files above this are refused before parsing: far beyond any real set of plans, and a
/// browser tab would struggle with them.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// Steps that lift a plan's JSON one version: `MIGRATIONS[i]` turns version `i + 1` into
/// `i + 2`. Append one whenever `VERSION` goes up; never edit an old one.
const MIGRATIONS: &[fn(Value) -> Value] = &[v1_to_v2];

/// Version 2 adds change stamps (`sync`). A version-1 plan has none: its values count as
/// older than any edit stamped since, and two such copies keep both where they differ.
fn v1_to_v2(mut plan: Value) -> Value {
    if let Value::Object(fields) = &mut plan {
        fields.insert("sync".into(), Value::Object(Map::new()));
    }
    plan
}
// A version without its step would be read as if it were the current one.
const _: () = assert!(MIGRATIONS.len() + 1 == VERSION as usize);

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    saved: &'a str,
    plan: &'a Plan,
}

#[derive(Serialize)]
struct Export<'a> {
    format: &'static str,
    version: u64,
    app_version: &'a str,
    exported: &'a str,
    plans: &'a [Plan],
}

// What reading needs from each format; the other fields are informative only.
#[derive(Deserialize)]
struct EnvelopeIn {
    plan: Plan,
}

#[derive(Deserialize)]
struct ExportIn {
    plans: Vec<Plan>,
}

/// What is wrong with the field a `ReadError::Damaged` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A value of the wrong kind, e.g. a number where text belongs.
    WrongType,
    /// A value of the right kind that the app does not know, e.g. an unknown status.
    UnknownValue,
    Missing,
    /// An id that occurs twice in its list (plans in a file, rows in a plan), or two keys
    /// that are the same text once normalised.
    Duplicate,
    /// An id that is empty or only spaces.
    Blank,
    /// A number outside its range, e.g. month 13 or a likelihood of 9.
    OutOfRange,
    /// An id with other characters than letters, digits, `-` and `_`.
    UnsafeId,
    /// A list longer or shorter than it may be, e.g. five phases.
    WrongLength,
}

/// Why a stored or imported text could not be read as plans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all (truncated, another kind of file).
    NotJson,
    /// Bytes that are not UTF-8, e.g. a file saved again as Windows-1252 ("ANSI").
    NotUtf8,
    /// UTF-16 without a byte order mark, which does not say which byte comes first.
    Utf16WithoutBom,
    /// JSON, but not in one of this app's formats.
    NotAPlan,
    /// Written by a newer version of the app than this one.
    TooNew(u64),
    /// Longer than `MAX_IMPORT_BYTES`; not parsed.
    TooLarge { bytes: usize },
    /// An export file whose list of plans is empty.
    NoPlans,
    /// Ours, but a field does not fit. `path` names it from the top of the text, e.g.
    /// `plans[0].phases[1].status` in a file or `plan.phases[1].status` in storage.
    Damaged { path: String, problem: Problem },
}

pub fn encode(plan: &Plan, now: &str) -> String {
    let envelope = Envelope {
        format: FORMAT,
        version: VERSION,
        saved: now,
        plan,
    };
    serde_json::to_string(&envelope).expect("a plan always serialises")
}

/// Reads one stored plan (format "dekom-plan").
pub fn decode(raw: &str) -> Result<Plan, ReadError> {
    match open(raw)? {
        (Kind::One, version, top) => read_one(top, version),
        (Kind::Many, ..) => Err(ReadError::NotAPlan),
    }
}

/// The export file for `plans`, pretty-printed so it can be read and diffed by people.
pub fn export(plans: &[Plan], app_version: &str, now: &str) -> String {
    let file = Export {
        format: EXPORT_FORMAT,
        version: VERSION,
        app_version,
        exported: now,
        plans,
    };
    serde_json::to_string_pretty(&file).expect("plans always serialise")
}

/// Reads a file the user brings: an export ("dekom-plans") or a single plan
/// ("dekom-plan", as stored and as the safety copy is downloaded). All or nothing: any
/// error means no plan is returned.
pub fn import(text: &str) -> Result<Vec<Plan>, ReadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    match open(text)? {
        (Kind::One, version, top) => Ok(vec![read_one(top, version)?]),
        (Kind::Many, version, top) => read_many(top, version),
    }
}

enum Kind {
    One,
    Many,
}

/// Checks that `raw` is one of our formats in a version this app can read, and returns
/// which format, the version and the top-level object.
fn open(raw: &str) -> Result<(Kind, u64, Map<String, Value>), ReadError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| ReadError::NotJson)?;
    let Value::Object(top) = value else {
        return Err(ReadError::NotAPlan);
    };
    let kind = match top.get("format").and_then(Value::as_str) {
        Some(FORMAT) => Kind::One,
        Some(EXPORT_FORMAT) => Kind::Many,
        _ => return Err(ReadError::NotAPlan),
    };
    let version = match top.get("version") {
        None => {
            return Err(ReadError::Damaged {
                path: "version".into(),
                problem: Problem::Missing,
            })
        }
        Some(Value::Number(n)) => n.as_u64().filter(|&v| v >= 1).ok_or(ReadError::NotAPlan)?,
        Some(_) => {
            return Err(ReadError::Damaged {
                path: "version".into(),
                problem: Problem::WrongType,
            })
        }
    };
    if version > VERSION {
        return Err(ReadError::TooNew(version));
    }
    Ok((kind, version, top))
}

// Old plans are lifted to today's shape first and only then judged by today's rules.
fn migrate(plan: &mut Value, from: u64) {
    let done = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in MIGRATIONS.get(done..).unwrap_or_default() {
        *plan = step(plan.take());
    }
}

fn read_one(mut top: Map<String, Value>, version: u64) -> Result<Plan, ReadError> {
    if let Some(plan) = top.get_mut("plan") {
        migrate(plan, version);
    }
    validate::nfc(&mut top)?;
    let EnvelopeIn { plan } = fit(top)?;
    validate::plan(&plan, "plan")?;
    Ok(plan.normalise())
}

fn read_many(mut top: Map<String, Value>, version: u64) -> Result<Vec<Plan>, ReadError> {
    if let Some(Value::Array(plans)) = top.get_mut("plans") {
        plans.iter_mut().for_each(|plan| migrate(plan, version));
    }
    validate::nfc(&mut top)?;
    let ExportIn { plans } = fit(top)?;
    if plans.is_empty() {
        return Err(ReadError::NoPlans);
    }
    // Ids are storage keys: a second plan with the same id would silently replace the first.
    validate::ids(plans.iter().map(|plan| plan.id.as_str()), "plans")?;
    for (i, plan) in plans.iter().enumerate() {
        validate::plan(plan, &format!("plans[{i}]"))?;
    }
    Ok(plans.into_iter().map(Plan::normalise).collect())
}

/// Deserialises the top-level object, naming the field that does not fit.
fn fit<T: DeserializeOwned>(top: Map<String, Value>) -> Result<T, ReadError> {
    serde_path_to_error::deserialize(Value::Object(top)).map_err(|error| {
        let message = error.inner().to_string();
        let path = error.path().to_string();
        // serde reports a missing field at the object that lacks it; name the field itself.
        if let Some(field) = message
            .strip_prefix("missing field `")
            .and_then(|m| m.strip_suffix('`'))
        {
            let path = if path == "." {
                field.to_string()
            } else {
                format!("{path}.{field}")
            };
            return ReadError::Damaged {
                path,
                problem: Problem::Missing,
            };
        }
        // serde's messages are stable ("invalid type: …", "unknown variant …"); anything
        // unforeseen is reported as the wrong type rather than not at all.
        let problem = if message.starts_with("invalid value: integer") {
            // A number beyond its type, e.g. -1 for a count or 300 for a month.
            Problem::OutOfRange
        } else if message.starts_with("unknown variant") || message.starts_with("invalid value") {
            Problem::UnknownValue
        } else if message.starts_with("invalid length") {
            Problem::WrongLength
        } else {
            Problem::WrongType
        };
        ReadError::Damaged { path, problem }
    })
}
