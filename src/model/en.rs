//! The DEKOM phase model in English, translated from the Bokmål in `nb.rs`. Norwegian
//! institutions are described rather than named (PPT → the educational psychology
//! service, FAU → the parents' council). Ids and cited works are the same in every language.

use super::{Citation, Item, Model, Phase, Vocabulary};

pub static MODEL: Model = Model {
    intro: "The model divides a development project into four phases: readiness, involvement and organisation, work on the core components and, finally, consolidation and everyday practice. It is meant as a shared language and a support along the way, not as a form to be filled in from top to bottom. The phases merge into one another, and it is quite normal to return to an earlier phase when something changes. Phase 4 has no end date: by then the way of working has become part of everyday life at the school, and new schools can begin their own phase 1. Use what suits you, and do not force the work into the model.",
    idea_help: "First describe what you want to achieve: what change in practice should pupils and staff notice when the work has succeeded? Then choose a focus area that is narrow enough for everyone to understand what it is about, but large enough to be worth several years of effort. Feel free to write in your own words why exactly this matters at your school now.",
    focus_examples: &[
        "A safe and good school environment",
        "Preventing bullying and harassment",
        "Mental health and life skills",
        "Less special needs education through better adapted teaching",
        "Classroom management",
        "Assessment for learning",
        "Social and emotional learning",
    ],
    phases: &[PHASE_1, PHASE_2, PHASE_3, PHASE_4],
    research: &[
        Citation {
            authors: "Meyers et al.",
            year: 2012,
            point: "A review of 25 frameworks shows which factors recur when implementation succeeds, among them support systems, training and coaching, collaboration between the parties involved and evaluation throughout the process.",
        },
        Citation {
            authors: "Flaspohler et al.",
            year: 2008,
            point: "When a school reassesses its capacity at regular intervals, both in individuals and in the organisation, it becomes visible whether its ability to bring about change is actually growing.",
        },
        Citation {
            authors: "Greenberg et al.",
            year: 2005,
            point: "Barriers such as weak fidelity to what has been decided, poor leadership, little participation, scarce time and a missing support system can serve as a checklist whenever the school assesses risk.",
        },
        Citation {
            authors: "Fixsen et al.",
            year: 2019,
            point: "It is the implementation drivers – competency, organisation and leadership – that make the core components actually used, and they must be built as deliberately as the content itself.",
        },
        Citation {
            authors: "Leithwood",
            year: 2019,
            point: "Good school leadership is about setting directions, developing people, organising for development and leading change, and it rests on the leader's cognitive, social and psychological resources.",
        },
        Citation {
            authors: "Hall and Hord",
            year: 2015,
            point: "Leaders who are to promote change have different styles, such as the initiator, the manager and the responder, and it pays to know which style one leans towards oneself.",
        },
        Citation {
            authors: "Stoll et al.",
            year: 2006,
            point: "A professional learning community needs inclusion, trust and networks, also beyond its own school, to stay alive over time.",
        },
        Citation {
            authors: "Senge",
            year: 2004,
            point: "A learning organisation rests on personal mastery, mental models, team learning, shared vision and systems thinking, and requires the courage to look critically at one's own habits and assumptions.",
        },
        Citation {
            authors: "Dyssegaard et al.",
            year: 2017,
            point: "Six themes have lasting importance for whether implementation works: leadership, professional development, support systems, fidelity to what has been decided, attitudes and beliefs, and sustainability.",
        },
        Citation {
            authors: "Bernhardt",
            year: 2013,
            point: "Data about one's own school have the greatest effect when they are used systematically and closely tied to what happens in teaching.",
        },
    ],
};

