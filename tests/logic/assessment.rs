//! Self-assessments: the scoring a workshop sees (means, spreads, "don't know" left
//! out), snapshots on a plan, and how scores move between dates.

use dekom::i18n::Lang;
use dekom::model::instruments::{instruments, Instrument};
use dekom::model::model;
use dekom::plan::assessment::{Answer, Snapshot, Tally, Trend};
use dekom::plan::Plan;
use dekom::store::envelope::{decode, encode, Problem, ReadError};

const NOW: &str = "2026-11-22T08:00:00.000Z";

fn tally(counts: [u32; 5], dont_know: u32) -> Tally {
    Tally { counts, dont_know }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_mean_weighs_each_rating_by_how_many_gave_it() {
    // 2×1, 1×3, 3×5: (2 + 3 + 15) / 6
    let t = tally([2, 0, 1, 0, 3], 0);
    assert!(close(t.mean().unwrap(), 20.0 / 6.0));
    assert_eq!(t.rated(), 6);
}

#[test]
fn dont_know_counts_as_an_answer_but_not_in_the_mean_or_spread() {
    let with = tally([0, 1, 0, 1, 0], 7);
    let without = tally([0, 1, 0, 1, 0], 0);
    assert_eq!(with.mean(), without.mean());
    assert_eq!(with.mean(), Some(3.0));
    assert_eq!(with.spread(), without.spread());
    assert_eq!((with.rated(), with.answered()), (2, 9));
}

#[test]
fn the_spread_is_the_standard_deviation_of_the_group_and_its_range() {
    // Ratings 2 and 4: mean 3, each 1 away, so the deviation is exactly 1.
    let s = tally([0, 1, 0, 1, 0], 0).spread().unwrap();
    assert!(close(s.sd, 1.0));
    assert_eq!((s.min, s.max), (2, 4));
    // Everyone agrees: no spread.
    let s = tally([0, 0, 4, 0, 0], 1).spread().unwrap();
    assert_eq!((s.sd, s.min, s.max), (0.0, 3, 3));
    // 1, 1, 5: mean 7/3, variance ((4/3)² · 2 + (8/3)²) / 3 = 32/9.
    let s = tally([2, 0, 0, 0, 1], 0).spread().unwrap();
    assert!(close(s.sd, (32.0f64 / 9.0).sqrt()));
    assert_eq!((s.min, s.max), (1, 5));
}

#[test]
fn an_item_nobody_rated_has_no_mean_and_no_spread() {
    for t in [Tally::default(), tally([0; 5], 3)] {
        assert_eq!(t.mean(), None);
        assert_eq!(t.spread(), None);
    }
    let s = Snapshot::new("s".into(), Instrument::Capacity, "2026-01-10".into());
    assert_eq!(s.tally("cap-values"), Tally::default());
    assert_eq!(s.mean_of(["cap-values", "cap-people"]), None);
    assert_eq!(s.respondents(), 0);
}

#[test]
fn each_person_adds_one_and_a_typed_tally_replaces_the_count() {
    let mut t = Tally::default();
    for a in [
        Answer::Rating(4),
        Answer::Rating(4),
        Answer::Rating(2),
        Answer::DontKnow,
    ] {
        t.add(a);
    }
    assert_eq!(t, tally([0, 1, 0, 2, 0], 1));
    t.set(Answer::Rating(5), 3);
    t.set(Answer::DontKnow, 0);
    assert_eq!(t, tally([0, 1, 0, 2, 3], 0));
    assert_eq!(t.count(Answer::Rating(5)), 3);
    // Ratings outside 1–5 are nobody's answer.
    t.add(Answer::Rating(0));
    t.add(Answer::Rating(6));
    t.set(Answer::Rating(9), 4);
    assert_eq!(t, tally([0, 1, 0, 2, 3], 0));
    assert_eq!(t.count(Answer::Rating(6)), 0);
    let mut full = tally([u32::MAX, 0, 0, 0, 0], 0);
    full.add(Answer::Rating(1));
    assert_eq!(
        full.count(Answer::Rating(1)),
        u32::MAX,
        "a count never wraps round to zero"
    );
}

#[test]
fn a_dimension_mean_counts_each_item_once_and_skips_unrated_items() {
    let mut s = Snapshot::new("s".into(), Instrument::Capacity, "2026-01-10".into());
    *s.tally_mut("cap-competence") = tally([0, 0, 0, 0, 10], 0); // mean 5 from ten people
    *s.tally_mut("cap-motivation") = tally([1, 0, 0, 0, 0], 2); // mean 1 from one person
    *s.tally_mut("cap-values") = tally([0; 5], 4); // only "don't know"
    assert_eq!(
        s.mean_of(["cap-competence", "cap-motivation", "cap-values"]),
        Some(3.0)
    );
    assert_eq!(s.respondents(), 10, "the most answers any one item got");
}

#[test]
fn levels_of_use_count_staff_per_level() {
    let mut s = Snapshot::new("l".into(), Instrument::LevelsOfUse, "2026-01-10".into());
    s.levels = [3, 2, 0, 5, 1, 0, 0, 1];
    assert_eq!(s.respondents(), 12);
    s.levels = [u32::MAX, 1, 0, 0, 0, 0, 0, 0];
    assert_eq!(s.respondents(), u32::MAX, "a count never wraps round");
    // A snapshot's counts are matched to the model's levels by position, in every
    // language: 0 Non-use first, IVA Routine (where "in use" starts) at 4, VI Renewal last.
    for lang in Lang::ALL {
        let marks = instruments(lang).levels_of_use.levels.map(|l| l.mark);
        assert_eq!(
            marks,
            ["0", "I", "II", "III", "IVA", "IVB", "V", "VI"],
            "{lang:?}"
        );
    }
}

fn capacity(id: &str, date: &str, competence: [u32; 5]) -> Snapshot {
    let mut s = Snapshot::new(id.into(), Instrument::Capacity, date.into());
    *s.tally_mut("cap-competence") = tally(competence, 0);
    s
}

#[test]
fn a_trend_runs_by_date_whatever_order_the_snapshots_were_made_in() {
    let mut plan = Plan::new("p".into(), "P".into(), NOW);
    plan.add_snapshot(capacity("b", "2026-06-01", [0, 0, 2, 0, 0]));
    plan.add_snapshot(capacity("a", "2025-12-01", [0, 2, 0, 0, 0]));
    plan.add_snapshot(capacity("c", "2026-12-01", [0, 0, 0, 1, 1]));
    plan.add_snapshot(Snapshot::new(
        "x".into(),
        Instrument::CriticalFactors,
        "2027-01-01".into(),
    ));
    let trend = plan.trend(Instrument::Capacity);
    let score = |s: &Snapshot| s.tally("cap-competence").mean();
    assert_eq!(
        trend.series(score),
        vec![
            ("2025-12-01", Some(2.0)),
            ("2026-06-01", Some(3.0)),
            ("2026-12-01", Some(4.5))
        ]
    );
    assert_eq!(trend.latest().map(|s| s.id.as_str()), Some("c"));
    assert_eq!(trend.previous().map(|s| s.id.as_str()), Some("b"));
    assert_eq!(
        trend.change(score),
        Some(1.5),
        "from 3.0 to 4.5 between the two latest"
    );
}

#[test]
fn a_fall_is_a_negative_change_and_a_missing_score_gives_none() {
    let (a, b) = (
        capacity("a", "2026-01-01", [0, 0, 0, 0, 2]),
        capacity("b", "2026-02-01", [0, 0, 0, 2, 2]),
    );
    let score = |s: &Snapshot| s.tally("cap-competence").mean();
    assert_eq!(Trend::new([&b, &a]).change(score), Some(-0.5));
    assert_eq!(
        Trend::new([&a]).change(score),
        None,
        "one snapshot: nothing to compare with"
    );
    assert_eq!(Trend::new([]).change(score), None);
    let empty = capacity("c", "2026-03-01", [0; 5]);
    assert_eq!(Trend::new([&a, &empty]).change(score), None);
    assert_eq!(
        Trend::new([&a, &empty]).series(score)[1],
        ("2026-03-01", None)
    );
}

#[test]
fn snapshots_on_the_same_date_keep_the_order_they_were_made_in() {
    let (a, b) = (
        capacity("first", "2026-01-01", [1, 0, 0, 0, 0]),
        capacity("second", "2026-01-01", [0, 0, 0, 0, 1]),
    );
    let trend = Trend::new([&a, &b]);
    assert_eq!(trend.latest().unwrap().id, "second");
    assert_eq!(
        trend.change(|s| s.tally("cap-competence").mean()),
        Some(4.0)
    );
}

#[test]
fn snapshots_are_added_edited_removed_and_kept_in_storage() {
    let mut plan = Plan::new("p".into(), "P".into(), NOW);
    plan.add_snapshot(capacity("a", "2026-01-01", [0, 1, 0, 0, 0]));
    plan.add_snapshot(capacity("b", "2026-02-01", [0, 0, 1, 0, 0]));
    plan.snapshot_mut("a")
        .unwrap()
        .tally_mut("cap-values")
        .add(Answer::Rating(5));
    plan.snapshot_mut("a").unwrap().date = "2026-01-15".into();
    let back = decode(&encode(&plan, NOW)).unwrap();
    assert_eq!(back, plan);
    assert_eq!(
        back.snapshot("a")
            .unwrap()
            .tally("cap-values")
            .count(Answer::Rating(5)),
        1
    );
    plan.remove_snapshot("a");
    assert_eq!(
        plan.assessments
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        ["b"]
    );
    assert!(plan.snapshot("a").is_none());
}

#[test]
fn a_plan_saved_before_assessments_existed_loads_with_none() {
    let old = r#"{"format":"dekom-plan","version":1,"plan":{"id":"p1","name":"Gammel"}}"#;
    assert!(decode(old).unwrap().assessments.is_empty());
}

#[test]
fn readiness_asks_about_each_activity_of_its_phase() {
    let (m, i) = (model(Lang::Nb), instruments(Lang::Nb));
    for (which, n) in [
        (Instrument::Readiness1, 1),
        (Instrument::Readiness2, 2),
        (Instrument::Readiness3, 3),
        (Instrument::Readiness4, 4),
    ] {
        let phase = m.phase(n).unwrap();
        let ids: Vec<_> = i.items(m, which).iter().map(|r| r.id).collect();
        assert_eq!(
            ids,
            phase.activities.iter().map(|a| a.id).collect::<Vec<_>>()
        );
        assert!(i.about(m, which).name.contains(phase.name));
    }
    assert!(i.items(m, Instrument::LevelsOfUse).is_empty());
}

#[test]
fn the_instruments_hold_the_constructs_the_research_names() {
    let (m, i) = (model(Lang::Nb), instruments(Lang::Nb));
    let count = |which| i.items(m, which).len();
    assert_eq!(
        count(Instrument::Capacity),
        9,
        "3 individual + 6 organisational (Flaspohler mfl. 2008)"
    );
    assert_eq!(
        i.capacity
            .dimensions
            .iter()
            .map(|d| d.items.len())
            .collect::<Vec<_>>(),
        [3, 6]
    );
    assert_eq!(count(Instrument::CriticalFactors), 6);
    assert_eq!(count(Instrument::LearningCommunity), 6);
    let years: Vec<_> = [
        Instrument::Capacity,
        Instrument::CriticalFactors,
        Instrument::LearningCommunity,
        Instrument::LevelsOfUse,
    ]
    .map(|w| i.about(m, w).citation.year)
    .to_vec();
    assert_eq!(years, [2008, 2012, 2006, 2015]);
    let marks: Vec<_> = i.levels_of_use.levels.iter().map(|l| l.mark).collect();
    assert_eq!(marks, ["0", "I", "II", "III", "IVA", "IVB", "V", "VI"]);
    let mut ids: Vec<_> = Instrument::ALL
        .iter()
        .flat_map(|&w| i.items(m, w))
        .map(|r| r.id)
        .collect();
    let all = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), all, "item ids are unique across instruments");
}

