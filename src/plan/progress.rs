//! Progress arithmetic for one phase: how much of the checklist is done and how many
//! reflection questions have an answer.

use super::PhasePlan;
use crate::model::Phase;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub activities: usize,
    pub answered: usize,
    pub questions: usize,
}

impl Progress {
    pub fn of(phase: &Phase, plan: &PhasePlan) -> Self {
        let activity_ids = phase
            .activities
            .iter()
            .map(|i| i.id)
            .chain(plan.own_activities.iter().map(|i| i.id.as_str()));
        let question_ids = phase
            .questions
            .iter()
            .map(|i| i.id)
            .chain(plan.own_questions.iter().map(|i| i.id.as_str()));
        let mut p = Progress::default();
        for id in activity_ids {
            p.activities += 1;
            p.done += usize::from(plan.activity(id).is_some_and(|a| a.done));
        }
        for id in question_ids {
            p.questions += 1;
            p.answered += usize::from(!plan.answer(id).trim().is_empty());
        }
        p
    }
}

impl std::iter::Sum for Progress {
    fn sum<I: Iterator<Item = Progress>>(iter: I) -> Self {
        iter.fold(Progress::default(), |a, b| Progress {
            done: a.done + b.done,
            activities: a.activities + b.activities,
            answered: a.answered + b.answered,
            questions: a.questions + b.questions,
        })
    }
}
