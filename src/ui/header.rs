//! The site header and the navigation inside one plan.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{on_keydown, use_model, use_texts, LangChoice};
use crate::i18n::{quoted, Lang, Texts};
use crate::state::{AppState, Notice, Offer, Undone};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = use_texts();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="/">
                    <span class="brand__mark" aria-hidden="true">"4"</span>
                    <span class="brand__text">
                        <span class="brand__name">{t.app_name}</span>
                        <span class="brand__tagline">{t.app_tagline}</span>
                    </span>
                </a>
                <nav aria-label=t.nav_label class="site-nav">
                    <A href="/" exact=true>{t.nav_plans}</A>
                    <A href="/nettverk">{t.nav_network}</A>
                    <A href="/modellen">{t.nav_about}</A>
                </nav>
                <LanguageMenu/>
                <HistoryButtons/>
            </div>
        </header>
    }
}

/// The interface language, each choice named in its own language. `App` stores the choice
/// and the whole page re-renders in it, so focus is put back on the menu afterwards.
#[component]
fn LanguageMenu() -> impl IntoView {
    let t = use_texts();
    let LangChoice(lang) = expect_context::<LangChoice>();
    let current = lang.get_untracked();
    let options = Lang::ALL.iter().map(|&l| {
        view! { <option value=l.tag() lang=l.tag() selected=l == current>{l.native_name()}</option> }
    });
    let choose = move |ev: leptos::ev::Event| {
        let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) else {
            return;
        };
        lang.set(chosen);
        request_animation_frame(|| {
            use wasm_bindgen::JsCast;
            let menu = document()
                .get_element_by_id(MENU_ID)
                .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(menu) = menu {
                let _ = menu.focus();
            }
        });
    };
    view! {
        <div class="lang-menu">
            <label for=MENU_ID>{t.language}</label>
            <select id=MENU_ID on:change=choose>{options.collect_view()}</select>
        </div>
    }
}

const MENU_ID: &str = "lang-menu";

/// Undo and redo, also by Ctrl+Z / Ctrl+Shift+Z (and Cmd on a Mac) when the cursor is
/// not in a text field, which has its own undo. On a plan's pages they change that plan.
#[component]
fn HistoryButtons() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let scope = plan_scope();
    on_keydown(move |ev| {
        let shortcut = (ev.ctrl_key() || ev.meta_key()) && !ev.alt_key();
        let key = ev.key().to_lowercase();
        if !shortcut || !(key == "z" || key == "y") || in_text_field(ev) {
            return;
        }
        ev.prevent_default();
        step_history(
            state,
            t,
            scope.get_untracked(),
            key == "y" || ev.shift_key(),
            false,
        );
    });
    let title = move |id: Option<String>, label: fn(&str) -> String, plain: &'static str| match id {
        Some(id) => state
            .read(&id, |p| label(p.title(t.untitled_plan)))
            .unwrap_or_else(|| plain.to_string()),
        None => plain.to_string(),
    };
    let undo_title = move || title(scope.get(), t.safety.undo_in, t.undo_last);
    let redo_title = move || title(scope.get(), t.safety.redo_in, t.redo_last);
    view! {
        <div class="history-buttons">
            // The tip shows what the arrow does on hover and on keyboard focus, where a
            // `title` shows only on hover, late, and never on focus.
            <button class="icon-button" type="button" aria-label=undo_title
                disabled=move || !state.history.with(|h| h.can_undo(scope.get().as_deref()))
                on:click=move |_| step_history(state, t, scope.get_untracked(), false, false)>
                <span aria-hidden="true">"↶"</span>
                <span class="icon-button__tip" aria-hidden="true">{undo_title}</span>
            </button>
            <button class="icon-button" type="button" aria-label=redo_title
                disabled=move || !state.history.with(|h| h.can_redo(scope.get().as_deref()))
                on:click=move |_| step_history(state, t, scope.get_untracked(), true, false)>
                <span aria-hidden="true">"↷"</span>
                <span class="icon-button__tip" aria-hidden="true">{redo_title}</span>
            </button>
        </div>
    }
}

/// The plan whose pages are shown (`/plan/<id>/…`), if any: what undo and redo change.
pub fn plan_scope() -> Memo<Option<String>> {
    let location = leptos_router::hooks::use_location();
    Memo::new(move |_| {
        location.pathname.with(|path| {
            let rest = path.strip_prefix("/plan/")?;
            Some(rest.split('/').next().unwrap_or(rest).to_string()).filter(|id| !id.is_empty())
        })
    })
}

/// Undoes (or redoes) in `scope` and says what it did; one that would remove a plan
/// asks first (see `AppState::asking`) unless `confirmed`.
pub fn step_history(
    state: AppState,
    t: &'static Texts,
    scope: Option<String>,
    redo: bool,
    confirmed: bool,
) {
    let scope = scope.as_deref();
    let done = if redo {
        state.redo(scope, t.untitled_plan, confirmed)
    } else {
        state.undo(scope, t.untitled_plan, confirmed)
    };
    match done {
        Undone::Changed(titles) => {
            let (say, offer) = if redo {
                (t.safety.redone, Offer::Undo)
            } else {
                (t.safety.undone, Offer::Redo)
            };
            state.notice.set(Some(Notice {
                message: say(&quoted(&titles)),
                offer: Some(offer),
            }));
        }
        Undone::Nothing if scope.is_some() && !redo => state.notice.set(Some(Notice {
            message: t.safety.nothing_to_undo.to_string(),
            offer: None,
        })),
        Undone::Nothing | Undone::Asking => {}
    }
}

/// True when a key press goes to a text field, which has its own use for the keys.
pub fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            el.is_content_editable()
                || matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        })
}

/// Tabs for the overview and the four phases of one plan, each with its progress.
#[component]
pub fn PlanNav(id: String) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let state = expect_context::<AppState>();
    let base = format!("/plan/{id}");
    let phases = model.phases.iter().map(|phase| {
        let id = id.clone();
        let n = phase.number;
        let done = move || state.read(&id, |p| p.progress(model, n)).unwrap_or_default();
        view! {
            <A href=format!("{base}/fase/{n}") exact=true>
                <span class="plan-nav__num">{n}</span>
                <span class="plan-nav__name">{phase.name}</span>
                <span class="plan-nav__count">{move || { let p = done(); format!("{}/{}", p.done, p.activities) }}</span>
            </A>
        }
    });
    view! {
        <nav aria-label=t.plan_nav_label class="plan-nav">
            <A href=format!("/plan/{id}") exact=true>{t.overview}</A>
            {phases.collect_view()}
            <A href=format!("/plan/{id}/planlegging")>{t.planning.title}</A>
            <A href=format!("/plan/{id}/vurdering")>{t.assessment.nav}</A>
            <A href=format!("/plan/{id}/sak") exact=true>{t.handout_nav}</A>
        </nav>
    }
}
