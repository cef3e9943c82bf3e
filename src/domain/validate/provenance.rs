//! Rules about where the catalog's facts come from: a value the row's label
//! does not print says where it was derived from; a difference between the
//! VM and the container list of one framework version is flagged on both
//! records, each naming the other; the catalog is as fresh as the oldest of
//! Google's pages.

use super::catalog::{Catalog, DerivedField, Product, Record};
use super::{Level, Location, Places, Problem};

/// The value of a field that can be derived.
fn value(record: &Record, field: DerivedField) -> Option<&str> {
    match field {
        DerivedField::Python => record.python.as_deref(),
        DerivedField::Os => record.os.as_deref(),
        DerivedField::Cuda => record.cuda.as_deref(),
        DerivedField::Driver => record.driver.as_deref(),
    }
}

/// Whether the row's label prints the field's value: `Python 3.10` or
/// `py310` for Python, the OS name, the driver branch. (CUDA comes from the
/// list's accelerator column, which prints it for every row.)
fn label_prints(record: &Record, field: DerivedField) -> bool {
    let label = record.label.as_ref();
    match (field, value(record, field)) {
        (_, None) | (DerivedField::Cuda, _) => true,
        (DerivedField::Python, Some(_)) => label.contains("Python") || label.contains("(py"),
        (DerivedField::Os | DerivedField::Driver, Some(value)) => label.contains(value),
    }
}

/// Fields whose VM and container lists may not disagree silently.
fn differences(vm: &Record, container: &Record) -> Vec<String> {
    let mut out = Vec::new();
    let mut compare = |name: &str, a: String, b: String| {
        if a != b {
            out.push(format!("{name} {a} vs {b}"));
        }
    };
    compare(
        "end_of_patch",
        vm.end_of_patch.to_string(),
        container.end_of_patch.to_string(),
    );
    compare(
        "end_of_availability",
        vm.end_of_availability.to_string(),
        container.end_of_availability.to_string(),
    );
    let cuda = |r: &Record| r.cuda.as_deref().unwrap_or("none").to_owned();
    compare("cuda", cuda(vm), cuda(container));
    out
}

pub(super) fn check_provenance(catalog: &Catalog, places: &Places, problems: &mut Vec<Problem>) {
    let at = |read: usize| places.records.get(read).copied().unwrap_or(read);
    for (read, record) in catalog.records.iter().enumerate() {
        let mut report = |field: &str, reason: String| {
            problems.push(Problem {
                level: Level::Error,
                location: Location {
                    path: format!("records[{}]", at(read)),
                    record: Some(record.id.to_string()),
                    field: Some(field.to_owned()),
                },
                reason,
            })
        };
        derived_says_where(record, &mut report);
        conflicts_name_each_other(catalog, record, &mut report);
        differences_are_flagged(catalog, record, &mut report);
    }
    as_of_is_the_oldest_page(catalog, problems);
}

/// Every value the label doesn't print says where it was derived, and
/// nothing is marked derived that has no value.
fn derived_says_where(record: &Record, report: &mut dyn FnMut(&str, String)) {
    for field in DerivedField::ALL {
        if record.derived_from(field).is_some() && value(record, field).is_none() {
            report(
                "derived",
                format!("{} is null: nothing was derived", field.slug()),
            );
        }
    }
    for field in DerivedField::ALL {
        if !label_prints(record, field) && record.derived_from(field).is_none() {
            report(
                field.slug(),
                format!(
                    "{:?} is not printed in the label {:?}: derived must say where it comes from",
                    value(record, field).unwrap_or(""),
                    record.label
                ),
            );
        }
    }
}

/// `conflicts_with` names the other product's record of the same version,
/// which names this one back.
fn conflicts_name_each_other(
    catalog: &Catalog,
    record: &Record,
    report: &mut dyn FnMut(&str, String),
) {
    for other_id in record.conflicts_with.iter() {
        match catalog.record(other_id) {
            None => report(
                "conflicts_with",
                format!("{other_id:?} is not a record of the catalog"),
            ),
            Some(other)
                if other.product == record.product
                    || other.framework != record.framework
                    || other.version != record.version =>
            {
                report(
                    "conflicts_with",
                    format!(
                        "{other_id} is not the other product's record of {} {}",
                        record.framework.slug(),
                        record.version
                    ),
                )
            }
            Some(other) if !other.conflicts_with.contains(&record.id) => report(
                "conflicts_with",
                format!(
                    "{other_id} does not name {} back: flag a conflict on both records",
                    record.id
                ),
            ),
            Some(_) => {}
        }
    }
}

/// Every difference between the VM and container lists is flagged, both ways.
fn differences_are_flagged(
    catalog: &Catalog,
    record: &Record,
    report: &mut dyn FnMut(&str, String),
) {
    if record.product != Product::Vm {
        return;
    }
    let twins = catalog.records.iter().filter(|c| {
        c.product == Product::Containers
            && c.framework == record.framework
            && c.version == record.version
            && c.python == record.python
    });
    for twin in twins {
        let differ = differences(record, twin);
        if !differ.is_empty() && !record.conflicts_with.contains(&twin.id) {
            report(
                "conflicts_with",
                format!(
                    "{} prints other values ({}): name it in conflicts_with, on both records",
                    twin.id,
                    differ.join(", ")
                ),
            );
        }
    }
}

/// The catalog is as fresh as the oldest of Google's pages.
fn as_of_is_the_oldest_page(catalog: &Catalog, problems: &mut Vec<Problem>) {
    let oldest = catalog
        .sources
        .iter()
        .filter(|s| s.is_google())
        .filter_map(|s| s.page_date)
        .min();
    if let Some(oldest) = oldest.filter(|oldest| *oldest != catalog.as_of) {
        problems.push(Problem {
            level: Level::Error,
            location: Location {
                path: String::new(),
                record: None,
                field: Some("as_of".to_owned()),
            },
            reason: format!(
                "{} is not the page date of the oldest Google source ({oldest})",
                catalog.as_of
            ),
        });
    }
}
