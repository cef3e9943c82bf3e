//! The shipped catalog: valid, faithful to the reference facts, identical in
//! its JSON and compiled forms, and described by its schema.

// Native only: the catalog reader and writer aren't in the bundle.
#![cfg(not(target_arch = "wasm32"))]
use dlvm_timeline::domain::catalog::{Catalog, DerivedField, Framework, Origin, Product};
use dlvm_timeline::domain::family::FamilyFacts;
use dlvm_timeline::domain::validate::{
    read_catalog, Level, CATALOG_FIELDS, DEPENDENCY_FIELDS, RECORD_FIELDS, SOURCE_FIELDS,
};
use dlvm_timeline::shipped::{SHIPPED, SHIPPED_JSON};
use serde_json::Value;
use std::path::Path;

fn parsed() -> Catalog {
    let report = read_catalog(SHIPPED_JSON);
    let errors: Vec<String> = report.errors().map(|p| p.to_string()).collect();
    assert!(
        errors.is_empty(),
        "the shipped catalog has errors: {errors:#?}"
    );
    report.catalog.expect("no errors, so a catalog")
}

#[test]
fn shipped_catalog_has_no_errors_and_warns_only_where_a_data_issue_is_noted() {
    let report = read_catalog(SHIPPED_JSON);
    assert_eq!(report.errors().count(), 0);
    let catalog = parsed();
    let mut warned: Vec<String> = report
        .warnings()
        .map(|p| {
            p.location
                .record
                .clone()
                .expect("every warning names its record")
        })
        .collect();
    warned.dedup();
    let noted: Vec<String> = catalog
        .records
        .iter()
        .filter(|r| r.data_issue.is_some())
        .map(|r| r.id.to_string())
        .collect();
    assert_eq!(warned, noted);
    assert!(report.problems.iter().all(|p| p.level == Level::Warning));
    // The TF 2.11 py310 row is printed with an end of patch before its release.
    assert!(report.warnings().any(|p| p.location.record.as_deref()
        == Some("tensorflow/2.11-py310")
        && p.location.field.as_deref() == Some("released")));
}

#[test]
fn compiled_catalog_equals_the_json() {
    assert_eq!(parsed(), *SHIPPED);
}

#[test]
fn shipped_catalog_holds_the_38_vm_and_34_container_records() {
    let count = |p, f| SHIPPED.records_of(p, f).count();
    assert_eq!(
        (
            count(Product::Vm, Framework::Base),
            count(Product::Vm, Framework::PyTorch),
            count(Product::Vm, Framework::TensorFlow),
            count(Product::Vm, Framework::Vllm),
        ),
        (13, 11, 14, 0)
    );
    assert_eq!(
        (
            count(Product::Containers, Framework::Base),
            count(Product::Containers, Framework::PyTorch),
            count(Product::Containers, Framework::TensorFlow),
            count(Product::Containers, Framework::Vllm),
        ),
        (9, 9, 15, 1)
    );
    // Container ids are distinct from VM ids.
    for record in SHIPPED.records.iter() {
        assert_eq!(
            record.id.starts_with("containers/"),
            record.product == Product::Containers,
            "{}",
            record.id
        );
    }
    assert_eq!(SHIPPED.as_of.to_string(), "2026-04-10");
    for id in [
        "tensorflow/2.16",
        "tensorflow/2.11-py37",
        "tensorflow/2.11-py310",
        "base/cu129-ubuntu-2404",
        "pytorch/2.4",
    ] {
        assert!(
            SHIPPED.record(id).is_some(),
            "{id} is a documented example id"
        );
    }
    // A version without its variant stands for the newest Python.
    let newest = SHIPPED.newest_variant(Product::Vm, Framework::TensorFlow, "2.11");
    assert_eq!(newest.map(|r| r.id.as_ref()), Some("tensorflow/2.11-py310"));
    let newest = SHIPPED.newest_variant(Product::Vm, Framework::PyTorch, "2.9");
    assert_eq!(
        newest.map(|r| r.id.as_ref()),
        Some("pytorch/2.9-ubuntu-2404")
    );
}

