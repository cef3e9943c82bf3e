//! The validator on a small hand-made catalog, each test breaking one thing.
use super::catalog::{Accelerator, DerivedField, Origin, Product};
use super::date::Date;
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
     "released": null, "end_of_patch": "2026-04-13", "end_of_availability": "2027-04-13", "notes": [],
     "derived": {"os": "family-name"}},
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
        &["error: record pytorch/2.7 (records[0]), field eol: unknown field (known fields: id, product, framework, version, label, python, os, cuda, driver, accelerators, image_families, container_images, patch_version, released, end_of_patch, end_of_availability, notes, data_issue, image_families_seen, derived, flags, conflicts_with)"],
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
        &[
            "error: record pytorch/2.7 (records[0]), field driver: \"580\" is not in the dependency table (no driver entry named \"580\")",
            "error: record pytorch/2.7 (records[0]), field driver: \"580\" is not printed in the label \"2.7 (Python 3.10)\": derived must say where it comes from",
        ],
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

#[test]
fn a_value_the_label_does_not_print_says_where_it_comes_from() {
    // Without `derived`, the OS the label does not print is refused.
    check(
        &replaced(r#", "notes": [],
     "derived": {"os": "family-name"}}"#, r#", "notes": []}"#),
        &["error: record pytorch/2.7 (records[0]), field os: \"Ubuntu 22.04\" is not printed in the label \"2.7 (Python 3.10)\": derived must say where it comes from"],
    );
    // A derived field must have a value and a known origin.
    check(
        &replaced(r#""derived": {"os": "family-name"}"#, r#""derived": {"os": "family-name", "driver": "family-name", "python": "a guess"}"#),
        &[
            "error: record pytorch/2.7 (records[0]), field derived: python: \"a guess\" is not one of family-name, container-name, release-notes",
            "error: record pytorch/2.7 (records[0]), field derived: driver is null: nothing was derived",
        ],
    );
    // What a reader's image name says is a lookup's, never a catalog's.
    check(
        &replaced(r#""derived": {"os": "family-name"}"#, r#""derived": {"os": "image-name"}"#),
        &[
            "error: record pytorch/2.7 (records[0]), field derived: os: \"image-name\" is not one of family-name, container-name, release-notes",
            "error: record pytorch/2.7 (records[0]), field os: \"Ubuntu 22.04\" is not printed in the label \"2.7 (Python 3.10)\": derived must say where it comes from",
        ],
    );
    let catalog = read_catalog(GOOD).catalog.expect("valid");
    let record = catalog.record("pytorch/2.7").expect("a record");
    assert_eq!(
        record.derived_from(DerivedField::Os),
        Some(Origin::FamilyName)
    );
    assert_eq!(record.derived_from(DerivedField::Python), None);
}

#[test]
fn a_conflict_is_flagged_on_both_records_and_every_difference_is_one() {
    // The container list prints another end of patch for PyTorch 2.4…
    let vm_twin = r#"{"id": "pytorch/2.4", "framework": "pytorch", "version": "2.4", "label": "2.4 (Python 3.10)",
     "python": "3.10", "os": null, "cuda": "12.4", "driver": null, "accelerators": ["gpu"],
     "image_families": ["pytorch-2-4-VERSION_DATE-py310"], "patch_version": "2.4.0",
     "released": "2024-11-20", "end_of_patch": "2025-07-25", "end_of_availability": "2026-07-24"CONFLICT},
    {"id": "containers/pytorch/2.4""#;
    let with_twin = |vm: &str, container: &str| {
        replaced(
            r#"{"id": "containers/pytorch/2.4""#,
            &vm_twin.replace("CONFLICT", vm),
        )
        .replacen(
            r#""end_of_availability": "2026-07-24"}"#,
            &format!(r#""end_of_availability": "2026-07-24"{container}}}"#),
            1,
        )
    };
    // … unflagged: an error on the VM record.
    check(
        &with_twin("", ""),
        &["error: record pytorch/2.4 (records[3]), field conflicts_with: containers/pytorch/2.4 prints other values (end_of_patch 2025-07-25 vs 2025-07-24): name it in conflicts_with, on both records"],
    );
    // … flagged on one side only: an error on that side.
    check(
        &with_twin(r#", "conflicts_with": ["containers/pytorch/2.4"]"#, ""),
        &["error: record pytorch/2.4 (records[3]), field conflicts_with: containers/pytorch/2.4 does not name pytorch/2.4 back: flag a conflict on both records"],
    );
    // … on both: valid.
    check(
        &with_twin(
            r#", "conflicts_with": ["containers/pytorch/2.4"]"#,
            r#", "conflicts_with": ["pytorch/2.4"]"#,
        ),
        &[],
    );
    // Naming a record that does not exist, or is no twin.
    check(
        &replaced(r#""patch_version": "2.7.1","#, r#""patch_version": "2.7.1", "conflicts_with": ["containers/pytorch/9.9", "tensorflow/2.11-py310"],"#),
        &[
            "error: record pytorch/2.7 (records[0]), field conflicts_with: \"containers/pytorch/9.9\" is not a record of the catalog",
            "error: record pytorch/2.7 (records[0]), field conflicts_with: tensorflow/2.11-py310 is not the other product's record of pytorch 2.7",
        ],
    );
}

#[test]
fn as_of_is_the_oldest_google_page() {
    let google = r#"{"name": "images", "url": "https://docs.cloud.google.com/deep-learning-vm/docs/images", "page_date": "2026-04-10", "read": "2026-05-01"},
    {"name": "notes", "url": "https://docs.cloud.google.com/deep-learning-vm/docs/release-notes", "page_date": "2026-03-02"}"#;
    check(
        &replaced(r#"{"name": "images", "url": "https://example.com/images", "page_date": "2026-04-10"}"#, google),
        &["error: catalog, field as_of: 2026-04-10 is not the page date of the oldest Google source (2026-03-02)"],
    );
    let catalog = read_catalog(&replaced(
        r#""page_date": "2026-04-10"}"#,
        r#""page_date": "2026-04-10", "read": "2026-05-01"}"#,
    ))
    .catalog
    .expect("valid");
    assert_eq!(catalog.sources[0].read, Date::from_ymd(2026, 5, 1));
}