const PHASE_1: Phase = Phase {
    number: 1,
    name: "Readiness",
    vocabulary: Vocabulary {
        fos: "Readiness: motivation and ownership",
        danish: "Iscenesættelse",
        nirn: "Exploration",
        fullan: "Initiation",
    },
    purpose: "Here the school builds motivation and ownership before the work starts in earnest. The staff work out together where the school most needs to improve, and get an honest picture of what the work will demand in time, attention and effort. Even if the school has already said yes, this is the time for conversation: why should we do this, and what do we gain from it?",
    drivers: "The head teacher and the leadership team drive the work in this phase, ideally with support from the school owner. The municipality's steering group can act as a driving force and a partner in conversation.",
    when_rushed: "If the school skips too quickly past readiness, several years of effort can end with little to show for it. Without ownership, the initiative feels like something imposed from above, and resistance surfaces later, when it is harder to deal with.",
    activities: &[
        Item {
            id: "f1-a-dialog",
            text: "Talk with the staff about what the initiative involves and why",
            help: "A yes from the leadership is not the same as a yes from the staff. Make room for questions and doubts early on, and ownership becomes easier to build.",
        },
        Item {
            id: "f1-a-kartlegging",
            text: "Map together where the school most needs to improve",
            help: "Use what you already know, for example from the pupil survey and your own observations. When the staff see the need for themselves, motivation rises.",
        },
        Item {
            id: "f1-a-gevinst",
            text: "Show both the gains of change and the problems with current practice",
            help: "Motivation often grows from the combination: a picture of something better and an honest recognition of what does not work well enough today.",
        },
        Item {
            id: "f1-a-formaal",
            text: "Clarify the purpose and set goals for the work",
            help: "Write the goals concretely enough that you can later tell whether you are on the way. Discuss them with the staff before they are final.",
        },
        Item {
            id: "f1-a-interessenter",
            text: "Find out who is affected and who should be involved",
            help: "Think of pupils, parents and the parents' council, the educational psychology service, the school health service and the school owner. Who has something to gain or lose, and whose involvement is needed for success?",
        },
        Item {
            id: "f1-a-ansvar",
            text: "Agree who is responsible for carrying the work out",
            help: "Someone has to own the process. Also agree how the tasks are shared between the leadership and those who will drive the work in practice.",
        },
        Item {
            id: "f1-a-innsats",
            text: "Make clear what the work will demand in time, focus and effort",
            help: "When everyone knows what they are saying yes to, there are fewer surprises later. Also discuss what resources the process will get.",
        },
        Item {
            id: "f1-a-kapasitet",
            text: "Assess the school's capacity: competence, motivation, people and resources",
            help: "Flaspohler et al. (2008) distinguish between capacity in individuals and in the organisation. An honest assessment now gives a baseline to measure progress against.",
        },
        Item {
            id: "f1-a-barrierer",
            text: "Identify possible barriers and make a simple risk assessment",
            help: "Greenberg et al. (2005) mention, among others, lack of time, weak leadership, little participation and bad experiences from earlier initiatives. What has been named is easier to do something about.",
        },
        Item {
            id: "f1-a-rydde",
            text: "Consider which other initiatives can be paused or ended",
            help: "Many schools run too many initiatives at once (Dyssegaard et al., 2017). New work needs room, not just an extra layer on top of everything else.",
        },
    ],
    questions: &[
        Item {
            id: "f1-q-involvering",
            text: "How do teachers and other staff get to shape the work right from the start?",
            help: "Think of both formal meetings and informal conversations.",
        },
        Item {
            id: "f1-q-utgangspunkt",
            text: "How do you build on what the school and each teacher already know and do?",
            help: "",
        },
        Item {
            id: "f1-q-eierskap",
            text: "What will it take for the staff to feel the work is their own?",
            help: "",
        },
        Item {
            id: "f1-q-maal",
            text: "Is the purpose clear, and have the staff taken part in discussing the goals?",
            help: "Could a colleague picked at random explain the goal in their own words?",
        },
        Item {
            id: "f1-q-roller",
            text: "Who is responsible for the process, and are the roles of the leadership and of those driving the work clear?",
            help: "",
        },
        Item {
            id: "f1-q-risiko",
            text: "What could stand in the way of the work, and how will you deal with it?",
            help: "Include both the practical, such as time, and the human, such as scepticism and past experiences.",
        },
        Item {
            id: "f1-q-klar",
            text: "How will you know the school is ready to move on, and what will you do if it is not?",
            help: "",
        },
    ],
    research: &[
        Citation {
            authors: "Fullan",
            year: 2016,
            point: "An innovation passes through initiation, implementation and continuation, and what happens at the start shapes the rest of the course.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "Implementation happens in stages and begins with exploration, in which the school assesses the need and whether the new practice fits, and the leaders involve the teachers as early as possible.",
        },
        Citation {
            authors: "Flaspohler et al.",
            year: 2008,
            point: "Capacity exists both in individuals, as competence, motivation and values, and in the organisation, as people, resources, leadership, climate and partners, and both should be assessed before starting.",
        },
        Citation {
            authors: "Greenberg et al.",
            year: 2005,
            point: "Earlier negative experiences with new initiatives and resistance within the organisation are among the barriers worth talking about openly before the work begins.",
        },
    ],
};

