//! Two copies of one plan changed at once (two tabs, two devices, a file that comes back)
//! become one with `merge`, and nothing typed in either is lost.
//!
//! Every field and list item of a plan is a *leaf* named by its path
//! (`/phases/$1/answers/f2-q-hvem`, `/planning/milestones/#m3/what`). A copy that changes
//! leaves `seal`s the change: each changed leaf gets a `Stamp` (which copy made the edit,
//! that copy's count of edits, and when), and the plan remembers, per copy, how many of
//! its edits it has seen. Merging keeps, per leaf, every value that the other side has
//! not seen and replaced (a multi-value register with a causal context): a value edited
//! on one side wins over the unchanged other; values written on both sides without either
//! seeing the other are all kept, the newest shown and the others kept as `Conflict`s
//! until the user chooses. A removed item leaves a stamped tombstone, so an old copy
//! cannot bring it back. Merge is commutative, associative and idempotent.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

use super::Plan;

/// Which edit a value came from: the copy (a tab or a device) that made it, that copy's
/// count of edits to this plan, and when, in milliseconds since 1970. A copy never
/// stamps two edits alike, so a stamp names one edit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Stamp(pub String, pub u64, pub u64);

impl Stamp {
    fn actor(&self) -> &str {
        &self.0
    }

    fn count(&self) -> u64 {
        self.1
    }

    pub fn at(&self) -> u64 {
        self.2
    }

    /// Newer first by time, then by copy and count so that every copy picks the same.
    fn order(&self) -> (u64, &str, u64) {
        (self.2, &self.0, self.1)
    }
}

/// A value that another value made at the same time elsewhere has hidden. `value` is
/// `None` where that edit removed the field (an answer cleared, an item deleted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub path: String,
    /// `None` for a value no copy ever stamped (a plan from before stamps existed).
    pub stamp: Option<Stamp>,
    pub value: Option<Value>,
}

/// What a plan knows of the edits made to it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sync {
    /// Per copy, how many of its edits this plan has seen (all of them up to that count).
    pub seen: BTreeMap<String, u64>,
    /// The stamp of each leaf's value, and of each removal; a leaf never edited since
    /// stamps exist has none.
    pub stamps: BTreeMap<String, Stamp>,
    /// Values hidden by another made at the same time, ordered by path and stamp.
    pub conflicts: Vec<Conflict>,
    /// The order each keyed list was given by its stamped edit. A list shows that order
    /// with the items added elsewhere after it, so its ids alone would not say it.
    pub orders: BTreeMap<String, Vec<String>>,
}

impl Sync {
    fn has_seen(&self, stamp: &Stamp) -> bool {
        self.seen
            .get(stamp.actor())
            .is_some_and(|&n| n >= stamp.count())
    }

    fn latest_at(&self) -> u64 {
        self.stamps
            .values()
            .chain(self.conflicts.iter().filter_map(|c| c.stamp.as_ref()))
            .map(Stamp::at)
            .max()
            .unwrap_or(0)
    }
}

/// The plan's fields that are bookkeeping, not content; `merge` has a rule for each.
const OWN_RULES: [&str; 5] = ["id", "created", "updated", "last_exported", "sync"];
/// The last segment of the leaf that holds a keyed list's order (its ids).
const ORDER: &str = "~order";

pub type Leaves = BTreeMap<String, Value>;

/// Every content leaf of a plan by path. Empty lists and maps have no leaves: reading a
/// plan treats a missing field as empty.
pub fn leaves(plan: &Plan) -> Leaves {
    leaves_with(plan, &plan.sync)
}

/// `leaves`, reading the lists' orders with `sync`.
fn leaves_with(plan: &Plan, sync: &Sync) -> Leaves {
    let mut out = Leaves::new();
    // Through text, not `to_value`: the app already has that code, and a second copy of
    // every plan type's serialiser would cost the app's size.
    let value = serde_json::to_string(plan)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok());
    if let Some(Value::Object(mut top)) = value {
        for key in OWN_RULES {
            top.remove(key);
        }
        walk_object(&top, &mut String::new(), &mut out, sync);
    }
    out
}

fn walk_object(map: &Map<String, Value>, path: &mut String, out: &mut Leaves, sync: &Sync) {
    for (key, child) in map {
        let len = path.len();
        path.push('/');
        push_key(path, key);
        walk(child, path, out, sync);
        path.truncate(len);
    }
}

