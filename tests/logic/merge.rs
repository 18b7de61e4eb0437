//! Merging two copies of one plan: the laws that make tabs and files converge, and the
//! promise that no edit from either side disappears without trace.

use dekom::plan::planning::milestones::Milestone;
use dekom::plan::sync::merge;
use dekom::plan::Plan;
use proptest::prelude::*;

fn base() -> Plan {
    let mut plan = Plan::new("p1".into(), "Lesing".into(), "2026-01-01T00:00:00.000Z");
    plan.school = "Ås skole".into();
    plan.planning.milestones.push(Milestone {
        id: "m0".into(),
        what: "Oppstart".into(),
        ..Milestone::default()
    });
    plan
}

/// One copy of the plan (a tab), sealing each edit as the app does before it saves.
#[derive(Clone, Debug)]
struct Tab {
    actor: &'static str,
    plan: Plan,
}

impl Tab {
    fn new(actor: &'static str, plan: &Plan) -> Self {
        Tab {
            actor,
            plan: plan.clone(),
        }
    }

    fn edit(&mut self, at: u64, change: impl FnOnce(&mut Plan)) {
        let before = self.plan.clone();
        change(&mut self.plan);
        self.plan.updated = format!("2026-01-01T00:00:{at:06}Z");
        self.plan.seal(&before, self.actor, at);
    }

    fn take(&mut self, other: &Tab) {
        self.plan = merge(&self.plan, &other.plan);
    }
}

#[test]
fn two_tabs_typing_in_different_fields_keep_both() {
    let (mut a, mut b) = (Tab::new("a", &base()), Tab::new("b", &base()));
    a.edit(1, |p| p.municipality = "Ås".into());
    b.edit(2, |p| p.idea = "Alle elever leser hver dag".into());
    let merged = merge(&a.plan, &b.plan);
    assert_eq!(merged.municipality, "Ås");
    assert_eq!(merged.idea, "Alle elever leser hver dag");
    assert!(merged.text_conflicts().is_empty());
    assert_eq!(merged, merge(&b.plan, &a.plan));
}

#[test]
fn an_edit_wins_over_the_unchanged_old_value_whichever_side_is_newer() {
    let (mut a, b) = (Tab::new("a", &base()), Tab::new("b", &base()));
    a.edit(5, |p| p.school = "Ås ungdomsskole".into());
    assert_eq!(merge(&b.plan, &a.plan).school, "Ås ungdomsskole");
    assert_eq!(merge(&a.plan, &b.plan).school, "Ås ungdomsskole");
}

#[test]
fn the_same_text_typed_in_two_tabs_at_once_is_a_conflict_not_a_loss() {
    let (mut a, mut b) = (Tab::new("a", &base()), Tab::new("b", &base()));
    a.edit(1, |p| {
        p.phases[0].set_answer("f1-q", "Tekst fra rektor".into())
    });
    b.edit(2, |p| {
        p.phases[0].set_answer("f1-q", "Tekst fra lærer".into())
    });
    let merged = merge(&a.plan, &b.plan);
    assert_eq!(
        merged.phases[0].answer("f1-q"),
        "Tekst fra lærer",
        "the newer is shown"
    );
    let conflicts = merged.text_conflicts();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(
        conflicts[0].value.as_ref().and_then(|v| v.as_str()),
        Some("Tekst fra rektor")
    );

    // The user takes the other text; both tabs then agree, with no conflict left.
    let mut settled = Tab::new("b", &merged);
    let conflict = conflicts[0].clone();
    settled.edit(3, |p| p.settle(&conflict, true));
    assert_eq!(settled.plan.phases[0].answer("f1-q"), "Tekst fra rektor");
    assert!(settled.plan.text_conflicts().is_empty());
    a.take(&settled);
    assert_eq!(a.plan.phases[0].answer("f1-q"), "Tekst fra rektor");
    assert!(a.plan.text_conflicts().is_empty());
    assert_eq!(a.plan, merge(&settled.plan, &a.plan));
}

#[test]
fn a_removed_item_does_not_come_back_from_an_old_copy() {
    let (mut a, b) = (Tab::new("a", &base()), Tab::new("b", &base()));
    a.edit(1, |p| p.planning.milestones.clear());
    assert!(merge(&a.plan, &b.plan).planning.milestones.is_empty());
    assert!(merge(&b.plan, &a.plan).planning.milestones.is_empty());
}

#[test]
fn text_typed_into_an_item_removed_elsewhere_is_kept_as_a_conflict() {
    let (mut a, mut b) = (Tab::new("a", &base()), Tab::new("b", &base()));
    a.edit(1, |p| p.planning.milestones.clear());
    b.edit(2, |p| {
        p.planning.milestones[0].how = "Med foreldremøte".into()
    });
    let merged = merge(&a.plan, &b.plan);
    assert!(merged.planning.milestones.is_empty());
    let conflicts = merged.text_conflicts();
    assert_eq!(conflicts.len(), 1, "{:?}", merged.sync.conflicts);
    // Taking it back restores the item with its text.
    let mut back = merged.clone();
    back.settle(&conflicts[0].clone(), true);
    assert_eq!(back.planning.milestones.len(), 1);
    assert_eq!(back.planning.milestones[0].how, "Med foreldremøte");
}

