//! The model itself: the four phases side by side in every vocabulary, and the research.

use leptos::prelude::*;

use super::{page_title, use_model, use_texts};
use crate::model::Citation;

/// A list of works with what each contributes.
pub fn citations(list: &'static [Citation]) -> impl IntoView {
    view! {
        <ul class="citations" role="list">
            {list.iter().map(|c| view! { <li><strong>{c.label()}</strong>" "{c.point}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn About() -> impl IntoView {
    let t = use_texts();
    let model = use_model();
    page_title(move || t.about_title.to_string());
    let vocab_row = |label: &'static str,
                     get: fn(&crate::model::Vocabulary) -> &'static str,
                     lang: Option<&'static str>| {
        view! {
            <tr>
                <th scope="row">{label}</th>
                {model.phases.iter().map(|p| view! { <td lang=lang>{get(&p.vocabulary)}</td> }).collect_view()}
            </tr>
        }
    };
    view! {
        <h1>{t.about_title}</h1>
        <p class="lead">{model.intro}</p>

        // Not a named region itself: the scrolling table inside is, by the same heading.
        <section>
            <h2 id="vocab-title">{t.about_vocabulary}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="vocab-title">
                <table class="vocab-table">
                    <thead>
                        <tr>
                            <td></td>
                            {model.phases.iter().map(|p| view! { <th scope="col">{(t.phase_label)(p.number)}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {vocab_row(t.vocab_fos, |v| v.fos, None)}
                        {vocab_row(t.vocab_danish, |v| v.danish, Some("da"))}
                        {vocab_row(t.vocab_nirn, |v| v.nirn, None)}
                        {vocab_row(t.vocab_fullan, |v| v.fullan, None)}
                    </tbody>
                </table>
            </div>
        </section>

        <section aria-labelledby="side-by-side">
            <h2 id="side-by-side">{t.about_phases}</h2>
            <ol class="about-grid" role="list">
                {model.phases.iter().map(|p| view! {
                    <li class="card about-phase">
                        <p class="phase-card__num">{(t.phase_label)(p.number)}</p>
                        <h3>{p.name}</h3>
                        <h4>{t.purpose}</h4>
                        <p>{p.purpose}</p>
                        <h4>{t.drivers}</h4>
                        <p>{p.drivers}</p>
                        <h4>{t.when_rushed}</h4>
                        <p>{p.when_rushed}</p>
                        <h4>{t.research_title}</h4>
                        {citations(p.research)}
                    </li>
                }).collect_view()}
            </ol>
        </section>

        <section aria-labelledby="more-research">
            <h2 id="more-research">{t.about_more_research}</h2>
            {citations(model.research)}
        </section>
    }
}
