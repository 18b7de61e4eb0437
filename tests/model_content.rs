//! Native checks on the static model content (ids, counts, shape of the text).

use dekom::i18n::Lang;
use dekom::model::{model, Citation, Item, Model};
use std::collections::HashSet;

fn all() -> &'static Model {
    model(Lang::Nb)
}

/// Every string in the model, with a label saying where it sits.
fn strings(m: &Model) -> Vec<(String, &'static str)> {
    let mut out = vec![("intro".to_string(), m.intro), ("idea_help".to_string(), m.idea_help)];
    for (i, f) in m.focus_examples.iter().enumerate() {
        out.push((format!("focus_examples[{i}]"), *f));
    }
    let cite = |out: &mut Vec<(String, &'static str)>, at: &str, c: &Citation| {
        out.push((format!("{at} authors"), c.authors));
        out.push((format!("{at} {} point", c.authors), c.point));
    };
    for c in m.research {
        cite(&mut out, "research", c);
    }
    for p in m.phases.iter() {
        let at = format!("phase {}", p.number);
        for (k, v) in [
            ("name", p.name),
            ("fos", p.vocabulary.fos),
            ("danish", p.vocabulary.danish),
            ("nirn", p.vocabulary.nirn),
            ("fullan", p.vocabulary.fullan),
            ("purpose", p.purpose),
            ("drivers", p.drivers),
            ("when_rushed", p.when_rushed),
        ] {
            out.push((format!("{at} {k}"), v));
        }
        for it in p.activities.iter().chain(p.questions.iter()) {
            out.push((format!("{at} {} id", it.id), it.id));
            out.push((format!("{at} {} text", it.id), it.text));
            out.push((format!("{at} {} help", it.id), it.help));
        }
        for c in p.research {
            cite(&mut out, &at, c);
        }
    }
    out
}

fn items(m: &Model) -> impl Iterator<Item = &'static Item> + '_ {
    m.phases.iter().flat_map(|p| p.activities.iter().chain(p.questions.iter()))
}

#[test]
fn phases_are_numbered_one_to_four() {
    let m = all();
    let numbers: Vec<u8> = m.phases.iter().map(|p| p.number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4]);
    for n in 1..=4 {
        assert_eq!(m.phase(n).map(|p| p.number), Some(n));
    }
    assert!(m.phase(0).is_none() && m.phase(5).is_none());
}

#[test]
fn ids_are_unique_and_well_formed() {
    let m = all();
    let mut seen = HashSet::new();
    for p in m.phases.iter() {
        for (kind, list) in [("a", p.activities), ("q", p.questions)] {
            let prefix = format!("f{}-{}-", p.number, kind);
            for it in list {
                assert!(seen.insert(it.id), "duplicate id {}", it.id);
                assert!(it.id.starts_with(&prefix), "{} should start with {prefix}", it.id);
                let rest = &it.id[prefix.len()..];
                assert!(!rest.is_empty(), "{} has nothing after its prefix", it.id);
                assert!(
                    it.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                    "{} is not ascii kebab-case",
                    it.id
                );
                assert!(!it.id.ends_with('-') && !it.id.contains("--"), "{} is malformed", it.id);
            }
        }
    }
    assert_eq!(seen.len(), items(m).count());
}

#[test]
fn counts_per_phase() {
    for p in all().phases.iter() {
        let (a, q, r) = (p.activities.len(), p.questions.len(), p.research.len());
        assert!((7..=10).contains(&a), "phase {} has {a} activities", p.number);
        assert!((5..=7).contains(&q), "phase {} has {q} questions", p.number);
        assert!((2..=4).contains(&r), "phase {} has {r} citations", p.number);
    }
    let m = all();
    assert!((6..=10).contains(&m.research.len()));
    assert!((5..=7).contains(&m.focus_examples.len()));
}

#[test]
fn texts_are_present_and_single_line() {
    let m = all();
    for (at, s) in strings(m) {
        assert!(!s.contains('\n') && !s.contains('\r'), "{at} contains a line break");
        assert!(!s.contains('"'), "{at} uses straight quotes; use « »");
        assert_eq!(s, s.trim(), "{at} has leading or trailing whitespace");
        assert!(!s.contains("  "), "{at} has a double space");
        let optional = at.ends_with(" help") && at.contains("-q-");
        assert!(optional || !s.is_empty(), "{at} is empty");
    }
}

#[test]
fn activities_are_short_and_explained() {
    for p in all().phases.iter() {
        for a in p.activities {
            let n = a.text.chars().count();
            assert!(n <= 90, "{} is {n} characters long", a.id);
            assert!(!a.help.is_empty(), "{} has no help", a.id);
            assert!(!a.text.ends_with('.'), "{} should be a short imperative, no full stop", a.id);
        }
        for q in p.questions {
            assert!(q.text.ends_with('?'), "{} should be a question", q.id);
        }
    }
}

#[test]
fn citations_are_plausible() {
    let m = all();
    let phase_cites = m.phases.iter().flat_map(|p| p.research.iter());
    for c in m.research.iter().chain(phase_cites) {
        assert!((1950..=2030).contains(&c.year), "{} has year {}", c.authors, c.year);
        assert!(c.point.ends_with('.'), "{} point should be a sentence", c.label());
    }
    assert_eq!(m.research[0].label(), format!("{} ({})", m.research[0].authors, m.research[0].year));
    // Model-level citations add to the phases; the same work and point twice is a copy slip.
    for c in m.research {
        for p in m.phases.iter() {
            assert!(!p.research.contains(c), "{} repeats a phase citation verbatim", c.label());
        }
    }
}
