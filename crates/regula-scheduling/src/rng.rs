//! The solvers' and the synthetic faculties' random numbers: deterministic for a seed, so that a
//! seed always gives the same faculty and the same solver run.

/// A small deterministic pseudo-random generator (xorshift64*), so that a seed always gives the
/// same faculty and the same solver run.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value, 0 included); different seeds give different streams.
    pub fn new(seed: u64) -> Self {
        // SplitMix64's finaliser: every seed its own non-zero xorshift state.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Rng(if z == 0 { 0x9E37_79B9_7F4A_7C15 } else { z })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn neighbouring_seeds_give_different_streams() {
        // A former seeding (`seed ^ K | 1`) made seeds 2k and 2k + 1 the same generator.
        for seed in [0u64, 2, 4, 1 << 40] {
            let mut a = Rng::new(seed);
            let mut b = Rng::new(seed + 1);
            let (x, y): (Vec<u64>, Vec<u64>) = (0..4).map(|_| (a.next_u64(), b.next_u64())).unzip();
            assert_ne!(x, y, "seeds {seed} and {}", seed + 1);
        }
        let mut again = Rng::new(7);
        assert_eq!(
            Rng::new(7).next_u64(),
            again.next_u64(),
            "deterministic for a seed"
        );
    }
}
