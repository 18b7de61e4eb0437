//! The working group: its members, the meeting rhythm with externals, and the model's
//! advice where the group departs from it.

use leptos::prelude::*;

use super::{List, RowActions};
use crate::plan::new_id;
use crate::plan::planning::group::{Member, Role};
use crate::state::AppState;
use crate::store::browser;
use crate::ui::fields::{SelectField, TextField};
use crate::ui::use_texts;

fn role_options() -> Vec<(String, String)> {
    let t = use_texts();
    Role::ALL
        .iter()
        .enumerate()
        .map(|(i, &r)| (i.to_string(), (t.planning.role_name)(r).to_string()))
        .collect()
}

fn role_index(role: Role) -> String {
    Role::ALL
        .iter()
        .position(|&r| r == role)
        .unwrap_or_default()
        .to_string()
}

fn role_at(index: &str) -> Role {
    index
        .parse::<usize>()
        .ok()
        .and_then(|i| Role::ALL.get(i).copied())
        .unwrap_or_default()
}

#[component]
pub fn Group(id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let state = expect_context::<AppState>();
    let members = List::new(id.clone(), |p| &p.group.members, |p| &mut p.group.members);
    let ids = members.ids();
    let advice = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .read(&id, |p| p.planning.group.advice())
                .unwrap_or_default()
        })
    };
    let rhythm = {
        let (read, write) = (id.clone(), id.clone());
        view! {
            <TextField label=pt.external_rhythm id="group-rhythm" hint=Some(pt.external_rhythm_hint)
                value=Signal::derive(move || state.read(&read, |p| p.planning.group.external_rhythm.clone()).unwrap_or_default())
                on_input=Callback::new(move |v| state.edit(&write, |p| p.planning.group.external_rhythm = v))/>
        }
    };
    view! {
        // The advice comes first, so on a phone it is in view while members are added.
        <div class="tool-layout">
            <aside class="tool-side">
                <section class="card advice" aria-labelledby="advice-title">
                    <h2 id="advice-title">{pt.advice_title}</h2>
                    <div role="status">
                        {move || {
                            let advice = advice.get();
                            if advice.is_empty() {
                                view! { <p>{pt.advice_none}</p> }.into_any()
                            } else {
                                view! { <ul class="advice-list">{advice.into_iter().map(|a| view! { <li>{(pt.advice)(a)}</li> }).collect_view()}</ul> }.into_any()
                            }
                        }}
                    </div>
                </section>
            </aside>
            <div class="tool-main">
                <section class="card" aria-labelledby="members-title">
                    <h2 id="members-title">{pt.members_title}</h2>
                    <Show when=move || ids.with(Vec::is_empty)>
                        <p>{pt.no_members}</p>
                    </Show>
                    <ul class="tool-rows" role="list">
                        <For each=move || ids.get() key=|id| id.clone() let:member>
                            <MemberRow members id=member/>
                        </For>
                    </ul>
                    <AddMember members/>
                </section>
                <section class="card">{rhythm}</section>
            </div>
        </div>
    }
}

#[component]
fn MemberRow(members: List<Member>, id: String) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let dom = format!("member-{id}");
    let label = {
        let id = id.clone();
        Signal::derive(move || {
            members.read(&id, |m| (pt.member_label)(&m.name, (pt.role_name)(m.role)))
        })
    };
    let external = members.field(&id, |m| m.external);
    let set_external = members.setter(&id, |m, v| m.external = v);
    view! {
        <li class="tool-row" aria-label=move || label.get()>
            <div class="field-grid">
                <TextField label=pt.member_name id=format!("{dom}-name")
                    value=members.field(&id, |m| m.name.clone()) on_input=members.setter(&id, |m, v| m.name = v)/>
                <SelectField label=pt.member_role id=format!("{dom}-role") options=role_options()
                    value=members.field(&id, |m| role_index(m.role)) on_change=members.setter(&id, |m, v: String| m.role = role_at(&v))/>
            </div>
            <div class="tool-row__foot">
                <label class="check">
                    <input type="checkbox" prop:checked=move || external.get()
                        on:change=move |ev| set_external.run(event_target_checked(&ev))/>
                    {pt.member_external}
                </label>
                <RowActions list=members id=id.clone() label/>
            </div>
        </li>
    }
}

/// Adds a member; the external box follows the role until the user ticks it.
#[component]
fn AddMember(members: List<Member>) -> impl IntoView {
    let t = use_texts();
    let pt = &t.planning;
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Teacher);
    let external = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        members.add(Member {
            id: new_id("m-", browser::random),
            name: name.get_untracked().trim().to_string(),
            role: role.get_untracked(),
            external: external.get_untracked(),
        });
        // The next person starts from scratch: a role or tick left over is easily missed.
        name.set(String::new());
        role.set(Role::Teacher);
        external.set(false);
    };
    let options = role_options()
        .into_iter()
        .map(|(v, text)| {
            let mine = role_at(&v);
            view! { <option value=v prop:selected=move || role.get() == mine>{text}</option> }
        })
        .collect_view();
    view! {
        <form class="add-row" on:submit=submit>
            <h3>{pt.new_member}</h3>
            <div class="field-grid">
                <div class="field">
                    <label for="new-member-name">{pt.member_name}</label>
                    <p class="field__hint" id="new-member-name-hint">{pt.member_name_hint}</p>
                    <input id="new-member-name" type="text" aria-describedby="new-member-name-hint"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="new-member-role">{pt.member_role}</label>
                    <select id="new-member-role" on:change=move |ev| {
                        let chosen = role_at(&event_target_value(&ev));
                        role.set(chosen);
                        external.set(chosen.usually_external());
                    }>{options}</select>
                </div>
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=move || external.get() on:change=move |ev| external.set(event_target_checked(&ev))/>
                {pt.member_external}
            </label>
            <button class="button button--primary" type="submit">{pt.add_member}</button>
        </form>
    }
}
