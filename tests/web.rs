//! The browser side of storage, in headless Chromium: what is saved is loaded again,
//! and what cannot be read is reported and left exactly as it was.
#![cfg(target_arch = "wasm32")]

use dekom::plan::Plan;
use dekom::store::browser::{key_for, load_all, remove, save};
use dekom::store::envelope::ReadError;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn a_saved_plan_loads_again_and_a_removed_one_does_not() {
    storage().clear().unwrap();
    let mut plan = Plan::new("webtest1".into(), "Lesing".into(), "2026-11-22T08:00:00Z");
    plan.idea = "Mer lesing «hver dag»".into();
    assert!(save(&plan, "2026-11-22T08:00:01Z").is_some());

    let loaded = load_all();
    assert!(loaded.available);
    assert_eq!(loaded.plans, vec![plan]);
    assert!(loaded.unreadable.is_empty());

    remove(&key_for("webtest1"));
    assert!(load_all().plans.is_empty());
}

#[wasm_bindgen_test]
fn unreadable_entries_are_reported_and_left_untouched() {
    storage().clear().unwrap();
    storage().set_item("dekom.plan.broken", "{\"format\":\"dekom-plan\"").unwrap();
    storage().set_item("other.app", "not ours").unwrap();

    let loaded = load_all();
    assert!(loaded.plans.is_empty());
    assert_eq!(loaded.unreadable.len(), 1, "only our own keys are read");
    assert_eq!(loaded.unreadable[0].key, "dekom.plan.broken");
    assert_eq!(loaded.unreadable[0].error, ReadError::NotJson);
    assert_eq!(storage().get_item("dekom.plan.broken").unwrap().as_deref(), Some("{\"format\":\"dekom-plan\""));
}

#[wasm_bindgen_test]
fn a_plan_is_loaded_under_the_id_of_its_key() {
    storage().clear().unwrap();
    let plan = Plan::new("inside".into(), "x".into(), "2026-11-22T08:00:00Z");
    let raw = dekom::store::envelope::encode(&plan, "2026-11-22T08:00:00Z");
    storage().set_item(&key_for("outside"), &raw).unwrap();
    assert_eq!(load_all().plans[0].id, "outside");
}

/// Waits for the browser's next timer turn, so spawned tasks and effects have run.
async fn settle() {
    let wait = js_sys::Promise::new(&mut |done, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&done, 50).unwrap();
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
    js_sys::Array::from(&calls).iter().map(|c| c.as_string().unwrap()).collect()
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
        table: Table { head: vec!["Fase".into(), "Utført".into()], rows: vec![vec!["Beredskap".into(), value.into()]] },
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
    assert!(!table.has_attribute("hidden"), "the table stands in for the chart");
    assert_eq!(table.query_selector("tbody td").unwrap().unwrap().text_content().unwrap(), "40");
    let failed = host.query_selector(".chart-figure__failed").unwrap().unwrap();
    assert!(!failed.has_attribute("hidden"));
    assert!(failed.text_content().unwrap().contains("Tallene står i tabellen"));
    assert!(host.query_selector(".chart").unwrap().unwrap().has_attribute("hidden"));

    let meta = document.create_element("meta").unwrap();
    meta.set_attribute("name", "dekom-charts").unwrap();
    meta.set_attribute("content", FAKE_CHART_LIBRARY).unwrap();
    document.query_selector("head").unwrap().unwrap().append_child(&meta).unwrap();
    let fig = RwSignal::new(figure("{\"a\":1}", "40"));
    let (host, second) = mount(fig);
    settle().await;
    assert_eq!(calls(), ["mount", "show {\"a\":1} nb"], "drawn with the page's language, for its numbers");
    assert!(host.query_selector("table").unwrap().unwrap().has_attribute("hidden"), "the chart shows, the table waits behind the toggle");

    fig.set(figure("{\"a\":2}", "60"));
    settle().await;
    assert_eq!(calls(), ["mount", "show {\"a\":1} nb", "show {\"a\":2} nb"], "the chart follows the plan, in the same instance");
    assert_eq!(host.query_selector("tbody td").unwrap().unwrap().text_content().unwrap(), "60");

    drop(second);
    assert_eq!(calls().last().map(String::as_str), Some("unmount"), "leaving the page disposes the chart");
}
