//! The counselling procedure's words for an activity's form, channel, occasion, language and
//! level (CO-2), as terms rendered in the language of a document.

use std::borrow::Cow;

use regula_core::locale::{Arg, Lang};

use crate::activity::{Activity, Channel, Form, Language, Level, Occasion};

fn term(id: &'static str) -> Arg {
    Arg::Term(Cow::Borrowed(id))
}

/// The form (*informare individuală / de grup*).
pub(crate) fn form(form: Form) -> Arg {
    term(match form {
        Form::Individual => "counselling-form-individual",
        Form::Group => "counselling-form-group",
    })
}

/// The channel (*direct, telefonic, ESCOUNIV, e-mail…*).
pub(crate) fn channel(channel: Channel) -> Arg {
    term(match channel {
        Channel::InPerson => "counselling-channel-in-person",
        Channel::Phone => "counselling-channel-phone",
        Channel::Escouniv => "counselling-channel-escouniv",
        Channel::Email => "counselling-channel-email",
        Channel::FacultyWebsite => "counselling-channel-faculty-website",
        Channel::StudentGroups => "counselling-channel-student-groups",
    })
}

/// The occasion (*ora de orientare și consiliere*, or when information arises).
pub(crate) fn occasion(occasion: Occasion) -> Arg {
    term(match occasion {
        Occasion::CounsellingHour => "counselling-occasion-hour",
        Occasion::AdHoc => "counselling-occasion-ad-hoc",
    })
}

/// The activity's language.
pub(crate) fn language(language: Language) -> Arg {
    term(match language {
        Language::Ro => "counselling-language-ro",
        Language::En => "counselling-language-en",
        Language::Fr => "counselling-language-fr",
    })
}

/// The level of study (*licență, master*).
pub(crate) fn level(level: Level) -> Arg {
    term(match level {
        Level::Bachelor => "counselling-level-bachelor",
        Level::Master => "counselling-level-master",
    })
}

/// An activity's form, channel, occasion and language in `lang`, for a document's cells.
pub(crate) fn of_activity(a: &Activity, lang: Lang) -> [String; 4] {
    [
        form(a.form).render(lang),
        channel(a.channel).render(lang),
        occasion(a.occasion).render(lang),
        language(a.language).render(lang),
    ]
}
