//! A student's study cycle and earlier Erasmus+ mobilities, as an applicant's record gives them
//! (MO-1, MO-2): a bare kind (`"study"`), as records always could, or the kind with its months
//! and cycle, which a budget of months per cycle needs.

use std::fmt;

use serde::de::{self, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::MobilityKind;

/// A study cycle of the Bologna process (MO-1, MO-2): the Erasmus+ months are counted per cycle.
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
#[serde(rename_all = "snake_case")]
pub enum StudyCycle {
    /// The first cycle: bachelor's studies (*licență*).
    Bachelor,
    /// The second cycle: master's studies.
    Master,
    /// The third cycle: doctoral studies.
    Doctorate,
}

impl StudyCycle {
    /// The cycle as a word of the decision (MO-1, MO-2): „de licență”, "bachelor's".
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            StudyCycle::Bachelor => "mobility-cycle-bachelor",
            StudyCycle::Master => "mobility-cycle-master",
            StudyCycle::Doctorate => "mobility-cycle-doctorate",
        }))
    }
}

impl fmt::Display for StudyCycle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StudyCycle::Bachelor => "bachelor",
            StudyCycle::Master => "master",
            StudyCycle::Doctorate => "doctorate",
        })
    }
}

/// An Erasmus+ mobility the applicant already had (MO-1, MO-2). Read from a bare kind
/// (`"study"`: no months, no cycle, enough for the rule "no earlier mobility") or from an object
/// `{ "kind", "cycle", "months" }`, which a budget of months per cycle needs; written back the
/// way it was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EarlierMobility {
    /// Its kind.
    pub kind: MobilityKind,
    /// The study cycle it was done in, when given.
    pub cycle: Option<StudyCycle>,
    /// Its length in whole months, when given.
    pub months: Option<u32>,
}

/// An earlier mobility written as an object (MO-1, MO-2).
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "EarlierMobilityRecord")]
struct Record {
    /// Its kind.
    kind: MobilityKind,
    /// The study cycle it was done in (`bachelor`, `master`, `doctorate`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cycle: Option<StudyCycle>,
    /// Its length in whole months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    months: Option<u32>,
}

impl From<MobilityKind> for EarlierMobility {
    /// A bare kind: no months, no cycle (what the rule "no earlier mobility" asks, MO-1).
    fn from(kind: MobilityKind) -> Self {
        EarlierMobility {
            kind,
            cycle: None,
            months: None,
        }
    }
}

impl Serialize for EarlierMobility {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.cycle, self.months) {
            (None, None) => self.kind.serialize(serializer),
            (cycle, months) => Record {
                kind: self.kind,
                cycle,
                months,
            }
            .serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EarlierMobility {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(EarlierVisitor)
    }
}

struct EarlierVisitor;

impl<'de> Visitor<'de> for EarlierVisitor {
    type Value = EarlierMobility;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a kind of mobility (`study`, `training`) or an object {\"kind\", \"cycle\", \"months\"}",
        )
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<EarlierMobility, E> {
        let kind = MobilityKind::deserialize(value.into_deserializer())?;
        Ok(kind.into())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<EarlierMobility, A::Error> {
        let r = Record::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(EarlierMobility {
            kind: r.kind,
            cycle: r.cycle,
            months: r.months,
        })
    }
}

impl schemars::JsonSchema for EarlierMobility {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EarlierMobility".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let kind = generator.subschema_for::<MobilityKind>();
        let record = generator.subschema_for::<Record>();
        schemars::json_schema!({
            "description": "An Erasmus+ mobility the applicant already had (MO-1, MO-2): its kind alone (enough for the rule \"no earlier mobility\"), or an object with its study cycle and months, which a budget of months per cycle needs.",
            "anyOf": [kind, record]
        })
    }
}
