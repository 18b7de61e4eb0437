//! Measurements: indicators the school follows, with values at T1..Tn and a trend chart.

use leptos::prelude::*;

use super::{AddText, List, RowActions};
use crate::charts::measurement_trend;
use crate::i18n::with_sign;
use crate::plan::new_id;
use crate::plan::planning::measurements::{change, parse_value, Indicator};
use crate::store::browser;
use crate::ui::chart::ChartFigure;
use crate::ui::fields::TextField;
use crate::ui::use_texts;

#[component]
pub fn Measurements(id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let list = List::new(id, |p| &p.measurements, |p| &mut p.measurements);
    let ids = list.ids();
    let points = Memo::new(move |_| {
        list.read_all(|is| is.iter().map(|i| i.values.len()).max().unwrap_or(0))
    });
    let figure = Signal::derive(move || list.read_all(|is| measurement_trend(is, pt)));
    let add_point = move |_| {
        list.edit_all(|is| {
            let n = is.iter().map(|i| i.values.len()).max().unwrap_or(0) + 1;
            for i in is.iter_mut() {
                i.values.resize(n, None);
            }
        })
    };
    let source = RwSignal::new(String::new());
    let add = Callback::new(move |name: String| {
        let n = points.get_untracked().max(1);
        list.add(Indicator {
            id: new_id("i-", browser::random),
            name,
            source: source.get_untracked().trim().to_string(),
            values: vec![None; n],
        });
        source.set(String::new());
    });
    view! {
        <Show when=move || !ids.with(Vec::is_empty)>
            <ChartFigure caption=pt.trend_caption figure/>
        </Show>
        <section class="card">
            <Show when=move || ids.with(Vec::is_empty)>
                <p>{pt.no_indicators}</p>
            </Show>
            <ul class="tool-rows" role="list">
                <For each=move || ids.get() key=|id| id.clone() let:indicator>
                    <IndicatorRow list id=indicator points/>
                </For>
            </ul>
            <Show when=move || !ids.with(Vec::is_empty)>
                <button class="button" type="button" on:click=add_point>{pt.add_time_point}</button>
            </Show>
            <AddText id="new-indicator" title=pt.add_indicator label=pt.new_indicator on_add=add>
                <div class="field">
                    <label for="new-indicator-source">{pt.indicator_source}</label>
                    <p class="field__hint" id="new-indicator-source-hint">{pt.indicator_source_hint}</p>
                    <input id="new-indicator-source" type="text" aria-describedby="new-indicator-source-hint"
                        prop:value=move || source.get() on:input=move |ev| source.set(event_target_value(&ev))/>
                </div>
            </AddText>
        </section>
    }
}

#[component]
fn IndicatorRow(list: List<Indicator>, id: String, points: Memo<usize>) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let dom = format!("indicator-{id}");
    let label = {
        let id = id.clone();
        Signal::derive(move || {
            list.read(&id, |i| {
                if i.name.trim().is_empty() {
                    pt.indicator_name.to_string()
                } else {
                    i.name.trim().to_string()
                }
            })
        })
    };
    let delta = {
        let id = id.clone();
        Memo::new(move |_| list.read(&id, change))
    };
    let cells = {
        let id = id.clone();
        move || {
            (0..points.get())
                .map(|i| view! { <ValueCell list id=id.clone() index=i/> })
                .collect_view()
        }
    };
    view! {
        <li class="tool-row" aria-label=move || label.get()>
            <div class="field-grid">
                <TextField label=pt.indicator_name id=format!("{dom}-name") value=list.field(&id, |i| i.name.clone()) on_input=list.setter(&id, |i, v| i.name = v)/>
                <TextField label=pt.indicator_source id=format!("{dom}-source") value=list.field(&id, |i| i.source.clone()) on_input=list.setter(&id, |i, v| i.source = v)/>
            </div>
            <div class="values">{cells}</div>
            {move || delta.get().map(|d| view! { <p class="change">{(pt.change)(&with_sign(d, pt.number))}</p> })}
            <div class="tool-row__foot">
                <RowActions list id=id.clone() label/>
            </div>
        </li>
    }
}

/// One value. What is typed stays in the field even when it is not a number yet; only a
/// number (or blank) is written to the plan, and the field follows the plan when it
/// changes elsewhere (undo, another tab).
#[component]
fn ValueCell(list: List<Indicator>, id: String, index: usize) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let dom = format!("indicator-{id}-t{}", index + 1);
    let error_id = format!("{dom}-error");
    let stored = list.field(&id, move |i| i.values.get(index).copied().flatten());
    let show = move |v: Option<f64>| v.map(pt.number).unwrap_or_default();
    let text = RwSignal::new(show(stored.get_untracked()));
    let invalid = RwSignal::new(false);
    Effect::new(move |_| {
        let now = stored.get();
        if parse_value(&text.get_untracked()) != Ok(now) {
            text.set(show(now));
            invalid.set(false);
        }
    });
    let input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        match parse_value(&typed) {
            Ok(value) => {
                invalid.set(false);
                list.edit(&id, |i| {
                    if i.values.len() <= index {
                        i.values.resize(index + 1, None);
                    }
                    i.values[index] = value;
                });
            }
            Err(_) => invalid.set(true),
        }
    };
    view! {
        <div class="field value">
            <label for=dom.clone()>{(pt.time_point)(index + 1)}</label>
            <input id=dom type="text" inputmode="decimal" prop:value=move || text.get()
                aria-invalid=move || invalid.get().then_some("true") aria-describedby=error_id.clone() on:input=input/>
            <p class="field__error" id=error_id>{move || invalid.get().then_some(pt.value_invalid)}</p>
        </div>
    }
}
