//! The case handout: what one plan's case holds, and the Markdown file made from it —
//! its headings, activities with notes, answers, and text that must not break out.

use dekom::i18n::{texts, Lang};
use dekom::model::{model, Model};
use dekom::plan::handout::{markdown, Case};
use dekom::plan::{ItemKind, PhaseStatus, Plan};

const NOW: &str = "2026-11-22T08:00:00.000Z";

fn m() -> &'static Model {
    model(Lang::Nb)
}

/// A plan with some work in phase 1: the first activity done with a note and who/when,
/// the first question answered, an own activity done and an own question answered.
fn plan() -> Plan {
    let mut p = Plan::new("p1".into(), "Trygt skolemiljø".into(), NOW);
    p.school = "Bø skule".into();
    p.municipality = "Midt-Telemark".into();
    p.idea = "Alle elever hører til.\nFærre konflikter.".into();
    p.focus_area = "Inkluderende læringsmiljø".into();
    let phase = m().phase(1).unwrap();
    let ph = p.phase_mut(1).unwrap();
    ph.status = PhaseStatus::InProgress;
    let first = ph.activity_mut(phase.activities[0].id);
    first.done = true;
    first.note = "To personalmøter i august.".into();
    first.responsible = "Kari Nordmann".into();
    first.due = "2027-03-15".into();
    ph.activity_mut(phase.activities[1].id).responsible = "Ola".into();
    ph.set_answer(
        phase.questions[0].id,
        "Vi startet med elevundersøkelsen.".into(),
    );
    ph.set_answer(phase.questions[1].id, "   ".into());
    ph.add_own(
        ItemKind::Activity,
        "own-a".into(),
        "Felles planleggingsdag".into(),
    );
    ph.activity_mut("own-a").done = true;
    ph.add_own(
        ItemKind::Question,
        "own-q".into(),
        "Hva sier elevrådet?".into(),
    );
    ph.set_answer(
        "own-q",
        "De vil ha flere aktiviteter i friminuttene.".into(),
    );
    p
}

fn md(p: &Plan) -> String {
    markdown(p, m(), texts(Lang::Nb))
}

fn headings(md: &str) -> Vec<&str> {
    md.lines().filter(|l| l.starts_with('#')).collect()
}

/// True when every `c` in `md` is backslash-escaped, so Markdown reads it as itself.
fn all_escaped(md: &str, c: char) -> bool {
    md.char_indices()
        .filter(|&(_, x)| x == c)
        .all(|(i, _)| md[..i].chars().rev().take_while(|&b| b == '\\').count() % 2 == 1)
}

#[test]
fn the_case_splits_activities_into_done_and_open_and_keeps_only_answers() {
    let case = Case::of(&plan(), m(), "Plan uten navn");
    let phase = m().phase(1).unwrap();
    assert_eq!(case.title, "Trygt skolemiljø");
    assert_eq!(case.phases.len(), 4);
    let one = &case.phases[0];
    assert_eq!(
        (one.number, one.name, one.status),
        (1, phase.name, PhaseStatus::InProgress)
    );
    assert_eq!(
        one.done.iter().map(|a| a.text.as_str()).collect::<Vec<_>>(),
        [phase.activities[0].text, "Felles planleggingsdag"]
    );
    assert_eq!(one.done[0].note, "To personalmøter i august.");
    assert_eq!(one.open.len(), phase.activities.len() - 1);
    assert_eq!(
        one.open[0].responsible, "Ola",
        "open activities keep who is responsible"
    );
    assert_eq!(
        one.answers
            .iter()
            .map(|a| a.question.as_str())
            .collect::<Vec<_>>(),
        [phase.questions[0].text, "Hva sier elevrådet?"],
        "blank answers are left out"
    );
    assert_eq!(one.progress.done, 2);
    assert!(case.phases[1].done.is_empty() && case.phases[1].answers.is_empty());
}

#[test]
fn the_markdown_has_a_title_the_idea_and_the_same_headings_for_every_phase() {
    let text = md(&plan());
    assert!(
        text.starts_with("# Trygt skolemiljø\n\nSak til nettverksmøte · Sist endret 22.11.2026\n"),
        "{text}"
    );
    assert!(text.contains("- **Skole:** Bø skule\n- **Kommune:** Midt-Telemark\n- **Fokusområde:** Inkluderende læringsmiljø\n"));
    assert!(text.contains("## Ønsket resultat eller praksisendring\n\nAlle elever hører til.\\\nFærre konflikter.\n"), "lines of the idea stay lines");
    let mut expected = vec![
        "# Trygt skolemiljø",
        "## Ønsket resultat eller praksisendring",
    ];
    for phase in m().phases {
        expected.push(Box::leak(
            format!("## Fase {}: {}", phase.number, phase.name).into_boxed_str(),
        ));
        expected.extend([
            "### Gjort",
            "### Ikke gjort ennå",
            "### Refleksjonsspørsmål",
        ]);
    }
    assert_eq!(headings(&text), expected);
    assert!(text.contains("**Status:** I gang · 2 av "), "{text}");
    assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
}

