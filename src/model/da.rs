//! The DEKOM phase model in Danish, translated from the Bokmål in `nb.rs`. The phases
//! carry the names of the Danish implementation model; Norwegian institutions have their
//! Danish counterparts (PPT → PPR, FAU → skolebestyrelsen). Ids and cited works are the
//! same in every language.

use super::{Citation, Item, Model, Phase, Vocabulary};

pub static MODEL: Model = Model {
    intro: "Modellen deler et udviklingsarbejde op i fire faser: iscenesættelse, initiering, implementering og til sidst institutionalisering, hvor det nye bliver en del af den daglige drift. Den er tænkt som et fælles sprog og en støtte undervejs, ikke som et skema, der skal udfyldes fra øverst til nederst. Faserne glider over i hinanden, og det er helt almindeligt at vende tilbage til en tidligere fase, når noget ændrer sig. Fase 4 har ingen slutdato: Her er arbejdsformen blevet en del af skolens hverdag, og nye skoler kan begynde deres fase 1. Brug det, der passer til jer, og pres ikke arbejdet ind i modellen.",
    idea_help: "Beskriv først, hvad I ønsker at opnå: Hvilken ændring i praksis skal elever og medarbejdere mærke, når arbejdet er lykkedes? Vælg derefter et fokusområde, der er afgrænset nok til, at alle forstår, hvad det drejer sig om, men stort nok til at være flere års indsats værd. Skriv gerne med jeres egne ord, hvorfor netop dette er vigtigt på jeres skole nu.",
    focus_examples: &[
        "Tryg og god trivsel i skolen",
        "Forebyggelse af mobning og krænkelser",
        "Mental sundhed og livsmestring",
        "Mindre specialundervisning gennem bedre undervisningsdifferentiering",
        "Klasseledelse",
        "Evaluering for læring",
        "Social og emotionel læring",
    ],
    phases: &[PHASE_1, PHASE_2, PHASE_3, PHASE_4],
    research: &[
        Citation {
            authors: "Meyers m.fl.",
            year: 2012,
            point: "En gennemgang af 25 rammeværk viser, hvilke faktorer der går igen, når implementering lykkes, blandt andet støttesystemer, uddannelse og vejledning, samarbejde mellem aktørerne og evaluering gennem hele processen.",
        },
        Citation {
            authors: "Flaspohler m.fl.",
            year: 2008,
            point: "Når skolen med jævne mellemrum vurderer sin kapacitet igen, både hos den enkelte og i organisationen, bliver det synligt, om evnen til at drive forandring faktisk vokser.",
        },
        Citation {
            authors: "Greenberg m.fl.",
            year: 2005,
            point: "Barrierer som svag loyalitet over for det besluttede, mangelfuld ledelse, ringe medinddragelse, knap tid og manglende støttesystemer kan bruges som en tjekliste, hver gang skolen vurderer risici.",
        },
        Citation {
            authors: "Fixsen m.fl.",
            year: 2019,
            point: "Det er implementeringsdriverne, altså kompetencer, organisering og ledelse, der får kernekomponenterne taget i brug, og de skal opbygges lige så bevidst som selve indholdet.",
        },
        Citation {
            authors: "Leithwood",
            year: 2019,
            point: "God skoleledelse handler om at sætte retning, udvikle medarbejderne, organisere for udvikling og lede forandring, og den hviler på lederens kognitive, sociale og psykologiske ressourcer.",
        },
        Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Ledere, der skal fremme forandring, har forskellige stilarter, som initiativtageren, administratoren og responderen, og det betaler sig at vide, hvilken stil man selv hælder til.",
        },
        Citation {
            authors: "Stoll m.fl.",
            year: 2006,
            point: "Et professionelt læringsfællesskab har brug for inklusion, tillid og netværk, også ud over egen skole, for at forblive levende over tid.",
        },
        Citation {
            authors: "Senge",
            year: 2004,
            point: "En lærende organisation bygger på personlig mestring, mentale modeller, teamlæring, fælles vision og systemtænkning og kræver mod til at se kritisk på egne vaner og antagelser.",
        },
        Citation {
            authors: "Dyssegaard m.fl.",
            year: 2017,
            point: "Seks temaer har varig betydning for, om implementering virker: ledelse, professionel udvikling, støttesystemer, loyalitet over for det besluttede, holdninger og opfattelser samt bæredygtighed.",
        },
        Citation {
            authors: "Bernhardt",
            year: 2013,
            point: "Data om egen skole giver størst effekt, når de bruges systematisk og knyttes tæt til det, der sker i undervisningen.",
        },
    ],
};

