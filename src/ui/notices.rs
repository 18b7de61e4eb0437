//! What the user must know about keeping their work: storage that is blocked, a save
//! that failed, stored copies that could not be read, and the undo offer after a delete.

use leptos::prelude::*;

use super::backup::{BackupReminder, EvictionWarning};
use super::exchange::back_up_all;
use super::header::{plan_scope, step_history};
use super::places::place;
use super::{use_model, use_texts};
use crate::i18n::quoted;
use crate::plan::sync::{leaves, Conflict};
use crate::plan::Plan;
use crate::state::{AppState, Asking, Notice, Offer};
use crate::store::browser;
use crate::store::plans::Unreadable;

#[component]
pub fn StorageNotices() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    view! {
        <div class="notices">
            <Show when=move || !state.storage_available.get()>
                <p class="notice notice--warning" role="alert">{t.storage_unavailable}</p>
            </Show>
            <Show when=move || !state.save_failed.with(Vec::is_empty)>
                <div class="notice notice--error" role="alert">
                    <p>{t.save_failed}</p>
                    <p>{t.unsaved_plans}</p>
                    <ul role="list">
                        {move || state.save_failed.get().into_iter()
                            .filter_map(|id| state.read(&id, |p| p.title(t.untitled_plan).to_string()))
                            .map(|title| view! { <li>{title}</li> })
                            .collect_view()}
                    </ul>
                    // Everything in memory, as it is at the click: nothing typed since is missed.
                    <button class="button" on:click=move |_| back_up_all(state, t)>
                        {t.download_safety_copy}
                    </button>
                </div>
            </Show>
            <Conflicts/>
            <BackupReminder/>
            <EvictionWarning/>
            <Show when=move || !state.unreadable.with(Vec::is_empty)>
                <section class="notice notice--warning" role="alert" aria-labelledby="unreadable-title">
                    <h2 id="unreadable-title">{t.unreadable_title}</h2>
                    <p>{t.unreadable_body}</p>
                    <ul role="list">
                        <For each=move || state.unreadable.get() key=|u| u.id.clone() let:entry>
                            <UnreadableEntry entry/>
                        </For>
                    </ul>
                </section>
            </Show>
        </div>
    }
}

#[component]
fn UnreadableEntry(entry: Unreadable) -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let Unreadable { id, raw, error } = entry;
    let filename = format!("dekom-plan-{}.json", id.replace('.', "-"));
    view! {
        <li class="unreadable">
            <p>{(t.unreadable_reason)(&error)}</p>
            <div class="actions">
                <button class="button" on:click=move |_| { let _ = browser::download(&filename, &raw, "application/json"); }>{t.download_copy}</button>
                {move || if confirming.get() {
                    let id = id.clone();
                    view! {
                        <button class="button button--danger" on:click=move |_| state.discard_unreadable(&id)>{t.discard_copy_confirm}</button>
                        <button class="button" on:click=move |_| confirming.set(false)>{t.cancel}</button>
                    }.into_any()
                } else {
                    view! { <button class="button button--danger-quiet" on:click=move |_| confirming.set(true)>{t.discard_copy}</button> }.into_any()
                }}
            </div>
        </li>
    }
}

