//! The export/import file format: what goes out comes back unchanged, nothing a user can
//! bring in makes `import` panic, an old file still reads, and every refusal names the
//! field and the problem.
#![cfg(not(target_arch = "wasm32"))]

use dekom::i18n::{texts, Lang};
use dekom::plan::assessment::{Answer, Instrument, Snapshot};
use dekom::plan::planning::{milestones::Milestone, Planning};
use dekom::plan::{ActivityState, OwnItem, PhasePlan, PhaseStatus, Plan};
use dekom::store::envelope::{
    decode, encode, export, import, Problem, ReadError, MAX_IMPORT_BYTES, VERSION,
};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::RngAlgorithm;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use unicode_normalization::{is_nfc, UnicodeNormalization};

const NOW: &str = "2026-11-22T08:00:00.000Z";
const FIXTURE_V1: &str = include_str!("../fixtures/plans-v1.json");

// ---- strategies -------------------------------------------------------------------------

/// Text that has broken formats before: quotes, escapes, markup, control characters,
/// newlines, emoji with joiners, invisible characters.
const NASTY: &[&str] = &[
    "",
    " ",
    "\"",
    "\\",
    "\"sitat\" og 'enkle'",
    "<script>alert(1)</script>",
    "linje\nny linje\r\n",
    "\t\u{0}\u{1f}\u{7f}",
    "🎉👩‍👩‍👧🇳🇴",
    "Bø «skule» – Åse",
    "\u{feff}\u{200b}\u{2028}",
    "{\"format\":\"dekom-plans\"}",
    "null",
];

/// Any characters at all, kept short: a plan holds hundreds of strings, and generating
/// long ones would make each case slow without finding more.
fn chars() -> impl Strategy<Value = String> {
    vec(any::<char>(), 0..12).prop_map(String::from_iter)
}

/// Text in NFC, the form a read puts all text in (tests/logic/validation.rs).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        chars(),
        select(NASTY).prop_map(String::from),
        (chars(), select(NASTY), chars()).prop_map(|(a, b, c)| format!("{a}{b}{c}")),
    ]
    .prop_map(|text| {
        if is_nfc(&text) {
            text
        } else {
            text.nfc().collect()
        }
    })
}

/// Ids as a read accepts them: letters of any script, digits, `-` and `_`.
fn id() -> impl Strategy<Value = String> {
    const CHARS: &[char] = &[
        'a', 'k', 'z', 'Q', '0', '7', 'æ', 'ø', 'Å', 'ß', 'Ж', '-', '_',
    ];
    vec(select(CHARS), 1..10).prop_map(String::from_iter)
}

fn own_items() -> impl Strategy<Value = Vec<OwnItem>> {
    btree_map(id(), text(), 0..4).prop_map(|items| {
        items
            .into_iter()
            .map(|(id, text)| OwnItem { id, text })
            .collect()
    })
}

