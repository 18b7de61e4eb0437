//! The site header and the navigation inside one plan.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{use_model, use_texts};
use crate::state::AppState;

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
                    <A href="/modellen">{t.nav_about}</A>
                </nav>
            </div>
        </header>
    }
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
        </nav>
    }
}
