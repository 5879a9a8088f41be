//! The recognition plan (EC-4..EC-6, EC-9, EC-10): which host course replaces which home course,
//! proposed exactly (a maximum-weight assignment) and checked rule by rule.

use std::collections::{HashMap, HashSet};

use regula_core::{Credits, Decimal, Decision, Grade, NoExplanation, Recorder, Rule, Step};
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::EctsError;
use crate::convert::{ConversionPolicy, DistributionTable, HostGrade, convert};
use crate::rules::{EC_4, EC_5, EC_6, EC_7, EC_8, EC_9, EC_10, EC_11, EC_12};

/// A topic of a home syllabus and its hours (EC-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// The topic.
    pub name: String,
    /// Its hours.
    pub hours: u32,
}

/// A course of the home study plan for the mobility semester.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeCourse {
    /// Its id.
    pub id: String,
    /// Its title.
    #[serde(default)]
    pub title: String,
    /// Its credits.
    pub credits: Credits,
    /// Already passed at home (EC-10: not recognised again).
    #[serde(default)]
    pub passed_at_home: bool,
    /// Compulsory or optional in the home plan.
    #[serde(default)]
    pub kind: HomeKind,
    /// Its syllabus' topics, to compute a match (EC-5).
    #[serde(default)]
    pub topics: Vec<Topic>,
}

/// Whether a home course is compulsory or optional in the study plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HomeKind {
    /// Compulsory (*obligatorie*).
    #[default]
    Compulsory,
    /// Optional (*opțională*).
    Optional,
}

/// A change to the learning agreement after departure (MO-10: within a month).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementChange {
    /// The host course.
    pub host: String,
    /// Added (`true`) or removed (`false`).
    pub added: bool,
    /// When the change was signed.
    pub date: chrono::NaiveDate,
}

/// The learning agreement: the host courses planned before departure, and its changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearningAgreement {
    /// The host courses planned.
    pub planned: Vec<String>,
    /// The changes, in order.
    #[serde(default)]
    pub changes: Vec<AgreementChange>,
}

impl LearningAgreement {
    /// The host courses of the agreement as amended.
    pub fn courses(&self) -> Vec<&str> {
        let mut courses: Vec<&str> = self.planned.iter().map(String::as_str).collect();
        for change in &self.changes {
            if change.added {
                if !courses.contains(&change.host.as_str()) {
                    courses.push(&change.host);
                }
            } else {
                courses.retain(|c| *c != change.host);
            }
        }
        courses
    }
}

/// A course of the host transcript of records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostCourse {
    /// Its id.
    pub id: String,
    /// Its title.
    #[serde(default)]
    pub title: String,
    /// Its ECTS credits.
    pub credits: Credits,
    /// Whether the student passed it.
    pub passed: bool,
    /// The grade and its scale.
    pub grade: HostGrade,
}

/// How much of a home course's syllabus a host course covers (EC-5): the CSC's percentage, or the
/// home topics it covers (their share of the home course's hours).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyllabusMatch {
    /// The host course.
    pub host: String,
    /// The home course.
    pub home: String,
    /// The CSC's percentage.
    #[serde(default)]
    pub percent: Option<Decimal>,
    /// The home topics the host course covers.
    #[serde(default)]
    pub covered_topics: Vec<String>,
}

/// Everything the CSC decides recognition from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mobility {
    /// The home courses contracted for the mobility semester(s).
    pub home_courses: Vec<HomeCourse>,
    /// The host transcript.
    pub host_courses: Vec<HostCourse>,
    /// The syllabus matches.
    #[serde(default)]
    pub matches: Vec<SyllabusMatch>,
    /// Grade distribution tables of the host scales (EC-11).
    #[serde(default)]
    pub grade_tables: Vec<DistributionTable>,
    /// The CSC's own decisions (EC-7, EC-8, EC-12), applied before the proposer's assignment.
    #[serde(default)]
    pub csc_decisions: Vec<CscDecision>,
    /// The learning agreement, as amended: a host course outside it replaces a home course only
    /// by a CSC decision (EC-2, EC-8).
    #[serde(default)]
    pub learning_agreement: Option<LearningAgreement>,
}

