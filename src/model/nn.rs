//! The DEKOM phase model in Norwegian Nynorsk, translated from the Bokmål in `nb.rs`.
//! Ids and citations are the same in every language.

use super::{Citation, Item, Model, Phase, Vocabulary};

pub static MODEL: Model = Model {
    intro: "Modellen deler eit utviklingsarbeid inn i fire fasar: beredskap, involvering og organisering, arbeid med kjernekomponentar og til slutt konsolidering og dagleg drift. Han er meint som eit felles språk og ei støtte undervegs, ikkje som eit skjema som skal fyllast ut frå øvst til nedst. Fasane glir over i kvarandre, og det er heilt vanleg å gå tilbake til ein tidlegare fase når noko endrar seg. Fase 4 har ingen sluttdato: då har arbeidsmåten vorte ein del av kvardagen på skulen, og nye skular kan starte sin fase 1. Bruk det som passar for dykk, og press ikkje arbeidet inn i modellen.",
    idea_help: "Skildre først kva de ønskjer å oppnå: kva endring i praksis skal elevar og tilsette merke når arbeidet har lukkast? Vel deretter eit fokusområde som er avgrensa nok til at alle forstår kva det gjeld, men stort nok til å vere verdt fleire års innsats. Skriv gjerne med eigne ord kvifor akkurat dette er viktig på skulen dykkar no.",
    focus_examples: &[
        "Trygt og godt skulemiljø",
        "Førebygging av mobbing og krenkingar",
        "Psykisk helse og livsmeistring",
        "Mindre spesialundervisning gjennom betre tilpassa opplæring",
        "Klasseleiing",
        "Vurdering for læring",
        "Sosial og emosjonell læring",
    ],
    phases: &[PHASE_1, PHASE_2, PHASE_3, PHASE_4],
    research: &[
        Citation {
            authors: "Meyers mfl.",
            year: 2012,
            point: "Ein gjennomgang av 25 rammeverk viser kva faktorar som går igjen når implementering lukkast, mellom anna støttesystem, opplæring og rettleiing, samarbeid mellom aktørane og evaluering gjennom heile prosessen.",
        },
        Citation {
            authors: "Flaspohler mfl.",
            year: 2008,
            point: "Når skulen vurderer kapasiteten sin på nytt med jamne mellomrom, både hos den einskilde og i organisasjonen, blir det synleg om evna til å drive endring faktisk veks.",
        },
        Citation {
            authors: "Greenberg mfl.",
            year: 2005,
            point: "Barrierar som svak lojalitet til det som er bestemt, mangelfull leiing, lite medverknad, knapp tid og manglande støttesystem kan brukast som ei sjekkliste kvar gong skulen vurderer risiko.",
        },
        Citation {
            authors: "Fixsen mfl.",
            year: 2019,
            point: "Det er implementeringsdrivarane, altså kompetanse, organisering og leiing, som gjer at kjernekomponentane faktisk blir tekne i bruk, og dei må byggjast like medvite som sjølve innhaldet.",
        },
        Citation {
            authors: "Leithwood",
            year: 2019,
            point: "God skuleleiing handlar om å setje retning, utvikle personalet, organisere for utvikling og leie endring, og ho kviler på dei kognitive, sosiale og psykologiske ressursane til leiaren.",
        },
        Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Leiarar som skal fremje endring, har ulike stilar, som initiativtakaren, administratoren og respondenten, og det løner seg å vite kva stil ein sjølv hallar mot.",
        },
        Citation {
            authors: "Stoll mfl.",
            year: 2006,
            point: "Eit profesjonelt læringsfellesskap treng inkludering, tillit og nettverk, også utover eigen skule, for å halde seg levande over tid.",
        },
        Citation {
            authors: "Senge",
            year: 2004,
            point: "Ein lærande organisasjon byggjer på personleg meistring, mentale modellar, læring i team, felles visjon og systemtenking, og krev at ein torer å sjå kritisk på eigne vanar og føresetnader.",
        },
        Citation {
            authors: "Dyssegaard mfl.",
            year: 2017,
            point: "Seks tema har varig verdi for om implementering verkar: leiing, profesjonell utvikling, støttesystem, lojalitet til det som er bestemt, haldningar og oppfatningar, og berekraft.",
        },
        Citation {
            authors: "Bernhardt",
            year: 2013,
            point: "Data om eigen skule gir best effekt når dei blir brukte systematisk og knytte tett til det som skjer i undervisninga.",
        },
    ],
};