const PHASE_1: Phase = Phase {
    number: 1,
    name: "Iscenesættelse",
    vocabulary: Vocabulary {
        fos: "Beredskab: motivation og ejerskab",
        danish: "Iscenesættelse",
        nirn: "Udforskning (exploration)",
        fullan: "Initiering",
    },
    purpose: "Her skal skolen opbygge motivation og ejerskab, før arbejdet for alvor sættes i gang. Det pædagogiske personale finder sammen ud af, hvor skolen har brug for at blive bedre, og får et ærligt billede af, hvad arbejdet vil kræve af tid, opmærksomhed og indsats. Selv om skolen allerede har sagt ja, er dette tiden til samtale: Hvorfor skal vi gøre det, og hvad vinder vi ved det?",
    drivers: "Skolelederen og ledelsesteamet driver arbejdet i denne fase, gerne med støtte fra forvaltningen. Kommunens styregruppe kan være drivkraft og samtalepartner.",
    when_rushed: "Springer skolen for hurtigt over iscenesættelsen, kan flere års indsats ende med meget lidt at vise frem. Uden ejerskab opleves indsatsen som noget, der kommer oppefra, og modstanden dukker op senere, når den er sværere at håndtere.",
    activities: &[
        Item {
            id: "f1-a-dialog",
            text: "Tal med personalet om, hvad indsatsen går ud på, og hvorfor",
            help: "Et ja fra ledelsen er ikke det samme som et ja fra kollegerne. Giv tidligt plads til spørgsmål og tvivl, så bliver det lettere at opbygge ejerskab.",
        },
        Item {
            id: "f1-a-kartlegging",
            text: "Kortlæg i fællesskab, hvor skolen har størst behov for at blive bedre",
            help: "Brug det, I allerede ved, for eksempel fra trivselsmålingen og egne observationer. Når personalet selv ser behovet, stiger motivationen.",
        },
        Item {
            id: "f1-a-gevinst",
            text: "Vis både gevinsten ved forandring og udfordringerne ved den nuværende praksis",
            help: "Motivation vokser ofte af kombinationen: et billede af noget bedre og en ærlig erkendelse af det, der ikke fungerer godt nok i dag.",
        },
        Item {
            id: "f1-a-formaal",
            text: "Afklar formålet, og formulér mål for arbejdet",
            help: "Skriv målene så konkret, at I senere kan se, om I er på vej. Drøft dem med personalet, før de bliver endelige.",
        },
        Item {
            id: "f1-a-interessenter",
            text: "Find ud af, hvem der berøres, og hvem der bør være med",
            help: "Tænk på elever, forældre og skolebestyrelsen, PPR, sundhedsplejen og forvaltningen. Hvem har noget at vinde eller tabe, og hvem skal være med, for at det lykkes?",
        },
        Item {
            id: "f1-a-ansvar",
            text: "Afklar, hvem der har ansvaret for gennemførelsen",
            help: "Nogen skal eje processen. Afklar også, hvordan opgaverne fordeles mellem ledelsen og dem, der skal drive arbejdet i praksis.",
        },
        Item {
            id: "f1-a-innsats",
            text: "Gør det tydeligt, hvad arbejdet vil kræve af tid, fokus og indsats",
            help: "Når alle ved, hvad de siger ja til, bliver der færre overraskelser senere. Drøft også, hvilke ressourcer processen skal have.",
        },
        Item {
            id: "f1-a-kapasitet",
            text: "Vurdér skolens kapacitet: kompetencer, motivation, mennesker og ressourcer",
            help: "Flaspohler m.fl. (2008) skelner mellem kapacitet hos den enkelte og i organisationen. En ærlig vurdering nu giver et udgangspunkt at måle fremskridt i forhold til.",
        },
        Item {
            id: "f1-a-barrierer",
            text: "Udpeg mulige barrierer, og lav en enkel risikovurdering",
            help: "Greenberg m.fl. (2005) nævner blandt andet mangel på tid, svag ledelse, ringe medinddragelse og dårlige erfaringer fra tidligere indsatser. Det, der har fået et navn, er lettere at gøre noget ved.",
        },
        Item {
            id: "f1-a-rydde",
            text: "Vurdér, hvilke andre indsatser der kan sættes på pause eller afsluttes",
            help: "Mange skoler har for mange indsatser på én gang (Dyssegaard m.fl., 2017). Nyt arbejde har brug for plads, ikke blot et ekstra lag oven på alt det andet.",
        },
    ],
    questions: &[
        Item {
            id: "f1-q-involvering",
            text: "Hvordan kommer lærere, pædagoger og andre medarbejdere til at forme arbejdet helt fra starten?",
            help: "Tænk på både formelle møder og uformelle samtaler.",
        },
        Item {
            id: "f1-q-utgangspunkt",
            text: "Hvordan bygger I videre på det, skolen og den enkelte lærer allerede kan og gør?",
            help: "",
        },
        Item {
            id: "f1-q-eierskap",
            text: "Hvad skal der til, for at personalet oplever arbejdet som sit eget?",
            help: "",
        },
        Item {
            id: "f1-q-maal",
            text: "Er formålet tydeligt, og har personalet været med til at drøfte målene?",
            help: "Ville en tilfældigt valgt kollega kunne forklare målet med egne ord?",
        },
        Item {
            id: "f1-q-roller",
            text: "Hvem har ansvaret for processen, og er rollerne mellem ledelsen og dem, der driver arbejdet, afklaret?",
            help: "",
        },
        Item {
            id: "f1-q-risiko",
            text: "Hvad kan stå i vejen for arbejdet, og hvordan vil I håndtere det?",
            help: "Tag både det praktiske med, som tid, og det menneskelige, som skepsis og tidligere erfaringer.",
        },
        Item {
            id: "f1-q-klar",
            text: "Hvordan ved I, at skolen er klar til at gå videre, og hvad gør I, hvis den ikke er det?",
            help: "",
        },
    ],
    research: &[
        Citation {
            authors: "Fullan",
            year: 2016,
            point: "En innovation gennemløber initiering, implementering og institutionalisering, og det, der sker i starten, præger resten af forløbet.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "Implementering sker trinvis og begynder med udforskning, hvor skolen vurderer behovet, og om det nye passer, og hvor lederne inddrager lærerne så tidligt som muligt.",
        },
        Citation {
            authors: "Flaspohler m.fl.",
            year: 2008,
            point: "Kapacitet findes både hos den enkelte, som kompetencer, motivation og værdier, og i organisationen, som mennesker, ressourcer, ledelse, klima og samarbejdspartnere, og begge dele bør vurderes før start.",
        },
        Citation {
            authors: "Greenberg m.fl.",
            year: 2005,
            point: "Tidligere negative erfaringer med nye indsatser og modstand i organisationen er blandt de barrierer, det betaler sig at tale åbent om, før arbejdet går i gang.",
        },
    ],
};