/// What a host course becomes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "category", rename_all = "snake_case")]
pub enum Category {
    /// It replaces a home course, with that course's credits (EC-5, EC-6).
    Replaces {
        /// The home course.
        home: String,
    },
    /// An optional course of the specialisation, with the credits the home institution gives
    /// (EC-7, by the CSC's decision).
    Optional,
    /// Recognised by the CSC's analysis as the home courses listed — one host course for several
    /// home courses or the reverse — with the credits the CSC sets (EC-8, EC-12).
    CscDecided {
        /// The home courses.
        homes: Vec<String>,
    },
    /// Extra-curricular, in the Diploma Supplement, with its own credits (EC-9).
    ExtraCurricular,
    /// Not recognised (failed).
    NotRecognised,
}

/// What the CSC decided for some host courses, with its reasons (EC-2, EC-7, EC-8, EC-12).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum CscKind {
    /// An optional course in the specialisation (EC-7).
    Optional,
    /// The host courses are recognised as these home courses (EC-8: n:m).
    Mapping {
        /// The home courses.
        homes: Vec<String>,
    },
    /// Extra-curricular with credits set by the CSC (EC-9).
    ExtraCurricular,
}

/// A decision of the Studies and Credits Commission on some host courses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CscDecision {
    /// The host courses it decides on.
    pub hosts: Vec<String>,
    /// What they become.
    pub decision: CscKind,
    /// The credits recognised (carried by the first host course's line). EC-12: they may differ
    /// from the home courses' credits, with a justification.
    pub credits: Credits,
    /// The CSC's reasons, recorded in the plan.
    pub justification: String,
}

/// One line of a recognition plan. (Its category's fields sit beside the line's own, so unknown
/// fields cannot be refused here: serde's `flatten` does not allow it.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanLine {
    /// The host course.
    pub host: String,
    /// What it becomes.
    #[serde(flatten)]
    pub category: Category,
    /// The credits recognised.
    #[serde(default)]
    pub credits: Option<Credits>,
    /// The converted grade.
    #[serde(default)]
    pub grade: Option<Grade>,
}

/// A recognition plan: one line per host course.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecognitionPlan {
    /// The lines.
    pub lines: Vec<PlanLine>,
}

impl RecognitionPlan {
    /// The home credits the plan recognises: replacements (EC-6) and CSC mappings (EC-8).
    pub fn home_credits(&self) -> Decimal {
        self.lines
            .iter()
            .filter(|l| {
                matches!(
                    l.category,
                    Category::Replaces { .. } | Category::CscDecided { .. }
                )
            })
            .filter_map(|l| l.credits)
            .map(Credits::value)
            .sum()
    }

    /// The home courses the plan recognises.
    pub fn recognised_homes(&self) -> Vec<&str> {
        self.lines
            .iter()
            .flat_map(|l| match &l.category {
                Category::Replaces { home } => vec![home.as_str()],
                Category::CscDecided { homes } => homes.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            })
            .collect()
    }
}

/// A rule a plan breaks: the rule, its article and what is wrong.
pub type PlanViolation = regula_core::Breach;

pub(crate) struct Index<'a> {
    /// Host courses the CSC decided on, and the decision.
    pub(crate) decided_host: HashMap<usize, usize>,
    /// Home courses a CSC mapping recognises.
    pub(crate) decided_home: HashSet<usize>,
    pub(crate) home: HashMap<&'a str, usize>,
    pub(crate) host: HashMap<&'a str, usize>,
    /// Match percentage by (host, home).
    pub(crate) percent: HashMap<(usize, usize), Decimal>,
}

