//! `images FILE --write-catalog OUT`: the catalog file with the one change a
//! listing proves by itself. A VM family the lookup places in a record that
//! doesn't print it (**renamed**) is the record's, under a name Google now
//! uses: it goes into the record's `image_families_seen`, as README's
//! "Updating the catalog" asks. Everything else a listing finds (a new
//! version, a disagreement) needs dates and facts from Google's pages, so it
//! stays in the report for a maintainer. The refresh workflow commits the
//! written file and describes it with `diff`.
//!
//! The file is rewritten as written: keys in their order, pretty-printed as
//! the catalog is (2 spaces, a final line break), so the change is only the
//! names added.

use super::images::{Family, Placement};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt;

/// JSON whose objects keep their keys' order (serde_json's `Value` sorts
/// them without its `preserve_order` feature, which the bundle's reader
/// doesn't need).
#[derive(Debug, Clone, PartialEq)]
enum Written {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Written>),
    Object(Vec<(String, Written)>),
}

struct WrittenVisitor;

impl<'de> Visitor<'de> for WrittenVisitor {
    type Value = Written;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_unit<E>(self) -> Result<Written, E> {
        Ok(Written::Null)
    }
    fn visit_bool<E>(self, value: bool) -> Result<Written, E> {
        Ok(Written::Bool(value))
    }
    fn visit_i64<E>(self, value: i64) -> Result<Written, E> {
        Ok(Written::Number(value.into()))
    }
    fn visit_u64<E>(self, value: u64) -> Result<Written, E> {
        Ok(Written::Number(value.into()))
    }
    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Written, E> {
        serde_json::Number::from_f64(value)
            .map(Written::Number)
            .ok_or_else(|| E::custom("a number JSON can't write"))
    }
    fn visit_str<E>(self, value: &str) -> Result<Written, E> {
        Ok(Written::String(value.to_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Written, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Written::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Written, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Written::Object(entries))
    }
}

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Written, D::Error> {
        deserializer.deserialize_any(WrittenVisitor)
    }
}

