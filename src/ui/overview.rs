//! One plan at a glance: the school, the idea, and every phase with its status and progress.

use leptos::prelude::*;
use leptos_router::components::A;

use super::backup::PlanBackupAge;
use super::chart::ChartFigure;
use super::fields::TextField;
use super::progress_bar::ProgressSummary;
use super::status_badge::StatusBadge;
use super::{page_title, use_model, use_texts};
use crate::charts::phase_progress;
use crate::plan::Plan;
use crate::state::AppState;

#[component]
pub fn Overview(id: String) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let state = expect_context::<AppState>();

    // One field of the plan's head: how to read it and how to write it.
    let field = |label: &'static str,
                 key: &'static str,
                 get: fn(&Plan) -> &String,
                 set: fn(&mut Plan, String),
                 multiline: bool,
                 hint: Option<&'static str>,
                 list: Option<&'static str>| {
        let (read_id, write_id) = (id.clone(), id.clone());
        view! {
            <TextField label id=format!("plan-{key}") multiline hint list
                value=Signal::derive(move || state.read(&read_id, |p| get(p).clone()).unwrap_or_default())
                on_input=Callback::new(move |v| state.edit(&write_id, |p| set(p, v)))/>
        }
    };
    let title = {
        let id = id.clone();
        move || {
            state
                .read(&id, |p| p.title(t.untitled_plan).to_string())
                .unwrap_or_default()
        }
    };

    page_title(title.clone());
    let progress_chart = {
        let id = id.clone();
        Signal::derive(move || {
            state
                .read(&id, |p| phase_progress(p, model, &t.charts))
                .unwrap_or_default()
        })
    };

    let phases = model.phases.iter().map(|phase| {
        let id = id.clone();
        let n = phase.number;
        let progress = {
            let id = id.clone();
            Signal::derive(move || {
                state
                    .read(&id, |p| p.progress(model, n))
                    .unwrap_or_default()
            })
        };
        let status = {
            let id = id.clone();
            Signal::derive(move || {
                state
                    .read(&id, |p| p.phase(n).map(|ph| ph.status))
                    .flatten()
                    .unwrap_or_default()
            })
        };
        let heading_id = format!("phase-card-{n}");
        view! {
            <li class="card phase-card" aria-labelledby=heading_id.clone()>
                <p class="phase-card__num">{(t.phase_label)(n)}</p>
                <h3 id=heading_id.clone()>{phase.name}</h3>
                <p class="phase-card__vocab">{phase.vocabulary.fos}</p>
                <StatusBadge status/>
                <ProgressSummary progress/>
                <A href=format!("/plan/{id}/fase/{n}")>{(t.open_phase)(n)}</A>
            </li>
        }
    });

    view! {
        <div class="page-head">
            <h1>{title}</h1>
            <div class="actions">
                <A href=format!("/plan/{id}/planlegging") attr:class="button">{t.planning.title}</A>
                <A href=format!("/plan/{id}/vurdering") attr:class="button">{t.assessment.open}</A>
                <A href=format!("/plan/{id}/sak") attr:class="button">{t.handout_title}</A>
            </div>
        </div>
        <p class="saved-note">{t.saved_automatically}</p>
        <PlanBackupAge id=id.clone()/>
        <section class="card" aria-labelledby="school-idea">
            <h2 id="school-idea">{t.school_and_idea}</h2>
            <div class="field-grid">
                {field(t.plan_name, "name", |p| &p.name, |p, v| p.name = v, false, None, None)}
                {field(t.school, "school", |p| &p.school, |p, v| p.school = v, false, None, None)}
                {field(t.municipality, "municipality", |p| &p.municipality, |p, v| p.municipality = v, false, None, None)}
            </div>
            {field(t.idea, "idea", |p| &p.idea, |p, v| p.idea = v, true, Some(model.idea_help), None)}
            {field(t.focus_area, "focus", |p| &p.focus_area, |p, v| p.focus_area = v, false, Some(t.focus_area_hint), Some("focus-examples"))}
            <datalist id="focus-examples">
                {model.focus_examples.iter().map(|e| view! { <option value=*e></option> }).collect_view()}
            </datalist>
        </section>
        <section aria-labelledby="phases-title">
            <h2 id="phases-title">{t.phases_title}</h2>
            <p>{t.phases_intro}</p>
            <ol class="phase-grid" role="list">{phases.collect_view()}</ol>
            <ChartFigure caption=t.charts.progress_caption figure=progress_chart/>
        </section>
    }
}