const PHASE_2: Phase = Phase {
    number: 2,
    name: "Involve and organise",
    vocabulary: Vocabulary {
        fos: "Involve and set up the school",
        danish: "Initiering",
        nirn: "Installation",
        fullan: "Implementation",
    },
    purpose: "Phase 2 consists of two processes that run side by side. One is about involving staff, parents and pupils in what the school means by the focus area, and choosing a clear direction that makes sense in this particular place. The other is about setting the school up for the work: a working group, external partners, regular meetings, time and a plan.",
    drivers: "The head teacher and the leadership team make the strategic choices in this phase, and the head teacher leads the working group that is set up. The school owner and the municipality's resource people give support along the way.",
    when_rushed: "If the direction is unclear, or the working group is put together in a hurry, the work lacks both drivers and grounding. If the work is piled on top of everything else without time being freed up, it soon becomes ineffective and exhausting for everyone.",
    activities: &[
        Item {
            id: "f2-a-involvere",
            text: "Involve staff, parents and pupils in what the focus area means at your school",
            help: "A broad theme such as an inclusive learning environment can hold a great deal. Shared conversations make it possible to choose a direction more people recognise themselves in.",
        },
        Item {
            id: "f2-a-retning",
            text: "Choose a clear direction and describe what it means in practice",
            help: "In the decentralised scheme the content is not decided in advance, so the school itself has to make it concrete. Fixsen et al. (2005) show how important it is to be clear about the core components.",
        },
        Item {
            id: "f2-a-gruppe",
            text: "Set up a working group led by the head teacher",
            help: "Consider how large the group should be, and whether it can replace a group you already have, such as the planning group. Meyers et al. (2012) count a dedicated implementation team as a critical factor.",
        },
        Item {
            id: "f2-a-medlemmer",
            text: "Choose members with motivation and standing from different parts of the staff",
            help: "Consider including both teachers and teaching assistants. The group will drive the work together with the head teacher, so it needs people their colleagues listen to.",
        },
        Item {
            id: "f2-a-skeptiker",
            text: "Consider including a sceptic in the working group",
            help: "Someone who asks critical questions along the way can catch weaknesses early and helps more of the staff feel represented.",
        },
        Item {
            id: "f2-a-tillitsvalgt",
            text: "Keep in close dialogue with the union representatives",
            help: "Consider whether a union representative should sit in the group. Early dialogue about time and workload prevents conflicts later.",
        },
        Item {
            id: "f2-a-eksterne",
            text: "Choose external partners and agree regular meetings with them",
            help: "Think of the university college, the educational psychology service, the municipality's resource people, the parents' council and the school health service. They rarely have time to take part in everything, so agree in advance when you will meet and what the meetings are for.",
        },
        Item {
            id: "f2-a-tid",
            text: "Set aside time and space for the work, both in the group and for all staff",
            help: "Work that gets regular, frequent sessions over a long time has the best chance of producing results. Find a balance in which the effort is in proportion to what you get back.",
        },
        Item {
            id: "f2-a-opplaering",
            text: "Plan training, and link the new to what you already do",
            help: "The new practice has to fit into everyday work. Also agree how you will collaborate and share experiences along the way.",
        },
        Item {
            id: "f2-a-plan",
            text: "Make an implementation plan with milestones, responsibilities and expectations",
            help: "Meyers et al. (2012) point to a well-prepared plan as a critical factor. The plan should show who does what and when, and it should be possible to adjust it.",
        },
    ],
    questions: &[
        Item {
            id: "f2-q-plan",
            text: "Who will write the plan for the work, and how will it be done?",
            help: "",
        },
        Item {
            id: "f2-q-gruppe",
            text: "How do you choose the members of the working group, and why exactly them?",
            help: "Think of motivation, standing among colleagues and different points of view.",
        },
        Item {
            id: "f2-q-retning",
            text: "Can everyone on the staff explain in their own words which direction the school has chosen?",
            help: "",
        },
        Item {
            id: "f2-q-sammenheng",
            text: "How does the new practice connect with what you already do?",
            help: "",
        },
        Item {
            id: "f2-q-deling",
            text: "How do you make sure knowledge and experience are shared regularly?",
            help: "",
        },
        Item {
            id: "f2-q-kompetanse",
            text: "How do all those affected get to take part and gain the competence they need?",
            help: "",
        },
        Item {
            id: "f2-q-balanse",
            text: "What does the balance between effort and gain look like for the staff?",
            help: "What can be made simpler, or set aside, to make room?",
        },
    ],
    research: &[
        Citation {
            authors: "Meyers et al.",
            year: 2012,
            point: "A dedicated implementation team and a well-prepared plan are among the factors that recur in frameworks for good implementation.",
        },
        Citation {
            authors: "Fixsen et al.",
            year: 2005,
            point: "New practice also requires changes in the organisation around it, and it must be clear which core components are to be put in place.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "During installation, leaders and teachers together draw up concrete timelines, set goals and make clear what is expected of whom.",
        },
    ],
};