/// Field names of one object of the schema (`properties` keys), sorted.
fn schema_fields(schema: &Value, pointer: &str) -> Vec<String> {
    let mut names: Vec<String> = schema
        .pointer(pointer)
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("schema has {pointer}"))
        .keys()
        .cloned()
        .collect();
    names.sort();
    names
}

fn sorted(fields: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    names.sort();
    names
}

#[test]
fn schema_describes_exactly_the_fields_the_reader_accepts() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("static/catalog.schema.json"),
    )
    .expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    assert_eq!(
        schema_fields(&schema, "/properties"),
        sorted(CATALOG_FIELDS)
    );
    assert_eq!(
        schema_fields(&schema, "/properties/sources/items/properties"),
        sorted(SOURCE_FIELDS)
    );
    assert_eq!(
        schema_fields(&schema, "/properties/dependencies/items/properties"),
        sorted(DEPENDENCY_FIELDS)
    );
    assert_eq!(
        schema_fields(&schema, "/$defs/record/properties"),
        sorted(RECORD_FIELDS)
    );
}

/// The reference facts this catalog was read from: the repository's copy
/// (`tests/fixtures/reference/`), so a clone checks them anywhere (GitHub's
/// CI too); `the_reference_copy_is_the_shared_one` holds it to
/// `../shared/reference/` where that is beside the checkout.
fn reference() -> Vec<Value> {
    serde_json::from_str(include_str!("fixtures/reference/dlvm-lifecycle-facts.json"))
        .expect("reference is JSON")
}

#[test]
fn the_reference_copy_is_the_shared_one() {
    let shared =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/dlvm-lifecycle-facts.json");
    let Ok(text) = std::fs::read_to_string(&shared) else {
        eprintln!("skipped: {} is not here", shared.display());
        return;
    };
    let shared: Vec<Value> = serde_json::from_str(&text).expect("shared reference is JSON");
    assert!(
        shared == reference(),
        "tests/fixtures/reference/dlvm-lifecycle-facts.json differs from {}: copy it over \
         (the catalog is refreshed from the same facts in the same change)",
        "../shared/reference/dlvm-lifecycle-facts.json"
    );
}

fn text(value: &Value, field: &str) -> Option<String> {
    value.get(field).and_then(Value::as_str).map(str::to_owned)
}

