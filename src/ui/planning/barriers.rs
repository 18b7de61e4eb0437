//! Barriers (categories after Greenberg et al. 2005) with likelihood, impact, mitigation
//! and owner; the risk heat map as a table; enablers and inhibitors per phase.

use leptos::prelude::*;

use super::{AddText, List, RowActions};
use crate::plan::new_id;
use crate::plan::planning::barriers::{
    by_risk, heat_map, level, Barrier, Category, Level, PhaseForces,
};
use crate::state::AppState;
use crate::store::browser;
use crate::ui::fields::{SelectField, TextField, PEOPLE};
use crate::ui::{use_model, use_texts};

fn category_options() -> Vec<(String, String)> {
    let t = use_texts();
    Category::ALL
        .iter()
        .enumerate()
        .map(|(i, &c)| (i.to_string(), (t.planning.category_name)(c).to_string()))
        .collect()
}

fn category_index(category: Category) -> String {
    Category::ALL
        .iter()
        .position(|&c| c == category)
        .unwrap_or_default()
        .to_string()
}

fn category_at(index: &str) -> Category {
    index
        .parse::<usize>()
        .ok()
        .and_then(|i| Category::ALL.get(i).copied())
        .unwrap_or_default()
}

fn scale_options() -> Vec<(String, String)> {
    (1..=5)
        .map(|n: u8| (n.to_string(), n.to_string()))
        .collect()
}

fn level_class(level: Level) -> &'static str {
    match level {
        Level::Low => "heat heat--low",
        Level::Medium => "heat heat--medium",
        Level::High => "heat heat--high",
    }
}

/// The barrier's category as the school sees it: its own name for an own category.
fn category_label(b: &Barrier) -> String {
    let t = use_texts();
    if b.category == Category::Own && !b.own_category.trim().is_empty() {
        b.own_category.trim().to_string()
    } else {
        (t.planning.category_name)(b.category).to_string()
    }
}

#[component]
pub fn Barriers(id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let list = List::new(id.clone(), |p| &p.barriers, |p| &mut p.barriers);
    let ids = list.ids();
    view! {
        <div class="tool-layout tool-layout--wide-side">
            <aside class="tool-side">
                <HeatMap list/>
            </aside>
            <div class="tool-main">
                <section class="card">
                    <Show when=move || ids.with(Vec::is_empty)>
                        <p>{pt.no_barriers}</p>
                    </Show>
                    <ul class="tool-rows" role="list">
                        <For each=move || ids.get() key=|id| id.clone() let:barrier>
                            <BarrierRow list id=barrier/>
                        </For>
                    </ul>
                    <AddBarrier list/>
                </section>
                <Forces id/>
            </div>
        </div>
    }
}