const PHASE_1: Phase = Phase {
    number: 1,
    name: "Beredskap",
    vocabulary: Vocabulary {
        fos: "Beredskap: motivasjon og eigarskap",
        danish: "Iscenesættelse",
        nirn: "Utforsking (exploration)",
        fullan: "Initiering",
    },
    purpose: "Her skal skulen byggje motivasjon og eigarskap før arbeidet for alvor blir sett i gang. Kollegiet finn saman ut kvar skulen treng å bli betre, og får eit ærleg bilete av kva arbeidet vil krevje av tid, merksemd og innsats. Sjølv om skulen alt har sagt ja, er dette tida for samtale: kvifor skal vi gjere dette, og kva vinn vi på det?",
    drivers: "Rektor og leiarteamet driv arbeidet i denne fasen, gjerne med støtte frå skuleeigar. Styringsgruppa i kommunen kan vere pådrivar og samtalepartnar.",
    when_rushed: "Hoppar skulen for raskt over beredskapen, kan fleire års innsats ende med lite å vise til. Utan eigarskap opplevest satsinga som noko som kjem ovanfrå, og motstanden dukkar opp seinare, når han er vanskelegare å møte.",
    activities: &[
        Item {
            id: "f1-a-dialog",
            text: "Snakk med personalet om kva satsinga går ut på, og kvifor",
            help: "Eit ja frå leiinga er ikkje det same som eit ja frå kollegiet. Gi rom for spørsmål og tvil tidleg, så blir det lettare å byggje eigarskap.",
        },
        Item {
            id: "f1-a-kartlegging",
            text: "Kartlegg saman kvar skulen har størst behov for å bli betre",
            help: "Bruk det de alt veit, til dømes frå elevundersøkinga og eigne observasjonar. Når kollegiet sjølv ser behovet, aukar motivasjonen.",
        },
        Item {
            id: "f1-a-gevinst",
            text: "Vis både vinsten ved endring og utfordringane ved dagens praksis",
            help: "Motivasjon veks ofte av kombinasjonen: eit bilete av noko betre og ei ærleg erkjenning av det som ikkje fungerer godt nok i dag.",
        },
        Item {
            id: "f1-a-formaal",
            text: "Avklar føremålet og formuler mål for arbeidet",
            help: "Skriv måla så konkret at de seinare kan sjå om de er på veg. Drøft dei med personalet før dei blir endelege.",
        },
        Item {
            id: "f1-a-interessenter",
            text: "Finn ut kven som blir råka, og kven som bør vere med",
            help: "Tenk på elevar, føresette og FAU, PPT, skulehelsetenesta og skuleeigar. Kven har noko å vinne eller tape, og kven må vere med for at det skal lukkast?",
        },
        Item {
            id: "f1-a-ansvar",
            text: "Avklar kven som har ansvaret for gjennomføringa",
            help: "Nokon må eige prosessen. Avklar også korleis oppgåvene blir fordelte mellom leiinga og dei som skal drive arbeidet i praksis.",
        },
        Item {
            id: "f1-a-innsats",
            text: "Gjer tydeleg kva arbeidet vil krevje av tid, fokus og innsats",
            help: "Når alle veit kva dei seier ja til, blir det færre overraskingar seinare. Drøft også kva ressursar prosessen skal få.",
        },
        Item {
            id: "f1-a-kapasitet",
            text: "Vurder kapasiteten til skulen: kompetanse, motivasjon, folk og ressursar",
            help: "Flaspohler mfl. (2008) skil mellom kapasitet hos den einskilde og i organisasjonen. Ei ærleg vurdering no gir eit utgangspunkt å måle framgang mot.",
        },
        Item {
            id: "f1-a-barrierer",
            text: "Peik ut moglege barrierar og gjer ei enkel risikovurdering",
            help: "Greenberg mfl. (2005) nemner mellom anna lite tid, svak leiing, lite medverknad og dårlege røynsler frå tidlegare satsingar. Det som har fått eit namn, er lettare å gjere noko med.",
        },
        Item {
            id: "f1-a-rydde",
            text: "Vurder kva andre satsingar som kan setjast på vent eller avsluttast",
            help: "Mange skular har for mange satsingar på ein gong (Dyssegaard mfl., 2017). Nytt arbeid treng plass, ikkje berre eit ekstra lag oppå alt anna.",
        },
    ],
    questions: &[
        Item {
            id: "f1-q-involvering",
            text: "Korleis får lærarar og andre tilsette vere med på å forme arbeidet heilt frå starten?",
            help: "Tenk på både formelle møte og uformelle samtalar.",
        },
        Item {
            id: "f1-q-utgangspunkt",
            text: "Korleis byggjer de på det skulen og den einskilde læraren alt kan og gjer?",
            help: "",
        },
        Item {
            id: "f1-q-eierskap",
            text: "Kva skal til for at personalet opplever arbeidet som sitt eige?",
            help: "",
        },
        Item {
            id: "f1-q-maal",
            text: "Er føremålet tydeleg, og har personalet vore med på å drøfte måla?",
            help: "Kunne ein tilfeldig vald kollega forklart målet med eigne ord?",
        },
        Item {
            id: "f1-q-roller",
            text: "Kven har ansvaret for prosessen, og er rollene mellom leiinga og dei som driv arbeidet, avklarte?",
            help: "",
        },
        Item {
            id: "f1-q-risiko",
            text: "Kva kan stå i vegen for arbeidet, og korleis vil de møte det?",
            help: "Ta med både det praktiske, som tid, og det menneskelege, som skepsis og tidlegare røynsler.",
        },
        Item {
            id: "f1-q-klar",
            text: "Korleis veit de at skulen er klar til å gå vidare, og kva gjer de om han ikkje er det?",
            help: "",
        },
    ],
    research: &[
        Citation {
            authors: "Fullan",
            year: 2016,
            point: "Ein innovasjon går gjennom initiering, implementering og vidareføring, og det som skjer i starten, pregar resten av løpet.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "Implementering skjer trinnvis og byrjar med utforsking, der skulen vurderer behovet og om det nye passar, og der leiarane tek med lærarane så tidleg som mogleg.",
        },
        Citation {
            authors: "Flaspohler mfl.",
            year: 2008,
            point: "Kapasitet finst både hos den einskilde, som kompetanse, motivasjon og verdiar, og i organisasjonen, som folk, ressursar, leiing, klima og samarbeidspartnarar, og begge delar bør vurderast før start.",
        },
        Citation {
            authors: "Greenberg mfl.",
            year: 2005,
            point: "Tidlegare negative røynsler med nye satsingar og motstand i organisasjonen er blant barrierane det løner seg å snakke ope om før arbeidet startar.",
        },
    ],
};