const PHASE_3: Phase = Phase {
    number: 3,
    name: "Core components",
    vocabulary: Vocabulary {
        fos: "Develop core components",
        danish: "Implementering",
        nirn: "Initial and full implementation",
        fullan: "Implementation",
    },
    purpose: "The working group develops the core components and makes them concrete: what must be in place in practice for the change to work. This happens in dialogue with all the staff and with support from external partners, while the new practice is being put to use. The group studies theory and research and translates it into something that makes sense in the school's own culture.",
    drivers: "The working group drives the work together with external partners such as the university college and the educational psychology service. The head teacher is the gatekeeper and decides with the group which theory, advice and perspectives to let in, and what to keep out.",
    when_rushed: "If the core components never become clear, everyone does things a little differently, and no one can know what works. If every new idea and piece of advice is let in, the work drowns. If nothing is translated into everyday school life, it remains mere theory.",
    activities: &[
        Item {
            id: "f3-a-kjerne",
            text: "Describe the core components: what exactly will we do differently?",
            help: "Blase et al. (2012) distinguish between what is to be done (the core components) and how it comes into use (the drivers). Describe actions that can be seen in everyday work.",
        },
        Item {
            id: "f3-a-forskning",
            text: "Study theory and research on the focus area",
            help: "The working group has a particular responsibility here. Choose a few good sources, ideally together with the university college or the educational psychology service.",
        },
        Item {
            id: "f3-a-grensevokter",
            text: "Decide what you let in and what you keep out",
            help: "External partners and the literature offer many good ideas. The head teacher has to lead the selection so that the work does not spread in every direction.",
        },
        Item {
            id: "f3-a-oversette",
            text: "Translate the new so that it makes sense in the school's own culture",
            help: "Rørvik et al. (2014) call this translator competence: presenting research so that colleagues understand it, accept it and use it. Challenge, but also create optimism.",
        },
        Item {
            id: "f3-a-dialog",
            text: "Develop the components in dialogue with all the staff",
            help: "Use ways of working that invite conversation, not just information. Then it becomes the practice of the whole community, not only of the group.",
        },
        Item {
            id: "f3-a-praksis",
            text: "Put the new practice to use, and keep track of how far each person has come",
            help: "Start small if you like, and share experiences. Hall and Hord (2015) show that people adopt the new at different speeds, and that support should be adapted to that.",
        },
        Item {
            id: "f3-a-veiledning",
            text: "Give professional coaching to those trying out the new practice",
            help: "Courses alone rarely change practice. Coaching and feedback in everyday work are what make new skills actually get used.",
        },
        Item {
            id: "f3-a-samarbeid",
            text: "Support professional discussion and a culture of collaboration",
            help: "Set aside time in teams and staff meetings to discuss practice. Let more people lead, so that the work depends less on a few.",
        },
        Item {
            id: "f3-a-nyansatte",
            text: "Set up a way to welcome and train new staff",
            help: "New colleagues arrive all the time. A short induction keeps the work from weakening as people leave and join.",
        },
        Item {
            id: "f3-a-justere",
            text: "Regularly adjust the plan, the risk assessment and what helps and hinders",
            help: "Make it a standing item on the working group's agenda. Look at what is actually happening, not just at what was planned.",
        },
    ],
    questions: &[
        Item {
            id: "f3-q-praksis",
            text: "How does the new knowledge become practice in the classrooms?",
            help: "",
        },
        Item {
            id: "f3-q-oppfolging",
            text: "How do you follow up that the new practice is actually being used?",
            help: "For example coaching, observation or conversations in teams.",
        },
        Item {
            id: "f3-q-mening",
            text: "Do the core components make sense to the staff, and how do you know?",
            help: "",
        },
        Item {
            id: "f3-q-grenser",
            text: "What have you chosen to keep out of the work, and why?",
            help: "",
        },
        Item {
            id: "f3-q-nyansatte",
            text: "How do new staff become part of the work?",
            help: "",
        },
        Item {
            id: "f3-q-justering",
            text: "How do you adjust the plan along the way, and who takes the initiative?",
            help: "Think of what has helped and hindered the work so far.",
        },
        Item {
            id: "f3-q-kultur",
            text: "How do you make room for professional discussion and collaboration?",
            help: "",
        },
    ],
    research: &[
        Citation {
            authors: "Blase et al.",
            year: 2012,
            point: "It is useful to distinguish between the core components, that is what is to be done, and the implementation drivers, that is how it comes into use, and the leadership must understand both.",
        },
        Citation {
            authors: "Rørvik et al.",
            year: 2014,
            point: "Leaders need translator competence: the ability to present theory and research so that the community understands it, accepts it and uses it.",
        },
        Citation {
            authors: "Stoll et al.",
            year: 2006,
            point: "Professional learning communities are marked by shared values, collective responsibility, reflective dialogue about practice, collaboration, and learning both individually and together.",
        },
        Citation {
            authors: "Hall and Hord",
            year: 2015,
            point: "Each person adopts new practice at their own pace, and by keeping track of how far people have come, support can be better targeted.",
        },
    ],
};

