use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::ValueError;

/// Points on the 10-point course scale (*punctaj*): an exact decimal from 0 to 10 inclusive.
///
/// Every graded activity of a course receives points out of the 10 allotted to the course
/// (GR-2), and a student's total is the sum of the activities' points (GR-3), so neither an
/// allotment, an activity's points nor a total can leave this range. A `Points` value therefore
/// cannot be negative or above 10; constructing one from such a number is a
/// [`ValueError::PointsOutOfRange`].
///
/// Serialised as a decimal string (`"7.25"`) so that no JSON reader turns it into a float;
/// deserialised from a string or a JSON number.
///
/// ```
/// use regula_core::Points;
/// use rust_decimal::Decimal;
///
/// let lab = Points::new(Decimal::new(25, 1))?; // 2.5
/// let exam = Points::new(Decimal::new(475, 2))?; // 4.75
/// assert_eq!(lab.checked_add(exam), Some(Points::new(Decimal::new(725, 2))?));
/// assert_eq!(Points::MAX.checked_add(lab), None); // 12.5 is not on the scale
/// # Ok::<(), regula_core::ValueError>(())
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(try_from = "crate::exact::ExactDecimal", into = "Decimal")]
pub struct Points(Decimal);

impl Points {
    /// No points: what an absence earns (GR-6).
    pub const ZERO: Points = Points(Decimal::ZERO);
    /// The 10 points allotted to every course (GR-2).
    pub const MAX: Points = Points(Decimal::TEN);

    /// Points from an exact decimal; an error unless `0 <= value <= 10`.
    pub fn new(value: Decimal) -> Result<Self, ValueError> {
        if value.is_sign_negative() && !value.is_zero() || value > Decimal::TEN {
            return Err(ValueError::PointsOutOfRange { value });
        }
        // Normalise -0 to 0 so that equal points compare and print equal.
        Ok(Points(if value.is_zero() {
            Decimal::ZERO
        } else {
            value
        }))
    }

    /// The exact decimal value.
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The sum of two point values, or `None` when it would exceed 10.
    pub fn checked_add(self, other: Points) -> Option<Points> {
        let sum = self.0.checked_add(other.0)?;
        (sum <= Decimal::TEN).then_some(Points(sum))
    }

    /// The difference `self - other`, or `None` when it would be negative.
    pub fn checked_sub(self, other: Points) -> Option<Points> {
        let diff = self.0.checked_sub(other.0)?;
        (!diff.is_sign_negative() || diff.is_zero()).then_some(Points(diff.abs()))
    }
}

impl TryFrom<crate::exact::ExactDecimal> for Points {
    type Error = ValueError;
    fn try_from(value: crate::exact::ExactDecimal) -> Result<Self, Self::Error> {
        Points::new(value.0)
    }
}

impl TryFrom<Decimal> for Points {
    type Error = ValueError;
    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Points::new(value)
    }
}

/// The value in its shortest form (`7.50` → `7.5`), which is also how it serialises.
impl From<Points> for Decimal {
    fn from(points: Points) -> Decimal {
        points.0.normalize()
    }
}

impl std::str::FromStr for Points {
    type Err = ValueError;
    /// Parses a decimal (`"7.25"`) and checks its range.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let value: Decimal = text.trim().parse().map_err(|_| ValueError::NotADecimal {
            text: text.to_owned(),
        })?;
        Points::new(value)
    }
}

impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.normalize(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn accepts_the_whole_scale_and_nothing_else() {
        assert!(Points::new(dec!(0)).is_ok());
        assert!(Points::new(dec!(10)).is_ok());
        assert!(Points::new(dec!(10.00)).is_ok());
        assert_eq!(
            Points::new(dec!(10.01)),
            Err(ValueError::PointsOutOfRange { value: dec!(10.01) })
        );
        assert_eq!(
            Points::new(dec!(-0.5)),
            Err(ValueError::PointsOutOfRange { value: dec!(-0.5) })
        );
        assert_eq!(Points::new(dec!(-0)), Ok(Points::ZERO));
    }

    #[test]
    fn serialises_as_an_exact_string_and_reads_numbers_and_strings() {
        let p: Points = serde_json::from_str("2.35").unwrap();
        assert_eq!(p.value(), dec!(2.35));
        let q: Points = serde_json::from_str("\"2.35\"").unwrap();
        assert_eq!(p, q);
        assert_eq!(serde_json::to_string(&p).unwrap(), "\"2.35\"");
        let err = serde_json::from_str::<Points>("11").unwrap_err();
        assert!(
            err.to_string().contains("between 0 and 10, got 11"),
            "{err}"
        );
    }

    #[test]
    fn displays_without_trailing_zeros() {
        assert_eq!(Points::new(dec!(7.50)).unwrap().to_string(), "7.5");
        assert_eq!(Points::new(dec!(10.00)).unwrap().to_string(), "10");
    }

    #[test]
    fn subtraction_never_goes_negative() {
        let two = Points::new(dec!(2)).unwrap();
        let three = Points::new(dec!(3)).unwrap();
        assert_eq!(two.checked_sub(three), None);
        assert_eq!(three.checked_sub(two), Some(Points::new(dec!(1)).unwrap()));
        assert_eq!(two.checked_sub(two), Some(Points::ZERO));
    }
}
