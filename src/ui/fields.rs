//! Labelled form fields bound to a plan: the value comes from a closure over state and
//! every keystroke goes straight back through a callback, so nothing typed is held only
//! in the DOM.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    /// The input's type.
    #[prop(default = "text")]
    kind: &'static str,
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
            <input id=id.clone() type=kind list=list aria-describedby=hint_id.clone()
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
