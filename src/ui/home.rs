//! The list of plans kept in this browser: create, open, rename, duplicate, delete.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::backup::{keeping_here, BackupStatus, PlanBackupAge};
use super::exchange::{back_up_all, export_plan, ImportArea};
use super::fields::focus_when_mounted;
use super::{page_title, use_model, use_texts};
use crate::plan::backup::Keeping;
use crate::plan::Plan;
use crate::state::AppState;

#[component]
pub fn Home() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let create = move |_| {
        let id = state.create(t.new_plan_name.to_string());
        navigate(&format!("/plan/{id}"), Default::default());
    };
    page_title(move || t.plans_title.to_string());
    let create_top = create.clone();
    let ids = move || {
        state
            .plans
            .with(|ps| ps.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
    };
    view! {
        <div class="page-head">
            <h1>{t.plans_title}</h1>
            <Show when=move || !state.plans.with(Vec::is_empty)>
                <div class="actions">
                    <button class="button button--primary" on:click=create_top.clone()>{t.create_plan}</button>
                    <button class="button" on:click=move |_| back_up_all(state, t)>{t.backup.backup_all}</button>
                </div>
            </Show>
        </div>
        <Show when=move || !state.plans.with(Vec::is_empty)>
            <p class="lead">{t.plans_intro}</p>
            // Where the browser deletes unvisited sites' storage, the warning above says more.
            {move || state.persisted.get()
                .filter(|_| keeping_here(state).is_none_or(|(k, _)| k != Keeping::ClearedUnvisited))
                .map(|kept| view! {
                    <p class="persist-status" class:persist-status--warn=!kept>{if kept { t.persisted_yes } else { t.persisted_no }}</p>
                })}
            <BackupStatus/>
        </Show>
        <ImportArea>
            <Show
                when=move || !state.plans.with(Vec::is_empty)
                fallback=move || view! {
                    <section class="empty card">
                        <h2>{t.plans_empty_title}</h2>
                        <p>{t.plans_empty_body}</p>
                        <button class="button button--primary" on:click=create.clone()>{t.create_first_plan}</button>
                    </section>
                }
            >
                <ul class="plan-list" role="list">
                    <For each=ids key=|id| id.clone() let:id>
                        <PlanCard id/>
                    </For>
                </ul>
            </Show>
        </ImportArea>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    View,
    Renaming,
    ConfirmingDelete,
}

#[component]
fn PlanCard(id: String) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let mode = RwSignal::new(Mode::View);
    let draft = RwSignal::new(String::new());

    // Every line of the card reads the same plan; `read` is that lookup, tracked.
    let read = {
        let id = id.clone();
        move |f: &dyn Fn(&Plan) -> String| state.read(&id, f).unwrap_or_default()
    };
    let title = {
        let read = read.clone();
        move || read(&|p| p.title(t.untitled_plan).to_string())
    };
    let title_id = format!("plan-title-{id}");
    let confirm_id = format!("confirm-{id}");
    let where_ = {
        let read = read.clone();
        move || {
            read(&|p| {
                [p.school.trim(), p.municipality.trim()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        }
    };
    let meta = {
        let id = id.clone();
        move || {
            let (progress, updated) = state
                .read(&id, |p| (p.overall_progress(model), p.updated.clone()))
                .unwrap_or_default();
            format!(
                "{} · {}",
                (t.progress_activities)(progress.done, progress.activities),
                (t.last_changed)(&(t.format_date)(&updated))
            )
        }
    };
    let start_rename = {
        let title = title.clone();
        move |_| {
            draft.set(title());
            mode.set(Mode::Renaming);
        }
    };
    let save_name = {
        let id = id.clone();
        move || {
            let name = draft.get_untracked().trim().to_string();
            if !name.is_empty() {
                state.edit(&id, |p| p.name = name);
            }
            mode.set(Mode::View);
        }
    };
    let duplicate = {
        let id = id.clone();
        let title = title.clone();
        move |_| {
            state.duplicate(&id, (t.copy_of)(&title()));
        }
    };
    let delete = {
        let id = id.clone();
        let title = title.clone();
        move |_| state.delete(&id, (t.deleted)(&title()))
    };
    let href = format!("/plan/{id}");
    let open = {
        let href = href.clone();
        move |_| navigate(&href, Default::default())
    };
    let rename_id = format!("rename-{id}");

    view! {
        <li class="card plan-card" aria-labelledby=title_id.clone()>
            <h2 class="plan-card__title" id=title_id.clone()><a href=href>{title.clone()}</a></h2>
            <p class="plan-card__where">{where_}</p>
            <p class="plan-card__meta">{meta}</p>
            <PlanBackupAge id=id.clone()/>
            {move || match mode.get() {
                Mode::View => view! {
                    <div class="actions">
                        <button class="button button--primary" on:click=open.clone()>{t.open_plan}</button>
                        <button class="button" on:click=start_rename.clone()>{t.rename}</button>
                        <button class="button" on:click=duplicate.clone()>{t.duplicate}</button>
                        <button class="button" on:click={ let id = id.clone(); move |_| export_plan(state, t, id.clone()) }>{t.export}</button>
                        <button class="button button--danger-quiet" on:click=move |_| mode.set(Mode::ConfirmingDelete)>{t.delete}</button>
                    </div>
                }.into_any(),
                Mode::Renaming => {
                    let save_name = save_name.clone();
                    let input = NodeRef::<leptos::html::Input>::new();
                    focus_when_mounted(input);
                    view! {
                        <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); save_name(); }>
                            <label for=rename_id.clone()>{t.rename_label}</label>
                            <input id=rename_id.clone() type="text" node_ref=input prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))/>
                            <div class="actions">
                                <button class="button button--primary" type="submit">{t.save}</button>
                                <button class="button" type="button" on:click=move |_| mode.set(Mode::View)>{t.cancel}</button>
                            </div>
                        </form>
                    }.into_any()
                }
                Mode::ConfirmingDelete => {
                    let cancel = NodeRef::<leptos::html::Button>::new();
                    focus_when_mounted(cancel);
                    view! {
                    <div class="confirm" role="alertdialog" aria-labelledby=confirm_id.clone()>
                        <p class="confirm__question" id=confirm_id.clone()><strong>{(t.delete_question)(&title())}</strong></p>
                        <p>{t.delete_explain}</p>
                        <div class="actions">
                            <button class="button button--danger" on:click=delete.clone()>{t.delete_confirm}</button>
                            <button class="button" node_ref=cancel on:click=move |_| mode.set(Mode::View)>{t.cancel}</button>
                        </div>
                    </div>
                }.into_any()
                }
            }}
        </li>
    }
}