fn phase() -> impl Strategy<Value = PhasePlan> {
    let activity =
        (any::<bool>(), text(), text(), text()).prop_map(|(done, note, responsible, due)| {
            ActivityState {
                done,
                note,
                responsible,
                due,
            }
        });
    (
        select(PhaseStatus::ALL.to_vec()),
        btree_map(id(), activity, 0..4),
        own_items(),
        btree_map(id(), text(), 0..4),
        own_items(),
    )
        .prop_map(
            |(status, activities, own_activities, answers, own_questions)| PhasePlan {
                status,
                activities,
                own_activities,
                answers,
                own_questions,
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        id(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        vec(phase(), 4),
    )
        .prop_map(
            |(
                id,
                name,
                school,
                municipality,
                idea,
                focus_area,
                created,
                updated,
                last_exported,
                phases,
            )| Plan {
                // Text from the same strategy exercises escaping in the planning part too.
                assessments: vec![assessment(&id, &name)],
                planning: Planning {
                    milestones: vec![Milestone {
                        id: id.clone(),
                        time: school.clone(),
                        what: idea.clone(),
                        ..Milestone::default()
                    }],
                    ..Planning::default()
                },
                id,
                name,
                school,
                municipality,
                idea,
                focus_area,
                created,
                updated,
                last_exported,
                phases,
                sync: Default::default(),
            },
        )
}

/// A snapshot with an id from the strategy in its id and item ids, and text in its note.
fn assessment(id: &str, text: &str) -> Snapshot {
    let mut s = Snapshot::new(format!("s{id}"), Instrument::Capacity, "2026-11-22".into());
    s.note = text.to_string();
    s.tally_mut(id).add(Answer::Rating(3));
    s.tally_mut("cap-values").add(Answer::DontKnow);
    s.levels[7] = 2;
    s
}

/// 1 to 5 plans; a prefix makes each id unique, as the app's ids are.
fn plans() -> impl Strategy<Value = Vec<Plan>> {
    vec(plan(), 1..=5).prop_map(|plans| {
        plans
            .into_iter()
            .enumerate()
            .map(|(i, p)| Plan {
                id: format!("p{i}{}", p.id),
                ..p
            })
            .collect()
    })
}

/// Any JSON value, with keys and strings that sometimes are the ones the format uses.
fn json_value() -> impl Strategy<Value = Value> {
    const OURS: &[&str] = &[
        "format",
        "version",
        "plans",
        "plan",
        "id",
        "phases",
        "status",
        "in_progress",
        "activities",
        "done",
        "own_activities",
        "answers",
        "own_questions",
        "dekom-plans",
        "dekom-plan",
    ];
    let word = || prop_oneof![select(OURS).prop_map(String::from), text()];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        (0u64..4).prop_map(Value::from),
        word().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, move |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            btree_map(word(), inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn count_values(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_values).sum(),
        Value::Object(map) => map.values().map(count_values).sum(),
        _ => 0,
    }
}

/// Replaces the `n`-th value of a pre-order walk (0 is the whole document).
fn replace_nth(value: &mut Value, n: &mut usize, new: &Value) -> bool {
    if *n == 0 {
        *value = new.clone();
        return true;
    }
    *n -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|v| replace_nth(v, n, new)),
        Value::Object(map) => map.values_mut().any(|v| replace_nth(v, n, new)),
        _ => false,
    }
}

/// What every successful import promises the app.
fn assert_usable(plans: &[Plan]) {
    assert!(!plans.is_empty());
    let mut ids: Vec<&str> = plans.iter().map(|p| p.id.as_str()).collect();
    assert!(ids.iter().all(|id| !id.trim().is_empty()));
    assert!(plans.iter().all(|p| p.phases.len() == 4));
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), plans.len(), "ids are unique");
}

// ---- properties ---------------------------------------------------------------------------

/// ChaCha, proptest's default generator, dominates the run time of an unoptimised test
/// build; XorShift is random enough for finding cases and several times faster.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(500))]

    #[test]
    fn export_then_import_gives_back_the_same_plans(plans in plans()) {
        prop_assert_eq!(import(&export(&plans, "0.1.0", NOW)), Ok(plans.clone()));
        // The single-plan envelope (storage, safety copy) reads through the same path.
        prop_assert_eq!(import(&encode(&plans[0], NOW)), Ok(vec![plans[0].clone()]));
        prop_assert_eq!(decode(&encode(&plans[0], NOW)), Ok(plans[0].clone()));
    }
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn arbitrary_text_never_panics(
        text in prop_oneof![any::<String>(), "[\\[\\]{}\":, 0-9a-z.\\-]{0,200}", text()]
    ) {
        if let Ok(plans) = import(&text) {
            assert_usable(&plans);
        }
    }

    #[test]
    fn a_truncated_export_is_not_json(plans in plans(), at in any::<Index>()) {
        let text = export(&plans, "0.1.0", NOW);
        let mut cut = at.index(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        prop_assert_eq!(import(&text[..cut]), Err(ReadError::NotJson));
    }

    #[test]
    fn an_export_with_any_value_replaced_never_panics(plans in plans(), at in any::<Index>(), new in json_value()) {
        let mut file: Value = serde_json::from_str(&export(&plans, "0.1.0", NOW)).unwrap();
        let mut n = at.index(count_values(&file));
        assert!(replace_nth(&mut file, &mut n, &new));
        if let Ok(plans) = import(&file.to_string()) {
            assert_usable(&plans);
        }
    }
}

// ---- an old file still reads ---------------------------------------------------------------

