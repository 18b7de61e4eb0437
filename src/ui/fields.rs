//! Labelled form fields bound to a plan: the value comes from a closure over state and
//! every keystroke goes straight back through a callback, so nothing typed is held only
//! in the DOM.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::plan::dates::{dotted, example_date, shown_date, stored_date};
use crate::store::browser;
use crate::ui::use_texts;

/// Id of the `<datalist>` of people (`plan::planning::group::people`) that the plan's
/// layout renders once for all its pages, for every field that asks who is responsible.
pub const PEOPLE: &str = "plan-people";

#[component]
pub fn TextField(
    label: &'static str,
    /// Element id, unique on the page; ties the label to the field.
    #[prop(into)]
    id: String,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(default = None)] hint: Option<&'static str>,
    /// Id of a `<datalist>` with suggestions.
    #[prop(default = None)]
    list: Option<&'static str>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=hint_id.clone() prop:value=move || value.get() on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" list=list aria-describedby=hint_id.clone()
                prop:value=move || value.get() on:input=input/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{h}</p> })}
            {control}
        </div>
    }
}

/// A date typed as people write it (15.11.2027, 5.3.27 or 2027-11-15), shown as
/// dd.mm.åååå and written to the plan as ISO, or empty when the field is. A text field,
/// not `type="date"`: that one takes only the browser's own order and a four-digit year.
/// What is typed stays in the field while it is no date; the field follows the plan when
/// it changes elsewhere (undo, another tab).
#[component]
pub fn DateField(
    label: &'static str,
    #[prop(into)] id: String,
    /// ISO date or empty.
    #[prop(into)]
    value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let t = use_texts();
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let text = RwSignal::new(shown_date(&value.get_untracked()));
    let invalid = RwSignal::new(false);
    Effect::new(move |_| {
        let now = value.get();
        if stored_date(&text.get_untracked()).as_ref() != Some(&now) {
            text.set(shown_date(&now));
            invalid.set(false);
        }
    });
    let input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        match stored_date(&typed) {
            Some(iso) => {
                invalid.set(false);
                if iso != value.get_untracked() {
                    on_input.run(iso);
                }
            }
            None => invalid.set(true),
        }
    };
    let example = dotted(example_date(browser::today_date()));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <p class="field__hint" id=hint_id.clone()>{t.date_hint}</p>
            <input id=id type="text" autocomplete="off" prop:value=move || text.get()
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=format!("{hint_id} {error_id}") on:input=input/>
            <p class="field__error" id=error_id>{move || invalid.get().then(|| (t.date_invalid)(&example))}</p>
        </div>
    }
}

/// Moves keyboard focus to an element as soon as it is in the page, so a control that
/// replaces the one just pressed does not leave focus stranded on the body.
pub fn focus_when_mounted<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    node.on_load(|el| {
        let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
    });
}

/// A labelled choice bound to a plan, like `TextField`; `options` are (value, label) pairs.
#[component]
pub fn SelectField(
    label: &'static str,
    #[prop(into)] id: String,
    options: Vec<(String, String)>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(v, text)| {
            let selected = v.clone();
            view! { <option value=v prop:selected=move || value.with(|now| *now == selected)>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev))>{options}</select>
        </div>
    }
}
