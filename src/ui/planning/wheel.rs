//! The annual wheel (årshjul): recurring activities by month over a school year from
//! August, drawn as a wheel and listed month by month.

use leptos::prelude::*;

use super::{AddText, List, RowActions};
use crate::charts::annual_wheel;
use crate::plan::new_id;
use crate::plan::planning::wheel::{by_month, WheelActivity, SCHOOL_YEAR};
use crate::store::browser;
use crate::ui::chart::ChartFigure;
use crate::ui::fields::{SelectField, TextField, PEOPLE};
use crate::ui::use_texts;

fn month_options() -> Vec<(String, String)> {
    let t = use_texts();
    SCHOOL_YEAR
        .iter()
        .map(|&m| (m.to_string(), (t.planning.month_name)(m).to_string()))
        .collect()
}

#[component]
pub fn Wheel(id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let list = List::new(id, |p| &p.wheel, |p| &mut p.wheel);
    let months = Memo::new(move |_| {
        list.read_all(|acts| {
            by_month(acts)
                .into_iter()
                .map(|(m, items)| (m, items.iter().map(|a| a.id.clone()).collect::<Vec<_>>()))
                .collect::<Vec<_>>()
        })
    });
    let figure = Signal::derive(move || list.read_all(|acts| annual_wheel(acts, pt)));
    view! {
        <ChartFigure caption=pt.wheel_caption figure/>
        <section class="card">
            <Show when=move || months.with(Vec::is_empty)>
                <p>{pt.no_wheel}</p>
            </Show>
            <For each=move || months.get() key=|group| group.clone() let:group>
                <h2 class="month-title">{(pt.month_name)(group.0)}</h2>
                <ul class="tool-rows" role="list">
                    {group.1.into_iter().map(|id| view! { <WheelRow list id/> }).collect_view()}
                </ul>
            </For>
            <AddWheel list/>
        </section>
    }
}

#[component]
fn WheelRow(list: List<WheelActivity>, id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let dom = format!("wheel-{id}");
    let label = {
        let id = id.clone();
        Signal::derive(move || {
            list.read(&id, |a| {
                if a.text.trim().is_empty() {
                    pt.wheel_activity.to_string()
                } else {
                    a.text.trim().to_string()
                }
            })
        })
    };
    view! {
        <li class="tool-row" aria-label=move || label.get()>
            <div class="field-grid">
                <TextField label=pt.wheel_activity id=format!("{dom}-text") value=list.field(&id, |a| a.text.clone()) on_input=list.setter(&id, |a, v| a.text = v)/>
                <SelectField label=pt.month id=format!("{dom}-month") options=month_options()
                    value=list.field(&id, |a| a.month.to_string()) on_change=list.setter(&id, |a, v: String| a.month = v.parse().unwrap_or(8))/>
                <TextField label=t.responsible id=format!("{dom}-responsible") list=Some(PEOPLE) value=list.field(&id, |a| a.responsible.clone()) on_input=list.setter(&id, |a, v| a.responsible = v)/>
            </div>
            <div class="tool-row__foot">
                <RowActions list id=id.clone() label fixed=true/>
            </div>
        </li>
    }
}

/// Adds an activity to a month; August, the start of the school year, until another is chosen.
#[component]
fn AddWheel(list: List<WheelActivity>) -> impl IntoView {
    let pt = &use_texts().planning;
    let month = RwSignal::new(8u8);
    let add = Callback::new(move |text: String| {
        list.add(WheelActivity {
            id: new_id("w-", browser::random),
            month: month.get_untracked(),
            text,
            ..WheelActivity::default()
        });
    });
    let options = month_options()
        .into_iter()
        .map(|(v, name)| {
            let m: u8 = v.parse().unwrap_or_default();
            view! { <option value=v prop:selected=move || month.get() == m>{name}</option> }
        })
        .collect_view();
    view! {
        <AddText id="new-wheel" title=pt.add_wheel label=pt.wheel_activity on_add=add>
            <div class="field">
                <label for="new-wheel-month">{pt.month}</label>
                <select id="new-wheel-month" on:change=move |ev| month.set(event_target_value(&ev).parse().unwrap_or(8))>{options}</select>
            </div>
        </AddText>
    }
}
