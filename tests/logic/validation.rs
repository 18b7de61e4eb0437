//! What a read refuses beyond the JSON's shape, and the one form text is kept in: numbers
//! in their ranges, ids that are safe and unique, text in NFC, and file bytes that are
//! UTF-8 (or UTF-16 with a byte order mark). Storage and files share these rules.
#![cfg(not(target_arch = "wasm32"))]

use dekom::i18n::{texts, Lang};
use dekom::plan::assessment::{Answer, Instrument, Snapshot};
use dekom::plan::planning::barriers::{Barrier, PhaseForces};
use dekom::plan::planning::components::{CoreComponent, Driver, DriverState};
use dekom::plan::planning::decisions::Decision;
use dekom::plan::planning::group::Member;
use dekom::plan::planning::measurements::Indicator;
use dekom::plan::planning::milestones::{date_of, Milestone};
use dekom::plan::planning::wheel::WheelActivity;
use dekom::plan::{OwnItem, PhasePlan, Plan};
use dekom::store::envelope::{decode, encode, export, import, Problem, ReadError};
use dekom::store::files::decode_text;
use serde_json::{json, Value};

const NOW: &str = "2026-11-22T08:00:00.000Z";
const FIXTURE_V1: &str = include_str!("../fixtures/plans-v1.json");

fn fixture() -> Vec<Plan> {
    import(FIXTURE_V1).unwrap()
}

/// The fixture's plans with the first one changed, as an export file.
fn file_with(change: impl FnOnce(&mut Plan)) -> String {
    let mut plans = fixture();
    change(&mut plans[0]);
    export(&plans, "0.1.0", NOW)
}

/// The fixture with the value at a JSON pointer set, created if its object lacks it.
fn json_with(pointer: &str, value: Value) -> String {
    let mut file: Value = serde_json::from_str(&export(&fixture(), "0.1.0", NOW)).unwrap();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let target = file
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("{parent} is in the file"));
    match target {
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        Value::Object(map) => {
            map.insert(key.into(), value);
        }
        _ => panic!("{parent} holds no values"),
    }
    file.to_string()
}

fn refused(text: &str) -> Option<(String, Problem)> {
    match import(text) {
        Err(ReadError::Damaged { path, problem }) => Some((path, problem)),
        other => panic!("expected a damaged field, got {other:?}"),
    }
}

fn at(path: &str, problem: Problem) -> Option<(String, Problem)> {
    Some((path.into(), problem))
}

fn wheel(id: &str, month: u8) -> WheelActivity {
    WheelActivity {
        id: id.into(),
        month,
        text: "Planleggingsdag".into(),
        ..WheelActivity::default()
    }
}

// ---- numbers in their ranges ---------------------------------------------------------------

#[test]
fn a_wheel_month_outside_1_to_12_is_named() {
    let with_months = |months: &[u8]| {
        file_with(|p| {
            p.planning.wheel = months
                .iter()
                .enumerate()
                .map(|(i, &m)| wheel(&format!("w{i}"), m))
                .collect()
        })
    };
    let plans = import(&with_months(&[1, 8, 12])).unwrap();
    assert_eq!(
        plans[0]
            .planning
            .wheel
            .iter()
            .map(|w| w.month)
            .collect::<Vec<_>>(),
        [1, 8, 12]
    );
    assert_eq!(
        refused(&with_months(&[8, 9, 13])),
        at("plans[0].planning.wheel[2].month", Problem::OutOfRange)
    );
    assert_eq!(
        refused(&with_months(&[0])),
        at("plans[0].planning.wheel[0].month", Problem::OutOfRange)
    );
    // Beyond what the field's type holds: serde refuses it, with the same problem.
    let text = json_with(
        "/plans/0/planning/wheel",
        json!([{ "id": "w", "month": 300 }]),
    );
    assert_eq!(
        refused(&text),
        at("plans[0].planning.wheel[0].month", Problem::OutOfRange)
    );
}

