//! Every piece of UI text, in one catalogue per language. Components ask for `Texts`
//! through `use_texts()` and never hold a string of their own; a new language is a new
//! `Texts` value (the compiler lists every text it still lacks) plus a `Lang` variant.

mod assessment;
mod backup;
mod charts;
mod da;
mod device;
mod en;
mod nb;
mod nn;
mod planning;
mod safety;
mod workshop;

pub use assessment::AssessmentTexts;
pub use backup::BackupTexts;
pub use charts::ChartTexts;
pub use device::DeviceTexts;
pub use planning::PlanningTexts;
pub use safety::{quoted, SafetyTexts};
pub use workshop::WorkshopTexts;

use crate::plan::network::SortBy;
use crate::plan::PhaseStatus;
use crate::store::envelope::ReadError;

/// A change written with its sign, `format` writing the size: "+0,5", "−5,5" (a real minus
/// sign, U+2212, not a hyphen), and no sign where the size shown is zero.
pub fn with_sign(x: f64, format: fn(f64) -> String) -> String {
    let size = format(x.abs());
    if !size.chars().any(|c| c.is_ascii_digit() && c != '0') {
        size
    } else if x > 0.0 {
        format!("+{size}")
    } else {
        format!("\u{2212}{size}")
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    /// Norwegian Bokmål, the default: what the app speaks until the user picks another.
    #[default]
    Nb,
    Nn,
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nb, Lang::Nn, Lang::Da, Lang::En];

    /// The BCP 47 tag for the `lang` attribute, also how the choice is stored.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The language named in itself, so a reader finds their own language whatever the
    /// interface currently speaks.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nb => "Norsk bokmål",
            Lang::Nn => "Norsk nynorsk",
            Lang::Da => "Dansk",
            Lang::En => "English",
        }
    }

    /// The language a stored tag names; `None` for anything else (an old or foreign value).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }
}

pub struct Texts {
    pub lang: Lang,
    /// The label of the language menu in the header.
    pub language: &'static str,
    /// The title of a case handout file, from the plan's title.
    pub handout_file: fn(&str) -> String,
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_plans: &'static str,
    pub nav_about: &'static str,
    pub plan_nav_label: &'static str,
    pub pager_label: &'static str,
    pub overview: &'static str,
    pub untitled_plan: &'static str,
    pub new_plan_name: &'static str,

    // Plans page
    pub plans_title: &'static str,
    pub plans_intro: &'static str,
    pub plans_empty_title: &'static str,
    pub plans_empty_body: &'static str,
    pub create_plan: &'static str,
    pub create_first_plan: &'static str,
    pub open_plan: &'static str,
    pub rename: &'static str,
    pub rename_label: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub duplicate: &'static str,
    pub copy_of: fn(&str) -> String,
    pub delete: &'static str,
    pub delete_question: fn(&str) -> String,
    pub delete_explain: &'static str,
    pub delete_confirm: &'static str,
    pub deleted: fn(&str) -> String,
    pub undo: &'static str,
    pub undo_last: &'static str,
    pub redo_last: &'static str,
    pub dismiss: &'static str,
    pub last_changed: fn(&str) -> String,

    // Export and import
    pub export: &'static str,
    pub import_button: &'static str,
    pub import_hint: &'static str,
    pub drop_here: &'static str,
    pub file_unreadable: &'static str,
    pub import_failed: fn(&str, &str) -> String,
    pub imported: fn(usize) -> String,
    /// (plans imported, of them written to storage, titles of those only in memory)
    pub imported_in_memory: fn(usize, usize, &[String]) -> String,
    pub import_conflict_title: fn(&str) -> String,
    pub import_conflict_body: &'static str,
    pub import_as_copy: &'static str,
    pub import_replace: &'static str,
    pub import_confirm: &'static str,
    pub imported_copy_name: fn(&str) -> String,
    pub persisted_yes: &'static str,
    pub persisted_no: &'static str,

    // Plan overview
    pub school_and_idea: &'static str,
    pub plan_name: &'static str,
    pub school: &'static str,
    pub municipality: &'static str,
    pub idea: &'static str,
    pub focus_area: &'static str,
    pub focus_area_hint: &'static str,
    pub phases_title: &'static str,
    pub phases_intro: &'static str,
    pub open_phase: fn(u8) -> String,
    pub phase_label: fn(u8) -> String,
    pub saved_automatically: &'static str,