const PHASE_2: Phase = Phase {
    number: 2,
    name: "Initiering",
    vocabulary: Vocabulary {
        fos: "Inddrage og rigge skolen til",
        danish: "Initiering",
        nirn: "Forberedelse (installation)",
        fullan: "Implementering",
    },
    purpose: "Fase 2 består af to processer, der løber side om side. Den ene handler om at inddrage medarbejdere, forældre og elever i, hvad skolen lægger i fokusområdet, og om at vælge en tydelig retning, der giver mening netop her. Den anden handler om at rigge skolen til arbejdet: en arbejdsgruppe, eksterne partnere, faste mødepunkter, tid og en plan.",
    drivers: "Skolelederen og ledelsesteamet træffer de strategiske valg i denne fase, og skolelederen leder den arbejdsgruppe, der nedsættes. Forvaltningen og kommunens ressourcepersoner støtter undervejs.",
    when_rushed: "Er retningen uklar, eller sættes arbejdsgruppen sammen i al hast, mangler arbejdet både drivkraft og forankring. Lægges arbejdet oven på alt det andet, uden at der frigøres tid, bliver det hurtigt ineffektivt og opslidende for alle.",
    activities: &[
        Item {
            id: "f2-a-involvere",
            text: "Inddrag medarbejdere, forældre og elever i, hvad fokusområdet betyder hos jer",
            help: "Et stort tema som inkluderende læringsmiljøer kan rumme meget. Fælles samtaler gør det muligt at vælge en retning, som flere kan genkende sig selv i.",
        },
        Item {
            id: "f2-a-retning",
            text: "Vælg en tydelig retning, og beskriv, hvad den betyder i praksis",
            help: "I den decentrale ordning er indholdet ikke fastlagt på forhånd, så skolen må selv gøre det konkret. Fixsen m.fl. (2005) viser, hvor vigtigt det er at være tydelig om kernekomponenterne.",
        },
        Item {
            id: "f2-a-gruppe",
            text: "Nedsæt en arbejdsgruppe, som skolelederen leder",
            help: "Overvej, hvor stor gruppen skal være, og om den kan erstatte en gruppe, I allerede har, for eksempel et udviklingsudvalg. Meyers m.fl. (2012) regner et særskilt implementeringsteam for en kritisk faktor.",
        },
        Item {
            id: "f2-a-medlemmer",
            text: "Vælg medlemmer med motivation og gennemslagskraft fra forskellige dele af personalet",
            help: "Tag gerne både lærere, pædagoger og medhjælpere med. Gruppen skal drive arbejdet sammen med skolelederen, så den har brug for folk, som kollegerne lytter til.",
        },
        Item {
            id: "f2-a-skeptiker",
            text: "Overvej at tage en skeptiker med i arbejdsgruppen",
            help: "En, der stiller kritiske spørgsmål undervejs, kan fange svagheder tidligt og får flere i personalet til at føle sig repræsenteret.",
        },
        Item {
            id: "f2-a-tillitsvalgt",
            text: "Hav en tæt dialog med tillidsrepræsentanterne",
            help: "Overvej, om en tillidsrepræsentant skal sidde i gruppen. Tidlig dialog om tid og arbejdsbelastning forebygger konflikter senere.",
        },
        Item {
            id: "f2-a-eksterne",
            text: "Vælg eksterne partnere, og aftal faste mødepunkter med dem",
            help: "Tænk på professionshøjskolen, PPR, kommunens ressourcepersoner, skolebestyrelsen og sundhedsplejen. De har sjældent tid til at deltage i alt, så aftal på forhånd, hvornår I mødes, og hvad møderne skal bruges til.",
        },
        Item {
            id: "f2-a-tid",
            text: "Sæt tid og rum af til arbejdet, både i gruppen og i hele personalet",
            help: "Arbejde, der får jævnlige og hyppige sessioner over lang tid, har de bedste chancer for at give resultater. Find en balance, hvor indsatsen står mål med udbyttet.",
        },
        Item {
            id: "f2-a-opplaering",
            text: "Planlæg kompetenceudvikling, og knyt det nye til det, I allerede gør",
            help: "Den nye praksis skal hænge sammen med hverdagen. Aftal også, hvordan I vil samarbejde og dele erfaringer undervejs.",
        },
        Item {
            id: "f2-a-plan",
            text: "Lav en implementeringsplan med milepæle, ansvar og forventninger",
            help: "Meyers m.fl. (2012) peger på en gennemarbejdet plan som en kritisk faktor. Planen bør vise, hvem der gør hvad og hvornår, og den skal kunne justeres.",
        },
    ],
    questions: &[
        Item {
            id: "f2-q-plan",
            text: "Hvem skal lave planen for arbejdet, og hvordan skal det foregå?",
            help: "",
        },
        Item {
            id: "f2-q-gruppe",
            text: "Hvordan vælger I medlemmerne af arbejdsgruppen, og hvorfor netop dem?",
            help: "Tænk på motivation, position blandt kollegerne og forskellige ståsteder.",
        },
        Item {
            id: "f2-q-retning",
            text: "Kan alle i personalet med egne ord forklare, hvilken retning skolen har valgt?",
            help: "",
        },
        Item {
            id: "f2-q-sammenheng",
            text: "Hvordan hænger den nye praksis sammen med det, I gør i forvejen?",
            help: "",
        },
        Item {
            id: "f2-q-deling",
            text: "Hvordan sikrer I, at viden og erfaringer deles jævnligt?",
            help: "",
        },
        Item {
            id: "f2-q-kompetanse",
            text: "Hvordan kommer alle, der berøres, med og får de kompetencer, de har brug for?",
            help: "",
        },
        Item {
            id: "f2-q-balanse",
            text: "Hvordan ser balancen mellem indsats og udbytte ud for personalet?",
            help: "Hvad kan gøres enklere eller lægges væk for at give plads?",
        },
    ],
    research: &[
        Citation {
            authors: "Meyers m.fl.",
            year: 2012,
            point: "Et særskilt implementeringsteam og en gennemarbejdet plan er blandt de faktorer, der går igen i rammeværk for god implementering.",
        },
        Citation {
            authors: "Fixsen m.fl.",
            year: 2005,
            point: "Ny praksis kræver også ændringer i organisationen omkring den, og det skal være klart, hvilke kernekomponenter der skal på plads.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "I forberedelsen laver ledere og lærere sammen konkrete tidsplaner, sætter mål og gør klart, hvad der forventes af hvem.",
        },
    ],
};

