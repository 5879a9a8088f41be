//! Policies are checked when they are loaded: one mechanism for every domain, one error shape that
//! names the domain, the version, the field, the value and why.

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

/// One parameter of a policy that cannot be used: the field, the value found and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ParameterProblem {
    /// The field, as a path in the domain's policy (`day_end`, `average.decimals`).
    pub field: String,
    /// The value found there.
    pub value: String,
    /// Why it cannot be used, citing the rule where there is one.
    pub reason: String,
}

impl fmt::Display for ParameterProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` = {}: {}", self.field, self.value, self.reason)
    }
}

/// The parameters of a domain's policy that an institution sets, checked as a whole.
///
/// Every domain policy implements it; [`crate::PolicyHistory`] calls it on every version when a
/// history is built or read from JSON, so that no decision is ever made under parameters that
/// would make it meaningless (a day that ends before it starts, a gap of 0 days).
///
/// ```
/// use regula_core::{CheckedPolicy, ParameterProblem, Problems};
///
/// struct Hours { start: u32, end: u32 }
///
/// impl CheckedPolicy for Hours {
///     const DOMAIN: &'static str = "hours";
///     fn problems(&self) -> Vec<ParameterProblem> {
///         let mut found = Problems::new();
///         found.check(self.end > self.start, "end", self.end, format!("must be after `start` = {}", self.start));
///         found.into_vec()
///     }
/// }
///
/// let err = Hours { start: 8, end: 7 }.check().unwrap_err();
/// assert_eq!(err.to_string(), "invalid hours policy: `end` = 7: must be after `start` = 8");
/// ```
pub trait CheckedPolicy {
    /// The domain's name, as in a policy document: `grading`, `scheduling`.
    const DOMAIN: &'static str;

    /// Every parameter that cannot be used — all of them, not the first.
    fn problems(&self) -> Vec<ParameterProblem>;

    /// `Ok` when no parameter has a problem.
    fn check(&self) -> Result<(), InvalidPolicy> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(InvalidPolicy {
                domain: Self::DOMAIN,
                version: None,
                problems,
            })
        }
    }
}

/// A collector of [`ParameterProblem`]s, for writing [`CheckedPolicy::problems`].
#[derive(Debug, Default)]
pub struct Problems(Vec<ParameterProblem>);

impl Problems {
    /// No problem yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem with `field` (holding `value`) unless `ok`.
    pub fn check(
        &mut self,
        ok: bool,
        field: impl Into<String>,
        value: impl fmt::Display,
        reason: impl Into<String>,
    ) {
        if !ok {
            self.0.push(ParameterProblem {
                field: field.into(),
                value: value.to_string(),
                reason: reason.into(),
            });
        }
    }

    /// Records a problem found otherwise.
    pub fn push(&mut self, problem: ParameterProblem) {
        self.0.push(problem);
    }

    /// Adds the problems of a part of the policy, under its field (`points.criteria[0]`).
    pub fn nested(&mut self, field: &str, problems: Vec<ParameterProblem>) {
        self.0
            .extend(problems.into_iter().map(|p| ParameterProblem {
                field: format!("{field}.{}", p.field),
                ..p
            }));
    }

    /// The problems found.
    pub fn into_vec(self) -> Vec<ParameterProblem> {
        self.0
    }
}

/// A policy that cannot be used: its domain, the version (when it belongs to a history) and every
/// problem, one per line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct InvalidPolicy {
    /// The domain: `grading`, `scheduling`.
    pub domain: &'static str,
    /// The history's name and the version's effective date, when known.
    pub version: Option<(String, NaiveDate)>,
    /// What is wrong, never empty.
    pub problems: Vec<ParameterProblem>,
}

impl fmt::Display for InvalidPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} policy", self.domain)?;
        if let Some((name, from)) = &self.version {
            write!(f, " `{name}` (version in force from {from})")?;
        }
        f.write_str(":")?;
        match self.problems.as_slice() {
            [one] => write!(f, " {one}"),
            many => many.iter().try_for_each(|p| write!(f, "\n{p}")),
        }
    }
}

impl std::error::Error for InvalidPolicy {}
