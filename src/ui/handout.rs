//! A plan's case for a network meeting, ready to print or to download as Markdown. The
//! page and the file are made from the same `Case` (plan::handout), so they agree.

use leptos::prelude::*;

use super::status_badge::StatusBadge;
use super::{page_title, use_model, use_texts};
use crate::plan::handout::{self, Activity, Case, PhaseCase};
use crate::state::AppState;
use crate::store::{browser, files};

#[component]
pub fn Handout(id: String) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let state = expect_context::<AppState>();
    let case = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .read(&id, |p| Case::of(p, model, t.untitled_plan))
                .unwrap_or_default()
        })
    };
    page_title(move || format!("{} – {}", t.handout_title, case.with(|c| c.title.clone())));
    let download = {
        let id = id.clone();
        move |_| {
            if let Some(plan) = state.find(&id) {
                let filename = files::file_name(
                    &(t.handout_file)(plan.title(t.untitled_plan)),
                    &browser::now(),
                    "md",
                );
                browser::download(
                    &filename,
                    &handout::markdown(&plan, model, t),
                    "text/markdown;charset=utf-8",
                );
            }
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <div class="handout-tools">
            <p>{t.handout_intro}</p>
            <div class="actions">
                <button class="button button--primary" on:click=print>{t.print}</button>
                <button class="button" on:click=download>{t.download_markdown}</button>
            </div>
        </div>
        // Nothing on this page edits the plan, so rebuilding the whole case when another
        // tab changes it is rare and simpler than following every part.
        {move || case.with(case_view)}
    }
}

fn case_view(case: &Case) -> impl IntoView {
    let t = use_texts();
    let facts = [
        (t.school, &case.school),
        (t.municipality, &case.municipality),
        (t.focus_area, &case.focus_area),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value.clone()}</dd></div> })
    .collect_view();
    let idea = if case.idea.is_empty() {
        t.handout_blank.to_string()
    } else {
        case.idea.clone()
    };
    view! {
        <article class="handout" aria-labelledby="handout-title">
            <header class="handout__head">
                <p class="handout__kicker">{t.handout_title}</p>
                <h1 id="handout-title">{case.title.clone()}</h1>
                <dl class="handout__facts">{facts}</dl>
                <p class="handout__updated">{(t.last_changed)(&(t.format_date)(&case.updated))}</p>
            </header>
            <section class="handout__section" aria-labelledby="handout-idea">
                <h2 id="handout-idea">{t.idea}</h2>
                <p class="handout__text">{idea}</p>
            </section>
            {case.phases.iter().map(phase_view).collect_view()}
        </article>
    }
}

fn phase_view(phase: &PhaseCase) -> impl IntoView {
    let t = use_texts();
    let heading = format!("handout-phase-{}", phase.number);
    let labelled_by = heading.clone();
    let p = phase.progress;
    let answers = if phase.answers.is_empty() {
        view! { <p class="handout__none">{t.handout_none_answered}</p> }.into_any()
    } else {
        view! {
            <dl class="handout__answers">
                {phase.answers.iter().map(|a| view! {
                    <dt>{a.question.clone()}</dt>
                    <dd class="handout__text">{a.answer.clone()}</dd>
                }).collect_view()}
            </dl>
        }
        .into_any()
    };
    view! {
        <section class="handout__section" aria-labelledby=labelled_by>
            <h2 id=heading>{format!("{}: {}", (t.phase_label)(phase.number), phase.name)}</h2>
            <p class="handout__status">
                <span>{t.status_label}": "<StatusBadge status=phase.status/></span>
                <span>{(t.progress_activities)(p.done, p.activities)}</span>
                <span>{(t.progress_questions)(p.answered, p.questions)}</span>
            </p>
            <h3>{t.handout_done}</h3>
            {activity_list(&phase.done, "handout__list", t.handout_none_done)}
            <h3>{t.handout_open}</h3>
            {activity_list(&phase.open, "handout__list handout__list--open", t.handout_none_open)}
            <h3>{t.questions_title}</h3>
            {answers}
        </section>
    }
}

fn activity_list(list: &[Activity], class: &'static str, none: &'static str) -> AnyView {
    let t = use_texts();
    if list.is_empty() {
        return view! { <p class="handout__none">{none}</p> }.into_any();
    }
    let items = list.iter().map(|a| {
        let meta = a.meta(t);
        view! {
            <li>
                <p class="handout__item">{a.text.clone()}</p>
                {(!a.note.is_empty()).then(|| view! { <p class="handout__text"><span class="handout__label">{t.note}": "</span>{a.note.clone()}</p> })}
                {(!meta.is_empty()).then(|| view! { <p class="handout__meta">{meta}</p> })}
            </li>
        }
    });
    view! { <ul class=class>{items.collect_view()}</ul> }.into_any()
}
