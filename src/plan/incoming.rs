//! A plan that comes back (from a partner, another device, a backup) merged with the copy
//! here: what the merge will change, item by item, shown before the user agrees.

use serde_json::Value;
use std::collections::BTreeSet;

use super::sync::{leaves, merge, segments, Segment};
use super::Plan;

/// Where in the plan an item lies, in the order the preview shows them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// The plan's own fields: name, school, idea …
    Plan,
    Phase(u8),
    /// A planning tool, by its field name (`milestones`, `group` …).
    Tool(String),
    Assessments,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Added,
    Changed,
    Removed,
    /// Written differently on both sides: both kept, the user chooses after the merge.
    Conflict,
}

/// One item the merge changes: a field, an answer, an activity, a list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub place: Place,
    /// The item's path (`/phases/$2/answers/q1`, `/planning/milestones/#m3`).
    pub path: String,
    pub kind: Kind,
    /// The item's own words where it has some (a milestone's text, a member's name), from
    /// the side that has it.
    pub label: Option<String>,
}

/// `here` and `incoming` merged, and what that changes here, by place then path.
pub fn preview(here: &Plan, incoming: &Plan) -> (Plan, Vec<Item>) {
    let merged = merge(here, incoming);
    let (before, after, theirs) = (leaves(here), leaves(&merged), leaves(incoming));
    let old_conflicts: BTreeSet<&str> = here
        .text_conflicts()
        .into_iter()
        .map(|c| c.path.as_str())
        .collect();
    let new_conflicts: BTreeSet<String> = merged
        .text_conflicts()
        .into_iter()
        .map(|c| c.path.as_str())
        .filter(|p| !old_conflicts.contains(p))
        .map(item_of)
        .collect();
    let changed: BTreeSet<String> = before
        .keys()
        .chain(after.keys())
        .filter(|p| !p.ends_with("/~order") && before.get(*p) != after.get(*p))
        .map(|p| item_of(p))
        .chain(new_conflicts.iter().cloned())
        .collect();
    let within = |all: &super::sync::Leaves, item: &str| {
        all.range(item.to_string()..)
            .take_while(|(p, _)| p.as_str() == item || p.starts_with(&format!("{item}/")))
            .map(|(p, v)| (p.clone(), v.clone()))
            .collect::<Vec<_>>()
    };
    let mut items: Vec<Item> = changed
        .into_iter()
        .map(|path| {
            let (was, is) = (within(&before, &path), within(&after, &path));
            let kind = if new_conflicts.contains(&path) {
                Kind::Conflict
            } else if was.is_empty() {
                Kind::Added
            } else if is.is_empty() {
                Kind::Removed
            } else {
                Kind::Changed
            };
            // From the merge, else from here (removed), else from the file (a conflict over
            // an item removed here).
            let label = [is.as_slice(), was.as_slice(), &within(&theirs, &path)]
                .into_iter()
                .find_map(|side| label(&path, side));
            Item {
                place: place(&path),
                path,
                kind,
                label,
            }
        })
        .collect();
    items.sort_by(|a, b| (&a.place, &a.path).cmp(&(&b.place, &b.path)));
    (merged, items)
}

/// The item a leaf belongs to: a keyed list's item (up to its `#id`), a checklist
/// activity (its id under `activities`), or the leaf itself.
fn item_of(path: &str) -> String {
    let mut end = 0;
    let mut under_activities = false;
    for raw in path.split('/').skip(1) {
        end += 1 + raw.len();
        if raw.starts_with('#') || under_activities {
            break;
        }
        under_activities = raw == "activities";
    }
    path[..end].to_string()
}

/// The part of the plan a path lies in.
pub fn place(path: &str) -> Place {
    match segments(path).as_slice() {
        [Segment::Key(top), Segment::Index(i), ..] if top == "phases" => {
            Place::Phase(u8::try_from(i + 1).unwrap_or(0))
        }
        [Segment::Key(top), Segment::Key(tool), ..] if top == "planning" => {
            Place::Tool(tool.clone())
        }
        [Segment::Key(top), ..] if top == "assessments" => Place::Assessments,
        [Segment::Key(_)] => Place::Plan,
        _ => Place::Other,
    }
}

/// The words an item is known by: the first text among the fields a person would name it
/// by, or the value itself for a text leaf.
fn label(item: &str, leaves: &[(String, Value)]) -> Option<String> {
    const NAMES: [&str; 7] = [
        "name",
        "what",
        "title",
        "text",
        "description",
        "label",
        "date",
    ];
    let text_at = |path: &str| {
        leaves
            .iter()
            .find(|(p, _)| p == path)
            .and_then(|(_, v)| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    if !item.contains("/#") {
        return None;
    }
    NAMES.iter().find_map(|n| text_at(&format!("{item}/{n}")))
}
