//! Undo and redo across plans: each step remembers the plans it touched as they were
//! before (or that they did not exist). Keystrokes in quick succession on the same plan
//! make one step, so "undo" takes back a typed sentence, not a letter.

use super::Plan;

/// Edits to the same plan closer together than this merge into one step.
const MERGE_WITHIN_MS: f64 = 1500.0;
/// How many steps are kept; older ones are forgotten.
const LIMIT: usize = 100;

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
}

impl Step {
    fn single_plan(&self) -> Option<&str> {
        match self.before.as_slice() {
            [only] => Some(&only.plan_id),
            _ => None,
        }
    }

    /// The same step seen from the other side: the plans as they are now.
    fn flipped(&self, current: &impl Fn(&str) -> Option<Plan>) -> Step {
        let before = self.before.iter().map(|r| Restore { plan_id: r.plan_id.clone(), plan: current(&r.plan_id) }).collect();
        Step { before, at: self.at, open: false }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
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
        self.push(vec![Restore { plan_id: plan_id.to_string(), plan: before }], now_ms, typing);
    }

    /// Whether typing in `plan_id` now would merge into the last step, in which case the
    /// caller need not copy the plan for `record`.
    pub fn extends_last(&self, plan_id: &str, now_ms: f64) -> bool {
        self.undo.last().is_some_and(|last| last.open && last.single_plan() == Some(plan_id) && now_ms - last.at < MERGE_WITHIN_MS)
    }

    /// Records one change to several plans at once (an import), undone in one step.
    pub fn record_group(&mut self, before: Vec<Restore>, now_ms: f64) {
        if !before.is_empty() {
            self.push(before, now_ms, false);
        }
    }

    fn push(&mut self, before: Vec<Restore>, at: f64, open: bool) {
        self.redo.clear();
        self.undo.push(Step { before, at, open });
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Takes the last step back; `current` gives a plan as it is now, to redo to.
    pub fn undo(&mut self, current: impl Fn(&str) -> Option<Plan>) -> Vec<Restore> {
        let Some(step) = self.undo.pop() else { return Vec::new() };
        self.redo.push(step.flipped(&current));
        step.before
    }

    /// Does the last undone step again.
    pub fn redo(&mut self, current: impl Fn(&str) -> Option<Plan>) -> Vec<Restore> {
        let Some(step) = self.redo.pop() else { return Vec::new() };
        self.undo.push(step.flipped(&current));
        step.before
    }
}
