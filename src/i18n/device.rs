//! Texts about the app on this device: new versions, offline use, privacy, and deleting
//! everything the app keeps here.

pub struct DeviceTexts {
    pub update_ready: &'static str,
    pub update_reload: &'static str,

    pub privacy_nav: &'static str,
    pub privacy_title: &'static str,
    pub privacy_what_title: &'static str,
    pub privacy_what: &'static str,
    pub privacy_where_title: &'static str,
    pub privacy_where: &'static str,
    pub privacy_leaves_title: &'static str,
    pub privacy_leaves: &'static str,
    pub erase_title: &'static str,
    pub erase_explain: &'static str,
    pub erase_button: &'static str,
    pub erase_question: &'static str,
    pub erase_consequence: fn(usize) -> String,
    pub erase_confirm: &'static str,
    pub erased: fn(usize) -> String,
}

pub const NB: DeviceTexts = DeviceTexts {
    update_ready: "En ny versjon av appen er klar. Alt du har skrevet er lagret.",
    update_reload: "Last inn ny versjon",

    privacy_nav: "Personvern",
    privacy_title: "Personvern og data",
    privacy_what_title: "Hva appen lagrer",
    privacy_what: "Planene dere skriver: skolens navn, ideen, avkrysninger, notater, ansvarlige, frister og svar. Skriv ikke opplysninger om enkeltelever her. Appen bruker ingen informasjonskapsler (cookies), ingen innlogging og ingen statistikk om bruken.",
    privacy_where_title: "Hvor det lagres",
    privacy_where: "Bare i denne nettleseren på denne maskinen (nettleserens lokale lagring, localStorage). Appens egne filer ligger også i nettleserens hurtigbuffer, slik at den virker uten nett; de inneholder ingen av dataene deres.",
    privacy_leaves_title: "Når data forlater maskinen",
    privacy_leaves: "Aldri av seg selv. Appen sender ingenting over nettet. Data forlater maskinen bare når dere selv eksporterer en plan, laster ned en sak eller skriver ut. Ta vare på slike filer som andre dokumenter fra skolen.",
    erase_title: "Slett alt på denne maskinen",
    erase_explain: "På en delt maskin, for eksempel etter et verksted, kan dere slette alt appen har lagret i denne nettleseren. Eksporter planene først hvis dere vil ta vare på dem.",
    erase_button: "Slett alle data på denne maskinen",
    erase_question: "Slette alt appen har lagret her?",
    erase_consequence: |n| match n {
        0 => "Det finnes ingen planer her, men innstillinger og uleselige kopier slettes. Dette kan ikke angres.".into(),
        1 => "Den ene planen i denne nettleseren slettes for godt. Dette kan ikke angres.".into(),
        n => format!("Alle {n} planene i denne nettleseren slettes for godt. Dette kan ikke angres."),
    },
    erase_confirm: "Ja, slett alt",
    erased: |n| match n {
        1 => "Slettet. 1 plan og alle innstillinger er fjernet fra denne nettleseren.".into(),
        n => format!("Slettet. {n} planer og alle innstillinger er fjernet fra denne nettleseren."),
    },
};
