//! Core components (what the school will do) and, for each, the implementation drivers
//! (how: competence, organisation, leadership; Fixsen et al. 2005, Blase et al. 2012),
//! each rated with an action.

use leptos::prelude::*;

use super::{AddText, List, RowActions};
use crate::plan::new_id;
use crate::plan::planning::components::{CoreComponent, Driver, DriverGroup, DriverState};
use crate::store::browser;
use crate::ui::fields::TextField;
use crate::ui::use_texts;

const GROUPS: [DriverGroup; 3] = [
    DriverGroup::Competence,
    DriverGroup::Organisation,
    DriverGroup::Leadership,
];

#[component]
pub fn Components(id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let list = List::new(id, |p| &p.components, |p| &mut p.components);
    let ids = list.ids();
    view! {
        <section class="card">
            <Show when=move || ids.with(Vec::is_empty)>
                <p>{pt.no_components}</p>
            </Show>
            <ul class="tool-rows" role="list">
                <For each=move || ids.get() key=|id| id.clone() let:component>
                    <ComponentRow list id=component/>
                </For>
            </ul>
            <AddComponent list/>
        </section>
    }
}

#[component]
fn ComponentRow(list: List<CoreComponent>, id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let dom = format!("component-{id}");
    let label = {
        let id = id.clone();
        Signal::derive(move || {
            list.read(&id, |c| {
                if c.what.trim().is_empty() {
                    pt.component_what.to_string()
                } else {
                    c.what.trim().to_string()
                }
            })
        })
    };
    let gaps = {
        let id = id.clone();
        Memo::new(move |_| {
            list.read(&id, |c| {
                c.gaps()
                    .into_iter()
                    .map(|d| (pt.driver_name)(d))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        })
    };
    let groups = GROUPS.map(|group| {
        let drivers = Driver::ALL.into_iter().filter(|d| d.group() == group).map(|driver| {
            let key = format!("{dom}-{driver:?}");
            let rating = list.field(&id, move |c| c.drivers.get(&driver).map_or(0, |s| s.rating));
            let action = list.field(&id, move |c| c.drivers.get(&driver).map(|s| s.action.clone()).unwrap_or_default());
            let (rate_id, act_id) = (id.clone(), id.clone());
            let set_rating = move |ev: leptos::ev::Event| {
                let v: u8 = event_target_value(&ev).parse().unwrap_or_default();
                list.edit(&rate_id, |c| c.drivers.entry(driver).or_insert_with(DriverState::default).rating = v.min(3));
            };
            let set_action = move |ev: leptos::ev::Event| {
                let v = event_target_value(&ev);
                list.edit(&act_id, |c| c.drivers.entry(driver).or_insert_with(DriverState::default).action = v);
            };
            let name = (pt.driver_name)(driver);
            view! {
                <div class="driver">
                    <label class="driver__name" for=format!("{key}-rating")>{name}</label>
                    <select id=format!("{key}-rating") on:change=set_rating>
                        {(0..=3u8).map(|r| view! { <option value=r.to_string() prop:selected=move || rating.get() == r>{(pt.rating_name)(r)}</option> }).collect_view()}
                    </select>
                    <label class="visually-hidden" for=format!("{key}-action")>{format!("{}: {name}", pt.action)}</label>
                    <input id=format!("{key}-action") type="text" placeholder=pt.action prop:value=move || action.get() on:input=set_action/>
                </div>
            }
        });
        view! {
            <fieldset class="driver-group">
                <legend>{(pt.group_name)(group)}</legend>
                {drivers.collect_view()}
            </fieldset>
        }
    });
    view! {
        <li class="tool-row" aria-label=move || label.get()>
            <TextField label=pt.component_what id=format!("{dom}-what") value=list.field(&id, |c| c.what.clone()) on_input=list.setter(&id, |c, v| c.what = v)/>
            <h2 class="drivers-title">{move || (pt.drivers_for)(&label.get())}</h2>
            <div class="driver-head" aria-hidden="true"><span></span><span>{pt.rating}</span><span>{pt.action}</span></div>
            {groups.into_iter().collect_view()}
            <Show when=move || !gaps.with(String::is_empty)>
                <p class="gaps">{move || (pt.gaps)(&gaps.get())}</p>
            </Show>
            <div class="tool-row__foot">
                <RowActions list id=id.clone() label/>
            </div>
        </li>
    }
}

#[component]
fn AddComponent(list: List<CoreComponent>) -> impl IntoView {
    let pt = &use_texts().planning;
    let add = Callback::new(move |what: String| {
        list.add(CoreComponent {
            id: new_id("c-", browser::random),
            what,
            ..CoreComponent::default()
        })
    });
    view! { <AddText id="new-component" title=pt.add_component label=pt.new_component on_add=add/> }
}