#[test]
fn items_added_in_both_tabs_are_all_kept() {
    let (mut a, mut b) = (Tab::new("a", &base()), Tab::new("b", &base()));
    a.edit(1, |p| {
        p.planning.milestones.push(Milestone {
            id: "ma".into(),
            what: "A".into(),
            ..Milestone::default()
        })
    });
    b.edit(2, |p| {
        p.planning.milestones.push(Milestone {
            id: "mb".into(),
            what: "B".into(),
            ..Milestone::default()
        })
    });
    let merged = merge(&a.plan, &b.plan);
    let ids: Vec<&str> = merged
        .planning
        .milestones
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(ids.len(), 3);
    assert!(ids.contains(&"ma") && ids.contains(&"mb") && ids[0] == "m0");
}

#[test]
fn two_copies_from_before_stamps_keep_both_texts() {
    let mut a = base();
    let mut b = base();
    a.idea = "Lesing".into();
    b.idea = "Skriving".into();
    b.planning.milestones.push(Milestone {
        id: "m1".into(),
        what: "Bare her".into(),
        ..Milestone::default()
    });
    let merged = merge(&a, &b);
    assert_eq!(merged, merge(&b, &a));
    let texts: Vec<&str> = merged
        .text_conflicts()
        .iter()
        .filter_map(|c| c.value.as_ref().and_then(|v| v.as_str()))
        .collect();
    assert!(
        merged.idea == "Lesing" && texts == ["Skriving"]
            || merged.idea == "Skriving" && texts == ["Lesing"]
    );
    assert_eq!(
        merged.planning.milestones.len(),
        2,
        "an item only one side has is kept"
    );
}

#[test]
fn a_later_edit_wins_even_when_the_clock_went_back() {
    let (mut a, mut b) = (Tab::new("a", &base()), Tab::new("b", &base()));
    a.edit(1000, |p| p.school = "Først".into());
    b.take(&a);
    b.edit(10, |p| p.school = "Så".into());
    let merged = merge(&a.plan, &b.plan);
    assert_eq!(merged.school, "Så");
    assert!(merged.text_conflicts().is_empty());
}

#[test]
fn stamps_survive_the_file_format() {
    let (mut a, mut b) = (Tab::new("a", &base()), Tab::new("b", &base()));
    a.edit(1, |p| p.school = "A".into());
    b.edit(2, |p| p.school = "B".into());
    let merged = merge(&a.plan, &b.plan);
    assert!(!merged.sync.stamps.is_empty() && !merged.sync.conflicts.is_empty());
    let file =
        dekom::store::envelope::export(std::slice::from_ref(&merged), "0", "2026-01-01T00:00:00Z");
    let back = dekom::store::envelope::import(&file).expect("reads");
    assert_eq!(back, vec![merged.clone()]);
    let stored = dekom::store::envelope::encode(&merged, "2026-01-01T00:00:00Z");
    assert_eq!(
        dekom::store::envelope::decode(&stored).expect("reads"),
        merged
    );
}

// --- the laws, over random edits in three tabs ----------------------------------------

