//! The instruments in English.

use super::{Dimension, Instruments, Level, LevelsOfUse, Rated, Readiness, Scale};
use crate::model::Citation;

pub static INSTRUMENTS: Instruments = Instruments {
    capacity: Scale {
        name: "Capacity",
        intro: "How well equipped is the school to carry change? Rate both what each member of staff brings and what the organisation has in place. Repeated every term, the rating shows whether capacity grows.",
        citation: Citation {
            authors: "Flaspohler et al.",
            year: 2008,
            point: "Capacity lies both in individuals (competence, motivation, values) and in the organisation (people, infrastructure, resources, leadership, climate and partners), and it can be built.",
        },
        dimensions: &[
            Dimension {
                name: "Individuals",
                items: &[
                    Rated {
                        id: "cap-competence",
                        name: "Competence",
                        text: "Staff have the knowledge and skills the new work calls for.",
                        low: "Lack most of it",
                        high: "Have what it takes",
                    },
                    Rated {
                        id: "cap-motivation",
                        name: "Motivation",
                        text: "Staff want to take up the new practice and see what it is good for.",
                        low: "Little wish, little use seen",
                        high: "Keen, clear use seen",
                    },
                    Rated {
                        id: "cap-values",
                        name: "Values",
                        text: "The work fits what staff believe makes a good school.",
                        low: "Goes against what we stand for",
                        high: "Fits what we stand for",
                    },
                ],
            },
            Dimension {
                name: "The organisation",
                items: &[
                    Rated {
                        id: "cap-people",
                        name: "People",
                        text: "The school has enough people with time and skill to carry the work.",
                        low: "Rests on one or two",
                        high: "Many carry it together",
                    },
                    Rated {
                        id: "cap-infrastructure",
                        name: "Infrastructure",
                        text: "Routines, meeting places and tools make the work possible in an ordinary week.",
                        low: "No set structures",
                        high: "Part of everyday life",
                    },
                    Rated {
                        id: "cap-resources",
                        name: "Resources",
                        text: "The time and money set aside match the ambitions.",
                        low: "Far below the need",
                        high: "Well matched to the need",
                    },
                    Rated {
                        id: "cap-leadership",
                        name: "Leadership",
                        text: "Leaders set the direction, make priorities and follow the work up over time.",
                        low: "Unclear and now and then",
                        high: "Clear and sustained",
                    },
                    Rated {
                        id: "cap-climate",
                        name: "Psychological climate",
                        text: "It is safe to try something new, make mistakes and speak up when something does not work.",
                        low: "Little room for mistakes",
                        high: "Safe to try and speak up",
                    },
                    Rated {
                        id: "cap-partners",
                        name: "Partners",
                        text: "The school has outside partners, such as the educational-psychological service or a university college, who take an active part.",
                        low: "None, or on paper only",
                        high: "Regular, active partners",
                    },
                ],
            },
        ],
    },
    critical_factors: Scale {
        name: "Critical factors",
        intro: "Six conditions recur when implementation succeeds. Rate how well each is looked after in your work right now.",
        citation: Citation {
            authors: "Meyers et al.",
            year: 2012,
            point: "A synthesis of 25 implementation frameworks picks out the factors nearly all of them stress, from a dedicated team to evaluation throughout the process.",
        },
        dimensions: &[Dimension {
            name: "",
            items: &[
                Rated {
                    id: "cf-team",
                    name: "Implementation team",
                    text: "A clear group is responsible for driving the work and has a mandate to do so.",
                    low: "Nobody is responsible",
                    high: "A team with a clear mandate",
                },
                Rated {
                    id: "cf-support",
                    name: "Support systems",
                    text: "Help is at hand when something is hard: resource people, materials, advice.",
                    low: "Everyone is on their own",
                    high: "Help is easy to get",
                },
                Rated {
                    id: "cf-plan",
                    name: "Implementation plan",
                    text: "A concrete plan says who does what and when, and it is adjusted along the way.",
                    low: "No written plan",
                    high: "A plan in use and adjusted",
                },
                Rated {
                    id: "cf-training",
                    name: "Training and coaching",
                    text: "Staff get training and follow-up in their own practice, not just courses.",
                    low: "Little, or courses only",
                    high: "Training and steady coaching",
                },
                Rated {
                    id: "cf-networking",
                    name: "Networking between actors",
                    text: "The school, its owner and its partners talk regularly and share what they learn.",
                    low: "Each actor on its own",
                    high: "Regular, open exchange",
                },
                Rated {
                    id: "cf-evaluation",
                    name: "Evaluation throughout",
                    text: "We gather experience and data all along and change course from them.",
                    low: "No evaluation, or only at the end",
                    high: "A fixed part of the work",
                },
            ],
        }],
    },
    learning_community: Scale {
        name: "Professional learning community",
        intro: "How far has the staff come as a community that learns together? Rate each feature as it looks day to day, not as it reads in the plans.",
        citation: Citation {
            authors: "Stoll et al.",
            year: 2006,
            point: "A professional learning community shows shared values and vision, collective responsibility, reflective inquiry into practice, collaboration, and learning by individuals and the group, carried by inclusion, trust and networks.",
        },
        dimensions: &[Dimension {
            name: "",
            items: &[
                Rated {
                    id: "plc-vision",
                    name: "Shared values and vision",
                    text: "We agree on what kind of school we want to be, and it guides the choices we make.",
                    low: "Little shared direction",
                    high: "Clear, shared direction",
                },
                Rated {
                    id: "plc-responsibility",
                    name: "Collective responsibility",
                    text: "We take responsibility together for every pupil's learning, not only for our own classes.",
                    low: "Each has their own pupils",
                    high: "All pupils are ours",
                },
                Rated {
                    id: "plc-inquiry",
                    name: "Reflective inquiry",
                    text: "We look into our teaching together, for instance by observing one another.",
                    low: "Hardly ever happens",
                    high: "Regular and systematic",
                },
                Rated {
                    id: "plc-collaboration",
                    name: "Collaboration",
                    text: "Working together is about teaching and learning, not only about practical matters.",
                    low: "Mostly practical matters",
                    high: "Mostly about learning",
                },
                Rated {
                    id: "plc-learning",
                    name: "Individual and collective learning",
                    text: "Each of us and the staff as a whole learn something new and put it to use.",
                    low: "Little new learning",
                    high: "Learning seen in practice",
                },
                Rated {
                    id: "plc-trust",
                    name: "Inclusion, trust and networks",
                    text: "All staff take part, we trust one another and bring in ideas from networks beyond the school.",
                    low: "Closed, little trust",
                    high: "Open, safe and outward-looking",
                },
            ],
        }],
    },
    readiness: Readiness {
        name: |n, phase| format!("Ready for phase {n}: {phase}"),
        intro: "How ready is the school for this phase? Rate each of the phase's activities: not yet begun, or firmly in place?",
        citation: Citation {
            authors: "Ogden",
            year: 2018,
            point: "Each stage of implementation has tasks of its own, and it pays to check they are done before moving on.",
        },
        low: "Not yet begun",
        high: "Firmly in place",
    },
    levels_of_use: LevelsOfUse {
        name: "Levels of Use",
        intro: "How far has each member of staff come with the new practice? Count how many stand at each level, and count again over time. People take up the new at different speeds, and support should follow.",
        citation: Citation {
            authors: "Hall and Hord",
            year: 2015,
            point: "The Concerns-Based Adoption Model (CBAM) describes eight levels of how a person uses a new practice, from non-use to renewal.",
        },
        levels: [
            Level { mark: "0", name: "Non-use" },
            Level { mark: "I", name: "Orientation" },
            Level { mark: "II", name: "Preparation" },
            Level { mark: "III", name: "Mechanical use" },
            Level { mark: "IVA", name: "Routine" },
            Level { mark: "IVB", name: "Refinement" },
            Level { mark: "V", name: "Integration" },
            Level { mark: "VI", name: "Renewal" },
        ],
    },
};
