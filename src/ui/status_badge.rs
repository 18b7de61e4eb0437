//! A phase's status as a coloured label, the same on the overview, the network table
//! and the handout.

use leptos::prelude::*;

use super::use_texts;
use crate::plan::PhaseStatus;

#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<PhaseStatus>) -> impl IntoView {
    let t = use_texts();
    let class = move || match status.get() {
        PhaseStatus::NotStarted => "status-badge",
        PhaseStatus::InProgress => "status-badge status-badge--active",
        PhaseStatus::Consolidated => "status-badge status-badge--done",
    };
    view! { <span class=class>{move || (t.status_name)(status.get())}</span> }
}
