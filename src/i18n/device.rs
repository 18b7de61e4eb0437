//! Texts about the app on this device: new versions, offline use, privacy, and deleting
//! everything the app keeps here.

pub struct DeviceTexts {
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub chunk_failed: &'static str,
    pub chunk_retry: &'static str,

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
    chunk_failed: "Denne delen av appen kunne ikke lastes ned. Sjekk nettforbindelsen og prøv igjen. Alt du har skrevet, er lagret.",
    chunk_retry: "Prøv igjen",

    privacy_nav: "Personvern",
    privacy_title: "Personvern og data",
    privacy_what_title: "Hva appen lagrer",
    privacy_what: "Planene dere skriver: skolens navn, ideen, avkrysninger, notater, ansvarlige, frister og svar. Skriv ikke opplysninger om enkeltelever her. Appen bruker ingen informasjonskapsler (cookies), ingen innlogging og ingen statistikk om bruken.",
    privacy_where_title: "Hvor det lagres",
    privacy_where: "Bare i denne nettleseren på denne maskinen (nettleserens lokale database, IndexedDB; språkvalget i localStorage). Appens egne filer ligger også i nettleserens hurtigbuffer, slik at den virker uten nett; de inneholder ingen av dataene deres.",
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

pub const NN: DeviceTexts = DeviceTexts {
    update_ready: "Ein ny versjon av appen er klar. Alt du har skrive, er lagra.",
    update_reload: "Last inn ny versjon",
    chunk_failed: "Denne delen av appen kunne ikkje lastast ned. Sjekk nettsambandet og prøv igjen. Alt du har skrive, er lagra.",
    chunk_retry: "Prøv igjen",

    privacy_nav: "Personvern",
    privacy_title: "Personvern og data",
    privacy_what_title: "Kva appen lagrar",
    privacy_what: "Planane de skriv: namnet på skulen, ideen, avkryssingar, notat, ansvarlege, fristar og svar. Skriv ikkje opplysningar om einskildelevar her. Appen brukar ingen informasjonskapslar (cookies), inga innlogging og ingen statistikk om bruken.",
    privacy_where_title: "Kvar det blir lagra",
    privacy_where: "Berre i denne nettlesaren på denne maskina (den lokale databasen i nettlesaren, IndexedDB; språkvalet i localStorage). Filene til appen ligg òg i mellomlageret til nettlesaren, slik at han verkar utan nett; dei inneheld ingen av dataa dykkar.",
    privacy_leaves_title: "Når data forlèt maskina",
    privacy_leaves: "Aldri av seg sjølv. Appen sender ingenting over nettet. Data forlèt maskina berre når de sjølve eksporterer ein plan, lastar ned ei sak eller skriv ut. Ta vare på slike filer som andre dokument frå skulen.",
    erase_title: "Slett alt på denne maskina",
    erase_explain: "På ei delt maskin, til dømes etter ein workshop, kan de slette alt appen har lagra i denne nettlesaren. Eksporter planane først om de vil ta vare på dei.",
    erase_button: "Slett alle data på denne maskina",
    erase_question: "Slette alt appen har lagra her?",
    erase_consequence: |n| match n {
        0 => "Det finst ingen planar her, men innstillingar og ulesande kopiar blir sletta. Dette kan ikkje angrast.".into(),
        1 => "Den eine planen i denne nettlesaren blir sletta for godt. Dette kan ikkje angrast.".into(),
        n => format!("Alle dei {n} planane i denne nettlesaren blir sletta for godt. Dette kan ikkje angrast."),
    },
    erase_confirm: "Ja, slett alt",
    erased: |n| match n {
        1 => "Sletta. 1 plan og alle innstillingar er fjerna frå denne nettlesaren.".into(),
        n => format!("Sletta. {n} planar og alle innstillingar er fjerna frå denne nettlesaren."),
    },
};

pub const DA: DeviceTexts = DeviceTexts {
    update_ready: "En ny version af appen er klar. Alt, hvad du har skrevet, er gemt.",
    update_reload: "Indlæs ny version",
    chunk_failed: "Denne del af appen kunne ikke hentes. Tjek netforbindelsen, og prøv igen. Alt, hvad du har skrevet, er gemt.",
    chunk_retry: "Prøv igen",

    privacy_nav: "Privatliv",
    privacy_title: "Privatliv og data",
    privacy_what_title: "Hvad appen gemmer",
    privacy_what: "De planer, I skriver: skolens navn, idéen, afkrydsninger, noter, ansvarlige, frister og svar. Skriv ikke oplysninger om enkelte elever her. Appen bruger ingen cookies, intet login og ingen statistik om brugen.",
    privacy_where_title: "Hvor det gemmes",
    privacy_where: "Kun i denne browser på denne computer (browserens lokale database, IndexedDB; sprogvalget i localStorage). Appens egne filer ligger også i browserens cache, så den virker uden net; de indeholder ingen af jeres data.",
    privacy_leaves_title: "Hvornår data forlader computeren",
    privacy_leaves: "Aldrig af sig selv. Appen sender intet over nettet. Data forlader kun computeren, når I selv eksporterer en plan, henter en sag eller udskriver. Pas på sådanne filer som på andre dokumenter fra skolen.",
    erase_title: "Slet alt på denne computer",
    erase_explain: "På en delt computer, for eksempel efter en workshop, kan I slette alt, hvad appen har gemt i denne browser. Eksportér planerne først, hvis I vil beholde dem.",
    erase_button: "Slet alle data på denne computer",
    erase_question: "Slette alt, hvad appen har gemt her?",
    erase_consequence: |n| match n {
        0 => "Der er ingen planer her, men indstillinger og ulæselige kopier slettes. Det kan ikke fortrydes.".into(),
        1 => "Den ene plan i denne browser slettes for altid. Det kan ikke fortrydes.".into(),
        n => format!("Alle {n} planer i denne browser slettes for altid. Det kan ikke fortrydes."),
    },
    erase_confirm: "Ja, slet alt",
    erased: |n| match n {
        1 => "Slettet. 1 plan og alle indstillinger er fjernet fra denne browser.".into(),
        n => format!("Slettet. {n} planer og alle indstillinger er fjernet fra denne browser."),
    },
};

pub const EN: DeviceTexts = DeviceTexts {
    update_ready: "A new version of the app is ready. Everything you have written is saved.",
    update_reload: "Load the new version",
    chunk_failed: "This part of the app could not be downloaded. Check the connection and try again. Everything you have written is saved.",
    chunk_retry: "Try again",

    privacy_nav: "Privacy",
    privacy_title: "Privacy and data",
    privacy_what_title: "What the app stores",
    privacy_what: "The plans you write: the school's name, the idea, ticks, notes, who is responsible, deadlines and answers. Do not write anything about individual pupils here. The app uses no cookies, no login and no usage statistics.",
    privacy_where_title: "Where it is stored",
    privacy_where: "Only in this browser on this computer (the browser's local database, IndexedDB; the language choice in localStorage). The app's own files are also kept in the browser's cache so that it works offline; they contain none of your data.",
    privacy_leaves_title: "When data leaves the computer",
    privacy_leaves: "Never by itself. The app sends nothing over the network. Data only leaves the computer when you export a plan, download a case or print. Look after such files as you would any other school document.",
    erase_title: "Delete everything on this computer",
    erase_explain: "On a shared computer, for example after a workshop, you can delete everything the app has stored in this browser. Export the plans first if you want to keep them.",
    erase_button: "Delete all data on this computer",
    erase_question: "Delete everything the app has stored here?",
    erase_consequence: |n| match n {
        0 => "There are no plans here, but settings and unreadable copies will be deleted. This cannot be undone.".into(),
        1 => "The one plan in this browser will be deleted for good. This cannot be undone.".into(),
        n => format!("All {n} plans in this browser will be deleted for good. This cannot be undone."),
    },
    erase_confirm: "Yes, delete everything",
    erased: |n| match n {
        1 => "Deleted. 1 plan and all settings have been removed from this browser.".into(),
        n => format!("Deleted. {n} plans and all settings have been removed from this browser."),
    },
};
