//! Grade conversion to the Romanian 10..1 scale (EC-11, the ECTS grading table): the ECTS letter table,
//! and grade distribution tables (the ECTS Users' Guide 2015 method, as EGRACONS does).

use regula_core::{CheckedPolicy, Decimal, Grade, ParameterProblem, Problems};
use serde::{Deserialize, Serialize};

use crate::elmo::GradingScales;
use crate::supplement::SupplementRule;

use crate::EctsError;

/// A host grade as the transcript gives it: its scale and its value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HostGrade {
    /// The grading scale: `ECTS` for the ECTS letters, or the name of a scale with a distribution
    /// table (`DE-1.0-4.0`, `HU-1-5`).
    pub scale: String,
    /// The grade on that scale: `B`, `1.7`, `4`.
    pub value: String,
}

/// One row of the ECTS letter table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LetterRow {
    /// The ECTS letter.
    pub letter: String,
    /// The Romanian grade, or `null` for a failing letter (FX, F): not recognised.
    pub grade: Option<Grade>,
}

/// The share of passing students who received one grade.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GradeShare {
    /// The grade as written on the scale.
    pub grade: String,
    /// The percentage of passing students who received it.
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub percent: Decimal,
}

/// A grade distribution table: the passing grades of a scale, best first, each with its share of
/// the passing students of a reference group. The shares add up to 100 (within 0.01).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DistributionTable {
    /// The scale's name.
    pub scale: String,
    /// The passing grades, best first.
    pub grades: Vec<GradeShare>,
}

impl DistributionTable {
    /// Checks the shares add up to 100 within 0.01 and are not negative.
    pub fn validated(self) -> Result<Self, EctsError> {
        let sum: Decimal = self.grades.iter().map(|g| g.percent).sum();
        if (sum - Decimal::ONE_HUNDRED).abs() > Decimal::new(1, 2)
            || self
                .grades
                .iter()
                .any(|g| g.percent.is_sign_negative() && !g.percent.is_zero())
        {
            return Err(EctsError::TableNot100 {
                scale: self.scale,
                sum,
            });
        }
        Ok(self)
    }

    /// The cumulative range `[from, to)` of percentiles, from the top, of each grade.
    fn ranges(&self) -> Vec<(Decimal, Decimal)> {
        let mut from = Decimal::ZERO;
        self.grades
            .iter()
            .map(|g| {
                let range = (from, from + g.percent);
                from += g.percent;
                range
            })
            .collect()
    }
}

/// The conversion tables an institution uses (EC-11): policy data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConversionPolicy {
    /// The ECTS letters and their Romanian grades.
    pub letters: Vec<LetterRow>,
    /// The home institution's own distribution table, on the Romanian scale ("10" … "5").
    pub home_distribution: DistributionTable,
    /// The grading scales the CSC knows (EC-11): which grades of a host's scale fail, and their
    /// order, for transcripts that do not say. The common European scales by default; an
    /// institution adds its partners'.
    #[serde(default)]
    pub grading_scales: GradingScales,
    /// EC-5: how much of a home course's syllabus (fișa disciplinei) a host course must match, in
    /// percent, to replace it (75, the ITP regulation's; more than 0, at most 100).
    #[serde(default = "seventy_five")]
    pub syllabus_match_percent: Decimal,
    /// EC-1, EC-3: what a mobility must achieve not to be repaid — the ITP's 15 ECTS a semester,
    /// 30 a year, and at least 3 months of study — when absent.
    #[serde(default)]
    pub minimums: Minimums,
    /// EC-9: whether a passed host course that replaces no home course goes to the Diploma
    /// Supplement on its own (`automatic`, the ITP regulation's, and the rule when absent) or only
    /// at the student's written request (`on_request`: `mobility.supplement_requested`; without
    /// it the course is left out, and the plan lists it with that reason).
    #[serde(default)]
    pub diploma_supplement: SupplementRule,
}

fn seventy_five() -> Decimal {
    Decimal::from(75)
}

/// The minimums of a study mobility (EC-1, EC-3): below them the grant is repaid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Minimums {
    /// EC-1: the ECTS a one-semester mobility must pass (15).
    pub credits_per_semester: Decimal,
    /// EC-1: the ECTS a mobility of two semesters or more must pass (30); not below a semester's.
    pub credits_per_year: Decimal,
    /// EC-3: the shortest mobility that counts as active study, in calendar months (3), 1 to 12.
    pub active_months: u32,
}

