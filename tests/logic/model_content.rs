//! Native checks on the static model content (ids, counts, shape of the text) in every
//! language, and that each translation matches the Bokmål it was made from.

use dekom::i18n::Lang;
use dekom::model::{model, Citation, Item, Model, Phase};
use std::collections::HashSet;

/// The model in every language, each with its language for messages.
fn all() -> impl Iterator<Item = (Lang, &'static Model)> {
    Lang::ALL.into_iter().map(|lang| (lang, model(lang)))
}

/// Every string in the model, with a label saying where it sits.
fn strings(m: &Model) -> Vec<(String, &'static str)> {
    let mut out = vec![
        ("intro".to_string(), m.intro),
        ("idea_help".to_string(), m.idea_help),
    ];
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
    m.phases
        .iter()
        .flat_map(|p| p.activities.iter().chain(p.questions.iter()))
}

#[test]
fn phases_are_numbered_one_to_four() {
    for (_, m) in all() {
        let numbers: Vec<u8> = m.phases.iter().map(|p| p.number).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4]);
        for n in 1..=4 {
            assert_eq!(m.phase(n).map(|p| p.number), Some(n));
        }
        assert!(m.phase(0).is_none() && m.phase(5).is_none());
    }
}

#[test]
fn ids_are_unique_and_well_formed() {
    for (_, m) in all() {
        let mut seen = HashSet::new();
        for p in m.phases.iter() {
            for (kind, list) in [("a", p.activities), ("q", p.questions)] {
                let prefix = format!("f{}-{}-", p.number, kind);
                for it in list {
                    assert!(seen.insert(it.id), "duplicate id {}", it.id);
                    assert!(
                        it.id.starts_with(&prefix),
                        "{} should start with {prefix}",
                        it.id
                    );
                    let rest = &it.id[prefix.len()..];
                    assert!(!rest.is_empty(), "{} has nothing after its prefix", it.id);
                    assert!(
                        it.id
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                        "{} is not ascii kebab-case",
                        it.id
                    );
                    assert!(
                        !it.id.ends_with('-') && !it.id.contains("--"),
                        "{} is malformed",
                        it.id
                    );
                }
            }
        }
        assert_eq!(seen.len(), items(m).count());
    }
}

#[test]
fn counts_per_phase() {
    for (_, m) in all() {
        for p in m.phases.iter() {
            let (a, q, r) = (p.activities.len(), p.questions.len(), p.research.len());
            assert!(
                (7..=10).contains(&a),
                "phase {} has {a} activities",
                p.number
            );
            assert!((5..=7).contains(&q), "phase {} has {q} questions", p.number);
            assert!((2..=4).contains(&r), "phase {} has {r} citations", p.number);
        }
        assert!((6..=10).contains(&m.research.len()));
        assert!((5..=7).contains(&m.focus_examples.len()));
    }
}

#[test]
fn texts_are_present_and_single_line() {
    for (lang, m) in all() {
        for (at, s) in strings(m) {
            let at = format!("{lang:?} {at}");
            assert!(
                !s.contains('\n') && !s.contains('\r'),
                "{at} contains a line break"
            );
            assert!(!s.contains('"'), "{at} uses straight quotes; use « »");
            assert_eq!(s, s.trim(), "{at} has leading or trailing whitespace");
            assert!(!s.contains("  "), "{at} has a double space");
            let optional = at.ends_with(" help") && at.contains("-q-");
            assert!(optional || !s.is_empty(), "{at} is empty");
        }
    }
}

#[test]
fn activities_are_short_and_explained() {
    for (lang, m) in all() {
        for p in m.phases.iter() {
            for a in p.activities {
                let n = a.text.chars().count();
                assert!(n <= 90, "{lang:?} {} is {n} characters long", a.id);
                assert!(!a.help.is_empty(), "{} has no help", a.id);
                assert!(
                    !a.text.ends_with('.'),
                    "{} should be a short imperative, no full stop",
                    a.id
                );
            }
            for q in p.questions {
                assert!(q.text.ends_with('?'), "{} should be a question", q.id);
            }
        }
    }
}

