//! The rules that span fields, records or tables: unique ids and
//! dependencies, ids that match framework and version, dates in order,
//! dependencies the table has, fields that agree with the record's own
//! image names.

use super::catalog::{Catalog, DependencyKind, Framework, Product, Record};
use super::family::FamilyFacts;
use super::{Level, Location, Places, Problem};
use std::collections::BTreeMap;

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
}

/// What a rule about one record sees.
struct Seen<'a> {
    catalog: &'a Catalog,
    record: &'a Record,
    /// Whether other records share its product, framework and version.
    shared: bool,
    /// The level of a value kept as printed: a warning when a note says so.
    kept: Level,
}

/// Reports a problem of the record: its level, field and reason.
type Report<'r> = dyn FnMut(Level, &str, String) + 'r;

/// A rule about one record.
type RecordRule = fn(&Seen, &mut Report);

/// The rules each record must keep, in the order their problems are told.
const RECORD_RULES: [RecordRule; 4] = [
    id_names_framework_and_version,
    dates_in_order,
    dependencies_are_listed,
    names_agree_with_fields,
];

/// The rules that span fields, records or tables.
pub(super) fn check_rules(catalog: &Catalog, places: &Places, problems: &mut Vec<Problem>) {
    unique_dependencies(catalog, places, problems);
    let mut versions: BTreeMap<(Product, Framework, &str), usize> = BTreeMap::new();
    for record in catalog.records.iter() {
        *versions
            .entry((record.product, record.framework, record.version.as_ref()))
            .or_default() += 1;
    }
    let mut seen_ids: BTreeMap<&str, usize> = BTreeMap::new();
    for (read, record) in catalog.records.iter().enumerate() {
        let index = places.records.get(read).copied().unwrap_or(read);
        let mut report = |level: Level, field: &str, reason: String| {
            problems.push(Problem {
                level,
                location: Location {
                    path: format!("records[{index}]"),
                    record: Some(record.id.to_string()),
                    field: Some(field.to_owned()),
                },
                reason,
            })
        };
        if let Some(first) = seen_ids.insert(record.id.as_ref(), index) {
            report(
                Level::Error,
                "id",
                format!("duplicate id: records[{first}] has it already"),
            );
        }
        let seen = Seen {
            catalog,
            record,
            shared: versions
                .get(&(record.product, record.framework, record.version.as_ref()))
                .is_some_and(|count| *count > 1),
            kept: if record.data_issue.is_some() {
                Level::Warning
            } else {
                Level::Error
            },
        };
        for rule in RECORD_RULES {
            rule(&seen, &mut report);
        }
    }
}

/// Each dependency is listed once.
fn unique_dependencies(catalog: &Catalog, places: &Places, problems: &mut Vec<Problem>) {
    let mut seen: BTreeMap<(DependencyKind, &str), usize> = BTreeMap::new();
    for (read, dependency) in catalog.dependencies.iter().enumerate() {
        let index = places.dependencies.get(read).copied().unwrap_or(read);
        let key = (dependency.kind, dependency.name.as_ref());
        if let Some(first) = seen.insert(key, index) {
            problems.push(Problem {
                level: Level::Error,
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
}

/// The id is `{product prefix}{framework}/{version}`, with `-{variant}`
/// exactly when several records share that version; the version is URL-safe.
fn id_names_framework_and_version(seen: &Seen, report: &mut Report) {
    let record = seen.record;
    let stem = format!(
        "{}{}/{}",
        record.product.id_prefix(),
        record.framework.slug(),
        record.version
    );
    let mut error = |field: &str, reason: String| report(Level::Error, field, reason);
    match record.id.strip_prefix(stem.as_str()) {
        _ if !is_slug(&record.version) => error(
            "version",
            format!("{:?} is not URL-safe (lowercase letters, digits, '.', '-')", record.version),
        ),
        None => error(
            "id",
            format!("does not match framework/version: expected {stem} or {stem}-{{variant}}"),
        ),
        Some("") if seen.shared => error(
            "id",
            format!("{stem} has several records, so each id needs a variant: {stem}-{{variant}}"),
        ),
        Some("") => {}
        Some(rest) => match rest.strip_prefix('-') {
            Some(variant) if is_slug(variant) && seen.shared => {}
            Some(_) if !seen.shared => error(
                "id",
                format!("{stem} has one record, so its id is {stem} with no variant"),
            ),
            _ => error(
                "id",
                format!("does not match framework/version: expected {stem} or {stem}-{{variant}} (variant: lowercase letters, digits, '.', '-')"),
            ),
        },
    }
}

/// Released ≤ end of patch ≤ end of availability.
fn dates_in_order(seen: &Seen, report: &mut Report) {
    let record = seen.record;
    if record.end_of_patch > record.end_of_availability {
        report(
            seen.kept,
            "end_of_patch",
            format!(
                "end of patch {} is after end of availability {}",
                record.end_of_patch, record.end_of_availability
            ),
        );
    }
    if let Some(released) = record.released.filter(|r| *r > record.end_of_patch) {
        report(
            seen.kept,
            "released",
            format!(
                "released {released} is after end of patch {}",
                record.end_of_patch
            ),
        );
    }
}

/// Every Python, OS and driver the record names is in the dependency table.
fn dependencies_are_listed(seen: &Seen, report: &mut Report) {
    for kind in DependencyKind::ALL {
        let Some(name) = seen.record.dependency_name(kind) else {
            continue;
        };
        if seen.catalog.dependency(kind, name).is_none() {
            report(
                Level::Error,
                kind.slug(),
                format!(
                    "{name:?} is not in the dependency table (no {} entry named {name:?})",
                    kind.slug()
                ),
            );
        }
    }
}

/// The record's own family names and container images agree with its fields.
fn names_agree_with_fields(seen: &Seen, report: &mut Report) {
    let record = seen.record;
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
            let Some(named) = named.filter(|named| Some(*named) != value) else {
                continue;
            };
            let value = value.map_or("null".to_owned(), |v| format!("{v:?}"));
            report(
                seen.kept,
                field,
                format!("image {family} names {what} {named} but {field} is {value}"),
            );
        }
    }
}
