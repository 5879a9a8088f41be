//! The days of the exams as the search changes them, and the soft cost of each change.

use super::SoftWeights;
use crate::validate::{Indexed, PairKind};
use crate::{SchedulingPolicy, StudentGap};

pub(super) struct State<'a> {
    pub(super) ix: &'a Indexed<'a>,
    pub(super) policy: &'a SchedulingPolicy,
    pub(super) weights: &'a SoftWeights,
    pub(super) days: usize,
    pub(super) allowed: Vec<Vec<bool>>,
    pub(super) day: Vec<Option<usize>>,
    /// Assigned exams of each group.
    pub(super) group_exams: Vec<Vec<usize>>,
    /// Per teacher and day: exams.
    pub(super) teacher_day: Vec<Vec<Vec<usize>>>,
    pub(super) original: Vec<Option<usize>>,
    pub(super) preferred: Vec<Option<usize>>,
    pub(super) exam_of_group_count: Vec<usize>,
    /// The students placed as individuals who sit each exam.
    pub(super) students_of_exam: Vec<Vec<usize>>,
}

impl<'a> State<'a> {
    pub(super) fn gap_ok(&self, a: usize, b: usize) -> bool {
        self.policy.gap(a.abs_diff(b) as i64) >= i64::from(self.policy.min_gap_days)
    }

    /// The assigned exams that stop `e` from taking day `d`.
    pub(super) fn conflicts(&self, e: usize, d: usize) -> Vec<usize> {
        let mut found = Vec::new();
        for &g in &self.ix.exam_groups[e] {
            for &other in &self.group_exams[g] {
                if other != e
                    && let Some(od) = self.day[other]
                    && !self.gap_ok(od, d)
                    && !found.contains(&other)
                {
                    found.push(other);
                }
            }
        }
        // A student placed as an individual: never two exams on one day (so never a clash), and
        // SC-4's gap too where the policy makes it a rule for them.
        let hard_gap = self.policy.student_gap == StudentGap::Hard;
        for &k in &self.students_of_exam[e] {
            for &other in &self.ix.student_exams[k] {
                if other != e
                    && let Some(od) = self.day[other]
                    && (od == d || (hard_gap && !self.gap_ok(od, d)))
                    && !found.contains(&other)
                {
                    found.push(other);
                }
            }
        }
        self.link_conflicts(e, d, &mut found);
        self.load_conflicts(e, d, &mut found);
        let max = self.policy.max_groups_per_teacher_day as usize;
        let day_minutes = self.ix.day_minutes;
        for &t in &self.ix.exam_teachers[e] {
            let on_day: Vec<usize> = self.teacher_day[t][d]
                .iter()
                .copied()
                .filter(|&x| x != e)
                .collect();
            let counts = |x: usize| {
                self.policy
                    .counts_for_teacher_load(self.ix.plan.exams[x].form)
            };
            let mut groups: Vec<usize> = if counts(e) {
                self.ix.exam_groups[e].clone()
            } else {
                Vec::new()
            };
            let mut minutes = self.ix.plan.exams[e].duration_minutes;
            for &x in &on_day {
                minutes += self.ix.plan.exams[x].duration_minutes;
                if !counts(x) {
                    continue;
                }
                for &g in &self.ix.exam_groups[x] {
                    if !groups.contains(&g) {
                        groups.push(g);
                    }
                }
            }
            if groups.len() > max || minutes > day_minutes {
                for x in on_day {
                    if !found.contains(&x) {
                        found.push(x);
                    }
                }
            }
        }
        found
    }

    /// SC-PAIR on days: an exam to come after `e` on day `d` or earlier, one to come before it on
    /// day `d` or later, one of a same-day or same-period link on another day.
    fn link_conflicts(&self, e: usize, d: usize, found: &mut Vec<usize>) {
        for (kind, exams) in &self.ix.pairs {
            if !exams.contains(&e) {
                continue;
            }
            for (i, &x) in exams.iter().enumerate() {
                let Some(xd) = self.day[x].filter(|_| x != e) else {
                    continue;
                };
                let breaks = match kind {
                    PairKind::Before => {
                        let e_first = exams.first() == Some(&e);
                        (e_first && i == 1 && xd <= d) || (!e_first && i == 0 && xd >= d)
                    }
                    PairKind::SameDay | PairKind::SamePeriod => xd != d,
                    PairKind::DifferentPeriods => false,
                };
                if breaks && !found.contains(&x) {
                    found.push(x);
                }
            }
        }
    }

