//! The DEKOM phase model in Norwegian Bokmål.
//!
//! All text is written in the project's own words, built on the FOS framework for
//! decentralised competence development, the Danish implementation model used by the
//! network coordinators, Ogden's (2018) implementation stages and Fullan's phases of an
//! innovation. Research is cited by author and year only.
//!
//! Ids are stored in schools' saved plans: never change or reuse one.

use super::{Citation, Item, Model, Phase, Vocabulary};

pub static MODEL: Model = Model {
    intro: "Modellen deler et utviklingsarbeid inn i fire faser: beredskap, involvering og organisering, arbeid med kjernekomponenter og til slutt konsolidering og daglig drift. Den er ment som et felles språk og en støtte underveis, ikke som et skjema som skal fylles ut fra øverst til nederst. Fasene glir over i hverandre, og det er helt vanlig å gå tilbake til en tidligere fase når noe endrer seg. Fase 4 har ingen sluttdato: da er arbeidsmåten blitt en del av skolens hverdag, og nye skoler kan starte sin fase 1. Bruk det som passer for dere, og press ikke arbeidet inn i modellen.",
    idea_help: "Beskriv først hva dere ønsker å oppnå: hvilken endring i praksis skal elever og ansatte merke når arbeidet har lyktes? Velg deretter et fokusområde som er avgrenset nok til at alle forstår hva det gjelder, men stort nok til å være verdt flere års innsats. Skriv gjerne med egne ord hvorfor akkurat dette er viktig på deres skole nå.",
    focus_examples: &[
        "Trygt og godt skolemiljø",
        "Forebygging av mobbing og krenkelser",
        "Psykisk helse og livsmestring",
        "Mindre spesialundervisning gjennom bedre tilpasset opplæring",
        "Klasseledelse",
        "Vurdering for læring",
        "Sosial og emosjonell læring",
    ],
    phases: &[PHASE_1, PHASE_2, PHASE_3, PHASE_4],
    research: &[
        Citation {
            authors: "Meyers mfl.",
            year: 2012,
            point: "En gjennomgang av 25 rammeverk viser hvilke faktorer som går igjen når implementering lykkes, blant annet støttesystemer, opplæring og veiledning, samarbeid mellom aktørene og evaluering gjennom hele prosessen.",
        },
        Citation {
            authors: "Flaspohler mfl.",
            year: 2008,
            point: "Når skolen vurderer kapasiteten sin på nytt med jevne mellomrom, både hos den enkelte og i organisasjonen, blir det synlig om evnen til å drive endring faktisk vokser.",
        },
        Citation {
            authors: "Greenberg mfl.",
            year: 2005,
            point: "Barrierer som svak lojalitet til det som er bestemt, mangelfull ledelse, lite medvirkning, knapp tid og manglende støttesystem kan brukes som en sjekkliste hver gang skolen vurderer risiko.",
        },
        Citation {
            authors: "Fixsen mfl.",
            year: 2019,
            point: "Det er implementeringsdriverne, altså kompetanse, organisering og ledelse, som gjør at kjernekomponentene faktisk tas i bruk, og de må bygges like bevisst som selve innholdet.",
        },
        Citation {
            authors: "Leithwood",
            year: 2019,
            point: "God skoleledelse handler om å sette retning, utvikle personalet, organisere for utvikling og lede endring, og den hviler på lederens kognitive, sosiale og psykologiske ressurser.",
        },
        Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Ledere som skal fremme endring, har ulike stiler, som initiereren, administratoren og respondereren, og det lønner seg å vite hvilken stil man selv heller mot.",
        },
        Citation {
            authors: "Stoll mfl.",
            year: 2006,
            point: "Et profesjonelt læringsfellesskap trenger inkludering, tillit og nettverk, også utover egen skole, for å holde seg levende over tid.",
        },
        Citation {
            authors: "Senge",
            year: 2004,
            point: "En lærende organisasjon bygger på personlig mestring, mentale modeller, læring i team, felles visjon og systemtenkning, og krever at man tør å se kritisk på egne vaner og antakelser.",
        },
        Citation {
            authors: "Dyssegaard mfl.",
            year: 2017,
            point: "Seks temaer har varig betydning for om implementering virker: ledelse, profesjonell utvikling, støttesystemer, lojalitet til det som er bestemt, holdninger og oppfatninger, og bærekraft.",
        },
        Citation {
            authors: "Bernhardt",
            year: 2013,
            point: "Data om egen skole gir best effekt når de brukes systematisk og knyttes tett til det som skjer i undervisningen.",
        },
    ],
};

