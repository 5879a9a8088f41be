//! The mobility indexed for the proposer and the checker: matches by course pair, the CSC's
//! decisions, EC-5's threshold.

use std::collections::{HashMap, HashSet};

use regula_core::Decimal;

use super::*;
use crate::EctsError;

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
