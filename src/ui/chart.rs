//! Every chart on every page: a figure with a caption, the chart drawn by ECharts (SVG),
//! its twin table behind a toggle, and a summary for screen readers. The chart library
//! (src/ui/chart.js, bundled at build time) is imported the first time a chart is shown,
//! so pages without charts never load it.

use std::cell::OnceCell;

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::use_texts;
use crate::charts::Figure;

#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    fn import_module(url: &str) -> js_sys::Promise;
}

#[wasm_bindgen]
extern "C" {
    /// src/ui/chart.js, once imported.
    #[derive(Clone)]
    type ChartModule;
    #[wasm_bindgen(method)]
    fn mount(this: &ChartModule, el: &web_sys::Element) -> ChartHandle;
    /// `lang` (a BCP 47 tag) says how the chart writes its numbers.
    #[wasm_bindgen(method)]
    fn show(this: &ChartModule, chart: &ChartHandle, option: &str, lang: &str);
    #[wasm_bindgen(method)]
    fn unmount(this: &ChartModule, chart: &ChartHandle);

    type ChartHandle;
}

thread_local! {
    /// One import for the whole app, shared by every chart that asks while it loads.
    static LOADING: OnceCell<js_sys::Promise> = const { OnceCell::new() };
}

/// The chart library's address, written into index.html by scripts/post-build.mjs.
fn bundle_url() -> Result<String, JsValue> {
    document()
        .query_selector("meta[name=dekom-charts]")?
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or_else(|| JsValue::from_str("no meta[name=dekom-charts] in index.html"))
}

async fn chart_module() -> Result<ChartModule, JsValue> {
    let promise = LOADING.with(|l| match l.get() {
        Some(loading) => Ok(loading.clone()),
        None => bundle_url().map(|url| l.get_or_init(|| import_module(&url)).clone()),
    })?;
    Ok(JsFuture::from(promise).await?.unchecked_into())
}

#[component]
pub fn ChartFigure(
    #[prop(into)] caption: String,
    #[prop(into)] figure: Signal<Figure>,
) -> impl IntoView {
    let texts = use_texts();
    let t = &texts.charts;
    let lang = texts.lang.tag();
    let as_table = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let host = NodeRef::<Div>::new();
    let drawn = StoredValue::new_local(None::<(ChartModule, ChartHandle)>);
    // The figure is worked out again on every change to its plan; only a change to what
    // it shows reaches the table and the chart, so typing elsewhere redraws nothing.
    let figure = Memo::new(move |_| figure.get());
    let option = Memo::new(move |_| figure.with(|f| f.option.clone()));

    Effect::new(move |_| {
        let option = option.get();
        let Some(el) = host.get() else { return };
        spawn_local(async move {
            match chart_module().await {
                // try_: the figure may have left the page while the library loaded.
                Ok(module) => {
                    drawn.try_update_value(|d| {
                        let (module, chart) = d.get_or_insert_with(|| {
                            let chart = module.mount(&el);
                            (module, chart)
                        });
                        module.show(chart, &option, lang);
                    });
                }
                Err(e) => {
                    web_sys::console::error_2(&"chart library could not be loaded:".into(), &e);
                    failed.try_set(true);
                }
            }
        });
    });
    on_cleanup(move || {
        if let Some(Some((module, chart))) = drawn.try_update_value(Option::take) {
            module.unmount(&chart);
        }
    });

    let showing_table = move || as_table.get() || failed.get();
    let table = move || {
        figure.with(|f| {
            let head = f
                .table
                .head
                .iter()
                .map(|h| view! { <th scope="col">{h.clone()}</th> })
                .collect_view();
            let rows = f
                .table
                .rows
                .iter()
                .map(|row| {
                    let mut cells = row.iter();
                    let label = cells.next().cloned().unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{label}</th>
                            {cells.map(|c| view! { <td>{c.clone()}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            }
        })
    };

    view! {
        <figure class="chart-figure">
            <figcaption>
                <span class="chart-figure__caption">{caption.clone()}</span>
                <button type="button" class="button button--small chart-figure__toggle" hidden=move || failed.get()
                    aria-pressed=move || as_table.get().to_string()
                    on:click=move |_| as_table.update(|v| *v = !*v)>
                    {move || if as_table.get() { t.show_chart } else { t.show_table }}
                </button>
            </figcaption>
            <p class="chart-figure__summary visually-hidden">{move || figure.with(|f| f.summary.clone())}</p>
            <p class="chart-figure__failed" hidden=move || !failed.get()>{t.failed}</p>
            // The chart repeats the table for sighted readers; assistive technology gets the
            // summary and the table instead of SVG shapes.
            <div class="chart" node_ref=host aria-hidden="true" hidden=showing_table></div>
            <table class="chart-table" hidden=move || !showing_table()>
                <caption class="visually-hidden">{caption}</caption>
                {table}
            </table>
        </figure>
    }
}