impl<'a> Index<'a> {
    pub(crate) fn new(mobility: &'a Mobility) -> Result<Self, EctsError> {
        let mut home = HashMap::new();
        for (i, c) in mobility.home_courses.iter().enumerate() {
            if home.insert(c.id.as_str(), i).is_some() {
                return Err(EctsError::DuplicateCourse {
                    kind: "home",
                    id: c.id.clone(),
                });
            }
        }
        let mut host = HashMap::new();
        for (i, c) in mobility.host_courses.iter().enumerate() {
            if host.insert(c.id.as_str(), i).is_some() {
                return Err(EctsError::DuplicateCourse {
                    kind: "host",
                    id: c.id.clone(),
                });
            }
        }
        let mut percent = HashMap::new();
        for m in &mobility.matches {
            let owner = || format!("match {} → {}", m.host, m.home);
            let h = *host
                .get(m.host.as_str())
                .ok_or_else(|| EctsError::UnknownCourse {
                    owner: owner(),
                    kind: "host",
                    id: m.host.clone(),
                })?;
            let k = *home
                .get(m.home.as_str())
                .ok_or_else(|| EctsError::UnknownCourse {
                    owner: owner(),
                    kind: "home",
                    id: m.home.clone(),
                })?;
            let value =
                match m.percent {
                    Some(p) => p,
                    None => {
                        let course = &mobility.home_courses[k];
                        let total: u32 = course.topics.iter().map(|t| t.hours).sum();
                        let mut covered = 0u32;
                        let mut seen = HashSet::new();
                        for name in &m.covered_topics {
                            let topic = course.topics.iter().find(|t| &t.name == name).ok_or_else(
                                || EctsError::UnknownTopic {
                                    host: m.host.clone(),
                                    home: m.home.clone(),
                                    topic: name.clone(),
                                },
                            )?;
                            if seen.insert(name) {
                                covered += topic.hours;
                            }
                        }
                        if total == 0 {
                            Decimal::ZERO
                        } else {
                            Decimal::from(covered) * Decimal::ONE_HUNDRED / Decimal::from(total)
                        }
                    }
                };
            if value.is_sign_negative() && !value.is_zero() || value > Decimal::ONE_HUNDRED {
                return Err(EctsError::MatchOutOfRange {
                    host: m.host.clone(),
                    home: m.home.clone(),
                    percent: value,
                });
            }
            percent.insert((h, k), value);
        }
        for t in &mobility.grade_tables {
            t.clone().validated()?;
        }
        let mut decided_host = HashMap::new();
        let mut decided_home = HashSet::new();
        for (index, d) in mobility.csc_decisions.iter().enumerate() {
            let bad = |problem: String| EctsError::BadCscDecision { index, problem };
            if d.hosts.is_empty() {
                return Err(bad("it names no host course".into()));
            }
            if d.justification.trim().is_empty() {
                return Err(bad(
                    "it has no justification; the CSC records its reasons (EC-8, EC-12)".into(),
                ));
            }
            for id in &d.hosts {
                let h = *host
                    .get(id.as_str())
                    .ok_or_else(|| bad(format!("host course `{id}` does not exist")))?;
                if decided_host.insert(h, index).is_some() {
                    return Err(bad(format!("host course `{id}` is in two decisions")));
                }
            }
            if let CscKind::Mapping { homes } = &d.decision {
                if homes.is_empty() {
                    return Err(bad("a mapping names no home course".into()));
                }
                for id in homes {
                    let k = *home
                        .get(id.as_str())
                        .ok_or_else(|| bad(format!("home course `{id}` does not exist")))?;
                    if !decided_home.insert(k) {
                        return Err(bad(format!("home course `{id}` is in two decisions")));
                    }
                }
            }
        }
        Ok(Index {
            decided_host,
            decided_home,
            home,
            host,
            percent,
        })
    }

    /// EC-5: whether host `h` may replace home `k` (match ≥ 75%, 75 itself passes).
    pub(crate) fn may_replace(&self, h: usize, k: usize, threshold: Decimal) -> bool {
        self.percent.get(&(h, k)).is_some_and(|p| *p >= threshold)
    }
}

/// The EC-5 threshold: 75%.
pub fn match_threshold() -> Decimal {
    Decimal::from(75)
}

fn step(rule: &Rule, text: String) -> Step {
    Step::new(rule, text)
}

/// Proposes the plan that recognises the most home credits (EC-4..EC-6, EC-10): an exact
/// maximum-weight assignment of passed host courses to home courses they match at least 75%,
/// home courses already passed at home left out; ties prefer the better match. Every other passed
/// host course is extra-curricular (EC-9) with its own credits; failed ones are not recognised.
/// The fast path: nothing is recorded.
pub fn propose(
    policy: &ConversionPolicy,
    mobility: &Mobility,
) -> Result<RecognitionPlan, EctsError> {
    propose_with(policy, mobility, &mut NoExplanation)
}

