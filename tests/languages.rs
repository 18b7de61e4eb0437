//! The languages the interface speaks: how a choice is stored and read back, and that
//! each catalogue is the one for its language.

use dekom::i18n::{texts, Lang};
use dekom::model::model;

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
    let app_names: std::collections::HashSet<_> = Lang::ALL.iter().map(|&l| texts(l).app_name).collect();
    assert_eq!(app_names.len(), 4);
}

#[test]
fn the_danish_interface_uses_the_danish_phase_names() {
    let da = model(Lang::Da);
    let names: Vec<_> = da.phases.iter().map(|p| p.name).collect();
    assert_eq!(names, ["Iscenesættelse", "Initiering", "Implementering", "Institutionalisering"]);
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
