//! The decision log: dated entries of what the school chose and why, newest first.

use leptos::prelude::*;

use super::{AddText, List, RowActions};
use crate::plan::new_id;
use crate::plan::planning::decisions::{newest_first, Decision};
use crate::store::browser;
use crate::ui::fields::{DateField, TextField};
use crate::ui::use_texts;

#[component]
pub fn Decisions(id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let list = List::new(id, |p| &p.decisions, |p| &mut p.decisions);
    let order = Memo::new(move |_| {
        list.read_all(|ds| {
            newest_first(ds)
                .into_iter()
                .map(|d| d.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let date = RwSignal::new(browser::today());
    let why = RwSignal::new(String::new());
    let add = Callback::new(move |what: String| {
        list.add(Decision {
            id: new_id("d-", browser::random),
            date: date.get_untracked(),
            what,
            why: why.get_untracked().trim().to_string(),
        });
        // The next decision is most likely today's, not the one just logged.
        date.set(browser::today());
        why.set(String::new());
    });
    view! {
        <section class="card">
            <AddText id="new-decision" title=pt.add_decision label=pt.decision_what on_add=add>
                <DateField label=pt.decision_date id="new-decision-date" value=date on_input=Callback::new(move |v| date.set(v))/>
                <div class="field field--wide">
                    <label for="new-decision-why">{pt.decision_why}</label>
                    <textarea id="new-decision-why" rows="2" prop:value=move || why.get() on:input=move |ev| why.set(event_target_value(&ev))></textarea>
                </div>
            </AddText>
            <Show when=move || order.with(Vec::is_empty)>
                <p>{pt.no_decisions}</p>
            </Show>
            <ol class="tool-rows" role="list">
                <For each=move || order.get() key=|id| id.clone() let:decision>
                    <DecisionRow list id=decision/>
                </For>
            </ol>
        </section>
    }
}

#[component]
fn DecisionRow(list: List<Decision>, id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let dom = format!("decision-{id}");
    let label = {
        let id = id.clone();
        Signal::derive(move || {
            list.read(&id, |d| {
                if d.what.trim().is_empty() {
                    pt.decision_what.to_string()
                } else {
                    d.what.trim().to_string()
                }
            })
        })
    };
    view! {
        <li class="tool-row" aria-label=move || label.get()>
            <div class="field-grid">
                <DateField label=pt.decision_date id=format!("{dom}-date") value=list.field(&id, |d| d.date.clone()) on_input=list.setter(&id, |d, v| d.date = v)/>
                <TextField label=pt.decision_what id=format!("{dom}-what") value=list.field(&id, |d| d.what.clone()) on_input=list.setter(&id, |d, v| d.what = v)/>
            </div>
            <TextField label=pt.decision_why id=format!("{dom}-why") multiline=true value=list.field(&id, |d| d.why.clone()) on_input=list.setter(&id, |d, v| d.why = v)/>
            <div class="tool-row__foot">
                <RowActions list id=id.clone() label fixed=true/>
            </div>
        </li>
    }
}
