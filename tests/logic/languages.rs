//! The languages the interface speaks: how a choice is stored and read back, and that
//! each catalogue is the one for its language.

use dekom::i18n::{texts, Lang};
use dekom::model::instruments::instruments;
use dekom::model::{model, Citation};

#[test]
fn a_stored_tag_reads_back_as_its_language() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
    let tags: Vec<_> = Lang::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(tags, ["nb", "nn", "da", "en"]);
}

#[test]
fn an_unknown_or_damaged_tag_is_no_language() {
    for tag in ["", "NB", "no", "sv", "nb-NO", " nb", "{\"lang\":\"nn\"}"] {
        assert_eq!(Lang::from_tag(tag), None, "{tag:?}");
    }
    assert_eq!(Lang::default(), Lang::Nb);
}

#[test]
fn each_catalogue_belongs_to_its_language() {
    for lang in Lang::ALL {
        assert_eq!(texts(lang).lang, lang);
    }
    // The names a reader looks for in the menu, and the app's name, differ in each language.
    let names: Vec<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names, ["Norsk bokmål", "Norsk nynorsk", "Dansk", "English"]);
    let app_names: std::collections::HashSet<_> =
        Lang::ALL.iter().map(|&l| texts(l).app_name).collect();
    assert_eq!(app_names.len(), 4);
}

#[test]
fn the_danish_interface_uses_the_danish_phase_names() {
    let da = model(Lang::Da);
    let names: Vec<_> = da.phases.iter().map(|p| p.name).collect();
    assert_eq!(
        names,
        [
            "Iscenesættelse",
            "Initiering",
            "Implementering",
            "Institutionalisering"
        ]
    );
    for p in da.phases.iter() {
        assert_eq!(p.name, p.vocabulary.danish);
    }
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let date = |lang: Lang| (texts(lang).format_date)("2026-02-11T08:00:00Z");
    assert_eq!(date(Lang::Nb), "11.02.2026");
    assert_eq!(date(Lang::Nn), "11.02.2026");
    assert_eq!(date(Lang::Da), "11.02.2026");
    assert_eq!(date(Lang::En), "11 Feb 2026");
    assert_eq!((texts(Lang::En).format_date)("2026-13-01"), "2026-13-01");
    assert_eq!((texts(Lang::En).format_date)("i går"), "i går");
}

/// Every text of the self-assessment instruments, with where it sits.
fn instrument_strings(lang: Lang) -> Vec<(String, String)> {
    let i = instruments(lang);
    let mut out = Vec::new();
    let cite = |at: &str, c: &Citation, out: &mut Vec<(String, String)>| {
        out.push((format!("{at} authors"), c.authors.to_string()));
        out.push((format!("{at} point"), c.point.to_string()));
    };
    for (at, s) in [
        ("capacity", &i.capacity),
        ("critical_factors", &i.critical_factors),
        ("learning_community", &i.learning_community),
    ] {
        out.push((format!("{at} name"), s.name.to_string()));
        out.push((format!("{at} intro"), s.intro.to_string()));
        cite(at, &s.citation, &mut out);
        for d in s.dimensions {
            out.push((format!("{at} dimension"), d.name.to_string()));
            for r in d.items {
                out.push((format!("{at} {} id", r.id), r.id.to_string()));
                for (k, v) in [
                    ("name", r.name),
                    ("text", r.text),
                    ("low", r.low),
                    ("high", r.high),
                ] {
                    out.push((format!("{at} {} {k}", r.id), v.to_string()));
                }
            }
        }
    }
    let r = &i.readiness;
    out.push(("readiness name".into(), (r.name)(1, "X")));
    for (k, v) in [("intro", r.intro), ("low", r.low), ("high", r.high)] {
        out.push((format!("readiness {k}"), v.to_string()));
    }
    cite("readiness", &r.citation, &mut out);
    let l = &i.levels_of_use;
    out.push(("levels name".into(), l.name.to_string()));
    out.push(("levels intro".into(), l.intro.to_string()));
    cite("levels", &l.citation, &mut out);
    for level in &l.levels {
        out.push((format!("level {} mark", level.mark), level.mark.to_string()));
        out.push((format!("level {} name", level.mark), level.name.to_string()));
    }
    out
}

