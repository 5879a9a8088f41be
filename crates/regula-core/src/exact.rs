//! Exact decimals read from JSON: a value with more digits than a decimal holds is an error, never
//! rounded.
//!
//! `rust_decimal` rounds a string such as `"4.99999999999999999999999999999"` (29 decimals) to
//! 5 — a total below 5 would pass. Regula reads every decimal of a request through this module:
//! a string is taken exactly or refused, an integer exactly, a JSON number as the shortest decimal
//! that prints it (give more than 15 significant digits as a string).
//!
//! ```
//! use regula_core::exact::ExactDecimal;
//!
//! let ok: ExactDecimal = serde_json::from_str(r#""4.75""#).unwrap();
//! assert_eq!(ok.0.to_string(), "4.75");
//! let err = serde_json::from_str::<ExactDecimal>(r#""4.99999999999999999999999999999""#).unwrap_err();
//! assert!(err.to_string().starts_with("`4.99999999999999999999999999999` has more digits"), "{err}");
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// A decimal read exactly: the type behind every decimal field of a request.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct ExactDecimal(pub Decimal);

impl From<ExactDecimal> for Decimal {
    fn from(value: ExactDecimal) -> Self {
        value.0
    }
}

/// Why a text is not an exact decimal.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExactError {
    /// A number, but with more digits than a decimal holds: it would be rounded.
    #[error(
        "`{0}` has more digits than can be held exactly (at most 28 after the point); give it with fewer"
    )]
    TooManyDigits(String),
    /// Not a number at all.
    #[error("`{0}` is not a decimal number")]
    NotANumber(String),
}

/// Reads `text` exactly, or says why not.
pub fn parse(text: &str) -> Result<Decimal, ExactError> {
    let trimmed = text.trim();
    match Decimal::from_str_exact(trimmed) {
        Ok(value) => Ok(value),
        Err(_) if Decimal::from_str(trimmed).is_ok() => {
            Err(ExactError::TooManyDigits(trimmed.to_owned()))
        }
        Err(_) => Err(ExactError::NotANumber(trimmed.to_owned())),
    }
}

struct ExactVisitor;

impl Visitor<'_> for ExactVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal number, as a string (\"7.25\") or a JSON number")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        parse(text).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Decimal, E> {
        // The shortest text that reads back as the same number: 2.35 is 2.35.
        parse(&value.to_string()).map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for ExactDecimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ExactVisitor).map(ExactDecimal)
    }
}

/// For `#[serde(deserialize_with = "regula_core::exact::decimal")]` on a `Decimal` field.
pub fn decimal<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    ExactDecimal::deserialize(deserializer).map(Decimal::from)
}

/// For an `Option<Decimal>` field.
pub fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Decimal>, D::Error> {
    Option::<ExactDecimal>::deserialize(deserializer).map(|v| v.map(Decimal::from))
}

/// For a `BTreeMap<String, Decimal>` field.
pub fn by_name<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, Decimal>, D::Error> {
    BTreeMap::<String, ExactDecimal>::deserialize(deserializer)
        .map(|m| m.into_iter().map(|(k, v)| (k, v.0)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_integers_and_numbers_are_read_exactly_or_refused() {
        let read = |json: &str| serde_json::from_str::<ExactDecimal>(json).map(|d| d.0.to_string());
        assert_eq!(read(r#""4.75""#).unwrap(), "4.75");
        assert_eq!(read("7").unwrap(), "7");
        assert_eq!(read("2.35").unwrap(), "2.35");
        assert_eq!(read("-0.5").unwrap(), "-0.5");
        assert_eq!(
            read(r#""0.1234567890123456789012345678""#).unwrap(),
            "0.1234567890123456789012345678"
        );
        assert!(read(r#""4.99999999999999999999999999999""#).is_err());
        assert!(
            read(r#""seven""#)
                .unwrap_err()
                .to_string()
                .contains("`seven` is not a decimal number")
        );
        assert!(read("true").is_err());
    }
}
