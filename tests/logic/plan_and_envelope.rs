//! The school's plan and the envelope it is kept in: progress arithmetic, own items,
//! round trips, and what happens to text that is not a current plan.

use dekom::i18n::Lang;
use dekom::model::model;
use dekom::plan::{new_id, ItemKind, PhaseStatus, Plan};
use dekom::store::envelope::{decode, encode, Problem, ReadError, VERSION};

const NOW: &str = "2026-11-22T08:00:00.000Z";

fn plan() -> Plan {
    Plan::new("p1".into(), "Trygt skolemiljø".into(), NOW)
}

#[test]
fn a_new_plan_has_four_empty_phases_and_no_progress() {
    let m = model(Lang::Nb);
    let p = plan();
    assert_eq!(p.phases.len(), 4);
    for phase in m.phases {
        let progress = p.progress(m, phase.number);
        assert_eq!(progress.done, 0);
        assert_eq!(progress.activities, phase.activities.len());
        assert_eq!(progress.questions, phase.questions.len());
    }
    assert!(p
        .phases
        .iter()
        .all(|ph| ph.status == PhaseStatus::NotStarted));
}

#[test]
fn progress_counts_done_activities_and_answered_questions_including_own() {
    let m = model(Lang::Nb);
    let phase = m.phase(3).unwrap();
    let mut p = plan();
    let ph = p.phase_mut(3).unwrap();
    ph.activity_mut(phase.activities[0].id).done = true;
    ph.activity_mut(phase.activities[1].id).note = "bare et notat".into();
    ph.add_own(
        ItemKind::Activity,
        "own-a-1".into(),
        "Felles planleggingsdag".into(),
    );
    ph.activity_mut("own-a-1").done = true;
    ph.set_answer(phase.questions[0].id, "Vi gjør det i team.".into());
    ph.set_answer(phase.questions[1].id, "   ".into());

    let progress = p.progress(m, 3);
    assert_eq!(progress.done, 2);
    assert_eq!(progress.activities, phase.activities.len() + 1);
    assert_eq!(progress.answered, 1, "blank answers do not count");
    assert_eq!(p.progress(m, 1).done, 0, "other phases are untouched");
    assert_eq!(p.overall_progress(m).done, 2);
}

#[test]
fn state_of_a_removed_own_activity_does_not_linger_in_progress() {
    let m = model(Lang::Nb);
    let mut p = plan();
    let ph = p.phase_mut(1).unwrap();
    ph.add_own(ItemKind::Activity, "own-a-1".into(), "x".into());
    ph.activity_mut("own-a-1").done = true;
    ph.remove_own(ItemKind::Activity, "own-a-1");
    assert_eq!(p.progress(m, 1).done, 0);
    assert!(p.phase(1).unwrap().activity("own-a-1").is_none());
}

#[test]
fn own_items_can_be_edited_and_reordered_within_bounds() {
    let mut p = plan();
    let ph = p.phase_mut(2).unwrap();
    for (id, text) in [("a", "én"), ("b", "to"), ("c", "tre")] {
        ph.add_own(ItemKind::Question, id.into(), text.into());
    }
    ph.move_own(ItemKind::Question, "c", -1);
    ph.move_own(ItemKind::Question, "a", -1);
    ph.move_own(ItemKind::Question, "b", 1);
    ph.edit_own(ItemKind::Question, "a", "første".into());
    let order: Vec<_> = ph
        .own(ItemKind::Question)
        .iter()
        .map(|i| (i.id.as_str(), i.text.as_str()))
        .collect();
    assert_eq!(order, [("a", "første"), ("c", "tre"), ("b", "to")]);
    assert!(ph.own(ItemKind::Activity).is_empty());
}

#[test]
fn a_plan_survives_the_envelope_unchanged() {
    let mut p = plan();
    p.school = "Bø skule".into();
    p.idea = "Færre elever som føler seg utenfor «i friminuttene».\nLinje to.".into();
    let ph = p.phase_mut(4).unwrap();
    ph.status = PhaseStatus::Consolidated;
    *ph.activity_mut("f4-x") = dekom::plan::ActivityState {
        done: true,
        note: "n".into(),
        responsible: "Kari".into(),
        due: "2027-03-01".into(),
    };
    let raw = encode(&p, NOW);
    assert!(raw.contains(&format!("\"version\":{VERSION}")));
    assert_eq!(decode(&raw), Ok(p));
}

