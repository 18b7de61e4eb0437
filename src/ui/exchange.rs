//! Moving plans in and out as files: export one or all, import from a file picker or by
//! dropping a file, and choosing what happens when an imported plan is already here.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::use_texts;
use crate::i18n::Texts;
use crate::plan::{new_id, Plan};
use crate::state::AppState;
use crate::store::envelope::{self, MAX_IMPORT_BYTES};
use crate::store::{browser, files};

/// Writes the given plans to one export file and notes that they are exported.
pub fn export_plans(state: AppState, t: &Texts, ids: Vec<String>) {
    let plans: Vec<Plan> = ids.iter().filter_map(|id| state.find(id)).collect();
    let now = browser::now();
    // Named after the school, which is what the receiver knows it by.
    let title = match plans.as_slice() {
        [one] if !one.school.trim().is_empty() => one.school.clone(),
        [one] => one.title(t.untitled_plan).to_string(),
        _ => t.export_all_file.to_string(),
    };
    let text = envelope::export(&plans, env!("CARGO_PKG_VERSION"), &now);
    if browser::download(
        &files::file_name(&title, &now, "json"),
        &text,
        "application/json",
    )
    .is_some()
    {
        state.mark_exported(&ids, &now);
    }
}

/// An import that waits for the user to decide about plans that are already here.
#[derive(Clone)]
struct Pending {
    file: String,
    plans: Vec<Plan>,
    /// Ids of plans in the file that exist here, and whether to replace each (else copy).
    replace: RwSignal<Vec<(String, bool)>>,
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
                    let conflicts: Vec<(String, bool)> = plans
                        .iter()
                        .filter(|p| state.find(&p.id).is_some() || damaged.contains(&p.id))
                        .map(|p| (p.id.clone(), false))
                        .collect();
                    if conflicts.is_empty() {
                        import(state, t, plans);
                    } else {
                        pending.set(Some(Pending {
                            file: name,
                            plans,
                            replace: RwSignal::new(conflicts),
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

/// Imports `plans` and, once they are written, says how many storage holds and which it
/// refused (those are only in memory until a save succeeds).
fn import(state: AppState, t: &'static Texts, plans: Vec<Plan>) {
    let count = plans.len();
    state.import(plans, move |unwritten| {
        if unwritten.is_empty() {
            return (t.imported)(count);
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
        replace,
    } = pending;
    let damaged = state.damaged_ids();
    let rows = replace.get_untracked().into_iter().enumerate().map(|(i, (id, _))| {
        let title = plans.iter().find(|p| p.id == id).map(|p| p.title(t.untitled_plan).to_string()).unwrap_or_default();
        let is_damaged = damaged.contains(&id) && state.find(&id).is_none();
        let set = move |value: bool| replace.update(|r| r[i].1 = value);
        let name = format!("conflict-{i}");
        view! {
            <fieldset class="conflict">
                <legend>{title}</legend>
                {is_damaged.then(|| view! { <p>{t.safety.replaces_damaged}</p> })}
                <label><input type="radio" name=name.clone() prop:checked=move || !replace.with(|r| r[i].1) on:change=move |_| set(false)/>" "{t.import_as_copy}</label>
                <label><input type="radio" name=name prop:checked=move || replace.with(|r| r[i].1) on:change=move |_| set(true)/>" "{t.import_replace}</label>
            </fieldset>
        }
    }).collect_view();
    let confirm = {
        let plans = plans.clone();
        move |_| {
            let choices = replace.get_untracked();
            let now = browser::now();
            let incoming: Vec<Plan> = plans
                .iter()
                .cloned()
                .map(|plan| match choices.iter().find(|(id, _)| *id == plan.id) {
                    Some((_, false)) => {
                        let name = (t.imported_copy_name)(plan.title(t.untitled_plan));
                        plan.duplicate(new_id("p", browser::random), name, &now)
                    }
                    _ => plan,
                })
                .collect();
            import(state, t, incoming);
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
