//! The support-policy engine, rule by rule, at every boundary: the day
//! before, the day of and the day after each date; on small hand-made
//! catalogs and on the fixture catalog (a frozen copy of part of the
//! shipped one). Native only: the catalogs are read by the catalog reader,
//! which the bundle doesn't carry.

#![cfg(not(target_arch = "wasm32"))]

use dlvm_timeline::domain::catalog::Catalog;
use dlvm_timeline::domain::date::Date;
use dlvm_timeline::domain::policy::{
    count_statuses, evaluate, stale_for, status_at, ChangeKind, Policy, Severity, Status,
    StatusCounts, WarningKind,
};
use dlvm_timeline::domain::validate::read_catalog;
use dlvm_timeline::testing::{FIXTURE, FIXTURE_JSON};

fn day(text: &str) -> Date {
    Date::parse_iso(text).expect("test dates are valid")
}

/// A catalog holding the given records (JSON objects, without the fields
/// every test would repeat), with a small dependency table.
fn catalog(as_of: &str, records: &[&str]) -> Catalog {
    let records: Vec<String> = records
        .iter()
        .map(|r| {
            let mut record: serde_json::Value = serde_json::from_str(&format!(
                r#"{{"label": "x", "image_families": [], "notes": [], "accelerators": ["gpu"], {r}}}"#
            ))
            .expect("a test record is JSON");
            // The label "x" prints nothing: every value is derived.
            let derived: serde_json::Map<String, serde_json::Value> = ["python", "os", "driver"]
                .into_iter()
                .filter(|f| record.get(*f).is_some_and(|v| !v.is_null()))
                .map(|f| (f.to_owned(), "family-name".into()))
                .collect();
            record["derived"] = derived.into();
            record.to_string()
        })
        .collect();
    let text = format!(
        r#"{{"as_of": "{as_of}", "sources": [],
        "dependencies": [
          {{"kind": "python", "name": "3.7", "label": "Python 3.7", "end_of_life": "2023-06-27", "basis": "eol"}},
          {{"kind": "python", "name": "3.10", "label": "Python 3.10", "end_of_life": "2026-10-31", "basis": "eol"}},
          {{"kind": "python", "name": "3.12", "label": "Python 3.12", "end_of_life": "2028-10-31", "basis": "eol"}},
          {{"kind": "os", "name": "Debian 11", "label": "Debian 11", "end_of_life": "2026-08-31", "basis": "lts"}},
          {{"kind": "os", "name": "Ubuntu 22.04", "label": "Ubuntu 22.04", "end_of_life": "2027-04-01", "basis": "eol"}},
          {{"kind": "driver", "name": "570", "label": "R570", "end_of_life": "2026-01-27", "basis": "eol"}},
          {{"kind": "driver", "name": "580", "label": "R580", "end_of_life": "2028-08-04", "basis": "eol"}}
        ],
        "records": [{}]}}"#,
        records.join(",")
    );
    let report = read_catalog(&text);
    let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    report
        .catalog
        .unwrap_or_else(|| panic!("test catalog is invalid: {problems:#?}"))
}

const PLAIN: &str = r#""id": "pytorch/2.3", "framework": "pytorch", "version": "2.3",
    "released": "2024-08-20", "end_of_patch": "2025-04-24", "end_of_availability": "2026-04-24""#;
const EQUAL_ENDS: &str = r#""id": "pytorch/2.9", "framework": "pytorch", "version": "2.9",
    "end_of_patch": "2028-08-04", "end_of_availability": "2028-08-04""#;

#[test]
fn status_at_every_boundary() {
    let catalog = catalog("2026-04-10", &[PLAIN, EQUAL_ENDS]);
    let check = |id: &str, at: &str, expect: Status| {
        let record = catalog.record(id).expect("record exists");
        assert_eq!(status_at(record, day(at)), expect, "{id} at {at}");
    };
    // Released 2024-08-20.
    check("pytorch/2.3", "2024-08-19", Status::Upcoming);
    check("pytorch/2.3", "2024-08-20", Status::Supported);
    check("pytorch/2.3", "2024-08-21", Status::Supported);
    // End of patch 2025-04-24: the day itself is still covered.
    check("pytorch/2.3", "2025-04-23", Status::Supported);
    check("pytorch/2.3", "2025-04-24", Status::Supported);
    check("pytorch/2.3", "2025-04-25", Status::Deprecated);
    // End of availability 2026-04-24.
    check("pytorch/2.3", "2026-04-23", Status::Deprecated);
    check("pytorch/2.3", "2026-04-24", Status::Deprecated);
    check("pytorch/2.3", "2026-04-25", Status::Unavailable);
    // No release date: available from the start.
    check("pytorch/2.9", "1970-01-01", Status::Supported);
    // Equal end dates: supported straight to unavailable.
    check("pytorch/2.9", "2028-08-03", Status::Supported);
    check("pytorch/2.9", "2028-08-04", Status::Supported);
    check("pytorch/2.9", "2028-08-05", Status::Unavailable);
    check("pytorch/2.9", "9999-12-31", Status::Unavailable);
}