/// [`propose`] with one step per line of the plan.
pub fn propose_explained(
    policy: &ConversionPolicy,
    mobility: &Mobility,
) -> Result<Decision<RecognitionPlan>, EctsError> {
    Decision::explained(|why| propose_with(policy, mobility, why))
}

/// The one evaluation behind [`propose`] and [`propose_explained`].
pub fn propose_with(
    policy: &ConversionPolicy,
    mobility: &Mobility,
    recorder: &mut impl Recorder,
) -> Result<RecognitionPlan, EctsError> {
    let ix = Index::new(mobility)?;
    let hosts = mobility.host_courses.len();
    let homes = mobility.home_courses.len();
    let threshold = match_threshold();
    // Weights: credits in hundredths × 100,000 + match percent + 1 (the tie-break never outweighs
    // a hundredth of a credit for up to 990 courses); 0 where not allowed.
    let mut weight = vec![vec![0i64; homes]; hosts];
    for (h, host) in mobility.host_courses.iter().enumerate() {
        let in_agreement = mobility
            .learning_agreement
            .as_ref()
            .is_none_or(|la| la.courses().contains(&host.id.as_str()));
        if !host.passed || !in_agreement || ix.decided_host.contains_key(&h) {
            continue;
        }
        for (k, home) in mobility.home_courses.iter().enumerate() {
            if home.passed_at_home
                || ix.decided_home.contains(&k)
                || !ix.may_replace(h, k, threshold)
            {
                continue;
            }
            let credits = (home.credits.value() * Decimal::ONE_HUNDRED).trunc();
            let pct = ix.percent[&(h, k)].trunc();
            weight[h][k] = credits.to_i64().unwrap_or(0) * 100_000 + pct.to_i64().unwrap_or(0) + 1;
        }
    }
    let assignment = crate::hungarian::max_weight_assignment(&weight);
    let mut lines = Vec::with_capacity(hosts);
    for (h, host) in mobility.host_courses.iter().enumerate() {
        let converted = if host.passed {
            Some(convert(policy, &mobility.grade_tables, &host.grade)?)
        } else {
            None
        };
        let grade = converted.as_ref().and_then(|c| c.grade());
        if let Some(&d) = ix.decided_host.get(&h) {
            let decision = &mobility.csc_decisions[d];
            let first = decision.hosts.first().is_some_and(|x| x == &host.id);
            let credits = if first {
                decision.credits
            } else {
                Credits::ZERO
            };
            let (rule, category, what) = match &decision.decision {
                CscKind::Optional => (
                    &EC_7,
                    Category::Optional,
                    "an optional course of the specialisation".to_owned(),
                ),
                CscKind::Mapping { homes } => (
                    &EC_8,
                    Category::CscDecided {
                        homes: homes.clone(),
                    },
                    format!("recognised as {}", homes.join(" + ")),
                ),
                CscKind::ExtraCurricular => (
                    &EC_9,
                    Category::ExtraCurricular,
                    "extra-curricular".to_owned(),
                ),
            };
            let home_sum: Decimal = match &decision.decision {
                CscKind::Mapping { homes } => homes
                    .iter()
                    .filter_map(|id| ix.home.get(id.as_str()))
                    .map(|&k| mobility.home_courses[k].credits.value())
                    .sum(),
                _ => decision.credits.value(),
            };
            recorder.record(|| {
                let override_note = if first && home_sum != decision.credits.value() {
                    format!(" (EC-12: {} credits instead of the home courses' {})", decision.credits, home_sum.normalize())
                } else {
                    String::new()
                };
                step(
                    rule,
                    format!(
                        "By the CSC's decision, {} is {what}, {} credits{override_note}; grade {}. Reasons: {}",
                        host.id,
                        credits,
                        grade.map(|g| g.in_words()).unwrap_or_else(|| "—".into()),
                        decision.justification
                    ),
                )
            });
            lines.push(PlanLine {
                host: host.id.clone(),
                category,
                credits: Some(credits),
                grade,
            });
            continue;
        }
        let line = match assignment[h].filter(|&k| weight[h][k] > 0) {
            Some(k) => {
                let home = &mobility.home_courses[k];
                recorder.record(|| step(
                    &EC_6,
                    format!(
                        "{} replaces {} ({}% of its syllabus, at least 75% by EC-5), with the home course's {} credits; grade {}.",
                        host.id,
                        home.id,
                        ix.percent[&(h, k)].round_dp(2).normalize(),
                        home.credits,
                        grade.map(|g| g.in_words()).unwrap_or_else(|| "—".into())
                    ),
                ));
                PlanLine {
                    host: host.id.clone(),
                    category: Category::Replaces {
                        home: home.id.clone(),
                    },
                    credits: Some(home.credits),
                    grade,
                }
            }
            None if host.passed && grade.is_some() => {
                let passed_home: Vec<&str> = mobility
                    .home_courses
                    .iter()
                    .enumerate()
                    .filter(|(k, c)| c.passed_at_home && ix.may_replace(h, *k, threshold))
                    .map(|(_, c)| c.id.as_str())
                    .collect();
                recorder.record(|| {
                    if passed_home.is_empty() {
                        step(
                            &EC_9,
                            format!("{} matches no remaining home course at 75%: extra-curricular, {} credits, in the Diploma Supplement.", host.id, host.credits),
                        )
                    } else {
                        step(
                            &EC_10,
                            format!(
                                "{} matches {}, already passed at home, which is not recognised again: extra-curricular (EC-9), {} credits, in the Diploma Supplement.",
                                host.id,
                                passed_home.join(", "),
                                host.credits
                            ),
                        )
                    }
                });
                PlanLine {
                    host: host.id.clone(),
                    category: Category::ExtraCurricular,
                    credits: Some(host.credits),
                    grade,
                }
            }
            None => {
                recorder.record(|| {
                    step(
                        &EC_4,
                        format!(
                            "{} was not passed: not recognised; the home course stays to be sat.",
                            host.id
                        ),
                    )
                });
                PlanLine {
                    host: host.id.clone(),
                    category: Category::NotRecognised,
                    credits: None,
                    grade: None,
                }
            }
        };
        lines.push(line);
    }
    let plan = RecognitionPlan { lines };
    recorder.record(|| {
        step(
            &EC_11,
            format!(
                "{} home credits recognised.",
                plan.home_credits().normalize()
            ),
        )
    });
    Ok(plan)
}