#[test]
fn a_version_1_file_imports_with_every_field() {
    let file: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    assert_eq!(
        file["version"], 1,
        "the fixture stays at version 1 when VERSION goes up"
    );

    let plans = import(FIXTURE_V1).unwrap();
    assert_eq!(plans.len(), 2);
    let bo = &plans[0];
    assert_eq!(bo.id, "pbø7kq2mx4a");
    assert_eq!(
        (
            bo.name.as_str(),
            bo.school.as_str(),
            bo.municipality.as_str()
        ),
        ("Trygt skolemiljø", "Bø skule", "Midt-Telemark")
    );
    assert_eq!(
        bo.idea,
        "Færre elever som føler seg utenfor «i friminuttene».\nAlle voksne griper inn likt."
    );
    assert_eq!(bo.focus_area, "Skolemiljø");
    assert_eq!(
        (bo.created.as_str(), bo.updated.as_str()),
        ("2026-08-15T07:30:00.000Z", "2026-11-20T13:05:12.345Z")
    );
    assert_eq!(bo.last_exported, "2026-11-01T09:00:00.000Z");
    assert!(bo.changed_since_export());
    let statuses: Vec<_> = bo.phases.iter().map(|p| p.status).collect();
    use PhaseStatus::*;
    assert_eq!(statuses, [Consolidated, InProgress, NotStarted, NotStarted]);

    let f1 = bo.phase(1).unwrap();
    assert_eq!(
        f1.activity("f1-a-dialog"),
        Some(&ActivityState {
            done: true,
            note: "Møte med eier 3. sept.".into(),
            responsible: "Rektor".into(),
            due: "2026-09-03".into()
        })
    );
    assert_eq!(
        f1.activity("f1-a-kartlegging").unwrap().responsible,
        "Arbeidsgruppa"
    );
    assert_eq!(
        f1.own_activities,
        [OwnItem {
            id: "own-a-f1".into(),
            text: "Presentere ideen for FAU".into()
        }]
    );
    assert!(f1.activity("own-a-f1").unwrap().done);
    assert_eq!(
        f1.answer("f1-q-involvering"),
        "Alle lærere i fellestid, elevrådet i oktober."
    );
    assert_eq!(
        f1.own_questions,
        [OwnItem {
            id: "own-q-f1".into(),
            text: "Har vi et felles ord for trygghet?".into()
        }]
    );
    assert_eq!(
        f1.answer("own-q-f1"),
        "Ja – «trygghet» betyr ulike ting for ulike elever."
    );
    assert!(bo.phase(2).unwrap().activity("f2-a-gruppe").unwrap().done);
    let f3: Vec<_> = bo
        .phase(3)
        .unwrap()
        .own_activities
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        f3,
        [
            "Avtale med UH om veiledning",
            "<script>alert(1)</script> skal vises som tekst"
        ]
    );

    let vik = &plans[1];
    assert_eq!(
        (vik.id.as_str(), vik.title("Uten navn")),
        ("pvik2m9q3zz", "Vik skole")
    );
    assert_eq!(vik.last_exported, "");
    assert_eq!(vik.phase(4).unwrap().status, Consolidated);
    assert_eq!(vik.phase(4).unwrap().answer("f4-q-fokus"), "Ja 🎉");
}

#[test]
fn an_export_is_pretty_json_with_its_header_first() {
    let plans = import(FIXTURE_V1).unwrap();
    let text = export(&plans, "0.2.0", NOW);
    assert!(text.starts_with(&format!(
        "{{\n  \"format\": \"dekom-plans\",\n  \"version\": {VERSION},\n  \"app_version\": \"0.2.0\",\n  \"exported\": \"{NOW}\",\n  \"plans\": ["
    )));
    assert_eq!(import(&text), Ok(plans));
}

// ---- refusals name the field and the problem --------------------------------------------------

/// The fixture with the value at a JSON pointer replaced.
fn fixture_with(pointer: &str, value: Value) -> String {
    let mut file: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    *file
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is in the fixture")) = value;
    file.to_string()
}

fn damaged(path: &str, problem: Problem) -> Result<Vec<Plan>, ReadError> {
    Err(ReadError::Damaged {
        path: path.into(),
        problem,
    })
}

