//! Self-assessments of one plan: every instrument with its snapshots, newest first, and
//! the charts across them; and the form that records one snapshot, one person at a time
//! or as counts gathered on paper.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::chart::ChartFigure;
use super::fields::{DateField, TextField};
use super::{page_title, use_model, use_texts, NotFound};
use crate::charts::{capacity_radar, levels_over_time, trend_lines};
use crate::i18n::{with_sign, Texts};
use crate::model::instruments::{instruments, Instrument, Instruments, Rated};
use crate::plan::assessment::{rounded, Answer, Snapshot};
use crate::plan::new_id;
use crate::state::AppState;
use crate::store::browser;

fn use_instruments() -> &'static Instruments {
    instruments(use_texts().lang)
}

/// A date as the user reads it, or a word for none.
fn shown_date(t: &Texts, date: &str) -> String {
    if date.is_empty() {
        t.assessment.no_date.to_string()
    } else {
        (t.format_date)(date)
    }
}

/// A change with its sign, so a fall is never read as a rise.
fn signed(t: &Texts, x: f64) -> String {
    with_sign(x, t.assessment.decimal)
}

#[component]
pub fn Assessments(id: String) -> impl IntoView {
    let t = use_texts();
    let a = &t.assessment;
    let state = expect_context::<AppState>();
    {
        let id = id.clone();
        page_title(move || {
            let plan = state
                .read(&id, |p| p.title(t.untitled_plan).to_string())
                .unwrap_or_default();
            format!("{} – {plan}", a.title)
        });
    }
    let sections = Instrument::ALL.map(|which| view! { <InstrumentSection id=id.clone() which/> });
    view! {
        <h1>{a.title}</h1>
        <p class="lead">{a.intro}</p>
        <Charts id=id.clone()/>
        {sections.into_iter().collect_view()}
    }
}

/// The charts, each shown once there is something to draw.
#[component]
fn Charts(id: String) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let inst = use_instruments();
    let state = expect_context::<AppState>();
    let has = {
        let id = id.clone();
        move |which: Option<Instrument>| {
            state
                .read(&id, |p| {
                    p.assessments
                        .iter()
                        .any(|s| which.map_or(s.instrument.is_rated(), |w| s.instrument == w))
                })
                .unwrap_or(false)
        }
    };
    let (id1, id2, id3) = (id.clone(), id.clone(), id.clone());
    let radar = Signal::derive(move || {
        state
            .read(&id1, |p| {
                capacity_radar(
                    &inst.items(model, Instrument::Capacity),
                    &p.trend(Instrument::Capacity),
                    t,
                )
            })
            .unwrap_or_default()
    });
    let trend = Signal::derive(move || {
        state
            .read(&id2, |p| trend_lines(p, inst, model, t))
            .unwrap_or_default()
    });
    let levels = Signal::derive(move || {
        state
            .read(&id3, |p| {
                levels_over_time(&p.trend(Instrument::LevelsOfUse), inst, t)
            })
            .unwrap_or_default()
    });
    let (h1, h2, h3, h4) = (has.clone(), has.clone(), has.clone(), has);
    view! {
        <Show when=move || h1(None) || h4(Some(Instrument::LevelsOfUse))>
            <section class="card" aria-labelledby="assessment-charts">
                <h2 id="assessment-charts">{t.assessment.charts_title}</h2>
                <div class="chart-grid">
                    <Show when={let h = h2.clone(); move || h(Some(Instrument::Capacity))}>
                        <ChartFigure caption=t.assessment.radar_caption figure=radar/>
                    </Show>
                    <Show when={let h = h3.clone(); move || h(None)}>
                        <ChartFigure caption=t.assessment.trend_caption figure=trend/>
                    </Show>
                    <Show when={let h = h3.clone(); move || h(Some(Instrument::LevelsOfUse))}>
                        <ChartFigure caption=t.assessment.levels_caption figure=levels/>
                    </Show>
                </div>
            </section>
        </Show>
    }
}

/// One line of an instrument's list.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    date: String,
    n: u32,
    mean: Option<f64>,
    change: Option<f64>,
}

