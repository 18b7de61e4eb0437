//! What the user must know about keeping their work: storage that is blocked, a save
//! that failed, stored copies that could not be read, and the undo offer after a delete.

use leptos::prelude::*;

use super::use_texts;
use crate::state::AppState;
use crate::store::browser;
use crate::store::plans::Unreadable;
use super::exchange::export_plans;

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
                    <button class="button" on:click=move |_| export_plans(state, t, state.ids())>
                        {t.download_safety_copy}
                    </button>
                </div>
            </Show>
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

/// Offers to take back the last delete or removal until the user acts again.
#[component]
pub fn UndoToast() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || state.notice.get().map(|message| view! {
                <div class="toast">
                    <span>{message}</span>
                    <button class="button button--on-dark" on:click=move |_| state.undo()>{t.undo}</button>
                    <button class="button button--on-dark button--quiet" on:click=move |_| state.notice.set(None)>{t.dismiss}</button>
                </div>
            })}
        </div>
    }
}