#[derive(Debug, Clone)]
enum Op {
    School(String),
    Answer(usize, u8, String),
    Tick(usize, u8, bool),
    Note(usize, u8, String),
    Add(String),
    EditWhat(usize, String),
    Remove(usize),
    MoveUp(usize),
    Phase(usize, u8),
    /// Take in another tab's copy.
    Merge(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let text = prop_oneof![Just(String::new()), "[a-cæ ]{1,6}"];
    prop_oneof![
        text.clone().prop_map(Op::School),
        (0..4usize, 0..3u8, text.clone()).prop_map(|(p, q, t)| Op::Answer(p, q, t)),
        (0..4usize, 0..3u8, any::<bool>()).prop_map(|(p, a, d)| Op::Tick(p, a, d)),
        (0..4usize, 0..3u8, text.clone()).prop_map(|(p, a, t)| Op::Note(p, a, t)),
        "[a-c]{1,4}".prop_map(Op::Add),
        (0..4usize, text).prop_map(|(i, t)| Op::EditWhat(i, t)),
        (0..4usize).prop_map(Op::Remove),
        (0..4usize).prop_map(Op::MoveUp),
        (0..4usize, 0..5u8).prop_map(|(i, p)| Op::Phase(i, p)),
        (0..3usize).prop_map(Op::Merge),
    ]
}

const ACTORS: [&str; 3] = ["a", "b", "c"];

/// Runs the steps (tab, op) and returns the three tabs' copies.
fn run(steps: &[(usize, Op)]) -> Vec<Tab> {
    let mut copies: Vec<Tab> = ACTORS.iter().map(|a| Tab::new(a, &base())).collect();
    let mut next = 0;
    for (at, (tab, op)) in steps.iter().enumerate() {
        let at = at as u64 + 1;
        if let Op::Merge(from) = op {
            let other = copies[*from].clone();
            copies[*tab].take(&other);
            continue;
        }
        next += 1;
        let fresh = format!("n{next}");
        copies[*tab].edit(at, |p| apply(p, op, fresh));
    }
    copies
}

fn apply(p: &mut Plan, op: &Op, fresh: String) {
    let ms = &mut p.planning.milestones;
    match op {
        Op::School(t) => p.school = t.clone(),
        Op::Answer(ph, q, t) => p.phases[*ph].set_answer(&format!("q{q}"), t.clone()),
        Op::Tick(ph, a, d) => p.phases[*ph].activity_mut(&format!("a{a}")).done = *d,
        Op::Note(ph, a, t) => p.phases[*ph].activity_mut(&format!("a{a}")).note = t.clone(),
        Op::Add(t) => ms.push(Milestone {
            id: fresh,
            what: t.clone(),
            ..Milestone::default()
        }),
        Op::EditWhat(i, t) => {
            if let Some(m) = ms.get_mut(*i) {
                m.what = t.clone();
            }
        }
        Op::Remove(i) => {
            if *i < ms.len() {
                ms.remove(*i);
            }
        }
        Op::MoveUp(i) => {
            if *i > 0 && *i < ms.len() {
                ms.swap(*i, *i - 1);
            }
        }
        Op::Phase(i, n) => {
            if let Some(m) = ms.get_mut(*i) {
                m.phase = *n;
            }
        }
        Op::Merge(_) => {}
    }
}

fn steps() -> impl Strategy<Value = Vec<(usize, Op)>> {
    prop::collection::vec((0..3usize, op()), 0..24)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn merge_is_commutative(steps in steps()) {
        let c = run(&steps);
        prop_assert_eq!(merge(&c[0].plan, &c[1].plan), merge(&c[1].plan, &c[0].plan));
    }

    #[test]
    fn merge_is_associative(steps in steps()) {
        let c = run(&steps);
        let (x, y, z) = (&c[0].plan, &c[1].plan, &c[2].plan);
        prop_assert_eq!(merge(&merge(x, y), z), merge(x, &merge(y, z)));
    }

    #[test]
    fn merge_is_idempotent(steps in steps()) {
        let c = run(&steps);
        let x = &c[0].plan;
        prop_assert_eq!(&merge(x, x), x);
        let xy = merge(x, &c[1].plan);
        prop_assert_eq!(merge(&xy, &c[1].plan), xy.clone());
    }

    /// Every text a tab last wrote into a field is, after the merge, the value shown,
    /// or kept as a conflict, or was replaced by the other tab after it had seen it.
    #[test]
    fn merge_loses_no_text(steps in steps(), school_a in "[a-c]{1,5}", school_b in "[d-f]{1,5}") {
        // Texts neither tab wrote before: one the other tab has seen was replaced knowingly.
        let (school_a, school_b) = (format!("A:{school_a}"), format!("B:{school_b}"));
        let mut c = run(&steps);
        c[0].edit(100, |p| p.school = school_a.clone());
        c[1].edit(101, |p| p.school = school_b.clone());
        let merged = merge(&c[0].plan, &c[1].plan);
        let hidden: Vec<String> = merged.text_conflicts().iter()
            .filter_map(|conflict| conflict.value.as_ref().and_then(|v| v.as_str()).map(str::to_string)).collect();
        prop_assert_eq!(&merged.school, &school_b);
        prop_assert!(hidden.contains(&school_a), "{:?}", merged.sync.conflicts);
        // The milestones' texts: each tab's item is in the merge or was removed knowingly.
        for copy in &c[..2] {
            for m in &copy.plan.planning.milestones {
                if let Some(kept) = merged.planning.milestones.iter().find(|k| k.id == m.id) {
                    let what_kept = kept.what == m.what || m.what.is_empty()
                        || hidden.contains(&m.what) || merged.sync.stamps.contains_key(&format!("/planning/milestones/#{}/what", m.id));
                    prop_assert!(what_kept);
                }
            }
        }
    }

    #[test]
    fn tabs_that_exchange_copies_converge(steps in steps()) {
        let mut c = run(&steps);
        let (a, b, d) = (c[0].clone(), c[1].clone(), c[2].clone());
        c[0].take(&b); c[0].take(&d);
        c[1].take(&d); c[1].take(&a);
        c[2].take(&a); c[2].take(&b);
        prop_assert_eq!(&c[0].plan, &c[1].plan);
        prop_assert_eq!(&c[1].plan, &c[2].plan);
    }
}