const PHASE_1: Phase = Phase {
    number: 1,
    name: "Beredskap",
    vocabulary: Vocabulary {
        fos: "Beredskap: motivasjon og eierskap",
        danish: "Iscenesættelse",
        nirn: "Utforsking (exploration)",
        fullan: "Initiering",
    },
    purpose: "Her skal skolen bygge motivasjon og eierskap før arbeidet settes i gang for alvor. Kollegiet finner sammen ut hvor skolen trenger å bli bedre, og får et ærlig bilde av hva arbeidet vil kreve av tid, oppmerksomhet og innsats. Selv om skolen allerede har sagt ja, er dette tiden for samtale: hvorfor skal vi gjøre dette, og hva vinner vi på det?",
    drivers: "Rektor og lederteamet driver arbeidet i denne fasen, gjerne med støtte fra skoleeier. Kommunens styringsgruppe kan være pådriver og samtalepartner.",
    when_rushed: "Hopper skolen for raskt over beredskapen, kan flere års innsats ende med lite å vise til. Uten eierskap oppleves satsingen som noe som kommer ovenfra, og motstanden dukker opp senere, når den er vanskeligere å møte.",
    activities: &[
        Item {
            id: "f1-a-dialog",
            text: "Snakk med personalet om hva satsingen går ut på og hvorfor",
            help: "Et ja fra ledelsen er ikke det samme som et ja fra kollegiet. Gi rom for spørsmål og tvil tidlig, så blir det lettere å bygge eierskap.",
        },
        Item {
            id: "f1-a-kartlegging",
            text: "Kartlegg sammen hvor skolen har størst behov for å bli bedre",
            help: "Bruk det dere allerede vet, for eksempel fra elevundersøkelsen og egne observasjoner. Når kollegiet selv ser behovet, øker motivasjonen.",
        },
        Item {
            id: "f1-a-gevinst",
            text: "Vis både gevinsten ved endring og utfordringene ved dagens praksis",
            help: "Motivasjon vokser ofte av kombinasjonen: et bilde av noe bedre og en ærlig erkjennelse av det som ikke fungerer godt nok i dag.",
        },
        Item {
            id: "f1-a-formaal",
            text: "Avklar formålet og formuler mål for arbeidet",
            help: "Skriv målene så konkret at dere senere kan se om dere er på vei. Drøft dem med personalet før de blir endelige.",
        },
        Item {
            id: "f1-a-interessenter",
            text: "Finn ut hvem som berøres, og hvem som bør være med",
            help: "Tenk på elever, foresatte og FAU, PPT, skolehelsetjenesten og skoleeier. Hvem har noe å vinne eller tape, og hvem må være med for at det skal lykkes?",
        },
        Item {
            id: "f1-a-ansvar",
            text: "Avklar hvem som har ansvaret for gjennomføringen",
            help: "Noen må eie prosessen. Avklar også hvordan oppgavene fordeles mellom ledelsen og dem som skal drive arbeidet i praksis.",
        },
        Item {
            id: "f1-a-innsats",
            text: "Gjør tydelig hva arbeidet vil kreve av tid, fokus og innsats",
            help: "Når alle vet hva de sier ja til, blir det færre overraskelser senere. Drøft også hvilke ressurser prosessen skal få.",
        },
        Item {
            id: "f1-a-kapasitet",
            text: "Vurder skolens kapasitet: kompetanse, motivasjon, folk og ressurser",
            help: "Flaspohler mfl. (2008) skiller mellom kapasitet hos den enkelte og i organisasjonen. En ærlig vurdering nå gir et utgangspunkt å måle fremgang mot.",
        },
        Item {
            id: "f1-a-barrierer",
            text: "Pek ut mulige barrierer og gjør en enkel risikovurdering",
            help: "Greenberg mfl. (2005) nevner blant annet lite tid, svak ledelse, liten medvirkning og dårlige erfaringer fra tidligere satsinger. Det som har fått et navn, er lettere å gjøre noe med.",
        },
        Item {
            id: "f1-a-rydde",
            text: "Vurder hvilke andre satsinger som kan settes på vent eller avsluttes",
            help: "Mange skoler har for mange satsinger på en gang (Dyssegaard mfl., 2017). Nytt arbeid trenger plass, ikke bare et ekstra lag på toppen av alt annet.",
        },
    ],
    questions: &[
        Item {
            id: "f1-q-involvering",
            text: "Hvordan får lærere og andre ansatte være med på å forme arbeidet helt fra starten?",
            help: "Tenk på både formelle møter og uformelle samtaler.",
        },
        Item {
            id: "f1-q-utgangspunkt",
            text: "Hvordan bygger dere på det skolen og den enkelte lærer allerede kan og gjør?",
            help: "",
        },
        Item {
            id: "f1-q-eierskap",
            text: "Hva skal til for at personalet opplever arbeidet som sitt eget?",
            help: "",
        },
        Item {
            id: "f1-q-maal",
            text: "Er formålet tydelig, og har personalet vært med på å drøfte målene?",
            help: "Kunne en tilfeldig valgt kollega forklart målet med egne ord?",
        },
        Item {
            id: "f1-q-roller",
            text: "Hvem har ansvaret for prosessen, og er rollene mellom ledelsen og dem som driver arbeidet avklart?",
            help: "",
        },
        Item {
            id: "f1-q-risiko",
            text: "Hva kan stå i veien for arbeidet, og hvordan vil dere møte det?",
            help: "Ta med både det praktiske, som tid, og det menneskelige, som skepsis og tidligere erfaringer.",
        },
        Item {
            id: "f1-q-klar",
            text: "Hvordan vet dere at skolen er klar til å gå videre, og hva gjør dere hvis den ikke er det?",
            help: "",
        },
    ],
    research: &[
        Citation {
            authors: "Fullan",
            year: 2016,
            point: "En innovasjon går gjennom initiering, implementering og videreføring, og det som skjer i starten, preger resten av løpet.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "Implementering skjer trinnvis og begynner med utforsking, der skolen vurderer behovet og om det nye passer, og der lederne tar med lærerne så tidlig som mulig.",
        },
        Citation {
            authors: "Flaspohler mfl.",
            year: 2008,
            point: "Kapasitet finnes både hos den enkelte, som kompetanse, motivasjon og verdier, og i organisasjonen, som folk, ressurser, ledelse, klima og samarbeidspartnere, og begge deler bør vurderes før start.",
        },
        Citation {
            authors: "Greenberg mfl.",
            year: 2005,
            point: "Tidligere negative erfaringer med nye satsinger og motstand i organisasjonen er blant barrierene det lønner seg å snakke åpent om før arbeidet starter.",
        },
    ],
};

