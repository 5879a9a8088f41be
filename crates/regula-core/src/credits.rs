use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::ValueError;

/// ECTS credits (*credite transferabile*): an exact decimal that is never negative.
///
/// Credits weigh a course in a student's average (GR-8) and count towards the mobility minimums
/// (EC-1). Fractional credits (2.5) are allowed; negative ones are a [`ValueError::NegativeCredits`].
///
/// ```
/// use regula_core::Credits;
/// use rust_decimal::Decimal;
///
/// let five = Credits::new(Decimal::from(5))?;
/// assert_eq!(five.checked_add(five)?.to_string(), "10");
/// assert!(Credits::new(Decimal::from(-1)).is_err());
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
pub struct Credits(Decimal);

impl Credits {
    /// No credits.
    pub const ZERO: Credits = Credits(Decimal::ZERO);

    /// Credits from an exact decimal; an error when negative.
    pub fn new(value: Decimal) -> Result<Self, ValueError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(ValueError::NegativeCredits { value });
        }
        Ok(Credits(if value.is_zero() {
            Decimal::ZERO
        } else {
            value
        }))
    }

    /// The exact decimal value.
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The sum of two credit values; an error only on decimal overflow.
    pub fn checked_add(self, other: Credits) -> Result<Credits, ValueError> {
        self.0
            .checked_add(other.0)
            .map(Credits)
            .ok_or(ValueError::Overflow { what: "credits" })
    }
}

impl TryFrom<crate::exact::ExactDecimal> for Credits {
    type Error = ValueError;
    fn try_from(value: crate::exact::ExactDecimal) -> Result<Self, Self::Error> {
        Credits::new(value.0)
    }
}

impl TryFrom<Decimal> for Credits {
    type Error = ValueError;
    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Credits::new(value)
    }
}

/// The value in its shortest form (`7.50` → `7.5`), which is also how it serialises.
impl From<Credits> for Decimal {
    fn from(credits: Credits) -> Decimal {
        credits.0.normalize()
    }
}

impl std::str::FromStr for Credits {
    type Err = ValueError;
    /// Parses a decimal (`"7.25"`) and checks its range.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let value: Decimal = text.trim().parse().map_err(|_| ValueError::NotADecimal {
            text: text.to_owned(),
        })?;
        Credits::new(value)
    }
}

impl fmt::Display for Credits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.normalize(), f)
    }
}
