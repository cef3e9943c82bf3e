//! The rules that span fields, records or tables: unique ids and
//! dependencies, ids that match framework and version, dates in order,
//! dependencies the table has, fields that agree with the record's own
//! image names.

use super::catalog::{Catalog, DependencyKind, Framework, Product};
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

/// The rules that span fields, records or tables.
pub(super) fn check_rules(catalog: &Catalog, places: &Places, problems: &mut Vec<Problem>) {
    let mut seen_dependencies: BTreeMap<(DependencyKind, &str), usize> = BTreeMap::new();
    for (read, dependency) in catalog.dependencies.iter().enumerate() {
        let index = places.dependencies.get(read).copied().unwrap_or(read);
        let key = (dependency.kind, dependency.name.as_ref());
        if let Some(first) = seen_dependencies.insert(key, index) {
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
        // A value kept as printed, with a note saying so, is a warning.
        let kept = if record.data_issue.is_some() {
            Level::Warning
        } else {
            Level::Error
        };

        if let Some(first) = seen_ids.insert(record.id.as_ref(), index) {
            report(
                Level::Error,
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
                Level::Error,
                "version",
                format!("{:?} is not URL-safe (lowercase letters, digits, '.', '-')", record.version),
            ),
            None => report(
                Level::Error,
                "id",
                format!("does not match framework/version: expected {stem} or {stem}-{{variant}}"),
            ),
            Some("") if shared => report(
                Level::Error,
                "id",
                format!(
                    "{stem} has several records, so each id needs a variant: {stem}-{{variant}}"
                ),
            ),
            Some("") => {}
            Some(rest) => match rest.strip_prefix('-') {
                Some(variant) if is_slug(variant) && shared => {}
                Some(_) if !shared => report(
                    Level::Error,
                    "id",
                    format!("{stem} has one record, so its id is {stem} with no variant"),
                ),
                _ => report(
                    Level::Error,
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