const PHASE_2: Phase = Phase {
    number: 2,
    name: "Involvere og organisere",
    vocabulary: Vocabulary {
        fos: "Involvere og rigge skolen",
        danish: "Initiering",
        nirn: "Forberedelse (installation)",
        fullan: "Implementering",
    },
    purpose: "Fase 2 består av to prosesser som går side om side. Den ene handler om å involvere ansatte, foresatte og elever i hva skolen legger i fokusområdet, og om å velge en tydelig retning som gir mening akkurat her. Den andre handler om å rigge skolen for arbeidet: en arbeidsgruppe, eksterne partnere, faste møtepunkter, tid og en plan.",
    drivers: "Rektor og lederteamet tar de strategiske valgene i denne fasen, og rektor leder arbeidsgruppen som settes ned. Skoleeier og kommunens ressurspersoner støtter underveis.",
    when_rushed: "Er retningen uklar, eller settes arbeidsgruppen sammen i all hast, mangler arbeidet både drivere og forankring. Kommer arbeidet på toppen av alt annet uten at tid blir frigjort, blir det fort lite effektivt og slitsomt for alle.",
    activities: &[
        Item {
            id: "f2-a-involvere",
            text: "Involver ansatte, foresatte og elever i hva fokusområdet betyr hos dere",
            help: "Et stort tema som inkluderende læringsmiljø kan romme mye. Felles samtaler gjør det mulig å velge en retning som flere kjenner seg igjen i.",
        },
        Item {
            id: "f2-a-retning",
            text: "Velg en tydelig retning og beskriv hva den betyr i praksis",
            help: "I den desentraliserte ordningen er innholdet ikke bestemt på forhånd, så skolen må selv gjøre det konkret. Fixsen mfl. (2005) viser hvor viktig det er å være tydelig på kjernekomponentene.",
        },
        Item {
            id: "f2-a-gruppe",
            text: "Sett ned en arbeidsgruppe som rektor leder",
            help: "Vurder hvor stor gruppen skal være, og om den kan erstatte en gruppe dere allerede har, for eksempel plangruppen. Meyers mfl. (2012) regner et eget implementeringsteam som en kritisk faktor.",
        },
        Item {
            id: "f2-a-medlemmer",
            text: "Velg medlemmer med motivasjon og posisjon fra ulike deler av personalet",
            help: "Ta gjerne med både lærere og assistenter. Gruppen skal drive arbeidet sammen med rektor, så den trenger folk som kollegene lytter til.",
        },
        Item {
            id: "f2-a-skeptiker",
            text: "Vurder å ta med en skeptiker i arbeidsgruppen",
            help: "En som stiller kritiske spørsmål underveis, kan fange opp svakheter tidlig og gjør at flere i personalet føler seg representert.",
        },
        Item {
            id: "f2-a-tillitsvalgt",
            text: "Ha tett dialog med de tillitsvalgte",
            help: "Vurder om en tillitsvalgt skal sitte i gruppen. Tidlig dialog om tid og arbeidsbelastning forebygger konflikter senere.",
        },
        Item {
            id: "f2-a-eksterne",
            text: "Velg eksterne partnere og avtal faste møtepunkter med dem",
            help: "Tenk på høgskolen, PPT, kommunens ressurspersoner, FAU og skolehelsetjenesten. De har sjelden tid til å delta på alt, så avtal på forhånd når dere møtes, og hva møtene skal brukes til.",
        },
        Item {
            id: "f2-a-tid",
            text: "Sett av tid og rom til arbeidet, både i gruppen og i hele personalet",
            help: "Arbeid som får jevnlige og hyppige økter over lang tid, har best sjanse til å gi resultater. Finn en balanse der innsatsen står i forhold til det dere får igjen.",
        },
        Item {
            id: "f2-a-opplaering",
            text: "Planlegg opplæring, og knytt det nye til det dere allerede gjør",
            help: "Den nye praksisen må henge sammen med hverdagen. Avtal også hvordan dere skal samarbeide og dele erfaringer underveis.",
        },
        Item {
            id: "f2-a-plan",
            text: "Lag en implementeringsplan med milepæler, ansvar og forventninger",
            help: "Meyers mfl. (2012) peker på en gjennomarbeidet plan som en kritisk faktor. Planen bør vise hvem som gjør hva og når, og den skal kunne justeres.",
        },
    ],
    questions: &[
        Item {
            id: "f2-q-plan",
            text: "Hvem skal lage planen for arbeidet, og hvordan skal det gjøres?",
            help: "",
        },
        Item {
            id: "f2-q-gruppe",
            text: "Hvordan velger dere medlemmene i arbeidsgruppen, og hvorfor akkurat dem?",
            help: "Tenk på motivasjon, posisjon i kollegiet og ulike ståsteder.",
        },
        Item {
            id: "f2-q-retning",
            text: "Kan alle i personalet forklare med egne ord hvilken retning skolen har valgt?",
            help: "",
        },
        Item {
            id: "f2-q-sammenheng",
            text: "Hvordan henger den nye praksisen sammen med det dere gjør fra før?",
            help: "",
        },
        Item {
            id: "f2-q-deling",
            text: "Hvordan sørger dere for at kunnskap og erfaringer deles jevnlig?",
            help: "",
        },
        Item {
            id: "f2-q-kompetanse",
            text: "Hvordan får alle som berøres, være med og få den kompetansen de trenger?",
            help: "",
        },
        Item {
            id: "f2-q-balanse",
            text: "Hvordan ser balansen mellom innsats og gevinst ut for personalet?",
            help: "Hva kan gjøres enklere, eller legges bort, for å gi plass?",
        },
    ],
    research: &[
        Citation {
            authors: "Meyers mfl.",
            year: 2012,
            point: "Et eget implementeringsteam og en gjennomarbeidet plan er blant faktorene som går igjen i rammeverk for god implementering.",
        },
        Citation {
            authors: "Fixsen mfl.",
            year: 2005,
            point: "Ny praksis krever også endringer i organisasjonen rundt den, og det må være klart hvilke kjernekomponenter som skal på plass.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "I forberedelsen lager ledere og lærere sammen konkrete fremdriftsplaner, setter mål og klargjør hva som forventes av hvem.",
        },
    ],
};

