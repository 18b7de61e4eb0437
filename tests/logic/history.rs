//! Undo and redo as a user experiences them.

use dekom::plan::{History, Plan, Restore};

fn idea(restores: &[Restore]) -> &str {
    &restores[0].plan.as_ref().unwrap().idea
}

fn plan(idea: &str) -> Plan {
    Plan { idea: idea.into(), ..Plan::new("p".into(), "P".into(), "2026-01-01T00:00:00Z") }
}

#[test]
fn typing_in_quick_succession_is_one_step() {
    let mut h = History::default();
    h.record("p", Some(plan("")), 0.0, true);
    h.record("p", Some(plan("a")), 500.0, true);
    h.record("p", Some(plan("ab")), 1200.0, true);
    let back = h.undo(|_| Some(plan("abc")));
    assert_eq!(back[0].plan.as_ref().unwrap().idea, "", "one undo takes back the whole burst");
    assert!(!h.can_undo());
}

#[test]
fn a_pause_or_another_plan_starts_a_new_step() {
    let mut h = History::default();
    h.record("p", Some(plan("")), 0.0, true);
    h.record("p", Some(plan("a")), 5000.0, true);
    h.record("q", None, 5100.0, true);
    assert_eq!(h.undo(|_| None), vec![Restore { plan_id: "q".into(), plan: None }]);
    assert_eq!(idea(&h.undo(|_| Some(plan("ab")))), "a");
    assert_eq!(idea(&h.undo(|_| Some(plan("a")))), "");
}

#[test]
fn deletes_never_merge_and_redo_goes_forward_again() {
    let mut h = History::default();
    h.record("p", Some(plan("x")), 0.0, false);
    h.record("p", Some(plan("x")), 10.0, true);
    assert_eq!(h.undo(|_| Some(plan("y"))).len(), 1);
    assert!(h.can_undo(), "the delete before is its own step");
    assert!(h.can_redo());
    assert_eq!(idea(&h.redo(|_| Some(plan("x")))), "y");
    h.record("p", Some(plan("y")), 20.0, true);
    assert!(!h.can_redo(), "a new change forgets what was undone");
}

#[test]
fn only_the_last_hundred_steps_are_kept() {
    let mut h = History::default();
    for i in 0..150 {
        h.record(&format!("p{i}"), None, f64::from(i) * 10_000.0, true);
    }
    let mut n = 0;
    while !h.undo(|_| None).is_empty() {
        n += 1;
    }
    assert_eq!(n, 100);
}

#[test]
fn an_import_of_several_plans_is_undone_in_one_step() {
    let mut h = History::default();
    h.record_group(vec![Restore { plan_id: "a".into(), plan: None }, Restore { plan_id: "b".into(), plan: Some(plan("old")) }], 0.0);
    h.record("b", Some(plan("new")), 100.0, true);
    assert_eq!(h.undo(|_| None).len(), 1, "typing after an import is its own step");
    let back = h.undo(|_| None);
    assert_eq!(back.len(), 2);
    assert_eq!(back[1].plan.as_ref().unwrap().idea, "old");
    assert!(!h.can_undo());
}