const PHASE_3: Phase = Phase {
    number: 3,
    name: "Implementering",
    vocabulary: Vocabulary {
        fos: "Udvikle kernekomponenter",
        danish: "Implementering",
        nirn: "Aktiv implementering (implementation)",
        fullan: "Implementering",
    },
    purpose: "Arbejdsgruppen udvikler og konkretiserer kernekomponenterne: det, der skal være på plads i praksis, for at forandringen virker. Det sker i dialog med hele personalet og med støtte fra eksterne partnere, samtidig med at den nye praksis tages i brug. Gruppen sætter sig ind i teori og forskning og oversætter den til noget, der giver mening i skolens egen kultur.",
    drivers: "Arbejdsgruppen driver arbejdet sammen med eksterne partnere som professionshøjskolen og PPR. Skolelederen er gatekeeper og beslutter sammen med gruppen, hvilken teori, hvilke råd og hvilke perspektiver der skal lukkes ind, og hvad der skal holdes ude.",
    when_rushed: "Bliver kernekomponenterne aldrig tydelige, gør alle lidt forskelligt, og ingen kan vide, hvad der virker. Lukkes alle nye idéer og råd ind, drukner arbejdet. Bliver intet oversat til skolens hverdag, forbliver det ren teori.",
    activities: &[
        Item {
            id: "f3-a-kjerne",
            text: "Beskriv kernekomponenterne: Hvad skal vi konkret gøre anderledes?",
            help: "Blase m.fl. (2012) skelner mellem, hvad der skal gøres (kernekomponenterne), og hvordan det tages i brug (driverne). Beskriv handlinger, der kan ses i hverdagen.",
        },
        Item {
            id: "f3-a-forskning",
            text: "Sæt jer ind i teori og forskning om fokusområdet",
            help: "Arbejdsgruppen har et særligt ansvar her. Vælg få og gode kilder, gerne sammen med professionshøjskolen eller PPR.",
        },
        Item {
            id: "f3-a-grensevokter",
            text: "Beslut, hvad I lukker ind, og hvad I holder ude",
            help: "Eksterne partnere og litteratur byder på mange gode idéer. Skolelederen må lede udvælgelsen, så arbejdet ikke breder sig i alle retninger.",
        },
        Item {
            id: "f3-a-oversette",
            text: "Oversæt det nye, så det giver mening i skolens egen kultur",
            help: "Rørvik m.fl. (2014) kalder det translatørkompetence: at fremlægge forskning, så kollegerne forstår den, tager imod den og bruger den. Udfordr, men skab også optimisme.",
        },
        Item {
            id: "f3-a-dialog",
            text: "Udvikl komponenterne i dialog med hele personalet",
            help: "Brug arbejdsformer, der åbner for samtale, ikke kun information. Så bliver det fællesskabets praksis og ikke kun gruppens.",
        },
        Item {
            id: "f3-a-praksis",
            text: "Tag den nye praksis i brug, og følg med i, hvor langt hver enkelt er nået",
            help: "Begynd gerne i det små, og del erfaringerne. Hall og Hord (2015) viser, at folk tager det nye i brug i forskelligt tempo, og at støtten bør tilpasses det.",
        },
        Item {
            id: "f3-a-veiledning",
            text: "Giv faglig vejledning til dem, der afprøver den nye praksis",
            help: "Kurser alene ændrer sjældent praksis. Vejledning og feedback i hverdagen får nye færdigheder til faktisk at blive brugt.",
        },
        Item {
            id: "f3-a-samarbeid",
            text: "Støt faglige drøftelser og en samarbejdskultur",
            help: "Sæt tid af i teams og på fællesmøder til at drøfte praksis. Lad flere få lov at lede, så bliver arbejdet mindre afhængigt af nogle få.",
        },
        Item {
            id: "f3-a-nyansatte",
            text: "Lav en ordning for at tage imod og introducere nye medarbejdere",
            help: "Der kommer hele tiden nye kolleger. Et kort introduktionsforløb forhindrer, at arbejdet svækkes, når folk stopper og begynder.",
        },
        Item {
            id: "f3-a-justere",
            text: "Justér jævnligt planen, risikovurderingen og det, der fremmer og hæmmer",
            help: "Sæt det fast på arbejdsgruppens dagsorden. Se på, hvad der faktisk sker, ikke kun på, hvad der var planlagt.",
        },
    ],
    questions: &[
        Item {
            id: "f3-q-praksis",
            text: "Hvordan bliver den nye viden til praksis i klasselokalerne?",
            help: "",
        },
        Item {
            id: "f3-q-oppfolging",
            text: "Hvordan følger I op på, at den nye praksis faktisk bliver brugt?",
            help: "For eksempel vejledning, observation eller samtaler i teamet.",
        },
        Item {
            id: "f3-q-mening",
            text: "Giver kernekomponenterne mening for medarbejderne, og hvordan ved I det?",
            help: "",
        },
        Item {
            id: "f3-q-grenser",
            text: "Hvad har I valgt at holde uden for arbejdet, og hvorfor?",
            help: "",
        },
        Item {
            id: "f3-q-nyansatte",
            text: "Hvordan bliver nye medarbejdere en del af arbejdet?",
            help: "",
        },
        Item {
            id: "f3-q-justering",
            text: "Hvordan justerer I planen undervejs, og hvem tager initiativet til det?",
            help: "Tænk på, hvad der har fremmet og hæmmet arbejdet indtil nu.",
        },
        Item {
            id: "f3-q-kultur",
            text: "Hvordan skaber I rum for faglige drøftelser og samarbejde?",
            help: "",
        },
    ],
    research: &[
        Citation {
            authors: "Blase m.fl.",
            year: 2012,
            point: "Det er nyttigt at skelne mellem kernekomponenterne, altså hvad der skal gøres, og implementeringsdriverne, altså hvordan det tages i brug, og ledelsen skal sætte sig ind i begge dele.",
        },
        Citation {
            authors: "Rørvik m.fl.",
            year: 2014,
            point: "Ledere har brug for translatørkompetence: evnen til at fremlægge teori og forskning, så fællesskabet forstår den, tager imod den og bruger den.",
        },
        Citation {
            authors: "Stoll m.fl.",
            year: 2006,
            point: "Professionelle læringsfællesskaber kendetegnes ved fælles værdier, kollektivt ansvar, reflekterende samtaler om praksis, samarbejde og læring både hver for sig og sammen.",
        },
        Citation {
            authors: "Hall og Hord",
            year: 2015,
            point: "Hver enkelt tager ny praksis i brug i sit eget tempo, og ved at følge med i, hvor langt folk er nået, kan støtten ramme bedre.",
        },
    ],
};