#[test]
fn every_instrument_is_complete_and_translated_in_every_language() {
    let nb = instrument_strings(Lang::Nb);
    // Equal to the Bokmål by right: ids, level marks, names of people, and terms the
    // language spells exactly as Bokmål does.
    let same_by_right = |lang: Lang, at: &str, s: &str| {
        at.ends_with(" id")
            || at.ends_with(" mark")
            || at.ends_with(" authors")
            || match lang {
                Lang::Nn => [
                    "Kapasitet",
                    "Den einskilde",
                    "Organisasjonen",
                    "Kompetanse",
                    "Motivasjon",
                    "Folk",
                    "Infrastruktur",
                    "Psykologisk klima",
                    "Langt under behovet",
                    "Fast del av arbeidet",
                    "Implementeringsteam",
                    "Implementeringsplan",
                    "Ingen har ansvaret",
                    "Profesjonelt læringsfellesskap",
                    "Kollektivt ansvar",
                    "Samarbeid",
                    "Fast og systematisk",
                    "Mest om læring",
                    "Lite ny læring",
                    "Skjer nesten aldri",
                    "Lite felles retning",
                    "Klar og delt retning",
                    "Inkludering, tillit og nettverk",
                    "Mest praktiske saker",
                    "Stor lyst, ser klar nytte",
                    "Lite rom for feil",
                    "Klar for fase 1: X",
                    "Godt på plass",
                    "Orientering",
                    "Mekanisk bruk",
                    "Rutine",
                    "Integrering",
                    "Lite eller berre kurs",
                ]
                .contains(&s),
                Lang::Da => [
                    "Den enkelte",
                    "Infrastruktur",
                    "Ledelse",
                    "Psykologisk klima",
                    "Partnere",
                    "Implementeringsteam",
                    "Implementeringsplan",
                    "Ingen har ansvaret",
                    "Kollektivt ansvar",
                    "Fast og systematisk",
                    "Mest om læring",
                    "Klar og delt retning",
                    "Faste og aktive partnere",
                    "Hviler på én eller to",
                    "Mange bærer det sammen",
                    "Ingen faste strukturer",
                    "Langt under behovet",
                    "Stor lyst, ser klar nytte",
                    "Orientering",
                    "Forberedelse",
                    "Rutine",
                    "Fornyelse",
                    "Hver har sine elever",
                    "Utydelig og sporadisk",
                    "Mangler det meste",
                    "Kritiske faktorer",
                    "Et team med klart mandat",
                    "Støttesystemer",
                    "Ingen skriftlig plan",
                    "Læring hos den enkelte og gruppen",
                ]
                .contains(&s),
                Lang::Nb | Lang::En => false,
            }
    };
    let mut problems = Vec::new();
    for lang in [Lang::Nn, Lang::Da, Lang::En] {
        let translated = instrument_strings(lang);
        assert_eq!(
            translated.len(),
            nb.len(),
            "{lang:?} has another number of texts than Bokmål"
        );
        for ((at, s), (nb_at, b)) in translated.iter().zip(nb.iter()) {
            if at != nb_at {
                problems.push(format!("{lang:?} has {at} where Bokmål has {nb_at}"));
            } else if s.trim().is_empty() && !b.is_empty() {
                problems.push(format!("{lang:?} {at} is missing"));
            } else if s == b && !s.is_empty() && !same_by_right(lang, at, s) {
                problems.push(format!("{lang:?} {at} is still Bokmål: {s}"));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_assessment_pages_speak_each_language() {
    let strings = |lang: Lang| {
        let a = &texts(lang).assessment;
        vec![
            a.nav,
            a.title,
            a.intro,
            a.open,
            a.new_snapshot,
            a.none_yet,
            a.date,
            a.no_date,
            a.respondents,
            a.mean,
            a.change,
            a.staff,
            a.actions,
            a.note,
            a.how_to,
            a.how_to_levels,
            a.dont_know,
            a.no_ratings,
            a.back,
            a.not_found,
            a.charts_title,
            a.radar_caption,
            a.item,
            a.level,
            a.trend_caption,
            a.levels_caption,
        ]
        .into_iter()
        .map(String::from)
        .chain([
            (a.deleted)("K", "1.1.2026"),
            (a.stats)("3,0", "1,0", 2, 4, 5),
            (a.overall)("3,0", 5),
            (a.staff_total)(5),
            (a.radar_summary)("3,0", Some("2,0")),
            (a.levels_summary)("1.1.2026", 5, 2),
        ])
        .collect::<Vec<_>>()
    };
    let same_by_right = |lang: Lang, s: &str| match lang {
        Lang::Nn => [
            "Ny vurdering",
            "Dato",
            "Snitt",
            "Endring",
            "Notat",
            "Utvikling",
            "Område",
            "Nivå",
        ]
        .contains(&s),
        Lang::Da => ["Dato", "Handlinger", "Område"].contains(&s),
        _ => false,
    };
    let nb = strings(Lang::Nb);
    let mut problems = Vec::new();
    for lang in [Lang::Nn, Lang::Da, Lang::En] {
        for (s, b) in strings(lang).iter().zip(&nb) {
            if s.trim().is_empty() || (s == b && !same_by_right(lang, s)) {
                problems.push(format!("{lang:?}: {s:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "missing or still Bokmål:\n{}",
        problems.join("\n")
    );
}