const PHASE_2: Phase = Phase {
    number: 2,
    name: "Involvere og organisere",
    vocabulary: Vocabulary {
        fos: "Involvere og rigge skulen",
        danish: "Initiering",
        nirn: "Førebuing (installation)",
        fullan: "Implementering",
    },
    purpose: "Fase 2 består av to prosessar som går side om side. Den eine handlar om å involvere tilsette, føresette og elevar i kva skulen legg i fokusområdet, og om å velje ei tydeleg retning som gir meining akkurat her. Den andre handlar om å rigge skulen for arbeidet: ei arbeidsgruppe, eksterne partnarar, faste møtepunkt, tid og ein plan.",
    drivers: "Rektor og leiarteamet tek dei strategiske vala i denne fasen, og rektor leier arbeidsgruppa som blir sett ned. Skuleeigar og ressurspersonane i kommunen støttar undervegs.",
    when_rushed: "Er retninga uklar, eller blir arbeidsgruppa sett saman i all hast, manglar arbeidet både drivarar og forankring. Kjem arbeidet oppå alt anna utan at tid blir frigjord, blir det fort lite effektivt og slitsamt for alle.",
    activities: &[
        Item {
            id: "f2-a-involvere",
            text: "Involver tilsette, føresette og elevar i kva fokusområdet tyder hos dykk",
            help: "Eit stort tema som inkluderande læringsmiljø kan romme mykje. Felles samtalar gjer det mogleg å velje ei retning som fleire kjenner seg att i.",
        },
        Item {
            id: "f2-a-retning",
            text: "Vel ei tydeleg retning og skildre kva ho tyder i praksis",
            help: "I den desentraliserte ordninga er innhaldet ikkje bestemt på førehand, så skulen må sjølv gjere det konkret. Fixsen mfl. (2005) viser kor viktig det er å vere tydeleg på kjernekomponentane.",
        },
        Item {
            id: "f2-a-gruppe",
            text: "Set ned ei arbeidsgruppe som rektor leier",
            help: "Vurder kor stor gruppa skal vere, og om ho kan erstatte ei gruppe de alt har, til dømes plangruppa. Meyers mfl. (2012) reknar eit eige implementeringsteam som ein kritisk faktor.",
        },
        Item {
            id: "f2-a-medlemmer",
            text: "Vel medlemmer med motivasjon og posisjon frå ulike delar av personalet",
            help: "Ta gjerne med både lærarar og assistentar. Gruppa skal drive arbeidet saman med rektor, så ho treng folk som kollegane lyttar til.",
        },
        Item {
            id: "f2-a-skeptiker",
            text: "Vurder å ta med ein skeptikar i arbeidsgruppa",
            help: "Ein som stiller kritiske spørsmål undervegs, kan fange opp veikskapar tidleg og gjer at fleire i personalet kjenner seg representerte.",
        },
        Item {
            id: "f2-a-tillitsvalgt",
            text: "Ha tett dialog med dei tillitsvalde",
            help: "Vurder om ein tillitsvald skal sitje i gruppa. Tidleg dialog om tid og arbeidsbelastning førebyggjer konfliktar seinare.",
        },
        Item {
            id: "f2-a-eksterne",
            text: "Vel eksterne partnarar og avtal faste møtepunkt med dei",
            help: "Tenk på høgskulen, PPT, ressurspersonane i kommunen, FAU og skulehelsetenesta. Dei har sjeldan tid til å vere med på alt, så avtal på førehand når de skal møtast, og kva møta skal brukast til.",
        },
        Item {
            id: "f2-a-tid",
            text: "Set av tid og rom til arbeidet, både i gruppa og i heile personalet",
            help: "Arbeid som får jamne og hyppige økter over lang tid, har best sjanse til å gi resultat. Finn ein balanse der innsatsen står i forhold til det de får att.",
        },
        Item {
            id: "f2-a-opplaering",
            text: "Planlegg opplæring, og knyt det nye til det de alt gjer",
            help: "Den nye praksisen må henge saman med kvardagen. Avtal også korleis de skal samarbeide og dele røynsler undervegs.",
        },
        Item {
            id: "f2-a-plan",
            text: "Lag ein implementeringsplan med milepælar, ansvar og forventingar",
            help: "Meyers mfl. (2012) peikar på ein gjennomarbeidd plan som ein kritisk faktor. Planen bør vise kven som gjer kva, og når, og han skal kunne justerast.",
        },
    ],
    questions: &[
        Item {
            id: "f2-q-plan",
            text: "Kven skal lage planen for arbeidet, og korleis skal det gjerast?",
            help: "",
        },
        Item {
            id: "f2-q-gruppe",
            text: "Korleis vel de medlemmene i arbeidsgruppa, og kvifor akkurat dei?",
            help: "Tenk på motivasjon, posisjon i kollegiet og ulike ståstader.",
        },
        Item {
            id: "f2-q-retning",
            text: "Kan alle i personalet forklare med eigne ord kva retning skulen har valt?",
            help: "",
        },
        Item {
            id: "f2-q-sammenheng",
            text: "Korleis heng den nye praksisen saman med det de gjer frå før?",
            help: "",
        },
        Item {
            id: "f2-q-deling",
            text: "Korleis syter de for at kunnskap og røynsler blir delte jamleg?",
            help: "",
        },
        Item {
            id: "f2-q-kompetanse",
            text: "Korleis får alle som blir råka, vere med og få den kompetansen dei treng?",
            help: "",
        },
        Item {
            id: "f2-q-balanse",
            text: "Korleis ser balansen mellom innsats og vinst ut for personalet?",
            help: "Kva kan gjerast enklare, eller leggjast bort, for å gi plass?",
        },
    ],
    research: &[
        Citation {
            authors: "Meyers mfl.",
            year: 2012,
            point: "Eit eige implementeringsteam og ein gjennomarbeidd plan er blant faktorane som går igjen i rammeverk for god implementering.",
        },
        Citation {
            authors: "Fixsen mfl.",
            year: 2005,
            point: "Ny praksis krev også endringar i organisasjonen rundt han, og det må vere klart kva kjernekomponentar som skal på plass.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "I førebuinga lagar leiarar og lærarar saman konkrete framdriftsplanar, set mål og klargjer kva som er venta av kven.",
        },
    ],
};

