use std::fmt;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::ValueError;

/// A whole grade (*notă*) from 1 to 10 on the Romanian scale (GR-1).
///
/// Grade 5 certifies the minimal competencies of a course and passes it (GR-1, GR-5). In the grade
/// register a grade is written in figures and in words, "9 (nouă)" (CA-4): see
/// [`Grade::romanian_word`] and [`Grade::in_words`].
///
/// Serialised as a JSON integer.
///
/// ```
/// use regula_core::Grade;
///
/// let grade = Grade::new(6)?;
/// assert_eq!(grade.romanian_word(), "șase");
/// assert_eq!(grade.to_string(), "6");
/// assert!(Grade::new(0).is_err());
/// assert!(Grade::new(11).is_err());
/// # Ok::<(), regula_core::ValueError>(())
/// ```
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
#[serde(try_from = "u8", into = "u8")]
pub struct Grade(u8);

const WORDS: [&str; 10] = [
    "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă", "zece",
];

impl Grade {
    /// The lowest grade, 1.
    pub const MIN: Grade = Grade(1);
    /// The highest grade, 10.
    pub const MAX: Grade = Grade(10);
    /// Five, the pass grade of the presets (GR-1, GR-5).
    pub const FIVE: Grade = Grade(5);

    /// A grade from a whole number; an error unless `1 <= value <= 10`.
    pub fn new(value: u8) -> Result<Self, ValueError> {
        Grade::checked(value).ok_or(ValueError::GradeOutOfRange {
            value: Decimal::from(value),
        })
    }

    /// A grade from a whole number, or `None` unless `1 <= value <= 10`. Usable in constants:
    ///
    /// ```
    /// use regula_core::Grade;
    /// const PASS: Grade = match Grade::checked(5) {
    ///     Some(grade) => grade,
    ///     None => panic!("5 is a grade"),
    /// };
    /// assert_eq!(PASS.romanian_word(), "cinci");
    /// ```
    pub const fn checked(value: u8) -> Option<Self> {
        if value >= 1 && value <= 10 {
            Some(Grade(value))
        } else {
            None
        }
    }

    /// A grade from an exact decimal that must be a whole number from 1 to 10.
    pub fn from_decimal(value: Decimal) -> Result<Self, ValueError> {
        match value.to_u8() {
            Some(whole) if value.fract().is_zero() && (1..=10).contains(&whole) => Ok(Grade(whole)),
            _ => Err(ValueError::GradeOutOfRange { value }),
        }
    }

    /// The grade as a number.
    pub const fn value(self) -> u8 {
        self.0
    }

    /// The grade as an exact decimal, for averages.
    pub fn to_decimal(self) -> Decimal {
        Decimal::from(self.0)
    }

    /// The grade's Romanian word, as the grade register writes it (CA-4): `unu`, `doi`, `trei`,
    /// `patru`, `cinci`, `șase`, `șapte`, `opt`, `nouă`, `zece`.
    pub const fn romanian_word(self) -> &'static str {
        WORDS[(self.0 - 1) as usize]
    }

    /// The grade in figures and words, as in the grade register: `"9 (nouă)"` (CA-4).
    pub fn in_words(self) -> String {
        format!("{} ({})", self.0, self.romanian_word())
    }

    /// GR-14: the grade that stands after an improvement exam (*mărire de notă*) taken on this
    /// grade: the higher of the two, so an improvement never lowers a grade; an absence, or no
    /// result yet (`None`), leaves the grade as it was.
    ///
    /// The one place the rule is decided: the grading crate's improvement requests and the
    /// grade register's improvement events both ask it.
    ///
    /// ```
    /// use regula_core::Grade;
    /// let six = Grade::new(6)?;
    /// assert_eq!(six.after_improvement(Some(Grade::new(8)?)), Grade::new(8)?);
    /// assert_eq!(six.after_improvement(Some(Grade::new(4)?)), six);
    /// assert_eq!(six.after_improvement(None), six); // absent
    /// # Ok::<(), regula_core::ValueError>(())
    /// ```
    pub fn after_improvement(self, result: Option<Grade>) -> Grade {
        match result {
            Some(new) => self.max(new),
            None => self,
        }
    }
}

impl TryFrom<u8> for Grade {
    type Error = ValueError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Grade::new(value)
    }
}

impl From<Grade> for u8 {
    fn from(grade: Grade) -> u8 {
        grade.0
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn every_grade_has_its_romanian_word() {
        let words: Vec<String> = (1..=10)
            .map(|g| Grade::new(g).unwrap().in_words())
            .collect();
        assert_eq!(
            words,
            [
                "1 (unu)",
                "2 (doi)",
                "3 (trei)",
                "4 (patru)",
                "5 (cinci)",
                "6 (șase)",
                "7 (șapte)",
                "8 (opt)",
                "9 (nouă)",
                "10 (zece)"
            ]
        );
    }

    #[test]
    fn rejects_values_off_the_scale() {
        assert!(Grade::new(0).is_err());
        assert!(Grade::new(11).is_err());
        assert!(serde_json::from_str::<Grade>("0").is_err());
        assert_eq!(
            serde_json::from_str::<Grade>("7").unwrap(),
            Grade::new(7).unwrap()
        );
    }

    #[test]
    fn from_decimal_accepts_only_whole_grades() {
        assert_eq!(Grade::from_decimal(dec!(7.00)), Ok(Grade(7)));
        assert_eq!(Grade::from_decimal(dec!(10)), Ok(Grade(10)));
        assert!(Grade::from_decimal(dec!(7.5)).is_err());
        assert!(Grade::from_decimal(dec!(0)).is_err());
        assert!(Grade::from_decimal(dec!(11)).is_err());
    }
}