/// Counts per likelihood × impact, high impact at the top, with the highest risks listed.
#[component]
fn HeatMap(list: List<Barrier>) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let cells = Memo::new(move |_| list.read_all(heat_map));
    let ranked = Memo::new(move |_| {
        list.read_all(|bs| {
            by_risk(bs)
                .into_iter()
                .map(|b| {
                    (
                        b.risk(),
                        b.description.trim().to_string(),
                        category_label(b),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let rows = (1..=5u8).rev().map(|impact| {
        let cols = (1..=5u8).map(|likelihood| {
            let level = level(impact * likelihood);
            let count = move || cells.with(|c| c[usize::from(impact) - 1][usize::from(likelihood) - 1]);
            view! {
                <td class=level_class(level)>
                    {count}<span class="visually-hidden">{format!(" ({})", (pt.level_name)(level))}</span>
                </td>
            }
        });
        view! {
            <tr>
                <th scope="row">{(pt.heat_impact)(impact)}</th>
                {cols.collect_view()}
            </tr>
        }
    });
    view! {
        <section class="card" aria-labelledby="heat-title">
            <h2 id="heat-title">{pt.heat_title}</h2>
            <table class="heat-map">
                <caption>{pt.heat_caption}</caption>
                <thead>
                    <tr>
                        <td rowspan="2"></td>
                        <th scope="colgroup" colspan="5">{pt.likelihood}</th>
                    </tr>
                    <tr>
                        {(1..=5u8).map(|n| view! { <th scope="col" aria-label=(pt.heat_likelihood)(n)>{n}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows.collect_view()}</tbody>
            </table>
            <ul class="heat-legend" role="list">
                {[Level::Low, Level::Medium, Level::High].map(|l| view! { <li><span class=level_class(l) aria-hidden="true"></span>{(pt.level_name)(l)}</li> }).into_iter().collect_view()}
            </ul>
            <Show when=move || !ranked.with(Vec::is_empty)>
                <h3>{pt.barriers_list}</h3>
                <ol class="ranked">
                    {move || ranked.get().into_iter().map(|(risk, what, category)| view! {
                        <li>{format!("{what} – {category}: ")}<strong>{(pt.risk)(risk, level(risk))}</strong></li>
                    }).collect_view()}
                </ol>
            </Show>
        </section>
    }
}

#[component]
fn BarrierRow(list: List<Barrier>, id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let dom = format!("barrier-{id}");
    let label = {
        let id = id.clone();
        Signal::derive(move || {
            list.read(&id, |b| {
                if b.description.trim().is_empty() {
                    pt.description.to_string()
                } else {
                    b.description.trim().to_string()
                }
            })
        })
    };
    let own = list.field(&id, |b| b.category == Category::Own);
    let risk = list.field(&id, |b| b.risk());
    let own_field = {
        let id = id.clone();
        let dom = dom.clone();
        move || {
            own.get().then(|| {
                view! {
                    <TextField label=pt.own_category id=format!("{dom}-own") value=list.field(&id, |b| b.own_category.clone())
                        on_input=list.setter(&id, |b, v| b.own_category = v)/>
                }
            })
        }
    };
    view! {
        <li class="tool-row" aria-label=move || label.get()>
            <div class="field-grid">
                <TextField label=pt.description id=format!("{dom}-description") value=list.field(&id, |b| b.description.clone())
                    on_input=list.setter(&id, |b, v| b.description = v)/>
                <SelectField label=pt.category id=format!("{dom}-category") options=category_options()
                    value=list.field(&id, |b| category_index(b.category)) on_change=list.setter(&id, |b, v: String| b.category = category_at(&v))/>
                {own_field}
            </div>
            <div class="field-grid">
                <SelectField label=pt.likelihood id=format!("{dom}-likelihood") options=scale_options()
                    value=list.field(&id, |b| b.likelihood.clamp(1, 5).to_string()) on_change=list.setter(&id, |b, v: String| b.likelihood = v.parse().unwrap_or(3))/>
                <SelectField label=pt.impact id=format!("{dom}-impact") options=scale_options()
                    value=list.field(&id, |b| b.impact.clamp(1, 5).to_string()) on_change=list.setter(&id, |b, v: String| b.impact = v.parse().unwrap_or(3))/>
                <p class=move || format!("risk {}", level_class(level(risk.get())))>{move || (pt.risk)(risk.get(), level(risk.get()))}</p>
            </div>
            <div class="field-grid">
                <TextField label=pt.mitigation id=format!("{dom}-mitigation") value=list.field(&id, |b| b.mitigation.clone())
                    on_input=list.setter(&id, |b, v| b.mitigation = v)/>
                <TextField label=pt.owner id=format!("{dom}-owner") list=Some(PEOPLE) value=list.field(&id, |b| b.owner.clone())
                    on_input=list.setter(&id, |b, v| b.owner = v)/>
            </div>
            <div class="tool-row__foot">
                <RowActions list id=id.clone() label/>
            </div>
        </li>
    }
}

#[component]
fn AddBarrier(list: List<Barrier>) -> impl IntoView {
    let pt = &use_texts().planning;
    let category = RwSignal::new(Category::Fidelity);
    let add = Callback::new(move |description: String| {
        list.add(Barrier {
            id: new_id("b-", browser::random),
            description,
            category: category.get_untracked(),
            ..Barrier::default()
        });
    });
    let options = category_options()
        .into_iter()
        .map(|(v, name)| {
            let mine = category_at(&v);
            view! { <option value=v prop:selected=move || category.get() == mine>{name}</option> }
        })
        .collect_view();
    view! {
        <AddText id="new-barrier" title=pt.add_barrier label=pt.new_barrier on_add=add>
            <div class="field">
                <label for="new-barrier-category">{pt.category}</label>
                <select id="new-barrier-category" on:change=move |ev| category.set(category_at(&event_target_value(&ev)))>{options}</select>
            </div>
        </AddText>
    }
}

/// What enables and what inhibits the work, one pair of notes per phase.
#[component]
fn Forces(id: String) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let pt = &t.planning;
    let state = expect_context::<AppState>();
    let phases = model.phases.iter().map(|phase| {
        let n = usize::from(phase.number);
        let field = |label: &'static str, key: &'static str, get: fn(&PhaseForces) -> &String, set: fn(&mut PhaseForces, String)| {
            let (read, write) = (id.clone(), id.clone());
            view! {
                <TextField label id=format!("forces-{n}-{key}") multiline=true
                    value=Signal::derive(move || state.read(&read, |p| p.planning.forces.get(n - 1).map(|f| get(f).clone())).flatten().unwrap_or_default())
                    on_input=Callback::new(move |v| state.edit(&write, |p| {
                        if p.planning.forces.len() < n {
                            p.planning.forces.resize_with(n, PhaseForces::default);
                        }
                        set(&mut p.planning.forces[n - 1], v)
                    }))/>
            }
        };
        view! {
            <fieldset class="forces-phase">
                <legend>{format!("{}: {}", (t.phase_label)(phase.number), phase.name)}</legend>
                <div class="field-grid">
                    {field(pt.enablers, "enablers", |f| &f.enablers, |f, v| f.enablers = v)}
                    {field(pt.inhibitors, "inhibitors", |f| &f.inhibitors, |f, v| f.inhibitors = v)}
                </div>
            </fieldset>
        }
    });
    view! {
        <section class="card" aria-labelledby="forces-title">
            <h2 id="forces-title">{pt.forces_title}</h2>
            <p class="section-intro">{pt.forces_intro}</p>
            {phases.collect_view()}
        </section>
    }
}