#[component]
fn InstrumentSection(id: String, which: Instrument) -> impl IntoView {
    let t = use_texts();
    let a = &t.assessment;
    let model = use_model();
    let inst = use_instruments();
    let state = expect_context::<AppState>();
    let about = inst.about(model, which);
    let ids: Vec<&'static str> = inst.items(model, which).iter().map(|i| i.id).collect();
    let rows = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .read(&id, |p| {
                    let trend = p.trend(which);
                    let score = |s: &Snapshot| s.mean_of(ids.iter().copied());
                    let mut rows: Vec<Row> = trend
                        .snapshots
                        .iter()
                        .enumerate()
                        .map(|(k, s)| Row {
                            id: s.id.clone(),
                            date: s.date.clone(),
                            n: s.respondents(),
                            mean: score(s),
                            // Between the means as shown, so the column adds up.
                            change: k.checked_sub(1).and_then(|k| {
                                Some(rounded(score(s)?) - rounded(score(trend.snapshots[k])?))
                            }),
                        })
                        .collect();
                    rows.reverse();
                    rows
                })
                .unwrap_or_default()
        })
    };
    let navigate = use_navigate();
    let create = {
        let id = id.clone();
        move |_| {
            let snapshot = new_id("s", browser::random);
            let date = browser::today();
            let new = snapshot.clone();
            state.edit(&id, move |p| {
                p.add_snapshot(Snapshot::new(new, which, date))
            });
            navigate(
                &format!("/plan/{id}/vurdering/{snapshot}"),
                Default::default(),
            );
        }
    };
    let heading = format!("instrument-{}", which.key());
    let rated = which.is_rated();
    let name = about.name.clone();
    let row_view = move |row: Row| {
        let date = shown_date(t, &row.date);
        let remove = {
            let (plan, snapshot, message) = (id.clone(), row.id.clone(), (a.deleted)(&name, &date));
            move |_| {
                let snapshot = snapshot.clone();
                state.edit_undoable(&plan, message.clone(), move |p| {
                    p.remove_snapshot(&snapshot)
                })
            }
        };
        let (href, open, gone) = (
            format!("/plan/{}/vurdering/{}", id, row.id),
            (a.open_snapshot)(&date),
            (a.delete_snapshot)(&date),
        );
        view! {
            <tr>
                <th scope="row"><A href=href attr:aria-label=open>{date}</A></th>
                <td>{row.n}</td>
                {rated.then(|| view! {
                    <td>{row.mean.map_or_else(|| "–".to_string(), a.decimal)}</td>
                    <td>{row.change.map_or_else(|| "–".to_string(), |c| signed(t, c))}</td>
                })}
                <td>
                    <button type="button" class="button button--small button--danger-quiet" aria-label=gone on:click=remove>{t.delete}</button>
                </td>
            </tr>
        }
    };
    let caption = (a.snapshots_caption)(&about.name);
    let labelled = heading.clone();
    view! {
        <section class="card instrument" aria-labelledby=labelled>
            <div class="page-head">
                <h2 id=heading>{about.name.clone()}</h2>
                <button type="button" class="button button--primary" aria-label=(a.new_snapshot_of)(&about.name) on:click=create>{a.new_snapshot}</button>
            </div>
            <p>{about.intro}</p>
            <p class="instrument__cite">{about.citation.label()}": "{about.citation.point}</p>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="instrument__empty">{a.none_yet}</p> }>
                <div class="table-scroll" tabindex="0" role="region" aria-label=caption.clone()>
                    <table class="snapshot-table">
                        <caption class="visually-hidden">{caption.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{a.date}</th>
                                <th scope="col">{if rated { a.respondents } else { a.staff }}</th>
                                {rated.then(|| view! { <th scope="col">{a.mean}</th><th scope="col">{a.change}</th> })}
                                <th scope="col"><span class="visually-hidden">{a.actions}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| (r.id.clone(), r.date.clone(), r.n, r.mean.map(f64::to_bits), r.change.map(f64::to_bits)) children=row_view.clone()/>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

/// Reads the snapshot's id from the URL; one the plan does not hold is "not found".
#[component]
pub fn SnapshotRoute(id: String) -> impl IntoView {
    let params = use_params_map();
    let state = expect_context::<AppState>();
    let snapshot = Memo::new(move |_| params.read().get("snapshot").unwrap_or_default());
    let which = {
        let id = id.clone();
        Memo::new(move |_| {
            snapshot.with(|s| {
                state
                    .read(&id, |p| p.snapshot(s).map(|s| s.instrument))
                    .flatten()
            })
        })
    };
    move || match which.get() {
        Some(which) => {
            view! { <SnapshotForm id=id.clone() snapshot=snapshot.get_untracked() which/> }
                .into_any()
        }
        None => view! { <NotFound message=use_texts().assessment.not_found/> }.into_any(),
    }
}

/// One snapshot of one plan, to read and to change; every change goes through `AppState`.
#[derive(Clone, Copy)]
struct At {
    state: AppState,
    plan: StoredValue<String>,
    snapshot: StoredValue<String>,
}

impl At {
    fn read<T: Default>(self, f: impl FnOnce(&Snapshot) -> T) -> T {
        self.plan.with_value(|plan| {
            self.snapshot.with_value(|id| {
                self.state
                    .read(plan, |p| p.snapshot(id).map(f))
                    .flatten()
                    .unwrap_or_default()
            })
        })
    }

    fn edit(self, f: impl FnOnce(&mut Snapshot)) {
        let id = self.snapshot.get_value();
        self.plan.with_value(|plan| {
            self.state.edit(plan, |p| {
                if let Some(s) = p.snapshot_mut(&id) {
                    f(s)
                }
            })
        });
    }
}

/// A count as typed: a whole number from 0, or nothing to store.
fn count(text: &str) -> Option<u32> {
    match text.trim() {
        "" => Some(0),
        s => s.parse().ok(),
    }
}

#[component]
fn SnapshotForm(id: String, snapshot: String, which: Instrument) -> impl IntoView {
    let t = use_texts();
    let a = &t.assessment;
    let model = use_model();
    let inst = use_instruments();
    let state = expect_context::<AppState>();
    let about = inst.about(model, which);
    let at = At {
        state,
        plan: StoredValue::new(id.clone()),
        snapshot: StoredValue::new(snapshot.clone()),
    };
    let date = Signal::derive(move || at.read(|s| s.date.clone()));
    {
        let name = about.name.clone();
        page_title(move || format!("{name}, {}", shown_date(t, &date.get())));
    }
    let groups = inst.groups(model, which);
    let ids: Vec<&'static str> = groups
        .iter()
        .flat_map(|g| g.items.iter().map(|i| i.id))
        .collect();
    let overall = move || {
        at.read(|s| {
            s.mean_of(ids.iter().copied())
                .map(|m| (a.overall)(&(a.decimal)(m), s.respondents()))
        })
        .unwrap_or_default()
    };
    let several = groups.len() > 1;
    let body = if which.is_rated() {
        let groups = groups.into_iter().map(|g| {
            let group_ids: Vec<&'static str> = g.items.iter().map(|i| i.id).collect();
            let mean = move || at.read(|s| s.mean_of(group_ids.iter().copied()).map(|m| (a.group_mean)(g.name, &(a.decimal)(m))));
            view! {
                {(several && !g.name.is_empty()).then(|| view! { <h2>{g.name}</h2><p class="group-mean" aria-live="polite">{mean}</p> })}
                {g.items.into_iter().map(|item| view! { <RateItem at item/> }).collect_view()}
            }
        });
        view! {
            <p>{a.how_to}</p>
            <p class="overall" aria-live="polite">{overall}</p>
            {groups.collect_view()}
        }
        .into_any()
    } else {
        view! { <LevelCounts at name=about.name.clone()/> }.into_any()
    };
    let back = format!("/plan/{id}/vurdering");
    view! {
        <p><A href=back.clone()>{a.back}</A></p>
        <h1>{about.name.clone()}</h1>
        <div class="field-grid">
            <DateField label=a.date id="snapshot-date" value=date
                on_input=Callback::new(move |v: String| at.edit(|s| s.date = v))/>
            <TextField label=a.note id="snapshot-note" multiline=true value=Signal::derive(move || at.read(|s| s.note.clone()))
                on_input=Callback::new(move |v: String| at.edit(|s| s.note = v))/>
        </div>
        {body}
        <p><A href=back>{a.back}</A></p>
    }
}

/// One statement: its ends of the scale, a count and a "+1" per answer, and the live
/// mean and spread.
#[component]
fn RateItem(at: At, item: Rated) -> impl IntoView {
    let t = use_texts();
    let a = &t.assessment;
    let tally = Memo::new(move |_| at.read(|s| s.tally(item.id)));
    let cells = Answer::ALL.map(|answer| {
        let label = match answer {
            Answer::Rating(r) => r.to_string(),
            Answer::DontKnow => a.dont_know.to_string(),
        };
        let key = match answer {
            Answer::Rating(r) => r.to_string(),
            Answer::DontKnow => "dk".to_string(),
        };
        let input = format!("{}-{key}", item.id);
        let typed = move |ev: leptos::ev::Event| {
            if let Some(n) = count(&event_target_value(&ev)) {
                at.edit(|s| s.tally_mut(item.id).set(answer, n));
            }
        };
        view! {
            <div class="tally__cell" class:tally__cell--dk=answer == Answer::DontKnow>
                <label for=input.clone() class="tally__label">{label.clone()}</label>
                <input id=input type="number" min="0" step="1" inputmode="numeric" aria-label=(a.count_of)(&label, item.name)
                    prop:value=move || tally.get().count(answer).to_string() on:input=typed/>
                <button type="button" class="button button--small" aria-label=(a.add_one)(&label, item.name)
                    on:click=move |_| at.edit(|s| s.tally_mut(item.id).add(answer))>"+1"</button>
            </div>
        }
    });
    let stats = move || {
        let tally = tally.get();
        let rated = match (tally.mean(), tally.spread()) {
            (Some(mean), Some(s)) => (a.stats)(
                &(a.decimal)(mean),
                &(a.decimal)(s.sd),
                s.min,
                s.max,
                tally.rated(),
            ),
            _ => a.no_ratings.to_string(),
        };
        match tally.dont_know {
            0 => rated,
            n => format!("{rated} · {}", (a.dont_know_count)(n)),
        }
    };
    view! {
        <fieldset class="card rate-item">
            <legend>{item.name}</legend>
            {(!item.text.is_empty()).then(|| view! { <p class="rate-item__text">{item.text}</p> })}
            <p class="rate-item__ends"><span>"1: "{item.low}</span><span>"5: "{item.high}</span></p>
            <div class="tally">{cells.into_iter().collect_view()}</div>
            <p class="rate-item__stats" aria-live="polite">{stats}</p>
        </fieldset>
    }
}

/// Levels of Use: how many staff stand at each level.
#[component]
fn LevelCounts(at: At, name: String) -> impl IntoView {
    let t = use_texts();
    let a = &t.assessment;
    let inst = use_instruments();
    let rows = inst.levels_of_use.levels.iter().enumerate().map(|(k, level)| {
        let label = format!("{} {}", level.mark, level.name);
        let input = format!("level-{k}");
        let typed = move |ev: leptos::ev::Event| {
            if let Some(n) = count(&event_target_value(&ev)) {
                at.edit(|s| s.levels[k] = n);
            }
        };
        view! {
            <div class="level-row">
                <label for=input.clone()>{label.clone()}</label>
                <input id=input type="number" min="0" step="1" inputmode="numeric"
                    prop:value=move || at.read(|s| s.levels[k]).to_string() on:input=typed/>
                <button type="button" class="button button--small" aria-label=(a.add_one)(&label, &name)
                    on:click=move |_| at.edit(|s| s.levels[k] = s.levels[k].saturating_add(1))>"+1"</button>
            </div>
        }
    });
    view! {
        <p>{a.how_to_levels}</p>
        <fieldset class="card rate-item">
            <legend>{name.clone()}</legend>
            {rows.collect_view()}
            <p class="rate-item__stats" aria-live="polite">{move || (a.staff_total)(at.read(|s| s.respondents()))}</p>
        </fieldset>
    }
}
