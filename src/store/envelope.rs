//! The versioned envelope every stored or exported plan travels in. Every load goes
//! through `decode`, which migrates old versions, so the rest of the app only ever sees
//! the current `Plan`.

use serde::Serialize;
use serde_json::Value;

use crate::plan::Plan;

pub const FORMAT: &str = "dekom-plan";
pub const VERSION: u64 = 1;

/// Steps that lift a plan's JSON one version: `MIGRATIONS[i]` turns version `i + 1` into
/// `i + 2`. Append one whenever `VERSION` goes up; never edit an old one.
const MIGRATIONS: &[fn(Value) -> Value] = &[];

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    saved: &'a str,
    plan: &'a Plan,
}

/// Why a stored or imported text could not be read as a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all (truncated, another kind of file).
    NotJson,
    /// JSON, but not a plan from this app.
    NotAPlan,
    /// Written by a newer version of the app than this one.
    TooNew(u64),
    /// A plan, but its content does not fit (a field of the wrong type, no id).
    Damaged(String),
}

pub fn encode(plan: &Plan, now: &str) -> String {
    let envelope = Envelope { format: FORMAT, version: VERSION, saved: now, plan };
    serde_json::to_string(&envelope).expect("a plan always serialises")
}

pub fn decode(raw: &str) -> Result<Plan, ReadError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| ReadError::NotJson)?;
    let Value::Object(mut envelope) = value else { return Err(ReadError::NotAPlan) };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ReadError::NotAPlan);
    }
    let version = envelope.get("version").and_then(Value::as_u64).filter(|&v| v >= 1).ok_or(ReadError::NotAPlan)?;
    if version > VERSION {
        return Err(ReadError::TooNew(version));
    }
    let mut plan = envelope.remove("plan").ok_or(ReadError::NotAPlan)?;
    for step in &MIGRATIONS[(version - 1) as usize..] {
        plan = step(plan);
    }
    let plan: Plan = serde_json::from_value(plan).map_err(|e| ReadError::Damaged(e.to_string()))?;
    if plan.id.trim().is_empty() {
        return Err(ReadError::Damaged("id".into()));
    }
    Ok(plan.normalise())
}
