//! Reads catalog text into the model and checks every rule the catalog must
//! keep. Every problem names where it is (record, field) and why.
//!
//! The reader walks `serde_json::Value` by hand rather than deriving
//! `Deserialize`: derived errors say "invalid type: integer" without saying
//! which record or field, and the people fixing a catalog need both.
//!
//! `fields` reads one JSON object's fields with located problems, `read`
//! the catalog's lists into the model, `rules` the checks that span fields,
//! records and tables, `provenance` where facts come from (derived values,
//! conflicts flagged on both records, freshness), `write` the same format
//! back (tests, generated catalogs).

mod fields;
mod provenance;
mod read;
mod rules;
#[cfg(test)]
mod tests;
mod write;

use super::{catalog, date, family};
use catalog::{slugs, Catalog};
use serde_json::Value;
use std::fmt;

pub use write::to_json;

slugs! {
    /// How serious a problem of a catalog is.
    pub enum Level {
        /// The catalog cannot be used.
        Error = "error",
        /// Usable; a value is kept as the source printed it (see `data_issue`).
        Warning = "warning",
    }
}

/// Where a problem is: `records[3] (tensorflow/2.16)`, field `end_of_patch`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// `records[3]`, `dependencies[0]`, or empty for the catalog itself.
    pub path: String,
    /// The record's id (or a dependency's name) when it has a readable one.
    pub record: Option<String>,
    pub field: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub level: Level,
    pub location: Location,
    pub reason: String,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        match (&self.record, self.path.is_empty()) {
            (Some(id), _) if self.path.starts_with("records") => {
                parts.push(format!("record {id} ({})", self.path))
            }
            (Some(name), _) => parts.push(format!("{} ({name})", self.path)),
            (None, false) => parts.push(self.path.clone()),
            (None, true) => parts.push("catalog".to_owned()),
        }
        if let Some(field) = &self.field {
            parts.push(format!("field {field}"));
        }
        f.write_str(&parts.join(", "))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.level.slug(),
            self.location,
            self.reason
        )
    }
}

/// The outcome of reading a catalog: the catalog when it has no error, and
/// every problem found (errors and warnings) either way.
#[derive(Debug)]
pub struct Report {
    pub catalog: Option<Catalog>,
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.level == Level::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.level == Level::Warning)
    }
}

pub const CATALOG_FIELDS: &[&str] = &["$schema", "as_of", "sources", "dependencies", "records"];
pub const SOURCE_FIELDS: &[&str] = &["name", "url", "page_date", "read"];
pub const DEPENDENCY_FIELDS: &[&str] =
    &["kind", "name", "label", "released", "end_of_life", "basis"];
pub const RECORD_FIELDS: &[&str] = &[
    "id",
    "product",
    "framework",
    "version",
    "label",
    "python",
    "os",
    "cuda",
    "driver",
    "accelerators",
    "image_families",
    "container_images",
    "patch_version",
    "released",
    "end_of_patch",
    "end_of_availability",
    "notes",
    "data_issue",
    "image_families_seen",
    "derived",
    "flags",
    "conflicts_with",
];

/// Parses and validates catalog text.
pub fn read_catalog(text: &str) -> Report {
    let (catalog, problems) = read_as_written(text);
    let valid = !problems.iter().any(|p| p.level == Level::Error);
    Report {
        catalog: catalog.filter(|_| valid),
        problems,
    }
}

/// The catalog as written, whenever its fields can be read, even when it
/// breaks a rule across them (an older catalog under newer rules, for
/// `diff`); every problem either way.
pub fn read_as_written(text: &str) -> (Option<Catalog>, Vec<Problem>) {
    let mut problems = Vec::new();
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(why) => {
            problems.push(Problem {
                level: Level::Error,
                location: Location {
                    path: String::new(),
                    record: None,
                    field: None,
                },
                reason: format!(
                    "malformed JSON at line {}, column {}: {why}",
                    why.line(),
                    why.column()
                ),
            });
            return (None, problems);
        }
    };
    let root = Location {
        path: String::new(),
        record: None,
        field: None,
    };
    let catalog = read::read_root(&value, root, &mut problems).and_then(|(mut catalog, places)| {
        // Fields that could not be read leave no catalog as written; the
        // rules still run on what was read, so every problem is found.
        let unread = problems.iter().any(|p| p.level == Level::Error);
        // Problems name records by their place in the file; after the
        // checks, the catalog keeps display order.
        rules::check_rules(&catalog, &places, &mut problems);
        provenance::check_provenance(&catalog, &places, &mut problems);
        super::catalog::sort_for_display(catalog.records.to_mut());
        (!unread).then_some(catalog)
    });
    (catalog, problems)
}

/// Where each entry that was read sits in the file: entries that could not
/// be read are left out of the catalog, so the n-th record read is not
/// always `records[n]`, and every problem must name the file's index.
pub(crate) struct Places {
    pub(crate) dependencies: Vec<usize>,
    pub(crate) records: Vec<usize>,
}
