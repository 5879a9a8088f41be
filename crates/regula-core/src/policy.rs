use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{CheckedPolicy, InvalidPolicy};

/// A policy as in force from a date: the institution's parameters for a set of rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Versioned<P> {
    /// The first day this version applies to (inclusive).
    pub effective_from: NaiveDate,
    /// What changed in this version and why, for auditors.
    #[serde(default)]
    pub note: String,
    /// The parameters.
    pub policy: P,
}

/// Which policy version a decision was made under: printed in every response, so that a decision
/// can be reproduced and audited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PolicyApplied {
    /// The policy's name (`UMC 2020`).
    pub name: String,
    /// The date the version took effect.
    pub effective_from: NaiveDate,
}

impl std::fmt::Display for PolicyApplied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = crate::locale::Message::new("policy-applied")
            .arg("policy", self.name.as_str())
            .arg("from", self.effective_from);
        write!(f, "{message}")
    }
}

/// Why a policy history could not be built or consulted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// A history needs at least one version.
    #[error("policy `{name}` has no versions")]
    Empty {
        /// The policy's name.
        name: String,
    },
    /// Versions must be listed oldest first, each with its own date.
    #[error(
        "policy `{name}`: version {index} takes effect on {date}, not after the version before it ({previous})"
    )]
    NotIncreasing {
        /// The policy's name.
        name: String,
        /// The index of the offending version.
        index: usize,
        /// Its effective date.
        date: NaiveDate,
        /// The effective date of the version before it.
        previous: NaiveDate,
    },
    /// A version's parameters cannot be used (every problem is listed).
    #[error("{0}")]
    Invalid(InvalidPolicy),
    /// No version was in force on the date asked about.
    #[error("policy `{name}` is not in force on {date}: its first version takes effect on {first}")]
    NotInForce {
        /// The policy's name.
        name: String,
        /// The date asked about.
        date: NaiveDate,
        /// The earliest effective date.
        first: NaiveDate,
    },
}

/// The versions of an institution's policy, each with the date it takes effect.
///
/// Regulations change: the minimum size of an online quiz's question bank was 30 for the semester II
/// 2019/2020 session and 50 afterwards (QZ-3). Such changes are versions of the policy, chosen by
/// the date of the event, not `if`s in the code.
///
/// ```
/// use regula_core::{CheckedPolicy, NaiveDate, ParameterProblem, PolicyHistory, Problems, Versioned};
///
/// #[derive(Debug)]
/// struct BankMinimum(u32);
/// impl CheckedPolicy for BankMinimum {
///     const DOMAIN: &'static str = "quiz";
///     fn problems(&self) -> Vec<ParameterProblem> {
///         let mut found = Problems::new();
///         found.check(self.0 > 0, "bank", self.0, "a bank holds at least one question");
///         found.into_vec()
///     }
/// }
///
/// let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let version = |from, n| Versioned { effective_from: from, note: String::new(), policy: BankMinimum(n) };
/// let bank_minimum = PolicyHistory::new(
///     "quiz bank minimum",
///     vec![version(date(2020, 5, 6), 30), version(date(2020, 8, 1), 50)],
/// )?;
/// assert_eq!(bank_minimum.in_force_on(date(2020, 6, 15))?.policy.0, 30);
/// assert_eq!(bank_minimum.in_force_on(date(2021, 1, 20))?.policy.0, 50);
/// assert!(bank_minimum.in_force_on(date(2019, 1, 20)).is_err());
///
/// // Every version is checked.
/// let err = PolicyHistory::new("bad", vec![version(date(2020, 5, 6), 0)]).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid quiz policy `bad` (version in force from 2020-05-06): `bank` = 0: a bank holds at least one question"
/// );
/// # Ok::<(), regula_core::PolicyError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    try_from = "HistorySpec<P>",
    bound(deserialize = "P: Deserialize<'de> + CheckedPolicy")
)]
pub struct PolicyHistory<P> {
    name: String,
    versions: Vec<Versioned<P>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct HistorySpec<P> {
    name: String,
    versions: Vec<Versioned<P>>,
}

impl<P: CheckedPolicy> TryFrom<HistorySpec<P>> for PolicyHistory<P> {
    type Error = PolicyError;
    fn try_from(spec: HistorySpec<P>) -> Result<Self, Self::Error> {
        PolicyHistory::new(spec.name, spec.versions)
    }
}

impl<P: CheckedPolicy> PolicyHistory<P> {
    /// A history from its versions, oldest first; an error when empty, out of order, or when a
    /// version's parameters cannot be used ([`CheckedPolicy`]).
    pub fn new(name: impl Into<String>, versions: Vec<Versioned<P>>) -> Result<Self, PolicyError> {
        let name = name.into();
        if versions.is_empty() {
            return Err(PolicyError::Empty { name });
        }
        for (index, pair) in versions.windows(2).enumerate() {
            if pair[1].effective_from <= pair[0].effective_from {
                return Err(PolicyError::NotIncreasing {
                    name,
                    index: index + 1,
                    date: pair[1].effective_from,
                    previous: pair[0].effective_from,
                });
            }
        }
        let history = PolicyHistory { name, versions };
        history.check()?;
        Ok(history)
    }