/// "`X` carries 4 credits; the CSC decided 5".
fn carries(host: &str, got: Option<Credits>, expected: Option<Credits>, why: &str) -> String {
    let show = |c: Option<Credits>| c.map_or("no".to_owned(), |c| c.to_string());
    format!(
        "`{host}` carries {} credits; {why} {}",
        show(got),
        show(expected)
    )
}

/// Checks a plan the CSC wrote by hand and lists every rule it breaks: no host course used twice,
/// no home course recognised twice (EC-6), nothing already passed at home (EC-10), every
/// replacement at least 75% (EC-5) with the home course's credits (EC-6), only passed courses
/// recognised (EC-4), grades as converted (EC-11), optional and n:m lines backed by a CSC decision
/// with its credits (EC-7, EC-8, EC-12), extra-curricular credits (EC-9), unknown courses.
pub fn check(
    policy: &ConversionPolicy,
    mobility: &Mobility,
    plan: &RecognitionPlan,
) -> Result<Vec<PlanViolation>, EctsError> {
    let ix = Index::new(mobility)?;
    let mut found = Vec::new();
    let mut push = |rule: &Rule, text: String| found.push(PlanViolation::new(rule, text));
    let mut hosts_used = HashSet::new();
    let mut homes_used = HashSet::new();
    for line in &plan.lines {
        let Some(&h) = ix.host.get(line.host.as_str()) else {
            push(
                &EC_4,
                format!("host course `{}` is not on the transcript", line.host),
            );
            continue;
        };
        if !hosts_used.insert(h) {
            push(&EC_4, format!("host course `{}` is used twice", line.host));
        }
        let host = &mobility.host_courses[h];
        if !matches!(line.category, Category::NotRecognised) {
            if !host.passed {
                push(
                    &EC_4,
                    format!(
                        "host course `{}` was not passed and cannot be recognised",
                        host.id
                    ),
                );
            } else {
                let expected = convert(policy, &mobility.grade_tables, &host.grade)?.grade();
                if line.grade != expected {
                    push(
                        &EC_11,
                        format!(
                            "host course `{}`: grade {} but {} {} converts to {}",
                            host.id,
                            line.grade
                                .map(|g| g.to_string())
                                .unwrap_or_else(|| "none".into()),
                            host.grade.scale,
                            host.grade.value,
                            expected
                                .map(|g| g.to_string())
                                .unwrap_or_else(|| "no passing grade".into())
                        ),
                    );
                }
            }
        }
        let decision = ix.decided_host.get(&h).map(|&d| &mobility.csc_decisions[d]);
        let decided_credits = decision.map(|d| {
            if d.hosts.first() == Some(&host.id) {
                d.credits
            } else {
                Credits::ZERO
            }
        });
        let mut homes_of_line: Vec<&String> = Vec::new();
        match &line.category {
            Category::Replaces { home } => {
                if let Some(la) = &mobility.learning_agreement
                    && !la.courses().contains(&host.id.as_str())
                {
                    push(
                        &EC_8,
                        format!(
                            "`{}` is not in the learning agreement: it replaces a home course only by a CSC decision",
                            host.id
                        ),
                    );
                }
                if decision.is_some() {
                    push(
                        &EC_8,
                        format!(
                            "`{}` is decided by the CSC and cannot be matched otherwise",
                            host.id
                        ),
                    );
                }
                homes_of_line.push(home);
                if let Some(&k) = ix.home.get(home.as_str()) {
                    let course = &mobility.home_courses[k];
                    match ix.percent.get(&(h, k)) {
                        Some(p) if *p >= match_threshold() => {}
                        Some(p) => push(
                            &EC_5,
                            format!(
                                "`{}` matches `{home}` {}%: below 75%",
                                host.id,
                                p.round_dp(2).normalize()
                            ),
                        ),
                        None => push(
                            &EC_5,
                            format!("no syllabus match of `{}` with `{home}` is given", host.id),
                        ),
                    }
                    if line.credits != Some(course.credits) {
                        push(
                            &EC_6,
                            format!(
                                "`{}` replacing `{home}` carries {} credits; the home course has {}",
                                host.id,
                                line.credits
                                    .map(|c| c.to_string())
                                    .unwrap_or_else(|| "no".into()),
                                course.credits
                            ),
                        );
                    }
                }
            }
            Category::CscDecided { homes } => {
                // The host courses of one n:m decision share its home courses: counted once.
                if decision.is_none_or(|d| d.hosts.first() == Some(&host.id)) {
                    homes_of_line.extend(homes);
                }
                match decision.map(|d| &d.decision) {
                    Some(CscKind::Mapping { homes: decided }) if decided == homes => {}
                    _ => push(
                        &EC_8,
                        format!(
                            "no CSC decision recognises `{}` as {}",
                            host.id,
                            homes.join(" + ")
                        ),
                    ),
                }
                if decided_credits.is_some() && line.credits != decided_credits {
                    push(
                        &EC_12,
                        carries(&host.id, line.credits, decided_credits, "the CSC decided"),
                    );
                }
            }
            Category::Optional => {
                if !matches!(decision.map(|d| &d.decision), Some(CscKind::Optional)) {
                    push(
                        &EC_7,
                        format!(
                            "no CSC decision recognises `{}` as an optional course",
                            host.id
                        ),
                    );
                } else if line.credits != decided_credits {
                    push(
                        &EC_7,
                        carries(&host.id, line.credits, decided_credits, "the CSC decided"),
                    );
                }
            }
            Category::ExtraCurricular => {
                let expected = match decision.map(|d| &d.decision) {
                    Some(CscKind::ExtraCurricular) => decided_credits,
                    Some(_) => {
                        push(
                            &EC_8,
                            format!("`{}` is decided by the CSC otherwise", host.id),
                        );
                        None
                    }
                    None => Some(host.credits),
                };
                if expected.is_some() && line.credits != expected {
                    push(
                        &EC_9,
                        carries(
                            &host.id,
                            line.credits,
                            expected,
                            "extra-curricular: expected",
                        ),
                    );
                }
            }
            Category::NotRecognised => {}
        }
        for home in homes_of_line {
            let Some(&k) = ix.home.get(home.as_str()) else {
                push(
                    &EC_6,
                    format!("home course `{home}` is not in the study plan"),
                );
                continue;
            };
            if !homes_used.insert(k) {
                push(&EC_6, format!("home course `{home}` is recognised twice"));
            }
            if mobility.home_courses[k].passed_at_home {
                push(
                    &EC_10,
                    format!("home course `{home}` was already passed at home"),
                );
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credits(v: i64) -> Credits {
        Credits::new(Decimal::from(v)).unwrap()
    }

    fn mobility() -> Mobility {
        let home = |id: &str, c: i64, passed: bool| HomeCourse {
            id: id.into(),
            title: String::new(),
            credits: credits(c),
            passed_at_home: passed,
            kind: Default::default(),
            topics: vec![],
        };
        let host = |id: &str, c: i64, passed: bool, letter: &str| HostCourse {
            id: id.into(),
            title: String::new(),
            credits: credits(c),
            passed,
            grade: HostGrade {
                scale: "ECTS".into(),
                value: letter.into(),
            },
        };
        let m = |host: &str, home: &str, p: i64| SyllabusMatch {
            host: host.into(),
            home: home.into(),
            percent: Some(Decimal::from(p)),
            covered_topics: vec![],
        };
        Mobility {
            home_courses: vec![
                home("H1", 6, false),
                home("H2", 4, false),
                home("H3", 5, true),
            ],
            host_courses: vec![
                host("X1", 5, true, "B"),
                host("X2", 6, true, "A"),
                host("X3", 3, true, "C"),
                host("X4", 5, false, "F"),
            ],
            // A greedy pick of X1 for H1 (best match) would leave H2 without a replacement.
            matches: vec![
                m("X1", "H1", 90),
                m("X1", "H2", 80),
                m("X2", "H1", 76),
                m("X3", "H3", 100),
                m("X4", "H2", 95),
            ],
            grade_tables: vec![],
            csc_decisions: vec![],
            learning_agreement: None,
        }
    }

    #[test]
    fn the_proposer_recognises_the_most_credits_and_the_checker_agrees() {
        let decision = propose_explained(&ConversionPolicy::itp_2014(), &mobility()).unwrap();
        let plan = &decision.outcome;
        assert_eq!(plan.home_credits(), Decimal::from(10)); // X2 → H1 (6), X1 → H2 (4)
        assert_eq!(
            plan.lines[0].category,
            Category::Replaces { home: "H2".into() }
        );
        assert_eq!(
            plan.lines[1].category,
            Category::Replaces { home: "H1".into() }
        );
        assert_eq!(plan.lines[2].category, Category::ExtraCurricular); // H3 passed at home (EC-10)
        assert_eq!(plan.lines[3].category, Category::NotRecognised);
        assert_eq!(plan.lines[1].grade.map(|g| g.value()), Some(10));
        assert!(
            check(&ConversionPolicy::itp_2014(), &mobility(), plan)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn the_checker_lists_every_broken_rule() {
        let line = |host: &str, home: Option<&str>, c: Option<i64>, g: Option<u8>| PlanLine {
            host: host.into(),
            category: home.map_or(Category::ExtraCurricular, |h| Category::Replaces {
                home: h.into(),
            }),
            credits: c.map(credits),
            grade: g.and_then(Grade::checked),
        };
        let plan = RecognitionPlan {
            lines: vec![
                line("X1", Some("H1"), Some(5), Some(9)), // credits 5, home has 6
                line("X2", Some("H1"), Some(6), Some(10)), // H1 twice
                line("X3", Some("H3"), Some(5), Some(8)), // passed at home
                line("X4", Some("H2"), Some(4), None),    // failed
                line("X1", None, Some(5), Some(9)),       // used twice
            ],
        };
        let rules: Vec<String> = check(&ConversionPolicy::itp_2014(), &mobility(), &plan)
            .unwrap()
            .into_iter()
            .map(|v| v.rule.to_string())
            .collect();
        assert_eq!(rules, ["EC-6", "EC-6", "EC-10", "EC-4", "EC-4"]);
    }

    #[test]
    fn ec5_seventy_five_percent_passes_and_below_does_not() {
        let mut mob = mobility();
        mob.matches = vec![SyllabusMatch {
            host: "X1".into(),
            home: "H1".into(),
            percent: Some(Decimal::from(75)),
            covered_topics: vec![],
        }];
        let ix = Index::new(&mob).unwrap();
        assert!(ix.may_replace(0, 0, match_threshold()));
        mob.matches[0].percent = Some(Decimal::new(7499, 2));
        let ix = Index::new(&mob).unwrap();
        assert!(!ix.may_replace(0, 0, match_threshold()));
        mob.matches[0].percent = Some(Decimal::from(101));
        assert!(Index::new(&mob).is_err());
    }

    #[test]
    fn csc_decisions_come_first_and_the_checker_holds_lines_to_them() {
        let mut m = mobility();
        // X1 (5 credits) and X3 (3) together recognised as H1 (6) with 7 credits: n:m with an
        // EC-12 override; X2 becomes an optional course.
        m.csc_decisions = vec![
            CscDecision {
                hosts: vec!["X1".into(), "X3".into()],
                decision: CscKind::Mapping {
                    homes: vec!["H1".into()],
                },
                credits: credits(7),
                justification: "more content than the home course".into(),
            },
            CscDecision {
                hosts: vec!["X2".into()],
                decision: CscKind::Optional,
                credits: credits(4),
                justification: "within the specialisation".into(),
            },
        ];
        let decision = propose_explained(&ConversionPolicy::itp_2014(), &m).unwrap();
        let plan = &decision.outcome;
        assert_eq!(
            plan.lines[0].category,
            Category::CscDecided {
                homes: vec!["H1".into()]
            }
        );
        assert_eq!(plan.lines[0].credits, Some(credits(7)));
        assert_eq!(plan.lines[2].credits, Some(Credits::ZERO));
        assert_eq!(plan.lines[1].category, Category::Optional);
        assert!(decision.explanation.cites("EC-8") && decision.explanation.cites("EC-7"));
        assert!(
            decision
                .explanation
                .to_string()
                .contains("EC-12: 7 credits instead of the home courses' 6")
        );
        assert_eq!(plan.home_credits(), Decimal::from(7));
        let violations = check(&ConversionPolicy::itp_2014(), &m, plan).unwrap();
        assert!(violations.is_empty(), "{violations:?}");
        // A mapping the CSC did not decide, and credits it did not set.
        let mut wrong = plan.clone();
        wrong.lines[0].credits = Some(credits(6));
        wrong.lines[1].category = Category::CscDecided {
            homes: vec!["H2".into()],
        };
        let rules: Vec<String> = check(&ConversionPolicy::itp_2014(), &m, &wrong)
            .unwrap()
            .into_iter()
            .map(|v| v.rule.to_string())
            .collect();
        assert_eq!(rules, ["EC-12", "EC-8"]);
        // A decision without reasons is refused.
        m.csc_decisions[1].justification.clear();
        assert!(
            propose(&ConversionPolicy::itp_2014(), &m)
                .unwrap_err()
                .to_string()
                .contains("no justification")
        );
    }

    #[test]
    fn a_course_outside_the_learning_agreement_needs_a_csc_decision() {
        let mut m = mobility();
        m.learning_agreement = Some(LearningAgreement {
            planned: vec!["X1".into(), "X3".into()],
            changes: vec![
                AgreementChange {
                    host: "X2".into(),
                    added: true,
                    date: chrono::NaiveDate::from_ymd_opt(2021, 10, 1).unwrap(),
                },
                AgreementChange {
                    host: "X1".into(),
                    added: false,
                    date: chrono::NaiveDate::from_ymd_opt(2021, 10, 1).unwrap(),
                },
            ],
        });
        let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
        // X1 left the agreement: extra-curricular; X2 (added) replaces H1.
        assert_eq!(plan.lines[0].category, Category::ExtraCurricular);
        assert_eq!(
            plan.lines[1].category,
            Category::Replaces { home: "H1".into() }
        );
        let mut by_hand = plan.clone();
        by_hand.lines[0] = PlanLine {
            host: "X1".into(),
            category: Category::Replaces { home: "H2".into() },
            credits: Some(credits(4)),
            grade: plan.lines[0].grade,
        };
        let rules: Vec<String> = check(&ConversionPolicy::itp_2014(), &m, &by_hand)
            .unwrap()
            .into_iter()
            .map(|v| v.rule.to_string())
            .collect();
        assert_eq!(rules, ["EC-8"]);
    }
}
