//! The DEKOM phase model as static data: pure Rust, no browser APIs.
//! Content lives in one file per language; components only see these types.

mod da;
mod en;
pub mod instruments;
mod nb;
mod nn;

use crate::i18n::Lang;

/// A reference to the research a piece of content rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    /// Author(s) as cited, e.g. "Meyers mfl.".
    pub authors: &'static str,
    pub year: u16,
    /// What this work contributes, in the project's own words.
    pub point: &'static str,
}

impl Citation {
    /// "Meyers mfl. (2012)".
    pub fn label(&self) -> String {
        format!("{} ({})", self.authors, self.year)
    }
}

/// One checklist activity or reflection question in the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Stable id, stored in plans; never change or reuse one.
    pub id: &'static str,
    pub text: &'static str,
    /// A sentence or two that explains why or how; may be empty.
    pub help: &'static str,
}

/// What one phase is called in each vocabulary the sources use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vocabulary {
    /// The FOS framework for decentralised competence development (Norwegian).
    pub fos: &'static str,
    /// The Danish implementation model (Iscenesættelse, Initiering, …).
    pub danish: &'static str,
    /// Ogden & Fixsen / NIRN implementation stages, as used in Norwegian research.
    pub nirn: &'static str,
    /// Fullan's phases of an innovation.
    pub fullan: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    /// 1 to 4; also the phase's place in URLs.
    pub number: u8,
    /// Short name shown in navigation, e.g. "Beredskap".
    pub name: &'static str,
    pub vocabulary: Vocabulary,
    /// What the phase is for.
    pub purpose: &'static str,
    /// Who drives the work in this phase.
    pub drivers: &'static str,
    /// What tends to go wrong when the phase is rushed or skipped.
    pub when_rushed: &'static str,
    pub activities: &'static [Item],
    pub questions: &'static [Item],
    /// The research this phase's content rests on.
    pub research: &'static [Citation],
}

/// The whole model in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Model {
    /// A short introduction to the model and how to use it (not linear, not a form).
    pub intro: &'static str,
    /// Guidance for describing the idea: the desired outcome or change of practice.
    pub idea_help: &'static str,
    /// Examples of focus areas, offered as suggestions.
    pub focus_examples: &'static [&'static str],
    pub phases: &'static [Phase; 4],
    /// Works cited on the about page beyond those tied to one phase.
    pub research: &'static [Citation],
}

impl Model {
    pub fn phase(&self, number: u8) -> Option<&'static Phase> {
        self.phases.iter().find(|p| p.number == number)
    }
}

pub fn model(lang: Lang) -> &'static Model {
    match lang {
        Lang::Nb => &nb::MODEL,
        Lang::Nn => &nn::MODEL,
        Lang::Da => &da::MODEL,
        Lang::En => &en::MODEL,
    }
}
