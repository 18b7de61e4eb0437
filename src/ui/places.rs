//! Where in a plan a path points, in the user's words: the part of the plan ("Fase 2",
//! "Milepælsplan") and the item in it (a question, an activity, a milestone).

use crate::i18n::Texts;
use crate::model::Model;
use crate::plan::incoming::Place;
use crate::plan::sync::{segments, Segment};
use crate::plan::Plan;

/// The part of the plan, as a heading.
pub fn part(place: &Place, t: &Texts) -> String {
    match place {
        Place::Plan => t.safety.plan_field.to_string(),
        Place::Phase(n) => (t.safety.phase)(*n),
        Place::Tool(tool) => tool_name(tool, t).to_string(),
        Place::Assessments => t.assessment.nav.to_string(),
        Place::Other => String::new(),
    }
}

/// "Fase 2: Hvem skal være med?", "Milepælsplan: Oppstart".
pub fn place(plan: &Plan, path: &str, t: &Texts, model: &Model) -> String {
    let part = part(&crate::plan::incoming::place(path), t);
    match item(plan, path, t, model) {
        Some(item) if !part.is_empty() => format!("{part}: {item}"),
        Some(item) => item,
        None if part.is_empty() => path.to_string(),
        None => part,
    }
}

fn tool_name(tool: &str, t: &Texts) -> &'static str {
    let p = &t.planning;
    match tool {
        "group" => p.group_title,
        "milestones" => p.milestones_title,
        "wheel" => p.wheel_title,
        "barriers" => p.barriers_title,
        "forces" => p.forces_title,
        "components" => p.components_title,
        "measurements" => p.measurements_title,
        "decisions" => p.decisions_title,
        _ => "",
    }
}

/// The item within its part, where it has a name of its own: a plan field's label, a
/// phase's question or activity, a milestone's title.
pub fn item(plan: &Plan, path: &str, t: &Texts, model: &Model) -> Option<String> {
    let segs = segments(path);
    let key = |i: usize| match segs.get(i) {
        Some(Segment::Key(k)) => k.as_str(),
        _ => "",
    };
    let item = |i: usize| match segs.get(i) {
        Some(Segment::Item(id)) => id.as_str(),
        _ => "",
    };
    match (segs.first(), segs.get(1)) {
        (Some(Segment::Key(top)), None) => Some(
            match top.as_str() {
                "name" => t.rename_label,
                "school" => t.school,
                "municipality" => t.municipality,
                "idea" => t.idea,
                "focus_area" => t.focus_area,
                other => other,
            }
            .to_string(),
        ),
        (Some(Segment::Key(top)), Some(Segment::Index(i))) if top == "phases" => {
            let n = u8::try_from(*i + 1).unwrap_or(0);
            let phase = plan.phase(n);
            let model_phase = model.phase(n);
            let named = |id: &str| {
                model_phase
                    .and_then(|m| {
                        m.activities
                            .iter()
                            .chain(m.questions)
                            .find(|x| x.id == id)
                            .map(|x| x.text.to_string())
                    })
                    .or_else(|| {
                        phase.and_then(|p| {
                            p.own_activities
                                .iter()
                                .chain(&p.own_questions)
                                .find(|o| o.id == id)
                                .map(|o| o.text.clone())
                        })
                    })
                    .unwrap_or_else(|| t.safety.own_item.to_string())
            };
            Some(match key(2) {
                "status" => t.backup.status.to_string(),
                "answers" => named(key(3)),
                "activities" => match key(4) {
                    "" => named(key(3)),
                    field => {
                        let field = match field {
                            "note" => t.safety.note,
                            "responsible" => t.safety.responsible,
                            other => other,
                        };
                        format!("{} ({field})", named(key(3)))
                    }
                },
                _ => named(item(3)),
            })
        }
        (Some(Segment::Key(top)), Some(Segment::Key(_))) if top == "planning" => plan
            .planning
            .milestones
            .iter()
            .find(|m| m.id == item(2))
            .map(|m| m.what.trim().to_string())
            .filter(|s| !s.is_empty()),
        _ => None,
    }
}