/// The order a keyed list at `path` shows for the stamped `order`: its ids that exist,
/// then the items it does not name, oldest first.
fn arrange(path: &str, order: &[String], present: &BTreeSet<String>, sync: &Sync) -> Vec<String> {
    let mut out: Vec<String> = order
        .iter()
        .filter(|id| present.contains(*id))
        .cloned()
        .collect();
    let named: BTreeSet<&String> = order.iter().collect();
    let mut rest: Vec<&String> = present.iter().filter(|id| !named.contains(id)).collect();
    let at = |id: &String| {
        let mut item = format!("{path}/#");
        push_escaped(&mut item, id);
        sync.stamps.get(&item).map(Stamp::at)
    };
    rest.sort_by_key(|id| (at(id), *id));
    out.extend(rest.into_iter().cloned());
    out
}

fn walk(value: &Value, path: &mut String, out: &mut Leaves, sync: &Sync) {
    match value {
        Value::Object(map) => walk_object(map, path, out, sync),
        Value::Array(items) if items.iter().all(Value::is_object) => {
            let order_path = format!("{path}/{ORDER}");
            let stamped = sync.stamps.contains_key(&order_path);
            match keyed(items) {
                Some(ids) if !ids.is_empty() || stamped => {
                    let ids: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
                    // The stamped order (or its removal) stands as long as the list shows it.
                    let order = match sync.orders.get(&order_path) {
                        given
                            if stamped
                                && arrange(
                                    path,
                                    given.map_or(&[], Vec::as_slice),
                                    &ids.iter().cloned().collect(),
                                    sync,
                                ) == ids =>
                        {
                            given.cloned()
                        }
                        _ => Some(ids.clone()),
                    };
                    if let Some(order) = order {
                        out.insert(
                            order_path,
                            Value::Array(order.into_iter().map(Value::from).collect()),
                        );
                    }
                    let len = path.len();
                    for (item, id) in items.iter().zip(&ids) {
                        path.push_str("/#");
                        push_escaped(path, id);
                        out.insert(path.clone(), Value::Bool(true));
                        if let Value::Object(fields) = item {
                            let mut fields = fields.clone();
                            fields.remove("id");
                            walk_object(&fields, path, out, sync);
                        }
                        path.truncate(len);
                    }
                }
                Some(_) => {}
                None => {
                    for (i, item) in items.iter().enumerate() {
                        let len = path.len();
                        path.push_str(&format!("/${i}"));
                        walk(item, path, out, sync);
                        path.truncate(len);
                    }
                }
            }
        }
        leaf => {
            out.insert(path.clone(), leaf.clone());
        }
    }
}

/// The ids of a list whose items each have a distinct text id; `None` for other lists.
fn keyed(items: &[Value]) -> Option<Vec<&str>> {
    let ids: Vec<&str> = items
        .iter()
        .map(|i| i.get("id").and_then(Value::as_str))
        .collect::<Option<_>>()?;
    let distinct: BTreeSet<&str> = ids.iter().copied().collect();
    (distinct.len() == ids.len()).then_some(ids)
}

// Segments: a map key or field name as it is, an item of a keyed list as `#id`, an
// element of another list as `$index`. `~` and `/` are escaped as in JSON Pointer, and
// a key that would read as `#`, `$` or `~` is prefixed with `~2`.
fn push_escaped(path: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
}

fn push_key(path: &mut String, key: &str) {
    if key.starts_with(['#', '$']) {
        path.push_str("~2");
    }
    push_escaped(path, key);
}

fn unescape(text: &str) -> String {
    text.replace("~1", "/").replace("~0", "~")
}

/// One step of a path, as `segments` reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Item(String),
    Index(usize),
    Order,
}

pub fn segments(path: &str) -> Vec<Segment> {
    path.split('/').skip(1).map(segment).collect()
}

fn segment(raw: &str) -> Segment {
    if raw == ORDER {
        Segment::Order
    } else if let Some(key) = raw.strip_prefix("~2") {
        Segment::Key(unescape(key))
    } else if let Some(id) = raw.strip_prefix('#') {
        Segment::Item(unescape(id))
    } else if let Some(i) = raw.strip_prefix('$').and_then(|i| i.parse().ok()) {
        Segment::Index(i)
    } else {
        Segment::Key(unescape(raw))
    }
}

