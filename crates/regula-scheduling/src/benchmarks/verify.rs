//! The official cost of a solution, of either benchmark, term by term: what `regula schedule
//! verify` prints, what the benchmark table and the portfolio compare.

use std::fmt;

use rust_decimal::Decimal;

use super::{
    BenchInstance, BenchSolution, BenchmarkKind, Itc2007Cost, TorontoCost, itc2007_cost,
    toronto_cost,
};

/// The official cost of a solution under its benchmark's cost function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cost {
    /// ITC2007: hard violations and the soft penalty, term by term.
    Itc2007(Itc2007Cost),
    /// Toronto: conflicts and the proximity cost per student.
    Toronto(TorontoCost),
}

impl Cost {
    /// The cost of `solution` for `instance`.
    pub fn of(instance: &BenchInstance, solution: &BenchSolution) -> Self {
        match instance.kind {
            BenchmarkKind::Itc2007 => Cost::Itc2007(itc2007_cost(instance, solution)),
            BenchmarkKind::Toronto => Cost::Toronto(toronto_cost(instance, solution)),
        }
    }

    /// Whether no hard constraint is broken.
    pub fn feasible(&self) -> bool {
        match self {
            Cost::Itc2007(c) => c.hard == 0,
            Cost::Toronto(c) => c.conflicts == 0,
        }
    }

    /// The published figure: the ITC2007 soft penalty, or the Toronto cost per student.
    pub fn value(&self) -> Decimal {
        match self {
            Cost::Itc2007(c) => Decimal::from(c.soft),
            Cost::Toronto(c) => c.per_student,
        }
    }

    /// The order researchers rank solutions in: feasible before infeasible (then fewer hard
    /// violations), then the lower cost.
    pub fn key(&self) -> (u64, Decimal) {
        match self {
            Cost::Itc2007(c) => (c.hard, Decimal::from(c.soft)),
            Cost::Toronto(c) => (c.conflicts, c.per_student),
        }
    }
}

impl fmt::Display for Cost {
    /// The cost term by term, as the competitions' validators print it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cost::Itc2007(c) => {
                writeln!(f, "hard constraint violations: {}", c.hard)?;
                writeln!(f, "two exams in a row:         {}", c.two_in_a_row)?;
                writeln!(f, "two exams in a day:         {}", c.two_in_a_day)?;
                writeln!(f, "period spread:              {}", c.period_spread)?;
                writeln!(f, "mixed durations:            {}", c.mixed_durations)?;
                writeln!(f, "front load:                 {}", c.front_load)?;
                writeln!(f, "period penalty:             {}", c.period_penalty)?;
                writeln!(f, "room penalty:               {}", c.room_penalty)?;
                write!(
                    f,
                    "total (soft):               {}{}",
                    c.soft,
                    if c.hard == 0 { "" } else { " — infeasible" }
                )
            }
            Cost::Toronto(c) => {
                writeln!(f, "conflicts:                  {}", c.conflicts)?;
                writeln!(f, "proximity penalty:          {}", c.penalty)?;
                write!(
                    f,
                    "cost per student:           {}{}",
                    c.per_student.round_dp(4),
                    if c.conflicts == 0 {
                        ""
                    } else {
                        " — infeasible"
                    }
                )
            }
        }
    }
}
