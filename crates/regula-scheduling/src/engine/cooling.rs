//! Simulated annealing in integers: the Metropolis rule accepts a move that adds `δ` with
//! probability `exp(−δ/T)`, which is the same as accepting it when `δ ≤ T·X` for `X` drawn from the
//! exponential distribution. So phase 2 draws a threshold `T·X` per move, with `X = −ln U`
//! computed in fixed point (no floating point anywhere).
//!
//! The temperature falls geometrically over a cycle, from the calibrated start to about a
//! thousandth of it; a search with a budget of steps makes one cycle of it, a search stopped only
//! by its caller (a time limit) makes cycles of 1, 2, 4, … million steps, each from the best
//! placement found. A caller that holds a time limit and says how much of it is spent makes
//! the search cool once, over the whole of it: cycles of steps cut short by a clock would waste
//! the end of the time at a high temperature.

use crate::Rng;

/// Fractional bits of the fixed-point numbers.
const Q: u32 = 16;

/// ln 2 in Q16.
const LN_2: u64 = 45_426;

/// The temperature falls by 2^10 over a cycle.
const HALVINGS: u64 = 10;

/// The first cycle of a search without a budget, in steps.
const FIRST_CYCLE: u64 = 1_000_000;

/// A budget larger than this is taken as "until the caller stops": growing cycles.
const ONE_CYCLE_AT_MOST: u64 = 50_000_000;

/// log2 of `k ≥ 1`, in Q16.
fn log2_q16(k: u64) -> u64 {
    let whole = 63 - u64::from(k.leading_zeros());
    // k / 2^whole in [1, 2), in Q32.
    let mut x: u128 = (u128::from(k) << 32) >> whole;
    let mut fraction = 0u64;
    for bit in (0..Q).rev() {
        x = (x * x) >> 32;
        if x >= 2u128 << 32 {
            x >>= 1;
            fraction |= 1 << bit;
        }
    }
    (whole << Q) | fraction
}

/// A draw of the exponential distribution of mean 1, in Q16: `−ln U` for `U` uniform in (0, 1].
pub(super) fn exponential_q16(rng: &mut Rng) -> u64 {
    let k = (rng.next_u64() >> 32).max(1);
    let minus_log2 = (32 << Q) - log2_q16(k);
    (minus_log2 * LN_2) >> Q
}

/// The temperature schedule of phase 2.
pub(super) struct Cooling {
    /// The temperature at the start of a cycle, in Q16.
    start_q16: u64,
    /// The step at which the current cycle began, and its length.
    cycle_start: u64,
    cycle: u64,
    /// Whether cycles grow (no budget) or there is one.
    growing: bool,
    /// The share of the caller's time spent, in millionths, once the caller says it.
    spent: Option<u32>,
}

impl Cooling {
    /// A schedule starting at `start` (cost units) for the steps `from..budget`.
    pub(super) fn new(start: u64, from: u64, budget: u64) -> Self {
        let remaining = budget.saturating_sub(from).max(1);
        let growing = remaining > ONE_CYCLE_AT_MOST;
        Cooling {
            start_q16: start.max(1) << Q,
            cycle_start: from,
            cycle: if growing { FIRST_CYCLE } else { remaining },
            growing,
            spent: None,
        }
    }

    /// The caller's time is `millionths` spent: from now on the temperature follows it.
    pub(super) fn pace(&mut self, millionths: u32) {
        self.spent = Some(millionths.min(1_000_000));
    }

    /// Whether step `step` begins a new cycle (the caller restarts from its best placement).
    pub(super) fn next_cycle(&mut self, step: u64) -> bool {
        if self.spent.is_some() || step < self.cycle_start + self.cycle {
            return false;
        }
        self.cycle_start = step;
        if self.growing {
            self.cycle = self.cycle.saturating_mul(2);
        }
        true
    }

    /// The temperature at `step`, in Q16: halved `HALVINGS` times over the cycle (or the caller's
    /// time), linearly between halvings.
    pub(super) fn temperature_q16(&self, step: u64) -> u64 {
        let (into, length) = match self.spent {
            Some(millionths) => (u128::from(millionths), 1_000_000),
            None => (
                u128::from(step.saturating_sub(self.cycle_start)),
                u128::from(self.cycle.max(1)),
            ),
        };
        let x = (into * u128::from(HALVINGS << Q) / length) as u64;
        let (halvings, part) = (x >> Q, x & ((1 << Q) - 1));
        let t = self.start_q16 >> halvings.min(63);
        t - ((t * (part / 2)) >> Q)
    }

    /// A Metropolis threshold at `step`: the largest cost increase accepted by this move.
    pub(super) fn threshold(&self, step: u64, rng: &mut Rng) -> i64 {
        let t = u128::from(self.temperature_q16(step));
        let x = u128::from(exponential_q16(rng));
        i64::try_from((t * x) >> (2 * Q)).unwrap_or(i64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log2_is_exact_at_powers_of_two_and_close_between() {
        assert_eq!(log2_q16(1), 0);
        assert_eq!(log2_q16(1 << 20), 20 << Q);
        // log2(3) = 1.58496…: 103_872.9 in Q16.
        assert!(log2_q16(3).abs_diff(103_873) <= 2, "{}", log2_q16(3));
    }

    #[test]
    fn the_exponential_draws_have_mean_one() {
        let mut rng = Rng::new(5);
        let n = 200_000u64;
        let sum: u64 = (0..n).map(|_| exponential_q16(&mut rng)).sum();
        let mean_q16 = sum / n;
        // 1.0 ± 1%.
        assert!(mean_q16.abs_diff(1 << Q) < 656, "{mean_q16}");
    }

    #[test]
    fn the_temperature_falls_a_thousandfold_over_a_cycle_and_cycles_grow_without_a_budget() {
        let c = Cooling::new(1000, 0, 1_000);
        assert_eq!(c.temperature_q16(0), 1000 << Q);
        assert!(c.temperature_q16(500) < (1000 << Q) / 30);
        assert!(c.temperature_q16(999) < (1000 << Q) / 1000);
        let mut open = Cooling::new(1000, 0, u64::MAX);
        assert!(!open.next_cycle(FIRST_CYCLE - 1));
        assert!(open.next_cycle(FIRST_CYCLE));
        assert!(!open.next_cycle(3 * FIRST_CYCLE - 1));
        assert!(open.next_cycle(3 * FIRST_CYCLE));
    }

    #[test]
    fn a_caller_s_clock_paces_one_cycle_over_its_time() {
        let mut c = Cooling::new(1000, 0, u64::MAX);
        c.pace(0);
        assert_eq!(c.temperature_q16(5 * FIRST_CYCLE), 1000 << Q);
        assert!(
            !c.next_cycle(FIRST_CYCLE),
            "no restart while the caller paces"
        );
        c.pace(500_000);
        let half = c.temperature_q16(7);
        assert!(half < (1000 << Q) / 30 && half > (1000 << Q) / 33, "{half}");
        c.pace(1_000_000);
        assert_eq!(c.temperature_q16(9), (1000 << Q) >> HALVINGS);
    }
}
