//! Components: one file per page or widget. They read `AppState` and call its
//! operations; none of them touches storage directly. The one setting kept outside the
//! plans, the interface language, is read and stored through `store::browser` by `App`
//! alone: the header's menu only sets `LangChoice`. (Components also take the clock,
//! random ids and downloads from `store::browser`; none of those is storage.)

mod about;
mod assessment;
pub mod chart;
mod exchange;
mod fields;
mod handout;
mod header;
mod home;
mod network;
mod notices;
mod overview;
mod own_items;
mod phase;
mod phase_rows;
mod planning;
mod privacy;
mod progress_bar;
mod status_badge;
mod timer;
mod update_offer;
mod workshop;

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

use crate::i18n::{texts, Lang, Texts};
use crate::model::{model, Model};
use crate::state::AppState;
use crate::store::browser;
use crate::store::plans::Opened;

pub fn use_texts() -> &'static Texts {
    expect_context::<&'static Texts>()
}

pub fn use_model() -> &'static Model {
    expect_context::<&'static Model>()
}

/// Keeps the browser tab's title in step with the page, so tabs, history and screen
/// readers say where the user is.
pub fn page_title(page: impl Fn() -> String + 'static) {
    let app = use_texts().app_name;
    Effect::new(move |_| document().set_title(&format!("{} – {app}", page())));
}

/// Keeps `value` until the component it was made in is cleaned up, then drops it: a
/// gloo `EventListener` is removed, a gloo timer cleared.
pub fn keep_while_mounted<T: 'static>(value: T) {
    StoredValue::new_local(value);
}

/// Calls `f` for every event named `event` on the window while the component is mounted.
pub fn on_window_event(event: &'static str, f: impl FnMut(&web_sys::Event) + 'static) {
    keep_while_mounted(EventListener::new(&window(), event, f));
}

/// Calls `f` for every key pressed on the page while the component is mounted. gloo
/// listens passively unless told otherwise; this one is not passive, so `f` can call
/// `prevent_default`.
pub fn on_keydown(mut f: impl FnMut(&web_sys::KeyboardEvent) + 'static) {
    use wasm_bindgen::JsCast;
    let listener = EventListener::new_with_options(
        &window(),
        "keydown",
        EventListenerOptions::enable_prevent_default(),
        move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
                f(ev);
            }
        },
    );
    keep_while_mounted(listener);
}

/// The interface language, chosen in the header. Changing it re-renders every page in
/// the new language on the same route; plans and their history are untouched.
#[derive(Clone, Copy)]
pub struct LangChoice(pub RwSignal<Lang>);

/// The app, given storage as `store::plans::open` left it: mounted only once storage is
/// open, so the first view already holds the stored plans and a plan's URL never shows
/// "not found" while they load.
#[component]
pub fn App(opened: Opened) -> impl IntoView {
    let lang = RwSignal::new(
        browser::stored_lang()
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or_default(),
    );
    provide_context(LangChoice(lang));
    // Stores each choice; not the first run, so a visitor who never chose stores nothing.
    Effect::new(move |chosen_before: Option<()>| {
        let chosen = lang.get();
        if chosen_before.is_some() {
            browser::store_lang(chosen.tag());
        }
    });
    let state = AppState::new(opened);
    state.follow_other_tabs();
    state.save_when_leaving();
    if !state.plans.with_untracked(Vec::is_empty) {
        state.ask_to_persist();
    }
    provide_context(state);
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().tag());
        }
    });

    view! {
        <Router>
            {move || {
                let lang = lang.get();
                let t = texts(lang);
                provide_context(t);
                provide_context(model(lang));
                view! {
                    <a class="skip-link" href="#main">{t.skip_to_content}</a>
                    <header::SiteHeader/>
                    <notices::StorageNotices/>
                    <update_offer::UpdateOffer/>
                    <main id="main" tabindex="-1">
                        <Routes fallback=|| view! { <NotFound/> }>
                            <Route path=path!("") view=home::Home/>
                            <Route path=path!("/modellen") view=about::About/>
                            <Route path=path!("/nettverk") view=network::Network/>
                            <Route path=path!("/personvern") view=privacy::Privacy/>
                            <Route path=path!("/plan/:id") view=|| with_plan(|id| view! { <overview::Overview id/> })/>
                            <Route path=path!("/plan/:id/fase/:n") view=|| with_plan(|id| view! { <phase::PhaseRoute id/> })/>
                            <Route path=path!("/plan/:id/verksted/:n") view=|| with_plan(|id| view! { <workshop::WorkshopRoute id/> })/>
                            <Route path=path!("/plan/:id/vurdering") view=|| with_plan(|id| view! { <assessment::Assessments id/> })/>
                            <Route path=path!("/plan/:id/vurdering/:snapshot") view=|| with_plan(|id| view! { <assessment::SnapshotRoute id/> })/>
                            <Route path=path!("/plan/:id/sak") view=|| with_plan(|id| view! { <handout::Handout id/> })/>
                            <Route path=path!("/plan/:id/planlegging") view=|| with_plan(|id| view! { <planning::Hub id/> })/>
                            <Route path=path!("/plan/:id/planlegging/:tool") view=|| with_plan(|id| view! { <planning::ToolRoute id/> })/>
                        </Routes>
                    </main>
                    <footer class="site-footer">
                        <a href="/personvern">{t.device.privacy_nav}</a>
                    </footer>
                    <notices::UndoToast/>
                }
            }}
        </Router>
    }
}

/// Renders `page` for the plan named in the URL, or a clear message when this browser
/// has no such plan. Re-renders when the URL names another plan.
fn with_plan<V: IntoView + 'static>(
    page: impl Fn(String) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let state = expect_context::<AppState>();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let exists =
        Memo::new(move |_| id.with(|id| state.plans.with(|ps| ps.iter().any(|p| &p.id == id))));
    let missing = use_texts().plan_not_found;
    move || {
        if exists.get() {
            page(id.get()).into_any()
        } else {
            view! { <NotFound message=missing/> }.into_any()
        }
    }
}

/// A page for a URL that names nothing here; `message` says why, when we know.
#[component]
fn NotFound(#[prop(optional)] message: Option<&'static str>) -> impl IntoView {
    let t = use_texts();
    page_title(move || t.not_found_title.to_string());
    view! {
        <h1>{t.not_found_title}</h1>
        {message.map(|m| view! { <p>{m}</p> })}
        <p><a href="/">{t.back_to_plans}</a></p>
    }
}
