//! `diff OLD NEW`: what a catalog change does, for a pull request: records
//! added and removed, every field that changed (compared in the catalog's
//! own written form, so a new field is compared without code here), sources
//! and dependencies, and the statuses that change on the day.

use super::args::Format;
use super::{json_document, load_as_written, Outcome};
use crate::clock::today_utc;
use crate::domain::catalog::Catalog;
use crate::domain::date::Date;
use crate::domain::policy::status_at;
use crate::domain::validate::to_json;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt::Write;

#[derive(Debug, Serialize, PartialEq)]
pub struct FieldChange {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Changed {
    /// A record's id, a source's url or a dependency's `kind/name`.
    pub id: String,
    pub fields: Vec<FieldChange>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct StatusChange {
    pub id: String,
    pub old: Option<&'static str>,
    pub new: Option<&'static str>,
}

#[derive(Debug, Serialize, PartialEq, Default)]
pub struct Part {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<Changed>,
}

impl Part {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

#[derive(Debug, Serialize)]
pub struct DiffReport {
    pub old_as_of: String,
    pub new_as_of: String,
    pub at: String,
    pub records: Part,
    pub sources: Part,
    pub dependencies: Part,
    /// Records whose status on `at` differs between the two catalogs
    /// (added and removed ones included).
    pub statuses: Vec<StatusChange>,
    /// Files that break rules of this version's validator, and how many
    /// (compared as written all the same; `check` lists them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub broken_rules: Vec<(String, usize)>,
}

impl DiffReport {
    pub fn is_empty(&self) -> bool {
        self.old_as_of == self.new_as_of
            && self.records.is_empty()
            && self.sources.is_empty()
            && self.dependencies.is_empty()
    }
}

/// A catalog in its written form (written once per catalog).
fn written(catalog: &Catalog) -> Value {
    serde_json::from_str(&to_json(catalog)).unwrap_or(Value::Null)
}

/// One list of a written catalog, keyed.
fn entries(
    written: &Value,
    list: &str,
    key: fn(&Map<String, Value>) -> String,
) -> Vec<(String, Map<String, Value>)> {
    written
        .get(list)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_object)
                .map(|item| (key(item), item.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn text_of(item: &Map<String, Value>, field: &str) -> String {
    item.get(field)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned()
}

fn compare(old: &[(String, Map<String, Value>)], new: &[(String, Map<String, Value>)]) -> Part {
    let find = |list: &[(String, Map<String, Value>)], key: &str| {
        list.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    let mut part = Part::default();
    for (key, after) in new {
        match find(old, key) {
            None => part.added.push(key.clone()),
            Some(before) => {
                let mut names: Vec<&String> = before.keys().chain(after.keys()).collect();
                names.sort();
                names.dedup();
                let fields: Vec<FieldChange> = names
                    .into_iter()
                    .filter_map(|name| {
                        let (a, b) = (
                            before.get(name).cloned().unwrap_or(Value::Null),
                            after.get(name).cloned().unwrap_or(Value::Null),
                        );
                        (a != b).then(|| FieldChange {
                            field: name.clone(),
                            old: a,
                            new: b,
                        })
                    })
                    .collect();
                if !fields.is_empty() {
                    part.changed.push(Changed {
                        id: key.clone(),
                        fields,
                    });
                }
            }
        }
    }
    for (key, _) in old {
        if find(new, key).is_none() {
            part.removed.push(key.clone());
        }
    }
    part
}

pub fn diff(old: &Catalog, new: &Catalog, at: Date) -> DiffReport {
    let record_key = |r: &Map<String, Value>| text_of(r, "id");
    let source_key = |s: &Map<String, Value>| text_of(s, "url");
    let dependency_key =
        |d: &Map<String, Value>| format!("{}/{}", text_of(d, "kind"), text_of(d, "name"));
    let mut statuses = Vec::new();
    for record in new.records.iter() {
        let before = old.record(&record.id).map(|r| status_at(r, at).slug());
        let after = Some(status_at(record, at).slug());
        if before != after {
            statuses.push(StatusChange {
                id: record.id.to_string(),
                old: before,
                new: after,
            });
        }
    }
    for record in old.records.iter() {
        if new.record(&record.id).is_none() {
            statuses.push(StatusChange {
                id: record.id.to_string(),
                old: Some(status_at(record, at).slug()),
                new: None,
            });
        }
    }
    let (before, after) = (written(old), written(new));
    let part = |list: &str, key: fn(&Map<String, Value>) -> String| {
        compare(&entries(&before, list, key), &entries(&after, list, key))
    };
    DiffReport {
        old_as_of: old.as_of.to_string(),
        new_as_of: new.as_of.to_string(),
        at: at.to_string(),
        records: part("records", record_key),
        sources: part("sources", source_key),
        dependencies: part("dependencies", dependency_key),
        statuses,
        broken_rules: Vec::new(),
    }
}

/// A JSON value as one short line (strings without quotes).
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "(none)".to_owned(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The report as Markdown, readable in a pull request.
pub fn to_text(report: &DiffReport, old_name: &str, new_name: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## Catalog change: {old_name} → {new_name}\n");
    for (file, broken) in &report.broken_rules {
        let _ = writeln!(
            out,
            "> {file} breaks {broken} rules of this version's validator (compared as written; `check {file}` lists them).\n"
        );
    }
    if report.old_as_of != report.new_as_of {
        let _ = writeln!(out, "as_of: {} → {}\n", report.old_as_of, report.new_as_of);
    }
    if report.is_empty() {
        let _ = writeln!(out, "No change.");
        return out;
    }
    let part = |out: &mut String, title: &str, part: &Part| {
        if part.is_empty() {
            return;
        }
        let _ = writeln!(out, "### {title}\n");
        for key in &part.added {
            let _ = writeln!(out, "- added `{key}`");
        }
        for key in &part.removed {
            let _ = writeln!(out, "- removed `{key}`");
        }
        for changed in &part.changed {
            let _ = writeln!(out, "- `{}`", changed.id);
            for f in &changed.fields {
                let _ = writeln!(
                    out,
                    "  - {}: {} → {}",
                    f.field,
                    shown(&f.old),
                    shown(&f.new)
                );
            }
        }
        let _ = writeln!(out);
    };
    part(&mut out, "Records", &report.records);
    part(&mut out, "Sources", &report.sources);
    part(&mut out, "Dependencies", &report.dependencies);
    let _ = writeln!(out, "### Statuses on {}\n", report.at);
    if report.statuses.is_empty() {
        let _ = writeln!(out, "No record's status changes.");
    }
    for s in &report.statuses {
        let _ = writeln!(
            out,
            "- `{}`: {} → {}",
            s.id,
            s.old.unwrap_or("(no record)"),
            s.new.unwrap_or("(no record)")
        );
    }
    out
}

/// The command: what changes from the catalog file `old` to `new`. As
/// written: an older catalog may break rules added since; it is still
/// compared, and what it breaks is said (`check` is the gate).
pub(super) fn run(old: &str, new: &str, at: Option<Date>, format: Format) -> Outcome {
    let ((old_catalog, old_broken), (new_catalog, new_broken)) =
        match (load_as_written(old), load_as_written(new)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(why), _) => return Outcome::unreadable(old, why, format),
            (_, Err(why)) => return Outcome::unreadable(new, why, format),
        };
    let mut report = diff(&old_catalog, &new_catalog, at.unwrap_or_else(today_utc));
    report.broken_rules = [(old, old_broken), (new, new_broken)]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(file, n)| (file.to_owned(), n))
        .collect();
    Outcome::printed(
        0,
        match format {
            Format::Text => to_text(&report, old, new),
            Format::Json => json_document(&report),
        },
    )
}