/// Says what the last action did and offers to take it back (or, after an undo, to
/// redo it) until the user acts again; asks before an undo that would remove a plan.
#[component]
pub fn UndoToast() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let scope = plan_scope();
    let confirm = NodeRef::<leptos::html::Button>::new();
    // The question takes the focus, so that a Ctrl+Z from the keyboard can be answered.
    Effect::new(move |_| {
        if state.asking.with(Option::is_some) {
            request_animation_frame(move || {
                if let Some(button) = confirm.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
    });
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || state.notice.get().map(|Notice { message, offer }| view! {
                <div class="toast">
                    <span>{message}</span>
                    {offer.map(|offer| {
                        let redo = offer == Offer::Redo;
                        view! {
                            <button class="button button--on-dark" on:click=move |_| step_history(state, t, scope.get_untracked(), redo, false)>
                                {if redo { t.safety.redo } else { t.undo }}
                            </button>
                        }
                    })}
                    <button class="button button--on-dark button--quiet" on:click=move |_| state.notice.set(None)>{t.dismiss}</button>
                </div>
            })}
        </div>
        {move || state.asking.get().map(|Asking { redo, scope, removes }| {
            let question = if redo { t.safety.redo_removes } else { t.safety.undo_removes };
            view! {
                <div class="toast-region">
                    <section class="toast toast--ask" role="alertdialog" aria-labelledby="ask-title" aria-describedby="ask-body">
                        <h2 id="ask-title">{question(&quoted(&removes))}</h2>
                        <p id="ask-body">{t.safety.removes_explain}</p>
                        <div class="actions">
                            <button node_ref=confirm class="button button--danger" on:click=move |_| step_history(state, t, scope.clone(), redo, true)>
                                {t.safety.removes_confirm}
                            </button>
                            <button class="button button--on-dark" on:click=move |_| state.asking.set(None)>{t.cancel}</button>
                        </div>
                    </section>
                </div>
            }
        })}
    }
}

/// Texts written in two places at once: per plan, the text shown and the other one,
/// to choose between. Nothing else reads the conflicts, so they wait here until chosen.
#[component]
fn Conflicts() -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let state = expect_context::<AppState>();
    // Most plans have none: only those with a hidden text are looked at closely.
    let plans = Memo::new(move |_| {
        state.plans.with(|ps| {
            ps.iter()
                .filter(|p| {
                    p.sync
                        .conflicts
                        .iter()
                        .any(|c| c.value.as_ref().is_some_and(serde_json::Value::is_string))
                })
                .filter_map(|p| {
                    let rows: Vec<(Conflict, String, String)> = p
                        .text_conflicts()
                        .into_iter()
                        .map(|c| {
                            (
                                c.clone(),
                                place(p, &c.path, t, model),
                                shown_text(p, &c.path),
                            )
                        })
                        .collect();
                    (!rows.is_empty())
                        .then(|| (p.id.clone(), p.title(t.untitled_plan).to_string(), rows))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <For each=move || plans.get() key=|(id, title, rows)| (id.clone(), title.clone(), rows.len()) let:((id, title, rows))>
            <section class="notice notice--warning conflicts" role="alert" aria-labelledby=format!("conflicts-{id}")>
                <h2 id=format!("conflicts-{id}")>{(t.safety.conflicts_title)(&title)}</h2>
                <p>{t.safety.conflicts_body}</p>
                <ul role="list">
                    {rows.into_iter().map(|(conflict, place, shown)| {
                        let other = conflict.value.as_ref().and_then(|v| v.as_str()).unwrap_or_default().to_string();
                        let removed = shown.is_empty() && conflict.path.contains("/#");
                        let (keep, take, id2) = (conflict.clone(), conflict, id.clone());
                        let id1 = id.clone();
                        view! {
                            <li class="conflict-row">
                                <h3>{place}</h3>
                                <div class="conflict-row__texts">
                                    <div>
                                        <p class="conflict-row__label">{t.safety.conflict_shown}</p>
                                        <p class="conflict-row__text">{if shown.is_empty() { t.safety.empty_text.to_string() } else { shown }}</p>
                                    </div>
                                    <div>
                                        <p class="conflict-row__label">{if removed { t.safety.conflict_removed } else { t.safety.conflict_other }}</p>
                                        <p class="conflict-row__text">{other}</p>
                                    </div>
                                </div>
                                <div class="actions">
                                    <button class="button" on:click=move |_| state.edit_undoable(&id1, t.safety.settled.to_string(), |p| p.settle(&keep, false))>{t.safety.keep_shown}</button>
                                    <button class="button button--primary" on:click=move |_| state.edit_undoable(&id2, t.safety.settled.to_string(), |p| p.settle(&take, true))>{t.safety.take_other}</button>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </For>
    }
}

/// The text a plan shows at `path`, or nothing.
fn shown_text(plan: &Plan, path: &str) -> String {
    leaves(plan)
        .get(path)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}
