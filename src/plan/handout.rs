//! A plan's case for a network meeting: what the school wants to achieve and, per phase,
//! what is done, what is still open and what it has reflected on. One `Case` feeds both
//! the printable page and the Markdown file, so the two always tell the same story.
//! Pure Rust.

use super::{ActivityState, PhaseStatus, Plan, Progress};
use crate::i18n::Texts;
use crate::model::Model;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Case {
    pub title: String,
    pub school: String,
    pub municipality: String,
    pub idea: String,
    pub focus_area: String,
    /// ISO timestamp of the last change.
    pub updated: String,
    pub phases: Vec<PhaseCase>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhaseCase {
    pub number: u8,
    pub name: &'static str,
    pub status: PhaseStatus,
    pub progress: Progress,
    pub done: Vec<Activity>,
    pub open: Vec<Activity>,
    /// Only the questions that have an answer, in the phase's order.
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Activity {
    pub text: String,
    pub note: String,
    pub responsible: String,
    /// ISO date or empty.
    pub due: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answer {
    pub question: String,
    pub answer: String,
}

impl Case {
    /// `untitled` names a plan that has neither a name nor a school.
    pub fn of(plan: &Plan, model: &Model, untitled: &str) -> Self {
        let phases = model
            .phases
            .iter()
            .map(|phase| {
                let own = plan.phase(phase.number).cloned().unwrap_or_default();
                let activities = phase.activities.iter().map(|i| (i.id, i.text)).chain(
                    own.own_activities
                        .iter()
                        .map(|i| (i.id.as_str(), i.text.as_str())),
                );
                let (done, open) = activities
                    .map(|(id, text)| {
                        let state = own.activity(id).cloned().unwrap_or_default();
                        (state.done, Activity::of(text, state))
                    })
                    .partition::<Vec<_>, _>(|(done, _)| *done);
                let questions = phase.questions.iter().map(|i| (i.id, i.text)).chain(
                    own.own_questions
                        .iter()
                        .map(|i| (i.id.as_str(), i.text.as_str())),
                );
                let answers = questions
                    .filter(|(id, _)| !own.answer(id).trim().is_empty())
                    .map(|(id, text)| Answer {
                        question: text.trim().to_string(),
                        answer: own.answer(id).trim().to_string(),
                    })
                    .collect();
                PhaseCase {
                    number: phase.number,
                    name: phase.name,
                    status: own.status,
                    progress: plan.progress(model, phase.number),
                    done: done.into_iter().map(|(_, a)| a).collect(),
                    open: open.into_iter().map(|(_, a)| a).collect(),
                    answers,
                }
            })
            .collect();
        Case {
            title: plan.title(untitled).to_string(),
            school: plan.school.trim().to_string(),
            municipality: plan.municipality.trim().to_string(),
            idea: plan.idea.trim().to_string(),
            focus_area: plan.focus_area.trim().to_string(),
            updated: plan.updated.clone(),
            phases,
        }
    }
}

impl Activity {
    fn of(text: &str, state: ActivityState) -> Self {
        Activity {
            text: text.trim().to_string(),
            note: state.note.trim().to_string(),
            responsible: state.responsible.trim().to_string(),
            due: state.due,
        }
    }

    /// "Ansvarlig: Kari · Frist: 15.03.2027", or empty.
    pub fn meta(&self, t: &Texts) -> String {
        [
            (!self.responsible.is_empty()).then(|| (t.responsible_short)(&self.responsible)),
            (!self.due.is_empty()).then(|| (t.due_short)(&(t.format_date)(&self.due))),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
    }
}

/// The case as a Markdown document. Every piece of text from the plan or the model is
/// escaped, so nothing a school writes can add headings, lists, links or HTML.
pub fn markdown(plan: &Plan, model: &Model, t: &Texts) -> String {
    let case = Case::of(plan, model, t.untitled_plan);
    let mut md = format!(
        "# {}\n\n{} · {}\n\n",
        inline(&case.title),
        t.handout_title,
        (t.last_changed)(&(t.format_date)(&case.updated))
    );
    for (label, value) in [
        (t.school, &case.school),
        (t.municipality, &case.municipality),
        (t.focus_area, &case.focus_area),
    ] {
        if !value.is_empty() {
            md += &format!("- **{label}:** {}\n", inline(value));
        }
    }
    md += &format!(
        "\n## {}\n\n{}\n",
        t.idea,
        if case.idea.is_empty() {
            t.handout_blank.to_string()
        } else {
            lines(&case.idea, "")
        }
    );
    for phase in &case.phases {
        md += &format!("\n## {}: {}\n\n", (t.phase_label)(phase.number), phase.name);
        md += &format!(
            "**{}:** {} · {} · {}\n",
            t.status_label,
            (t.status_name)(phase.status),
            (t.progress_activities)(phase.progress.done, phase.progress.activities),
            (t.progress_questions)(phase.progress.answered, phase.progress.questions),
        );
        for (heading, list, none) in [
            (t.handout_done, &phase.done, t.handout_none_done),
            (t.handout_open, &phase.open, t.handout_none_open),
        ] {
            md += &format!("\n### {heading}\n\n");
            if list.is_empty() {
                md += &format!("{none}\n");
            }
            for a in list {
                md += &format!("- **{}**", inline(&a.text));
                if !a.note.is_empty() {
                    md += &format!("\\\n  {}: {}", t.note, lines(&a.note, "  "));
                }
                let meta = inline(&a.meta(t));
                if !meta.is_empty() {
                    md += &format!("\\\n  {meta}");
                }
                md += "\n";
            }
        }
        md += &format!("\n### {}\n\n", t.questions_title);
        if phase.answers.is_empty() {
            md += &format!("{}\n", t.handout_none_answered);
        }
        for a in &phase.answers {
            md += &format!(
                "**{}**\n\n{}\n\n",
                inline(&a.question),
                lines(&a.answer, "")
            );
        }
    }
    md.truncate(md.trim_end().len());
    md.push('\n');
    md
}

/// One line of text, safe anywhere in a Markdown line: line breaks become spaces.
fn inline(text: &str) -> String {
    escape_line(
        &text
            .split(['\r', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Text over several lines, kept as hard line breaks; continuation lines start with
/// `indent`, so they stay inside the list item they belong to. Blank lines are dropped
/// because they would end that item.
fn lines(text: &str, indent: &str) -> String {
    text.split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(escape_line)
        .collect::<Vec<_>>()
        .join(&format!("\\\n{indent}"))
}

/// Backslash-escapes what Markdown would read as structure: inline marks, links, HTML
/// and entities anywhere, and block markers (headings, quotes, lists) where a line starts.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (i, c) in line.char_indices() {
        let (before, after) = (&line[..i], &line[i + c.len_utf8()..]);
        let structure = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' => true,
            // Only "&name;" or "&#…;" is an entity; a lone "&" reads as itself.
            '&' => after.starts_with(|n: char| n.is_ascii_alphanumeric() || n == '#'),
            '#' | '>' | '-' | '+' | '=' => before.is_empty(),
            // "1." or "1)" at the start of a line begins a numbered list.
            '.' | ')' => !before.is_empty() && before.bytes().all(|b| b.is_ascii_digit()),
            _ => false,
        };
        if structure {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
