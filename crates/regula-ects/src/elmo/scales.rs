//! Grading scales as data (EC-11): the grades of common European scales, best first, and which of
//! them fail — so that a course whose transcript gives no status is judged by its grade, and a
//! result distribution is put best first whatever order the document lists it in. An institution
//! extends the list with the scales of its partners.

use serde::{Deserialize, Serialize};

/// A grading scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GradingScale {
    /// Its name, used as the scale of the courses graded on it (`ECTS`, `DK-7`, …).
    pub name: String,
    /// The ISO 3166 countries whose institutions use it (empty: any country).
    #[serde(default)]
    pub countries: Vec<String>,
    /// Words that name it in a transcript's grading-scheme description (case ignored).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Its passing grades, best first.
    pub passing: Vec<String>,
    /// Its failing grades, best first.
    pub failing: Vec<String>,
}

/// The scales an institution knows, in the order they are tried.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GradingScales {
    /// The scales.
    pub scales: Vec<GradingScale>,
}

fn scale(
    name: &str,
    countries: &[&str],
    aliases: &[&str],
    passing: &[&str],
    failing: &[&str],
) -> GradingScale {
    let owned = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect();
    GradingScale {
        name: name.to_owned(),
        countries: owned(countries),
        aliases: owned(aliases),
        passing: owned(passing),
        failing: owned(failing),
    }
}

impl Default for GradingScales {
    fn default() -> Self {
        GradingScales::european()
    }
}

impl GradingScales {
    /// The common European scales: the ECTS letters; the Danish 7-step scale; the Swedish
    /// VG/G/U and 5/4/3/U scales; the Norwegian letters and pass/fail; the Finnish 5–0 scale and
    /// pass/fail; the Polish 5–2 scale; the German 1,0–5,0 scale; the Hungarian 5–1 scale (the
    /// Reformed partners of ITP-ERASMUS: jeles 5 … elégséges 2, elégtelen 1 fails).
    pub fn european() -> Self {
        GradingScales {
            scales: vec![
                scale(
                    "ECTS",
                    &[],
                    &["ECTS"],
                    &["A", "B", "C", "D", "E"],
                    &["FX", "F"],
                ),
                scale(
                    "DK-7",
                    &["DK"],
                    &["7-step", "7-trins"],
                    &["12", "10", "7", "4", "02"],
                    &["00", "-3"],
                ),
                scale("SE-VG", &["SE"], &["VG/G/U"], &["VG", "G"], &["U"]),
                scale("SE-5", &["SE"], &["5/4/3/U"], &["5", "4", "3"], &["U"]),
                scale("NO-A-F", &["NO"], &[], &["A", "B", "C", "D", "E"], &["F"]),
                scale(
                    "NO-PASS",
                    &["NO"],
                    &["bestått"],
                    &["Bestått"],
                    &["Ikke bestått"],
                ),
                scale(
                    "FI-0-5",
                    &["FI"],
                    &["0-5", "0–5"],
                    &["5", "4", "3", "2", "1"],
                    &["0"],
                ),
                scale(
                    "FI-PASS",
                    &["FI"],
                    &["hyväksytty"],
                    &["Hyv", "Hyväksytty", "HT"],
                    &["Hyl", "Hylätty"],
                ),
                scale(
                    "PL-2-5",
                    &["PL"],
                    &["2-5", "2–5"],
                    &["5", "4.5", "4", "3.5", "3"],
                    &["2"],
                ),
                scale(
                    "HU-5",
                    &["HU"],
                    &["elégtelen"],
                    &["5", "4", "3", "2"],
                    &["1"],
                ),
                scale(
                    "DE-1-5",
                    &["DE"],
                    &["1,0-5,0", "1.0-5.0"],
                    &[
                        "1.0", "1.3", "1.7", "2.0", "2.3", "2.7", "3.0", "3.3", "3.7", "4.0",
                    ],
                    &["5.0"],
                ),
            ],
        }
    }