const PHASE_4: Phase = Phase {
    number: 4,
    name: "Institutionalisering",
    vocabulary: Vocabulary {
        fos: "Konsolidering og daglig drift",
        danish: "Institutionalisering",
        nirn: "Vedligeholdelse og spredning (sustainability)",
        fullan: "Institutionalisering",
    },
    purpose: "Den nye praksis og arbejdsform er blevet en del af hverdagen, og arbejdsgruppen styrer selv processerne. Målet er at holde arbejdet ved lige med fuld styrke, justere på baggrund af evaluering og tage arbejdsformen med ind i nye udviklingsområder. Fasen har ingen afslutning: Den varer, så længe skolen bliver ved med at lære.",
    drivers: "Arbejdsgruppen driver nu arbejdet på egen hånd, og skolelederen har et særligt ansvar for at fastholde fokus. Professionshøjskolen og kommunens ressourcepersoner trækker sig for at støtte nye skoler, der begynder i fase 1.",
    when_rushed: "Når de eksterne trækker sig, og det nye ikke længere er nyt, er det let at miste fokus eller springe videre til den næste indsats. Uden faste strukturer og rutiner glider praksis langsomt tilbage til, hvordan den var.",
    activities: &[
        Item {
            id: "f4-a-strukturer",
            text: "Flyt arbejdet ind i faste strukturer og rutiner",
            help: "Læg det ind i mødeplaner, teamtid og skolens planer. Så lever arbejdet videre, selv om enkeltpersoner stopper.",
        },
        Item {
            id: "f4-a-aarshjul",
            text: "Lav et årshjul med arbejdets faste aktiviteter gennem skoleåret",
            help: "Årshjulet viser, hvad der sker hvornår, for eksempel opstart, kortlægning, evaluering og introduktion af nye medarbejdere.",
        },
        Item {
            id: "f4-a-moter",
            text: "Hold fast i arbejdsgruppens møder og den faglige vejledning",
            help: "Det er fristende at skære ned, når det går godt. Faste møder er det, der holder arbejdet i gang, når de eksterne har trukket sig.",
        },
        Item {
            id: "f4-a-evaluere",
            text: "Evaluér jævnligt, og justér praksis ud fra det, I finder",
            help: "Sammenlign data fra flere tidspunkter, for eksempel trivselsmålinger og egne observationer. Følg også med i, hvad der fremmer og hæmmer arbejdet nu.",
        },
        Item {
            id: "f4-a-fokus",
            text: "Hold fokus, og undgå at springe videre til den næste indsats",
            help: "Undgå »kænguruindsatser«, hvor skolen hele tiden hopper videre til noget nyt. Skolelederen må værne om arbejdet, også når nye krav og idéer dukker op.",
        },
        Item {
            id: "f4-a-pafyll",
            text: "Sørg for ny inspiration og faglig påfyldning udefra",
            help: "Genopfriskningskurser, besøg og nye input er med til at holde motivationen oppe (Ogden, 2018).",
        },
        Item {
            id: "f4-a-delt-ledelse",
            text: "Del ledelsen, og hold samarbejdskulturen levende",
            help: "Når flere i personalet tager ansvar, står arbejdet stærkere, og modstanden bliver mindre (Pont m.fl., 2008).",
        },
        Item {
            id: "f4-a-nettverk",
            text: "Del og hent erfaringer i netværk med andre skoler",
            help: "Netværk kan opbygges inden for kommunen eller på tværs af kommuner, efter geografi eller tema. At beskrive egne valg for andre er også læring for ens egen skole.",
        },
        Item {
            id: "f4-a-overfore",
            text: "Brug arbejdsformen, når skolen går i gang med nye udviklingsområder",
            help: "Så behøver I ikke begynde helt forfra med fase 2 og 3. Erfaringerne fra denne runde er en ressource.",
        },
        Item {
            id: "f4-a-laering",
            text: "Skriv ned, hvad skolen har lært om at drive udviklingsarbejde",
            help: "Få med, hvad der fremmede og hæmmede arbejdet, og hvorfor I valgte, som I gjorde. Det er værdifuldt for den næste indsats og for nye skoler.",
        },
    ],
    questions: &[
        Item {
            id: "f4-q-fokus",
            text: "Hvordan holder I fokus på arbejdet, når det ikke længere er nyt?",
            help: "",
        },
        Item {
            id: "f4-q-tilpasning",
            text: "Hvordan sikrer I, at den nye praksis fortsat bliver brugt og tilpasset?",
            help: "",
        },
        Item {
            id: "f4-q-fremmere",
            text: "Hvad fremmer og hvad hæmmer arbejdet nu, og hvad gør I ved det?",
            help: "",
        },
        Item {
            id: "f4-q-strukturer",
            text: "Hvilke faste strukturer bærer arbejdet videre, og hvad mangler stadig?",
            help: "Tænk på møder, planer, årshjul og introduktion af nye medarbejdere.",
        },
        Item {
            id: "f4-q-laering",
            text: "Hvad har skolen lært om at drive udviklingsarbejde, og hvordan bruger I det?",
            help: "",
        },
        Item {
            id: "f4-q-nettverk",
            text: "Hvem kan I lære af, og hvem kan lære af jer?",
            help: "Tænk på skoler i egen kommune og i andre kommuner.",
        },
    ],
    research: &[
        Citation {
            authors: "Dyssegaard m.fl.",
            year: 2017,
            point: "Lærere glider let tilbage til velkendte rutiner, så varig forandring kræver en vedholdende og lærende tilgang til arbejdet og ledere, der tager ansvar for at holde det ved lige.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "Om ny praksis holdes ved lige, afhænger af, hvordan lederne følger op, blandt andet med genopfriskningskurser og ved at holde motivationen oppe.",
        },
        Citation {
            authors: "Fullan",
            year: 2016,
            point: "Institutionalisering er en fase i sig selv: Forandringen skal bygges ind i skolens strukturer og kultur for at overleve, når projektet er slut.",
        },
        Citation {
            authors: "Pont m.fl.",
            year: 2019,
            point: "Netværk på tværs af skoler, klassetrin og kommuner anbefales for at opbygge den fælles kapacitet til at udvikle skolen.",
        },
    ],
};