impl Default for Minimums {
    fn default() -> Self {
        Minimums {
            credits_per_semester: Decimal::from(15),
            credits_per_year: Decimal::from(30),
            active_months: 3,
        }
    }
}

impl CheckedPolicy for ConversionPolicy {
    const DOMAIN: &'static str = "ects";

    /// Every letter once; the home distribution's shares not negative and adding up to 100
    /// (EC-11).
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        found.check(
            self.syllabus_match_percent > Decimal::ZERO
                && self.syllabus_match_percent <= Decimal::ONE_HUNDRED,
            "syllabus_match_percent",
            self.syllabus_match_percent,
            "a share of a syllabus: more than 0 and at most 100 percent (EC-5)",
        );
        let minimums = &self.minimums;
        found.check(
            minimums.credits_per_semester > Decimal::ZERO,
            "minimums.credits_per_semester",
            minimums.credits_per_semester,
            "a semester's minimum is a positive number of ECTS (EC-1)",
        );
        found.check(
            minimums.credits_per_year >= minimums.credits_per_semester,
            "minimums.credits_per_year",
            minimums.credits_per_year,
            format!(
                "not below a semester's minimum ({}) (EC-1)",
                minimums.credits_per_semester
            ),
        );
        found.check(
            (1..=12).contains(&minimums.active_months),
            "minimums.active_months",
            minimums.active_months,
            "between 1 and 12 calendar months (EC-3)",
        );
        found.check(
            !self.letters.is_empty(),
            "letters",
            "[]",
            "the ECTS letters are needed (EC-11)",
        );
        for (i, row) in self.letters.iter().enumerate() {
            found.check(
                !self.letters[..i].iter().any(|r| r.letter == row.letter),
                format!("letters[{i}].letter"),
                &row.letter,
                "a letter is listed once (EC-11)",
            );
        }
        for (i, scale) in self.grading_scales.scales.iter().enumerate() {
            let at = format!("grading_scales.scales[{i}]");
            found.check(
                !scale.name.trim().is_empty(),
                format!("{at}.name"),
                &scale.name,
                "a scale has a name (EC-11)",
            );
            found.check(
                !self.grading_scales.scales[..i]
                    .iter()
                    .any(|s| s.name == scale.name),
                format!("{at}.name"),
                &scale.name,
                "a scale is listed once (EC-11)",
            );
            for grade in &scale.failing {
                found.check(
                    !scale.passing.contains(grade),
                    format!("{at}.failing"),
                    grade,
                    "a grade passes or fails, not both (EC-11)",
                );
            }
        }
        for (i, share) in self.home_distribution.grades.iter().enumerate() {
            found.check(
                share.percent >= Decimal::ZERO,
                format!("home_distribution.grades[{i}].percent"),
                share.percent,
                "a share cannot be negative (EC-11)",
            );
        }
        let sum: Decimal = self
            .home_distribution
            .grades
            .iter()
            .map(|g| g.percent)
            .sum();
        found.check(
            (sum - Decimal::ONE_HUNDRED).abs() <= Decimal::new(1, 2),
            "home_distribution.grades",
            format!("shares adding up to {sum}"),
            "the shares add up to 100 (EC-11)",
        );
        found.into_vec()
    }
}

impl ConversionPolicy {
    /// The ECTS grading table (A 10, B 9, C 8, D 7, E 5, FX/F fail), with the worked
    /// example's home distribution (10: 8%, 9: 20%, 8: 27%, 7: 22%, 6: 15%, 5: 8%) — illustrative:
    /// an institution loads its own.
    pub fn itp_2014() -> Self {
        let g = |v: u8| Grade::checked(v);
        let row = |letter: &str, grade| LetterRow {
            letter: letter.into(),
            grade,
        };
        let share = |grade: &str, percent: i64| GradeShare {
            grade: grade.into(),
            percent: Decimal::from(percent),
        };
        ConversionPolicy {
            letters: vec![
                row("A", g(10)),
                row("B", g(9)),
                row("C", g(8)),
                row("D", g(7)),
                row("E", g(5)),
                row("FX", None),
                row("F", None),
            ],
            home_distribution: DistributionTable {
                scale: "RO-10".into(),
                grades: vec![
                    share("10", 8),
                    share("9", 20),
                    share("8", 27),
                    share("7", 22),
                    share("6", 15),
                    share("5", 8),
                ],
            },
            grading_scales: GradingScales::european(),
            syllabus_match_percent: seventy_five(),
            minimums: Minimums::default(),
            diploma_supplement: SupplementRule::Automatic,
        }
    }
}

