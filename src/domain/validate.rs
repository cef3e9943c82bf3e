//! Reads catalog text into the model and checks every rule the catalog must
//! keep. Every problem names where it is (record, field) and why.
//!
//! The reader walks `serde_json::Value` by hand rather than deriving
//! `Deserialize`: derived errors say "invalid type: integer" without saying
//! which record or field, and the people fixing a catalog need both.

use super::catalog::{
    Accelerator, Catalog, Dependency, DependencyKind, Framework, List, Product, Record, Source,
    Text,
};
use super::date::Date;
use super::family::FamilyFacts;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The catalog cannot be used.
    Error,
    /// Usable; a value is kept as the source printed it (see `data_issue`).
    Warning,
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
    pub severity: Severity,
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
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}: {}", self.location, self.reason)
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
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
    }
}

pub const CATALOG_FIELDS: &[&str] = &["$schema", "as_of", "sources", "dependencies", "records"];
pub const SOURCE_FIELDS: &[&str] = &["name", "url", "page_date"];
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
];

/// Reads one JSON object's fields, recording a located problem for each
/// missing, mistyped or unknown one.
struct Fields<'v, 'p> {
    object: &'v Map<String, Value>,
    location: Location,
    problems: &'p mut Vec<Problem>,
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

impl<'v, 'p> Fields<'v, 'p> {
    fn new(
        value: &'v Value,
        location: Location,
        known: &[&str],
        problems: &'p mut Vec<Problem>,
    ) -> Option<Fields<'v, 'p>> {
        let Value::Object(object) = value else {
            problems.push(Problem {
                severity: Severity::Error,
                location,
                reason: format!("expected an object, found {}", describe(value)),
            });
            return None;
        };
        let mut fields = Fields {
            object,
            location,
            problems,
        };
        for name in object.keys() {
            if !known.contains(&name.as_str()) {
                fields.error(
                    name,
                    format!("unknown field (known fields: {})", known.join(", ")),
                );
            }
        }
        Some(fields)
    }

    fn push(&mut self, severity: Severity, field: &str, reason: String) {
        let mut location = self.location.clone();
        location.field = Some(field.to_owned());
        self.problems.push(Problem {
            severity,
            location,
            reason,
        });
    }

    fn error(&mut self, field: &str, reason: String) {
        self.push(Severity::Error, field, reason);
    }

    /// `None` for absent or null, after reporting a wrong type.
    fn optional_text(&mut self, field: &str) -> Option<Text> {
        match self.object.get(field) {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) if text.trim().is_empty() => {
                self.error(
                    field,
                    "is empty; write null when the value is unknown".to_owned(),
                );
                None
            }
            Some(Value::String(text)) => {
                if let Some(why) = control_character(text) {
                    self.error(field, why);
                    return None;
                }
                Some(Text::Owned(text.clone()))
            }
            Some(other) => {
                let found = describe(other);
                self.error(field, format!("expected a string or null, found {found}"));
                None
            }
        }
    }

    fn required_text(&mut self, field: &str) -> Option<Text> {
        match self.object.get(field) {
            None | Some(Value::Null) => {
                self.error(field, "is required".to_owned());
                None
            }
            Some(_) => self.optional_text(field),
        }
    }

    fn optional_date(&mut self, field: &str) -> Option<Date> {
        let text = self.optional_text(field)?;
        match Date::parse_iso(&text) {
            Ok(date) => Some(date),
            Err(why) => {
                self.error(field, format!("{text:?} is not a date: {why}"));
                None
            }
        }
    }

    fn required_date(&mut self, field: &str) -> Option<Date> {
        let text = self.required_text(field)?;
        match Date::parse_iso(&text) {
            Ok(date) => Some(date),
            Err(why) => {
                self.error(field, format!("{text:?} is not a date: {why}"));
                None
            }
        }
    }

