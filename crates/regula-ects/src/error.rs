use regula_core::{Decimal, PolicyError, ValueError};

/// What can be wrong with a recognition question; each variant names the item and the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EctsError {
    /// A syllabus match is a percentage from 0 to 100.
    #[error("match of host `{host}` with home `{home}`: {percent}% is not between 0 and 100")]
    MatchOutOfRange {
        /// The host course.
        host: String,
        /// The home course.
        home: String,
        /// The percentage given.
        percent: Decimal,
    },
    /// A course id that names nothing.
    #[error("{owner}: {kind} course `{id}` does not exist")]
    UnknownCourse {
        /// Where it was named.
        owner: String,
        /// "host" or "home".
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// Two courses of one side share an id.
    #[error("{kind} course id `{id}` is used twice")]
    DuplicateCourse {
        /// "host" or "home".
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// A covered topic the home course does not list.
    #[error("match of host `{host}` with home `{home}`: the home syllabus has no topic `{topic}`")]
    UnknownTopic {
        /// The host course.
        host: String,
        /// The home course.
        home: String,
        /// The topic.
        topic: String,
    },
    /// A host grade that its scale does not have (EC-11): never a guess.
    #[error(
        "grade `{grade}` is not a passing grade of scale `{scale}`, so it cannot be converted (EC-11)"
    )]
    UnknownGrade {
        /// The grade.
        grade: String,
        /// The scale.
        scale: String,
    },
    /// A grading scale without a table to convert it by.
    #[error(
        "scale `{scale}` has no grade distribution table, so grade `{grade}` cannot be converted (EC-11)"
    )]
    UnknownScale {
        /// The scale.
        scale: String,
        /// The grade.
        grade: String,
    },
    /// A distribution table whose percentages do not add up to 100.
    #[error("grade distribution table of `{scale}`: the percentages add up to {sum}, not 100")]
    TableNot100 {
        /// The scale.
        scale: String,
        /// Their sum.
        sum: Decimal,
    },
    /// A CSC decision that cannot stand (EC-2, EC-8, EC-12).
    #[error("CSC decision {index}: {problem}")]
    BadCscDecision {
        /// Its position in `csc_decisions`.
        index: usize,
        /// What is wrong.
        problem: String,
    },
    /// A mobility that ends before it starts.
    #[error("the mobility ends on {end}, before it starts on {start}")]
    EndBeforeStart {
        /// The start.
        start: chrono::NaiveDate,
        /// The end.
        end: chrono::NaiveDate,
    },
    /// An ELMO document that is not well-formed XML or not ELMO (EC-11).
    #[error("elmo: {0}")]
    Elmo(#[from] crate::elmo::ElmoError),
    /// A field an ELMO document requires, empty (the schema's `minOccurs`).
    #[error("{field}: an ELMO document needs it (at least one, not empty)")]
    Missing {
        /// The field, as a JSON path.
        field: String,
    },
    /// Host courses given twice: in the mobility and as an ELMO document.
    #[error(
        "mobility.host_courses and elmo: give the host's courses once, as a list or as the ELMO document"
    )]
    TranscriptTwice,
    /// A quantity out of range.
    #[error(transparent)]
    Value(#[from] ValueError),
    /// No policy version in force on the date.
    #[error(transparent)]
    Policy(#[from] PolicyError),
}