#[test]
fn every_record_matches_its_reference_row_and_nothing_is_invented() {
    let reference = reference();
    let rows: Vec<&Value> = reference
        .iter()
        .filter(|r| {
            let catalog = r.get("catalog").and_then(Value::as_str);
            catalog == Some("gcp-deep-learning-vm")
                || catalog == Some("gcp-deep-learning-containers")
        })
        .collect();
    assert_eq!(rows.len(), SHIPPED.records.len());
    // catalog.json follows the reference's order; the embedded catalog keeps
    // display order, so pair rows with records through the file's ids.
    let file: Value = serde_json::from_str(SHIPPED_JSON).expect("catalog.json is JSON");
    let file_ids = file["records"].as_array().expect("records").iter();
    for (row, id) in rows.iter().zip(file_ids) {
        let id = id["id"].as_str().expect("an id");
        let record = SHIPPED.record(id).expect("the file's record is embedded");
        let product = match row.get("catalog").and_then(Value::as_str) {
            Some("gcp-deep-learning-containers") => Product::Containers,
            _ => Product::Vm,
        };
        assert_eq!(record.product, product, "{} product", record.id);
        let id = &record.id;
        assert_eq!(
            text(row, "variant_label").as_deref(),
            Some(record.label.as_ref()),
            "{id} label"
        );
        assert_eq!(
            text(row, "end_of_patch"),
            Some(record.end_of_patch.to_string()),
            "{id} end_of_patch"
        );
        assert_eq!(
            text(row, "end_of_availability"),
            Some(record.end_of_availability.to_string()),
            "{id} end_of_availability"
        );
        assert_eq!(
            text(row, "released"),
            record.released.map(|d| d.to_string()),
            "{id} released"
        );
        assert_eq!(
            text(row, "python").as_deref(),
            record.python.as_deref(),
            "{id} python"
        );
        assert_eq!(
            text(row, "cuda").as_deref(),
            record.cuda.as_deref(),
            "{id} cuda"
        );
        // An OS the table leaves blank is filled only where a source states
        // it, and marked derived: a family name seen verbatim (or the
        // container's own name) says it, or the release note's words do.
        let seen: Vec<String> = row
            .get("image_families_seen_verbatim")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        let ours_seen: Vec<String> = record.families_seen.iter().map(|f| f.to_string()).collect();
        assert_eq!(seen, ours_seen, "{id} image_families_seen");
        match (text(row, "os"), record.os.as_deref()) {
            (Some(table), os) => assert_eq!(Some(table.as_str()), os, "{id} os"),
            (None, None) => {}
            (None, Some(os)) => {
                let stated_by = |name: &str| FamilyFacts::read(name).os.as_deref() == Some(os);
                let from_names = seen.iter().any(|f| stated_by(f))
                    || record
                        .container_images
                        .iter()
                        .any(|c| FamilyFacts::read_container(c).os.as_deref() == Some(os));
                let from_note =
                    text(row, "released_note").is_some_and(|n| n.contains(&format!("on {os}")));
                let origin = record.derived_from(DerivedField::Os);
                assert!(
                    (from_names && matches!(origin, Some(Origin::FamilyName | Origin::ContainerName)))
                        || (from_note && origin == Some(Origin::ReleaseNotes)),
                    "{id}: OS {os} is not stated by a source, or not marked derived from it ({origin:?})"
                );
            }
        }
        let families: Vec<String> = row
            .get("image_families")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        let ours: Vec<String> = record
            .image_families
            .iter()
            .map(|f| f.to_string())
            .collect();
        assert_eq!(families, ours, "{id} image_families");
    }
}

/// What a catalog dependency is named after an endoflife.date row.
fn dependency_name(row: &Value) -> Option<String> {
    let version = text(row, "version")?;
    match text(row, "framework")?.as_str() {
        "Python" => Some(version),
        os @ ("Ubuntu" | "Debian") => Some(format!("{os} {version}")),
        "NVIDIA Driver" => Some(
            version
                .trim_start_matches('r')
                .trim_end_matches("-linux")
                .to_owned(),
        ),
        _ => None,
    }
}

#[test]
fn every_dependency_matches_endoflife_date() {
    let reference = reference();
    let rows: Vec<(String, &Value)> = reference
        .iter()
        .filter(|r| r.get("catalog").and_then(Value::as_str) == Some("endoflife.date"))
        .filter_map(|r| Some((dependency_name(r)?, r)))
        .collect();
    assert_eq!(
        rows.len(),
        SHIPPED.dependencies.len(),
        "one dependency per Python/OS/driver row"
    );
    for dependency in SHIPPED.dependencies.iter() {
        let (_, row) = rows
            .iter()
            .find(|(name, _)| name == dependency.name.as_ref())
            .unwrap_or_else(|| panic!("{} has a reference row", dependency.name));
        let raw = row.get("endoflife_raw").expect("endoflife_raw");
        // Debian's free security updates end with LTS (eoes); the others' with eol.
        let column = if dependency.name.starts_with("Debian") {
            "eoes"
        } else {
            "eol"
        };
        assert_eq!(
            text(raw, column),
            Some(dependency.end_of_life.to_string()),
            "{} end_of_life",
            dependency.name
        );
    }
}

#[test]
fn writing_and_reading_back_the_shipped_catalog_changes_nothing() {
    let text = dlvm_timeline::domain::validate::to_json(&SHIPPED);
    let report = read_catalog(&text);
    assert_eq!(report.errors().count(), 0);
    assert_eq!(report.catalog.as_ref(), Some(&*SHIPPED));
}