/// The paths of the keyed-list items that `path` lies inside, outermost first.
fn items_around(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices("/#").filter_map(move |(start, _)| {
        let end = path[start + 1..]
            .find('/')
            .map_or(path.len(), |i| start + 1 + i);
        (end < path.len()).then(|| &path[..end])
    })
}

impl Plan {
    /// Stamps what changed since `base` (this copy's plan as last sealed or merged) as one
    /// edit by `actor` at `now_ms`. The stamps come from `base`, not from `self`: a plan
    /// put back by undo carries the stamps of its time, and its values are a new edit.
    /// A conflict that `self` no longer lists was settled by the user. Returns whether
    /// anything was stamped or settled.
    pub fn seal(&mut self, base: &Plan, actor: &str, now_ms: u64) -> bool {
        let mut sync = base.sync.clone();
        let kept = |c: &Conflict| {
            self.sync
                .conflicts
                .iter()
                .any(|k| k.path == c.path && k.stamp == c.stamp)
        };
        let settled = sync.conflicts.iter().any(|c| !kept(c));
        sync.conflicts.retain(kept);
        let (old, new) = (leaves(base), leaves_with(self, &base.sync));
        let changed: BTreeSet<&String> = old
            .keys()
            .chain(new.keys())
            .filter(|p| old.get(*p) != new.get(*p))
            .collect();
        if changed.is_empty() {
            self.sync = sync;
            return settled;
        }
        let count = sync.seen.get(actor).copied().unwrap_or(0) + 1;
        // Never older than anything this copy has seen, even if the clock went back: a
        // later edit must win over the value it replaced.
        let stamp = Stamp(actor.to_string(), count, now_ms.max(sync.latest_at() + 1));
        let removed = |item: &str| old.contains_key(item) && !new.contains_key(item);
        for path in changed {
            sync.conflicts.retain(|c| &c.path != path);
            // The fields of a removed item go with it; its tombstone keeps it removed.
            if items_around(path).any(removed) {
                sync.stamps.remove(path);
            } else {
                sync.stamps.insert(path.clone(), stamp.clone());
            }
            if path.ends_with(ORDER) {
                match new.get(path.as_str()) {
                    Some(Value::Array(ids)) => {
                        let ids = ids
                            .iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect();
                        sync.orders.insert(path.clone(), ids);
                    }
                    _ => drop(sync.orders.remove(path.as_str())),
                }
            }
        }
        sync.seen.insert(actor.to_string(), count);
        self.sync = sync;
        true
    }

    /// The text conflicts the user should see: where a text typed elsewhere at the same
    /// time is hidden behind the one shown (or belonged to an item removed meanwhile).
    pub fn text_conflicts(&self) -> Vec<&Conflict> {
        let shown = leaves(self);
        self.sync
            .conflicts
            .iter()
            .filter(|c| {
                c.value
                    .as_ref()
                    .and_then(Value::as_str)
                    .is_some_and(|t| !t.trim().is_empty())
            })
            .filter(|c| shown.get(&c.path) != c.value.as_ref())
            .collect()
    }

    /// Settles a conflict: keeps the value shown, or (`take`) puts the hidden one in its
    /// place. The next `seal` records the choice as an edit.
    pub fn settle(&mut self, conflict: &Conflict, take: bool) {
        if take {
            let mut all = leaves(self);
            if let Some(value) = &conflict.value {
                all.insert(conflict.path.clone(), value.clone());
                // A text from a removed item brings the item back.
                for item in items_around(&conflict.path) {
                    all.entry(item.to_string()).or_insert(Value::Bool(true));
                }
            }
            if let Some(plan) = rebuild(self, &all, &self.sync) {
                *self = plan;
            }
        }
        self.sync
            .conflicts
            .retain(|c| !(c.path == conflict.path && c.stamp == conflict.stamp));
    }
}

/// One value a side holds for a leaf.
#[derive(Clone)]
struct Entry<'a> {
    stamp: Option<&'a Stamp>,
    value: Option<&'a Value>,
}

