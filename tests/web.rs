//! The browser side of storage, in headless Chromium: what is saved in IndexedDB is
//! loaded again, what cannot be read is reported and left exactly as it was, and plans an
//! earlier version kept in localStorage move over without loss.
#![cfg(target_arch = "wasm32")]

use dekom::plan::Plan;
use dekom::store::envelope::{self, ReadError};
use dekom::store::plans::{open, Store, WriteError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Storage with nothing in it: no plans in IndexedDB, none in localStorage.
async fn empty_store() -> Store {
    local_storage().clear().unwrap();
    let store = open().await.store.expect("IndexedDB opens");
    store.erase_all().await.unwrap();
    store
}

/// Writes `raw` as the record of `id`, behind the app's back.
async fn put_raw(id: &str, raw: &str) {
    let db = idb::Factory::new()
        .unwrap()
        .open("dekom", Some(1))
        .unwrap()
        .await
        .unwrap();
    let tx = db
        .transaction(&["plans"], idb::TransactionMode::ReadWrite)
        .unwrap();
    tx.object_store("plans")
        .unwrap()
        .put(&JsValue::from_str(raw), Some(&JsValue::from_str(id)))
        .unwrap()
        .await
        .unwrap();
    assert_eq!(tx.await.unwrap(), idb::TransactionResult::Committed);
    db.close();
}

#[wasm_bindgen_test]
async fn a_saved_plan_loads_again_and_a_removed_one_does_not() {
    let store = empty_store().await;
    let mut plan = Plan::new("webtest1".into(), "Lesing".into(), "2026-11-22T08:00:00Z");
    plan.idea = "Mer lesing «hver dag»".into();
    let mut seen = Vec::new();
    let written = store
        .save("webtest1", "2026-11-22T08:00:01Z", |stored| {
            seen.push(stored);
            plan.clone()
        })
        .await
        .unwrap();
    assert_eq!(written, plan);

    let mut changed = plan.clone();
    changed.idea = "Enda mer lesing".into();
    store
        .save("webtest1", "2026-11-22T08:00:02Z", |stored| {
            seen.push(stored);
            changed.clone()
        })
        .await
        .unwrap();
    assert_eq!(
        seen,
        vec![None, Some(plan)],
        "each save is handed what storage held"
    );

    let opened = open().await;
    assert!(opened.store.is_some());
    assert_eq!(opened.loaded.plans, vec![changed]);
    assert!(opened.loaded.unreadable.is_empty());

    store.remove("webtest1").await.unwrap();
    assert!(store.load_all().await.unwrap().plans.is_empty());
}

#[wasm_bindgen_test]
async fn a_damaged_record_is_reported_and_never_overwritten_or_removed_but_can_be_discarded() {
    let store = empty_store().await;
    put_raw("broken", "{\"format\":\"dekom-plan\"").await;

    let loaded = store.load_all().await.unwrap();
    assert!(loaded.plans.is_empty());
    assert_eq!(loaded.unreadable.len(), 1);
    assert_eq!(loaded.unreadable[0].id, "broken");
    assert_eq!(loaded.unreadable[0].error, ReadError::NotJson);

    let plan = Plan::new("broken".into(), "Ny".into(), "2026-11-22T08:00:00Z");
    let saved = store
        .save("broken", "2026-11-22T08:00:01Z", |_| plan.clone())
        .await;
    assert!(
        matches!(saved, Err(WriteError::Unreadable(ref u)) if u.raw == "{\"format\":\"dekom-plan\"")
    );
    assert!(matches!(
        store.remove("broken").await,
        Err(WriteError::Unreadable(_))
    ));
    let kept = store.load_all().await.unwrap();
    assert_eq!(
        kept.unreadable, loaded.unreadable,
        "the record is exactly as it was"
    );

    store.discard("broken").await.unwrap();
    let after = store.load_all().await.unwrap();
    assert!(after.unreadable.is_empty() && after.plans.is_empty());
}

#[wasm_bindgen_test]
async fn a_plan_is_loaded_under_the_id_of_its_key() {
    let store = empty_store().await;
    let plan = Plan::new("inside".into(), "x".into(), "2026-11-22T08:00:00Z");
    put_raw("outside", &envelope::encode(&plan, "2026-11-22T08:00:00Z")).await;
    assert_eq!(store.load_all().await.unwrap().plans[0].id, "outside");
}

#[wasm_bindgen_test]
async fn plans_kept_in_local_storage_move_to_indexed_db_damaged_ones_too() {
    empty_store().await;
    // Entries as version 1 wrote them: each plan of the fixture in its own envelope.
    let file = include_str!("fixtures/plans-v1.json");
    let fixture = envelope::import(file).unwrap();
    let ls = local_storage();
    let raw: serde_json::Value = serde_json::from_str(file).unwrap();
    for plan in raw["plans"].as_array().unwrap() {
        let entry = serde_json::json!({ "format": "dekom-plan", "version": 1, "saved": "2026-11-22T08:00:00Z", "plan": plan });
        ls.set_item(
            &format!("dekom.plan.{}", plan["id"].as_str().unwrap()),
            &entry.to_string(),
        )
        .unwrap();
    }
    ls.set_item(
        "dekom.plan.avkortet",
        "{\"format\":\"dekom-plan\",\"version\":1,\"plan\":{\"id\":\"avk",
    )
    .unwrap();
    ls.set_item("dekom.lang", "nn").unwrap();
    ls.set_item("other.app", "not ours").unwrap();

    let opened = open().await;
    let mut plans = opened.loaded.plans;
    plans.sort_by(|a, b| a.id.cmp(&b.id));
    let mut expected = fixture.clone();
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(plans, expected);
    assert_eq!(opened.loaded.unreadable.len(), 1);
    assert_eq!(
        opened.loaded.unreadable[0].raw,
        "{\"format\":\"dekom-plan\",\"version\":1,\"plan\":{\"id\":\"avk"
    );
    let left: Vec<String> = (0..ls.length().unwrap())
        .filter_map(|i| ls.key(i).unwrap())
        .filter(|k| k.starts_with("dekom.plan."))
        .collect();
    assert!(left.is_empty(), "moved plans leave localStorage: {left:?}");
    assert_eq!(
        ls.get_item("dekom.lang").unwrap().as_deref(),
        Some("nn"),
        "settings stay"
    );
    assert_eq!(
        ls.get_item("other.app").unwrap().as_deref(),
        Some("not ours")
    );

    let again = open().await;
    assert_eq!(
        again.loaded.plans.len(),
        fixture.len(),
        "and they are there on the next start"
    );
    assert_eq!(again.loaded.unreadable.len(), 1);
}

#[wasm_bindgen_test]
async fn what_was_noted_as_the_page_was_left_is_there_on_the_next_start() {
    let store = empty_store().await;
    let kept = Plan::new("kept".into(), "Før".into(), "2026-11-22T08:00:00Z");
    let gone = Plan::new("gone".into(), "Slettet".into(), "2026-11-22T08:00:00Z");
    for plan in [&kept, &gone] {
        store
            .save(&plan.id, "2026-11-22T08:00:01Z", |_| plan.clone())
            .await
            .unwrap();
    }
    // The page is left before the write of a change and of a delete has finished.
    let mut changed = kept.clone();
    changed.name = "Etter".into();
    changed.updated = "2026-11-22T09:00:00Z".into();
    // Sealed as the app does before it notes a plan, so the next start merges it in.
    changed.seal(&kept, "tab", 1);
    store.keep_until_next_start(
        std::slice::from_ref(&changed),
        &["gone".to_string()],
        "2026-11-22T09:00:01Z",
    );

    let opened = open().await;
    assert_eq!(opened.loaded.plans, vec![changed]);
    let ls = local_storage();
    assert!(
        (0..ls.length().unwrap())
            .filter_map(|i| ls.key(i).unwrap())
            .all(|k| !k.starts_with("dekom.")),
        "the notes are gone once moved in"
    );
}

/// Waits for the browser's next timer turn, so spawned tasks and effects have run.
async fn settle() {
    let wait = js_sys::Promise::new(&mut |done, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&done, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
}

/// A stand-in for the chart library (src/ui/chart.js) that records what the app asks of it.
const FAKE_CHART_LIBRARY: &str = "data:text/javascript,\
    window.calls = [];\
    export function mount(el) { calls.push('mount'); return { el }; }\
    export function show(chart, option, lang) { calls.push('show ' + option + ' ' + lang); }\
    export function unmount(chart) { calls.push('unmount'); }";

fn calls() -> Vec<String> {
    let calls = js_sys::Reflect::get(&web_sys::window().unwrap(), &"calls".into()).unwrap();
    js_sys::Array::from(&calls)
        .iter()
        .map(|c| c.as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn a_chart_shows_its_table_without_the_library_and_otherwise_draws_follows_and_disposes() {
    use dekom::charts::{Figure, Table};
    use dekom::i18n::{texts, Lang};
    use dekom::ui::chart::ChartFigure;
    use leptos::prelude::*;

    let document = web_sys::window().unwrap().document().unwrap();
    let figure = |option: &str, value: &str| Figure {
        option: option.into(),
        table: Table {
            head: vec!["Fase".into(), "Utført".into()],
            rows: vec![vec!["Beredskap".into(), value.into()]],
        },
        summary: format!("Beredskap: {value} %"),
    };
    let mount = |fig: RwSignal<Figure>| {
        let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&host).unwrap();
        let handle = leptos::mount::mount_to(host.clone(), move || {
            provide_context(texts(Lang::Nb));
            view! { <ChartFigure caption="Framdrift" figure=fig/> }
        });
        (host, handle)
    };

    // No meta[name=dekom-charts] on this page yet: as when the library is missing.
    let (host, _first) = mount(RwSignal::new(figure("{}", "40")));
    settle().await;
    let table = host.query_selector("table").unwrap().unwrap();
    assert!(
        !table.has_attribute("hidden"),
        "the table stands in for the chart"
    );
    assert_eq!(
        table
            .query_selector("tbody td")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "40"
    );
    let failed = host
        .query_selector(".chart-figure__failed")
        .unwrap()
        .unwrap();
    assert!(!failed.has_attribute("hidden"));
    assert!(failed
        .text_content()
        .unwrap()
        .contains("Tallene står i tabellen"));
    assert!(host
        .query_selector(".chart")
        .unwrap()
        .unwrap()
        .has_attribute("hidden"));

    let meta = document.create_element("meta").unwrap();
    meta.set_attribute("name", "dekom-charts").unwrap();
    meta.set_attribute("content", FAKE_CHART_LIBRARY).unwrap();
    document
        .query_selector("head")
        .unwrap()
        .unwrap()
        .append_child(&meta)
        .unwrap();
    let fig = RwSignal::new(figure("{\"a\":1}", "40"));
    let (host, second) = mount(fig);
    settle().await;
    assert_eq!(
        calls(),
        ["mount", "show {\"a\":1} nb"],
        "drawn with the page's language, for its numbers"
    );
    assert!(
        host.query_selector("table")
            .unwrap()
            .unwrap()
            .has_attribute("hidden"),
        "the chart shows, the table waits behind the toggle"
    );

    fig.set(figure("{\"a\":2}", "60"));
    settle().await;
    assert_eq!(
        calls(),
        ["mount", "show {\"a\":1} nb", "show {\"a\":2} nb"],
        "the chart follows the plan, in the same instance"
    );
    assert_eq!(
        host.query_selector("tbody td")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "60"
    );

    drop(second);
    assert_eq!(
        calls().last().map(String::as_str),
        Some("unmount"),
        "leaving the page disposes the chart"
    );
}
