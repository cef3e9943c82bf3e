//! `check-image` and `scan`: image names in pipelines, judged by the policy.
//!
//! The fixture tree `tests/fixtures/scan/repo/` holds real-looking files of
//! each kind (Terraform, a Dockerfile, Kubernetes and Cloud Build YAML, a
//! GitHub workflow, shell, Python, Markdown, minified JSON, Latin-1 text, a
//! binary file, a git-ignored directory). The 5 MB file is made here, not
//! committed.
//!
//! Verdicts depend on the catalog: they are judged on the fixture catalog
//! (`testing::FIXTURE`) through the commands' functions (`scan::scan`,
//! `verdict::judge`), so a refresh of the shipped catalog changes none of
//! them; `run` checks what doesn't depend on the data (paths, arguments,
//! exit codes), or computes its expectations from `SHIPPED`. The reports'
//! golden files and the text and GitHub formats, which need the command
//! line's printers, are tested in `src/cli/tests.rs`.

#![cfg(not(target_arch = "wasm32"))]

use dlvm_timeline::cli::run;
use dlvm_timeline::cli::scan::{references, scan, Options, ScanReport, DEFAULT_MAX_FILE_SIZE};
use dlvm_timeline::cli::verdict::{judge, Stage, Verdict};
use dlvm_timeline::domain::catalog::Catalog;
use dlvm_timeline::domain::date::Date;
use dlvm_timeline::domain::policy::{Policy, DEFAULT_WARN_DAYS};
use dlvm_timeline::shipped::SHIPPED;
use dlvm_timeline::testing::FIXTURE;
use proptest::prelude::*;
use serde_json::Value;

const REPO: &str = "tests/fixtures/scan/repo";
const AT: &str = "2026-11-30";

/// The levels `--fail-on` takes, in order.
const LEVELS: [Stage; 4] = [
    Stage::Supported,
    Stage::Soon,
    Stage::Deprecated,
    Stage::Unavailable,
];

