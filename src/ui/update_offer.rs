//! Tells the user when a new version of the app has been downloaded (public/boot.js
//! notices it) and reloads only when they ask, after writing any change still waiting,
//! so the reload loses nothing; and when a part of the app (a route's chunk) could not
//! be downloaded, with a retry.

use leptos::prelude::*;

use super::{on_window_event, use_texts};
use crate::state::AppState;

#[component]
pub fn UpdateOffer() -> impl IntoView {
    let t = &use_texts().device;
    let ready = RwSignal::new(
        document()
            .document_element()
            .is_some_and(|html| html.has_attribute("data-update-ready")),
    );
    on_window_event("dekom-update-ready", move |_| ready.set(true));
    let state = expect_context::<AppState>();
    let reload = move |_| {
        state.save_now();
        if let Ok(event) = web_sys::Event::new("dekom-update-apply") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <div class="update-region" role="status">
            <Show when=move || ready.get()>
                <div class="notice notice--info update-offer">
                    <p>{t.update_ready}</p>
                    <button class="button button--primary" on:click=reload>{t.update_reload}</button>
                </div>
            </Show>
        </div>
    }
}

/// public/boot.js fetches every chunk of a lazy route and, when the network fails, keeps
/// the route waiting (never a failed load, which would stop the app) and says so here.
#[component]
pub fn ChunkFailed() -> impl IntoView {
    let t = &use_texts().device;
    let failed = RwSignal::new(false);
    on_window_event("dekom-chunk-failed", move |_| failed.set(true));
    let retry = move |_| {
        failed.set(false);
        if let Ok(event) = web_sys::Event::new("dekom-chunk-retry") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <div class="update-region" role="alert">
            <Show when=move || failed.get()>
                <div class="notice notice--error">
                    <p>{t.chunk_failed}</p>
                    <button class="button button--primary" on:click=retry>{t.chunk_retry}</button>
                </div>
            </Show>
        </div>
    }
}