const PHASE_3: Phase = Phase {
    number: 3,
    name: "Kjernekomponenter",
    vocabulary: Vocabulary {
        fos: "Utvikle kjernekomponenter",
        danish: "Implementering",
        nirn: "Aktiv implementering (implementation)",
        fullan: "Implementering",
    },
    purpose: "Arbeidsgruppen utvikler og konkretiserer kjernekomponentene: det som må være på plass i praksis for at endringen skal virke. Det skjer i dialog med hele personalet og med støtte fra eksterne partnere, samtidig som den nye praksisen tas i bruk. Gruppen setter seg inn i teori og forskning og oversetter den til noe som gir mening i skolens egen kultur.",
    drivers: "Arbeidsgruppen driver arbeidet sammen med eksterne partnere som høgskolen og PPT. Rektor er grensevokter og bestemmer sammen med gruppen hva som skal slippes inn av teori, råd og perspektiver, og hva som skal holdes ute.",
    when_rushed: "Blir kjernekomponentene aldri tydelige, gjør alle litt forskjellig, og ingen kan vite hva som virker. Slippes alle nye ideer og råd inn, drukner arbeidet. Blir ingenting oversatt til skolens hverdag, forblir det bare teori.",
    activities: &[
        Item {
            id: "f3-a-kjerne",
            text: "Beskriv kjernekomponentene: hva skal vi konkret gjøre annerledes?",
            help: "Blase mfl. (2012) skiller mellom hva som skal gjøres (kjernekomponentene) og hvordan det kommer i bruk (driverne). Beskriv handlinger som kan ses i hverdagen.",
        },
        Item {
            id: "f3-a-forskning",
            text: "Sett dere inn i teori og forskning på fokusområdet",
            help: "Arbeidsgruppen har et særlig ansvar her. Velg få og gode kilder, gjerne sammen med høgskolen eller PPT.",
        },
        Item {
            id: "f3-a-grensevokter",
            text: "Bestem hva dere slipper inn, og hva dere holder utenfor",
            help: "Eksterne partnere og litteratur byr på mange gode ideer. Rektor må lede utvelgelsen, så arbeidet ikke sprer seg i alle retninger.",
        },
        Item {
            id: "f3-a-oversette",
            text: "Oversett det nye så det gir mening i skolens egen kultur",
            help: "Rørvik mfl. (2014) kaller dette translatørkompetanse: å legge fram forskning slik at kollegiet forstår den, tar den imot og bruker den. Utfordre, men skap også optimisme.",
        },
        Item {
            id: "f3-a-dialog",
            text: "Utvikle komponentene i dialog med hele personalet",
            help: "Bruk arbeidsformer som åpner for samtale, ikke bare informasjon. Da blir det fellesskapets praksis og ikke bare gruppens.",
        },
        Item {
            id: "f3-a-praksis",
            text: "Ta den nye praksisen i bruk, og følg med på hvor langt hver enkelt har kommet",
            help: "Start gjerne i det små og del erfaringene. Hall og Hord (2015) viser at folk tar i bruk det nye i ulikt tempo, og at støtten bør tilpasses det.",
        },
        Item {
            id: "f3-a-veiledning",
            text: "Gi faglig veiledning til dem som prøver ut den nye praksisen",
            help: "Kurs alene endrer sjelden praksis. Veiledning og tilbakemelding i hverdagen gjør at nye ferdigheter faktisk blir brukt.",
        },
        Item {
            id: "f3-a-samarbeid",
            text: "Støtt faglige diskusjoner og en kultur for samarbeid",
            help: "Sett av tid i team og fellesmøter til å drøfte praksis. La flere få lede, så blir arbeidet mindre avhengig av noen få.",
        },
        Item {
            id: "f3-a-nyansatte",
            text: "Lag en ordning for å ta imot og lære opp nye ansatte",
            help: "Nye kolleger kommer hele tiden. Et kort introduksjonsopplegg hindrer at arbeidet svekkes når folk slutter og begynner.",
        },
        Item {
            id: "f3-a-justere",
            text: "Juster planen, risikovurderingen og fremmere og hemmere jevnlig",
            help: "Sett det fast på agendaen i arbeidsgruppen. Se på hva som faktisk skjer, ikke bare på hva som var planlagt.",
        },
    ],
    questions: &[
        Item {
            id: "f3-q-praksis",
            text: "Hvordan blir den nye kunnskapen til praksis i klasserommene?",
            help: "",
        },
        Item {
            id: "f3-q-oppfolging",
            text: "Hvordan følger dere opp at den nye praksisen faktisk brukes?",
            help: "For eksempel veiledning, observasjon eller samtaler i team.",
        },
        Item {
            id: "f3-q-mening",
            text: "Gir kjernekomponentene mening for de ansatte, og hvordan vet dere det?",
            help: "",
        },
        Item {
            id: "f3-q-grenser",
            text: "Hva har dere valgt å holde utenfor arbeidet, og hvorfor?",
            help: "",
        },
        Item {
            id: "f3-q-nyansatte",
            text: "Hvordan blir nye ansatte en del av arbeidet?",
            help: "",
        },
        Item {
            id: "f3-q-justering",
            text: "Hvordan justerer dere planen underveis, og hvem tar initiativet til det?",
            help: "Tenk på hva som har fremmet og hemmet arbeidet så langt.",
        },
        Item {
            id: "f3-q-kultur",
            text: "Hvordan legger dere til rette for faglige diskusjoner og samarbeid?",
            help: "",
        },
    ],
    research: &[
        Citation {
            authors: "Blase mfl.",
            year: 2012,
            point: "Det er nyttig å skille mellom kjernekomponentene, altså hva som skal gjøres, og implementeringsdriverne, altså hvordan det kommer i bruk, og ledelsen må sette seg inn i begge.",
        },
        Citation {
            authors: "Rørvik mfl.",
            year: 2014,
            point: "Ledere trenger translatørkompetanse: evnen til å legge fram teori og forskning slik at fellesskapet forstår den, tar den imot og bruker den.",
        },
        Citation {
            authors: "Stoll mfl.",
            year: 2006,
            point: "Profesjonelle læringsfellesskap kjennetegnes av felles verdier, kollektivt ansvar, reflekterende samtaler om praksis, samarbeid og læring både hver for seg og sammen.",
        },
        Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Hver enkelt tar i bruk ny praksis i sitt eget tempo, og ved å følge med på hvor langt folk har kommet, kan støtten treffe bedre.",
        },
    ],
};

