//! Components: one file per page or widget. They read `AppState` and call its
//! operations; none of them touches storage directly. The one setting kept outside the
//! plans, the interface language, is read and stored through `store::browser` by `App`
//! alone: the header's menu only sets `LangChoice`. (Components also take the clock,
//! random ids and downloads from `store::browser`; none of those is storage.)

mod about;
mod assessment;
mod backup;
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
mod places;
mod planning;
mod privacy;
mod progress_bar;
mod status_badge;
mod timer;
mod update_offer;
mod workshop;

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::path;
use leptos_router::{Lazy, LazyRoute};

use crate::i18n::{texts, Lang, Texts};
use crate::model::{model, Model};
use crate::plan::planning::group;
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
    provide_context(backup::start(state));
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
                    <update_offer::ChunkFailed/>
                    <main id="main" tabindex="-1">
                        <Routes fallback=|| view! { <NotFound/> }>
                            <Route path=path!("") view=home::Home/>
                            <Route path=path!("/modellen") view={Lazy::<AboutPage>::new()}/>
                            <Route path=path!("/nettverk") view={Lazy::<NetworkPage>::new()}/>
                            <Route path=path!("/personvern") view={Lazy::<PrivacyPage>::new()}/>
                            <ParentRoute path=path!("/plan/:id") view=PlanLayout>
                                <Route path=path!("") view=|| plan_page(|id| view! { <overview::Overview id/> })/>
                                <Route path=path!("/fase/:n") view=|| plan_page(|id| view! { <phase::PhaseRoute id/> })/>
                                <Route path=path!("/verksted/:n") view={Lazy::<WorkshopPage>::new()}/>
                                <Route path=path!("/vurdering") view={Lazy::<AssessmentsPage>::new()}/>
                                <Route path=path!("/vurdering/:snapshot") view={Lazy::<SnapshotPage>::new()}/>
                                <Route path=path!("/sak") view={Lazy::<HandoutPage>::new()}/>
                                <Route path=path!("/planlegging") view={Lazy::<PlanningPage>::new()}/>
                                <Route path=path!("/planlegging/:tool") view={Lazy::<ToolPage>::new()}/>
                            </ParentRoute>
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

/// A route whose page a first visit does not need. With the `split` feature (the app's
/// builds, see index.html) its code is a chunk of its own, loaded when the route is first
/// opened (scripts/post-build.mjs splits the wasm); without it (tests, `cargo check`) the
/// same route is compiled in, as the split needs a build step those builds lack.
macro_rules! lazy_page {
    ($name:ident, $page:expr) => {
        struct $name;
        #[cfg(feature = "split")]
        #[leptos_router::lazy_route]
        impl LazyRoute for $name {
            fn data() -> Self {
                $name
            }
            fn view(_this: Self) -> AnyView {
                $page.into_any()
            }
        }
        #[cfg(not(feature = "split"))]
        impl LazyRoute for $name {
            fn data() -> Self {
                $name
            }
            async fn view(_this: Self) -> AnyView {
                $page.into_any()
            }
        }
    };
}

lazy_page!(AboutPage, view! { <about::About/> });
lazy_page!(NetworkPage, view! { <network::Network/> });
lazy_page!(PrivacyPage, view! { <privacy::Privacy/> });
lazy_page!(
    WorkshopPage,
    plan_page(|id| view! { <workshop::WorkshopRoute id/> })
);
lazy_page!(
    AssessmentsPage,
    plan_page(|id| view! { <assessment::Assessments id/> })
);
lazy_page!(
    SnapshotPage,
    plan_page(|id| view! { <assessment::SnapshotRoute id/> })
);
lazy_page!(
    HandoutPage,
    plan_page(|id| view! { <handout::Handout id/> })
);
lazy_page!(PlanningPage, plan_page(|id| view! { <planning::Hub id/> }));
lazy_page!(
    ToolPage,
    plan_page(|id| view! { <planning::ToolRoute id/> })
);

/// Every page of one plan: a clear message when this browser has no plan by the URL's id,
/// else the plan's navigation (not on the shared workshop screen) and the page.
#[component]
fn PlanLayout() -> impl IntoView {
    let params = use_params_map();
    let state = expect_context::<AppState>();
    let location = use_location();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let exists =
        Memo::new(move |_| id.with(|id| state.plans.with(|ps| ps.iter().any(|p| &p.id == id))));
    let workshop = Memo::new(move |_| location.pathname.with(|p| p.contains("/verksted/")));
    let t = use_texts();
    let people =
        Memo::new(move |_| id.with(|id| state.read(id, group::people).unwrap_or_default()));
    move || {
        if exists.get() {
            view! {
                {move || (!workshop.get()).then(|| view! { <header::PlanNav id=id.get()/> })}
                <datalist id=fields::PEOPLE>
                    {move || people.get().into_iter().map(|p| {
                        let role = p.role.map(t.planning.role_name);
                        view! { <option value=p.name label=role></option> }
                    }).collect_view()}
                </datalist>
                <Outlet/>
            }
            .into_any()
        } else {
            view! { <NotFound message=t.plan_not_found/> }.into_any()
        }
    }
}

/// Renders `page` for the plan named in the URL; again when the URL names another plan.
fn plan_page<V: IntoView + 'static>(
    page: impl Fn(String) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    move || page(id.get())
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