    fn text_list(&mut self, field: &str, required: bool) -> Option<Vec<Text>> {
        match self.object.get(field) {
            None | Some(Value::Null) if !required => Some(Vec::new()),
            None | Some(Value::Null) => {
                self.error(field, "is required".to_owned());
                None
            }
            Some(Value::Array(items)) => {
                let mut texts = Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item {
                        Value::String(text) if !text.trim().is_empty() => {
                            match control_character(text) {
                                Some(why) => self.error(field, format!("item {index}: {why}")),
                                None => texts.push(Text::Owned(text.clone())),
                            }
                        }
                        other => {
                            let found = describe(other);
                            self.error(
                                field,
                                format!("item {index}: expected a non-empty string, found {found}"),
                            );
                        }
                    }
                }
                Some(texts)
            }
            Some(other) => {
                let found = describe(other);
                self.error(field, format!("expected a list of strings, found {found}"));
                None
            }
        }
    }

    fn list(&self, field: &str) -> Option<&'v Vec<Value>> {
        match self.object.get(field) {
            Some(Value::Array(items)) => Some(items),
            _ => None,
        }
    }
}

/// Why a text may not be in a catalog: a control character (line breaks
/// and tabs included) has no place in a one-line value, and the compact
/// form the bundle embeds separates its fields with control characters.
fn control_character(text: &str) -> Option<String> {
    let (at, c) = text.chars().enumerate().find(|(_, c)| c.is_control())?;
    Some(format!(
        "contains the control character U+{:04X} at character {}",
        u32::from(c),
        at + 1
    ))
}

fn id_of(value: &Value) -> Option<String> {
    value.get("id").and_then(Value::as_str).map(str::to_owned)
}

