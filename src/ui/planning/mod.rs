//! The planning tools of one plan: a hub that lists them and one page per tool. Every
//! tool edits lists inside `Plan::planning` through `List`, which goes through `AppState`.

mod barriers;
mod components;
mod decisions;
mod group;
mod measurements;
mod milestones;
mod wheel;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::{page_title, use_texts, NotFound};
use crate::i18n::Texts;
use crate::plan::planning::{self, Planning};
use crate::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tool {
    Group,
    Milestones,
    Wheel,
    Barriers,
    Components,
    Measurements,
    Decisions,
}

impl Tool {
    const ALL: [Tool; 7] = [
        Tool::Group,
        Tool::Milestones,
        Tool::Wheel,
        Tool::Barriers,
        Tool::Components,
        Tool::Measurements,
        Tool::Decisions,
    ];

    /// The tool's part of the URL.
    fn slug(self) -> &'static str {
        match self {
            Tool::Group => "arbeidsgruppe",
            Tool::Milestones => "milepaeler",
            Tool::Wheel => "arshjul",
            Tool::Barriers => "barrierer",
            Tool::Components => "kjernekomponenter",
            Tool::Measurements => "malinger",
            Tool::Decisions => "beslutninger",
        }
    }

    fn from_slug(slug: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.slug() == slug)
    }

    fn title(self, t: &Texts) -> &'static str {
        match self {
            Tool::Group => t.planning.group_title,
            Tool::Milestones => t.planning.milestones_title,
            Tool::Wheel => t.planning.wheel_title,
            Tool::Barriers => t.planning.barriers_title,
            Tool::Components => t.planning.components_title,
            Tool::Measurements => t.planning.measurements_title,
            Tool::Decisions => t.planning.decisions_title,
        }
    }

    fn intro(self, t: &Texts) -> &'static str {
        match self {
            Tool::Group => t.planning.group_intro,
            Tool::Milestones => t.planning.milestones_intro,
            Tool::Wheel => t.planning.wheel_intro,
            Tool::Barriers => t.planning.barriers_intro,
            Tool::Components => t.planning.components_intro,
            Tool::Measurements => t.planning.measurements_intro,
            Tool::Decisions => t.planning.decisions_intro,
        }
    }
}

fn plan_title(id: &str) -> String {
    let t = use_texts();
    expect_context::<AppState>()
        .read(id, |p| p.title(t.untitled_plan).to_string())
        .unwrap_or_default()
}

/// Every tool with what it is for.
#[component]
pub fn Hub(id: String) -> impl IntoView {
    let t = use_texts();
    {
        let id = id.clone();
        page_title(move || format!("{} – {}", t.planning.title, plan_title(&id)));
    }
    let cards = Tool::ALL.map(|tool| {
        let heading = format!("tool-{}", tool.slug());
        let labelled_by = heading.clone();
        view! {
            <li class="card tool-card" aria-labelledby=labelled_by>
                <h2 id=heading>{tool.title(t)}</h2>
                <p>{tool.intro(t)}</p>
                <A href=format!("/plan/{id}/planlegging/{}", tool.slug())>{(t.planning.open_tool)(tool.title(t))}</A>
            </li>
        }
    });
    view! {
        <h1>{t.planning.title}</h1>
        <p class="section-intro">{t.planning.intro}</p>
        <ul class="tool-grid" role="list">{cards.into_iter().collect_view()}</ul>
    }
}

