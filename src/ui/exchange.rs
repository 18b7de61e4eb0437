//! Moving plans in and out as files: export one or all, import from a file picker or by
//! dropping a file, and choosing what happens when an imported plan is already here.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::places;
use super::{use_model, use_texts};
use crate::i18n::Texts;
use crate::plan::incoming::{self, Item, Kind, Place};
use crate::plan::{new_id, Plan};
use crate::state::AppState;
use crate::store::envelope::{self, MAX_IMPORT_BYTES};
use crate::store::{browser, files};

/// Writes one plan to an export file, named after the school (what the receiver knows it
/// by), and notes that it is exported.
pub fn export_plan(state: AppState, t: &Texts, id: String) {
    let title = state.find(&id).map(|p| match p.school.trim() {
        "" => p.title(t.untitled_plan).to_string(),
        school => school.to_string(),
    });
    write_export(
        state,
        vec![id],
        title.as_deref().unwrap_or(t.backup.file_title),
    );
}

/// Writes every plan to one backup file, named with the date.
pub fn back_up_all(state: AppState, t: &Texts) {
    write_export(state, state.ids(), t.backup.file_title);
}

fn write_export(state: AppState, ids: Vec<String>, title: &str) {
    // Sealed: edits of the last moments carry their stamps, so that where the file is
    // merged they count as the newest, not as the old value.
    let plans: Vec<Plan> = ids.iter().filter_map(|id| state.sealed(id)).collect();
    let now = browser::now();
    let text = envelope::export(&plans, env!("CARGO_PKG_VERSION"), &now);
    if browser::download(
        &files::file_name(title, &now, "json"),
        &text,
        "application/json",
    )
    .is_some()
    {
        state.mark_exported(&ids, &now);
    }
}

/// What to do with an imported plan whose id is already here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    /// Both sides' work kept: the plan coming back from a partner or another device.
    Merge,
    Copy,
    Replace,
}

/// An import that waits for the user to decide about plans that are already here.
#[derive(Clone)]
struct Pending {
    file: String,
    plans: Vec<Plan>,
    /// Ids of plans in the file that exist here (or whose stored copy is damaged), and
    /// what to do with each.
    choices: RwSignal<Vec<(String, Choice)>>,
}

/// The "Importer" button, the drop target around `children`, the error message and the
/// decision panel for plans that already exist.
#[component]
pub fn ImportArea(children: Children) -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<Pending>);
    let dragging = RwSignal::new(false);

    let take = move |file: web_sys::File| {
        error.set(None);
        pending.set(None);
        leptos::task::spawn_local(async move {
            let name = file.name();
            match read(&file, t).await {
                Err(reason) => error.set(Some((t.import_failed)(&name, &reason))),
                Ok(plans) => {
                    // A damaged stored copy with the same id counts too: replacing it is asked.
                    let damaged = state.damaged_ids();
                    let conflicts: Vec<(String, Choice)> = plans
                        .iter()
                        .filter_map(|p| match state.find(&p.id) {
                            Some(_) => Some((p.id.clone(), Choice::Merge)),
                            None if damaged.contains(&p.id) => Some((p.id.clone(), Choice::Copy)),
                            None => None,
                        })
                        .collect();
                    if conflicts.is_empty() {
                        import(state, t, plans, Vec::new());
                    } else {
                        pending.set(Some(Pending {
                            file: name,
                            plans,
                            choices: RwSignal::new(conflicts),
                        }));
                    }
                }
            }
        });
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take(file);
        }
        // Lets the same file be chosen again after a fix.
        input.set_value("");
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
    };

    view! {
        <div class="import-area" class:import-area--dragging=move || dragging.get()
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |ev: web_sys::DragEvent| {
                // Only when leaving the area itself, not when moving between its children.
                let inside = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                let area = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                if !area.is_some_and(|a| a.contains(inside.as_ref())) { dragging.set(false); }
            }
            on:drop=on_drop>
            <div class="import-bar">
                <label class="button" for="import-file">{t.import_button}</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_pick/>
                <span class="import-bar__hint">{t.import_hint}</span>
            </div>
            {move || error.get().map(|message| view! {
                <div class="notice notice--error" role="alert">
                    <p>{message}</p>
                    <button class="button" on:click=move |_| error.set(None)>{t.dismiss}</button>
                </div>
            })}
            {move || pending.get().map(|p| view! { <ConflictPanel pending=p on_done=Callback::new(move |_| pending.set(None))/> })}
            {children()}
            <p class="drop-overlay" aria-hidden="true">{t.drop_here}</p>
        </div>
    }
}

/// Imports `plans`, merging those in `merging` with the plan of their id here, and, once
/// they are written, says how many storage holds and which it refused (those are only in
/// memory until a save succeeds).
fn import(state: AppState, t: &'static Texts, plans: Vec<Plan>, merging: Vec<String>) {
    let count = plans.len();
    let all_merged = merging.len() == count;
    state.import(plans, &merging, move |unwritten| {
        if unwritten.is_empty() {
            return if all_merged {
                (t.backup.merged)(count)
            } else {
                (t.imported)(count)
            };
        }
        let titles: Vec<String> = unwritten
            .iter()
            .filter_map(|id| state.find(id))
            .map(|p| p.title(t.untitled_plan).to_string())
            .collect();
        (t.imported_in_memory)(count, count - unwritten.len(), &titles)
    });
}