fn entries<'a>(path: &str, leaves: &'a Leaves, sync: &'a Sync, out: &mut Vec<Entry<'a>>) {
    out.clear();
    let stamp = sync.stamps.get(path);
    let value = leaves.get(path);
    if stamp.is_some() || value.is_some() {
        out.push(Entry { stamp, value });
    }
    out.extend(
        sync.conflicts
            .iter()
            .filter(|c| c.path == path)
            .map(|c| Entry {
                stamp: c.stamp.as_ref(),
                value: c.value.as_ref(),
            }),
    );
}

/// The two copies as one: see the module's comment. `a` and `b` must be the same plan
/// (same id), each sealed.
pub fn merge(a: &Plan, b: &Plan) -> Plan {
    let (la, lb) = (leaves(a), leaves(b));
    let paths: BTreeSet<&String> = la
        .keys()
        .chain(lb.keys())
        .chain(a.sync.stamps.keys())
        .chain(b.sync.stamps.keys())
        .chain(a.sync.conflicts.iter().map(|c| &c.path))
        .chain(b.sync.conflicts.iter().map(|c| &c.path))
        .collect();
    let mut seen = a.sync.seen.clone();
    for (actor, &n) in &b.sync.seen {
        let mine = seen.entry(actor.clone()).or_insert(0);
        *mine = (*mine).max(n);
    }
    let mut kept: BTreeMap<&str, Vec<Entry>> = BTreeMap::new();
    let (mut ea, mut eb) = (Vec::new(), Vec::new());
    for path in paths {
        entries(path, &la, &a.sync, &mut ea);
        entries(path, &lb, &b.sync, &mut eb);
        let survives = |e: &Entry, other: &[Entry], other_sync: &Sync| match e.stamp {
            Some(s) => other.iter().any(|o| o.stamp == Some(s)) || !other_sync.has_seen(s),
            None => true,
        };
        let mut list: Vec<Entry> = ea
            .iter()
            .filter(|e| survives(e, &eb, &b.sync))
            .cloned()
            .collect();
        for e in eb.iter().filter(|e| survives(e, &ea, &a.sync)) {
            if !list
                .iter()
                .any(|k| k.stamp == e.stamp && (e.stamp.is_some() || k.value == e.value))
            {
                list.push(e.clone());
            }
        }
        // A value from before stamps existed gives way to any stamped edit of the leaf.
        if list.iter().any(|e| e.stamp.is_some()) {
            list.retain(|e| e.stamp.is_some());
        }
        if !list.is_empty() {
            list.sort_by(|x, y| newest_first(x, y));
            kept.insert(path, list);
        }
    }

    let exists = |item: &str| {
        kept.get(item)
            .is_some_and(|l| l[0].value == Some(&Value::Bool(true)))
    };
    let mut shown = Leaves::new();
    let mut sync = Sync {
        seen,
        ..Sync::default()
    };
    for (path, list) in &kept {
        let orphan = items_around(path).any(|item| !exists(item));
        let mut rest = &list[..];
        if !orphan {
            let first = &list[0];
            if let Some(value) = first.value {
                shown.insert(path.to_string(), value.clone());
            }
            // The order a list was given, or its removal, as the stamp says.
            if let (true, Some(_)) = (path.ends_with(ORDER), first.stamp) {
                if let Some(Value::Array(ids)) = first.value {
                    sync.orders.insert(
                        path.to_string(),
                        ids.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect(),
                    );
                }
            }
            if let Some(stamp) = first.stamp {
                sync.stamps.insert(path.to_string(), stamp.clone());
            }
            rest = &list[1..];
        }
        for e in rest {
            // Inside a removed item, only edits made without knowing of the removal count.
            if orphan && e.stamp.is_none() {
                continue;
            }
            sync.conflicts.push(Conflict {
                path: path.to_string(),
                stamp: e.stamp.cloned(),
                value: e.value.cloned(),
            });
        }
    }

    let base = Plan {
        id: a.id.clone(),
        created: [&a.created, &b.created]
            .into_iter()
            .filter(|c| !c.is_empty())
            .min()
            .cloned()
            .unwrap_or_default(),
        updated: a.updated.clone().max(b.updated.clone()),
        last_exported: a.last_exported.clone().max(b.last_exported.clone()),
        ..Plan::default()
    };
    // Every leaf came from a plan that read, so the rebuilt plan reads; should a shape
    // ever not fit, the newer copy is kept whole rather than a plan lost.
    rebuild(&base, &shown, &sync).unwrap_or_else(|| {
        if b.updated > a.updated {
            b.clone()
        } else {
            a.clone()
        }
    })
}