const PHASE_4: Phase = Phase {
    number: 4,
    name: "Konsolidering og drift",
    vocabulary: Vocabulary {
        fos: "Konsolidering og daglig drift",
        danish: "Institutionalisering",
        nirn: "Vedlikehold og spredning (sustainability)",
        fullan: "Videreføring",
    },
    purpose: "Den nye praksisen og måten å jobbe på er blitt en del av hverdagen, og arbeidsgruppen styrer prosessene selv. Målet er å holde arbeidet ved like med full styrke, justere på bakgrunn av evaluering og ta med seg måten å jobbe på inn i nye utviklingsområder. Fasen har ingen slutt: den varer så lenge skolen fortsetter å lære.",
    drivers: "Arbeidsgruppen driver nå arbeidet på egen hånd, og rektor har et særlig ansvar for at fokuset holdes. Høgskolen og kommunens ressurspersoner trekker seg ut for å støtte nye skoler som begynner i fase 1.",
    when_rushed: "Når de eksterne trekker seg ut og det nye ikke lenger er nytt, er det lett å miste fokus eller hoppe videre til neste satsing. Uten faste strukturer og rutiner glir praksisen sakte tilbake til slik den var.",
    activities: &[
        Item {
            id: "f4-a-strukturer",
            text: "Flytt arbeidet inn i faste strukturer og rutiner",
            help: "Legg det inn i møteplaner, teamtid og skolens planer. Da lever arbeidet videre selv om enkeltpersoner slutter.",
        },
        Item {
            id: "f4-a-aarshjul",
            text: "Lag et årshjul med arbeidets faste aktiviteter gjennom skoleåret",
            help: "Årshjulet viser hva som skjer når, for eksempel oppstart, kartlegging, evaluering og opplæring av nye ansatte.",
        },
        Item {
            id: "f4-a-moter",
            text: "Hold fast ved møtene i arbeidsgruppen og den faglige veiledningen",
            help: "Det er fristende å kutte når ting går bra. Faste møter er det som holder arbeidet i gang når de eksterne har trukket seg ut.",
        },
        Item {
            id: "f4-a-evaluere",
            text: "Evaluer jevnlig og juster praksisen ut fra det dere finner",
            help: "Sammenlign data fra flere tidspunkt, for eksempel elevundersøkelser og egne observasjoner. Følg også med på hva som fremmer og hemmer arbeidet nå.",
        },
        Item {
            id: "f4-a-fokus",
            text: "Hold fokus, og unngå å hoppe videre til neste satsing",
            help: "Unngå «kengurusatsinger», der skolen stadig bykser videre til noe nytt. Rektor må verne om arbeidet, også når nye krav og ideer dukker opp.",
        },
        Item {
            id: "f4-a-pafyll",
            text: "Sørg for ny inspirasjon og faglig påfyll utenfra",
            help: "Oppfriskningskurs, besøk og nye innspill bidrar til å holde motivasjonen oppe (Ogden, 2018).",
        },
        Item {
            id: "f4-a-delt-ledelse",
            text: "Del ledelsen, og hold samarbeidskulturen levende",
            help: "Når flere i personalet tar ansvar, står arbeidet sterkere og motstanden blir mindre (Pont mfl., 2008).",
        },
        Item {
            id: "f4-a-nettverk",
            text: "Del og hent erfaringer i nettverk med andre skoler",
            help: "Nettverk kan bygges innad i kommunen eller på tvers av kommuner, etter geografi eller tema. Å beskrive egne valg for andre er også læring for egen skole.",
        },
        Item {
            id: "f4-a-overfore",
            text: "Bruk arbeidsmåten når skolen tar fatt på nye utviklingsområder",
            help: "Da slipper dere å begynne helt på nytt med fase 2 og 3. Erfaringene fra denne runden er en ressurs.",
        },
        Item {
            id: "f4-a-laering",
            text: "Skriv ned hva skolen har lært om å drive utviklingsarbeid",
            help: "Få med hva som fremmet og hemmet arbeidet, og hvorfor dere valgte som dere gjorde. Det er verdifullt for neste satsing og for nye skoler.",
        },
    ],
    questions: &[
        Item {
            id: "f4-q-fokus",
            text: "Hvordan holder dere fokus på arbeidet når det ikke lenger er nytt?",
            help: "",
        },
        Item {
            id: "f4-q-tilpasning",
            text: "Hvordan sørger dere for at den nye praksisen fortsatt brukes og tilpasses?",
            help: "",
        },
        Item {
            id: "f4-q-fremmere",
            text: "Hva fremmer og hva hemmer arbeidet nå, og hva gjør dere med det?",
            help: "",
        },
        Item {
            id: "f4-q-strukturer",
            text: "Hvilke faste strukturer bærer arbeidet videre, og hva mangler fortsatt?",
            help: "Tenk på møter, planer, årshjul og opplæring av nye.",
        },
        Item {
            id: "f4-q-laering",
            text: "Hva har skolen lært om å drive utviklingsarbeid, og hvordan bruker dere det?",
            help: "",
        },
        Item {
            id: "f4-q-nettverk",
            text: "Hvem kan dere lære av, og hvem kan lære av dere?",
            help: "Tenk på skoler i egen kommune og i andre kommuner.",
        },
    ],
    research: &[
        Citation {
            authors: "Dyssegaard mfl.",
            year: 2017,
            point: "Lærere har lett for å gli tilbake til kjente rutiner, så varig endring krever en utholdende og lærende holdning til arbeidet og ledere som tar ansvar for å holde det ved like.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "Om ny praksis holdes ved like, avhenger av hvordan lederne følger opp, blant annet med oppfriskningskurs og ved å holde motivasjonen oppe.",
        },
        Citation {
            authors: "Fullan",
            year: 2016,
            point: "Videreføring er en egen fase: endringen må bygges inn i skolens strukturer og kultur for å overleve når prosjektet er over.",
        },
        Citation {
            authors: "Pont mfl.",
            year: 2019,
            point: "Nettverk som går på tvers av skoler, trinn og kommuner, anbefales for å bygge den felles kapasiteten til å utvikle skolen.",
        },
    ],
};