/// Parses and validates catalog text.
pub fn read_catalog(text: &str) -> Report {
    let mut problems = Vec::new();
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(why) => {
            problems.push(Problem {
                severity: Severity::Error,
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
            return Report {
                catalog: None,
                problems,
            };
        }
    };
    let root = Location {
        path: String::new(),
        record: None,
        field: None,
    };
    let mut catalog = read_root(&value, root, &mut problems).map(|(mut catalog, places)| {
        // Problems name records by their place in the file; after the
        // checks, the catalog keeps display order.
        check_rules(&catalog, &places, &mut problems);
        super::catalog::sort_for_display(catalog.records.to_mut());
        catalog
    });
    if problems.iter().any(|p| p.severity == Severity::Error) {
        catalog = None;
    }
    Report { catalog, problems }
}

/// Where each entry that was read sits in the file: entries that could not
/// be read are left out of the catalog, so the n-th record read is not
/// always `records[n]`, and every problem must name the file's index.
struct Places {
    dependencies: Vec<usize>,
    records: Vec<usize>,
}

/// Reads the entries of one list, keeping each one's index in the file.
fn read_list<T>(
    values: Option<&Vec<Value>>,
    name: &str,
    problems: &mut Vec<Problem>,
    read: impl Fn(&Value, String, &mut Vec<Problem>) -> Option<T>,
) -> (Vec<T>, Vec<usize>) {
    let mut entries = Vec::new();
    let mut places = Vec::new();
    for (index, value) in values.into_iter().flatten().enumerate() {
        if let Some(entry) = read(value, format!("{name}[{index}]"), problems) {
            entries.push(entry);
            places.push(index);
        }
    }
    (entries, places)
}

fn read_root(
    value: &Value,
    location: Location,
    problems: &mut Vec<Problem>,
) -> Option<(Catalog, Places)> {
    let (as_of, lists) = {
        let mut fields = Fields::new(value, location, CATALOG_FIELDS, problems)?;
        let as_of = fields.required_date("as_of");
        let lists = ["sources", "dependencies", "records"].map(|field| {
            let found = fields.list(field);
            if found.is_none() {
                fields.error(field, "expected a list".to_owned());
            }
            found
        });
        (as_of, lists)
    };
    let [sources_value, dependencies_value, records_value] = lists;
    let (sources, _) = read_list(sources_value, "sources", problems, read_source);
    let (dependencies, dependency_places) = read_list(
        dependencies_value,
        "dependencies",
        problems,
        read_dependency,
    );
    let (records, record_places) = read_list(records_value, "records", problems, read_record);
    let catalog = Catalog {
        as_of: as_of?,
        sources: List::Owned(sources),
        dependencies: List::Owned(dependencies),
        records: List::Owned(records),
    };
    let places = Places {
        dependencies: dependency_places,
        records: record_places,
    };
    Some((catalog, places))
}

fn read_source(value: &Value, path: String, problems: &mut Vec<Problem>) -> Option<Source> {
    let location = Location {
        path,
        record: None,
        field: None,
    };
    let mut fields = Fields::new(value, location, SOURCE_FIELDS, problems)?;
    let name = fields.required_text("name");
    let url = fields.required_text("url");
    let page_date = fields.optional_date("page_date");
    if let Some(url) = &url {
        if !url.starts_with("https://") {
            fields.error("url", format!("{url:?} is not an https:// address"));
        }
    }
    Some(Source {
        name: name?,
        url: url?,
        page_date,
    })
}

fn read_dependency(value: &Value, path: String, problems: &mut Vec<Problem>) -> Option<Dependency> {
    let location = Location {
        path,
        record: value.get("name").and_then(Value::as_str).map(str::to_owned),
        field: None,
    };
    let mut fields = Fields::new(value, location, DEPENDENCY_FIELDS, problems)?;
    let kind_text = fields.required_text("kind");
    let kind = kind_text.as_deref().and_then(|k| {
        let kind = DependencyKind::from_slug(k);
        if kind.is_none() {
            fields.error("kind", format!("{k:?} is not one of python, os, driver"));
        }
        kind
    });
    let name = fields.required_text("name");
    let label = fields.required_text("label");
    let released = fields.optional_date("released");
    let end_of_life = fields.required_date("end_of_life");
    let basis = fields.required_text("basis");
    Some(Dependency {
        kind: kind?,
        name: name?,
        label: label?,
        released,
        end_of_life: end_of_life?,
        basis: basis?,
    })
}

fn read_record(value: &Value, path: String, problems: &mut Vec<Problem>) -> Option<Record> {
    let location = Location {
        path,
        record: id_of(value),
        field: None,
    };
    let mut fields = Fields::new(value, location, RECORD_FIELDS, problems)?;
    let id = fields.required_text("id");
    // Absent means a VM image: catalogs from before containers stay valid.
    let product = match fields.optional_text("product") {
        None => Some(Product::Vm),
        Some(slug) => {
            let product = Product::from_slug(&slug);
            if product.is_none() {
                fields.error("product", format!("{slug:?} is not one of vm, containers"));
            }
            product
        }
    };
    let framework_text = fields.required_text("framework");
    let framework = framework_text.as_deref().and_then(|slug| {
        let framework = Framework::from_slug(slug);
        if framework.is_none() {
            fields.error(
                "framework",
                format!("{slug:?} is not one of tensorflow, pytorch, base, vllm"),
            );
        }
        framework
    });
    let version = fields.required_text("version");
    let label = fields.required_text("label");
    let python = fields.optional_text("python");
    let os = fields.optional_text("os");
    let cuda = fields.optional_text("cuda");
    let driver = fields.optional_text("driver");
    let accelerator_texts = fields.text_list("accelerators", true);
    let mut accelerators = Vec::new();
    for text in accelerator_texts.iter().flatten() {
        match Accelerator::from_slug(text) {
            Some(a) if !accelerators.contains(&a) => accelerators.push(a),
            Some(_) => fields.error("accelerators", format!("{text:?} is listed twice")),
            None => fields.error("accelerators", format!("{text:?} is not one of cpu, gpu")),
        }
    }
    if accelerator_texts.as_ref().is_some_and(Vec::is_empty) {
        fields.error("accelerators", "lists no accelerator".to_owned());
    }
    let image_families = fields.text_list("image_families", true);
    let container_images = fields.text_list("container_images", false);
    let patch_version = fields.optional_text("patch_version");
    let released = fields.optional_date("released");
    let end_of_patch = fields.required_date("end_of_patch");
    let end_of_availability = fields.required_date("end_of_availability");
    let notes = fields.text_list("notes", false);
    let data_issue = fields.optional_text("data_issue");
    Some(Record {
        id: id?,
        product: product?,
        framework: framework?,
        version: version?,
        label: label?,
        python,
        os,
        cuda,
        driver,
        accelerators: List::Owned(accelerators),
        image_families: List::Owned(image_families?),
        container_images: List::Owned(container_images?),
        patch_version,
        released,
        end_of_patch: end_of_patch?,
        end_of_availability: end_of_availability?,
        notes: List::Owned(notes?),
        data_issue,
    })
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
}

/// The rules that span fields, records or tables.
fn check_rules(catalog: &Catalog, places: &Places, problems: &mut Vec<Problem>) {
    let mut seen_dependencies: BTreeMap<(DependencyKind, &str), usize> = BTreeMap::new();
    for (read, dependency) in catalog.dependencies.iter().enumerate() {
        let index = places.dependencies.get(read).copied().unwrap_or(read);
        let key = (dependency.kind, dependency.name.as_ref());
        if let Some(first) = seen_dependencies.insert(key, index) {
            problems.push(Problem {
                severity: Severity::Error,
                location: Location {
                    path: format!("dependencies[{index}]"),
                    record: Some(dependency.name.to_string()),
                    field: Some("name".to_owned()),
                },
                reason: format!(
                    "{} {:?} is already listed at dependencies[{first}]",
                    dependency.kind.slug(),
                    dependency.name
                ),
            });
        }
    }

    let mut versions: BTreeMap<(Product, Framework, &str), usize> = BTreeMap::new();
    for record in catalog.records.iter() {
        *versions
            .entry((record.product, record.framework, record.version.as_ref()))
            .or_default() += 1;
    }

    let mut seen_ids: BTreeMap<&str, usize> = BTreeMap::new();
    for (read, record) in catalog.records.iter().enumerate() {
        let index = places.records.get(read).copied().unwrap_or(read);
        let mut report = |severity: Severity, field: &str, reason: String| {
            problems.push(Problem {
                severity,
                location: Location {
                    path: format!("records[{index}]"),
                    record: Some(record.id.to_string()),
                    field: Some(field.to_owned()),
                },
                reason,
            })
        };
        // A value kept as printed, with a note saying so, is a warning.
        let kept = if record.data_issue.is_some() {
            Severity::Warning
        } else {
            Severity::Error
        };

        if let Some(first) = seen_ids.insert(record.id.as_ref(), index) {
            report(
                Severity::Error,
                "id",
                format!("duplicate id: records[{first}] has it already"),
            );
        }
        let stem = format!(
            "{}{}/{}",
            record.product.id_prefix(),
            record.framework.slug(),
            record.version
        );
        let shared = versions
            .get(&(record.product, record.framework, record.version.as_ref()))
            .copied()
            .unwrap_or(1)
            > 1;
        let variant = record.id.strip_prefix(stem.as_str());
        match variant {
            _ if !is_slug(&record.version) => report(
                Severity::Error,
                "version",
                format!("{:?} is not URL-safe (lowercase letters, digits, '.', '-')", record.version),
            ),
            None => report(
                Severity::Error,
                "id",
                format!("does not match framework/version: expected {stem} or {stem}-{{variant}}"),
            ),
            Some("") if shared => report(
                Severity::Error,
                "id",
                format!(
                    "{stem} has several records, so each id needs a variant: {stem}-{{variant}}"
                ),
            ),
            Some("") => {}
            Some(rest) => match rest.strip_prefix('-') {
                Some(variant) if is_slug(variant) && shared => {}
                Some(_) if !shared => report(
                    Severity::Error,
                    "id",
                    format!("{stem} has one record, so its id is {stem} with no variant"),
                ),
                _ => report(
                    Severity::Error,
                    "id",
                    format!("does not match framework/version: expected {stem} or {stem}-{{variant}} (variant: lowercase letters, digits, '.', '-')"),
                ),
            },
        }

        if record.end_of_patch > record.end_of_availability {
            report(
                kept,
                "end_of_patch",
                format!(
                    "end of patch {} is after end of availability {}",
                    record.end_of_patch, record.end_of_availability
                ),
            );
        }
        if let Some(released) = record.released {
            if released > record.end_of_patch {
                report(
                    kept,
                    "released",
                    format!(
                        "released {released} is after end of patch {}",
                        record.end_of_patch
                    ),
                );
            }
        }

        for kind in DependencyKind::ALL {
            if let Some(name) = record.dependency_name(kind) {
                if catalog.dependency(kind, name).is_none() {
                    report(
                        Severity::Error,
                        kind.slug(),
                        format!(
                            "{name:?} is not in the dependency table (no {} entry named {name:?})",
                            kind.slug()
                        ),
                    );
                }
            }
        }

        // The record's own family names and container images must agree
        // with its fields.
        let families = record
            .image_families
            .iter()
            .map(|f| (f, FamilyFacts::read(f)));
        let containers = record
            .container_images
            .iter()
            .map(|c| (c, FamilyFacts::read_container(c)));
        for (family, facts) in families.chain(containers) {
            let pairs = [
                (
                    "cuda",
                    "CUDA",
                    facts.cuda.as_deref(),
                    record.cuda.as_deref(),
                ),
                (
                    "python",
                    "Python",
                    facts.python.as_deref(),
                    record.python.as_deref(),
                ),
                ("os", "OS", facts.os.as_deref(), record.os.as_deref()),
                (
                    "driver",
                    "driver",
                    facts.driver.as_deref(),
                    record.driver.as_deref(),
                ),
            ];
            for (field, what, named, value) in pairs {
                if let Some(named) = named {
                    if Some(named) != value {
                        let value = value.map_or("null".to_owned(), |v| format!("{v:?}"));
                        report(
                            kept,
                            field,
                            format!("image {family} names {what} {named} but {field} is {value}"),
                        );
                    }
                }
            }
        }
    }
}

/// Writes a catalog in the format `read_catalog` reads (used to check
/// generated catalogs through the reader, and round trips).
pub fn to_json(catalog: &Catalog) -> String {
    use serde_json::json;
    let text = |t: &Option<Text>| t.as_deref().map(str::to_owned);
    let date = |d: Option<Date>| d.map(|d| d.to_string());
    let records: Vec<Value> = catalog
        .records
        .iter()
        .map(|r| {
            let mut value = json!({
                "id": r.id, "product": r.product.slug(), "framework": r.framework.slug(), "version": r.version, "label": r.label,
                "python": text(&r.python), "os": text(&r.os), "cuda": text(&r.cuda), "driver": text(&r.driver),
                "accelerators": r.accelerators.iter().map(|a| a.slug()).collect::<Vec<_>>(),
                "image_families": r.image_families, "container_images": r.container_images,
                "patch_version": text(&r.patch_version),
                "released": date(r.released), "end_of_patch": r.end_of_patch.to_string(),
                "end_of_availability": r.end_of_availability.to_string(), "notes": r.notes,
            });
            if let (Some(issue), Value::Object(map)) = (&r.data_issue, &mut value) {
                map.insert("data_issue".to_owned(), Value::String(issue.to_string()));
            }
            value
        })
        .collect();
    let value = json!({
        "as_of": catalog.as_of.to_string(),
        "sources": catalog.sources.iter().map(|s| json!({
            "name": s.name, "url": s.url, "page_date": date(s.page_date),
        })).collect::<Vec<_>>(),
        "dependencies": catalog.dependencies.iter().map(|d| json!({
            "kind": d.kind.slug(), "name": d.name, "label": d.label, "released": date(d.released),
            "end_of_life": d.end_of_life.to_string(), "basis": d.basis,
        })).collect::<Vec<_>>(),
        "records": records,
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal valid catalog; each test below breaks one thing in it.
    const GOOD: &str = r#"{
      "as_of": "2026-04-10",
      "sources": [{"name": "images", "url": "https://example.com/images", "page_date": "2026-04-10"}],
      "dependencies": [
        {"kind": "python", "name": "3.10", "label": "Python 3.10", "released": "2021-10-04", "end_of_life": "2026-10-31", "basis": "eol"},
        {"kind": "os", "name": "Ubuntu 22.04", "label": "Ubuntu 22.04", "released": null, "end_of_life": "2027-04-01", "basis": "eol"}
      ],
      "records": [
        {"id": "pytorch/2.7", "framework": "pytorch", "version": "2.7", "label": "2.7 (Python 3.10)",
         "python": "3.10", "os": "Ubuntu 22.04", "cuda": "12.8", "driver": null, "accelerators": ["gpu"],
         "image_families": ["pytorch-2-7-cu128-ubuntu-2204-VERSION_DATE"], "patch_version": "2.7.1",
         "released": null, "end_of_patch": "2026-04-13", "end_of_availability": "2027-04-13", "notes": []},
        {"id": "tensorflow/2.11-py310", "framework": "tensorflow", "version": "2.11", "label": "2.11 (Python 3.10)",
         "python": "3.10", "os": null, "cuda": "11.3", "driver": null, "accelerators": ["cpu", "gpu"],
         "image_families": ["tf-2-11-cu113-VERSION_DATE-py310"], "patch_version": "2.11.0",
         "released": "2023-03-31", "end_of_patch": "2023-11-15", "end_of_availability": "2024-11-15"},
        {"id": "tensorflow/2.11-py310b", "framework": "tensorflow", "version": "2.11", "label": "2.11",
         "python": null, "os": null, "cuda": null, "driver": null, "accelerators": ["cpu"],
         "image_families": ["tf-2-11-cpu"], "patch_version": null,
         "released": null, "end_of_patch": "2023-11-15", "end_of_availability": "2024-11-15"},
        {"id": "containers/pytorch/2.4", "product": "containers", "framework": "pytorch", "version": "2.4", "label": "2.4 (Python 3.10)",
         "python": "3.10", "os": null, "cuda": "12.4", "driver": null, "accelerators": ["gpu"], "image_families": [],
         "container_images": ["us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu124.2-4.py310"],
         "patch_version": "2.4.0", "released": "2024-11-20", "end_of_patch": "2025-07-24", "end_of_availability": "2026-07-24"}
      ]
    }"#;

    fn replaced(from: &str, to: &str) -> String {
        assert!(GOOD.contains(from), "the fixture has no {from:?}");
        GOOD.replacen(from, to, 1)
    }

    /// Reads `text` and compares every problem's display with `expect`.
    fn check(text: &str, expect: &[&str]) {
        let report = read_catalog(text);
        let got: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(got, expect, "problems of:\n{text}");
        let has_error = report.errors().next().is_some();
        assert_eq!(
            report.catalog.is_none(),
            has_error,
            "a catalog comes back exactly when there is no error"
        );
    }

    #[test]
    fn the_fixture_is_valid() {
        check(GOOD, &[]);
        let catalog = read_catalog(GOOD).catalog.unwrap();
        assert_eq!(catalog.records.len(), 4);
        let product = |id: &str| catalog.record(id).map(|r| r.product);
        assert_eq!(product("containers/pytorch/2.4"), Some(Product::Containers));
        assert_eq!(
            product("pytorch/2.7"),
            Some(Product::Vm),
            "no product field: a VM image"
        );
        assert_eq!(
            catalog
                .record("tensorflow/2.11-py310")
                .map(|r| r.accelerators.as_ref()),
            Some([Accelerator::Cpu, Accelerator::Gpu].as_slice())
        );
        // Kept in display order (newest first), not the file's order.
        assert!(super::super::catalog::in_display_order(&catalog.records));
    }

    #[test]
    fn control_characters_are_located_errors_in_every_string() {
        // The compact form separates fields with U+001C..U+001F: a catalog
        // holding one would ship empty, so the reader refuses them.
        check(
            &replaced(r#""label": "2.7 (Python 3.10)""#, "\"label\": \"2.7\\u001f(Python 3.10)\""),
            &["error: record pytorch/2.7 (records[0]), field label: contains the control character U+001F at character 4"],
        );
        check(
            &replaced(r#""image_families": ["tf-2-11-cpu"]"#, r#""image_families": ["tf-2-11-cpu", "a\nb"]"#),
            &["error: record tensorflow/2.11-py310b (records[2]), field image_families: item 1: contains the control character U+000A at character 2"],
        );
        check(
            &replaced(r#""name": "images""#, r#""name": "im\tages""#),
            &["error: sources[0], field name: contains the control character U+0009 at character 3"],
        );
    }

    #[test]
    fn problems_name_the_index_in_the_file_when_earlier_entries_fail() {
        // records[0] cannot be read at all; the rules still name the
        // others by their place in the file, not by their place among the
        // records read.
        let text = replaced(
            r#""id": "pytorch/2.7", "framework": "pytorch""#,
            r#""id": "pytorch/2.7", "framework": 7"#,
        )
        .replacen(
            r#""id": "tensorflow/2.11-py310b""#,
            r#""id": "tensorflow/2.11-py310""#,
            1,
        );
        check(
            &text,
            &[
                "error: record pytorch/2.7 (records[0]), field framework: expected a string or null, found a number",
                "error: record tensorflow/2.11-py310 (records[2]), field id: duplicate id: records[1] has it already",
            ],
        );
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        check(
            "{\n  \"as_of\": \"2026-04-10\",\n  oops\n}",
            &["error: catalog: malformed JSON at line 3, column 3: key must be a string at line 3 column 3"],
        );
        check("", &["error: catalog: malformed JSON at line 1, column 0: EOF while parsing a value at line 1 column 0"]);
        check("[]", &["error: catalog: expected an object, found a list"]);
    }

    #[test]
    fn unknown_fields_are_named() {
        check(
            &replaced(r#""patch_version": "2.7.1","#, r#""patch_version": "2.7.1", "eol": "2027-01-01","#),
            &["error: record pytorch/2.7 (records[0]), field eol: unknown field (known fields: id, product, framework, version, label, python, os, cuda, driver, accelerators, image_families, container_images, patch_version, released, end_of_patch, end_of_availability, notes, data_issue)"],
        );
        check(
            &replaced(r#""as_of": "2026-04-10","#, r#""as_of": "2026-04-10", "version": 2,"#),
            &["error: catalog, field version: unknown field (known fields: $schema, as_of, sources, dependencies, records)"],
        );
    }

    #[test]
    fn bad_dates_and_types_are_located() {
        check(
            &replaced(r#""end_of_patch": "2026-04-13""#, r#""end_of_patch": "2026-02-30""#),
            &["error: record pytorch/2.7 (records[0]), field end_of_patch: \"2026-02-30\" is not a date: no such day in the calendar"],
        );
        check(
            &replaced(r#""released": null, "end_of_patch": "2026-04-13""#, r#""released": "13/04/2026", "end_of_patch": "2026-04-13""#),
            &["error: record pytorch/2.7 (records[0]), field released: \"13/04/2026\" is not a date: expected a date as YYYY-MM-DD"],
        );
        check(
            &replaced(r#""python": "3.10", "os": "Ubuntu 22.04""#, r#""python": 3.1, "os": "Ubuntu 22.04""#),
            &["error: record pytorch/2.7 (records[0]), field python: expected a string or null, found a number"],
        );
        check(
            &replaced(r#""end_of_patch": "2026-04-13", "#, ""),
            &["error: record pytorch/2.7 (records[0]), field end_of_patch: is required"],
        );
        check(
            &replaced(r#""as_of": "2026-04-10""#, r#""as_of": "April 2026""#),
            &["error: catalog, field as_of: \"April 2026\" is not a date: expected a date as YYYY-MM-DD"],
        );
    }

    #[test]
    fn end_of_patch_after_end_of_availability_is_an_error() {
        check(
            &replaced(r#""end_of_availability": "2027-04-13""#, r#""end_of_availability": "2026-01-01""#),
            &["error: record pytorch/2.7 (records[0]), field end_of_patch: end of patch 2026-04-13 is after end of availability 2026-01-01"],
        );
    }

    #[test]
    fn released_after_end_of_patch_is_an_error_unless_kept_with_a_data_issue() {
        let late = replaced(r#""released": "2023-03-31""#, r#""released": "2024-03-31""#);
        check(
            &late,
            &["error: record tensorflow/2.11-py310 (records[1]), field released: released 2024-03-31 is after end of patch 2023-11-15"],
        );
        let kept = late.replacen(
            r#""end_of_availability": "2024-11-15"}"#,
            r#""end_of_availability": "2024-11-15", "data_issue": "printed so by the source"}"#,
            1,
        );
        check(
            &kept,
            &["warning: record tensorflow/2.11-py310 (records[1]), field released: released 2024-03-31 is after end of patch 2023-11-15"],
        );
    }

    #[test]
    fn duplicate_ids_are_errors() {
        check(
            &replaced(r#""id": "tensorflow/2.11-py310b""#, r#""id": "tensorflow/2.11-py310""#),
            &["error: record tensorflow/2.11-py310 (records[2]), field id: duplicate id: records[1] has it already"],
        );
    }

    #[test]
    fn ids_must_match_framework_and_version() {
        check(
            &replaced(r#""id": "pytorch/2.7""#, r#""id": "pytorch/2.8""#),
            &["error: record pytorch/2.8 (records[0]), field id: does not match framework/version: expected pytorch/2.7 or pytorch/2.7-{variant}"],
        );
        check(
            &replaced(r#""id": "pytorch/2.7""#, r#""id": "pytorch/2.7-py310""#),
            &["error: record pytorch/2.7-py310 (records[0]), field id: pytorch/2.7 has one record, so its id is pytorch/2.7 with no variant"],
        );
        check(
            &replaced(r#""id": "tensorflow/2.11-py310b""#, r#""id": "tensorflow/2.11""#),
            &["error: record tensorflow/2.11 (records[2]), field id: tensorflow/2.11 has several records, so each id needs a variant: tensorflow/2.11-{variant}"],
        );
        check(
            &replaced(r#""id": "tensorflow/2.11-py310b""#, r#""id": "tensorflow/2.11-Py 3""#),
            &["error: record tensorflow/2.11-Py 3 (records[2]), field id: does not match framework/version: expected tensorflow/2.11 or tensorflow/2.11-{variant} (variant: lowercase letters, digits, '.', '-')"],
        );
        check(
            &replaced(r#""framework": "pytorch""#, r#""framework": "PyTorch""#),
            &["error: record pytorch/2.7 (records[0]), field framework: \"PyTorch\" is not one of tensorflow, pytorch, base, vllm"],
        );
    }

    #[test]
    fn dependencies_must_be_in_the_table() {
        check(
            &replaced(r#""python": "3.10", "os": "Ubuntu 22.04""#, r#""python": "3.11", "os": "Ubuntu 22.04""#),
            &[
                "error: record pytorch/2.7 (records[0]), field python: \"3.11\" is not in the dependency table (no python entry named \"3.11\")",
            ],
        );
        check(
            &replaced(r#""driver": null, "accelerators": ["gpu"]"#, r#""driver": "580", "accelerators": ["gpu"]"#),
            &["error: record pytorch/2.7 (records[0]), field driver: \"580\" is not in the dependency table (no driver entry named \"580\")"],
        );
        check(
            &replaced(r#""kind": "os""#, r#""kind": "kernel""#),
            &[
                "error: dependencies[1] (Ubuntu 22.04), field kind: \"kernel\" is not one of python, os, driver",
                // The rejected entry leaves its users pointing at nothing.
                "error: record pytorch/2.7 (records[0]), field os: \"Ubuntu 22.04\" is not in the dependency table (no os entry named \"Ubuntu 22.04\")",
            ],
        );
    }

    #[test]
    fn fields_must_agree_with_the_records_own_family_names() {
        check(
            &replaced(r#""product": "containers","#, r#""product": "docker","#),
            &["error: record containers/pytorch/2.4 (records[3]), field product: \"docker\" is not one of vm, containers"],
        );
        check(
            &replaced(r#""python": "3.10", "os": null, "cuda": "12.4""#, r#""python": "3.10", "os": null, "cuda": "12.1""#),
            &["error: record containers/pytorch/2.4 (records[3]), field cuda: image us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu124.2-4.py310 names CUDA 12.4 but cuda is \"12.1\""],
        );
        check(
            &replaced(r#""id": "containers/pytorch/2.4""#, r#""id": "pytorch/2.4""#),
            &["error: record pytorch/2.4 (records[3]), field id: does not match framework/version: expected containers/pytorch/2.4 or containers/pytorch/2.4-{variant}"],
        );
        check(
            &replaced(r#""cuda": "12.8""#, r#""cuda": "12.9""#),
            &["error: record pytorch/2.7 (records[0]), field cuda: image pytorch-2-7-cu128-ubuntu-2204-VERSION_DATE names CUDA 12.8 but cuda is \"12.9\""],
        );
    }

    #[test]
    fn accelerators_are_checked() {
        check(
            &replaced(r#""accelerators": ["gpu"]"#, r#""accelerators": ["tpu"]"#),
            &["error: record pytorch/2.7 (records[0]), field accelerators: \"tpu\" is not one of cpu, gpu"],
        );
        check(
            &replaced(r#""accelerators": ["gpu"]"#, r#""accelerators": []"#),
            &["error: record pytorch/2.7 (records[0]), field accelerators: lists no accelerator"],
        );
    }
}