#[test]
fn citations_are_plausible() {
    for (_, m) in all() {
        let phase_cites = m.phases.iter().flat_map(|p| p.research.iter());
        for c in m.research.iter().chain(phase_cites) {
            assert!(
                (1950..=2030).contains(&c.year),
                "{} has year {}",
                c.authors,
                c.year
            );
            assert!(
                c.point.ends_with('.'),
                "{} point should be a sentence",
                c.label()
            );
        }
        assert_eq!(
            m.research[0].label(),
            format!("{} ({})", m.research[0].authors, m.research[0].year)
        );
        // Model-level citations add to the phases; the same work and point twice is a copy slip.
        for c in m.research {
            for p in m.phases.iter() {
                assert!(
                    !p.research.contains(c),
                    "{} repeats a phase citation verbatim",
                    c.label()
                );
            }
        }
    }
}

/// Every citation in the model, model-level first, then phase by phase.
fn citations(m: &Model) -> Vec<&'static Citation> {
    m.research
        .iter()
        .chain(m.phases.iter().flat_map(|p| p.research.iter()))
        .collect()
}

#[test]
fn every_language_has_the_same_ids_and_works() {
    let nb = model(Lang::Nb);
    let ids = |m: &Model| items(m).map(|it| it.id).collect::<Vec<_>>();
    let shape = |p: &Phase| {
        (
            p.number,
            p.activities.len(),
            p.questions.len(),
            p.vocabulary.danish,
        )
    };
    // The first author's surname and the year name a work; "mfl." and "og" are translated.
    let works = |m: &Model| {
        citations(m)
            .iter()
            .map(|c| (c.authors.split(' ').next().unwrap_or(""), c.year))
            .collect::<Vec<_>>()
    };
    for (lang, m) in all() {
        assert_eq!(
            ids(m),
            ids(nb),
            "{lang:?} activities and questions differ from Bokmål"
        );
        for (p, q) in m.phases.iter().zip(nb.phases.iter()) {
            assert_eq!(
                shape(p),
                shape(q),
                "{lang:?} phase {} differs in shape",
                p.number
            );
        }
        assert_eq!(
            works(m),
            works(nb),
            "{lang:?} cites other works than Bokmål"
        );
        assert_eq!(
            m.focus_examples.len(),
            nb.focus_examples.len(),
            "{lang:?} focus examples"
        );
        for (it, nb_it) in items(m).zip(items(nb)) {
            assert_eq!(
                it.help.is_empty(),
                nb_it.help.is_empty(),
                "{lang:?} {} has help in one language only",
                it.id
            );
        }
    }
}

#[test]
fn translations_differ_from_bokmaal() {
    let nb = strings(model(Lang::Nb));
    // Equal to the Bokmål by right: ids, people's names, the Danish model's phase names,
    // and terms Nynorsk or Danish spell exactly as Bokmål does.
    let same_by_right = |lang: Lang, at: &str, s: &str| {
        at.ends_with(" id")
            || at.ends_with(" authors")
            || at.ends_with(" danish")
            || s.is_empty()
            || match lang {
                Lang::Nn => [
                    "Beredskap",
                    "Involvere og organisere",
                    "Konsolidering og drift",
                    "Initiering",
                    "Implementering",
                    "Utforsking (exploration)",
                    "Aktiv implementering (implementation)",
                    "Vurdering for læring",
                    "Sosial og emosjonell læring",
                ]
                .contains(&s),
                Lang::Da => [
                    "Initiering",
                    "Implementering",
                    "Forberedelse (installation)",
                    "Aktiv implementering (implementation)",
                    "Konsolidering og daglig drift",
                    "Klasseledelse",
                ]
                .contains(&s),
                Lang::Nb | Lang::En => false,
            }
    };
    let mut untranslated = Vec::new();
    for lang in [Lang::Nn, Lang::Da, Lang::En] {
        let translated = strings(model(lang));
        assert_eq!(translated.len(), nb.len());
        for ((at, s), (_, b)) in translated.iter().zip(nb.iter()) {
            if s == b && !same_by_right(lang, at, s) {
                untranslated.push(format!("{lang:?} {at}: {s}"));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "still Bokmål:\n{}",
        untranslated.join("\n")
    );
}
