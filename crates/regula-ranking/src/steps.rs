//! A step scale (MO-7): a criterion's points read from bands of its raw value ("an average of
//! 9.00–10.00 gives 5 points, 8.00–8.99 gives 4"), the bands checked when the policy is read.

use regula_core::{Decimal, Problems};
use serde::{Deserialize, Serialize};

/// One band of a step scale (MO-7): every raw value from `from` to `to`, both included, gives
/// `points`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The lowest raw value of the band (`8.00`).
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub from: Decimal,
    /// The highest raw value of the band, included (`8.99`).
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub to: Decimal,
    /// The points the band gives, before the criterion's weight; never negative.
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub points: Decimal,
}

/// The range a step scale's bands cover without a gap (MO-7): every raw value from `min` to
/// `max` at the scale's precision falls in exactly one band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Covers {
    /// The lowest raw value covered (`5.00`).
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub min: Decimal,
    /// The highest raw value covered (`10.00`).
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub max: Decimal,
}

/// The most decimals a step scale's raw values may have (MO-7).
pub const MAX_DECIMALS: u32 = 10;

/// The smallest difference between two raw values with `decimals` decimals (0.01 for 2).
pub(crate) fn unit(decimals: u32) -> Decimal {
    Decimal::new(1, decimals.min(MAX_DECIMALS))
}

/// Whether `value` has at most `decimals` decimals (trailing zeros do not count: 9.50 has 1).
pub(crate) fn fits(value: Decimal, decimals: u32) -> bool {
    value.normalize().scale() <= decimals
}

/// The band of `value`, if one holds it (MO-7).
pub(crate) fn band_of(bands: &[Band], value: Decimal) -> Option<&Band> {
    bands.iter().find(|b| b.from <= value && value <= b.to)
}

/// The lowest and highest raw values of the bands; none without bands.
pub(crate) fn span(bands: &[Band]) -> Option<(Decimal, Decimal)> {
    let low = bands.iter().map(|b| b.from).min()?;
    let high = bands.iter().map(|b| b.to).max()?;
    Some((low, high))
}

/// Every problem of a step scale (MO-7, or the rule cited as `cite`), under `at` (the criterion's
/// `scale`): no band, a precision beyond [`MAX_DECIMALS`], a bound finer than the precision,
/// bounds out of order, negative points, two bands that overlap, and — where the policy says the
/// bands cover a range — a gap between two bands or at either end of it.
pub(crate) fn problems(
    found: &mut Problems,
    at: &str,
    criterion: &str,
    cite: &str,
    decimals: u32,
    bands: &[Band],
    covers: Option<&Covers>,
) {
    found.check(
        !bands.is_empty(),
        format!("{at}.bands"),
        "[]",
        format!("criterion `{criterion}`: a step scale needs at least one band ({cite})"),
    );
    found.check(
        decimals <= MAX_DECIMALS,
        format!("{at}.decimals"),
        decimals,
        format!("criterion `{criterion}`: at most {MAX_DECIMALS} decimals ({cite})"),
    );
    for (i, b) in bands.iter().enumerate() {
        let band = |field: &str| format!("{at}.bands[{i}].{field}");
        for (field, bound) in [("from", b.from), ("to", b.to)] {
            found.check(
                fits(bound, decimals),
                band(field),
                bound,
                format!(
                    "criterion `{criterion}`: more decimals than the scale's {decimals} ({cite})"
                ),
            );
        }
        found.check(
            b.from <= b.to,
            band("to"),
            b.to,
            format!(
                "criterion `{criterion}`: below the band's `from` = {} ({cite})",
                b.from
            ),
        );
        found.check(
            b.points >= Decimal::ZERO,
            band("points"),
            b.points,
            format!("criterion `{criterion}`: points cannot be negative ({cite})"),
        );
    }
    // The bands in ascending order, each with its index in the policy; a band whose bounds are
    // out of order is reported above and left out of the comparisons.
    let mut sorted: Vec<(usize, &Band)> = bands
        .iter()
        .enumerate()
        .filter(|(_, b)| b.from <= b.to)
        .collect();
    sorted.sort_by(|(_, a), (_, b)| a.from.cmp(&b.from).then(a.to.cmp(&b.to)));
    let step = unit(decimals);
    for pair in sorted.windows(2) {
        let [(i, low), (j, high)] = [pair[0], pair[1]];
        found.check(
            high.from > low.to,
            format!("{at}.bands[{j}].from"),
            high.from,
            format!(
                "criterion `{criterion}`: overlaps `bands[{i}]` = {}..{} ({cite})",
                low.from, low.to
            ),
        );
        if covers.is_some() && high.from > low.to {
            found.check(
                low.to.checked_add(step) == Some(high.from),
                format!("{at}.bands[{j}].from"),
                high.from,
                format!(
                    "criterion `{criterion}`: a gap after `bands[{i}]` = {}..{}; the bands cover {} without a gap, so the next band starts at {} ({cite})",
                    low.from,
                    low.to,
                    covers.map_or_else(String::new, |c| format!("{}..{}", c.min, c.max)),
                    low.to.checked_add(step).unwrap_or(low.to),
                ),
            );
        }
    }
    let Some(c) = covers else {
        return;
    };
    found.check(
        c.min <= c.max,
        format!("{at}.covers.max"),
        c.max,
        format!(
            "criterion `{criterion}`: below `covers.min` = {} ({cite})",
            c.min
        ),
    );
    if let (Some((first, low)), Some((last, high))) = (sorted.first(), sorted.last()) {
        found.check(
            low.from == c.min,
            format!("{at}.bands[{first}].from"),
            low.from,
            format!(
                "criterion `{criterion}`: the lowest band must start where the bands' range starts, `covers.min` = {} ({cite})",
                c.min
            ),
        );
        found.check(
            high.to == c.max,
            format!("{at}.bands[{last}].to"),
            high.to,
            format!(
                "criterion `{criterion}`: the highest band must end where the bands' range ends, `covers.max` = {} ({cite})",
                c.max
            ),
        );
    }
}
