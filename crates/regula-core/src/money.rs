use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::ValueError;

/// The currencies the regulations use: fees in lei (FE-2), Erasmus+ grants in euro (MO-10).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub enum Currency {
    /// Romanian leu.
    #[serde(rename = "RON")]
    Ron,
    /// Euro.
    #[serde(rename = "EUR")]
    Eur,
}

impl Currency {
    /// The ISO 4217 code: `RON`, `EUR`.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Ron => "RON",
            Currency::Eur => "EUR",
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money in one currency: exact, never negative, at most two decimal places.
///
/// Serialised as `{"amount": "50.00", "currency": "RON"}`.
///
/// ```
/// use regula_core::{Currency, Money};
/// use rust_decimal::Decimal;
///
/// let fee = Money::new(Decimal::from(50), Currency::Ron)?;
/// let total = fee.checked_add(fee)?;
/// assert_eq!(total.to_string(), "100.00 RON");
/// let grant = Money::new(Decimal::from(520), Currency::Eur)?;
/// assert!(fee.checked_add(grant).is_err()); // RON + EUR
/// # Ok::<(), regula_core::ValueError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "MoneySpec")]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct MoneySpec {
    #[serde(deserialize_with = "crate::exact::decimal")]
    amount: Decimal,
    currency: Currency,
}

impl TryFrom<MoneySpec> for Money {
    type Error = ValueError;
    fn try_from(spec: MoneySpec) -> Result<Self, Self::Error> {
        Money::new(spec.amount, spec.currency)
    }
}

impl Money {
    /// An amount; an error when negative or finer than two decimal places.
    pub fn new(amount: Decimal, currency: Currency) -> Result<Self, ValueError> {
        if amount.is_sign_negative() && !amount.is_zero() {
            return Err(ValueError::NegativeMoney { value: amount });
        }
        if amount.normalize().scale() > 2 {
            return Err(ValueError::MoneyTooPrecise { value: amount });
        }
        let mut amount = if amount.is_zero() {
            Decimal::ZERO
        } else {
            amount
        };
        amount.rescale(2);
        Ok(Money { amount, currency })
    }

    /// Nothing to pay, in `currency`.
    pub fn zero(currency: Currency) -> Self {
        let mut amount = Decimal::ZERO;
        amount.rescale(2);
        Money { amount, currency }
    }

    /// The amount, with two decimal places.
    pub const fn amount(self) -> Decimal {
        self.amount
    }

    /// The currency.
    pub const fn currency(self) -> Currency {
        self.currency
    }

    /// The sum of two amounts in the same currency.
    pub fn checked_add(self, other: Money) -> Result<Money, ValueError> {
        if self.currency != other.currency {
            return Err(ValueError::CurrencyMismatch {
                left: self.currency,
                right: other.currency,
            });
        }
        let amount = self
            .amount
            .checked_add(other.amount)
            .ok_or(ValueError::Overflow { what: "money" })?;
        Money::new(amount, self.currency)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rejects_negative_and_sub_cent_amounts() {
        assert_eq!(
            Money::new(dec!(-1), Currency::Ron),
            Err(ValueError::NegativeMoney { value: dec!(-1) })
        );
        assert_eq!(
            Money::new(dec!(0.005), Currency::Ron),
            Err(ValueError::MoneyTooPrecise { value: dec!(0.005) })
        );
        assert!(Money::new(dec!(12.500), Currency::Ron).is_ok());
    }

    #[test]
    fn round_trips_through_json_and_validates_on_load() {
        let m = Money::new(dec!(150), Currency::Ron).unwrap();
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"amount":"150.00","currency":"RON"}"#);
        assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
        let err = serde_json::from_str::<Money>(r#"{"amount":-5,"currency":"EUR"}"#).unwrap_err();
        assert!(
            err.to_string().contains("cannot be negative, got -5"),
            "{err}"
        );
    }
}