#[test]
fn the_compact_form_decodes_to_the_same_catalog() {
    use dlvm_timeline::domain::compact::{compact, decode};
    use dlvm_timeline::domain::synthetic::synthetic_catalog;
    for catalog in [parsed(), synthetic_catalog(500, &SHIPPED)] {
        let text: &'static str = Box::leak(compact(&catalog).into_boxed_str());
        assert_eq!(decode(text).as_ref(), Some(&catalog));
    }
    assert_eq!(decode("not a catalog"), None);
    assert_eq!(decode(""), None);
}

#[test]
fn the_embedded_catalog_is_stored_newest_first_and_decode_insists() {
    use dlvm_timeline::domain::catalog::in_display_order;
    use dlvm_timeline::domain::compact::{compact, decode};
    // The browser lists a framework's records in stored order, unsorted.
    assert!(in_display_order(&SHIPPED.records));
    let tf = SHIPPED.newest_first(Product::Vm, Framework::TensorFlow);
    let versions: Vec<&str> = tf.iter().take(3).map(|r| r.version.as_ref()).collect();
    assert_eq!(versions, ["2.17", "2.16", "2.15"]);
    // Text written in another order is refused, not shown misordered.
    let mut reversed = SHIPPED.clone();
    reversed.records.to_mut().reverse();
    let text: &'static str = Box::leak(compact(&reversed).into_boxed_str());
    assert_eq!(decode(text), None);
}

/// Every pair of records that lists one framework version in both products
/// (VM images and containers) either agrees on the policy's dates and CUDA
/// or says so on both sides: each names the other in `conflicts_with` and in
/// a flag the reader sees. Counted here independently of the validator.
#[test]
fn every_conflict_between_the_two_lists_is_flagged_on_both_records() {
    let catalog = parsed();
    let mut pairs = 0;
    let mut conflicts = 0;
    for vm in catalog.records.iter().filter(|r| r.product == Product::Vm) {
        for container in catalog.records.iter().filter(|r| {
            r.product == Product::Containers
                && r.framework == vm.framework
                && r.version == vm.version
        }) {
            pairs += 1;
            let differ = vm.end_of_patch != container.end_of_patch
                || vm.end_of_availability != container.end_of_availability
                || vm.cuda != container.cuda;
            let flagged = vm.conflicts_with.contains(&container.id);
            let returned = container.conflicts_with.contains(&vm.id);
            assert_eq!(flagged, returned, "{} ↔ {}: one-sided", vm.id, container.id);
            if differ && vm.python == container.python {
                assert!(
                    flagged,
                    "{} and {} differ without a flag",
                    vm.id, container.id
                );
            }
            if flagged {
                conflicts += 1;
                for (record, other) in [(vm, container), (container, vm)] {
                    assert!(
                        record.flags.iter().any(|f| f.contains(other.id.as_ref())),
                        "{}: no flag names {}: {:?}",
                        record.id,
                        other.id,
                        record.flags
                    );
                }
            }
        }
    }
    // 41 pairs share a framework version; 8 of them disagree (base cu122 and
    // cu123 dates, PyTorch 1.12 dates, PyTorch 1.13 and TensorFlow 2.15 CUDA,
    // TensorFlow 2.11 py310 and 2.6 py39 dates).
    assert_eq!((pairs, conflicts), (41, 8));
    for (vm, container) in [
        ("base/cu123", "containers/base/cu123"),
        ("base/cu122", "containers/base/cu122"),
        ("tensorflow/2.11-py310", "containers/tensorflow/2.11-py310"),
        ("tensorflow/2.6-py39", "containers/tensorflow/2.6-py39"),
        ("pytorch/1.12", "containers/pytorch/1.12-py310"),
        ("pytorch/1.13-py310", "containers/pytorch/1.13-py310"),
    ] {
        let record = catalog.record(vm).expect(vm);
        assert!(
            record
                .conflicts_with
                .iter()
                .any(|id| id.as_ref() == container),
            "{vm} → {container}"
        );
    }
}