/// How a grade was converted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Conversion {
    /// By the ECTS letter table.
    Letter {
        /// The Romanian grade, or `None` for a failing letter.
        grade: Option<Grade>,
    },
    /// By grade distribution tables: the home grade whose percentile range overlaps the host
    /// grade's range most (ties: the better grade).
    Distribution {
        /// The Romanian grade.
        grade: Grade,
        /// The host grade's percentile range.
        host_range: (Decimal, Decimal),
        /// The overlap with the chosen home grade's range, in percentage points.
        overlap: Decimal,
    },
}

impl Conversion {
    /// The Romanian grade, when the host grade passes.
    pub fn grade(&self) -> Option<Grade> {
        match self {
            Conversion::Letter { grade } => *grade,
            Conversion::Distribution { grade, .. } => Some(*grade),
        }
    }
}

/// Converts a host grade (EC-11): by the letter table for the `ECTS` scale, otherwise through
/// the scale's distribution table in `tables`. A grade or scale that cannot be converted is an
/// error, never a guess.
///
/// ```
/// use regula_ects::{convert, ConversionPolicy, DistributionTable, GradeShare, HostGrade};
/// use regula_core::Decimal;
///
/// let policy = ConversionPolicy::itp_2014();
/// let host = DistributionTable {
///     scale: "X-10".into(),
///     grades: [("10", 5), ("9", 15), ("8", 30), ("7", 30), ("6", 20)]
///         .iter()
///         .map(|(g, p)| GradeShare { grade: (*g).into(), percent: Decimal::from(*p) })
///         .collect(),
/// };
/// // The worked example of the ECTS grading table: host 8 (20%–50%) overlaps home 8 (28%–55%) most.
/// let grade = HostGrade { scale: "X-10".into(), value: "8".into() };
/// assert_eq!(convert(&policy, &[host], &grade)?.grade().unwrap().value(), 8);
/// # Ok::<(), regula_ects::EctsError>(())
/// ```
pub fn convert(
    policy: &ConversionPolicy,
    tables: &[DistributionTable],
    grade: &HostGrade,
) -> Result<Conversion, EctsError> {
    if grade.scale.eq_ignore_ascii_case("ECTS") {
        let row = policy
            .letters
            .iter()
            .find(|r| r.letter.eq_ignore_ascii_case(grade.value.trim()))
            .ok_or_else(|| EctsError::UnknownGrade {
                grade: grade.value.clone(),
                scale: grade.scale.clone(),
            })?;
        return Ok(Conversion::Letter { grade: row.grade });
    }
    let table = tables
        .iter()
        .find(|t| t.scale == grade.scale)
        .ok_or_else(|| EctsError::UnknownScale {
            scale: grade.scale.clone(),
            grade: grade.value.clone(),
        })?;
    let index = table
        .grades
        .iter()
        .position(|g| g.grade == grade.value.trim())
        .ok_or_else(|| EctsError::UnknownGrade {
            grade: grade.value.clone(),
            scale: grade.scale.clone(),
        })?;
    let host_range = table.ranges()[index];
    let home = &policy.home_distribution;
    let mut best: Option<(usize, Decimal)> = None;
    for (j, (from, to)) in home.ranges().into_iter().enumerate() {
        let overlap = (to.min(host_range.1) - from.max(host_range.0)).max(Decimal::ZERO);
        // Strictly greater: on a tie the earlier (better) home grade stays.
        if best.is_none_or(|(_, o)| overlap > o) {
            best = Some((j, overlap));
        }
    }
    let (j, overlap) = best.ok_or_else(|| EctsError::UnknownScale {
        scale: home.scale.clone(),
        grade: grade.value.clone(),
    })?;
    let value: u8 = home.grades[j]
        .grade
        .parse()
        .map_err(|_| EctsError::UnknownGrade {
            grade: home.grades[j].grade.clone(),
            scale: home.scale.clone(),
        })?;
    let grade = Grade::new(value)?;
    Ok(Conversion::Distribution {
        grade,
        host_range,
        overlap,
    })
}
