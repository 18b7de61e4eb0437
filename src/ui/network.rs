//! Every plan in this browser side by side, for a coordinator who follows a network of
//! schools: status and activities done per phase, filtered by municipality and sorted.
//! The table is built from small rows (plan::network) keyed by plan, so with a hundred
//! plans a change re-renders one row and a new order only moves rows.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::status_badge::StatusBadge;
use super::{page_title, use_model, use_texts};
use crate::plan::network::{self, PhaseCell, Row, SortBy};
use crate::plan::{PhaseStatus, Progress};
use crate::state::AppState;

#[component]
pub fn Network() -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let state = expect_context::<AppState>();
    page_title(move || t.network_title.to_string());
    let rows = Memo::new(move |_| {
        state.plans.with(|ps| {
            ps.iter()
                .map(|p| Row::of(p, model, t.untitled_plan))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h1>{t.network_title}</h1>
        <Show
            when=move || !rows.with(Vec::is_empty)
            fallback=move || view! {
                <section class="empty card">
                    <h2>{t.network_empty_title}</h2>
                    <p>{t.network_empty_body}</p>
                    <p><a href="/">{t.back_to_plans}</a></p>
                </section>
            }
        >
            <p class="lead">{t.network_intro}</p>
            <NetworkTable rows/>
        </Show>
    }
}

#[component]
fn NetworkTable(rows: Memo<Vec<Row>>) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    let places = Memo::new(move |_| rows.with(|rs| network::municipalities(rs)));

    // The choices live in the URL, so coming back from a plan finds the table as it was left.
    let query = use_query_map();
    let sort = Memo::new(move |_| {
        query
            .with(|q| q.get_str("sorter").and_then(SortBy::from_key))
            .unwrap_or_default()
    });
    let place = Memo::new(move |_| {
        query
            .with(|q| q.get("kommune"))
            .filter(|p| places.with(|ps| ps.contains(p)))
    });
    let navigate = use_navigate();
    let choose = move |place: Option<String>, sort: SortBy| {
        let mut url = format!("/nettverk?sorter={}", sort.key());
        if let Some(place) = place {
            url += &format!("&kommune={}", js_sys::encode_uri_component(&place));
        }
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let choose_place = {
        let choose = choose.clone();
        move |ev| {
            let value = event_target_value(&ev);
            choose((!value.is_empty()).then_some(value), sort.get_untracked())
        }
    };
    let choose_sort = move |ev| {
        choose(
            place.get_untracked(),
            SortBy::from_key(&event_target_value(&ev)).unwrap_or_default(),
        )
    };

    let shown = Memo::new(move |_| {
        rows.with(|rs| {
            place.with(|p| {
                network::select(rs, p.as_deref(), sort.get())
                    .into_iter()
                    .map(|r| r.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let totals = Memo::new(move |_| {
        rows.with(|rs| place.with(|p| network::totals(rs.iter().filter(|r| r.is_in(p.as_deref())))))
    });

    let place_options = move || {
        places.get().into_iter().map(|name| {
            let (value, here) = (name.clone(), name.clone());
            view! { <option value=value prop:selected=move || place.with(|p| p.as_ref() == Some(&here))>{name}</option> }
        }).collect_view()
    };
    let sort_options = SortBy::ALL.map(|s| view! { <option value=s.key() prop:selected=move || sort.get() == s>{(t.sort_name)(s)}</option> });
    let phase_totals = (0..4).map(|i| {
        let cell = Signal::derive(move || totals.with(|x| x.phases[i]));
        view! {
            <td>
                <span class="network-statuses">{move || format!("{}: {}", (t.status_name)(PhaseStatus::InProgress), cell.with(|c| c.in_progress))}</span>
                <span class="network-statuses">{move || format!("{}: {}", (t.status_name)(PhaseStatus::Consolidated), cell.with(|c| c.consolidated))}</span>
                <Bar label=(t.phase_label)(i as u8 + 1) progress=Signal::derive(move || cell.get().progress)/>
            </td>
        }
    });

    view! {
        <div class="network-controls">
            <div class="field">
                <label for="network-place">{t.municipality}</label>
                <select id="network-place" on:change=choose_place>
                    <option value="" prop:selected=move || place.with(Option::is_none)>{t.all_municipalities}</option>
                    {place_options}
                </select>
            </div>
            <div class="field">
                <label for="network-sort">{t.sort_label}</label>
                <select id="network-sort" on:change=choose_sort>{sort_options.into_iter().collect_view()}</select>
            </div>
            <p class="network-count" role="status">{move || (t.network_count)(shown.with(Vec::len), rows.with(Vec::len))}</p>
        </div>
        <div class="table-scroll network-scroll" tabindex="0" role="region" aria-labelledby="network-caption">
            <table class="network-table">
                // The span, not the caption, can stay put while the table scrolls sideways.
                <caption id="network-caption"><span>{t.network_caption}</span></caption>
                <thead>
                    <tr>
                        <th scope="col">{t.network_plan}</th>
                        <th scope="col">{t.school}</th>
                        <th scope="col">{t.municipality}</th>
                        {model.phases.iter().map(|p| view! {
                            <th scope="col">{(t.phase_label)(p.number)}<span class="network-table__phase">{p.name}</span></th>
                        }).collect_view()}
                        <th scope="col">{t.total}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || shown.get() key=|id| id.clone() let:id>
                        <NetworkRow id rows/>
                    </For>
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="3">{move || (t.network_total_row)(totals.with(|x| x.plans))}</th>
                        {phase_totals.collect_view()}
                        <td><Bar label=t.total.to_string() progress=Signal::derive(move || totals.with(|x| x.overall))/></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// One plan's row. It follows its own entry in `rows` and re-renders only when that changes.
#[component]
fn NetworkRow(id: String, rows: Memo<Vec<Row>>) -> impl IntoView {
    let t = use_texts();
    let href = format!("/plan/{id}");
    let row = Memo::new(move |_| {
        rows.with(|rs| rs.iter().find(|r| r.id == id).cloned().unwrap_or_default())
    });
    let text = move |field: fn(&Row) -> &str| move || row.with(|r| field(r).to_string());
    let phases = (0..4).map(|i| {
        let cell = Signal::derive(move || row.with(|r| r.phases[i]));
        view! { <PhaseCellView number=i as u8 + 1 cell/> }
    });
    view! {
        <tr>
            <th scope="row"><a href=href>{text(|r| &r.title)}</a></th>
            <td>{text(|r| &r.school)}</td>
            <td>{text(|r| &r.municipality)}</td>
            {phases.collect_view()}
            <td><Bar label=t.total.to_string() progress=Signal::derive(move || row.with(|r| r.overall))/></td>
        </tr>
    }
}

#[component]
fn PhaseCellView(number: u8, cell: Signal<PhaseCell>) -> impl IntoView {
    let t = use_texts();
    view! {
        <td>
            <StatusBadge status=Signal::derive(move || cell.get().status)/>
            <Bar label=(t.phase_label)(number) progress=Signal::derive(move || cell.get().progress)/>
        </td>
    }
}

/// Activities done as "3/8" and a bar; the bar's label says it in full for screen readers.
#[component]
fn Bar(label: String, progress: Signal<Progress>) -> impl IntoView {
    let t = use_texts();
    let full = move || progress.with(|p| (t.network_progress)(&label, p.done, p.activities));
    view! {
        <span class="network-bar">
            <span class="network-bar__count" aria-hidden="true">{move || progress.with(|p| format!("{}/{}", p.done, p.activities))}</span>
            <progress max=move || progress.get().activities.max(1) value=move || progress.get().done aria-label=full></progress>
        </span>
    }
}