/// Reads the tool from the URL; an unknown one is "not found".
#[component]
pub fn ToolRoute(id: String) -> impl IntoView {
    let params = use_params_map();
    let tool = Memo::new(move |_| {
        params
            .read()
            .get("tool")
            .as_deref()
            .and_then(Tool::from_slug)
    });
    move || match tool.get() {
        Some(tool) => view! { <ToolPage id=id.clone() tool/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn ToolPage(id: String, tool: Tool) -> impl IntoView {
    let t = use_texts();
    {
        let id = id.clone();
        page_title(move || format!("{} – {}", tool.title(t), plan_title(&id)));
    }
    let links = Tool::ALL.map(|other| {
        view! { <A href=format!("/plan/{id}/planlegging/{}", other.slug()) exact=true>{other.title(t)}</A> }
    });
    let body = match tool {
        Tool::Group => view! { <group::Group id=id.clone()/> }.into_any(),
        Tool::Milestones => view! { <milestones::Milestones id=id.clone()/> }.into_any(),
        Tool::Wheel => view! { <wheel::Wheel id=id.clone()/> }.into_any(),
        Tool::Barriers => view! { <barriers::Barriers id=id.clone()/> }.into_any(),
        Tool::Components => view! { <components::Components id=id.clone()/> }.into_any(),
        Tool::Measurements => view! { <measurements::Measurements id=id.clone()/> }.into_any(),
        Tool::Decisions => view! { <decisions::Decisions id=id.clone()/> }.into_any(),
    };
    view! {
        <nav class="tool-nav" aria-label=t.planning.tools_label>
            <A href=format!("/plan/{id}/planlegging") exact=true>{t.planning.title}</A>
            {links.into_iter().collect_view()}
        </nav>
        <h1>{tool.title(t)}</h1>
        <p class="section-intro">{tool.intro(t)}</p>
        {body}
    }
}

/// An item in one of the planning lists, known by its id.
pub trait Listed: Clone + Send + Sync + 'static {
    fn id(&self) -> &str;
}

macro_rules! listed {
    ($($t:ty),*) => { $(impl Listed for $t { fn id(&self) -> &str { &self.id } })* };
}
listed!(
    planning::group::Member,
    planning::milestones::Milestone,
    planning::wheel::WheelActivity,
    planning::barriers::Barrier,
    planning::components::CoreComponent,
    planning::measurements::Indicator,
    planning::decisions::Decision
);

/// One list of a plan's planning tools: read items, change, add, move and remove them.
/// Each change is an `AppState` edit, so it is saved, synced and undoable.
pub struct List<T: 'static> {
    state: AppState,
    plan: StoredValue<String>,
    get: fn(&Planning) -> &Vec<T>,
    get_mut: fn(&mut Planning) -> &mut Vec<T>,
}

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for List<T> {}

impl<T: Listed> List<T> {
    pub fn new(
        plan: String,
        get: fn(&Planning) -> &Vec<T>,
        get_mut: fn(&mut Planning) -> &mut Vec<T>,
    ) -> Self {
        List {
            state: expect_context::<AppState>(),
            plan: StoredValue::new(plan),
            get,
            get_mut,
        }
    }

    /// Reads the whole list, tracked.
    pub fn read_all<V: Default>(self, f: impl FnOnce(&[T]) -> V) -> V {
        self.plan
            .with_value(|plan| self.state.read(plan, |p| f((self.get)(&p.planning))))
            .unwrap_or_default()
    }

    /// The ids in list order, tracked.
    pub fn ids(self) -> Memo<Vec<String>> {
        Memo::new(move |_| {
            self.read_all(|items| items.iter().map(|i| i.id().to_string()).collect())
        })
    }

    /// Reads one item, tracked; the default when it is gone.
    pub fn read<V: Default>(self, id: &str, f: impl FnOnce(&T) -> V) -> V {
        self.read_all(|items| {
            items
                .iter()
                .find(|i| i.id() == id)
                .map(f)
                .unwrap_or_default()
        })
    }

    /// One field of an item as a signal, for a form field.
    pub fn field<V: Default + Clone + PartialEq + Send + Sync + 'static>(
        self,
        id: &str,
        get: impl Fn(&T) -> V + Send + Sync + 'static,
    ) -> Signal<V> {
        let id = id.to_string();
        Memo::new(move |_| self.read(&id, &get)).into()
    }

    /// Writes one field of an item from a form field.
    pub fn setter<V: 'static>(self, id: &str, set: fn(&mut T, V)) -> Callback<V> {
        let id = id.to_string();
        Callback::new(move |v| self.edit(&id, |item| set(item, v)))
    }

    pub fn edit(self, id: &str, f: impl FnOnce(&mut T)) {
        self.edit_all(|items| {
            if let Some(item) = items.iter_mut().find(|i| i.id() == id) {
                f(item)
            }
        });
    }

    pub fn edit_all(self, f: impl FnOnce(&mut Vec<T>)) {
        let get_mut = self.get_mut;
        self.plan
            .with_value(|plan| self.state.edit(plan, |p| f(get_mut(&mut p.planning))));
    }

    pub fn add(self, item: T) {
        self.edit_all(|items| items.push(item));
    }

    /// Moves an item one place up (`-1`) or down (`+1`) among the rows `shown` (all when None).
    pub fn move_by(self, id: &str, step: isize, shown: Option<Signal<Vec<String>>>) {
        let shown = shown.map(|s| s.get_untracked());
        self.edit_all(|items| {
            planning::move_by_id(
                items,
                id,
                step,
                |i| i.id(),
                |i| shown.as_ref().is_none_or(|s| s.iter().any(|x| x == i.id())),
            )
        });
    }

    /// Removes an item as its own undo step, offered with `message`.
    pub fn remove(self, id: &str, message: String) {
        let get_mut = self.get_mut;
        self.plan.with_value(|plan| {
            self.state.edit_undoable(plan, message, |p| {
                get_mut(&mut p.planning).retain(|i| i.id() != id)
            })
        });
    }

    /// Replaces the whole list as its own undo step, offered with `message`.
    pub fn reorder(self, message: String, f: impl FnOnce(&mut Vec<T>)) {
        let get_mut = self.get_mut;
        self.plan.with_value(|plan| {
            self.state
                .edit_undoable(plan, message, |p| f(get_mut(&mut p.planning)))
        });
    }
}

