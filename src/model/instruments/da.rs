//! The instruments in Danish.

use super::{Dimension, Instruments, Level, LevelsOfUse, Rated, Readiness, Scale};
use crate::model::Citation;

pub static INSTRUMENTS: Instruments = Instruments {
    capacity: Scale {
        name: "Kapacitet",
        intro: "Hvor godt rustet er skolen til at drive forandring? Vurdér både det, den enkelte medarbejder har med sig, og det, organisationen har på plads. Gentaget hvert halve år viser vurderingen, om kapaciteten vokser.",
        citation: Citation {
            authors: "Flaspohler m.fl.",
            year: 2008,
            point: "Kapacitet findes både hos den enkelte (kompetence, motivation, værdier) og i organisationen (mennesker, infrastruktur, ressourcer, ledelse, klima og partnere), og den kan opbygges.",
        },
        dimensions: &[
            Dimension {
                name: "Den enkelte",
                items: &[
                    Rated {
                        id: "cap-competence",
                        name: "Kompetence",
                        text: "Medarbejderne har den viden og de færdigheder, det nye arbejde kræver.",
                        low: "Mangler det meste",
                        high: "Har det, der skal til",
                    },
                    Rated {
                        id: "cap-motivation",
                        name: "Motivation",
                        text: "Medarbejderne vil tage den nye praksis i brug og kan se, hvad den er god for.",
                        low: "Lille lyst, ser lidt nytte",
                        high: "Stor lyst, ser klar nytte",
                    },
                    Rated {
                        id: "cap-values",
                        name: "Værdier",
                        text: "Arbejdet stemmer med det, medarbejderne mener kendetegner en god skole.",
                        low: "Strider mod det, vi står for",
                        high: "Passer godt med det, vi står for",
                    },
                ],
            },
            Dimension {
                name: "Organisationen",
                items: &[
                    Rated {
                        id: "cap-people",
                        name: "Mennesker",
                        text: "Skolen har nok personer med tid og kompetence til at bære arbejdet.",
                        low: "Hviler på én eller to",
                        high: "Mange bærer det sammen",
                    },
                    Rated {
                        id: "cap-infrastructure",
                        name: "Infrastruktur",
                        text: "Rutiner, mødefora og værktøjer gør arbejdet muligt i en almindelig uge.",
                        low: "Ingen faste strukturer",
                        high: "Indarbejdet i hverdagen",
                    },
                    Rated {
                        id: "cap-resources",
                        name: "Ressourcer",
                        text: "Den tid og de penge, der er afsat, står i forhold til ambitionerne.",
                        low: "Langt under behovet",
                        high: "Godt afstemt efter behovet",
                    },
                    Rated {
                        id: "cap-leadership",
                        name: "Ledelse",
                        text: "Ledelsen sætter retning, prioriterer og følger arbejdet op over tid.",
                        low: "Utydelig og sporadisk",
                        high: "Tydelig og vedholdende",
                    },
                    Rated {
                        id: "cap-climate",
                        name: "Psykologisk klima",
                        text: "Det er trygt at prøve noget nyt, begå fejl og sige til, når noget ikke virker.",
                        low: "Lidt plads til fejl",
                        high: "Trygt at prøve og sige til",
                    },
                    Rated {
                        id: "cap-partners",
                        name: "Partnere",
                        text: "Skolen har partnere udefra, som PPR eller professionshøjskole, der bidrager aktivt.",
                        low: "Ingen eller kun på papiret",
                        high: "Faste og aktive partnere",
                    },
                ],
            },
        ],
    },
    critical_factors: Scale {
        name: "Kritiske faktorer",
        intro: "Seks forhold går igen, når implementering lykkes. Vurdér, hvor godt hvert af dem er varetaget i jeres arbejde lige nu.",
        citation: Citation {
            authors: "Meyers m.fl.",
            year: 2012,
            point: "En sammenstilling af 25 rammeværk for implementering udpeger faktorer, som næsten alle lægger vægt på, fra et særskilt team til evaluering gennem hele processen.",
        },
        dimensions: &[Dimension {
            name: "",
            items: &[
                Rated {
                    id: "cf-team",
                    name: "Implementeringsteam",
                    text: "En tydelig gruppe har ansvaret for at drive arbejdet og mandat til det.",
                    low: "Ingen har ansvaret",
                    high: "Et team med klart mandat",
                },
                Rated {
                    id: "cf-support",
                    name: "Støttesystemer",
                    text: "Der er hjælp at hente, når noget er svært: ressourcepersoner, materialer, råd.",
                    low: "Hver klarer sig selv",
                    high: "Hjælpen er let at få",
                },
                Rated {
                    id: "cf-plan",
                    name: "Implementeringsplan",
                    text: "En konkret plan siger, hvem der gør hvad og hvornår, og den justeres undervejs.",
                    low: "Ingen skriftlig plan",
                    high: "Plan, der bruges og justeres",
                },
                Rated {
                    id: "cf-training",
                    name: "Undervisning og supervision",
                    text: "Medarbejderne får undervisning og opfølgning i egen praksis, ikke kun kurser.",
                    low: "Lidt eller kun kurser",
                    high: "Undervisning og løbende supervision",
                },
                Rated {
                    id: "cf-networking",
                    name: "Samspil mellem aktørerne",
                    text: "Skolen, forvaltningen og partnerne taler jævnligt sammen og deler det, de lærer.",
                    low: "Hver aktør for sig",
                    high: "Jævnligt og åbent samspil",
                },
                Rated {
                    id: "cf-evaluation",
                    name: "Løbende evaluering",
                    text: "Vi samler erfaringer og data hele vejen og ændrer kurs ud fra dem.",
                    low: "Evaluerer ikke, eller kun til sidst",
                    high: "Fast del af arbejdet",
                },
            ],
        }],
    },
    learning_community: Scale {
        name: "Professionelt læringsfællesskab",
        intro: "Hvor langt er kollegiet nået som et fællesskab, der lærer sammen? Vurdér hvert kendetegn, som det ser ud i hverdagen, ikke som det står i planerne.",
        citation: Citation {
            authors: "Stoll m.fl.",
            year: 2006,
            point: "Et professionelt læringsfællesskab kendetegnes af fælles værdier og vision, kollektivt ansvar, undersøgende refleksion over egen praksis, samarbejde og læring hos både den enkelte og gruppen, båret af inklusion, tillid og netværk.",
        },
        dimensions: &[Dimension {
            name: "",
            items: &[
                Rated {
                    id: "plc-vision",
                    name: "Fælles værdier og vision",
                    text: "Vi er enige om, hvilken skole vi vil være, og det styrer de valg, vi træffer.",
                    low: "Lidt fælles retning",
                    high: "Klar og delt retning",
                },
                Rated {
                    id: "plc-responsibility",
                    name: "Kollektivt ansvar",
                    text: "Vi tager ansvar for alle elevers læring sammen, ikke kun for egne klasser.",
                    low: "Hver har sine elever",
                    high: "Alle elever er vores",
                },
                Rated {
                    id: "plc-inquiry",
                    name: "Undersøgende refleksion",
                    text: "Vi undersøger vores undervisning sammen, for eksempel ved at observere hinanden.",
                    low: "Sker næsten aldrig",
                    high: "Fast og systematisk",
                },
                Rated {
                    id: "plc-collaboration",
                    name: "Samarbejde",
                    text: "Samarbejdet handler om undervisning og læring, ikke kun om det praktiske.",
                    low: "Mest praktiske sager",
                    high: "Mest om læring",
                },
                Rated {
                    id: "plc-learning",
                    name: "Læring hos den enkelte og gruppen",
                    text: "Både den enkelte og kollegiet som helhed lærer nyt og tager det i brug.",
                    low: "Lidt ny læring",
                    high: "Læring, der ses i praksis",
                },
                Rated {
                    id: "plc-trust",
                    name: "Inklusion, tillid og netværk",
                    text: "Alle medarbejdere er med, vi stoler på hinanden og henter idéer fra netværk uden for skolen.",
                    low: "Lukket og lidt tillid",
                    high: "Åbent, trygt og udadvendt",
                },
            ],
        }],
    },
    readiness: Readiness {
        name: |n, phase| format!("Parat til fase {n}: {phase}"),
        intro: "Hvor klar er skolen til denne fase? Vurdér hver aktivitet i fasen: er den ikke påbegyndt, eller er den godt på plads?",
        citation: Citation {
            authors: "Ogden",
            year: 2018,
            point: "Hver implementeringsfase har sine egne opgaver, og det betaler sig at se efter, om de er løst, før man går videre.",
        },
        low: "Ikke påbegyndt",
        high: "Godt på plads",
    },
    levels_of_use: LevelsOfUse {
        name: "Anvendelsesniveauer",
        intro: "Hvor langt er hver medarbejder nået med den nye praksis? Tæl, hvor mange der står på hvert niveau, og gentag optællingen over tid. Folk tager det nye i brug i forskelligt tempo, og støtten bør følge med.",
        citation: Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Modellen for bekymringsbaseret implementering (CBAM) beskriver otte niveauer for, hvordan den enkelte bruger en ny praksis, fra ingen anvendelse til fornyelse.",
        },
        levels: [
            Level { mark: "0", name: "Ingen anvendelse" },
            Level { mark: "I", name: "Orientering" },
            Level { mark: "II", name: "Forberedelse" },
            Level { mark: "III", name: "Mekanisk brug" },
            Level { mark: "IVA", name: "Rutine" },
            Level { mark: "IVB", name: "Forfinelse" },
            Level { mark: "V", name: "Integration" },
            Level { mark: "VI", name: "Fornyelse" },
        ],
    },
};
