//! Undo and redo across plans: each step remembers the plans it touched as they were
//! before (or that they did not exist). Keystrokes in quick succession on the same plan
//! make one step, so "undo" takes back a typed sentence, not a letter. On a plan's pages
//! undo takes back that plan's last step, not another plan's.

use std::collections::HashMap;

use super::Plan;

/// Edits to the same plan closer together than this merge into one step.
const MERGE_WITHIN_MS: f64 = 1500.0;
/// How many steps are kept; older ones are forgotten.
const LIMIT: usize = 100;
/// How much the kept copies of plans may weigh in all, as their stored size; the oldest
/// steps are forgotten first. A 1 MB plan keeps 16 steps, a typical 50 KB plan 100.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;
/// The weight of a plan whose stored size is not known yet (never saved).
const UNKNOWN_BYTES: usize = 64 * 1024;

/// One plan to put back: the plan with this id becomes `plan`, or is removed when `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Restore {
    pub plan_id: String,
    pub plan: Option<Plan>,
}

#[derive(Debug, Clone, PartialEq)]
struct Step {
    before: Vec<Restore>,
    /// When the step was last extended, in milliseconds.
    at: f64,
    /// Whether later typing may merge into this step (not after deletes, imports, …).
    open: bool,
    bytes: usize,
}

impl Step {
    fn single_plan(&self) -> Option<&str> {
        match self.before.as_slice() {
            [only] => Some(&only.plan_id),
            _ => None,
        }
    }

    fn touches(&self, scope: Option<&str>) -> bool {
        scope.is_none_or(|id| self.before.iter().any(|r| r.plan_id == id))
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Each plan's size as last stored, to weigh the steps that copy it.
    sizes: HashMap<String, usize>,
}

impl History {
    /// Records a change to one plan whose prior state was `before`. `typing` changes join
    /// the previous step when it is recent, open and for the same plan.
    pub fn record(&mut self, plan_id: &str, before: Option<Plan>, now_ms: f64, typing: bool) {
        if typing && self.extends_last(plan_id, now_ms) {
            if let Some(last) = self.undo.last_mut() {
                last.at = now_ms;
            }
            self.redo.clear();
            return;
        }
        self.push(
            vec![Restore {
                plan_id: plan_id.to_string(),
                plan: before,
            }],
            now_ms,
            typing,
        );
    }

    /// Whether typing in `plan_id` now would merge into the last step, in which case the
    /// caller need not copy the plan for `record`.
    pub fn extends_last(&self, plan_id: &str, now_ms: f64) -> bool {
        self.undo.last().is_some_and(|last| {
            last.open && last.single_plan() == Some(plan_id) && now_ms - last.at < MERGE_WITHIN_MS
        })
    }

    /// Records one change to several plans at once (an import), undone in one step.
    pub fn record_group(&mut self, before: Vec<Restore>, now_ms: f64) {
        if !before.is_empty() {
            self.push(before, now_ms, false);
        }
    }

    /// Notes how large a plan is as stored, to weigh the steps that copy it.
    pub fn note_size(&mut self, plan_id: &str, bytes: usize) {
        self.sizes.insert(plan_id.to_string(), bytes);
    }

    fn weigh(&self, before: &[Restore]) -> usize {
        before
            .iter()
            .filter(|r| r.plan.is_some())
            .map(|r| self.sizes.get(&r.plan_id).copied().unwrap_or(UNKNOWN_BYTES))
            .sum()
    }

    fn push(&mut self, before: Vec<Restore>, at: f64, open: bool) {
        self.redo.clear();
        let bytes = self.weigh(&before);
        self.undo.push(Step {
            before,
            at,
            open,
            bytes,
        });
        let mut total: usize = self.undo.iter().map(|s| s.bytes).sum();
        while self.undo.len() > 1 && (self.undo.len() > LIMIT || total > MAX_BYTES) {
            total -= self.undo.remove(0).bytes;
        }
    }

    /// Whether there is a step to undo: on a plan's pages (`scope`) one of that plan.
    pub fn can_undo(&self, scope: Option<&str>) -> bool {
        self.undo.iter().any(|s| s.touches(scope))
    }

    pub fn can_redo(&self, scope: Option<&str>) -> bool {
        self.redo.iter().any(|s| s.touches(scope))
    }

    /// What the next undo in `scope` would put back, without taking it.
    pub fn next_undo(&self, scope: Option<&str>) -> Option<&[Restore]> {
        self.undo
            .iter()
            .rev()
            .find(|s| s.touches(scope))
            .map(|s| s.before.as_slice())
    }

    pub fn next_redo(&self, scope: Option<&str>) -> Option<&[Restore]> {
        self.redo
            .iter()
            .rev()
            .find(|s| s.touches(scope))
            .map(|s| s.before.as_slice())
    }

    /// Takes the last step in `scope` back; `current` gives a plan as it is now, to redo to.
    pub fn undo(
        &mut self,
        scope: Option<&str>,
        current: impl Fn(&str) -> Option<Plan>,
    ) -> Vec<Restore> {
        Self::take(&mut self.undo, &mut self.redo, scope, &current, &self.sizes)
    }

    /// Does the last undone step in `scope` again.
    pub fn redo(
        &mut self,
        scope: Option<&str>,
        current: impl Fn(&str) -> Option<Plan>,
    ) -> Vec<Restore> {
        Self::take(&mut self.redo, &mut self.undo, scope, &current, &self.sizes)
    }

    fn take(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        scope: Option<&str>,
        current: &impl Fn(&str) -> Option<Plan>,
        sizes: &HashMap<String, usize>,
    ) -> Vec<Restore> {
        let Some(i) = from.iter().rposition(|s| s.touches(scope)) else {
            return Vec::new();
        };
        let step = from.remove(i);
        // The same step seen from the other side: the plans as they are now.
        let flipped: Vec<Restore> = step
            .before
            .iter()
            .map(|r| Restore {
                plan_id: r.plan_id.clone(),
                plan: current(&r.plan_id),
            })
            .collect();
        let bytes = flipped
            .iter()
            .filter(|r| r.plan.is_some())
            .map(|r| sizes.get(&r.plan_id).copied().unwrap_or(UNKNOWN_BYTES))
            .sum();
        to.push(Step {
            before: flipped,
            at: step.at,
            open: false,
            bytes,
        });
        step.before
    }

    /// Forgets every step that would put `plan_id` back: another tab changed or removed
    /// it since, and an old copy must never overwrite newer work.
    pub fn forget(&mut self, plan_id: &str) {
        for steps in [&mut self.undo, &mut self.redo] {
            for step in steps.iter_mut() {
                step.before.retain(|r| r.plan_id != plan_id);
            }
            steps.retain(|s| !s.before.is_empty());
        }
        self.sizes.remove(plan_id);
    }
}
