//! One phase of one plan: what the phase is, its status, the checklist and the
//! reflection questions, the school's own items, and the research behind it.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::about::citations;
use super::fields::{DateField, TextField, PEOPLE};
use super::own_items::{AddOwnItem, OwnItemControls};
use super::phase_rows::PhaseRows;
use super::progress_bar::ProgressSummary;
use super::{page_title, use_model, use_texts, NotFound};
use crate::model::{Item, Phase};
use crate::plan::{ItemKind, PhasePlan, PhaseStatus};
use crate::state::AppState;

/// Reads the phase number from the URL; anything but 1–4 is "not found".
#[component]
pub fn PhaseRoute(id: String) -> impl IntoView {
    let params = use_params_map();
    let model = use_model();
    let number = Memo::new(move |_| params.read().get("n").and_then(|n| n.parse::<u8>().ok()));
    move || match number.get().and_then(|n| model.phase(n)) {
        Some(phase) => view! { <PhaseView id=id.clone() phase/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// Which phase of which plan a row belongs to; every row needs both to read and write.
#[derive(Clone)]
pub struct PhaseRef {
    pub plan: String,
    pub number: u8,
    /// What each row shows, one signal per row.
    pub rows: PhaseRows,
}

impl PhaseRef {
    pub fn new(plan: String, number: u8) -> Self {
        PhaseRef {
            rows: PhaseRows::new(plan.clone(), number),
            plan,
            number,
        }
    }

    /// Reads this phase of the plan, tracked.
    pub fn read<T: Default>(&self, f: impl FnOnce(&PhasePlan) -> T) -> T {
        expect_context::<AppState>()
            .read(&self.plan, |p| p.phase(self.number).map(f))
            .flatten()
            .unwrap_or_default()
    }

    pub fn edit(&self, f: impl FnOnce(&mut PhasePlan)) {
        let number = self.number;
        expect_context::<AppState>().edit(&self.plan, |p| {
            if let Some(phase) = p.phase_mut(number) {
                f(phase)
            }
        });
    }
}

#[component]
fn PhaseView(id: String, phase: &'static Phase) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let state = expect_context::<AppState>();
    let n = phase.number;
    let at = PhaseRef::new(id.clone(), n);
    let progress = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .read(&id, |p| p.progress(model, n))
                .unwrap_or_default()
        })
    };

    {
        let id = id.clone();
        page_title(move || {
            let plan = state
                .read(&id, |p| p.title(t.untitled_plan).to_string())
                .unwrap_or_default();
            format!("{}: {} – {plan}", (t.phase_label)(n), phase.name)
        });
    }

    let status_options = PhaseStatus::ALL.map(|status| {
        let at = at.clone();
        let checked = {
            let at = at.clone();
            move || at.read(|p| p.status) == status
        };
        view! {
            <label class="status-option">
                <input type="radio" name="phase-status" prop:checked=checked
                    on:change=move |_| at.edit(|p| p.status = status)/>
                <span>{(t.status_name)(status)}</span>
            </label>
        }
    });

    let own_activities = {
        let at = at.clone();
        Memo::new(move |_| {
            at.read(|p| {
                p.own_activities
                    .iter()
                    .map(|i| i.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let own_questions = {
        let at = at.clone();
        Memo::new(move |_| {
            at.read(|p| {
                p.own_questions
                    .iter()
                    .map(|i| i.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let (at_a, at_q, at_oa, at_oq) = (at.clone(), at.clone(), at.clone(), at.clone());

    let neighbour = |m: u8, label: &'static str, class: &'static str| {
        model.phase(m).map(|p| {
            view! {
                <A href=format!("/plan/{id}/fase/{m}") attr:class=class>
                    <span class="pager__dir">{label}</span>
                    <span>{format!("{}: {}", (t.phase_label)(m), p.name)}</span>
                </A>
            }
        })
    };

    let workshop = format!("/plan/{id}/verksted/{n}");
    view! {
        <header class="phase-head">
            <p class="phase-head__num">{(t.phase_label)(n)}</p>
            <h1>{phase.name}</h1>
            <ul class="vocab" role="list" aria-label=t.about_vocabulary>
                <li><span class="vocab__label">{t.vocab_fos}</span>" "{phase.vocabulary.fos}</li>
                <li><span class="vocab__label">{t.vocab_danish}</span>" "<span lang="da">{phase.vocabulary.danish}</span></li>
                <li><span class="vocab__label">{t.vocab_nirn}</span>" "{phase.vocabulary.nirn}</li>
                <li><span class="vocab__label">{t.vocab_fullan}</span>" "{phase.vocabulary.fullan}</li>
            </ul>
            <p class="phase-head__tools"><A href=workshop attr:class="button">{t.workshop.open}</A></p>
        </header>

        <div class="phase-layout">
            <aside class="phase-side">
                <section class="card">
                    <fieldset class="status">
                        <legend>{t.status_legend}</legend>
                        <p class="field__hint">{t.status_hint}</p>
                        {status_options.into_iter().collect_view()}
                    </fieldset>
                    <ProgressSummary progress/>
                </section>
            </aside>
            <div class="phase-main">
                <section class="card phase-intro">
                    <h2>{t.purpose}</h2>
                    <p>{phase.purpose}</p>
                    <h2>{t.drivers}</h2>
                    <p>{phase.drivers}</p>
                    <div class="callout">
                        <h2>{t.when_rushed}</h2>
                        <p>{phase.when_rushed}</p>
                    </div>
                </section>

                <section class="card" aria-labelledby="activities-title">
                    <h2 id="activities-title">{t.activities_title}</h2>
                    <p class="section-intro">{t.activities_intro}</p>
                    <ul class="checklist" role="list">
                        {phase.activities.iter().map(|item| view! { <ActivityRow at=at_a.clone() item=Row::Model(item)/> }).collect_view()}
                        <For each=move || own_activities.get() key=|id| id.clone() let:item_id>
                            <ActivityRow at=at_oa.clone() item=Row::Own(item_id)/>
                        </For>
                    </ul>
                    <AddOwnItem at=at.clone() kind=ItemKind::Activity/>
                </section>

                <section class="card" aria-labelledby="questions-title">
                    <h2 id="questions-title">{t.questions_title}</h2>
                    <p class="section-intro">{t.questions_intro}</p>
                    <ul class="questions" role="list">
                        {phase.questions.iter().map(|item| view! { <QuestionRow at=at_q.clone() item=Row::Model(item)/> }).collect_view()}
                        <For each=move || own_questions.get() key=|id| id.clone() let:item_id>
                            <QuestionRow at=at_oq.clone() item=Row::Own(item_id)/>
                        </For>
                    </ul>
                    <AddOwnItem at=at.clone() kind=ItemKind::Question/>
                </section>
                <section class="card research">
                    <h2>{t.research_title}</h2>
                    {citations(phase.research)}
                </section>
            </div>

        </div>

        <nav class="pager" aria-label=t.pager_label>
            {neighbour(n.wrapping_sub(1), t.previous_phase, "pager__prev")}
            {neighbour(n + 1, t.next_phase, "pager__next")}
        </nav>
    }
}

/// A checklist row or question is either the model's (fixed text) or the school's own.
#[derive(Clone)]
pub enum Row {
    Model(&'static Item),
    Own(String),
}

impl Row {
    fn id(&self) -> String {
        match self {
            Row::Model(item) => item.id.to_string(),
            Row::Own(id) => id.clone(),
        }
    }
}

/// The row's text: fixed for the model's items, live for the school's own.
fn row_text(at: &PhaseRef, row: &Row) -> Signal<String> {
    match row {
        Row::Model(item) => Signal::stored(item.text.to_string()),
        Row::Own(id) => at.rows.own_text(id),
    }
}

#[component]
fn ActivityRow(at: PhaseRef, item: Row) -> impl IntoView {
    let t = use_texts();
    let item_id = item.id();
    let text = row_text(&at, &item);
    let dom = format!("a-{item_id}");
    let state = at.rows.activity(&item_id);
    let toggle = {
        let (at, item_id) = (at.clone(), item_id.clone());
        move |ev: leptos::ev::Event| {
            let done = event_target_checked(&ev);
            at.edit(|p| p.activity_mut(&item_id).done = done)
        }
    };
    let meta = {
        move || {
            let s = state.get();
            let parts: Vec<String> = [
                (!s.responsible.trim().is_empty())
                    .then(|| (t.responsible_short)(s.responsible.trim())),
                (!s.due.is_empty()).then(|| (t.due_short)(&(t.format_date)(&s.due))),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!parts.is_empty()).then(|| view! { <p class="activity__meta">{parts.join(" · ")}</p> })
        }
    };
    let field = |label: &'static str,
                 suffix: &'static str,
                 multiline: bool,
                 get: fn(&crate::plan::ActivityState) -> String,
                 set: fn(&mut crate::plan::ActivityState, String)| {
        let write_at = at.clone();
        let write_id = item_id.clone();
        let list = (suffix == "responsible").then_some(PEOPLE);
        view! {
            <TextField label id=format!("{dom}-{suffix}") multiline list
                value=Signal::derive(move || state.with(get))
                on_input=Callback::new(move |v| write_at.edit(|p| set(p.activity_mut(&write_id), v)))/>
        }
    };
    let due = {
        let (write_at, write_id) = (at.clone(), item_id.clone());
        view! {
            <DateField label=t.due id=format!("{dom}-due") value=Signal::derive(move || state.with(|s| s.due.clone()))
                on_input=Callback::new(move |v| write_at.edit(|p| p.activity_mut(&write_id).due = v))/>
        }
    };
    let help = match &item {
        Row::Model(i) if !i.help.is_empty() => {
            Some(view! { <p class="activity__help">{i.help}</p> })
        }
        _ => None,
    };
    let own = matches!(item, Row::Own(_));
    let done = move || state.with(|s| s.done);
    let done_class = move || {
        if done() {
            "activity activity--done"
        } else {
            "activity"
        }
    };

    view! {
        <li class=done_class>
            <div class="activity__main">
                <input type="checkbox" id=dom.clone() prop:checked=done on:change=toggle/>
                <label for=dom.clone()>
                    {move || text.get()}
                    {own.then(|| view! { <span class="own-tag">{t.own_item}</span> })}
                </label>
            </div>
            {help}
            {meta}
            <details class="activity__details">
                <summary>{t.details_summary}</summary>
                <div class="activity__fields">
                    {field(t.note, "note", true, |s| s.note.clone(), |s, v| s.note = v)}
                    <div class="field-grid">
                        {field(t.responsible, "responsible", false, |s| s.responsible.clone(), |s, v| s.responsible = v)}
                        {due}
                    </div>
                </div>
            </details>
            {own.then(|| view! {
                <details class="activity__details own-edit">
                    <summary>{t.edit_own}</summary>
                    <OwnItemControls at=at.clone() kind=ItemKind::Activity id=item_id.clone()/>
                </details>
            })}
        </li>
    }
}

#[component]
fn QuestionRow(at: PhaseRef, item: Row) -> impl IntoView {
    let t = use_texts();
    let item_id = item.id();
    let text = row_text(&at, &item);
    let dom = format!("q-{item_id}");
    let help = match &item {
        Row::Model(i) if !i.help.is_empty() => Some(i.help),
        _ => None,
    };
    let answer = at.rows.answer(&item_id);
    let write_at = at.clone();
    let write_id = item_id.clone();
    let own = matches!(item, Row::Own(_));
    view! {
        <li class="question">
            <label class="question__text" for=dom.clone()>
                {move || text.get()}
                {own.then(|| view! { <span class="own-tag">{t.own_item}</span> })}
            </label>
            {help.map(|h| view! { <p class="field__hint">{h}</p> })}
            <textarea id=dom rows="3"
                prop:value=answer
                on:input=move |ev| { let v = event_target_value(&ev); write_at.edit(|p| p.set_answer(&write_id, v)) }></textarea>
            {own.then(|| view! {
                <details class="own-edit">
                    <summary>{t.edit_own}</summary>
                    <OwnItemControls at=at.clone() kind=ItemKind::Question id=item_id.clone()/>
                </details>
            })}
        </li>
    }
}