#[test]
fn a_wrong_type_names_the_field() {
    let text = fixture_with("/plans/0/phases/1/activities/f2-a-gruppe/done", json!("ja"));
    assert_eq!(
        import(&text),
        damaged(
            "plans[0].phases[1].activities.f2-a-gruppe.done",
            Problem::WrongType
        )
    );
    assert_eq!(
        import(&fixture_with("/plans/1/name", json!(5))),
        damaged("plans[1].name", Problem::WrongType)
    );
    assert_eq!(
        import(&fixture_with("/plans/1/school", Value::Null)),
        damaged("plans[1].school", Problem::WrongType)
    );
    assert_eq!(
        import(&fixture_with("/plans/0/phases", json!({}))),
        damaged("plans[0].phases", Problem::WrongType)
    );
    assert_eq!(
        import(&fixture_with("/plans/0/phases/2/status", json!(2))),
        damaged("plans[0].phases[2].status", Problem::WrongType)
    );
    assert_eq!(
        import(&fixture_with("/plans", json!("alle"))),
        damaged("plans", Problem::WrongType)
    );
}

#[test]
fn an_unknown_status_names_the_field() {
    let text = fixture_with("/plans/0/phases/1/status", json!("ferdig"));
    assert_eq!(
        import(&text),
        damaged("plans[0].phases[1].status", Problem::UnknownValue)
    );
}