const PHASE_3: Phase = Phase {
    number: 3,
    name: "Kjernekomponentar",
    vocabulary: Vocabulary {
        fos: "Utvikle kjernekomponentar",
        danish: "Implementering",
        nirn: "Aktiv implementering (implementation)",
        fullan: "Implementering",
    },
    purpose: "Arbeidsgruppa utviklar og konkretiserer kjernekomponentane: det som må vere på plass i praksis for at endringa skal verke. Det skjer i dialog med heile personalet og med støtte frå eksterne partnarar, samstundes som den nye praksisen blir teken i bruk. Gruppa set seg inn i teori og forsking og omset han til noko som gir meining i kulturen på skulen.",
    drivers: "Arbeidsgruppa driv arbeidet saman med eksterne partnarar som høgskulen og PPT. Rektor er grensevaktar og bestemmer saman med gruppa kva som skal sleppast inn av teori, råd og perspektiv, og kva som skal haldast ute.",
    when_rushed: "Blir kjernekomponentane aldri tydelege, gjer alle litt forskjellig, og ingen kan vite kva som verkar. Blir alle nye idear og råd sleppte inn, druknar arbeidet. Blir ingenting omsett til kvardagen på skulen, blir det verande berre teori.",
    activities: &[
        Item {
            id: "f3-a-kjerne",
            text: "Skildre kjernekomponentane: kva skal vi konkret gjere annleis?",
            help: "Blase mfl. (2012) skil mellom kva som skal gjerast (kjernekomponentane) og korleis det kjem i bruk (drivarane). Skildre handlingar som kan sjåast i kvardagen.",
        },
        Item {
            id: "f3-a-forskning",
            text: "Set dykk inn i teori og forsking på fokusområdet",
            help: "Arbeidsgruppa har eit særleg ansvar her. Vel få og gode kjelder, gjerne saman med høgskulen eller PPT.",
        },
        Item {
            id: "f3-a-grensevokter",
            text: "Bestem kva de slepper inn, og kva de held utanfor",
            help: "Eksterne partnarar og litteratur byr på mange gode idear. Rektor må leie utveljinga, så arbeidet ikkje spreier seg i alle retningar.",
        },
        Item {
            id: "f3-a-oversette",
            text: "Omset det nye så det gir meining i kulturen på skulen",
            help: "Rørvik mfl. (2014) kallar dette translatørkompetanse: å leggje fram forsking slik at kollegiet forstår henne, tek imot henne og brukar henne. Utfordre, men skap også optimisme.",
        },
        Item {
            id: "f3-a-dialog",
            text: "Utvikle komponentane i dialog med heile personalet",
            help: "Bruk arbeidsformer som opnar for samtale, ikkje berre informasjon. Då blir det praksisen til fellesskapet og ikkje berre til gruppa.",
        },
        Item {
            id: "f3-a-praksis",
            text: "Ta den nye praksisen i bruk, og følg med på kor langt kvar einskild har kome",
            help: "Start gjerne i det små og del røynslene. Hall og Hord (2015) viser at folk tek i bruk det nye i ulikt tempo, og at støtta bør tilpassast det.",
        },
        Item {
            id: "f3-a-veiledning",
            text: "Gi fagleg rettleiing til dei som prøver ut den nye praksisen",
            help: "Kurs åleine endrar sjeldan praksis. Rettleiing og tilbakemelding i kvardagen gjer at nye dugleikar faktisk blir brukte.",
        },
        Item {
            id: "f3-a-samarbeid",
            text: "Støtt faglege diskusjonar og ein kultur for samarbeid",
            help: "Set av tid i team og fellesmøte til å drøfte praksis. La fleire få leie, så blir arbeidet mindre avhengig av nokre få.",
        },
        Item {
            id: "f3-a-nyansatte",
            text: "Lag ei ordning for å ta imot og lære opp nytilsette",
            help: "Nye kollegar kjem heile tida. Eit kort introduksjonsopplegg hindrar at arbeidet blir svekt når folk sluttar og byrjar.",
        },
        Item {
            id: "f3-a-justere",
            text: "Juster planen, risikovurderinga og fremjarar og hemmarar jamleg",
            help: "Set det fast på agendaen i arbeidsgruppa. Sjå på kva som faktisk skjer, ikkje berre på kva som var planlagt.",
        },
    ],
    questions: &[
        Item {
            id: "f3-q-praksis",
            text: "Korleis blir den nye kunnskapen til praksis i klasseromma?",
            help: "",
        },
        Item {
            id: "f3-q-oppfolging",
            text: "Korleis følgjer de opp at den nye praksisen faktisk blir brukt?",
            help: "Til dømes rettleiing, observasjon eller samtalar i team.",
        },
        Item {
            id: "f3-q-mening",
            text: "Gir kjernekomponentane meining for dei tilsette, og korleis veit de det?",
            help: "",
        },
        Item {
            id: "f3-q-grenser",
            text: "Kva har de valt å halde utanfor arbeidet, og kvifor?",
            help: "",
        },
        Item {
            id: "f3-q-nyansatte",
            text: "Korleis blir nytilsette ein del av arbeidet?",
            help: "",
        },
        Item {
            id: "f3-q-justering",
            text: "Korleis justerer de planen undervegs, og kven tek initiativet til det?",
            help: "Tenk på kva som har fremja og hemma arbeidet så langt.",
        },
        Item {
            id: "f3-q-kultur",
            text: "Korleis legg de til rette for faglege diskusjonar og samarbeid?",
            help: "",
        },
    ],
    research: &[
        Citation {
            authors: "Blase mfl.",
            year: 2012,
            point: "Det er nyttig å skilje mellom kjernekomponentane, altså kva som skal gjerast, og implementeringsdrivarane, altså korleis det kjem i bruk, og leiinga må setje seg inn i begge.",
        },
        Citation {
            authors: "Rørvik mfl.",
            year: 2014,
            point: "Leiarar treng translatørkompetanse: evna til å leggje fram teori og forsking slik at fellesskapet forstår henne, tek imot henne og brukar henne.",
        },
        Citation {
            authors: "Stoll mfl.",
            year: 2006,
            point: "Profesjonelle læringsfellesskap er kjenneteikna av felles verdiar, kollektivt ansvar, reflekterande samtalar om praksis, samarbeid og læring både kvar for seg og saman.",
        },
        Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Kvar einskild tek i bruk ny praksis i sitt eige tempo, og ved å følgje med på kor langt folk har kome, kan støtta treffe betre.",
        },
    ],
};

