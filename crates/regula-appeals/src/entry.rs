//! CA-7: the electronic entry of the grades (înregistrarea electronică) — its own deadline, or
//! the catalog's, where a regulation sets one deadline for both.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::deadline::{Deadline, DeadlineUnit, Moment};

/// When the secretary enters a catalog's grades electronically (CA-7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElectronicEntry {
    /// By the catalog's own deadline: one deadline for both (`"with_catalog"`).
    WithCatalog,
    /// By a deadline of its own (UMC: 5 calendar days from the catalog's deadline).
    After(Deadline),
}

const WITH_CATALOG: &str = "with_catalog";

impl Serialize for ElectronicEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ElectronicEntry::WithCatalog => serializer.serialize_str(WITH_CATALOG),
            ElectronicEntry::After(deadline) => deadline.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ElectronicEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(EntryVisitor)
    }
}

struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = ElectronicEntry;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "\"with_catalog\", a deadline {\"amount\", \"unit\", \"from\"}, or a whole number of calendar days from catalog_due",
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<ElectronicEntry, E> {
        if text == WITH_CATALOG {
            Ok(ElectronicEntry::WithCatalog)
        } else {
            Err(E::invalid_value(de::Unexpected::Str(text), &self))
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<ElectronicEntry, E> {
        let read = crate::deadline::read(
            de::value::U64Deserializer::<E>::new(value),
            Some((DeadlineUnit::CalendarDays, Moment::CatalogDue)),
        )?;
        Ok(ElectronicEntry::After(read))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<ElectronicEntry, E> {
        let read = crate::deadline::read(
            de::value::I64Deserializer::<E>::new(value),
            Some((DeadlineUnit::CalendarDays, Moment::CatalogDue)),
        )?;
        Ok(ElectronicEntry::After(read))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ElectronicEntry, A::Error> {
        Deadline::deserialize(de::value::MapAccessDeserializer::new(map))
            .map(ElectronicEntry::After)
    }
}

impl schemars::JsonSchema for ElectronicEntry {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ElectronicEntry".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let deadline = generator.subschema_for::<Deadline>();
        schemars::json_schema!({
            "anyOf": [
                {
                    "const": WITH_CATALOG,
                    "description": "One deadline for the catalog and its electronic entry: the catalog's."
                },
                deadline,
                {
                    "type": "integer",
                    "minimum": 0,
                    "description": "As policies written before deadlines had units: that many calendar days from the catalog's deadline."
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_electronic_entry_reads_in_three_ways() {
        let read = |text: &str| serde_json::from_str::<ElectronicEntry>(text);
        assert_eq!(
            read("\"with_catalog\"").unwrap(),
            ElectronicEntry::WithCatalog
        );
        assert_eq!(
            read("5").unwrap(),
            ElectronicEntry::After(Deadline::calendar_days(5, Moment::CatalogDue))
        );
        assert_eq!(
            read(r#"{"amount": 2, "unit": "working_days", "from": "exam_end"}"#).unwrap(),
            ElectronicEntry::After(Deadline::working_days(2, Moment::ExamEnd))
        );
        let err = read("\"together\"").unwrap_err().to_string();
        assert!(
            err.contains("together") && err.contains("with_catalog"),
            "{err}"
        );
        for entry in [
            ElectronicEntry::WithCatalog,
            ElectronicEntry::After(Deadline::hours(48, Moment::ExamEnd)),
        ] {
            let text = serde_json::to_string(&entry).unwrap();
            assert_eq!(read(&text).unwrap(), entry);
        }
    }
}