#[test]
fn a_snapshot_of_an_unknown_instrument_is_refused_and_named() {
    let bad = r#"{"format":"dekom-plan","version":1,"plan":{"id":"p1","assessments":[{"id":"s","instrument":"mood"}]}}"#;
    let err = decode(bad).unwrap_err();
    assert_eq!(
        err,
        ReadError::Damaged {
            path: "plan.assessments[0].instrument".into(),
            problem: Problem::UnknownValue
        }
    );
}

#[test]
fn a_change_is_between_the_means_as_shown_and_written_with_a_real_minus_sign() {
    // Means 3.33… and 3.67…, shown as 3,3 and 3,7: the change shown is +0,4, not +0,3.
    let (a, b) = (
        capacity("a", "2026-01-01", [1, 0, 0, 1, 1]),
        capacity("b", "2026-02-01", [0, 0, 2, 0, 1]),
    );
    let score = |s: &Snapshot| s.tally("cap-competence").mean();
    let rise = Trend::new([&a, &b]).change(score).unwrap();
    let comma = |x: f64| format!("{x:.1}").replace('.', ",");
    assert_eq!(dekom::i18n::with_sign(rise, comma), "+0,4");
    let later = capacity("c", "2026-03-01", [1, 0, 0, 1, 1]);
    let fall = Trend::new([&b, &later]).change(score).unwrap();
    assert_eq!(dekom::i18n::with_sign(fall, comma), "\u{2212}0,4");
    assert_eq!(dekom::i18n::with_sign(-5.5, comma), "−5,5");
    assert_eq!(
        dekom::i18n::with_sign(0.04, comma),
        "0,0",
        "no sign where nothing shows"
    );
    assert_eq!(dekom::i18n::with_sign(-0.04, comma), "0,0");
}