    /// Checks the parameters of every version: what [`PolicyHistory::new`] and reading from JSON
    /// do, for a history built with [`PolicyHistory::single`].
    pub fn check(&self) -> Result<(), PolicyError> {
        for version in &self.versions {
            version.policy.check().map_err(|err| {
                PolicyError::Invalid(InvalidPolicy {
                    version: Some((self.name.clone(), version.effective_from)),
                    ..err
                })
            })?;
        }
        Ok(())
    }
}

impl<P> PolicyHistory<P> {
    /// A history of one version, for a preset whose parameters are known good; its tests call
    /// [`PolicyHistory::check`]. Cannot fail, since one version is always in order.
    pub fn single(name: impl Into<String>, version: Versioned<P>) -> Self {
        PolicyHistory {
            name: name.into(),
            versions: vec![version],
        }
    }

    /// The policy's name (`"UMC 2020"`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// All versions, oldest first.
    pub fn versions(&self) -> &[Versioned<P>] {
        &self.versions
    }

    /// The version in force on `date`: the latest one that took effect on or before it.
    pub fn in_force_on(&self, date: NaiveDate) -> Result<&Versioned<P>, PolicyError> {
        let after = self.versions.partition_point(|v| v.effective_from <= date);
        match after.checked_sub(1).and_then(|i| self.versions.get(i)) {
            Some(version) => Ok(version),
            None => Err(PolicyError::NotInForce {
                name: self.name.clone(),
                date,
                first: self.first().effective_from,
            }),
        }
    }

    /// The version in force on `date`, or the newest one when no date is given.
    pub fn in_force_on_or_latest(
        &self,
        date: Option<NaiveDate>,
    ) -> Result<&Versioned<P>, PolicyError> {
        match date {
            Some(date) => self.in_force_on(date),
            None => Ok(self.latest()),
        }
    }

    /// Names `version` (one of this history's) for a response.
    pub fn applied(&self, version: &Versioned<P>) -> PolicyApplied {
        PolicyApplied {
            name: self.name.clone(),
            effective_from: version.effective_from,
        }
    }

    /// The newest version.
    pub fn latest(&self) -> &Versioned<P> {
        // Never empty by construction: `new` rejects an empty list.
        &self.versions[self.versions.len() - 1]
    }

    fn first(&self) -> &Versioned<P> {
        &self.versions[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
    struct Number(u32);

    impl CheckedPolicy for Number {
        const DOMAIN: &'static str = "test";
        fn problems(&self) -> Vec<crate::ParameterProblem> {
            let mut found = crate::Problems::new();
            found.check(self.0 > 0, "number", self.0, "must be positive");
            found.into_vec()
        }
    }

    fn version(y: i32, m: u32, d: u32, policy: u32) -> Versioned<Number> {
        Versioned {
            effective_from: date(y, m, d),
            note: String::new(),
            policy: Number(policy),
        }
    }

    #[test]
    fn the_effective_date_itself_belongs_to_the_new_version() {
        let h =
            PolicyHistory::new("p", vec![version(2020, 1, 1, 1), version(2021, 1, 1, 2)]).unwrap();
        assert_eq!(h.in_force_on(date(2020, 12, 31)).unwrap().policy, Number(1));
        assert_eq!(h.in_force_on(date(2021, 1, 1)).unwrap().policy, Number(2));
        assert_eq!(h.latest().policy, Number(2));
    }

    #[test]
    fn rejects_empty_and_unordered_histories() {
        assert!(matches!(
            PolicyHistory::<Number>::new("p", vec![]),
            Err(PolicyError::Empty { .. })
        ));
        let err = PolicyHistory::new("p", vec![version(2021, 1, 1, 1), version(2020, 1, 1, 2)])
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "policy `p`: version 1 takes effect on 2020-01-01, not after the version before it (2021-01-01)"
        );
        let json = r#"{"name":"p","versions":[]}"#;
        assert!(serde_json::from_str::<PolicyHistory<Number>>(json).is_err());
    }

    #[test]
    fn every_version_is_checked_when_read() {
        let json = r#"{"name":"p","versions":[
            {"effective_from":"2020-01-01","policy":1},
            {"effective_from":"2021-01-01","policy":0}]}"#;
        let err = serde_json::from_str::<PolicyHistory<Number>>(json).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "invalid test policy `p` (version in force from 2021-01-01): `number` = 0: must be positive"
            ),
            "{err}"
        );
    }
}