    // Phase page
    pub status_legend: &'static str,
    pub status_hint: &'static str,
    pub purpose: &'static str,
    pub drivers: &'static str,
    pub when_rushed: &'static str,
    pub activities_title: &'static str,
    pub activities_intro: &'static str,
    pub questions_title: &'static str,
    pub questions_intro: &'static str,
    pub details_summary: &'static str,
    pub note: &'static str,
    pub responsible: &'static str,
    pub due: &'static str,
    /// How a date is typed, beside every date field.
    pub date_hint: &'static str,
    /// A typed date that is none, with an example date from today.
    pub date_invalid: fn(&str) -> String,
    pub own_item: &'static str,
    pub edit_own: &'static str,
    pub own_activity_text: &'static str,
    pub own_question_text: &'static str,
    pub new_activity: &'static str,
    pub new_question: &'static str,
    pub add_activity: &'static str,
    pub add_question: &'static str,
    pub empty_item_text: &'static str,
    pub move_up: fn(&str) -> String,
    pub move_down: fn(&str) -> String,
    pub remove_item: fn(&str) -> String,
    /// A row's remove button; its accessible name is `remove_item`, which starts with it
    /// (voice control users say what they see).
    pub remove: &'static str,
    pub removed_item: fn(&str) -> String,
    pub answer_label: &'static str,
    pub research_title: &'static str,
    pub previous_phase: &'static str,
    pub next_phase: &'static str,
    pub progress_activities: fn(usize, usize) -> String,
    pub progress_questions: fn(usize, usize) -> String,
    pub responsible_short: fn(&str) -> String,
    pub due_short: fn(&str) -> String,

    // Network view
    pub nav_network: &'static str,
    pub network_title: &'static str,
    pub network_intro: &'static str,
    pub network_empty_title: &'static str,
    pub network_empty_body: &'static str,
    pub all_municipalities: &'static str,
    pub sort_label: &'static str,
    pub sort_name: fn(SortBy) -> &'static str,
    pub network_count: fn(usize, usize) -> String,
    pub network_caption: &'static str,
    pub network_plan: &'static str,
    pub total: &'static str,
    pub network_total_row: fn(usize) -> String,
    /// A bar's label: what it measures ("Fase 1", "Totalt") and how far it has come.
    pub network_progress: fn(&str, usize, usize) -> String,

    // Case handout
    pub handout_title: &'static str,
    pub handout_nav: &'static str,
    pub handout_intro: &'static str,
    pub print: &'static str,
    pub download_markdown: &'static str,
    pub status_label: &'static str,
    pub handout_done: &'static str,
    pub handout_open: &'static str,
    pub handout_none_done: &'static str,
    pub handout_none_open: &'static str,
    pub handout_none_answered: &'static str,
    pub handout_blank: &'static str,

    // About page
    pub about_title: &'static str,
    pub about_vocabulary: &'static str,
    pub vocab_fos: &'static str,
    pub vocab_danish: &'static str,
    pub vocab_nirn: &'static str,
    pub vocab_fullan: &'static str,
    pub about_phases: &'static str,
    pub about_more_research: &'static str,

    // Storage notices
    pub storage_unavailable: &'static str,
    pub save_failed: &'static str,
    /// Leads the list of plans not yet written.
    pub unsaved_plans: &'static str,
    pub download_safety_copy: &'static str,
    pub unreadable_title: &'static str,
    pub unreadable_body: &'static str,
    pub unreadable_reason: fn(&ReadError) -> String,
    pub download_copy: &'static str,
    pub discard_copy: &'static str,
    pub discard_copy_confirm: &'static str,

    pub not_found_title: &'static str,
    pub plan_not_found: &'static str,
    pub back_to_plans: &'static str,

    pub device: DeviceTexts,
    pub workshop: WorkshopTexts,
    pub safety: SafetyTexts,
    pub backup: BackupTexts,
    pub charts: ChartTexts,
    pub planning: PlanningTexts,
    pub assessment: AssessmentTexts,

    pub status_name: fn(PhaseStatus) -> &'static str,
    /// Dates as the user writes them, from an ISO date or timestamp.
    pub format_date: fn(&str) -> String,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nb => &nb::TEXTS,
        Lang::Nn => &nn::TEXTS,
        Lang::Da => &da::TEXTS,
        Lang::En => &en::TEXTS,
    }
}
