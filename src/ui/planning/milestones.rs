//! The milestone plan: rows by term or date; add, edit, reorder, filter, and download
//! as a calendar (.ics) or a spreadsheet (CSV).

use leptos::prelude::*;

use super::{AddText, List, RowActions};
use crate::charts::milestone_timeline;
use crate::i18n::Texts;
use crate::model::Model;
use crate::plan::dates::{
    dotted, example_date, next_term, school_year_terms, shown_date, stored_time, Term, When,
};
use crate::plan::planning::milestones::{
    date_of, filtered, in_time_order, responsibles, Milestone,
};
use crate::plan::planning::{calendar, csv};
use crate::plan::{new_id, PhaseStatus, Plan};
use crate::state::AppState;
use crate::store::{browser, files};
use crate::ui::chart::ChartFigure;
use crate::ui::fields::{SelectField, TextField, PEOPLE};
use crate::ui::{use_model, use_texts};

/// "Fase 2: Initiering", or "Ingen fase" for 0.
fn phase_name(t: &Texts, model: &Model, n: u8) -> String {
    model.phase(n).map_or_else(
        || t.planning.no_phase.to_string(),
        |p| format!("{}: {}", (t.phase_label)(n), p.name),
    )
}

fn phase_options(t: &Texts, model: &Model, none: &str) -> Vec<(String, String)> {
    std::iter::once(("0".to_string(), none.to_string()))
        .chain(
            model
                .phases
                .iter()
                .map(|p| (p.number.to_string(), phase_name(t, model, p.number))),
        )
        .collect()
}

fn status_index(status: PhaseStatus) -> String {
    PhaseStatus::ALL
        .iter()
        .position(|&s| s == status)
        .unwrap_or_default()
        .to_string()
}

fn status_at(index: &str) -> PhaseStatus {
    index
        .parse::<usize>()
        .ok()
        .and_then(|i| PhaseStatus::ALL.get(i).copied())
        .unwrap_or_default()
}