#[test]
fn days_remaining_count_to_each_boundary() {
    let catalog = catalog("2026-04-10", &[PLAIN]);
    let record = catalog.record("pytorch/2.3").expect("record exists");
    let check = |at: &str, release: Option<i64>, patch: i64, availability: i64| {
        let e = evaluate(&catalog, record, day(at), Policy::default());
        assert_eq!(
            (
                e.days_to_release,
                e.days_to_end_of_patch,
                e.days_to_end_of_availability
            ),
            (release, patch, availability),
            "at {at}"
        );
    };
    check("2024-08-19", Some(1), 248, 613);
    check("2025-04-24", Some(-247), 0, 365);
    check("2025-04-25", Some(-248), -1, 364);
    check("2026-04-24", Some(-612), -365, 0);
    check("2026-04-25", Some(-613), -366, -1);
}

/// The warning kinds an evaluation gives, in order.
fn kinds(catalog: &Catalog, id: &str, at: &str, warn_days: i64) -> Vec<&'static str> {
    let record = catalog.record(id).expect("record exists");
    evaluate(catalog, record, day(at), Policy { warn_days })
        .warnings
        .iter()
        .map(|w| w.kind.slug())
        .collect()
}

#[test]
fn end_date_warnings_at_their_thresholds() {
    let catalog = catalog("2026-04-10", &[PLAIN]);
    let check = |at: &str, warn_days: i64, expect: &[&str]| {
        assert_eq!(
            kinds(&catalog, "pytorch/2.3", at, warn_days),
            expect,
            "at {at}, threshold {warn_days}"
        );
    };
    // End of patch 2025-04-24; 90 days before is 2025-01-24.
    check("2025-01-23", 90, &[]);
    check("2025-01-24", 90, &["end-of-patch-soon"]);
    check("2025-04-24", 90, &["end-of-patch-soon"]);
    check("2025-04-25", 90, &["deprecated"]);
    // The threshold is a parameter.
    check("2025-01-24", 30, &[]);
    check("2025-03-25", 30, &["end-of-patch-soon"]);
    // End of availability 2026-04-24; 90 days before is 2026-01-24.
    check("2026-01-23", 90, &["deprecated"]);
    check(
        "2026-01-24",
        90,
        &["end-of-availability-soon", "deprecated"],
    );
    check(
        "2026-04-24",
        90,
        &["end-of-availability-soon", "deprecated"],
    );
    check("2026-04-25", 90, &["unavailable"]);
}

#[test]
fn equal_end_dates_warn_of_both_then_unavailable() {
    let catalog = catalog("2028-04-01", &[EQUAL_ENDS]);
    let check = |at: &str, expect: &[&str]| {
        assert_eq!(kinds(&catalog, "pytorch/2.9", at, 90), expect, "at {at}");
    };
    check("2028-05-05", &[]);
    check(
        "2028-05-06",
        &["end-of-availability-soon", "end-of-patch-soon"],
    );
    check(
        "2028-08-04",
        &["end-of-availability-soon", "end-of-patch-soon"],
    );
    check("2028-08-05", &["unavailable"]);
}