#[test]
fn text_that_is_not_a_current_plan_is_refused_with_a_reason() {
    assert_eq!(
        decode("{\"format\":\"dekom-plan\",\"vers"),
        Err(ReadError::NotJson)
    );
    assert_eq!(decode("[1,2]"), Err(ReadError::NotAPlan));
    assert_eq!(
        decode("{\"format\":\"noe-annet\",\"version\":1,\"plan\":{}}"),
        Err(ReadError::NotAPlan)
    );
    assert_eq!(
        decode("{\"format\":\"dekom-plan\",\"version\":0,\"plan\":{\"id\":\"x\"}}"),
        Err(ReadError::NotAPlan)
    );
    assert_eq!(
        decode("{\"format\":\"dekom-plan\",\"version\":99,\"plan\":{\"id\":\"x\"}}"),
        Err(ReadError::TooNew(99))
    );
    let damaged = |path: &str, problem| {
        Err(ReadError::Damaged {
            path: path.into(),
            problem,
        })
    };
    assert_eq!(
        decode("{\"format\":\"dekom-plan\",\"version\":1,\"plan\":{\"id\":\"x\",\"phases\":7}}"),
        damaged("plan.phases", Problem::WrongType)
    );
    assert_eq!(
        decode("{\"format\":\"dekom-plan\",\"version\":1,\"plan\":{\"id\":\" \"}}"),
        damaged("plan.id", Problem::Blank)
    );
}

#[test]
fn missing_fields_and_phases_are_filled_in_on_load() {
    let p = decode("{\"format\":\"dekom-plan\",\"version\":1,\"plan\":{\"id\":\"x\",\"phases\":[{\"status\":\"in_progress\"}]}}").unwrap();
    assert_eq!(p.phases.len(), 4);
    assert_eq!(p.phase(1).unwrap().status, PhaseStatus::InProgress);
    assert_eq!(p.name, "");
}

#[test]
fn a_duplicate_keeps_the_content_under_a_new_identity() {
    let mut p = plan();
    p.idea = "idé".into();
    let copy = p.duplicate("p2".into(), "Kopi".into(), "2027-01-01T00:00:00Z");
    assert_eq!(
        (copy.id.as_str(), copy.name.as_str(), copy.idea.as_str()),
        ("p2", "Kopi", "idé")
    );
    assert_eq!(copy.created, "2027-01-01T00:00:00Z");
}

#[test]
fn titles_fall_back_from_name_to_school_to_a_default() {
    let mut p = plan();
    p.name = "  ".into();
    assert_eq!(p.title("Uten navn"), "Uten navn");
    p.school = "Vik skole".into();
    assert_eq!(p.title("Uten navn"), "Vik skole");
}

#[test]
fn ids_have_the_prefix_and_differ_for_different_randomness() {
    let mut x = 0.0;
    let a = new_id("p", || 0.5);
    let b = new_id("p", || {
        x += 0.09;
        x % 1.0
    });
    assert!(a.starts_with('p') && a.len() == 11);
    assert_ne!(a, b);
    assert_eq!(
        new_id("q", || 0.999_999_9).len(),
        11,
        "the top of the range stays inside the alphabet"
    );
}

#[test]
fn export_file_names_come_from_the_school_and_the_date() {
    use dekom::store::files::file_name;
    assert_eq!(
        file_name("Bø skule", "2026-11-22T08:00:00Z", "json"),
        "bø-skule-2026-11-22.json"
    );
    assert_eq!(
        file_name("  «Vår/Haust» 2026: plan ", "2026-11-22", "md"),
        "vår-haust-2026-plan-2026-11-22.md"
    );
    assert_eq!(
        file_name("../..", "2026-11-22", "json"),
        "plan-2026-11-22.json"
    );
}
