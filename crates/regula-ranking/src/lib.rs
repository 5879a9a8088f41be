//! # regula-ranking
//!
//! One ranking engine, two uses: the Erasmus+ selection of `regula-mobility` (MO-7) and any
//! other ranked selection — a scholarship, a place in a hall of residence — whose caller passes
//! the rule its explanation cites.
//!
//! - [`PointsSystem`]: the published criteria, their scales (a range, activities, or a step
//!   scale of [`Band`]s), weights and minimums, and the tie-breaks, checked when the policy is read ([`PointsSystem::problems`]);
//! - [`score`], [`assess`]: a [`Candidate`]'s points per criterion and total, or the reasons it is
//!   not ranked (the caller's own, and every criterion minimum it falls below);
//! - [`order`]: a *total* order — the higher total first, then the tie-breaks on raw values, the
//!   candidate id last — so equal keys never reorder arbitrarily;
//! - [`standing`]: the places, then the reserve list, then those not selected;
//! - [`rank_with`]: all of it for one group of candidates, with its steps citing the caller's
//!   rule.
//!
//! ```
//! use regula_core::catalogue::MO_7;
//! use regula_core::{Decimal, NoExplanation};
//! use regula_ranking::{Candidate, Criterion, PointsSystem, Scale, Standing, TieBreak, rank_with};
//!
//! let system = PointsSystem {
//!     criteria: vec![Criterion {
//!         id: "average".into(),
//!         label: "the year's average".into(),
//!         weight: Decimal::ONE,
//!         scale: Scale::Range { min: Decimal::ONE, max: Decimal::TEN },
//!         optional: false,
//!         minimum: Some(Decimal::from(8)),
//!     }],
//!     tie_break: vec![TieBreak::CandidateId],
//! };
//! let candidate = |id: &str, average: i64| {
//!     let mut c = Candidate::new(id);
//!     c.scores.insert("average".into(), Decimal::from(average));
//!     c
//! };
//! let candidates = [candidate("B", 9), candidate("A", 9), candidate("C", 7)];
//! let ranking = rank_with(&system, 1, Some(1), &candidates, &MO_7, &mut NoExplanation)?;
//! assert_eq!(ranking.ranking[0].candidate, "A"); // a tie, broken by the id
//! assert_eq!(ranking.ranking[0].standing, Standing::Place);
//! assert_eq!(ranking.ranking[1].standing, Standing::Reserve { position: 1 });
//! assert_eq!(ranking.excluded[0].candidate, "C"); // below the minimum of 8
//! # Ok::<(), regula_ranking::RankingError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod candidate;
mod error;
mod order;
mod rank;
mod score;
mod standing;
mod steps;
mod system;

pub use candidate::{Assessment, Candidate, CriterionScore, Score, Scored};
pub use error::{CandidateProblem, RankingError};
pub use order::order;
pub use rank::{Excluded, Placed, Ranking, rank, rank_with};
pub use score::{assess, score, score_message};
pub use standing::{Standing, describe_tie_break, selected, standing};
pub use steps::{Band, Covers, MAX_DECIMALS};
pub use system::{Criterion, PointsSystem, Scale, TieBreak};