impl Serialize for Written {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Written::Null => serializer.serialize_unit(),
            Written::Bool(value) => serializer.serialize_bool(*value),
            Written::Number(value) => value.serialize(serializer),
            Written::String(value) => serializer.serialize_str(value),
            Written::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Written::Object(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

impl Written {
    fn field(&self, key: &str) -> Option<&Written> {
        match self {
            Written::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn field_mut(&mut self, key: &str) -> Option<&mut Written> {
        match self {
            Written::Object(entries) => entries.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// A name added to a record's `image_families_seen`.
#[derive(Debug, PartialEq, Eq)]
pub struct Added {
    pub record: String,
    pub family: String,
}

/// The renamed VM families of a report, by record (each name once).
pub fn renamed_families(families: &[Family]) -> Vec<Added> {
    let mut added: Vec<Added> = Vec::new();
    for family in families {
        if let (Placement::Renamed, Some(record)) = (family.placement, &family.record) {
            let one = Added {
                record: record.clone(),
                family: family.family.clone(),
            };
            if !added.contains(&one) {
                added.push(one);
            }
        }
    }
    added
}

/// `catalog` (a catalog file's text) with each family added to its record's
/// `image_families_seen` (made after `image_families` when the record has
/// none), written back as the catalog is written.
pub fn with_families_seen(catalog: &str, added: &[Added]) -> Result<String, String> {
    if added.is_empty() {
        // Nothing proven: the file as it is, however it is formatted (a
        // refresh then sees no change).
        return Ok(catalog.to_owned());
    }
    let mut written: Written =
        serde_json::from_str(catalog).map_err(|why| format!("not JSON: {why}"))?;
    let Some(Written::Array(records)) = written.field_mut("records") else {
        return Err("no `records` list".to_owned());
    };
    for one in added {
        let record = records
            .iter_mut()
            .find(|r| matches!(r.field("id"), Some(Written::String(id)) if *id == one.record))
            .ok_or_else(|| format!("no record `{}`", one.record))?;
        add_seen(record, &one.family);
    }
    let mut text = serde_json::to_string_pretty(&written).map_err(|why| why.to_string())?;
    text.push('\n');
    Ok(text)
}

fn add_seen(record: &mut Written, family: &str) {
    let name = Written::String(family.to_owned());
    match record.field_mut("image_families_seen") {
        Some(Written::Array(seen)) => {
            if !seen.contains(&name) {
                seen.push(name);
            }
        }
        // Written but not a list (`null`): the list takes its place, so the
        // key is never written twice.
        Some(other) => *other = Written::Array(vec![name]),
        None => {
            if let Written::Object(entries) = record {
                let at = entries
                    .iter()
                    .position(|(k, _)| k == "image_families")
                    .map_or(entries.len(), |i| i + 1);
                entries.insert(
                    at,
                    ("image_families_seen".to_owned(), Written::Array(vec![name])),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::FIXTURE_JSON;

    fn seen(text: &str, id: &str) -> Vec<String> {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let record = value["records"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap();
        record["image_families_seen"]
            .as_array()
            .map(|a| a.iter().map(|n| n.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default()
    }

    fn added(record: &str, family: &str) -> Added {
        Added {
            record: record.to_owned(),
            family: family.to_owned(),
        }
    }

    #[test]
    fn nothing_added_writes_the_catalog_byte_for_byte() {
        let compact = r#"{"as_of":"2026-04-10","records":[]}"#;
        assert_eq!(with_families_seen(compact, &[]).unwrap(), compact);
    }

    /// The catalogs are written as an edit writes them back (2 spaces, keys
    /// in their order, a final line break), so an edit changes only the
    /// names it adds: a catalog written another way fails here.
    #[test]
    fn the_catalogs_are_written_as_an_edit_writes_them() {
        for text in [FIXTURE_JSON, crate::shipped::SHIPPED_JSON] {
            let written: Written = serde_json::from_str(text).unwrap();
            let mut again = serde_json::to_string_pretty(&written).unwrap();
            again.push('\n');
            assert!(again == text, "not written as `--write-catalog` writes it");
        }
    }

    #[test]
    fn a_family_joins_the_names_seen_and_only_those_lines_change() {
        let before = seen(FIXTURE_JSON, "tensorflow/2.12");
        assert!(!before.is_empty(), "the fixture's record has names seen");
        let family = "tf-2-12-cu118-debian-11-py310";
        let text = with_families_seen(
            FIXTURE_JSON,
            &[
                added("tensorflow/2.12", family),
                added("tensorflow/2.12", family),
            ],
        )
        .unwrap();
        let mut after = before.clone();
        after.push(family.to_owned());
        assert_eq!(
            seen(&text, "tensorflow/2.12"),
            after,
            "added once, at the end"
        );
        let changed = text.lines().count() - FIXTURE_JSON.lines().count();
        assert_eq!(changed, 1, "one line more: the name");
    }

    #[test]
    fn a_record_without_names_seen_gets_the_list_after_its_families() {
        assert!(seen(FIXTURE_JSON, "pytorch/2.4").is_empty());
        let family = "pytorch-2-4-cu124-debian-11-py310";
        let text = with_families_seen(FIXTURE_JSON, &[added("pytorch/2.4", family)]).unwrap();
        assert_eq!(seen(&text, "pytorch/2.4"), [family]);
        let record_at = text.find("\"id\": \"pytorch/2.4\"").unwrap();
        let rest = &text[record_at..];
        let families = rest.find("\"image_families\"").unwrap();
        let seen_at = rest.find("\"image_families_seen\"").unwrap();
        let containers = rest.find("\"container_images\"").unwrap();
        assert!(families < seen_at && seen_at < containers, "{rest:.600}");
        let (catalog, problems) = crate::domain::validate::read_as_written(&text);
        assert!(catalog.is_some(), "{problems:?}");
    }

    #[test]
    fn an_unknown_record_or_a_file_that_is_no_catalog_is_refused() {
        let why = with_families_seen(FIXTURE_JSON, &[added("pytorch/9.9", "x")]).unwrap_err();
        assert_eq!(why, "no record `pytorch/9.9`");
        let one = [added("pytorch/2.4", "x")];
        assert!(with_families_seen("[1]", &one)
            .unwrap_err()
            .contains("records"));
        assert!(with_families_seen("{", &one)
            .unwrap_err()
            .starts_with("not JSON"));
    }
}