    /// The scale of a course: the one its grading-scheme description names; else a scale of the
    /// issuer's country that has the grade; else the ECTS letters if the grade is one.
    pub(super) fn identify(
        &self,
        description: &str,
        country: Option<&str>,
        grade: &str,
    ) -> Option<&GradingScale> {
        let description = description.to_lowercase();
        let named = self.scales.iter().find(|s| {
            !description.is_empty()
                && s.aliases
                    .iter()
                    .any(|a| description.contains(&a.to_lowercase()))
        });
        named
            .or_else(|| {
                self.scales.iter().find(|s| {
                    country.is_some_and(|c| s.countries.iter().any(|k| k.eq_ignore_ascii_case(c)))
                        && s.rank(grade).is_some()
                })
            })
            .or_else(|| {
                self.scales
                    .iter()
                    .find(|s| s.countries.is_empty() && s.rank(grade).is_some())
            })
    }
}

/// Whether two grades are the same: equal ignoring case, or the same number (a decimal comma
/// allowed: `4,5` is `4.5`, `1` is `1.0`).
pub(super) fn same_grade(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    if !a.is_ascii() || !b.is_ascii() {
        return a.to_lowercase() == b.to_lowercase();
    }
    let numeric = |s: &str| {
        s.bytes().next().is_some_and(|c| c.is_ascii_digit() || c == b'-' || c == b'+')
            // "02" and "2" are different grades of the Danish scale: a number only without a
            // leading zero before another digit.
            && !(s.len() > 1 && s.starts_with('0') && s.as_bytes()[1].is_ascii_digit())
    };
    if !numeric(a) || !numeric(b) {
        return false;
    }
    let number = |s: &str| {
        if s.contains(',') {
            s.replace(',', ".").parse::<rust_decimal::Decimal>().ok()
        } else {
            s.parse::<rust_decimal::Decimal>().ok()
        }
    };
    matches!((number(a), number(b)), (Some(x), Some(y)) if x == y)
}

impl GradingScale {
    /// The position of `grade` on the scale, best first (failing grades after passing ones).
    pub(super) fn rank(&self, grade: &str) -> Option<usize> {
        self.passing
            .iter()
            .chain(&self.failing)
            .position(|g| same_grade(g, grade))
    }

    /// Whether `grade` is one of its failing grades.
    pub(super) fn fails(&self, grade: &str) -> bool {
        self.failing.iter().any(|g| same_grade(g, grade))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// EC-11: grades are the same ignoring case, and numbers are the same whatever their
    /// writing (a decimal comma, trailing zeros, a sign), except the Danish "02" and "00".
    #[test]
    fn grades_are_compared_as_a_registrar_reads_them() {
        for (a, b) in [
            ("B", "b"),
            (" 4,5", "4.5 "),
            ("1", "1.0"),
            ("-3", "-3.0"),
            ("+4", "4"),
            ("0", "0.0"),
            ("Hyväksytty", "HYVÄKSYTTY"),
            // Unicode's lower case, not ASCII's, once either is not ASCII: the Kelvin sign is a k.
            ("\u{212A}", "k"),
        ] {
            assert!(same_grade(a, b), "{a} = {b}");
            assert!(same_grade(b, a), "{b} = {a}");
        }
        for (a, b) in [
            ("02", "2"),
            ("00", "0"),
            ("A", "B"),
            ("7", "7,5"),
            ("Hyv", "Hyl"),
            ("É", "e"),
            ("5", "A"),
        ] {
            assert!(!same_grade(a, b), "{a} ≠ {b}");
            assert!(!same_grade(b, a), "{b} ≠ {a}");
        }
    }

    /// EC-11: the scale a grading-scheme description names wins; a description naming none
    /// leaves the choice to the issuer's country, then to the scales of no country.
    #[test]
    fn a_scale_is_found_by_its_description_then_the_country_then_the_grade() {
        let scales = GradingScales::european();
        let name = |description: &str, country: Option<&str>, grade: &str| {
            scales
                .identify(description, country, grade)
                .map(|s| s.name.as_str())
        };
        assert_eq!(
            name("The Danish 7-step scale", Some("SE"), "4"),
            Some("DK-7")
        );
        assert_eq!(name("Our own scale", Some("DK"), "4"), Some("DK-7"));
        assert_eq!(name("", Some("HU"), "4"), Some("HU-5"));
        assert_eq!(name("Our own scale", None, "B"), Some("ECTS"));
        assert_eq!(name("Our own scale", None, "4"), None);
    }
}