/// A column's heading and how to read its cell.
type Column = (&'static str, Box<dyn Fn(&Milestone) -> String>);

/// The columns of the CSV file and the details of a calendar event, in one order.
fn columns(t: &'static Texts, model: &'static Model) -> [Column; 7] {
    let pt = &t.planning;
    [
        (pt.time, Box::new(|m| m.time.clone())),
        (pt.what, Box::new(|m| m.what.clone())),
        (pt.how, Box::new(|m| m.how.clone())),
        (pt.content, Box::new(|m| m.content.clone())),
        (t.responsible, Box::new(|m| m.responsible.clone())),
        (
            pt.phase,
            Box::new(move |m| {
                if m.phase == 0 {
                    String::new()
                } else {
                    phase_name(t, model, m.phase)
                }
            }),
        ),
        (
            t.status_label,
            Box::new(move |m| (pt.milestone_status)(m.status).to_string()),
        ),
    ]
}

fn download(plan: &Plan, t: &'static Texts, model: &'static Model, extension: &str) {
    let now = browser::now();
    let cols = columns(t, model);
    let milestones = &plan.planning.milestones;
    let (text, mime) = if extension == "ics" {
        // The time and the title are the event's own fields; the rest goes in its description.
        let describe = |m: &Milestone| {
            cols[2..]
                .iter()
                .map(|(label, value)| (label, value(m)))
                .filter(|(_, value)| !value.trim().is_empty())
                .map(|(label, value)| format!("{label}: {value}"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        // One calendar for the whole plan: milestones, then deadlines, then decisions.
        let mut events = calendar::milestone_events(milestones, describe);
        events.extend(calendar::deadline_events(plan, model, t));
        events.extend(calendar::decision_events(&plan.planning.decisions, t));
        (calendar::ics(&events, &now), "text/calendar;charset=utf-8")
    } else {
        let head: Vec<&str> = cols.iter().map(|(label, _)| *label).collect();
        let rows: Vec<Vec<String>> = milestones
            .iter()
            .map(|m| cols.iter().map(|(_, value)| value(m)).collect())
            .collect();
        (csv::table(&head, &rows), "text/csv;charset=utf-8")
    };
    let title = if extension == "ics" {
        t.planning.calendar_file
    } else {
        t.planning.milestones_file
    };
    let name = files::file_name(&title(plan.title(t.untitled_plan)), &now, extension);
    browser::download(&name, &text, mime);
}

#[component]
pub fn Milestones(id: String) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let pt = &t.planning;
    let state = expect_context::<AppState>();
    let list = List::new(id.clone(), |p| &p.milestones, |p| &mut p.milestones);
    let all = list.ids();
    let phase = RwSignal::new(0u8);
    let who = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        list.read_all(|ms| {
            filtered(ms, phase.get(), &who.get())
                .iter()
                .map(|m| m.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let people = Memo::new(move |_| list.read_all(responsibles));
    let phase_choices = phase_options(t, model, pt.all_phases)
        .into_iter()
        .map(|(v, text)| {
            let n: u8 = v.parse().unwrap_or_default();
            view! { <option value=v prop:selected=move || phase.get() == n>{text}</option> }
        })
        .collect_view();
    let who_choices = move || {
        std::iter::once((String::new(), pt.all_responsible.to_string()))
            .chain(people.get().into_iter().map(|p| (p.clone(), p)))
            .map(|(v, text)| {
                let mine = v.clone();
                view! { <option value=v prop:selected=move || who.with(|w| *w == mine)>{text}</option> }
            })
            .collect_view()
    };
    let get = |extension: &'static str| {
        let id = id.clone();
        move |_| {
            if let Some(plan) = state.find(&id) {
                download(&plan, t, model, extension);
            }
        }
    };
    let sort = move |_| {
        list.reorder(pt.sorted.to_string(), |ms| {
            let order: Vec<String> = in_time_order(ms).iter().map(|m| m.id.clone()).collect();
            ms.sort_by_key(|m| order.iter().position(|id| *id == m.id));
        })
    };
    let phase_names: Vec<String> = model
        .phases
        .iter()
        .map(|p| phase_name(t, model, p.number))
        .collect();
    let figure =
        Signal::derive(move || list.read_all(|ms| milestone_timeline(ms, &phase_names, pt)));
    view! {
        <Show when=move || !all.with(Vec::is_empty)>
            <ChartFigure caption=pt.timeline_caption figure/>
        </Show>
        <section class="card">
            <div class="toolbar">
                <div class="field">
                    <label for="filter-phase">{pt.filter_phase}</label>
                    <select id="filter-phase" on:change=move |ev| phase.set(event_target_value(&ev).parse().unwrap_or_default())>
                        {phase_choices}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-who">{pt.filter_responsible}</label>
                    <select id="filter-who" on:change=move |ev| who.set(event_target_value(&ev))>{who_choices}</select>
                </div>
                <div class="actions">
                    <button class="button" type="button" on:click=sort>{pt.sort_by_time}</button>
                    <button class="button" type="button" on:click=get("ics")>{pt.download_ics}</button>
                    <button class="button" type="button" on:click=get("csv")>{pt.download_csv}</button>
                </div>
            </div>
            <p class="field__hint">{pt.calendar_hint}</p>
            <p role="status" class="field__hint">
                {move || if all.with(Vec::is_empty) { pt.no_milestones.to_string() } else { (pt.shown)(shown.with(Vec::len), all.with(Vec::len)) }}
            </p>
            <ol class="tool-rows" role="list">
                <For each=move || shown.get() key=|id| id.clone() let:milestone>
                    <MilestoneRow list id=milestone shown/>
                </For>
            </ol>
            <AddMilestone list/>
        </section>
    }
}

#[component]
fn MilestoneRow(list: List<Milestone>, id: String, shown: Memo<Vec<String>>) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let pt = &t.planning;
    let dom = format!("ms-{id}");
    let label = {
        let id = id.clone();
        Signal::derive(move || {
            list.read(&id, |m| {
                if m.what.trim().is_empty() {
                    pt.untitled_milestone.to_string()
                } else {
                    m.what.trim().to_string()
                }
            })
        })
    };
    let unreadable = list.field(&id, |m| {
        !m.time.trim().is_empty() && date_of(&m.time).is_none()
    });
    let text = |label: &'static str,
                key: &str,
                multiline: bool,
                get: fn(&Milestone) -> String,
                set: fn(&mut Milestone, String)| {
        let list_id = (key == "responsible").then_some(PEOPLE);
        view! {
            <TextField label id=format!("{dom}-{key}") multiline list=list_id
                value=list.field(&id, get) on_input=list.setter(&id, set)/>
        }
    };
    let status_options: Vec<(String, String)> = PhaseStatus::ALL
        .iter()
        .map(|&s| (status_index(s), (pt.milestone_status)(s).to_string()))
        .collect();
    view! {
        <li class="tool-row" aria-label=move || label.get()>
            <div class="field-grid">
                <TimeField id=format!("{dom}-time") value=list.field(&id, |m| m.time.clone()) on_input=list.setter(&id, |m, v| m.time = v)/>
                {text(pt.what, "what", false, |m| m.what.clone(), |m, v| m.what = v)}
                {text(t.responsible, "responsible", false, |m| m.responsible.clone(), |m, v| m.responsible = v)}
            </div>
            <Show when=move || unreadable.get()>
                <p class="field__error">{pt.time_unreadable}</p>
            </Show>
            <div class="field-grid">
                {text(pt.how, "how", false, |m| m.how.clone(), |m, v| m.how = v)}
                <SelectField label=pt.phase id=format!("{dom}-phase") options=phase_options(t, model, pt.no_phase)
                    value=list.field(&id, |m| m.phase.to_string()) on_change=list.setter(&id, |m, v: String| m.phase = v.parse().unwrap_or_default())/>
                <SelectField label=t.status_label id=format!("{dom}-status") options=status_options
                    value=list.field(&id, |m| status_index(m.status)) on_change=list.setter(&id, |m, v: String| m.status = status_at(&v))/>
            </div>
            {text(pt.content, "content", true, |m| m.content.clone(), |m, v| m.content = v)}
            <div class="tool-row__foot">
                <RowActions list id=id.clone() label shown/>
            </div>
        </li>
    }
}

/// Adds a milestone from what will happen and when; the rest is filled in on its row.
#[component]
fn AddMilestone(list: List<Milestone>) -> impl IntoView {
    let pt = &use_texts().planning;
    let time = RwSignal::new(String::new());
    let add = Callback::new(move |what: String| {
        list.add(Milestone {
            id: new_id("ms-", browser::random),
            time: time.get_untracked(),
            what,
            ..Milestone::default()
        });
        time.set(String::new());
    });
    view! {
        <AddText id="new-milestone" title=pt.add_milestone label=pt.new_milestone on_add=add>
            <TimeField id="new-milestone-time" value=time on_input=Callback::new(move |v| time.set(v)) hint=true/>
        </AddText>
    }
}

/// A milestone's time, typed as a term or a date as people write it (15.11.2027, 5.3.27,
/// 2027-11-15), or a term picked from this school year's and the next. A date is written
/// to the plan as ISO. What is typed stays in the field, which follows the plan when it
/// changes elsewhere (undo, another tab).
#[component]
fn TimeField(
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// Examples under the label: the add form has them, each row only its error.
    #[prop(optional)]
    hint: bool,
) -> impl IntoView {
    let pt = &use_texts().planning;
    let today = browser::today_date();
    let name = |term: Term| (pt.term)(term.autumn, term.year);
    let text = RwSignal::new(shown_date(&value.get_untracked()));
    Effect::new(move |_| {
        let now = value.get();
        if stored_time(&text.get_untracked()) != now {
            text.set(shown_date(&now));
        }
    });
    let write = move |typed: String| {
        let stored = stored_time(&typed);
        text.set(typed);
        if stored != value.get_untracked() {
            on_input.run(stored);
        }
    };
    let picked = Memo::new(move |_| match When::parse(&value.get()) {
        Some(When::Term(term)) => Some(term),
        _ => None,
    });
    let offered = school_year_terms(today);
    // A term outside the two school years (an older plan's) stays a choice while it is chosen.
    let choices = move || {
        let mut terms = offered.to_vec();
        if let Some(term) = picked.get().filter(|term| !offered.contains(term)) {
            terms.push(term);
            terms.sort();
        }
        terms
            .into_iter()
            .map(|term| {
                view! { <option value=name(term) prop:selected=move || picked.get() == Some(term)>{name(term)}</option> }
            })
            .collect_view()
    };
    let hint_id = hint.then(|| format!("{id}-hint"));
    let example = (pt.time_hint)(&name(next_term(today)), &dotted(example_date(today)));
    let picker = format!("{id}-term");
    view! {
        <div class="field">
            <label for=id.clone()>{pt.time}</label>
            {hint_id.clone().map(|h| view! { <p class="field__hint" id=h>{example}</p> })}
            <input id=id type="text" autocomplete="off" aria-describedby=hint_id
                prop:value=move || text.get() on:input=move |ev| write(event_target_value(&ev))/>
        </div>
        <div class="field">
            <label for=picker.clone()>{pt.pick_term}</label>
            <select id=picker on:change=move |ev| write(event_target_value(&ev))>
                <option value="" prop:selected=move || picked.get().is_none()>{pt.no_term}</option>
                {choices}
            </select>
        </div>
    }
}
