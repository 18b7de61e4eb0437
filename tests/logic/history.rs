//! Undo and redo as a user experiences them.

use dekom::plan::{History, Plan, Restore};

fn idea(restores: &[Restore]) -> &str {
    &restores[0].plan.as_ref().unwrap().idea
}

fn plan(idea: &str) -> Plan {
    Plan {
        idea: idea.into(),
        ..Plan::new("p".into(), "P".into(), "2026-01-01T00:00:00Z")
    }
}

#[test]
fn typing_in_quick_succession_is_one_step() {
    let mut h = History::default();
    h.record("p", Some(plan("")), 0.0, true);
    h.record("p", Some(plan("a")), 500.0, true);
    h.record("p", Some(plan("ab")), 1200.0, true);
    let back = h.undo(None, |_| Some(plan("abc")));
    assert_eq!(
        back[0].plan.as_ref().unwrap().idea,
        "",
        "one undo takes back the whole burst"
    );
    assert!(!h.can_undo(None));
}

#[test]
fn a_pause_or_another_plan_starts_a_new_step() {
    let mut h = History::default();
    h.record("p", Some(plan("")), 0.0, true);
    h.record("p", Some(plan("a")), 5000.0, true);
    h.record("q", None, 5100.0, true);
    assert_eq!(
        h.undo(None, |_| None),
        vec![Restore {
            plan_id: "q".into(),
            plan: None
        }]
    );
    assert_eq!(idea(&h.undo(None, |_| Some(plan("ab")))), "a");
    assert_eq!(idea(&h.undo(None, |_| Some(plan("a")))), "");
}

#[test]
fn deletes_never_merge_and_redo_goes_forward_again() {
    let mut h = History::default();
    h.record("p", Some(plan("x")), 0.0, false);
    h.record("p", Some(plan("x")), 10.0, true);
    assert_eq!(h.undo(None, |_| Some(plan("y"))).len(), 1);
    assert!(h.can_undo(None), "the delete before is its own step");
    assert!(h.can_redo(None));
    assert_eq!(idea(&h.redo(None, |_| Some(plan("x")))), "y");
    h.record("p", Some(plan("y")), 20.0, true);
    assert!(!h.can_redo(None), "a new change forgets what was undone");
}

#[test]
fn only_the_last_hundred_steps_are_kept() {
    let mut h = History::default();
    for i in 0..150 {
        h.record(&format!("p{i}"), None, f64::from(i) * 10_000.0, true);
    }
    let mut n = 0;
    while !h.undo(None, |_| None).is_empty() {
        n += 1;
    }
    assert_eq!(n, 100);
}

#[test]
fn an_import_of_several_plans_is_undone_in_one_step() {
    let mut h = History::default();
    h.record_group(
        vec![
            Restore {
                plan_id: "a".into(),
                plan: None,
            },
            Restore {
                plan_id: "b".into(),
                plan: Some(plan("old")),
            },
        ],
        0.0,
    );
    h.record("b", Some(plan("new")), 100.0, true);
    assert_eq!(
        h.undo(None, |_| None).len(),
        1,
        "typing after an import is its own step"
    );
    let back = h.undo(None, |_| None);
    assert_eq!(back.len(), 2);
    assert_eq!(back[1].plan.as_ref().unwrap().idea, "old");
    assert!(!h.can_undo(None));
}

#[test]
fn on_a_plans_pages_undo_takes_back_that_plans_last_step() {
    let mut h = History::default();
    h.record("a", Some(plan("a før")), 0.0, false);
    h.record("b", Some(plan("b før")), 10.0, false);
    assert!(h.can_undo(Some("a")) && !h.can_undo(Some("c")));
    let back = h.undo(Some("a"), |_| Some(plan("a nå")));
    assert_eq!((back[0].plan_id.as_str(), idea(&back)), ("a", "a før"));
    assert!(!h.can_undo(Some("a")), "b's step is not a's");
    assert_eq!(h.next_undo(None).map(|r| r[0].plan_id.as_str()), Some("b"));
    assert!(h.can_redo(Some("a")) && !h.can_redo(Some("b")));
}

#[test]
fn a_plan_changed_elsewhere_has_no_history_left_to_overwrite_it() {
    let mut h = History::default();
    h.record("a", Some(plan("gammel")), 0.0, false);
    h.record_group(
        vec![
            Restore {
                plan_id: "a".into(),
                plan: None,
            },
            Restore {
                plan_id: "b".into(),
                plan: None,
            },
        ],
        10.0,
    );
    h.forget("a");
    assert!(!h.can_undo(Some("a")));
    assert_eq!(
        h.undo(None, |_| None),
        vec![Restore {
            plan_id: "b".into(),
            plan: None
        }],
        "b's part of the import stays"
    );
    assert!(!h.can_undo(None));
}

#[test]
fn undo_memory_is_bounded_by_size() {
    let mut h = History::default();
    h.note_size("big", 1024 * 1024);
    for i in 0..40 {
        h.record(
            "big",
            Some(plan(&format!("{i}"))),
            f64::from(i) * 10_000.0,
            false,
        );
    }
    let mut n = 0;
    while !h.undo(None, |_| None).is_empty() {
        n += 1;
    }
    assert_eq!(
        n,
        dekom::plan::history::MAX_BYTES / (1024 * 1024),
        "16 copies of a 1 MB plan"
    );
}