async fn read(file: &web_sys::File, t: &Texts) -> Result<Vec<Plan>, String> {
    let too_large = envelope::ReadError::TooLarge {
        bytes: file.size() as usize,
    };
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err((t.unreadable_reason)(&too_large));
    }
    let text = files::read_text(file)
        .await
        .ok_or_else(|| t.file_unreadable.to_string())?;
    text.and_then(|text| envelope::import(&text))
        .map_err(|e| (t.unreadable_reason)(&e))
}

#[component]
fn ConflictPanel(pending: Pending, on_done: Callback<()>) -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let Pending {
        file,
        plans,
        choices,
    } = pending;
    let rows = choices
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(i, (id, _))| {
            let incoming = plans.iter().find(|p| p.id == id).cloned().unwrap_or_default();
            let title = incoming.title(t.untitled_plan).to_string();
            let here = state.sealed(&id);
            let chosen = move |c: Choice| choices.with(|r| r[i].1 == c);
            let set = move |c: Choice| choices.update(|r| r[i].1 = c);
            let name = format!("conflict-{i}");
            let option = move |c: Choice, label: &'static str| {
                let name = name.clone();
                view! {
                    <label><input type="radio" name=name prop:checked=move || chosen(c) on:change=move |_| set(c)/>" "{label}</label>
                }
            };
            let merge_option = here.is_some().then(|| option.clone()(Choice::Merge, t.backup.import_merge));
            let preview = here.map(|here| {
                let (merged, items) = incoming::preview(&here, &incoming);
                view! {
                    <Show when=move || chosen(Choice::Merge)>
                        <Preview here=here.clone() merged=merged.clone() items=items.clone()/>
                    </Show>
                }
            });
            view! {
                <fieldset class="conflict">
                    <legend>{title}</legend>
                    {preview.is_none().then(|| view! { <p>{t.safety.replaces_damaged}</p> })}
                    {merge_option}
                    {option.clone()(Choice::Copy, t.import_as_copy)}
                    {option(Choice::Replace, t.import_replace)}
                    {preview}
                </fieldset>
            }
        })
        .collect_view();
    let confirm = {
        let plans = plans.clone();
        move |_| {
            let choices = choices.get_untracked();
            let now = browser::now();
            let choice = |id: &str| choices.iter().find(|(c, _)| c == id).map(|(_, c)| *c);
            let merging: Vec<String> = plans
                .iter()
                .filter(|p| choice(&p.id) == Some(Choice::Merge))
                .map(|p| p.id.clone())
                .collect();
            let incoming: Vec<Plan> = plans
                .iter()
                .cloned()
                .map(|plan| match choice(&plan.id) {
                    Some(Choice::Copy) => {
                        let name = (t.imported_copy_name)(plan.title(t.untitled_plan));
                        plan.duplicate(new_id("p", browser::random), name, &now)
                    }
                    _ => plan,
                })
                .collect();
            import(state, t, incoming, merging);
            on_done.run(());
        }
    };
    view! {
        <section class="notice notice--warning conflict-panel" aria-labelledby="conflict-title">
            <h2 id="conflict-title">{(t.import_conflict_title)(&file)}</h2>
            <p>{t.import_conflict_body}</p>
            {rows}
            <div class="actions">
                <button class="button button--primary" on:click=confirm>{t.import_confirm}</button>
                <button class="button" on:click=move |_| on_done.run(())>{t.cancel}</button>
            </div>
        </section>
    }
}

/// What merging a plan changes here, part by part: each item added, changed, removed or
/// written differently on both sides, by the words the user knows it by.
#[component]
fn Preview(here: Plan, merged: Plan, items: Vec<Item>) -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    if items.is_empty() {
        return view! { <p class="merge-preview merge-preview--empty">{t.backup.preview_nothing}</p> }.into_any();
    }
    // A long list is folded by part; a short one is read at a glance.
    let open = items.len() <= 24;
    let conflicts = items.iter().any(|i| i.kind == Kind::Conflict);
    let mut parts: Vec<(Place, Vec<Item>)> = Vec::new();
    for item in items {
        match parts.last_mut() {
            Some((place, list)) if *place == item.place => list.push(item),
            _ => parts.push((item.place.clone(), vec![item])),
        }
    }
    let parts = parts
        .into_iter()
        .map(|(place, list)| {
            let count = (t.backup.changes)(list.len());
            let rows = list
                .into_iter()
                .map(|item| {
                    let kind = match item.kind {
                        Kind::Added => t.backup.added,
                        Kind::Changed => t.backup.changed,
                        Kind::Removed => t.backup.removed,
                        Kind::Conflict => t.backup.conflict,
                    };
                    let from = if item.kind == Kind::Removed { &here } else { &merged };
                    let name = item
                        .label
                        .clone()
                        .or_else(|| places::item(from, &item.path, t, model))
                        .unwrap_or_else(|| places::part(&item.place, t));
                    view! {
                        <li class="merge-preview__item" class:merge-preview__item--conflict=item.kind == Kind::Conflict>
                            <span class="merge-preview__kind">{kind}": "</span>{name}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <details class="merge-preview__part" open=open>
                    <summary>{places::part(&place, t)}" · "{count}</summary>
                    <ul role="list">{rows}</ul>
                </details>
            }
        })
        .collect_view();
    view! {
        <div class="merge-preview">
            <h3>{t.backup.preview_title}</h3>
            {parts}
            {conflicts.then(|| view! { <p class="merge-preview__note">{t.backup.conflict_note}</p> })}
        </div>
    }
    .into_any()
}