#[test]
fn dependency_warnings_follow_their_end_of_life() {
    let record = r#""id": "base/cu128", "framework": "base", "version": "cu128", "python": "3.10",
        "os": "Debian 11", "driver": "570",
        "end_of_patch": "2030-01-01", "end_of_availability": "2031-01-01""#;
    // (Staleness is no warning: see catalog_goes_stale….)
    let catalog = catalog("2026-09-01", &[record]);
    let check = |at: &str, expect: &[&str]| {
        assert_eq!(kinds(&catalog, "base/cu128", at, 90), expect, "at {at}");
    };
    // Driver 570 ends 2026-01-27: 90 days before is 2025-10-29.
    check("2025-10-28", &[]);
    check("2025-10-29", &["driver-eol-soon"]);
    check("2026-01-27", &["driver-eol-soon"]);
    check("2026-01-28", &["driver-eol"]);
    // Debian 11 LTS ends 2026-08-31 (soon from 2026-06-02); Python 3.10 ends 2026-10-31.
    check("2026-06-01", &["driver-eol"]);
    check("2026-06-02", &["driver-eol", "os-eol-soon"]);
    check(
        "2026-08-02",
        &["driver-eol", "python-eol-soon", "os-eol-soon"],
    );
    check("2026-09-01", &["os-eol", "driver-eol", "python-eol-soon"]);
    check("2026-10-31", &["os-eol", "driver-eol", "python-eol-soon"]);
    check("2026-11-01", &["python-eol", "os-eol", "driver-eol"]);
}

#[test]
fn catalog_goes_stale_180_days_after_as_of_on_the_readers_today() {
    let catalog = catalog("2026-04-10", &[EQUAL_ENDS]);
    // 2026-04-10 + 180 days = 2026-10-07.
    assert_eq!(stale_for(&catalog, day("2026-10-07")), None);
    assert_eq!(stale_for(&catalog, day("2026-10-08")), Some(181));
    assert_eq!(stale_for(&catalog, day("2026-11-30")), Some(234));
    // Staleness is said once, by the notice: never as a version's warning.
    assert_eq!(
        kinds(&catalog, "pytorch/2.9", "2026-10-08", 90),
        Vec::<&str>::new()
    );
}
#[test]
fn data_issues_are_warned_about_with_their_text() {
    let record = r#""id": "tensorflow/2.11", "framework": "tensorflow", "version": "2.11",
        "released": "2023-03-31", "end_of_patch": "2022-11-15", "end_of_availability": "2023-11-15",
        "data_issue": "printed so""#;
    let catalog = catalog("2026-04-10", &[record]);
    let tf = catalog.record("tensorflow/2.11").expect("record exists");
    let e = evaluate(&catalog, tf, day("2023-04-01"), Policy::default());
    assert_eq!(e.status, Status::Deprecated);
    let issue = e.warnings.iter().find(|w| w.kind == WarningKind::DataIssue);
    assert_eq!(issue.and_then(|w| w.subject.as_deref()), Some("printed so"));
    // Before its (printed) release it is upcoming, and never supported.
    assert_eq!(status_at(tf, day("2022-11-15")), Status::Upcoming);
}

/// README's warning table is what the engine does: same kinds, same severities.
#[test]
fn readme_warning_table_matches_the_engine() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let mut documented: Vec<(String, String)> = Vec::new();
    for line in readme.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (Some(kinds), Some(severity)) = (cells.get(1), cells.get(2)) else {
            continue;
        };
        if !["critical", "warning", "info"].contains(severity) {
            continue;
        }
        for kind in kinds.split(", ") {
            documented.push((kind.trim_matches('`').to_owned(), severity.to_string()));
        }
    }
    let mut engine: Vec<(String, String)> = WarningKind::ALL
        .iter()
        .map(|k| (k.slug().to_owned(), k.severity().slug().to_owned()))
        .collect();
    documented.sort();
    engine.sort();
    assert_eq!(documented, engine);
}

