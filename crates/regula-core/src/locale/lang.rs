use std::cell::Cell;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language Regula writes its decisions in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Romanian (`ro`), the language of the regulations and of the people who read decisions.
    Ro,
    /// English (`en`).
    #[default]
    En,
}

impl Lang {
    /// Every language Regula has, in the order it lists them.
    pub const ALL: [Lang; 2] = [Lang::Ro, Lang::En];

    /// The language's code: `ro`, `en`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Ro => "ro",
            Lang::En => "en",
        }
    }

    /// The first language of an HTTP `Accept-Language` header that Regula has, honouring the
    /// client's order and quality values (`ro-RO,ro;q=0.9,en;q=0.8` is Romanian); `None` when it
    /// has none of them.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, u16)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(1000, |q| parse_quality(q.trim()));
            let primary = tag.split('-').next().unwrap_or("");
            if let Ok(lang) = primary.parse::<Lang>()
                && quality > 0
                && best.is_none_or(|(_, q)| quality > q)
            {
                best = Some((lang, quality));
            }
        }
        best.map(|(lang, _)| lang)
    }
}

/// An HTTP quality value (`0.8`) in thousandths; an unreadable one counts as 0 (not acceptable).
fn parse_quality(text: &str) -> u16 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return 0,
    };
    let digits: String = fraction.chars().take(3).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return 0;
    }
    let thousandths = format!("{digits:0<3}").parse::<u16>().unwrap_or(0);
    (whole + thousandths).min(1000)
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code Regula does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Regula has no language `{}`; it has: ro (română), en (English)",
            self.0
        )
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// `ro` or `en`, in any case (`RO`, `En`).
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
            .ok_or_else(|| UnknownLang(code.to_owned()))
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language text is rendered in on this thread: the one [`in_language`] set, English
/// otherwise.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Runs `render` with `lang` as the language of every explanation it writes (with `Display` or
/// serde), then restores the language that was in force.
///
/// ```
/// use regula_core::locale::{Lang, current, in_language};
/// assert_eq!(current(), Lang::En);
/// assert_eq!(in_language(Lang::Ro, current), Lang::Ro);
/// assert_eq!(current(), Lang::En);
/// ```
pub fn in_language<T>(lang: Lang, render: impl FnOnce() -> T) -> T {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(lang)));
    render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_regula_does_not_have_is_named_with_those_it_has() {
        let err = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "Regula has no language `fr`; it has: ro (română), en (English)"
        );
        assert_eq!("RO".parse::<Lang>(), Ok(Lang::Ro));
    }

    #[test]
    fn accept_language_honours_order_and_quality() {
        assert_eq!(
            Lang::from_accept_language("ro-RO,ro;q=0.9,en;q=0.8"),
            Some(Lang::Ro)
        );
        assert_eq!(
            Lang::from_accept_language("en;q=0.5, ro;q=0.7"),
            Some(Lang::Ro)
        );
        assert_eq!(Lang::from_accept_language("fr, de;q=0.9"), None);
        assert_eq!(Lang::from_accept_language("ro;q=0, en"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("*"), None);
    }
}