#[test]
fn done_activities_come_with_their_note_responsible_and_due_date() {
    let text = md(&plan());
    let first = m().phase(1).unwrap().activities[0].text;
    let item = format!("- **{first}**\\\n  Notat: To personalmøter i august.\\\n  Ansvarlig: Kari Nordmann · Frist: 15.03.2027\n");
    assert!(text.contains(&item), "{text}");
    assert!(text.contains("- **Felles planleggingsdag**\n"));
    let done = &text[text.find("### Gjort").unwrap()..text.find("### Ikke gjort ennå").unwrap()];
    assert!(
        done.contains(first) && !done.contains("Ola"),
        "only done activities under «Gjort»"
    );
}

#[test]
fn answers_follow_their_questions_and_unanswered_ones_are_left_out() {
    let text = md(&plan());
    let phase = m().phase(1).unwrap();
    assert!(text.contains(&format!(
        "**{}**\n\nVi startet med elevundersøkelsen.\n",
        phase.questions[0].text
    )));
    assert!(
        text.contains("**Hva sier elevrådet?**\n\nDe vil ha flere aktiviteter i friminuttene.\n")
    );
    assert!(
        !text.contains(phase.questions[1].text),
        "a blank answer is no answer"
    );
}

#[test]
fn empty_parts_say_so() {
    let text = md(&Plan::new("p2".into(), String::new(), NOW));
    assert!(text.starts_with("# Plan uten navn\n"));
    assert!(!text.contains("**Skole:**"), "empty facts are left out");
    assert!(text.contains("## Ønsket resultat eller praksisendring\n\nIkke fylt ut ennå.\n"));
    assert_eq!(
        text.matches("Ingen aktiviteter er krysset av ennå.")
            .count(),
        4
    );
    assert_eq!(text.matches("Ingen spørsmål er besvart ennå.").count(), 4);
    let mut all_done = plan();
    for item in m().phase(2).unwrap().activities {
        all_done.phase_mut(2).unwrap().activity_mut(item.id).done = true;
    }
    assert_eq!(
        md(&all_done).matches("Alle aktivitetene er gjort.").count(),
        1
    );
}

#[test]
fn user_text_cannot_add_structure_or_html() {
    let evil = "<script>alert(1)</script> **fet** _kursiv_ `kode` [lenke](javascript:alert(1)) ![bilde](x.png) |a|b| ~~x~~ &amp; \\";
    let mut p = plan();
    p.name = format!("# {evil}");
    p.school = "- Liste\n# Overskrift".into();
    p.idea = format!("{evil}\n# Falsk overskrift\n\n- falsk punkt\n1. nummerert\n> sitat\n===\n    kodeblokk\n```");
    let ph = p.phase_mut(1).unwrap();
    ph.add_own(ItemKind::Activity, "evil-a".into(), format!("1. {evil}"));
    let evil_a = ph.activity_mut("evil-a");
    evil_a.done = true;
    evil_a.note = format!("Første linje\n## Notat som overskrift\n+ punkt\n\n{evil}");
    evil_a.responsible = "<b>Kari</b>".into();
    ph.add_own(ItemKind::Question, "evil-q".into(), format!("# {evil}"));
    ph.set_answer(
        "evil-q",
        format!("- {evil}\n---\n<img src=x onerror=alert(1)>"),
    );
    let text = md(&p);

    assert_eq!(
        headings(&text).len(),
        2 + 4 * 4,
        "no heading but the app's own:\n{text}"
    );
    for c in ['<', '*', '_', '`', '[', ']', '|', '~'] {
        let user_part = text.replace("**", "");
        assert!(
            all_escaped(&user_part, c),
            "every {c:?} from the plan is escaped:\n{text}"
        );
    }
    assert!(
        !text.contains("&amp;") || text.contains("\\&amp;"),
        "entities stay text"
    );
    assert!(
        text.contains("\\\\\n") || text.contains("\\\\ "),
        "a trailing backslash stays a backslash"
    );
    for line in text.lines() {
        let body = line.trim_start();
        assert!(
            !body.starts_with("> ") && !body.starts_with("===") && !body.starts_with("```"),
            "no block markers: {line:?}"
        );
        assert!(
            !body.starts_with("- ") || body.starts_with("- **"),
            "only the app's list items: {line:?}"
        );
        assert!(
            !body.starts_with("1. ") && !body.starts_with("+ "),
            "no lists from user text: {line:?}"
        );
        assert!(
            !line.starts_with("    "),
            "no code blocks from indentation: {line:?}"
        );
    }
    assert!(
        text.contains(
            "  Notat: Første linje\\\n  \\## Notat som overskrift\\\n  \\+ punkt\\\n  \\<script>"
        ),
        "a note stays inside its item:\n{text}"
    );
    assert!(text.contains("Ansvarlig: \\<b>Kari\\</b>"));
    assert!(
        text.contains("- **1\\. \\<script>"),
        "a number at the start cannot start a list"
    );
}
