//! The instruments in Norwegian Bokmål.

use super::{Dimension, Instruments, Level, LevelsOfUse, Rated, Readiness, Scale};
use crate::model::Citation;

pub static INSTRUMENTS: Instruments = Instruments {
    capacity: Scale {
        name: "Kapasitet",
        intro: "Hvor godt rustet er skolen til å drive endring? Vurder både det den enkelte ansatte har med seg, og det organisasjonen har på plass. Gjentatt hvert halvår viser vurderingen om kapasiteten vokser.",
        citation: Citation {
            authors: "Flaspohler mfl.",
            year: 2008,
            point: "Kapasitet finnes både hos den enkelte (kompetanse, motivasjon, verdier) og i organisasjonen (folk, infrastruktur, ressurser, ledelse, klima og partnere), og den kan bygges.",
        },
        dimensions: &[
            Dimension {
                name: "Den enkelte",
                items: &[
                    Rated {
                        id: "cap-competence",
                        name: "Kompetanse",
                        text: "De ansatte har kunnskapen og ferdighetene det nye arbeidet krever.",
                        low: "Mangler det meste",
                        high: "Har det som trengs",
                    },
                    Rated {
                        id: "cap-motivation",
                        name: "Motivasjon",
                        text: "De ansatte vil ta i bruk den nye praksisen og ser hva den er god for.",
                        low: "Liten lyst, ser lite nytte",
                        high: "Stor lyst, ser klar nytte",
                    },
                    Rated {
                        id: "cap-values",
                        name: "Verdier",
                        text: "Arbeidet stemmer med det de ansatte mener kjennetegner en god skole.",
                        low: "Strider mot det vi står for",
                        high: "Passer godt med det vi står for",
                    },
                ],
            },
            Dimension {
                name: "Organisasjonen",
                items: &[
                    Rated {
                        id: "cap-people",
                        name: "Folk",
                        text: "Skolen har nok personer med tid og kompetanse til å bære arbeidet.",
                        low: "Hviler på én eller to",
                        high: "Mange bærer det sammen",
                    },
                    Rated {
                        id: "cap-infrastructure",
                        name: "Infrastruktur",
                        text: "Rutiner, møteplasser og verktøy gjør arbeidet mulig i en vanlig uke.",
                        low: "Ingen faste strukturer",
                        high: "Innarbeidet i hverdagen",
                    },
                    Rated {
                        id: "cap-resources",
                        name: "Ressurser",
                        text: "Tid og penger som er satt av, står i forhold til ambisjonene.",
                        low: "Langt under behovet",
                        high: "Godt tilpasset behovet",
                    },
                    Rated {
                        id: "cap-leadership",
                        name: "Ledelse",
                        text: "Ledelsen setter retning, prioriterer og følger opp arbeidet over tid.",
                        low: "Utydelig og sporadisk",
                        high: "Tydelig og vedvarende",
                    },
                    Rated {
                        id: "cap-climate",
                        name: "Psykologisk klima",
                        text: "Det er trygt å prøve noe nytt, gjøre feil og si fra når noe ikke virker.",
                        low: "Lite rom for feil",
                        high: "Trygt å prøve og si fra",
                    },
                    Rated {
                        id: "cap-partners",
                        name: "Partnere",
                        text: "Skolen har partnere utenfra, som PPT eller høgskole, som bidrar aktivt.",
                        low: "Ingen eller bare på papiret",
                        high: "Faste og aktive partnere",
                    },
                ],
            },
        ],
    },
    critical_factors: Scale {
        name: "Kritiske faktorer",
        intro: "Seks forhold går igjen når implementering lykkes. Vurder hvor godt hvert av dem er ivaretatt i arbeidet deres akkurat nå.",
        citation: Citation {
            authors: "Meyers mfl.",
            year: 2012,
            point: "En sammenstilling av 25 rammeverk for implementering peker ut faktorer som nesten alle legger vekt på, fra et eget team til evaluering gjennom hele prosessen.",
        },
        dimensions: &[Dimension {
            name: "",
            items: &[
                Rated {
                    id: "cf-team",
                    name: "Implementeringsteam",
                    text: "En tydelig gruppe har ansvaret for å drive arbeidet og mandat til å gjøre det.",
                    low: "Ingen har ansvaret",
                    high: "Et team med klart mandat",
                },
                Rated {
                    id: "cf-support",
                    name: "Støttesystemer",
                    text: "Det finnes hjelp å få når noe er vanskelig: ressurspersoner, materiell, råd.",
                    low: "Hver og en klarer seg selv",
                    high: "Hjelpen er lett å få",
                },
                Rated {
                    id: "cf-plan",
                    name: "Implementeringsplan",
                    text: "En konkret plan sier hvem som gjør hva og når, og den blir justert underveis.",
                    low: "Ingen skriftlig plan",
                    high: "Plan som brukes og justeres",
                },
                Rated {
                    id: "cf-training",
                    name: "Opplæring og veiledning",
                    text: "De ansatte får opplæring og oppfølging i egen praksis, ikke bare kurs.",
                    low: "Lite eller bare kurs",
                    high: "Opplæring og jevn veiledning",
                },
                Rated {
                    id: "cf-networking",
                    name: "Samspill mellom aktørene",
                    text: "Skolen, skoleeier og partnere snakker jevnlig sammen og deler det de lærer.",
                    low: "Hver aktør for seg",
                    high: "Jevnlig og åpent samspill",
                },
                Rated {
                    id: "cf-evaluation",
                    name: "Evaluering underveis",
                    text: "Vi samler erfaringer og data hele veien og endrer kurs ut fra dem.",
                    low: "Evaluerer ikke, eller bare til slutt",
                    high: "Fast del av arbeidet",
                },
            ],
        }],
    },
    learning_community: Scale {
        name: "Profesjonelt læringsfellesskap",
        intro: "Hvor langt har kollegiet kommet som et fellesskap som lærer sammen? Vurder hvert kjennetegn slik det ser ut i det daglige, ikke slik det står i planene.",
        citation: Citation {
            authors: "Stoll mfl.",
            year: 2006,
            point: "Et profesjonelt læringsfellesskap kjennetegnes av felles verdier og visjon, kollektivt ansvar, undersøkende refleksjon over egen praksis, samarbeid og læring hos både den enkelte og gruppen, båret av inkludering, tillit og nettverk.",
        },
        dimensions: &[Dimension {
            name: "",
            items: &[
                Rated {
                    id: "plc-vision",
                    name: "Felles verdier og visjon",
                    text: "Vi er enige om hva slags skole vi vil være, og det styrer valgene vi tar.",
                    low: "Lite felles retning",
                    high: "Klar og delt retning",
                },
                Rated {
                    id: "plc-responsibility",
                    name: "Kollektivt ansvar",
                    text: "Vi tar ansvar for alle elevenes læring sammen, ikke bare for egne klasser.",
                    low: "Hver har sine elever",
                    high: "Alle elevene er våre",
                },
                Rated {
                    id: "plc-inquiry",
                    name: "Undersøkende refleksjon",
                    text: "Vi undersøker egen undervisning sammen, for eksempel ved å observere hverandre.",
                    low: "Skjer nesten aldri",
                    high: "Fast og systematisk",
                },
                Rated {
                    id: "plc-collaboration",
                    name: "Samarbeid",
                    text: "Samarbeidet handler om undervisning og læring, ikke bare om det praktiske.",
                    low: "Mest praktiske saker",
                    high: "Mest om læring",
                },
                Rated {
                    id: "plc-learning",
                    name: "Læring hos den enkelte og gruppen",
                    text: "Både den enkelte og kollegiet som helhet lærer nytt og tar det i bruk.",
                    low: "Lite ny læring",
                    high: "Læring som synes i praksis",
                },
                Rated {
                    id: "plc-trust",
                    name: "Inkludering, tillit og nettverk",
                    text: "Alle ansatte er med, vi stoler på hverandre og henter ideer fra nettverk utenfor skolen.",
                    low: "Lukket og lite tillit",
                    high: "Åpent, trygt og utadvendt",
                },
            ],
        }],
    },
    readiness: Readiness {
        name: |n, phase| format!("Klar for fase {n}: {phase}"),
        intro: "Hvor klar er skolen for denne fasen? Vurder hver aktivitet i fasen: er den ikke påbegynt, eller er den godt på plass?",
        citation: Citation {
            authors: "Ogden",
            year: 2018,
            point: "Hver implementeringsfase har sine egne oppgaver, og det lønner seg å se om de er gjort før man går videre.",
        },
        low: "Ikke påbegynt",
        high: "Godt på plass",
    },
    levels_of_use: LevelsOfUse {
        name: "Nivåer i bruk",
        intro: "Hvor langt har hver ansatt kommet med den nye praksisen? Tell hvor mange som står på hvert nivå, og gjenta tellingen over tid. Folk tar i bruk det nye i ulikt tempo, og støtten bør følge det.",
        citation: Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Modellen for bekymringsbasert innføring (CBAM) beskriver åtte nivåer for hvordan den enkelte bruker en ny praksis, fra ikke i bruk til fornyelse.",
        },
        levels: [
            Level { mark: "0", name: "Ikke i bruk" },
            Level { mark: "I", name: "Orientering" },
            Level { mark: "II", name: "Forberedelse" },
            Level { mark: "III", name: "Mekanisk bruk" },
            Level { mark: "IVA", name: "Rutine" },
            Level { mark: "IVB", name: "Forbedring" },
            Level { mark: "V", name: "Integrering" },
            Level { mark: "VI", name: "Fornyelse" },
        ],
    },
};