    /// SC-LOAD on days: the exams of `e`'s groups and individual students that would exceed the
    /// cap per day, or per window of consecutive days, with `e` on day `d`.
    fn load_conflicts(&self, e: usize, d: usize, found: &mut Vec<usize>) {
        let per_day = self.policy.max_exams_per_day.map(|m| m as usize);
        let window = self.policy.max_exams_in_days;
        if per_day.is_none() && window.is_none() {
            return;
        }
        let units = self.ix.exam_groups[e]
            .iter()
            .map(|&g| &self.group_exams[g])
            .chain(
                self.students_of_exam[e]
                    .iter()
                    .map(|&k| &self.ix.student_exams[k]),
            );
        for exams in units {
            let on = |from: usize, to: usize| -> Vec<usize> {
                exams
                    .iter()
                    .copied()
                    .filter(|&x| x != e && self.day[x].is_some_and(|xd| xd >= from && xd <= to))
                    .collect()
            };
            if let Some(max) = per_day {
                let same = on(d, d);
                if same.len() + 1 > max {
                    found.extend(
                        same.into_iter()
                            .filter(|x| !found.contains(x))
                            .collect::<Vec<_>>(),
                    );
                }
            }
            if let Some(cap) = window {
                let span = cap.days.max(1) as usize;
                for from in d.saturating_sub(span - 1)..=d {
                    let inside = on(from, from + span - 1);
                    if inside.len() + 1 > cap.exams as usize {
                        found.extend(
                            inside
                                .into_iter()
                                .filter(|x| !found.contains(x))
                                .collect::<Vec<_>>(),
                        );
                    }
                }
            }
        }
    }

    pub(super) fn assign(&mut self, e: usize, d: usize) {
        self.day[e] = Some(d);
        for &t in &self.ix.exam_teachers[e] {
            self.teacher_day[t][d].push(e);
        }
    }

    pub(super) fn unassign(&mut self, e: usize) {
        if let Some(d) = self.day[e].take() {
            for &t in &self.ix.exam_teachers[e] {
                self.teacher_day[t][d].retain(|&x| x != e);
            }
        }
    }

    /// The soft cost of one group's days.
    pub(super) fn group_cost(&self, g: usize) -> u64 {
        let mut days: Vec<usize> = self.group_exams[g]
            .iter()
            .filter_map(|&e| self.day[e])
            .collect();
        days.sort_unstable();
        let n = self.exam_of_group_count[g].max(2);
        let ideal = ((self.days.saturating_sub(1)) / (n - 1)).min(7);
        days.windows(2)
            .map(|w| ideal.saturating_sub(w[1] - w[0]) as u64 * u64::from(self.weights.group_gap))
            .sum()
    }

    /// The soft cost of a student's days where SC-4 is soft for them: each gap shorter than the
    /// policy's, by the days missing.
    pub(super) fn student_cost(&self, k: usize) -> u64 {
        if self.policy.student_gap == StudentGap::Hard {
            return 0;
        }
        let mut days: Vec<usize> = self.ix.student_exams[k]
            .iter()
            .filter_map(|&e| self.day[e])
            .collect();
        days.sort_unstable();
        let min = self.policy.min_gap_days as usize;
        days.windows(2)
            .map(|w| min.saturating_sub(w[1] - w[0]) as u64 * u64::from(self.weights.group_gap))
            .sum()
    }

    pub(super) fn teacher_cost(&self, t: usize) -> u64 {
        self.teacher_day[t].iter().filter(|d| !d.is_empty()).count() as u64
            * u64::from(self.weights.teacher_day)
    }

    pub(super) fn exam_cost(&self, e: usize) -> u64 {
        let mut cost = 0;
        if let (Some(p), Some(d)) = (self.preferred[e], self.day[e])
            && p != d
        {
            cost += u64::from(self.weights.preferred_date);
        }
        if let (Some(o), Some(d)) = (self.original[e], self.day[e])
            && o != d
        {
            cost += u64::from(self.weights.moved_exam);
        }
        cost
    }

    /// The part of the soft cost that depends on exam `e`'s day.
    pub(super) fn local_cost(&self, e: usize) -> u64 {
        self.ix.exam_groups[e]
            .iter()
            .map(|&g| self.group_cost(g))
            .sum::<u64>()
            + self.ix.exam_teachers[e]
                .iter()
                .map(|&t| self.teacher_cost(t))
                .sum::<u64>()
            + self.students_of_exam[e]
                .iter()
                .map(|&k| self.student_cost(k))
                .sum::<u64>()
            + self.exam_cost(e)
    }

    pub(super) fn total_cost(&self) -> u64 {
        (0..self.ix.plan.groups.len())
            .map(|g| self.group_cost(g))
            .sum::<u64>()
            + (0..self.ix.plan.teachers.len())
                .map(|t| self.teacher_cost(t))
                .sum::<u64>()
            + (0..self.ix.student_exams.len())
                .map(|k| self.student_cost(k))
                .sum::<u64>()
            + (0..self.day.len()).map(|e| self.exam_cost(e)).sum::<u64>()
    }

    /// The soft cost change of moving `e` to day `d` (from its day, or from unassigned).
    pub(super) fn delta(&mut self, e: usize, d: usize) -> i64 {
        let previous = self.day[e];
        let before = self.local_cost(e) as i64;
        self.unassign(e);
        self.assign(e, d);
        let after = self.local_cost(e) as i64;
        self.unassign(e);
        if let Some(p) = previous {
            self.assign(e, p);
        }
        after - before
    }
}
