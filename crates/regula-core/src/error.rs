use rust_decimal::Decimal;

/// A value that does not fit the quantity it was meant for.
///
/// Every variant names the quantity and carries the rejected value, so that an adapter can say
/// exactly what was wrong. Nothing in Regula clamps a value silently: out-of-range input is this
/// error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    /// Points are counted out of the 10 allotted to a course (GR-2, GR-3).
    #[error("points must be between 0 and 10, got {value}")]
    PointsOutOfRange {
        /// The rejected value.
        value: Decimal,
    },
    /// Grades are whole numbers from 1 to 10 (GR-1).
    #[error("a grade must be a whole number from 1 to 10, got {value}")]
    GradeOutOfRange {
        /// The rejected value.
        value: Decimal,
    },
    /// ECTS credits are never negative.
    #[error("credits cannot be negative, got {value}")]
    NegativeCredits {
        /// The rejected value.
        value: Decimal,
    },
    /// Money amounts are never negative.
    #[error("a money amount cannot be negative, got {value}")]
    NegativeMoney {
        /// The rejected value.
        value: Decimal,
    },
    /// Money amounts have at most two decimal places (bani, cents).
    #[error("a money amount has at most 2 decimal places, got {value}")]
    MoneyTooPrecise {
        /// The rejected value.
        value: Decimal,
    },
    /// Two amounts in different currencies were combined.
    #[error("cannot combine {left} with {right}: different currencies")]
    CurrencyMismatch {
        /// The currency of the left operand.
        left: crate::Currency,
        /// The currency of the right operand.
        right: crate::Currency,
    },
    /// Text that is not a decimal number.
    #[error("expected a decimal number, got {text:?}")]
    NotADecimal {
        /// The rejected text.
        text: String,
    },
    /// Text that is not an academic year such as `2021/2022`.
    #[error("expected an academic year such as \"2021/2022\", got {text:?}")]
    NotAnAcademicYear {
        /// The rejected text.
        text: String,
    },
    /// A sum exceeded what the decimal type can hold.
    #[error("arithmetic overflow while adding {what}")]
    Overflow {
        /// What was being added.
        what: &'static str,
    },
}
