//! The instruments in Norwegian Nynorsk.

use super::{Dimension, Instruments, Level, LevelsOfUse, Rated, Readiness, Scale};
use crate::model::Citation;

pub static INSTRUMENTS: Instruments = Instruments {
    capacity: Scale {
        name: "Kapasitet",
        intro: "Kor godt rusta er skulen til å drive endring? Vurder både det kvar einskild tilsett har med seg, og det organisasjonen har på plass. Gjentatt kvart halvår viser vurderinga om kapasiteten veks.",
        citation: Citation {
            authors: "Flaspohler mfl.",
            year: 2008,
            point: "Kapasitet finst både hos den einskilde (kompetanse, motivasjon, verdiar) og i organisasjonen (folk, infrastruktur, ressursar, leiing, klima og partnarar), og han kan byggjast.",
        },
        dimensions: &[
            Dimension {
                name: "Den einskilde",
                items: &[
                    Rated {
                        id: "cap-competence",
                        name: "Kompetanse",
                        text: "Dei tilsette har kunnskapen og dugleiken det nye arbeidet krev.",
                        low: "Manglar det meste",
                        high: "Har det som trengst",
                    },
                    Rated {
                        id: "cap-motivation",
                        name: "Motivasjon",
                        text: "Dei tilsette vil ta i bruk den nye praksisen og ser kva han er god for.",
                        low: "Lite lyst, ser lite nytte",
                        high: "Stor lyst, ser klar nytte",
                    },
                    Rated {
                        id: "cap-values",
                        name: "Verdiar",
                        text: "Arbeidet stemmer med det dei tilsette meiner kjenneteiknar ein god skule.",
                        low: "Strir mot det vi står for",
                        high: "Passar godt med det vi står for",
                    },
                ],
            },
            Dimension {
                name: "Organisasjonen",
                items: &[
                    Rated {
                        id: "cap-people",
                        name: "Folk",
                        text: "Skulen har nok personar med tid og kompetanse til å bere arbeidet.",
                        low: "Kviler på éin eller to",
                        high: "Mange ber det saman",
                    },
                    Rated {
                        id: "cap-infrastructure",
                        name: "Infrastruktur",
                        text: "Rutinar, møteplassar og verktøy gjer arbeidet mogleg i ei vanleg veke.",
                        low: "Ingen faste strukturar",
                        high: "Innarbeidd i kvardagen",
                    },
                    Rated {
                        id: "cap-resources",
                        name: "Ressursar",
                        text: "Tid og pengar som er sette av, står i forhold til ambisjonane.",
                        low: "Langt under behovet",
                        high: "Godt tilpassa behovet",
                    },
                    Rated {
                        id: "cap-leadership",
                        name: "Leiing",
                        text: "Leiinga set retning, prioriterer og følgjer opp arbeidet over tid.",
                        low: "Utydeleg og sporadisk",
                        high: "Tydeleg og varig",
                    },
                    Rated {
                        id: "cap-climate",
                        name: "Psykologisk klima",
                        text: "Det er trygt å prøve noko nytt, gjere feil og seie frå når noko ikkje verkar.",
                        low: "Lite rom for feil",
                        high: "Trygt å prøve og seie frå",
                    },
                    Rated {
                        id: "cap-partners",
                        name: "Partnarar",
                        text: "Skulen har partnarar utanfrå, som PPT eller høgskule, som bidreg aktivt.",
                        low: "Ingen eller berre på papiret",
                        high: "Faste og aktive partnarar",
                    },
                ],
            },
        ],
    },
    critical_factors: Scale {
        name: "Kritiske faktorar",
        intro: "Seks forhold går igjen når implementering lukkast. Vurder kor godt kvart av dei er teke vare på i arbeidet dykkar akkurat no.",
        citation: Citation {
            authors: "Meyers mfl.",
            year: 2012,
            point: "Ei samanstilling av 25 rammeverk for implementering peikar ut faktorar som nesten alle legg vekt på, frå eit eige team til evaluering gjennom heile prosessen.",
        },
        dimensions: &[Dimension {
            name: "",
            items: &[
                Rated {
                    id: "cf-team",
                    name: "Implementeringsteam",
                    text: "Ei tydeleg gruppe har ansvaret for å drive arbeidet og mandat til å gjere det.",
                    low: "Ingen har ansvaret",
                    high: "Eit team med klart mandat",
                },
                Rated {
                    id: "cf-support",
                    name: "Støttesystem",
                    text: "Det finst hjelp å få når noko er vanskeleg: ressurspersonar, materiell, råd.",
                    low: "Kvar og ein klarer seg sjølv",
                    high: "Hjelpa er lett å få",
                },
                Rated {
                    id: "cf-plan",
                    name: "Implementeringsplan",
                    text: "Ein konkret plan seier kven som gjer kva og når, og han blir justert undervegs.",
                    low: "Ingen skriftleg plan",
                    high: "Plan som blir brukt og justert",
                },
                Rated {
                    id: "cf-training",
                    name: "Opplæring og rettleiing",
                    text: "Dei tilsette får opplæring og oppfølging i eigen praksis, ikkje berre kurs.",
                    low: "Lite eller berre kurs",
                    high: "Opplæring og jamn rettleiing",
                },
                Rated {
                    id: "cf-networking",
                    name: "Samspel mellom aktørane",
                    text: "Skulen, skuleeigar og partnarar snakkar jamleg saman og deler det dei lærer.",
                    low: "Kvar aktør for seg",
                    high: "Jamt og ope samspel",
                },
                Rated {
                    id: "cf-evaluation",
                    name: "Evaluering undervegs",
                    text: "Vi samlar røynsler og data heile vegen og endrar kurs ut frå dei.",
                    low: "Evaluerer ikkje, eller berre til slutt",
                    high: "Fast del av arbeidet",
                },
            ],
        }],
    },
    learning_community: Scale {
        name: "Profesjonelt læringsfellesskap",
        intro: "Kor langt har kollegiet kome som eit fellesskap som lærer saman? Vurder kvart kjenneteikn slik det ser ut i det daglege, ikkje slik det står i planane.",
        citation: Citation {
            authors: "Stoll mfl.",
            year: 2006,
            point: "Eit profesjonelt læringsfellesskap er kjenneteikna av felles verdiar og visjon, kollektivt ansvar, undersøkjande refleksjon over eigen praksis, samarbeid og læring hos både den einskilde og gruppa, bore av inkludering, tillit og nettverk.",
        },
        dimensions: &[Dimension {
            name: "",
            items: &[
                Rated {
                    id: "plc-vision",
                    name: "Felles verdiar og visjon",
                    text: "Vi er samde om kva slags skule vi vil vere, og det styrer vala vi tek.",
                    low: "Lite felles retning",
                    high: "Klar og delt retning",
                },
                Rated {
                    id: "plc-responsibility",
                    name: "Kollektivt ansvar",
                    text: "Vi tek ansvar for læringa til alle elevane saman, ikkje berre for eigne klassar.",
                    low: "Kvar har sine elevar",
                    high: "Alle elevane er våre",
                },
                Rated {
                    id: "plc-inquiry",
                    name: "Undersøkjande refleksjon",
                    text: "Vi undersøkjer eiga undervisning saman, til dømes ved å observere kvarandre.",
                    low: "Skjer nesten aldri",
                    high: "Fast og systematisk",
                },
                Rated {
                    id: "plc-collaboration",
                    name: "Samarbeid",
                    text: "Samarbeidet handlar om undervisning og læring, ikkje berre om det praktiske.",
                    low: "Mest praktiske saker",
                    high: "Mest om læring",
                },
                Rated {
                    id: "plc-learning",
                    name: "Læring hos den einskilde og gruppa",
                    text: "Både den einskilde og kollegiet som heilskap lærer nytt og tek det i bruk.",
                    low: "Lite ny læring",
                    high: "Læring som synest i praksis",
                },
                Rated {
                    id: "plc-trust",
                    name: "Inkludering, tillit og nettverk",
                    text: "Alle tilsette er med, vi stoler på kvarandre og hentar idear frå nettverk utanfor skulen.",
                    low: "Lukka og lite tillit",
                    high: "Ope, trygt og utoverretta",
                },
            ],
        }],
    },
    readiness: Readiness {
        name: |n, phase| format!("Klar for fase {n}: {phase}"),
        intro: "Kor klar er skulen for denne fasen? Vurder kvar aktivitet i fasen: er han ikkje starta på, eller er han godt på plass?",
        citation: Citation {
            authors: "Ogden",
            year: 2018,
            point: "Kvar implementeringsfase har sine eigne oppgåver, og det løner seg å sjå om dei er gjorde før ein går vidare.",
        },
        low: "Ikkje starta på",
        high: "Godt på plass",
    },
    levels_of_use: LevelsOfUse {
        name: "Nivå i bruk",
        intro: "Kor langt har kvar tilsett kome med den nye praksisen? Tel kor mange som står på kvart nivå, og gjenta teljinga over tid. Folk tek i bruk det nye i ulikt tempo, og støtta bør følgje det.",
        citation: Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Modellen for bekymringsbasert innføring (CBAM) skildrar åtte nivå for korleis den einskilde brukar ein ny praksis, frå ikkje i bruk til fornying.",
        },
        levels: [
            Level { mark: "0", name: "Ikkje i bruk" },
            Level { mark: "I", name: "Orientering" },
            Level { mark: "II", name: "Førebuing" },
            Level { mark: "III", name: "Mekanisk bruk" },
            Level { mark: "IVA", name: "Rutine" },
            Level { mark: "IVB", name: "Forbetring" },
            Level { mark: "V", name: "Integrering" },
            Level { mark: "VI", name: "Fornying" },
        ],
    },
};