fn newest_first(x: &Entry, y: &Entry) -> std::cmp::Ordering {
    match (x.stamp, y.stamp) {
        (Some(sx), Some(sy)) => sy.order().cmp(&sx.order()),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => value_key(y.value).cmp(&value_key(x.value)),
    }
}

fn value_key(value: Option<&Value>) -> String {
    value.map(Value::to_string).unwrap_or_default()
}

/// The plan whose content is `shown` and whose bookkeeping is `base`'s, with `sync`.
fn rebuild(base: &Plan, shown: &Leaves, sync: &Sync) -> Option<Plan> {
    let mut root = Node::default();
    for (path, value) in shown {
        let mut node = &mut root;
        for raw in path.split('/').skip(1) {
            node = node.children.entry(raw.to_string()).or_default();
        }
        node.leaf = Some(value.clone());
    }
    let Value::Object(mut top) = root.into_value(sync) else {
        return None;
    };
    top.insert("id".into(), Value::from(base.id.clone()));
    top.insert("created".into(), Value::from(base.created.clone()));
    top.insert("updated".into(), Value::from(base.updated.clone()));
    top.insert(
        "last_exported".into(),
        Value::from(base.last_exported.clone()),
    );
    // The reader storage and files use, so the app holds one copy of it.
    let mut plan: Plan = serde_path_to_error::deserialize(Value::Object(top)).ok()?;
    plan.sync = sync.clone();
    Some(plan.normalise())
}

#[derive(Default)]
struct Node {
    leaf: Option<Value>,
    children: BTreeMap<String, Node>,
}

impl Node {
    fn into_value(self, sync: &Sync) -> Value {
        self.build(&mut String::new(), sync)
    }

    fn build(self, path: &mut String, sync: &Sync) -> Value {
        if self.children.is_empty() {
            return self.leaf.unwrap_or(Value::Null);
        }
        let keyed = self
            .children
            .keys()
            .any(|k| k == ORDER || k.starts_with('#'));
        let positional = self.children.keys().any(|k| k.starts_with('$'));
        let mut children = self.children;
        if keyed {
            let order: Vec<String> = match children.remove(ORDER).and_then(|n| n.leaf) {
                Some(Value::Array(ids)) => ids
                    .into_iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            let mut items: BTreeMap<String, Node> = children
                .into_iter()
                .filter(|(k, n)| k.starts_with('#') && n.leaf == Some(Value::Bool(true)))
                .collect();
            let mut list = Vec::new();
            let take = |raw: String, node: Node, list: &mut Vec<Value>, path: &mut String| {
                let len = path.len();
                path.push('/');
                path.push_str(&raw);
                let id = unescape(&raw[1..]);
                let mut value = if node.children.is_empty() {
                    Value::Object(Map::new())
                } else {
                    node.build(path, sync)
                };
                if let Value::Object(fields) = &mut value {
                    fields.insert("id".into(), Value::from(id));
                }
                path.truncate(len);
                list.push(value);
            };
            let present: BTreeSet<String> = items.keys().map(|raw| unescape(&raw[1..])).collect();
            for id in arrange(path, &order, &present, sync) {
                let mut raw = String::from("#");
                push_escaped(&mut raw, &id);
                if let Some(node) = items.remove(&raw) {
                    take(raw, node, &mut list, path);
                }
            }
            Value::Array(list)
        } else if positional {
            let mut list = Vec::new();
            for (raw, node) in children {
                let Some(i) = raw.strip_prefix('$').and_then(|i| i.parse::<usize>().ok()) else {
                    continue;
                };
                if list.len() <= i {
                    list.resize(i + 1, Value::Object(Map::new()));
                }
                let len = path.len();
                path.push('/');
                path.push_str(&raw);
                list[i] = node.build(path, sync);
                path.truncate(len);
            }
            Value::Array(list)
        } else {
            let mut map = Map::new();
            for (raw, node) in children {
                let len = path.len();
                path.push('/');
                path.push_str(&raw);
                let key = match segment(&raw) {
                    Segment::Key(key) => key,
                    _ => unescape(&raw),
                };
                map.insert(key, node.build(path, sync));
                path.truncate(len);
            }
            Value::Object(map)
        }
    }
}