/// Up, down and remove for one row; `label` names the row for screen readers. Rows of a
/// list shown in its own order (`fixed`, e.g. by month or date) only have remove. When a
/// filter hides rows, `shown` holds the ids on screen, and a move passes over the hidden.
#[component]
fn RowActions<T: Listed>(
    list: List<T>,
    #[prop(into)] id: String,
    label: Signal<String>,
    #[prop(optional)] fixed: bool,
    #[prop(optional, into)] shown: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let t = use_texts();
    let (up_id, down_id, gone_id) = (id.clone(), id.clone(), id);
    let movers = (!fixed).then(|| {
        view! {
            <button class="button button--small" type="button" aria-label=move || (t.move_up)(&label.get())
                on:click=move |_| list.move_by(&up_id, -1, shown)>"↑"</button>
            <button class="button button--small" type="button" aria-label=move || (t.move_down)(&label.get())
                on:click=move |_| list.move_by(&down_id, 1, shown)>"↓"</button>
        }
    });
    view! {
        <div class="actions">
            {movers}
            <button class="button button--small button--danger-quiet" type="button" aria-label=move || (t.remove_item)(&label.get())
                on:click=move |_| list.remove(&gone_id, (t.removed_item)(&label.get_untracked()))>{t.remove}</button>
        </div>
    }
}

/// A form that adds an item from one required text, with a message when it is left
/// empty; `children` are the form's other fields, which the caller reads in `on_add`.
#[component]
fn AddText(
    /// Element id of the text field.
    id: &'static str,
    title: &'static str,
    label: &'static str,
    on_add: Callback<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let t = use_texts();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let error_id = format!("{id}-error");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = text.get_untracked().trim().to_string();
        if value.is_empty() {
            error.set(true);
            return;
        }
        on_add.run(value);
        text.set(String::new());
        error.set(false);
    };
    view! {
        <form class="add-row" on:submit=submit>
            <h2>{title}</h2>
            <div class="field-grid">
                <div class="field">
                    <label for=id>{label}</label>
                    <input id=id type="text" prop:value=move || text.get()
                        aria-invalid=move || error.get().then_some("true") aria-describedby=error_id.clone()
                        on:input=move |ev| { text.set(event_target_value(&ev)); error.set(false); }/>
                </div>
                {children.map(|c| c())}
            </div>
            <p class="field__error" id=error_id.clone() role="status">{move || error.get().then_some(t.empty_item_text)}</p>
            <button class="button button--primary" type="submit">{title}</button>
        </form>
    }
}