const PHASE_4: Phase = Phase {
    number: 4,
    name: "Consolidation and everyday practice",
    vocabulary: Vocabulary {
        fos: "Consolidation and everyday practice",
        danish: "Institutionalisering",
        nirn: "Sustainability",
        fullan: "Continuation",
    },
    purpose: "The new practice and way of working have become part of everyday life, and the working group runs the processes itself. The aim is to keep the work going at full strength, adjust it in the light of evaluation and carry the way of working into new areas of development. The phase has no end: it lasts as long as the school keeps learning.",
    drivers: "The working group now drives the work on its own, and the head teacher has a particular responsibility for keeping the focus. The university college and the municipality's resource people step back to support new schools starting on phase 1.",
    when_rushed: "When the external partners step back and the new is no longer new, it is easy to lose focus or jump on to the next initiative. Without fixed structures and routines, practice slowly slides back to how it was.",
    activities: &[
        Item {
            id: "f4-a-strukturer",
            text: "Move the work into fixed structures and routines",
            help: "Build it into meeting schedules, team time and the school's plans. Then the work lives on even when individuals leave.",
        },
        Item {
            id: "f4-a-aarshjul",
            text: "Make a yearly calendar of the work's regular activities through the school year",
            help: "The calendar shows what happens when, for example the start of the year, surveys, evaluation and training of new staff.",
        },
        Item {
            id: "f4-a-moter",
            text: "Keep up the working group's meetings and the professional coaching",
            help: "It is tempting to cut back when things are going well. Regular meetings are what keep the work going once the external partners have stepped back.",
        },
        Item {
            id: "f4-a-evaluere",
            text: "Evaluate regularly and adjust practice in the light of what you find",
            help: "Compare data from several points in time, for example pupil surveys and your own observations. Also keep an eye on what helps and hinders the work now.",
        },
        Item {
            id: "f4-a-fokus",
            text: "Keep the focus, and avoid jumping on to the next initiative",
            help: "Avoid ‘kangaroo initiatives’, where the school keeps leaping on to something new. The head teacher has to protect the work, even when new demands and ideas come up.",
        },
        Item {
            id: "f4-a-pafyll",
            text: "Make sure of fresh inspiration and professional input from outside",
            help: "Refresher courses, visits and new input help keep motivation up (Ogden, 2018).",
        },
        Item {
            id: "f4-a-delt-ledelse",
            text: "Share leadership, and keep the culture of collaboration alive",
            help: "When more of the staff take responsibility, the work stands stronger and resistance shrinks (Pont et al., 2008).",
        },
        Item {
            id: "f4-a-nettverk",
            text: "Share and gather experience in networks with other schools",
            help: "Networks can be built within the municipality or across municipalities, by geography or by theme. Describing your own choices for others is also learning for your own school.",
        },
        Item {
            id: "f4-a-overfore",
            text: "Use the way of working when the school takes on new areas of development",
            help: "Then you need not start all over again with phases 2 and 3. The experience from this round is a resource.",
        },
        Item {
            id: "f4-a-laering",
            text: "Write down what the school has learnt about leading development work",
            help: "Include what helped and hindered the work, and why you chose as you did. It is valuable for the next initiative and for new schools.",
        },
    ],
    questions: &[
        Item {
            id: "f4-q-fokus",
            text: "How do you keep the focus on the work once it is no longer new?",
            help: "",
        },
        Item {
            id: "f4-q-tilpasning",
            text: "How do you make sure the new practice is still used and adapted?",
            help: "",
        },
        Item {
            id: "f4-q-fremmere",
            text: "What helps and what hinders the work now, and what are you doing about it?",
            help: "",
        },
        Item {
            id: "f4-q-strukturer",
            text: "Which fixed structures carry the work forward, and what is still missing?",
            help: "Think of meetings, plans, the yearly calendar and training of newcomers.",
        },
        Item {
            id: "f4-q-laering",
            text: "What has the school learnt about leading development work, and how do you use it?",
            help: "",
        },
        Item {
            id: "f4-q-nettverk",
            text: "Who can you learn from, and who can learn from you?",
            help: "Think of schools in your own municipality and in others.",
        },
    ],
    research: &[
        Citation {
            authors: "Dyssegaard et al.",
            year: 2017,
            point: "Teachers easily slide back into familiar routines, so lasting change requires a persistent, learning attitude to the work and leaders who take responsibility for keeping it going.",
        },
        Citation {
            authors: "Ogden",
            year: 2018,
            point: "Whether new practice is sustained depends on how the leaders follow up, for example with refresher courses and by keeping motivation up.",
        },
        Citation {
            authors: "Fullan",
            year: 2016,
            point: "Continuation is a phase of its own: the change must be built into the school's structures and culture to survive when the project is over.",
        },
        Citation {
            authors: "Pont et al.",
            year: 2019,
            point: "Networks that cut across schools, year groups and municipalities are recommended for building the shared capacity to develop the school.",
        },
    ],
};