const PHASE_4: Phase = Phase {
    number: 4,
    name: "Konsolidering og drift",
    vocabulary: Vocabulary {
        fos: "Konsolidering og dagleg drift",
        danish: "Institutionalisering",
        nirn: "Vedlikehald og spreiing (sustainability)",
        fullan: "Vidareføring",
    },
    purpose: "Den nye praksisen og arbeidsmåten har vorte ein del av kvardagen, og arbeidsgruppa styrer prosessane sjølv. Målet er å halde arbeidet ved like med full styrke, justere på bakgrunn av evaluering og ta med seg arbeidsmåten inn i nye utviklingsområde. Fasen har ingen slutt: han varer så lenge skulen held fram med å lære.",
    drivers: "Arbeidsgruppa driv no arbeidet på eiga hand, og rektor har eit særleg ansvar for at fokuset blir halde. Høgskulen og ressurspersonane i kommunen trekkjer seg ut for å støtte nye skular som byrjar i fase 1.",
    when_rushed: "Når dei eksterne trekkjer seg ut og det nye ikkje lenger er nytt, er det lett å miste fokus eller hoppe vidare til neste satsing. Utan faste strukturar og rutinar glir praksisen sakte tilbake til slik han var.",
    activities: &[
        Item {
            id: "f4-a-strukturer",
            text: "Flytt arbeidet inn i faste strukturar og rutinar",
            help: "Legg det inn i møteplanar, teamtid og planane til skulen. Då lever arbeidet vidare sjølv om einskildpersonar sluttar.",
        },
        Item {
            id: "f4-a-aarshjul",
            text: "Lag eit årshjul med dei faste aktivitetane i arbeidet gjennom skuleåret",
            help: "Årshjulet viser kva som skjer når, til dømes oppstart, kartlegging, evaluering og opplæring av nytilsette.",
        },
        Item {
            id: "f4-a-moter",
            text: "Hald fast ved møta i arbeidsgruppa og den faglege rettleiinga",
            help: "Det er freistande å kutte når ting går bra. Faste møte er det som held arbeidet i gang når dei eksterne har trekt seg ut.",
        },
        Item {
            id: "f4-a-evaluere",
            text: "Evaluer jamleg og juster praksisen ut frå det de finn",
            help: "Samanlikn data frå fleire tidspunkt, til dømes elevundersøkingar og eigne observasjonar. Følg også med på kva som fremjar og hemmar arbeidet no.",
        },
        Item {
            id: "f4-a-fokus",
            text: "Hald fokus, og unngå å hoppe vidare til neste satsing",
            help: "Unngå «kengurusatsingar», der skulen stadig byksar vidare til noko nytt. Rektor må verne om arbeidet, også når nye krav og idear dukkar opp.",
        },
        Item {
            id: "f4-a-pafyll",
            text: "Syt for ny inspirasjon og fagleg påfyll utanfrå",
            help: "Oppfriskingskurs, besøk og nye innspel bidreg til å halde motivasjonen oppe (Ogden, 2018).",
        },
        Item {
            id: "f4-a-delt-ledelse",
            text: "Del leiinga, og hald samarbeidskulturen levande",
            help: "Når fleire i personalet tek ansvar, står arbeidet sterkare og motstanden blir mindre (Pont mfl., 2008).",
        },
        Item {
            id: "f4-a-nettverk",
            text: "Del og hent røynsler i nettverk med andre skular",
            help: "Nettverk kan byggjast innanfor kommunen eller på tvers av kommunar, etter geografi eller tema. Å skildre eigne val for andre er også læring for eigen skule.",
        },
        Item {
            id: "f4-a-overfore",
            text: "Bruk arbeidsmåten når skulen tek fatt på nye utviklingsområde",
            help: "Då slepp de å byrje heilt på nytt med fase 2 og 3. Røynslene frå denne runden er ein ressurs.",
        },
        Item {
            id: "f4-a-laering",
            text: "Skriv ned kva skulen har lært om å drive utviklingsarbeid",
            help: "Få med kva som fremja og hemma arbeidet, og kvifor de valde som de gjorde. Det er verdifullt for neste satsing og for nye skular.",
        },
    ],
    questions: &[
        Item {
            id: "f4-q-fokus",
            text: "Korleis held de fokus på arbeidet når det ikkje lenger er nytt?",
            help: "",
        },
        Item {
            id: "f4-q-tilpasning",
            text: "Korleis syter de for at den nye praksisen framleis blir brukt og tilpassa?",
            help: "",
        },
        Item {
            id: "f4-q-fremmere",
            text: "Kva fremjar og kva hemmar arbeidet no, og kva gjer de med det?",
            help: "",
        },
        Item {
            id: "f4-q-strukturer",
            text: "Kva faste strukturar ber arbeidet vidare, og kva manglar framleis?",
            help: "Tenk på møte, planar, årshjul og opplæring av nye.",
        },
        Item {
            id: "f4-q-laering",
            text: "Kva har skulen lært om å drive utviklingsarbeid, og korleis brukar de det?",
            help: "",
        },
        Item {
            id: "f4-q-nettverk",
            text: "Kven kan de lære av, og kven kan lære av dykk?",
            help: "Tenk på skular i eigen kommune og i andre kommunar.",
        },
    ],
    research: &[
        Citation {
            authors: "Dyssegaard mfl.",
            year: 2017,
            point: "Lærarar glir lett tilbake til kjende rutinar, så varig endring krev ei uthaldande og lærande haldning til arbeidet og leiarar som tek ansvar for å halde det ved like.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "Om ny praksis blir halden ved like, kjem an på korleis leiarane følgjer opp, mellom anna med oppfriskingskurs og ved å halde motivasjonen oppe.",
        },
        Citation {
            authors: "Fullan",
            year: 2016,
            point: "Vidareføring er ein eigen fase: endringa må byggjast inn i strukturane og kulturen på skulen for å overleve når prosjektet er over.",
        },
        Citation {
            authors: "Pont mfl.",
            year: 2019,
            point: "Nettverk som går på tvers av skular, trinn og kommunar, blir tilrådde for å byggje den felles kapasiteten til å utvikle skulen.",
        },
    ],
};
