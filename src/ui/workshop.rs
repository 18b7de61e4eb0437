//! Workshop mode: one phase on a shared screen, one question at a time in large type,
//! then the phase's checklist.
//! Arrow keys and space step through it, Home and End go to the first and last question,
//! the app's own header and footer are hidden and the browser's fullscreen hides the rest,
//! a facilitator timer keeps time, and the group's answers are typed straight into the
//! plan. Leaving, by its link or Escape, returns to the phase page it was opened from.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::header::in_text_field;
use super::timer::Timer;
use super::{on_keydown, on_window_event, page_title, use_model, use_texts, NotFound};
use crate::model::Phase;
use crate::plan::ItemKind;
use crate::state::AppState;

#[component]
pub fn WorkshopRoute(id: String) -> impl IntoView {
    let params = use_params_map();
    let model = use_model();
    let number = Memo::new(move |_| params.read().get("n").and_then(|n| n.parse::<u8>().ok()));
    move || match number.get().and_then(|n| model.phase(n)) {
        Some(phase) => view! { <Workshop id=id.clone() phase/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// One step of the workshop: the phase itself, one reflection question by id, or the
/// phase's checklist.
#[derive(Clone, PartialEq)]
enum Step {
    Intro,
    Question {
        id: String,
        text: String,
        help: &'static str,
    },
    Checklist,
}

#[component]
fn Workshop(id: String, phase: &'static Phase) -> impl IntoView {
    let t = use_texts();
    let w = &t.workshop;
    let state = expect_context::<AppState>();
    let n = phase.number;
    let steps = {
        let id = id.clone();
        Memo::new(move |_| {
            let own = state
                .read(&id, |p| {
                    p.phase(n).map(|ph| ph.own(ItemKind::Question).to_vec())
                })
                .flatten()
                .unwrap_or_default();
            let model_qs = phase.questions.iter().map(|q| Step::Question {
                id: q.id.to_string(),
                text: q.text.to_string(),
                help: q.help,
            });
            let own_qs = own.into_iter().map(|q| Step::Question {
                id: q.id,
                text: q.text,
                help: "",
            });
            std::iter::once(Step::Intro)
                .chain(model_qs)
                .chain(own_qs)
                .chain([Step::Checklist])
                .collect::<Vec<_>>()
        })
    };
    let at = RwSignal::new(0usize);
    let count = move || steps.with(Vec::len);
    let questions = move || {
        steps.with(|s| {
            s.iter()
                .filter(|s| matches!(s, Step::Question { .. }))
                .count()
        })
    };
    let go_to = move |step: usize| {
        let step = step.min(count().saturating_sub(1));
        if step != at.get_untracked() {
            at.set(step);
        }
    };
    let go = move |delta: isize| go_to(at.get_untracked().saturating_add_signed(delta));
    let is_question = |s: &Step| matches!(s, Step::Question { .. });
    let first_question = move || steps.with(|s| s.iter().position(is_question)).unwrap_or(0);
    let last_question = move || {
        steps
            .with(|s| s.iter().rposition(is_question))
            .unwrap_or(usize::MAX)
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    // A new step takes the focus, so screen readers read it and space goes on from there.
    Effect::new(move |prev: Option<usize>| {
        let now = at.get();
        if prev.is_some_and(|p| p != now) {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        }
        now
    });

    let root = NodeRef::<leptos::html::Section>::new();
    let full = RwSignal::new(false);
    on_window_event("fullscreenchange", move |_| {
        full.set(document().fullscreen_element().is_some());
    });
    let toggle_fullscreen = move || {
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        } else if let Some(el) = root.get_untracked() {
            let _ = el.request_fullscreen();
        }
    };
    // The shared screen shows the workshop alone: style/main.css hides the app's header
    // (language, undo), footer and toasts while the page's root carries this mark.
    let mark = |on: bool| {
        if let Some(html) = document().document_element() {
            let _ = if on {
                html.set_attribute("data-screen", "workshop")
            } else {
                html.remove_attribute("data-screen")
            };
        }
    };
    mark(true);
    on_cleanup(move || mark(false));

    let back = format!("/plan/{id}/fase/{n}");
    let navigate = use_navigate();
    let leave_now = {
        let back = back.clone();
        move || navigate(&back, Default::default())
    };
    on_keydown({
        let leave_now = leave_now.clone();
        move |ev| {
            if ev.key() == "Escape" && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
                ev.prevent_default();
                if document().fullscreen_element().is_some() {
                    document().exit_fullscreen();
                } else if in_text_field(ev) {
                    // Out of the answer first, so one Escape too many does not end the workshop.
                    if let Some(h) = heading.get_untracked() {
                        let _ = h.focus();
                    }
                } else {
                    leave_now();
                }
            }
        }
    });
    on_keydown(move |ev| {
        if in_text_field(ev) || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        // Space on a button or link is that control's own; elsewhere it steps on.
        let on_control = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.closest("button, a, summary").ok().flatten().is_some());
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" => go(1),
            " " if !on_control => go(1),
            "ArrowLeft" | "ArrowUp" | "PageUp" => go(-1),
            "Home" => go_to(first_question()),
            "End" => go_to(last_question()),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || {
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        }
    });

    {
        let id = id.clone();
        page_title(move || {
            let plan = state
                .read(&id, |p| p.title(t.untitled_plan).to_string())
                .unwrap_or_default();
            format!(
                "{} – {}: {} – {plan}",
                w.title,
                (t.phase_label)(n),
                phase.name
            )
        });
    }
    let leave = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        leave_now();
    };

    let slide = {
        let id = id.clone();
        move || {
            let step = steps
                .with(|s| s.get(at.get()).cloned())
                .unwrap_or(Step::Intro);
            match step {
                Step::Intro => view! {
                    <p class="workshop__kicker">{(t.phase_label)(n)}</p>
                    <h2 class="workshop__title" tabindex="-1" node_ref=heading>{phase.name}</h2>
                    <p class="workshop__text">{phase.purpose}</p>
                    <p class="workshop__hint">{w.keys_hint}</p>
                }
                .into_any(),
                Step::Question {
                    id: qid,
                    text,
                    help,
                } => {
                    let (read_id, write_id, plan_r, plan_w) =
                        (qid.clone(), qid.clone(), id.clone(), id.clone());
                    let dom = format!("ws-{qid}");
                    view! {
                        <p class="workshop__kicker">{(w.question_of)(at.get(), questions())}</p>
                        <h2 class="workshop__title" tabindex="-1" node_ref=heading>{text}</h2>
                        {(!help.is_empty()).then(|| view! { <p class="workshop__hint">{help}</p> })}
                        <label class="workshop__label" for=dom.clone()>{w.answer_label}</label>
                        <textarea class="workshop__answer" id=dom rows="6"
                            prop:value=move || state.read(&plan_r, |p| p.phase(n).map(|ph| ph.answer(&read_id).to_string())).flatten().unwrap_or_default()
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                state.edit(&plan_w, |p| if let Some(ph) = p.phase_mut(n) { ph.set_answer(&write_id, v) });
                            }></textarea>
                    }
                    .into_any()
                }
                Step::Checklist => {
                    // Read once, untracked: ticking a box must not rebuild the list (and lose focus).
                    let own = state
                        .find(&id)
                        .and_then(|p| p.phase(n).map(|ph| ph.own(ItemKind::Activity).to_vec()))
                        .unwrap_or_default();
                    let items = phase
                        .activities
                        .iter()
                        .map(|a| (a.id.to_string(), a.text.to_string()))
                        .chain(own.into_iter().map(|a| (a.id, a.text)));
                    let rows = items.map(|(aid, text)| {
                        let (plan_r, plan_w, aid_r) = (id.clone(), id.clone(), aid.clone());
                        let dom = format!("ws-a-{aid}");
                        view! {
                            <li class="workshop__item">
                                <input type="checkbox" id=dom.clone()
                                    prop:checked=move || state.read(&plan_r, |p| p.phase(n).and_then(|ph| ph.activity(&aid_r)).is_some_and(|a| a.done)).unwrap_or(false)
                                    on:change=move |ev| {
                                        let done = event_target_checked(&ev);
                                        state.edit(&plan_w, |p| if let Some(ph) = p.phase_mut(n) { ph.activity_mut(&aid).done = done });
                                    }/>
                                <label for=dom>{text}</label>
                            </li>
                        }
                    });
                    view! {
                        <p class="workshop__kicker">{(t.phase_label)(n)}</p>
                        <h2 class="workshop__title" tabindex="-1" node_ref=heading>{t.activities_title}</h2>
                        <ul class="workshop__checklist" role="list">{rows.collect_view()}</ul>
                    }
                    .into_any()
                }
            }
        }
    };

    view! {
        <section class="workshop" node_ref=root aria-labelledby="workshop-name">
            <div class="workshop__bar">
                <h1 class="workshop__where" id="workshop-name">
                    {format!("{} · {}: {}", w.title, (t.phase_label)(n), phase.name)}
                </h1>
                <Timer/>
                <div class="actions">
                    <button class="button" type="button" aria-pressed=move || full.get().to_string() on:click=move |_| toggle_fullscreen()>
                        {w.fullscreen}
                    </button>
                    <a class="button" href=back on:click=leave>{w.leave}</a>
                </div>
            </div>
            <div class="workshop__slide">{slide}</div>
            <nav class="workshop__nav" aria-label=w.steps_label>
                <button class="button" type="button" disabled=move || { at.get() == 0 } on:click=move |_| go(-1)>{w.previous}</button>
                <span class="workshop__count">{move || (w.step_of)(at.get() + 1, count())}</span>
                <button class="button button--primary" type="button" disabled=move || { at.get() + 1 >= count() } on:click=move |_| go(1)>{w.next}</button>
            </nav>
        </section>
    }
}
