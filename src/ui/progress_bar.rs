//! A phase's progress as text and a simple bar.

use leptos::prelude::*;

use super::use_texts;
use crate::plan::Progress;

#[component]
pub fn ProgressSummary(#[prop(into)] progress: Signal<Progress>) -> impl IntoView {
    let t = use_texts();
    let activities = move || progress.with(|p| (t.progress_activities)(p.done, p.activities));
    view! {
        <div class="progress">
            <progress max=move || progress.get().activities.max(1) value=move || progress.get().done aria-label=activities></progress>
            // Ticking a box elsewhere on the page changes this; screen readers hear it politely.
            <p class="progress__text" aria-live="polite">
                <span>{activities}</span>
                <span>{move || progress.with(|p| (t.progress_questions)(p.answered, p.questions))}</span>
            </p>
        </div>
    }
}
