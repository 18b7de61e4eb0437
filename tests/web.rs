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
    assert!(save(&plan, "2026-11-22T08:00:01Z"));

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

#[wasm_bindgen_test]
async fn a_chart_whose_library_cannot_load_shows_its_numbers_as_a_table() {
    use dekom::charts::{Figure, Table};
    use dekom::i18n::{texts, Lang};
    use dekom::ui::chart::ChartFigure;
    use leptos::prelude::*;

    // This test page has no meta[name=dekom-charts], as when the library is missing.
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let figure = Figure {
        option: "{}".into(),
        table: Table { head: vec!["Fase".into(), "Utført".into()], rows: vec![vec!["Beredskap".into(), "40".into()]] },
        summary: "Beredskap: 40 %".into(),
    };
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_context(texts(Lang::Nb));
        view! { <ChartFigure caption="Framdrift" figure=Signal::stored(figure.clone())/> }
    });
    settle().await;

    let table = host.query_selector("table").unwrap().unwrap();
    assert!(!table.has_attribute("hidden"), "the table stands in for the chart");
    assert_eq!(table.query_selector("tbody td").unwrap().unwrap().text_content().unwrap(), "40");
    let failed = host.query_selector(".chart-figure__failed").unwrap().unwrap();
    assert!(!failed.has_attribute("hidden"));
    assert!(failed.text_content().unwrap().contains("Tallene står i tabellen"));
    assert!(host.query_selector(".chart").unwrap().unwrap().has_attribute("hidden"));
}
