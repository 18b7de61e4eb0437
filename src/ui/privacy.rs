//! What the app keeps, where, and when it leaves the machine; and, for shared machines,
//! deleting all of it after a confirming dialog.

use leptos::prelude::*;

use super::{page_title, use_texts};
use crate::state::AppState;

#[component]
pub fn Privacy() -> impl IntoView {
    let t = &use_texts().device;
    page_title(move || t.privacy_title.to_string());
    view! {
        <h1>{t.privacy_title}</h1>
        <section class="card prose" aria-labelledby="privacy-what">
            <h2 id="privacy-what">{t.privacy_what_title}</h2>
            <p>{t.privacy_what}</p>
            <h2>{t.privacy_where_title}</h2>
            <p>{t.privacy_where}</p>
            <h2>{t.privacy_leaves_title}</h2>
            <p>{t.privacy_leaves}</p>
        </section>
        <EraseAll/>
    }
}

#[component]
fn EraseAll() -> impl IntoView {
    let t = &use_texts().device;
    let cancel_text = use_texts().cancel;
    let state = expect_context::<AppState>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let result = RwSignal::new(None::<String>);
    let open = move |_| {
        result.set(None);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let erase = move |_| {
        let count = state.erase_all();
        close();
        result.set(Some((t.erased)(count)));
    };
    let plans = move || state.plans.with(Vec::len);
    view! {
        <section class="card" aria-labelledby="erase-title">
            <h2 id="erase-title">{t.erase_title}</h2>
            <p>{t.erase_explain}</p>
            <button class="button button--danger-quiet" type="button" aria-haspopup="dialog" on:click=open>{t.erase_button}</button>
            <p class="erase-result" role="status">{move || result.get()}</p>
        </section>
        <dialog class="dialog" node_ref=dialog aria-labelledby="erase-question" aria-describedby="erase-consequence">
            <h2 id="erase-question">{t.erase_question}</h2>
            <p id="erase-consequence">{move || (t.erase_consequence)(plans())}</p>
            <div class="actions">
                <button class="button button--danger" type="button" on:click=erase>{t.erase_confirm}</button>
                <button class="button" type="button" autofocus on:click=move |_| close()>{cancel_text}</button>
            </div>
        </dialog>
    }
}