#[test]
fn a_missing_list_of_plans_is_named() {
    assert_eq!(
        import(r#"{"format":"dekom-plans","version":1}"#),
        damaged("plans", Problem::Missing)
    );
    assert_eq!(
        import(r#"{"format":"dekom-plan","version":1}"#),
        damaged("plan", Problem::Missing)
    );
}

#[test]
fn a_second_plan_with_the_same_id_is_named() {
    let mut plans = import(FIXTURE_V1).unwrap();
    plans.extend(plans.clone());
    plans[2].id = "annen".into();
    assert_eq!(
        import(&export(&plans, "0.1.0", NOW)),
        damaged("plans[3].id", Problem::Duplicate)
    );
}

#[test]
fn a_blank_or_missing_id_is_named() {
    assert_eq!(
        import(&fixture_with("/plans/1/id", json!(" \n"))),
        damaged("plans[1].id", Problem::Blank)
    );
    let mut file: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    file["plans"][0].as_object_mut().unwrap().remove("id");
    assert_eq!(
        import(&file.to_string()),
        damaged("plans[0].id", Problem::Blank)
    );
}

#[test]
fn a_single_plan_envelope_is_read_with_paths_from_plan() {
    let plan = import(FIXTURE_V1).unwrap().remove(0);
    assert_eq!(import(&encode(&plan, NOW)), Ok(vec![plan.clone()]));
    let mut stored: Value = serde_json::from_str(&encode(&plan, NOW)).unwrap();
    stored["plan"]["phases"][0]["status"] = json!("ukjent");
    assert_eq!(
        decode(&stored.to_string()),
        Err(ReadError::Damaged {
            path: "plan.phases[0].status".into(),
            problem: Problem::UnknownValue
        })
    );
    assert_eq!(
        import(&stored.to_string()),
        damaged("plan.phases[0].status", Problem::UnknownValue)
    );
    assert_eq!(
        decode(FIXTURE_V1),
        Err(ReadError::NotAPlan),
        "storage holds one plan per entry, never an export"
    );
}

#[test]
fn a_file_from_a_newer_app_is_refused() {
    assert_eq!(
        import(&fixture_with("/version", json!(VERSION + 1))),
        Err(ReadError::TooNew(VERSION + 1))
    );
    assert_eq!(
        import(r#"{"format":"dekom-plan","version":7,"plan":{"id":"x"}}"#),
        Err(ReadError::TooNew(7))
    );
}

#[test]
fn text_that_is_not_ours_is_refused() {
    assert_eq!(import(""), Err(ReadError::NotJson));
    assert_eq!(import("id;navn\np1;Plan"), Err(ReadError::NotJson));
    assert_eq!(
        import(&FIXTURE_V1[..FIXTURE_V1.len() / 2]),
        Err(ReadError::NotJson)
    );
    assert_eq!(import("[]"), Err(ReadError::NotAPlan));
    assert_eq!(
        import(r#"{"plans":[{"id":"x"}]}"#),
        Err(ReadError::NotAPlan)
    );
    assert_eq!(
        import(&fixture_with("/format", json!("dekom-planer"))),
        Err(ReadError::NotAPlan)
    );
    assert_eq!(
        import(&fixture_with("/version", json!(0))),
        Err(ReadError::NotAPlan)
    );
    assert_eq!(
        import(&fixture_with("/version", json!("1"))),
        damaged("version", Problem::WrongType)
    );
}

#[test]
fn a_file_with_no_plans_is_refused() {
    assert_eq!(
        import(&fixture_with("/plans", json!([]))),
        Err(ReadError::NoPlans)
    );
}

#[test]
fn a_file_above_the_limit_is_refused_before_parsing() {
    let mut at_limit = export(&import(FIXTURE_V1).unwrap(), "0.1.0", NOW);
    at_limit.push_str(&" ".repeat(MAX_IMPORT_BYTES - at_limit.len()));
    assert_eq!(import(&at_limit).map(|plans| plans.len()), Ok(2));
    at_limit.push(' ');
    assert_eq!(
        import(&at_limit),
        Err(ReadError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        })
    );
}

#[test]
fn every_refusal_reads_as_a_norwegian_sentence() {
    let reason = texts(Lang::Nb).unreadable_reason;
    let path = "plans[0].phases[1].status".to_string();
    let say = |problem| {
        reason(&ReadError::Damaged {
            path: path.clone(),
            problem,
        })
    };
    assert_eq!(
        say(Problem::UnknownValue),
        "Feltet plans[0].phases[1].status har en verdi appen ikke kjenner."
    );
    assert_eq!(
        say(Problem::WrongType),
        "Feltet plans[0].phases[1].status har feil type."
    );
    assert_eq!(
        say(Problem::Missing),
        "Feltet plans[0].phases[1].status mangler."
    );
    assert_eq!(
        say(Problem::Duplicate),
        "Feltet plans[0].phases[1].status finnes to ganger i filen."
    );
    assert_eq!(
        say(Problem::Blank),
        "Feltet plans[0].phases[1].status er tomt."
    );
    assert_eq!(
        say(Problem::OutOfRange),
        "Feltet plans[0].phases[1].status har et tall utenfor det appen tillater."
    );
    assert_eq!(say(Problem::UnsafeId), "Feltet plans[0].phases[1].status har tegn som ikke kan stå i en id (bare bokstaver, sifre, - og _).");
    assert_eq!(
        say(Problem::WrongLength),
        "Feltet plans[0].phases[1].status har feil antall elementer."
    );
    assert_eq!(
        reason(&ReadError::TooLarge { bytes: 31_000_000 }),
        "Filen er på 30 MB. Appen leser filer på opptil 20 MB."
    );
    for error in [
        ReadError::NotJson,
        ReadError::NotUtf8,
        ReadError::Utf16WithoutBom,
        ReadError::NotAPlan,
        ReadError::TooNew(2),
        ReadError::NoPlans,
    ] {
        assert!(reason(&error).ends_with('.'), "{error:?}");
    }
}

#[test]
fn the_schema_lists_every_field_the_app_writes() {
    let schema: Value =
        serde_json::from_str(include_str!("../../public/dekom-plans.schema.json")).unwrap();
    let fields = |value: &Value| -> BTreeSet<String> {
        value.as_object().unwrap().keys().cloned().collect()
    };
    let described = |def: &str| fields(&schema["$defs"][def]["properties"]);
    let written = |value: Value| fields(&value);
    let plan = Plan::new("p".into(), "n".into(), NOW);
    assert_eq!(described("plan"), written(json!(plan)));
    assert_eq!(described("phase"), written(json!(plan.phases[0])));
    assert_eq!(
        described("activity"),
        written(json!(ActivityState::default()))
    );
    assert_eq!(described("own_item"), written(json!(OwnItem::default())));
    assert_eq!(
        described("export"),
        written(serde_json::from_str(&export(std::slice::from_ref(&plan), "0.1.0", NOW)).unwrap())
    );
    assert_eq!(
        described("envelope"),
        written(serde_json::from_str(&encode(&plan, NOW)).unwrap())
    );
}

fn schema() -> Value {
    serde_json::from_str(include_str!("../../public/dekom-plans.schema.json")).unwrap()
}

#[test]
fn the_schema_lists_every_field_of_the_planning_tools_and_assessments() {
    use dekom::plan::assessment::Tally;
    use dekom::plan::planning::{barriers, components, decisions, group, measurements, wheel};
    let schema = schema();
    let described = |def: &str| -> BTreeSet<String> {
        schema["$defs"][def]["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    let written =
        |value: Value| -> BTreeSet<String> { value.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(described("planning"), written(json!(Planning::default())));
    assert_eq!(
        described("group"),
        written(json!(group::WorkingGroup::default()))
    );
    assert_eq!(
        described("member"),
        written(json!(group::Member::default()))
    );
    assert_eq!(described("milestone"), written(json!(Milestone::default())));
    assert_eq!(
        described("wheel_activity"),
        written(json!(wheel::WheelActivity::default()))
    );
    assert_eq!(
        described("barrier"),
        written(json!(barriers::Barrier::default()))
    );
    assert_eq!(
        described("forces"),
        written(json!(barriers::PhaseForces::default()))
    );
    assert_eq!(
        described("component"),
        written(json!(components::CoreComponent::default()))
    );
    assert_eq!(
        described("driver_state"),
        written(json!(components::DriverState::default()))
    );
    assert_eq!(
        described("indicator"),
        written(json!(measurements::Indicator::default()))
    );
    assert_eq!(
        described("decision"),
        written(json!(decisions::Decision::default()))
    );
    assert_eq!(
        described("snapshot"),
        written(json!(Snapshot::new(
            "s".into(),
            Instrument::Capacity,
            String::new()
        )))
    );
    assert_eq!(described("tally"), written(json!(Tally::default())));
}

/// The values a schema enum lists, and the values serde writes for every variant.
fn same_values<T: serde::Serialize>(schema: &Value, def: &str, all: &[T]) {
    let listed: BTreeSet<String> = schema["$defs"][def]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("{def} is an enum"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let written: BTreeSet<String> = all
        .iter()
        .map(|v| json!(v).as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed.len(), all.len(), "{def}: one value per variant");
    assert_eq!(listed, written, "{def}");
}

#[test]
fn the_schema_lists_every_value_of_every_enum_and_nothing_else() {
    use dekom::plan::planning::{barriers::Category, components::Driver, group::Role};
    let schema = schema();
    same_values(&schema, "status", &PhaseStatus::ALL);
    same_values(&schema, "role", &Role::ALL);
    same_values(&schema, "barrier_category", &Category::ALL);
    same_values(&schema, "driver", &Driver::ALL);
    same_values(&schema, "instrument", &Instrument::ALL);
}

#[test]
fn the_schema_lists_the_models_ids_and_its_id_pattern_is_the_apps_rule() {
    use dekom::model::{instruments::instruments, model};
    use dekom::store::validate::id_char;
    let schema = schema();
    let listed = |def: &str| -> BTreeSet<String> {
        schema["$defs"][def]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let (mut activities, mut questions, mut items) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for lang in Lang::ALL {
        let m = model(lang);
        for phase in m.phases {
            activities.extend(phase.activities.iter().map(|a| a.id.to_string()));
            questions.extend(phase.questions.iter().map(|q| q.id.to_string()));
        }
        for which in [
            Instrument::Capacity,
            Instrument::CriticalFactors,
            Instrument::LearningCommunity,
        ] {
            items.extend(
                instruments(lang)
                    .items(m, which)
                    .iter()
                    .map(|i| i.id.to_string()),
            );
        }
    }
    assert_eq!(listed("model_activity_id"), activities);
    assert_eq!(listed("model_question_id"), questions);
    assert_eq!(listed("instrument_item_id"), items);

    let pattern = regex::Regex::new(schema["$defs"]["id"]["pattern"].as_str().unwrap()).unwrap();
    for id in activities.iter().chain(&questions).chain(&items) {
        assert!(pattern.is_match(id) && id.chars().all(id_char), "{id}");
    }
    // One character at a time: the first 12 288, then a sample of the rest. Only characters
    // the regex crate knows: Rust's std may know a newer Unicode, as a browser may.
    let known = regex::Regex::new(r"^\P{Cn}$").unwrap();
    let sample = (0..0x3000)
        .chain((0x3000..=0x10ffff).step_by(97))
        .filter_map(char::from_u32);
    for c in sample.filter(|c| known.is_match(&c.to_string())) {
        assert_eq!(
            pattern.is_match(&c.to_string()),
            id_char(c),
            "U+{:04X}",
            c as u32
        );
    }
    assert!(!pattern.is_match("") && !pattern.is_match("a b") && pattern.is_match("pbø7kq2mx4a"));
}