#[test]
fn a_barrier_likelihood_or_impact_outside_1_to_5_is_named() {
    let barrier = |likelihood, impact| Barrier {
        id: "b1".into(),
        likelihood,
        impact,
        ..Barrier::default()
    };
    assert!(import(&file_with(|p| p.planning.barriers = vec![barrier(1, 5)])).is_ok());
    let text = file_with(|p| p.planning.barriers = vec![barrier(9, 3)]);
    assert_eq!(
        refused(&text),
        at(
            "plans[0].planning.barriers[0].likelihood",
            Problem::OutOfRange
        )
    );
    let text = file_with(|p| p.planning.barriers = vec![barrier(3, 0)]);
    assert_eq!(
        refused(&text),
        at("plans[0].planning.barriers[0].impact", Problem::OutOfRange)
    );
}

#[test]
fn a_driver_rating_above_3_and_a_milestone_phase_above_4_are_named() {
    let component = |rating| CoreComponent {
        id: "c1".into(),
        drivers: [(
            Driver::Coaching,
            DriverState {
                rating,
                action: String::new(),
            },
        )]
        .into(),
        ..CoreComponent::default()
    };
    assert!(import(&file_with(|p| p.planning.components = vec![component(3)])).is_ok());
    let text = file_with(|p| p.planning.components = vec![component(4)]);
    assert_eq!(
        refused(&text),
        at(
            "plans[0].planning.components[0].drivers.coaching.rating",
            Problem::OutOfRange
        )
    );

    let milestone = |phase| Milestone {
        id: "m1".into(),
        phase,
        ..Milestone::default()
    };
    assert!(import(&file_with(|p| p.planning.milestones = vec![
        milestone(0),
        Milestone {
            id: "m2".into(),
            ..milestone(4)
        }
    ]))
    .is_ok());
    let text = file_with(|p| p.planning.milestones = vec![milestone(5)]);
    assert_eq!(
        refused(&text),
        at("plans[0].planning.milestones[0].phase", Problem::OutOfRange)
    );
}

