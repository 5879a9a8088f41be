//! XML Schema's `decimal` (credits, engagement hours): an optional sign, digits with at most one
//! decimal point (`5`, `+5`, `7.5`, `7.`, `.5`, `007.50`), surrounding whitespace collapsed —
//! read exactly, never through a float.

use regula_core::Decimal;

/// The value of an `xs:decimal` lexical form, or what is wrong with it.
pub(super) fn parse_xs_decimal(text: &str) -> Result<Decimal, String> {
    let s = text.trim();
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return Err(format!(
            "{s:?} is not a decimal number (digits with at most one '.')"
        ));
    }
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    if whole.len() + fraction.len() > 28 {
        return Err(format!(
            "{s:?} has more than 28 significant digits, more than Regula reads exactly"
        ));
    }
    let normal = format!(
        "{}{}{}{}",
        if negative { "-" } else { "" },
        if whole.is_empty() { "0" } else { whole },
        if fraction.is_empty() { "" } else { "." },
        fraction
    );
    normal
        .parse::<Decimal>()
        .map_err(|_| format!("{s:?} is not a number Regula reads exactly"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexical_form_of_the_schema_reads_exactly() {
        for (text, value) in [
            ("5", "5"),
            ("+5", "5"),
            (" 7.5 ", "7.5"),
            ("7.", "7"),
            (".5", "0.5"),
            ("007.50", "7.5"),
            ("-0", "0"),
            ("30.000", "30"),
        ] {
            assert_eq!(parse_xs_decimal(text), Ok(value.parse().unwrap()), "{text}");
        }
    }

    #[test]
    fn other_forms_are_refused_not_rounded() {
        for text in ["", ".", "5,5", "1e3", "NaN", "5.5.5", "0x10", "1 000"] {
            assert!(parse_xs_decimal(text).is_err(), "{text}");
        }
        assert!(parse_xs_decimal("1.00000000000000000000000000001").is_err());
    }

    #[test]
    fn twenty_eight_significant_digits_are_read_exactly_and_no_more() {
        let digits = "1234567890123456789012345678";
        assert_eq!(parse_xs_decimal(digits), Ok(digits.parse().unwrap()));
        let fraction = "0.1234567890123456789012345678";
        assert_eq!(parse_xs_decimal(fraction), Ok(fraction.parse().unwrap()));
        assert!(parse_xs_decimal("12345678901234567890123456789").is_err());
    }
}