/// The engine orders warnings by kind; that must be most severe first.
#[test]
fn warning_kinds_are_declared_most_severe_first() {
    for pair in WarningKind::ALL.windows(2) {
        assert!(pair[0] < pair[1], "ALL is in declaration order");
        assert!(
            pair[0].severity() <= pair[1].severity(),
            "{:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
}

#[test]
fn warnings_come_most_severe_first() {
    let record = r#""id": "base/cu128", "framework": "base", "version": "cu128", "python": "3.7",
        "os": "Debian 11", "driver": "570", "data_issue": "x",
        "end_of_patch": "2026-04-13", "end_of_availability": "2026-06-01""#;
    let catalog = catalog("2025-01-01", &[record]);
    let e = evaluate(
        &catalog,
        catalog.record("base/cu128").expect("record"),
        day("2026-04-20"),
        Policy::default(),
    );
    let got: Vec<(&str, Severity)> = e
        .warnings
        .iter()
        .map(|w| (w.kind.slug(), w.severity()))
        .collect();
    assert_eq!(
        got,
        [
            ("end-of-availability-soon", Severity::Critical),
            ("deprecated", Severity::Warning),
            ("python-eol", Severity::Warning),
            ("driver-eol", Severity::Warning),
            ("data-issue", Severity::Info),
        ]
    );
}

const OLD_GPU: &str = r#""id": "pytorch/2.3", "framework": "pytorch", "version": "2.3", "python": "3.10",
    "cuda": "12.1", "end_of_patch": "2025-04-24", "end_of_availability": "2026-04-24""#;
const NEW_2204: &str = r#""id": "pytorch/2.9", "framework": "pytorch", "version": "2.9",
    "python": "3.12", "os": "Ubuntu 22.04", "cuda": "12.9", "driver": "580",
    "end_of_patch": "2028-08-04", "end_of_availability": "2028-08-04""#;
const MID: &str = r#""id": "pytorch/2.7", "framework": "pytorch", "version": "2.7", "python": "3.10",
    "os": "Ubuntu 22.04", "cuda": "12.8", "driver": "570",
    "end_of_patch": "2026-04-13", "end_of_availability": "2027-04-13""#;
const TF_CPU: &str = r#""id": "tensorflow/2.17", "framework": "tensorflow", "version": "2.17",
    "python": "3.10", "cuda": "12.3", "accelerators": ["cpu", "gpu"],
    "end_of_patch": "2025-07-11", "end_of_availability": "2026-07-11""#;
const BASE_CPU: &str = r#""id": "base/cpu", "framework": "base", "version": "cpu", "python": "3.10",
    "os": "Debian 11", "accelerators": ["cpu"],
    "end_of_patch": "2029-01-01", "end_of_availability": "2030-01-01""#;

fn advice_for(catalog: &Catalog, id: &str, at: &str) -> Option<(String, bool, Vec<String>)> {
    let record = catalog.record(id).expect("record exists");
    let e = evaluate(catalog, record, day(at), Policy::default());
    e.advice.map(|a| {
        let changes = a
            .changes
            .iter()
            .map(|c| {
                format!(
                    "{}: {:?} -> {:?}",
                    c.kind.slug(),
                    c.from.as_deref(),
                    c.to.as_deref()
                )
            })
            .collect();
        (a.to.id.to_string(), a.same_framework, changes)
    })
}

#[test]
fn advice_names_the_newest_supported_record_of_the_framework() {
    let catalog = catalog("2026-04-10", &[OLD_GPU, NEW_2204, MID]);
    // On 2026-01-01 2.7 and 2.9 are both supported: 2.9 is newer.
    assert_eq!(
        advice_for(&catalog, "pytorch/2.3", "2026-01-01"),
        Some((
            "pytorch/2.9".to_owned(),
            true,
            vec![
                "python: Some(\"3.10\") -> Some(\"3.12\")".to_owned(),
                "os: None -> Some(\"Ubuntu 22.04\")".to_owned(),
                "driver: None -> Some(\"580\")".to_owned(),
            ]
        ))
    );
    // A supported record gets no advice.
    assert_eq!(advice_for(&catalog, "pytorch/2.7", "2026-01-01"), None);
    // Once 2.7 is deprecated it is advised 2.9 too, with the driver change.
    let (to, _, changes) = advice_for(&catalog, "pytorch/2.7", "2026-04-14").expect("advice");
    assert_eq!(to, "pytorch/2.9");
    assert!(changes.contains(&"driver: Some(\"570\") -> Some(\"580\")".to_owned()));
}

#[test]
fn advice_reports_a_cuda_major_change_only_across_majors() {
    let old11 = r#""id": "pytorch/2.0", "framework": "pytorch", "version": "2.0", "python": "3.12",
        "os": "Ubuntu 22.04", "driver": "580", "cuda": "11.8",
        "end_of_patch": "2024-03-15", "end_of_availability": "2025-03-15""#;
    let old12 = r#""id": "pytorch/2.2", "framework": "pytorch", "version": "2.2", "python": "3.12",
        "os": "Ubuntu 22.04", "driver": "580", "cuda": "12.1",
        "end_of_patch": "2025-01-30", "end_of_availability": "2026-01-30""#;
    let catalog = catalog("2026-04-10", &[old11, old12, NEW_2204]);
    let (to, _, changes) = advice_for(&catalog, "pytorch/2.0", "2026-01-01").expect("advice");
    assert_eq!(to, "pytorch/2.9");
    assert_eq!(changes, ["cuda-major: Some(\"11.8\") -> Some(\"12.9\")"]);
    // 12.1 -> 12.9 is the same major: nothing to re-test there.
    let (_, _, changes) = advice_for(&catalog, "pytorch/2.2", "2026-01-01").expect("advice");
    assert_eq!(changes, Vec::<String>::new());
    assert_eq!(ChangeKind::CudaMajor.slug(), "cuda-major");
}

#[test]
fn advice_falls_back_to_another_framework_preferring_the_same_accelerator() {
    let tf_gpu = r#""id": "tensorflow/2.3", "framework": "tensorflow", "version": "2.3",
        "cuda": "11.3", "end_of_patch": "2023-09-01", "end_of_availability": "2024-09-01""#;
    let catalog = catalog("2026-04-10", &[TF_CPU, tf_gpu, NEW_2204, BASE_CPU]);
    // No TensorFlow is supported on 2026-01-01. TF 2.17 offers CPU and GPU,
    // so both others share a kind with it; Base CPU's support lasts longer.
    let (to, same, _) = advice_for(&catalog, "tensorflow/2.17", "2026-01-01").expect("advice");
    assert_eq!((to.as_str(), same), ("base/cpu", false));
    // A GPU-only record prefers the GPU fallback although Base CPU lasts longer.
    let (to, same, _) = advice_for(&catalog, "tensorflow/2.3", "2026-01-01").expect("advice");
    assert_eq!((to.as_str(), same), ("pytorch/2.9", false));
    // With no GPU record supported any more, it takes what there is.
    let (to, _, _) = advice_for(&catalog, "tensorflow/2.3", "2028-09-01").expect("advice");
    assert_eq!(to, "base/cpu");
    // When nothing at all is supported, there is no advice.
    assert_eq!(advice_for(&catalog, "tensorflow/2.17", "2031-01-01"), None);
}

#[test]
fn status_counts_per_framework() {
    let catalog = catalog("2026-04-10", &[OLD_GPU, NEW_2204, MID, TF_CPU]);
    assert_eq!(
        count_statuses(
            &catalog,
            dlvm_timeline::domain::catalog::Product::Vm,
            dlvm_timeline::domain::catalog::Framework::PyTorch,
            day("2026-04-14")
        ),
        StatusCounts {
            upcoming: 0,
            supported: 1,
            deprecated: 2,
            unavailable: 0
        }
    );
}

/// The fixture catalog (real records) on days whose answers the reference
/// states.
#[test]
fn real_records_statuses_on_known_days() {
    let check = |id: &str, at: &str, expect: Status| {
        let record = FIXTURE
            .record(id)
            .unwrap_or_else(|| panic!("{id} is in the fixture"));
        assert_eq!(status_at(record, day(at)), expect, "{id} at {at}");
    };
    // The 2025-07-14 release note: end of patch reached for TF 2.17 and
    // earlier, PyTorch 2.3 and earlier, Base CUDA 12.4 and earlier.
    for id in ["tensorflow/2.17", "pytorch/2.3", "base/cu124"] {
        check(id, "2025-07-14", Status::Deprecated);
    }
    // The catalog's as_of: PyTorch 2.7 and Base cu128 are one day from their
    // end of patch (2026-04-13).
    check("pytorch/2.7", "2026-04-10", Status::Supported);
    check("pytorch/2.7", "2026-04-14", Status::Deprecated);
    check("base/cu128", "2027-04-13", Status::Deprecated);
    check("base/cu128", "2027-04-14", Status::Unavailable);
    check("pytorch/2.9-ubuntu-2404", "2028-08-04", Status::Supported);
    check("pytorch/2.9-ubuntu-2404", "2028-08-05", Status::Unavailable);
    // TF 2.16 is available until 2026-06-28 inclusive.
    check("tensorflow/2.16", "2026-06-28", Status::Deprecated);
    check("tensorflow/2.16", "2026-06-29", Status::Unavailable);
}

#[test]
fn real_records_advice_on_2026_11_26_points_at_pytorch_2_9() {
    let tf = FIXTURE.record("tensorflow/2.16").expect("in the fixture");
    let e = evaluate(&FIXTURE, tf, day("2026-11-26"), Policy::default());
    assert_eq!(e.status, Status::Unavailable);
    let advice = e.advice.expect("some record is supported");
    // No TensorFlow is supported any more: the fallback is another framework.
    assert!(!advice.same_framework);
    assert_eq!(status_at(advice.to, day("2026-11-26")), Status::Supported);
    let kinds: Vec<&str> = e.warnings.iter().map(|w| w.kind.slug()).collect();
    assert_eq!(kinds, ["unavailable", "python-eol"]);

    let pt = FIXTURE.record("pytorch/2.4").expect("in the fixture");
    let advice = evaluate(&FIXTURE, pt, day("2026-11-26"), Policy::default())
        .advice
        .expect("PyTorch 2.9 is supported");
    assert!(advice.same_framework);
    assert_eq!(advice.to.version, "2.9");
}

#[test]
fn latest_image_check_counts_back_from_the_date_or_the_end_of_patch() {
    use dlvm_timeline::domain::policy::{evaluate_image, newer_image_warning};
    let catalog = catalog("2026-04-10", &[PLAIN]); // end of patch 2025-04-24
    let record = catalog.record("pytorch/2.3").expect("record");
    let check = |at: &str, built: &str| {
        newer_image_warning(record, day(at), day(built), "fam").map(|w| w.kind.slug())
    };
    // While supported: more than 30 days before the evaluation date.
    assert_eq!(check("2025-03-01", "2025-01-30"), None); // 30 days
    assert_eq!(
        check("2025-03-01", "2025-01-29"),
        Some("newer-image-available")
    ); // 31 days
       // After end of patch no newer image comes: count back from it.
    assert_eq!(check("2026-01-01", "2025-03-25"), None); // 30 days before 2025-04-24
    assert_eq!(
        check("2026-01-01", "2025-03-24"),
        Some("newer-image-available")
    );
    let e = evaluate_image(
        &catalog,
        record,
        day("2025-03-01"),
        Policy::default(),
        Some(day("2024-09-01")),
        "pytorch-2-3-py310",
    );
    let kinds: Vec<&str> = e.warnings.iter().map(|w| w.kind.slug()).collect();
    assert_eq!(kinds, ["end-of-patch-soon", "newer-image-available"]);
    let warning = &e.warnings[1];
    assert_eq!(
        (warning.subject.as_deref(), warning.date),
        (Some("pytorch-2-3-py310"), Some(day("2024-09-01")))
    );
    // No build date, no check.
    let e = evaluate_image(
        &catalog,
        record,
        day("2025-03-01"),
        Policy::default(),
        None,
        "x",
    );
    assert_eq!(e.warnings.len(), 1);
}

#[test]
fn far_dates_evaluate_every_record_sanely() {
    // The expectation straight from the catalog's JSON text (ISO dates
    // compare as strings), not from the code under test.
    let json: serde_json::Value = serde_json::from_str(FIXTURE_JSON).expect("fixture JSON");
    let rows = json["records"].as_array().expect("records");
    let text = |row: &serde_json::Value, field: &str| row[field].as_str().map(str::to_owned);
    for at in ["1970-01-01", "2024-02-29", "9999-12-31"] {
        for row in rows {
            let id = text(row, "id").expect("id");
            let record = FIXTURE.record(&id).expect("fixture record");
            let expected = match text(row, "released") {
                Some(released) if at < released.as_str() => Status::Upcoming,
                _ if at <= text(row, "end_of_patch").expect("eop").as_str() => Status::Supported,
                _ if at <= text(row, "end_of_availability").expect("eoa").as_str() => {
                    Status::Deprecated
                }
                _ => Status::Unavailable,
            };
            let e = evaluate(&FIXTURE, record, day(at), Policy::default());
            assert_eq!(e.status, expected, "{id} at {at}");
            assert!(e
                .warnings
                .iter()
                .all(|w| w.date.is_some() || w.kind == WarningKind::DataIssue));
        }
    }
}

#[test]
fn debian_era_records_warn_that_debian_11_is_past_its_end_of_life() {
    // OS filled from the families seen verbatim (tf-2-12-cpu-debian-11-py310):
    // Debian 11's LTS ended 2026-08-31.
    for id in [
        "tensorflow/2.12",
        "tensorflow/2.11-py310",
        "tensorflow/2.6-py39",
        "pytorch/1.13-py310",
    ] {
        let record = FIXTURE.record(id).expect("in the fixture");
        assert_eq!(record.os.as_deref(), Some("Debian 11"), "{id}");
        let e = evaluate(&FIXTURE, record, day("2026-11-30"), Policy::default());
        let os = e.warnings.iter().find(|w| w.kind == WarningKind::OsEol);
        assert_eq!(os.and_then(|w| w.date), Some(day("2026-08-31")), "{id}");
    }
}