#[test]
fn a_negative_count_and_a_tally_or_level_list_of_the_wrong_length_are_named() {
    let snapshot = json!({ "id": "s1", "instrument": "capacity", "ratings": { "cap-values": { "counts": [0, 1, 2, 0, 0] } } });
    let with = |pointer: &str, value: Value| {
        let mut snapshot = snapshot.clone();
        *snapshot.pointer_mut(pointer).unwrap() = value;
        json_with("/plans/0/assessments", json!([snapshot]))
    };
    assert!(import(&json_with("/plans/0/assessments", json!([snapshot]))).is_ok());
    let counts = "plans[0].assessments[0].ratings.cap-values.counts";
    assert_eq!(
        refused(&with("/ratings/cap-values/counts/1", json!(-1))),
        at(&format!("{counts}[1]"), Problem::OutOfRange)
    );
    assert_eq!(
        refused(&with("/ratings/cap-values/counts", json!([0, 1, 2, 0]))),
        at(counts, Problem::WrongLength)
    );
    assert_eq!(
        refused(&with(
            "/ratings/cap-values/counts",
            json!([0, 1, 2, 0, 0, 4])
        )),
        at(counts, Problem::WrongLength)
    );
    let levels = with("/instrument", json!("levels_of_use"));
    let mut levels: Value = serde_json::from_str(&levels).unwrap();
    levels["plans"][0]["assessments"][0]["levels"] = json!([1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(
        refused(&levels.to_string()),
        at("plans[0].assessments[0].levels", Problem::WrongLength)
    );
}

#[test]
fn more_than_four_phases_are_refused_not_dropped() {
    let text = file_with(|p| p.phases.push(PhasePlan::default()));
    assert_eq!(refused(&text), at("plans[0].phases", Problem::WrongLength));
    let text = file_with(|p| p.planning.forces = vec![PhaseForces::default(); 5]);
    assert_eq!(
        refused(&text),
        at("plans[0].planning.forces", Problem::WrongLength)
    );
    // Fewer are still read as empty phases.
    let plans = import(&file_with(|p| p.phases.truncate(2))).unwrap();
    assert_eq!(plans[0].phases.len(), 4);
}

// ---- ids: unique in their list, safe characters ------------------------------------------------

#[test]
fn a_repeated_id_in_any_list_names_the_second_row() {
    fn two(id: &str) -> [String; 2] {
        [id.to_string(), id.to_string()]
    }
    type Edit = Box<dyn Fn(&mut Plan)>;
    let cases: Vec<(&str, Edit)> = vec![
        (
            "plans[0].phases[0].own_activities[1].id",
            Box::new(|p| {
                p.phases[0].own_activities.push(OwnItem {
                    id: "own-a-f1".into(),
                    text: "x".into(),
                })
            }),
        ),
        (
            "plans[0].phases[2].own_questions[1].id",
            Box::new(|p| {
                p.phases[2].own_questions = two("q")
                    .map(|id| OwnItem {
                        id,
                        text: "x".into(),
                    })
                    .into()
            }),
        ),
        (
            "plans[0].planning.group.members[1].id",
            Box::new(|p| {
                p.planning.group.members = two("m")
                    .map(|id| Member {
                        id,
                        ..Member::default()
                    })
                    .into()
            }),
        ),
        (
            "plans[0].planning.milestones[1].id",
            Box::new(|p| {
                p.planning.milestones = two("ms")
                    .map(|id| Milestone {
                        id,
                        ..Milestone::default()
                    })
                    .into()
            }),
        ),
        (
            "plans[0].planning.wheel[1].id",
            Box::new(|p| p.planning.wheel = vec![wheel("w", 8), wheel("w", 9)]),
        ),
        (
            "plans[0].planning.barriers[1].id",
            Box::new(|p| {
                p.planning.barriers = two("b")
                    .map(|id| Barrier {
                        id,
                        ..Barrier::default()
                    })
                    .into()
            }),
        ),
        (
            "plans[0].planning.components[1].id",
            Box::new(|p| {
                p.planning.components = two("c")
                    .map(|id| CoreComponent {
                        id,
                        ..CoreComponent::default()
                    })
                    .into()
            }),
        ),
        (
            "plans[0].planning.measurements[1].id",
            Box::new(|p| {
                p.planning.measurements = two("i")
                    .map(|id| Indicator {
                        id,
                        ..Indicator::default()
                    })
                    .into()
            }),
        ),
        (
            "plans[0].planning.decisions[1].id",
            Box::new(|p| {
                p.planning.decisions = two("d")
                    .map(|id| Decision {
                        id,
                        ..Decision::default()
                    })
                    .into()
            }),
        ),
        (
            "plans[0].assessments[1].id",
            Box::new(|p| {
                p.assessments = two("s")
                    .map(|id| Snapshot::new(id, Instrument::Capacity, String::new()))
                    .into()
            }),
        ),
    ];
    for (path, edit) in cases {
        assert_eq!(
            refused(&file_with(edit)),
            at(path, Problem::Duplicate),
            "{path}"
        );
    }
    // The same id in two different lists is no clash: each list is looked up on its own.
    let plans = import(&file_with(|p| {
        p.planning.wheel = vec![wheel("x", 8)];
        p.planning.decisions = vec![Decision {
            id: "x".into(),
            ..Decision::default()
        }];
    }));
    assert!(plans.is_ok());
}

#[test]
fn an_id_with_a_character_that_breaks_addresses_or_keys_is_named() {
    for bad in [
        "a/b", "a?b", "a#b", "a.b", "a b", "a%2Fb", "a\\b", "a\"b", "<a>",
    ] {
        assert_eq!(
            refused(&file_with(|p| p.id = bad.into())),
            at("plans[0].id", Problem::UnsafeId),
            "{bad}"
        );
        let text = file_with(|p| {
            p.planning.milestones = vec![Milestone {
                id: bad.into(),
                ..Milestone::default()
            }]
        });
        assert_eq!(
            refused(&text),
            at("plans[0].planning.milestones[0].id", Problem::UnsafeId),
            "{bad}"
        );
        let text = file_with(|p| p.phases[1].set_answer(bad, "svar".into()));
        assert_eq!(
            refused(&text),
            at(
                &format!("plans[0].phases[1].answers.{bad}"),
                Problem::UnsafeId
            ),
            "{bad}"
        );
        let text = file_with(|p| p.phases[1].activity_mut(bad).done = true);
        assert_eq!(
            refused(&text),
            at(
                &format!("plans[0].phases[1].activities.{bad}"),
                Problem::UnsafeId
            ),
            "{bad}"
        );
        let mut snapshot = Snapshot::new("s1".into(), Instrument::Capacity, String::new());
        snapshot.tally_mut(bad).add(Answer::Rating(4));
        let text = file_with(|p| p.assessments = vec![snapshot]);
        assert_eq!(
            refused(&text),
            at(
                &format!("plans[0].assessments[0].ratings.{bad}"),
                Problem::UnsafeId
            ),
            "{bad}"
        );
    }
    let stored = encode(&Plan::new("p/1".into(), "n".into(), NOW), NOW);
    assert_eq!(
        decode(&stored),
        Err(ReadError::Damaged {
            path: "plan.id".into(),
            problem: Problem::UnsafeId
        })
    );
    let text = file_with(|p| p.planning.decisions = vec![Decision::default()]);
    assert_eq!(
        refused(&text),
        at("plans[0].planning.decisions[0].id", Problem::Blank)
    );
}

#[test]
fn ids_of_letters_in_any_script_digits_dashes_and_underscores_are_read() {
    let plans = import(&file_with(|p| {
        p.id = "pbø7_Å-2".into();
        p.planning.wheel = vec![wheel("w-ÆØÅ_9", 8)];
    }))
    .unwrap();
    assert_eq!(
        (plans[0].id.as_str(), plans[0].planning.wheel[0].id.as_str()),
        ("pbø7_Å-2", "w-ÆØÅ_9")
    );
}

// ---- text in NFC ---------------------------------------------------------------------------------

#[test]
fn decomposed_text_is_read_as_composed() {
    let nfd = "Va\u{30a}r 2027";
    let text = file_with(|p| {
        p.municipality = "A\u{30a}s".into();
        p.planning.milestones = vec![Milestone {
            id: "m1".into(),
            time: nfd.into(),
            ..Milestone::default()
        }];
    });
    let plans = import(&text).unwrap();
    assert_eq!(plans[0].planning.milestones[0].time, "Vår 2027");
    assert_eq!(
        date_of(&plans[0].planning.milestones[0].time),
        Some((2027, 1, 3)),
        "read as a term"
    );
    assert_eq!(
        plans[0].municipality, "Ås",
        "one municipality, however it was typed"
    );

    // Storage reads through the same path, keys included.
    let mut plan = Plan::new("p1".into(), "Lesing på Ma\u{308}re".into(), NOW);
    plan.phases[0].set_answer("f1-q-involvering", "Elevra\u{30a}det".into());
    let read = decode(&encode(&plan, NOW)).unwrap();
    assert_eq!(
        (
            read.name.as_str(),
            read.phases[0].answer("f1-q-involvering")
        ),
        ("Lesing på Märe", "Elevrådet")
    );
    let text = file_with(|p| p.phases[0].set_answer("A\u{30a}", "svar".into()));
    assert_eq!(import(&text).unwrap()[0].phases[0].answer("Å"), "svar");
}

#[test]
fn two_keys_that_are_the_same_once_composed_are_named() {
    let text = file_with(|p| {
        p.phases[0].set_answer("Å", "en".into());
        p.phases[0].set_answer("A\u{30a}", "to".into());
    });
    assert_eq!(
        refused(&text),
        at("plans[0].phases[0].answers.Å", Problem::Duplicate)
    );
}

// ---- the version --------------------------------------------------------------------------------

#[test]
fn a_version_of_the_wrong_type_or_missing_names_the_version() {
    assert_eq!(
        refused(&json_with("/version", json!("1"))),
        at("version", Problem::WrongType)
    );
    assert_eq!(
        refused(r#"{"format":"dekom-plan","version":null,"plan":{"id":"x"}}"#),
        at("version", Problem::WrongType)
    );
    assert_eq!(
        refused(r#"{"format":"dekom-plans","plans":[]}"#),
        at("version", Problem::Missing)
    );
    // Without our format it is someone else's file, whatever its version says.
    assert_eq!(
        import(r#"{"version":"1","plans":[]}"#),
        Err(ReadError::NotAPlan)
    );
    assert_eq!(
        import(r#"{"format":"dekom","version":1,"plans":[]}"#),
        Err(ReadError::NotAPlan)
    );
}

// ---- the bytes of a file ------------------------------------------------------------------------

fn utf16(text: &str, bom: &[u8], unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
    bom.iter()
        .copied()
        .chain(text.encode_utf16().flat_map(unit))
        .collect()
}

#[test]
fn utf8_with_or_without_a_bom_and_utf16_with_a_bom_are_read() {
    assert_eq!(
        decode_text(FIXTURE_V1.as_bytes()).as_deref(),
        Ok(FIXTURE_V1)
    );
    let with_bom = [b"\xef\xbb\xbf".as_slice(), FIXTURE_V1.as_bytes()].concat();
    assert_eq!(decode_text(&with_bom).as_deref(), Ok(FIXTURE_V1));
    assert_eq!(
        decode_text(&utf16(FIXTURE_V1, &[0xff, 0xfe], u16::to_le_bytes)).as_deref(),
        Ok(FIXTURE_V1)
    );
    assert_eq!(
        decode_text(&utf16(FIXTURE_V1, &[0xfe, 0xff], u16::to_be_bytes)).as_deref(),
        Ok(FIXTURE_V1)
    );
    assert_eq!(decode_text(b""), Ok(String::new()));
}

#[test]
fn windows_1252_bytes_are_refused_as_not_utf8() {
    // "æøå" as Windows-1252 writes them; as UTF-8 they would each have read as U+FFFD.
    let bytes = b"{\"format\":\"dekom-plans\",\"version\":1,\"plans\":[{\"id\":\"p1\",\"school\":\"Bj\xf8rn \xe6\xf8\xe5\"}]}";
    assert_eq!(decode_text(bytes), Err(ReadError::NotUtf8));
}

#[test]
fn utf16_without_a_bom_or_broken_is_refused() {
    assert_eq!(
        decode_text(&utf16(FIXTURE_V1, &[], u16::to_le_bytes)),
        Err(ReadError::Utf16WithoutBom)
    );
    assert_eq!(
        decode_text(&utf16(FIXTURE_V1, &[], u16::to_be_bytes)),
        Err(ReadError::Utf16WithoutBom)
    );
    assert_eq!(
        decode_text(&[0xff, 0xfe, b'{', 0, b'}']),
        Err(ReadError::NotJson),
        "an odd byte"
    );
    assert_eq!(
        decode_text(&[0xff, 0xfe, 0x00, 0xd8, b'{', 0]),
        Err(ReadError::NotJson),
        "a lone surrogate"
    );
}

// ---- every refusal in every language --------------------------------------------------------------

#[test]
fn the_new_refusals_read_as_sentences_in_every_language() {
    let problems = [Problem::OutOfRange, Problem::UnsafeId, Problem::WrongLength];
    for lang in Lang::ALL {
        let reason = texts(lang).unreadable_reason;
        let said: Vec<String> = problems
            .iter()
            .map(|p| {
                reason(&ReadError::Damaged {
                    path: "plans[0].id".into(),
                    problem: p.clone(),
                })
            })
            .collect();
        for sentence in &said {
            assert!(
                sentence.contains("plans[0].id") && sentence.ends_with('.'),
                "{lang:?}: {sentence}"
            );
        }
        assert!(
            said.iter()
                .all(|s| said.iter().filter(|t| *t == s).count() == 1),
            "{lang:?}: each problem says its own"
        );
        for error in [ReadError::NotUtf8, ReadError::Utf16WithoutBom] {
            let sentence = reason(&error);
            assert!(
                sentence.contains("UTF-8") && sentence.ends_with('.'),
                "{lang:?}: {sentence}"
            );
        }
        assert!(reason(&ReadError::NotUtf8).contains("Windows-1252"));
        assert!(reason(&ReadError::Utf16WithoutBom).contains("UTF-16"));
    }
}
