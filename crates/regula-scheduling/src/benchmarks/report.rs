//! One line per benchmark instance: feasible or not, the official cost, the published reference,
//! the ratio and the time — the table `regula schedule benchmarks` prints.

use std::fmt;
use std::time::Duration;

use super::{BenchInstance, Best, Cost, Reference};

/// The result of the solver on one public instance, scored by the benchmark's own cost function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenchmarkRow {
    /// The instance's name.
    pub instance: String,
    /// Its number of exams.
    pub exams: usize,
    /// Whether the solution breaks no hard constraint (ITC2007) and has no clash (Toronto).
    pub feasible: bool,
    /// The official cost: ITC2007's soft penalty, Toronto's proximity cost per student (2
    /// decimals); `None` without a solution.
    pub cost: Option<String>,
    /// The published reference cost, where there is one.
    pub reference: Option<u64>,
    /// The seed of the search that found the solution (the best of a portfolio).
    pub seed: Option<u64>,
    /// How long the solver ran.
    pub elapsed: Duration,
}

impl BenchmarkRow {
    /// The table's header line.
    pub const HEADER: &'static str =
        "instance          exams feasible       cost    reference     ratio  seconds  seed";

    /// The row of `instance` and the best solution found (if any), scored with the instance's
    /// official cost function, beside its published `reference` where there is one.
    pub fn new(
        instance: &BenchInstance,
        reference: Option<&Reference>,
        best: Option<&Best>,
        elapsed: Duration,
    ) -> Self {
        let (feasible, cost) = match best.map(|b| &b.cost) {
            None => (false, None),
            Some(c @ Cost::Itc2007(_)) => (c.feasible(), Some(c.value().to_string())),
            Some(c @ Cost::Toronto(_)) => (c.feasible(), Some(c.value().round_dp(2).to_string())),
        };
        BenchmarkRow {
            instance: instance.name.clone(),
            exams: instance.exams.len(),
            feasible,
            cost,
            reference: reference.and_then(|r| r.cost),
            seed: best.map(|b| b.seed),
            elapsed,
        }
    }

    /// The cost over the reference, to 2 decimals (truncated), when both are whole numbers.
    pub fn ratio(&self) -> Option<String> {
        let r = self.reference.filter(|r| *r > 0)?;
        let c: u64 = self.cost.as_deref()?.parse().ok()?;
        Some(format!("{}.{:02}", c / r, c % r * 100 / r))
    }
}

impl fmt::Display for BenchmarkRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dash = || "—".to_owned();
        write!(
            f,
            "{:<16} {:>6} {:>8} {:>10} {:>12} {:>9} {:>8.1} {:>5}",
            self.instance,
            self.exams,
            if self.feasible { "yes" } else { "no" },
            self.cost.clone().unwrap_or_else(dash),
            self.reference.map_or_else(dash, |r| r.to_string()),
            self.ratio().unwrap_or_else(dash),
            self.elapsed.as_secs_f64(),
            self.seed.map_or_else(dash, |s| s.to_string())
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ratio_is_cost_over_reference_truncated_to_two_decimals() {
        let row = BenchmarkRow {
            instance: "exam_comp_set4".into(),
            exams: 273,
            feasible: true,
            cost: Some("19968".into()),
            reference: Some(18141),
            seed: Some(3),
            elapsed: Duration::from_millis(30_050),
        };
        // 19968 / 18141 = 1.1007…
        assert_eq!(row.ratio().as_deref(), Some("1.10"));
        assert_eq!(
            row.to_string(),
            "exam_comp_set4      273      yes      19968        18141      1.10     30.1     3"
        );
        let none = BenchmarkRow {
            cost: None,
            feasible: false,
            ..row
        };
        assert_eq!(none.ratio(), None);
    }
}
