//! A plan that comes back merged with the copy here: the preview names every item the
//! merge adds, changes, removes or leaves to the user, and the plan it shows is the merge.

use dekom::plan::incoming::{preview, Item, Kind, Place};
use dekom::plan::planning::group::Member;
use dekom::plan::planning::milestones::Milestone;
use dekom::plan::sync::merge;
use dekom::plan::Plan;

fn base() -> Plan {
    let mut plan = Plan::new("p1".into(), "Lesing".into(), "2026-01-01T00:00:00.000Z");
    plan.school = "Ås skole".into();
    plan.planning.milestones.push(Milestone {
        id: "m0".into(),
        what: "Oppstart".into(),
        ..Milestone::default()
    });
    plan.planning.milestones.push(Milestone {
        id: "m1".into(),
        what: "Skolevandring".into(),
        ..Milestone::default()
    });
    plan
}

/// `plan` changed by one sealed edit of `actor` at `at`, as a tab saves it.
fn edited(plan: &Plan, actor: &str, at: u64, change: impl FnOnce(&mut Plan)) -> Plan {
    let mut next = plan.clone();
    change(&mut next);
    next.seal(plan, actor, at);
    next
}

fn kinds(items: &[Item]) -> Vec<(Place, Kind, Option<&str>)> {
    items
        .iter()
        .map(|i| (i.place.clone(), i.kind, i.label.as_deref()))
        .collect()
}

#[test]
fn nothing_new_in_the_file_means_nothing_to_list() {
    let here = edited(&base(), "a", 1, |p| p.idea = "Alle leser".into());
    let (merged, items) = preview(&here, &base());
    assert!(items.is_empty(), "{items:?}");
    assert_eq!(merged, merge(&here, &base()));
}

#[test]
fn additions_changes_and_removals_are_listed_per_phase_and_tool() {
    let here = base();
    let incoming = edited(&base(), "partner", 5, |p| {
        p.school = "Ås ungdomsskole".into();
        p.phases[1].set_answer("f2-q1", "Vi starter med lærermøtet".into());
        p.phases[2].activity_mut("f3-a1").done = true;
        p.planning.milestones.retain(|m| m.id != "m1");
        p.planning.milestones[0].how = "Med foreldremøte".into();
        p.planning.group.members.push(Member {
            id: "g1".into(),
            name: "Kari Nordmann".into(),
            ..Member::default()
        });
    });
    let (merged, items) = preview(&here, &incoming);
    assert_eq!(merged, merge(&here, &incoming));
    assert_eq!(
        kinds(&items),
        vec![
            (Place::Plan, Kind::Changed, None),
            (Place::Phase(2), Kind::Added, None),
            (Place::Phase(3), Kind::Added, None),
            (
                Place::Tool("group".into()),
                Kind::Added,
                Some("Kari Nordmann")
            ),
            (
                Place::Tool("milestones".into()),
                Kind::Changed,
                Some("Oppstart")
            ),
            (
                Place::Tool("milestones".into()),
                Kind::Removed,
                Some("Skolevandring")
            ),
        ]
    );
    assert_eq!(items[0].path, "/school");
    assert_eq!(items[1].path, "/phases/$1/answers/f2-q1");
    // One activity is one item, however many of its fields changed.
    assert_eq!(items[2].path, "/phases/$2/activities/f3-a1");
    assert_eq!(items[4].path, "/planning/milestones/#m0");
}

#[test]
fn the_same_text_written_on_both_sides_is_a_conflict_and_both_are_kept() {
    let here = edited(&base(), "rektor", 3, |p| {
        p.phases[0].set_answer("f1-q1", "Rektors svar".into())
    });
    let incoming = edited(&base(), "partner", 4, |p| {
        p.phases[0].set_answer("f1-q1", "Partnerens svar".into())
    });
    let (merged, items) = preview(&here, &incoming);
    assert_eq!(kinds(&items), vec![(Place::Phase(1), Kind::Conflict, None)]);
    let conflicts = merged.text_conflicts();
    assert_eq!(conflicts.len(), 1);
    let both = [
        merged.phases[0].answer("f1-q1").to_string(),
        conflicts[0]
            .value
            .as_ref()
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string(),
    ];
    assert!(both.contains(&"Rektors svar".to_string()), "{both:?}");
    assert!(both.contains(&"Partnerens svar".to_string()), "{both:?}");
}

#[test]
fn a_conflict_already_here_is_not_listed_again() {
    let a = edited(&base(), "a", 1, |p| p.idea = "A".into());
    let b = edited(&base(), "b", 2, |p| p.idea = "B".into());
    let here = merge(&a, &b);
    assert_eq!(here.text_conflicts().len(), 1);
    let (_, items) = preview(&here, &b);
    assert!(items.is_empty(), "{items:?}");
}

#[test]
fn text_typed_into_an_item_removed_here_is_offered_back_as_a_conflict() {
    let here = edited(&base(), "a", 1, |p| {
        p.planning.milestones.retain(|m| m.id != "m1")
    });
    let incoming = edited(&base(), "b", 2, |p| {
        p.planning.milestones[1].how = "To runder".into()
    });
    let (merged, items) = preview(&here, &incoming);
    assert_eq!(merged.planning.milestones.len(), 1);
    assert_eq!(
        kinds(&items),
        vec![(
            Place::Tool("milestones".into()),
            Kind::Conflict,
            Some("Skolevandring")
        )]
    );
}

#[test]
fn the_merged_plan_taken_back_to_the_other_browser_converges() {
    let here = edited(&base(), "laptop", 1, |p| p.idea = "Alle leser".into());
    let there = edited(&base(), "ipad", 2, |p| p.municipality = "Ås".into());
    let (merged_here, _) = preview(&here, &there);
    let (merged_there, items) = preview(&there, &merged_here);
    assert_eq!(merged_here, merged_there);
    assert_eq!(kinds(&items), vec![(Place::Plan, Kind::Changed, None)]);
    // And once both have it, a further exchange has nothing to show.
    assert!(preview(&merged_here, &merged_there).1.is_empty());
}
