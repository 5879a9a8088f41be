//! The best placement shared between the searches of a portfolio (issue #31): each search offers
//! its best at regular steps and, when another's is better, goes on from that one — the searches
//! keep their own random streams and temperatures, so they explore around the best found so far
//! instead of each around its own.
//!
//! Only a search paced by a time limit exchanges ([`super::Pace::Spent`]): its result already
//! depends on the machine's speed. A search bounded by steps alone never does, so a run with a
//! step budget stays reproducible whatever the machine.

use std::sync::Mutex;

use super::model::Assignment;

/// The portfolio's best placement so far, with its soft cost.
#[derive(Debug, Default)]
pub(crate) struct Exchange {
    best: Mutex<Option<(i64, Assignment)>>,
}

impl Exchange {
    /// An exchange with nothing offered yet.
    pub(crate) fn new() -> Self {
        Exchange::default()
    }

    /// Offers a search's best; kept when it is the lowest so far.
    pub(crate) fn offer(&self, cost: i64, assignment: &Assignment) {
        // A search that panicked while holding the lock leaves nothing to share.
        if let Ok(mut best) = self.best.lock()
            && best.as_ref().is_none_or(|(c, _)| cost < *c)
        {
            *best = Some((cost, assignment.clone()));
        }
    }

    /// The shared best, when it is lower than `cost`.
    pub(crate) fn better_than(&self, cost: i64) -> Option<(i64, Assignment)> {
        let best = self.best.lock().ok()?;
        best.as_ref().filter(|(c, _)| *c < cost).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placement(p: usize) -> Assignment {
        Assignment {
            period: vec![Some(p)],
            room: vec![None],
        }
    }

    #[test]
    fn the_exchange_keeps_the_lowest_offer_and_gives_it_only_to_a_search_behind() {
        let x = Exchange::new();
        assert_eq!(x.better_than(i64::MAX), None);
        x.offer(50, &placement(1));
        x.offer(70, &placement(2));
        assert_eq!(x.better_than(60), Some((50, placement(1))));
        // A search at the shared best, or ahead of it, goes on with its own.
        assert_eq!(x.better_than(50), None);
        x.offer(40, &placement(3));
        assert_eq!(x.better_than(45), Some((40, placement(3))));
    }
}