fn day(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

/// `path` scanned on `catalog` on `AT`, failing on `fail_on`.
fn scanned_on(catalog: &Catalog, path: &str, fail_on: Stage, max_file_size: u64) -> ScanReport {
    let options = Options {
        at: day(AT),
        policy: Policy::default(),
        fail_on,
        fail_on_unknown: false,
        max_file_size,
    };
    scan(catalog, &[path.to_owned()], &options)
}

/// `name` judged on the fixture catalog on `at`.
fn judged(name: &str, at: &str, warn_days: i64) -> Verdict {
    judge(&FIXTURE, name, day(at), Policy { warn_days })
}

/// SARIF names files relative to `%SRCROOT%` (where the scan ran) whatever
/// form the path was given in: CI passes `$GITHUB_WORKSPACE`, an absolute
/// path, and validators reject absolute URIs beside a `uriBaseId`.
#[test]
fn sarif_uris_are_relative_to_srcroot_even_for_an_absolute_path() {
    let absolute = std::fs::canonicalize(REPO).unwrap();
    let sarif = |path: &str| -> Value {
        let out = run(&["scan", path, "--at", AT, "--format", "sarif"]);
        serde_json::from_str(&out.stdout).unwrap()
    };
    let locations = |log: &Value| -> Vec<(String, String)> {
        log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let at = &r["locations"][0]["physicalLocation"]["artifactLocation"];
                (
                    at["uri"].as_str().unwrap().to_owned(),
                    at["uriBaseId"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let relative = locations(&sarif(REPO));
    assert!(!relative.is_empty());
    assert_eq!(locations(&sarif(absolute.to_str().unwrap())), relative);
    for (uri, base) in &relative {
        assert!(uri.starts_with(REPO) && !uri.starts_with('/'), "{uri}");
        assert_eq!(base, "%SRCROOT%");
    }
    let driver = &sarif(REPO)["runs"][0]["tool"]["driver"];
    assert!(driver["informationUri"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
}

/// The fixture repository's report (as `--format json` prints it).
fn scanned() -> Value {
    let report = scanned_on(&FIXTURE, REPO, Stage::Deprecated, DEFAULT_MAX_FILE_SIZE);
    serde_json::to_value(&report).unwrap()
}

fn found(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                format!(
                    "{}:{}:{}",
                    f["path"]
                        .as_str()
                        .unwrap()
                        .trim_start_matches("tests/fixtures/scan/repo/"),
                    f["line"],
                    f["column"]
                ),
                f["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn what_the_scan_finds_and_what_it_leaves() {
    let report = scanned();
    let found = found(&report);
    let at = |place: &str| {
        found
            .iter()
            .find(|(p, _)| p == place)
            .map(|(_, n)| n.as_str())
    };
    // Each kind of file, the name exactly as written.
    assert_eq!(
        at("terraform/main.tf:8:14"),
        Some("pytorch-2-7-cu128-ubuntu-2204-nvidia-570")
    );
    assert_eq!(
        at("terraform/main.tf:18:16"),
        Some("projects/deeplearning-platform-release/global/images/family/pytorch-2-9-cu129-ubuntu-2404-nvidia-580")
    );
    assert_eq!(
        at("docker/Dockerfile:2:6"),
        Some("us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu124.2-4.py310:m127")
    );
    assert_eq!(
        at(".github/workflows/ci.yml:6:16"),
        Some("us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu124.2-4.py310")
    );
    assert_eq!(
        at("cloudbuild.yaml:2:12"),
        Some("us-docker.pkg.dev/deeplearning-platform-release/gcr.io/base-cu122.py310")
    );
    assert_eq!(
        at("scripts/create-vm.sh:9:49"),
        Some("pytorch-2-4-cu124-v20250301-debian-11-py310")
    );
    assert_eq!(
        at("docs/environments.md:4:2"),
        Some("tf-2-12-cpu-debian-11-py310")
    );
    // A name split across quotes: the literal piece that is a name.
    assert_eq!(at("training/launch.py:6:25"), Some("tf2-cpu.2-17.py310"));
    assert_eq!(
        at("terraform/main.tf:36:34"),
        Some("pytorch-2-9-cu129-ubuntu-2204")
    );
    // A minified line: every name, at its column.
    assert_eq!(
        at("config/environments.min.json:1:35"),
        Some("pytorch-2-7-cu128-ubuntu-2204-nvidia-570")
    );
    assert_eq!(
        at("config/environments.min.json:1:208"),
        Some("common-cu129-ubuntu-2404-nvidia-580")
    );
    // Latin-1 bytes before a name: columns count characters.
    assert_eq!(
        at("docs/notes-latin1.txt:1:30"),
        Some("common-cu128-ubuntu-2204-nvidia-570")
    );
    // Variables, f-strings and flags are not names; the ignored line, the
    // git-ignored directory and the binary file are not read.
    for (place, name) in &found {
        assert!(
            !name.contains('$') && !name.contains('{'),
            "{place}: {name}"
        );
        assert!(!place.starts_with("build/"), "{place}: git-ignored");
        assert!(!name.contains("base-cu124"), "{place}: the ignored line");
        assert!(!place.starts_with("assets/"), "{place}: binary");
    }
    assert_eq!(report["ignored"], 1);
    assert_eq!(
        report["skipped"][0]["path"],
        "tests/fixtures/scan/repo/assets/model.bin"
    );
    assert_eq!(found.len(), 21);
    // A rolling family and TensorFlow Enterprise are reported; a misspelled
    // framework is not an image name; a family that contradicts its record
    // is placed on it.
    assert_eq!(at("scripts/notebooks.sh:6:18"), Some("pytorch-latest-gpu"));
    assert_eq!(at("scripts/notebooks.sh:8:18"), Some("tf-ent-2-11-cu113"));
    assert_eq!(
        at("scripts/notebooks.sh:12:18"),
        Some("common-cu124-ubuntu-2204")
    );
    assert!(found.iter().all(|(_, name)| !name.contains("pytoch")));
    // Unplaced names: an ambiguous one fails whatever the level; those the
    // catalog has no dates for are notices unless --fail-on-unknown.
    let unplaced: Vec<(&str, &str, bool)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["level"].is_null())
        .map(|f| {
            let fails = f["fails"].as_bool().unwrap();
            (
                f["name"].as_str().unwrap(),
                f["lookup"].as_str().unwrap(),
                fails,
            )
        })
        .collect();
    assert_eq!(
        unplaced,
        [
            ("tf-2-11-cpu", "ambiguous", true),
            ("pytorch-latest-gpu", "rolling", false),
            ("tf-ent-2-11-cu113", "retired", false),
            (
                "pytorch-2-10-cu130-ubuntu-2404-nvidia-590",
                "not-in-catalog",
                false
            ),
        ]
    );
    // With --fail-on-unknown, on the same fixture catalog.
    let options = Options {
        at: day(AT),
        policy: Policy::default(),
        fail_on: Stage::Deprecated,
        fail_on_unknown: true,
        max_file_size: DEFAULT_MAX_FILE_SIZE,
    };
    let strict = serde_json::to_value(scan(&FIXTURE, &[REPO.to_owned()], &options)).unwrap();
    let failing_unplaced = strict["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["level"].is_null() && f["fails"] == true)
        .count();
    assert_eq!(failing_unplaced, 4);
}

/// A folder under the temporary folder, made afresh, with `files` in it
/// (a path ending in `/` is a folder).
fn tree(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dlvm-scan-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        if text.is_empty() && path.to_string_lossy().ends_with('/') {
            std::fs::create_dir_all(&path).unwrap();
        } else {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        }
    }
    dir
}

#[test]
fn versions_written_as_prose_are_not_image_names() {
    // Google writes every framework version as `2-17`; `2.1` is prose, an
    // environment's name or someone else's image. Too long is not a name.
    let long = format!("https://example.com/{}/base-config.yaml", "a".repeat(300));
    let text = format!(
        "name: pytorch-2.1\nTested with tf-2.15.\nFROM myorg/pytorch-2.1:latest\n{long}\n\
         image: us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu121.2-1.py310\n\
         family: pytorch-2-4-cu124-debian-11-py310\n\
         serving: us-docker.pkg.dev/deeplearning-platform-release/vertex-model-garden/vllm-inference.cu121.0-5.ubuntu2204.py310\n"
    );
    let (found, _) = references(text.as_bytes());
    let names: Vec<&str> = found.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu121.2-1.py310",
            "pytorch-2-4-cu124-debian-11-py310",
            "us-docker.pkg.dev/deeplearning-platform-release/vertex-model-garden/vllm-inference.cu121.0-5.ubuntu2204.py310",
        ]
    );
}

#[test]
fn a_byte_order_mark_is_not_a_column() {
    let name = "pytorch-2-4-cu124-debian-11-py310";
    let (found, _) = references(format!("\u{feff}image: {name}\n").as_bytes());
    assert_eq!((found[0].line, found[0].column), (1, 8));
    let (found, _) = references(format!("image: {name}\n").as_bytes());
    assert_eq!((found[0].line, found[0].column), (1, 8));
}

#[test]
fn ignore_files_above_the_scanned_repository_or_tree_are_not_read() {
    const PIPELINE: &str = "image: pytorch-2-7-cu128-ubuntu-2204-nvidia-570\n";
    // A home folder kept in git whose `.gitignore` is `*` (dotfiles), and a
    // project of its own under it: git reads the project's files.
    let home = tree(
        "home",
        &[
            (".gitignore", "*\n"),
            (".git/", ""),
            ("proj/.git/", ""),
            ("proj/.gitignore", "build/\n"),
            ("proj/ci.yml", PIPELINE),
            ("proj/build/out.yml", PIPELINE),
        ],
    );
    // An unpacked archive (no git) under a folder with the same `.gitignore`.
    let outside = tree(
        "outside",
        &[
            (".gitignore", "*\n"),
            ("tree/.gitignore", "build/\n"),
            ("tree/ci.yml", PIPELINE),
            ("tree/build/out.yml", PIPELINE),
        ],
    );
    for root in [home.join("proj"), outside.join("tree")] {
        let path = root.to_str().unwrap();
        let out = run(&["scan", path, "--at", AT, "--format", "json"]);
        let report: Value = serde_json::from_str(&out.stdout).unwrap();
        // ci.yml and .gitignore, not build/out.yml: the tree's own ignore
        // file is read.
        assert_eq!(report["files_scanned"], 2, "{path}: {}", out.stdout);
        let found = report["findings"].as_array().unwrap();
        assert_eq!(found.len(), 1, "{path}: {}", out.stdout);
        assert!(found[0]["path"].as_str().unwrap().ends_with("ci.yml"));
    }
    let _ = std::fs::remove_dir_all(home);
    let _ = std::fs::remove_dir_all(outside);
}

#[test]
fn paths_that_overlap_read_each_file_once() {
    let whole = scanned_on(&FIXTURE, REPO, Stage::Deprecated, DEFAULT_MAX_FILE_SIZE);
    let options = Options {
        at: day(AT),
        policy: Policy::default(),
        fail_on: Stage::Deprecated,
        fail_on_unknown: false,
        max_file_size: DEFAULT_MAX_FILE_SIZE,
    };
    let paths = [REPO.to_owned(), format!("./{REPO}/.github")];
    let overlapping = scan(&FIXTURE, &paths, &options);
    assert_eq!(overlapping.files_scanned, whole.files_scanned);
    assert_eq!(overlapping.findings.len(), whole.findings.len());
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::process::{Command, Stdio};
    // `dlvm-timeline scan … | head`: the reader is gone before the report is
    // written. The verdict stands, and nothing panics.
    let mut child = Command::new(env!("CARGO_BIN_EXE_dlvm-timeline"))
        .args(["scan", REPO, "--at", AT, "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let verdict = i32::from(run(&["scan", REPO, "--at", AT]).code);
    assert_eq!(out.status.code(), Some(verdict), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_large_file_is_skipped_unless_the_limit_allows_it() {
    let dir = std::env::temp_dir().join(format!("dlvm-scan-large-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.log");
    let mut text = "log line without names\n".repeat(5 * 1024 * 1024 / 23);
    text.push_str("image=pytorch-2-7-cu128-ubuntu-2204-nvidia-570\n");
    std::fs::write(&big, &text).unwrap();
    assert!(text.len() > 5_000_000);
    let path = dir.to_str().unwrap();
    let out = run(&["scan", path, "--at", AT, "--format", "json"]);
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(out.code, 0, "nothing scanned, nothing fails");
    assert_eq!(report["files_scanned"], 0);
    let reason = report["skipped"][0]["reason"].as_str().unwrap();
    assert!(
        reason.ends_with("over the 2097152-byte limit (--max-file-size)"),
        "{reason}"
    );
    let out = run(&[
        "scan",
        path,
        "--at",
        AT,
        "--max-file-size",
        "10000000",
        "--format",
        "json",
    ]);
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    let finding = &report["findings"][0];
    assert_eq!(finding["line"], 5 * 1024 * 1024 / 23 + 1);
    assert_eq!(finding["column"], 7);
    assert_eq!(out.code, u8::from(finding["fails"] == true));
    // PyTorch 2.7 is deprecated on that day: it fails.
    let report = scanned_on(&FIXTURE, path, Stage::Deprecated, 10_000_000);
    assert_eq!(report.files_scanned, 1);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.failures(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn unreadable_paths_and_bad_arguments_exit_2_with_where() {
    let out = run(&["scan", "no/such/dir", "--at", AT]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("no/such/dir: cannot read:"),
        "{}",
        out.stderr
    );
    // The rest is still scanned and reported.
    let out = run(&["scan", "no/such/dir", REPO, "--at", AT, "--format", "json"]);
    assert_eq!(out.code, 2);
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 21);
    for args in [
        &["scan", REPO, "--at", "2026-02-30"][..],
        &["scan", REPO, "--fail-on", "never"],
        &["scan", REPO, "--format", "xml"],
        &["scan"],
        &["check-image"],
        &["check-image", "tf-2-17-cu123-py310", "--warn-days", "-1"],
    ] {
        let out = run(args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

/// PyTorch 2.7: end of patch & support 2026-04-13, end of availability
/// 2027-04-13; "soon" is 90 days by default.
#[test]
fn levels_at_each_boundary_day() {
    let name = "pytorch-2-7-cu128-ubuntu-2204-nvidia-570";
    let fails = |at: &str| {
        LEVELS.map(|level| u8::from(judged(name, at, DEFAULT_WARN_DAYS).fails(level, false)))
    };
    // Whether it fails at [supported, soon, deprecated, unavailable] on each day.
    for (at, expected) in [
        ("2026-01-12", [1, 0, 0, 0]), // 91 days before the end of patch: supported
        ("2026-01-13", [1, 1, 0, 0]), // 90 days before: soon
        ("2026-04-13", [1, 1, 0, 0]), // the end of patch & support itself: still supported
        ("2026-04-14", [1, 1, 1, 0]), // the day after: deprecated
        ("2027-04-13", [1, 1, 1, 0]), // the end of availability itself: still available
        ("2027-04-14", [1, 1, 1, 1]), // the day after: unavailable
    ] {
        assert_eq!(fails(at), expected, "{at}");
    }
    // The window (--warn-days) moves "soon".
    let soon = |days: i64| judged(name, "2026-01-12", days).fails(Stage::Soon, false);
    assert_eq!((soon(90), soon(91)), (false, true));
    // A dated image of a supported version with newer images since: soon.
    let dated = "pytorch-2-9-cu129-ubuntu-2404-nvidia-580-v20260416";
    let soon = |at: &str| judged(dated, at, DEFAULT_WARN_DAYS).fails(Stage::Soon, false);
    assert!(!soon("2026-05-16"), "30 days old");
    assert!(soon("2026-05-17"), "31 days old");
    // Names that fit several versions, or aren't read, fail at every level.
    for name in ["tf-2-11-cpu", "hello"] {
        assert!(
            judged(name, AT, DEFAULT_WARN_DAYS).fails(Stage::Unavailable, false),
            "{name}"
        );
    }
    // Names the catalog has no dates for fail only with --fail-on-unknown.
    for name in [
        "pytorch-2-10-cu130-ubuntu-2404-nvidia-590",
        "pytorch-2-8-cu128-ubuntu-2204-nvidia-570",
        "pytorch-latest-gpu",
        "tf-ent-2-11-cu113",
    ] {
        let verdict = judged(name, AT, DEFAULT_WARN_DAYS);
        assert!(!verdict.fails(Stage::Supported, false), "{name}");
        assert!(verdict.fails(Stage::Unavailable, true), "{name}");
    }
    // What a name not in the catalog says it is.
    let v = serde_json::to_value(judged(
        "pytorch-2-8-cu128-ubuntu-2204-nvidia-570",
        AT,
        DEFAULT_WARN_DAYS,
    ))
    .unwrap();
    assert_eq!(v["lookup"], "not-in-catalog");
    assert_eq!(
        v["name_says"],
        serde_json::json!({"framework": "pytorch", "version": "2.8", "os": "Ubuntu 22.04", "cuda": "12.8", "driver": "570"})
    );
    assert!(v["reason"]
        .as_str()
        .unwrap()
        .contains("not in Google's list as of 10 Apr 2026"));
    // The scan's findings follow the same levels.
    let scan_fails = |fail_on: Stage| {
        scanned_on(
            &FIXTURE,
            "tests/fixtures/scan/repo/terraform",
            fail_on,
            DEFAULT_MAX_FILE_SIZE,
        )
        .failures()
            > 0
    };
    assert_eq!(
        [
            scan_fails(Stage::Deprecated),
            scan_fails(Stage::Unavailable)
        ],
        [true, false]
    );
}

/// A family name of the shipped catalog that its lookup reads back to its
/// record, with that record's end of patch & support and of availability.
fn a_shipped_family() -> (String, Date, Date) {
    SHIPPED
        .records
        .iter()
        .filter(|r| r.end_of_patch < r.end_of_availability)
        .flat_map(|r| {
            r.image_families
                .iter()
                .map(move |f| (r, f.replace("-VERSION_DATE", "")))
        })
        .find(|(r, name)| {
            let found = judge(&SHIPPED, name, r.end_of_patch, Policy::default());
            found.record.as_deref() == Some(r.id.as_ref())
        })
        .map(|(r, name)| (name, r.end_of_patch, r.end_of_availability))
        .expect("a shipped record found by its family's name")
}

/// Exit codes: 1 when a name fails `--fail-on` (default: deprecated),
/// with "soon" `--warn-days` before an end date; on the days around a
/// shipped record's ends (`check-image` reads only the shipped catalog).
#[test]
fn exit_codes_at_each_level_and_boundary_day() {
    let (name, end_of_patch, end_of_availability) = a_shipped_family();
    let days = |date: Date, days: i64| date.add_days(days).unwrap().to_string();
    let code = |at: &str, fail_on: &str| {
        run(&["check-image", &name, "--at", at, "--fail-on", fail_on]).code
    };
    for (at, expected) in [
        (days(end_of_patch, -91), [1, 0, 0, 0]),
        (days(end_of_patch, -90), [1, 1, 0, 0]),
        (days(end_of_patch, 0), [1, 1, 0, 0]),
        (days(end_of_patch, 1), [1, 1, 1, 0]),
        (days(end_of_availability, 0), [1, 1, 1, 0]),
        (days(end_of_availability, 1), [1, 1, 1, 1]),
    ] {
        let got = ["supported", "soon", "deprecated", "unavailable"].map(|level| code(&at, level));
        assert_eq!(got, expected, "{name} on {at}");
    }
    // The default level is deprecated.
    let default = |at: &str| run(&["check-image", &name, "--at", at]).code;
    assert_eq!(default(&days(end_of_patch, 0)), 0);
    assert_eq!(default(&days(end_of_patch, 1)), 1);
    // --warn-days moves "soon".
    let soon = |warn_days: &str| {
        run(&[
            "check-image",
            &name,
            "--at",
            &days(end_of_patch, -91),
            "--warn-days",
            warn_days,
            "--fail-on",
            "soon",
        ])
        .code
    };
    assert_eq!((soon("90"), soon("91")), (0, 1));
    // A name that is no image name fails at every level.
    assert_eq!(
        run(&[
            "check-image",
            "hello",
            "--at",
            AT,
            "--fail-on",
            "unavailable"
        ])
        .code,
        1
    );
    // The scan's exit follows the levels of its findings.
    let terraform = "tests/fixtures/scan/repo/terraform";
    for (level, fail_on) in
        LEVELS
            .into_iter()
            .zip(["supported", "soon", "deprecated", "unavailable"])
    {
        let failures = scanned_on(&SHIPPED, terraform, level, DEFAULT_MAX_FILE_SIZE).failures();
        let out = run(&["scan", terraform, "--at", AT, "--fail-on", fail_on]);
        assert_eq!(out.code, u8::from(failures > 0), "{fail_on}");
    }
}

#[test]
fn check_image_says_what_each_name_is() {
    let verdicts: Vec<Verdict> = [
        "pytorch-2-4-cu124-v20241118-debian-11-py310",
        "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:m125",
        "tf-2-11-cpu",
        "common-cu124-ubuntu-2204",
    ]
    .map(|name| judged(name, AT, DEFAULT_WARN_DAYS))
    .into();
    assert!(verdicts.iter().all(|v| v.fails(Stage::Deprecated, false)));
    let v = serde_json::to_value(&verdicts).unwrap();
    assert_eq!(v[0]["record"], "pytorch/2.4");
    assert_eq!(v[0]["product"], "vm");
    assert_eq!(v[0]["status"], "unavailable");
    assert_eq!(v[0]["end_of_availability"], "2026-07-24");
    assert_eq!(v[0]["latest_image"]["built"], "2024-11-18");
    assert_eq!(
        v[0]["latest_image"]["family"],
        "pytorch-2-4-cu124-debian-11-py310"
    );
    assert_eq!(v[0]["latest_image"]["newer_available"], true);
    let kinds: Vec<&str> = v[0]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap())
        .collect();
    // Debian 11's end of life: the catalog doesn't know the OS, the name does.
    assert_eq!(
        kinds,
        [
            "unavailable",
            "newer-image-available",
            "python-eol",
            "os-eol"
        ]
    );
    assert_eq!(v[0]["warnings"][0]["severity"], "critical");
    let os = v[0]["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "os")
        .unwrap();
    assert_eq!(os["value"], "Debian 11");
    assert_eq!(os["origin"], "image-name");
    assert!(v[0]["upgrade"]["changes"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("OS: Debian 11 → Ubuntu 24.04")));
    assert_eq!(v[0]["upgrade"]["to"], "pytorch/2.9-ubuntu-2404");
    assert_eq!(v[1]["record"], "containers/tensorflow/2.17");
    assert_eq!(v[1]["product"], "containers");
    // A name that contradicts its record's OS: placed, the record's OS
    // kept and judged, and what the name says in a note.
    assert_eq!(v[3]["record"], "base/cu124");
    assert_eq!(
        v[3]["disagreements"],
        serde_json::json!([{"field": "os", "name_says": "Ubuntu 22.04", "record_says": "Debian 11"}])
    );
    assert_eq!(
        v[3]["disagreement"],
        "Your image name says Ubuntu 22.04, where the catalog says Debian 11: the catalog's facts are kept."
    );
    assert!(v[3]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["kind"] == "os-eol"));
    assert_eq!(v[2]["lookup"], "ambiguous");
    assert_eq!(
        v[2]["closest"],
        serde_json::json!(["tensorflow/2.11-py310", "tensorflow/2.11-py37"])
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any bytes: no panic; each reference's span is its name, and its line
    /// and column are where the span starts.
    #[test]
    fn any_text_scanned_gives_spans_that_read_back(
        parts in prop::collection::vec(prop_oneof![
            Just(b"pytorch-2-4-cu124-debian-11-py310".to_vec()),
            Just(b"us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:m125".to_vec()),
            Just(b"tf-2-11-cpu".to_vec()),
            Just(b"common-cu129-ubuntu-2404-nvidia-580-v20260416".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"dlvm-timeline: ignore".to_vec()),
            Just("é".as_bytes().to_vec()),
            prop::collection::vec(any::<u8>(), 0..12),
            "[-./:@a-z0-9 \"'=]{0,16}".prop_map(String::into_bytes),
        ], 0..24)
    ) {
        let text: Vec<u8> = parts.concat();
        let (found, _) = references(&text);
        for r in found {
            prop_assert_eq!(&text[r.start..r.end], r.name.as_bytes());
            let before = &text[..r.start];
            prop_assert_eq!(r.line, 1 + before.iter().filter(|&&b| b == b'\n').count());
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&text[line_start..r.start]).chars().count() + 1;
            prop_assert_eq!(r.column, column);
            prop_assert_eq!(r.end_column, column + r.name.len());
        }
    }
}
