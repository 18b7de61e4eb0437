//! The school's own activities and questions: add, edit, reorder and remove.

use leptos::prelude::*;

use super::fields::TextField;
use super::phase::PhaseRef;
use super::use_texts;
use crate::plan::{new_id, ItemKind};
use crate::state::AppState;
use crate::store::browser;

fn labels(kind: ItemKind) -> (&'static str, &'static str, &'static str) {
    let t = use_texts();
    match kind {
        ItemKind::Activity => (t.own_activity_text, t.new_activity, t.add_activity),
        ItemKind::Question => (t.own_question_text, t.new_question, t.add_question),
    }
}

/// Edit the text of one own item, move it, or remove it (with undo).
#[component]
pub fn OwnItemControls(at: PhaseRef, kind: ItemKind, id: String) -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let (text_label, _, _) = labels(kind);
    let text = at.rows.own_text(&id);
    let text = move || text.get();
    let edit = {
        let (at, id) = (at.clone(), id.clone());
        Callback::new(move |v: String| at.edit(|p| p.edit_own(kind, &id, v)))
    };
    let mover = |step: isize| {
        let (at, id) = (at.clone(), id.clone());
        move |_| at.edit(|p| p.move_own(kind, &id, step))
    };
    let remove = {
        let (at, id) = (at.clone(), id.clone());
        move |_| {
            let number = at.number;
            let id = id.clone();
            state.edit_undoable(&at.plan, (t.removed_item)(&text()), move |p| {
                if let Some(phase) = p.phase_mut(number) {
                    phase.remove_own(kind, &id)
                }
            })
        }
    };
    let (up, down, gone) = (
        move || (t.move_up)(&text()),
        move || (t.move_down)(&text()),
        move || (t.remove_item)(&text()),
    );
    view! {
        <div class="own-controls">
            <TextField label=text_label id=format!("own-{id}") value=Signal::derive(text) on_input=edit/>
            <div class="actions">
                <button class="button button--small" type="button" aria-label=up on:click=mover(-1)>"↑"</button>
                <button class="button button--small" type="button" aria-label=down on:click=mover(1)>"↓"</button>
                <button class="button button--small button--danger-quiet" type="button" aria-label=gone on:click=remove>{t.remove}</button>
            </div>
        </div>
    }
}

/// A one-line form that appends an own item to the phase.
#[component]
pub fn AddOwnItem(at: PhaseRef, kind: ItemKind) -> impl IntoView {
    let t = use_texts();
    let (_, label, button) = labels(kind);
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let dom = match kind {
        ItemKind::Activity => "new-activity",
        ItemKind::Question => "new-question",
    };
    let error_id = format!("{dom}-error");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked().trim().to_string();
        if text.is_empty() {
            error.set(true);
            return;
        }
        let id = new_id(
            if kind == ItemKind::Activity {
                "own-a-"
            } else {
                "own-q-"
            },
            browser::random,
        );
        at.edit(|p| p.add_own(kind, id, text));
        draft.set(String::new());
        error.set(false);
    };
    view! {
        <form class="add-own" on:submit=submit>
            <label for=dom>{label}</label>
            <div class="add-own__row">
                <input id=dom type="text" prop:value=move || draft.get()
                    aria-invalid=move || error.get().then_some("true")
                    aria-describedby=error_id.clone()
                    on:input=move |ev| { draft.set(event_target_value(&ev)); error.set(false); }/>
                <button class="button" type="submit">{button}</button>
            </div>
            <p class="field__error" id=error_id role="status">{move || error.get().then_some(t.empty_item_text)}</p>
        </form>
    }
}
