//! The command line on fixtures: gcloud listings in `tests/fixtures/`
//! (shaped as the Compute Engine Image resource and gcloud's docker image
//! list print them), the fixture catalog (`crate::testing`) and catalogs
//! made from it, the scan's fixture repository and its golden reports.
//!
//! Tests that survive a refresh (TESTING.md): what depends on the data runs
//! on the fixture catalog, given as a file (`check`, `diff`, `images
//! --catalog`) or to the command's functions (`status`, `check-image`,
//! `scan`, `docs-data` only read the shipped catalog); `run` on the shipped
//! catalog checks only what doesn't depend on its data, or what it computes
//! from `SHIPPED`.

use super::*;
use crate::domain::date::Date;
use crate::domain::policy::{status_at, Policy};
use crate::shipped::SHIPPED;
use crate::testing::{FIXTURE, FIXTURE_JSON};
use serde_json::Value;
use verdict::Stage;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// The fixture catalog's file (47 records, as of 2026-04-10).
fn fixture_catalog() -> String {
    fixture("catalog.json")
}

/// Runs `args` with `--format json`: the exit status and the document.
fn run_json(args: &[&str]) -> (u8, Value) {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let out = run(&args);
    (out.code, json_of(&out))
}

fn json_of(outcome: &Outcome) -> Value {
    serde_json::from_str(&outcome.stdout).unwrap_or_else(|e| panic!("{e}: {}", outcome.stdout))
}

/// A scratch file that removes itself.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str, text: &str) -> Scratch {
        // Tests run in parallel: one directory per scratch file.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("dlvm-cli-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        Scratch(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

#[test]
fn check_reports_located_problems_and_exits_non_zero() {
    let bad = Scratch::new(
        "bad.json",
        r#"{"as_of": "2026-02-30", "sources": [], "dependencies": [], "records": []}"#,
    );
    let out = run(&["check", bad.path()]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        format!("{}: error: catalog, field as_of: \"2026-02-30\" is not a date: no such day in the calendar\n", bad.path())
    );
    let catalog = fixture_catalog();
    let out = run(&["check", &catalog]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout
            .ends_with(&format!("{catalog}: ok, 47 records\n")),
        "{}",
        out.stdout
    );
    let out = run(&["check", "no/such/file.json"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("no/such/file.json: cannot read:"),
        "{}",
        out.stderr
    );
}

#[test]
fn check_fails_a_catalog_older_than_the_limit_on_the_day() {
    // as_of 2026-04-10: 234 days on 2026-11-30.
    let catalog = fixture_catalog();
    let at = |days: &str, on: &str| run(&["check", &catalog, "--max-age-days", days, "--at", on]);
    let old = at("180", "2026-11-30");
    assert_eq!(old.code, 1);
    assert!(
        old.stdout
            .contains("as of 2026-04-10, 234 days before 2026-11-30: older than the 180-day limit"),
        "{}",
        old.stdout
    );
    assert_eq!(at("234", "2026-11-30").code, 0, "on the limit is not older");
    assert_eq!(at("233", "2026-11-30").code, 1);
    assert_eq!(at("180", "2026-10-07").code, 0, "180 days");
    let (_, json) = run_json(&[
        "check",
        &catalog,
        "--max-age-days",
        "180",
        "--at",
        "2026-11-30",
    ]);
    assert_eq!(json["age_days"], 234);
    assert_eq!(json["too_old"], true);
    assert_eq!(json["valid"], true);
    assert_eq!(json["records"], 47);
    // The data issues kept as printed are warnings, each located.
    let problems = json["problems"].as_array().unwrap();
    assert!(!problems.is_empty());
    assert!(problems
        .iter()
        .all(|p| p["level"] == "warning" && p["path"].as_str().unwrap().starts_with("records[")));
    // Bad arguments are usage errors.
    assert_eq!(at("many", "2026-11-30").code, 2);
    assert_eq!(at("180", "2026-02-30").code, 2);
}

/// `status` prints the shipped catalog (it has no `--catalog`): a line per
/// record, in display order, its status on the day in the second column.
#[test]
fn status_lists_every_record() {
    let out = run(&["status", "2026-04-10"]);
    assert_eq!(out.code, 0);
    let mut lines = out.stdout.lines();
    assert_eq!(
        lines.next(),
        Some(format!("status on 2026-04-10 (catalog as of {})", SHIPPED.as_of).as_str())
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), SHIPPED.records.len());
    let on = Date::known(2026, 4, 10);
    for (row, record) in rows.iter().zip(SHIPPED.records.iter()) {
        // `pytorch/2.7                supported    end of patch …`
        assert_eq!(
            *row,
            format!(
                "{:<26} {:<12} end of patch {}  end of availability {}",
                record.id,
                status_at(record, on).slug(),
                record.end_of_patch,
                record.end_of_availability
            )
        );
    }
    assert_eq!(run(&["status", "tomorrow"]).code, 2);
    let none = run(&[]);
    assert_eq!(none.code, 2);
    assert!(
        none.stderr.contains("Usage: dlvm-timeline <COMMAND>"),
        "{}",
        none.stderr
    );
    assert_eq!(run(&["--help"]).code, 0);
}

/// `images LISTING --at DAY` against the fixture catalog.
fn images(listing: &str, at: &str) -> Outcome {
    let catalog = fixture_catalog();
    run(&["images", listing, "--catalog", &catalog, "--at", at])
}

/// The same, with `--format json`: the exit status and the report.
fn images_json(listing: &str, at: &str) -> (u8, Value) {
    let catalog = fixture_catalog();
    run_json(&["images", listing, "--catalog", &catalog, "--at", at])
}

fn families(report: &Value, placement: &str) -> Vec<(String, Option<String>)> {
    report["families"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["placement"] == placement)
        .map(|f| {
            (
                f["family"].as_str().unwrap().to_owned(),
                f["record"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn disagreements(report: &Value) -> Vec<(String, String)> {
    report["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["image"].as_str().unwrap().to_owned(),
                d["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn write_catalog_adds_the_renamed_families_and_diff_describes_it() {
    let listing = fixture("gcloud-compute-images.json");
    let out = Scratch::new("edited.json", "");
    let catalog = fixture_catalog();
    let args = [
        "images",
        &listing,
        "--catalog",
        &catalog,
        "--at",
        "2026-11-30",
    ];
    let before = run(&args);
    let written = run(&[&args[..], &["--write-catalog", out.path()]].concat());
    assert_eq!(
        (written.code, &written.stdout),
        (before.code, &before.stdout),
        "the report is the same"
    );
    assert!(
        written
            .stderr
            .contains("2 name(s) added to image_families_seen"),
        "{}",
        written.stderr
    );
    // Against the edited catalog the two families are known, it checks as
    // the original does, and `diff` says what changed.
    let (_, report) = run_json(&[
        "images",
        &listing,
        "--catalog",
        out.path(),
        "--at",
        "2026-11-30",
    ]);
    assert_eq!(families(&report, "renamed"), []);
    let known = families(&report, "known");
    assert!(known.contains(&(
        "pytorch-2-4-cu124-debian-11-py310".to_owned(),
        Some("pytorch/2.4".to_owned())
    )));
    assert_eq!(
        run(&["check", out.path()]).code,
        run(&["check", &catalog]).code
    );
    let diff = run(&["diff", &catalog, out.path(), "--at", "2026-11-30"]);
    for line in [
        "`pytorch/2.4`",
        "`tensorflow/2.12`",
        "image_families_seen",
        "tf-2-12-cu118-debian-11-py310",
    ] {
        assert!(diff.stdout.contains(line), "{line}: {}", diff.stdout);
    }
    // A container listing proves no name: the catalog is written unchanged.
    let containers = fixture("gcloud-docker-images.json");
    let same = Scratch::new("same.json", "");
    run(&[
        "images",
        &containers,
        "--catalog",
        &catalog,
        "--write-catalog",
        same.path(),
    ]);
    assert_eq!(
        std::fs::read_to_string(same.path()).unwrap(),
        std::fs::read_to_string(&catalog).unwrap()
    );
    let refused = run(&[
        "images",
        &listing,
        "--write-catalog",
        "/nonexistent/dir/out.json",
    ]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("cannot write"),
        "{}",
        refused.stderr
    );
}

#[test]
fn a_listing_saved_with_a_byte_order_mark_reads_as_without_it() {
    // Windows PowerShell 5's `Out-File -Encoding utf8` writes one first.
    let listing = std::fs::read_to_string(fixture("gcloud-compute-images.json")).unwrap();
    let marked = Scratch::new("listing.json", &format!("\u{feff}{listing}"));
    let (code, report) = images_json(marked.path(), "2026-11-30");
    assert_eq!(
        (code, report),
        images_json(&fixture("gcloud-compute-images.json"), "2026-11-30")
    );
    let catalog = std::fs::read_to_string(fixture_catalog()).unwrap();
    let marked = Scratch::new("catalog.json", &format!("\u{feff}{catalog}"));
    let checked = run(&["check", marked.path()]);
    assert_eq!(
        checked.code,
        run(&["check", &fixture_catalog()]).code,
        "{}",
        checked.stdout
    );
}

#[test]
fn compute_images_new_renamed_missing_and_deprecation_states() {
    let (code, report) = images_json(&fixture("gcloud-compute-images.json"), "2026-11-30");
    assert_eq!(code, 1, "findings exit 1: {report}");
    assert_eq!(report["kind"], "compute-images");
    assert_eq!(report["images"], 13);
    assert_eq!(
        report["other_images"], 1,
        "workbench-instances is not a framework image"
    );
    assert_eq!(
        families(&report, "new"),
        [("pytorch-2-10-cu130-ubuntu-2404-nvidia-590".to_owned(), None)]
    );
    assert_eq!(
        families(&report, "renamed"),
        [
            (
                "tf-2-12-cu118-debian-11-py310".to_owned(),
                Some("tensorflow/2.12".to_owned())
            ),
            (
                "pytorch-2-4-cu124-debian-11-py310".to_owned(),
                Some("pytorch/2.4".to_owned())
            ),
        ]
    );
    assert_eq!(
        families(&report, "unread"),
        [("pytorch-latest-gpu".to_owned(), None)]
    );
    // Known: by the family pattern with its date, by a family seen verbatim,
    // and an image without a family, by its name.
    let known = families(&report, "known");
    for (family, record) in [
        (
            "pytorch-2-9-cu129-ubuntu-2404-nvidia-580",
            "pytorch/2.9-ubuntu-2404",
        ),
        ("tf-2-17-cu123-py310", "tensorflow/2.17"),
        ("common-cpu-debian-11-py310", "base/cpu-py310"),
    ] {
        assert!(
            known.contains(&(family.to_owned(), Some(record.to_owned()))),
            "{family}: {known:?}"
        );
    }
    // The newest image of a family, with its UTC day and state.
    let newest = report["families"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["family"] == "pytorch-2-9-cu129-ubuntu-2404-nvidia-580")
        .unwrap();
    assert_eq!(newest["images"], 2);
    assert_eq!(
        newest["newest"]["name"],
        "pytorch-2-9-cu129-ubuntu-2404-nvidia-580-v20260416"
    );
    assert_eq!(newest["newest"]["state"], "ACTIVE");
    // Missing: the supported Ubuntu 22.04 base image is not listed; the
    // unavailable records that aren't are expected to be gone.
    let missing = report["missing"].as_array().unwrap();
    let unexpected: Vec<&str> = missing
        .iter()
        .filter(|m| m["expected"] == false)
        .map(|m| m["record"].as_str().unwrap())
        .collect();
    assert_eq!(unexpected, ["base/cu129-ubuntu-2204"]);
    assert!(missing
        .iter()
        .all(|m| m["expected"] == (m["status"] == "unavailable")));
}

/// Compute Engine states against statuses on the day, and a build after
/// end of patch; agreeing states say nothing.
#[test]
fn compute_images_states_that_disagree_with_the_policy() {
    let (_, report) = images_json(&fixture("gcloud-compute-images.json"), "2026-11-30");
    // States against statuses on the day, and a build after end of patch.
    let found = disagreements(&report);
    let reasons: Vec<(&str, &str)> = found
        .iter()
        .map(|(i, r)| (i.as_str(), r.as_str()))
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:#?}");
    assert!(reasons.iter().any(|(i, r)| *i
        == "pytorch-2-7-cu128-ubuntu-2204-nvidia-570-v20260410"
        && r.starts_with("still ACTIVE, but the record's end of patch & support was 2026-04-13")));
    assert!(reasons
        .iter()
        .any(|(i, r)| *i == "tf-2-17-cu123-v20250601-py310"
            && r.starts_with(
                "still usable (DEPRECATED), but the record's end of availability was 2026-07-11"
            )));
    // 22:30 at UTC-7 is the next day in UTC.
    assert!(reasons
        .iter()
        .any(|(i, r)| *i == "pytorch-2-4-cu124-v20250901-debian-11-py310"
            && r.starts_with(
                "built 2025-09-02, after the record's end of patch & support (2025-07-24)"
            )));
    // Agreeing states say nothing: an older DEPRECATED image of a supported
    // family, a DEPRECATED image of a deprecated record, OBSOLETE and DELETED
    // images of unavailable records.
    for quiet in [
        "pytorch-2-9-cu129-ubuntu-2404-nvidia-580-v20260301",
        "common-cu128-ubuntu-2204-nvidia-570-v20260410",
        "tf-2-12-cu118-v20240611-debian-11-py310",
        "common-cpu-v20230925-debian-11-py310",
    ] {
        assert!(!reasons.iter().any(|(i, _)| *i == quiet), "{quiet}");
    }
}

#[test]
fn the_same_listing_earlier_is_judged_on_that_day() {
    // On 2026-04-01 PyTorch 2.7 was still supported: ACTIVE agrees, and
    // TensorFlow 2.17's DEPRECATED images were right (deprecated until July).
    let (_, report) = images_json(&fixture("gcloud-compute-images.json"), "2026-04-01");
    let found = disagreements(&report);
    assert!(
        !found.iter().any(|(i, _)| i.starts_with("pytorch-2-7-")),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(i, _)| i.starts_with("tf-2-17-")),
        "{found:?}"
    );
}

#[test]
fn container_listing_new_renamed_built_after_end_of_patch() {
    let (code, report) = images_json(&fixture("gcloud-docker-images.json"), "2026-11-30");
    assert_eq!(code, 1);
    assert_eq!(report["kind"], "docker-images");
    assert_eq!(report["other_images"], 1, "beam-notebooks");
    let repo = "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/";
    assert_eq!(
        families(&report, "new"),
        [(format!("{repo}pytorch-cu126.2-6.py310"), None)]
    );
    assert_eq!(
        families(&report, "renamed"),
        [(
            format!("{repo}tf-cpu.2-17.py310"),
            Some("containers/tensorflow/2.17".to_owned())
        )]
    );
    // Tags as gcloud joins them, and as a list.
    let tf = report["families"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["family"] == format!("{repo}tf2-cpu.2-17.py310"))
        .unwrap();
    assert_eq!(tf["images"], 2);
    assert_eq!(tf["newest"]["tags"], serde_json::json!(["m125", "latest"]));
    assert!(
        tf["newest"].get("state").is_none(),
        "containers have no deprecation state"
    );
    let found = disagreements(&report);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0]
        .0
        .starts_with(&format!("{repo}base-cu122.py310@sha256:")));
    assert!(found[0]
        .1
        .starts_with("built 2025-03-01, after the record's end of patch & support (2025-01-08)"));
    // vLLM lives in another repository: not missing from this one.
    let missing: Vec<&str> = report["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["record"].as_str().unwrap())
        .collect();
    assert!(!missing.contains(&"containers/vllm/0.5"));
    assert!(missing.contains(&"containers/pytorch/2.3"));
    // On 2025-06-01 the missing containers were still supported: findings.
    let (_, earlier) = images_json(&fixture("gcloud-docker-images.json"), "2025-06-01");
    let unexpected: Vec<&str> = earlier["missing"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["expected"] == false)
        .map(|m| m["record"].as_str().unwrap())
        .collect();
    assert!(
        unexpected.contains(&"containers/pytorch/2.3"),
        "{unexpected:?}"
    );
}

#[test]
fn the_text_report_names_each_finding() {
    let out = images(&fixture("gcloud-compute-images.json"), "2026-11-30");
    for line in [
        "13 Compute Engine images in 11 framework families (other products' images: 1)",
        "  pytorch-2-10-cu130-ubuntu-2404-nvidia-590; newest pytorch-2-10-cu130-ubuntu-2404-nvidia-590-v20261020 (2026-10-20, ACTIVE)",
        "      closest: pytorch/2.9-ubuntu-2404, pytorch/2.9-ubuntu-2204, pytorch/2.7",
        "  tf-2-12-cu118-debian-11-py310 → tensorflow/2.12; newest tf-2-12-cu118-v20240611-debian-11-py310 (2024-06-11, OBSOLETE)",
        "  base/cu129-ubuntu-2204 (supported): common-cu129-ubuntu-2204-nvidia-580-VERSION_DATE",
        // The fixture catalog's unavailable VM records but the listing's.
        "19 unavailable records have no image in the listing, as expected.",
    ] {
        assert!(out.stdout.contains(line), "{line}\n---\n{}", out.stdout);
    }
    let containers = images(&fixture("gcloud-docker-images.json"), "2026-11-30");
    assert!(
        containers
            .stdout
            .contains("tf2-cpu.2-17.py310 2025-06-01 @sha256:4f1c0e2b9a7d [m125, latest]"),
        "{}",
        containers.stdout
    );
}

#[test]
fn a_listing_that_agrees_exits_zero() {
    let text = std::fs::read_to_string(fixture("gcloud-compute-images.json")).unwrap();
    let all: Vec<Value> = serde_json::from_str(&text).unwrap();
    let agreeing: Vec<&Value> = all
        .iter()
        .filter(|i| {
            let name = i["name"].as_str().unwrap();
            name.starts_with("pytorch-2-9-") || name.starts_with("common-cu129-")
        })
        .collect();
    let file = Scratch::new("agreeing.json", &serde_json::to_string(&agreeing).unwrap());
    let (code, report) = images_json(file.path(), "2026-11-30");
    assert!(report["disagreements"].as_array().unwrap().is_empty());
    assert!(families(&report, "new").is_empty() && families(&report, "renamed").is_empty());
    // Still one finding: the Ubuntu 22.04 base image and the deprecated
    // PyTorch 2.7 and base cu128 records are not listed.
    assert_eq!(code, 1);
    let with_them: Vec<&Value> = all
        .iter()
        .filter(|i| {
            let name = i["name"].as_str().unwrap();
            name.starts_with("pytorch-2-9-")
                || name.starts_with("common-cu129-")
                || name.starts_with("common-cu128-")
        })
        .collect();
    let mut with_them: Vec<Value> = with_them.into_iter().cloned().collect();
    let mut ubuntu_2204 = with_them[3].clone();
    ubuntu_2204["name"] = "common-cu129-ubuntu-2204-nvidia-580-v20260416".into();
    ubuntu_2204["family"] = "common-cu129-ubuntu-2204-nvidia-580".into();
    let mut pytorch_27 = with_them[4].clone();
    pytorch_27["name"] = "pytorch-2-7-cu128-ubuntu-2204-nvidia-570-v20260410".into();
    pytorch_27["family"] = "pytorch-2-7-cu128-ubuntu-2204-nvidia-570".into();
    with_them.push(ubuntu_2204);
    with_them.push(pytorch_27);
    let file = Scratch::new("complete.json", &serde_json::to_string(&with_them).unwrap());
    let out = images(file.path(), "2026-11-30");
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout
            .ends_with("The listing agrees with the catalog.\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn malformed_listings_are_located_and_exit_2() {
    let out = run(&["images", &fixture("gcloud-compute-images-bad-state.json")]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    assert_eq!(
        out.stderr,
        format!(
            "{}: line 26, column 24: [1].deprecated.state: unknown variant `RETIRED`, expected one of `ACTIVE`, `DEPRECATED`, `OBSOLETE`, `DELETED`\n",
            fixture("gcloud-compute-images-bad-state.json")
        )
    );
    let (_, json) = run_json(&["images", &fixture("gcloud-compute-images-bad-state.json")]);
    assert_eq!(json["error"]["line"], 26);
    assert_eq!(json["error"]["path"], "[1].deprecated.state");
    for (text, expected) in [
        (r#"[{"name": "x", "creationTimestamp": "#, "line 1, column 36: [0].creationTimestamp: malformed JSON: EOF while parsing a value"),
        (r#"{"items": []}"#, "line 1, column 0: not the list gcloud prints (a JSON array of images): invalid type: map, expected a sequence"),
        ("[]", "the listing is empty: was the gcloud command's output saved?"),
        (r#"[{"id": "1"}]"#, "[0]: neither a Compute Engine image (creationTimestamp) nor a container image (package): pass --kind to say which listing this is"),
        (r#"[{"name": "x", "creationTimestamp": "yesterday"}]"#, "[0].creationTimestamp: \"yesterday\" is not an RFC 3339 timestamp: premature end of input"),
        (r#"[{"creationTimestamp": "2026-01-01T00:00:00Z"}]"#, "line 1, column 46: [0]: missing field `name`"),
        (r#"[{"package": "p", "version": "v", "createTime": "2026-01-01T00:00:00Z", "tags": 5}]"#, "[0].tags: data did not match any variant of untagged enum Tags"),
        ("[\"\u{1F}\"]", "malformed JSON: control character (\\u0000-\\u001F) found while parsing a string"),
    ] {
        let file = Scratch::new("bad.json", text);
        let out = run(&["images", file.path()]);
        assert_eq!(out.code, 2, "{text}");
        assert!(out.stderr.contains(expected), "{text}\n{}", out.stderr);
    }
    // --kind says which listing a file is when its first entry can't.
    let file = Scratch::new("kind.json", r#"[{"id": "1"}]"#);
    let out = run(&["images", file.path(), "--kind", "compute-images"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("[0]: missing field `name`"),
        "{}",
        out.stderr
    );
    // A catalog that isn't valid is refused with its problems.
    let bad_catalog = Scratch::new("catalog.json", r#"{"as_of": "2026-04-10"}"#);
    let out = run(&[
        "images",
        &fixture("gcloud-compute-images.json"),
        "--catalog",
        bad_catalog.path(),
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("not a valid catalog:"),
        "{}",
        out.stderr
    );
}

/// The fixture catalog with a few edits, as the next refresh might make them.
fn next_catalog() -> String {
    let mut catalog: Value = serde_json::from_str(FIXTURE_JSON).unwrap();
    catalog["as_of"] = "2026-11-20".into();
    for source in catalog["sources"].as_array_mut().unwrap() {
        if source["page_date"] == "2026-04-10" {
            source["page_date"] = "2026-11-20".into();
        }
    }
    let records = catalog["records"].as_array_mut().unwrap();
    records.retain(|r| r["id"] != "containers/vllm/0.5");
    for record in records.iter_mut() {
        // Both lists of TensorFlow 2.17, or the validator asks for a conflict flag.
        if record["id"] == "tensorflow/2.17" || record["id"] == "containers/tensorflow/2.17" {
            record["end_of_availability"] = "2026-12-11".into();
        }
        if record["id"] == "pytorch/2.7" {
            record["patch_version"] = "2.7.2".into();
        }
    }
    let mut added = records
        .iter()
        .find(|r| r["id"] == "pytorch/2.7")
        .unwrap()
        .clone();
    added["id"] = "pytorch/2.8".into();
    added["version"] = "2.8".into();
    added["label"] = "2.8 (Python 3.10)".into();
    added["image_families"] =
        serde_json::json!(["pytorch-2-8-cu128-ubuntu-2204-nvidia-570-VERSION_DATE"]);
    added["image_families_seen"] = serde_json::json!([]);
    added["patch_version"] = "2.8.0".into();
    added["end_of_patch"] = "2027-01-31".into();
    added["end_of_availability"] = "2028-01-31".into();
    let at = records
        .iter()
        .position(|r| r["id"] == "pytorch/2.7")
        .unwrap();
    records.insert(at, added);
    serde_json::to_string_pretty(&catalog).unwrap()
}

#[test]
fn diff_says_what_a_catalog_change_does() {
    let next = Scratch::new("next.json", &next_catalog());
    let (code, report) = run_json(&[
        "diff",
        &fixture_catalog(),
        next.path(),
        "--at",
        "2026-11-30",
    ]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["old_as_of"], "2026-04-10");
    assert_eq!(report["new_as_of"], "2026-11-20");
    assert_eq!(
        report["records"]["added"],
        serde_json::json!(["pytorch/2.8"])
    );
    assert_eq!(
        report["records"]["removed"],
        serde_json::json!(["containers/vllm/0.5"])
    );
    assert_eq!(
        report["records"]["changed"],
        serde_json::json!([
            // In the new catalog's order.
            { "id": "tensorflow/2.17", "fields": [{ "field": "end_of_availability", "old": "2026-07-11", "new": "2026-12-11" }] },
            { "id": "pytorch/2.7", "fields": [{ "field": "patch_version", "old": "2.7.1", "new": "2.7.2" }] },
            { "id": "containers/tensorflow/2.17", "fields": [{ "field": "end_of_availability", "old": "2026-07-11", "new": "2026-12-11" }] },
        ])
    );
    let sources = report["sources"]["changed"].as_array().unwrap();
    assert_eq!(sources.len(), 4, "the four Google pages dated 2026-04-10");
    assert!(report["dependencies"]["changed"]
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(
        report["statuses"],
        serde_json::json!([
            { "id": "tensorflow/2.17", "old": "unavailable", "new": "deprecated" },
            { "id": "pytorch/2.8", "old": null, "new": "supported" },
            { "id": "containers/tensorflow/2.17", "old": "unavailable", "new": "deprecated" },
            { "id": "containers/vllm/0.5", "old": "unavailable", "new": null },
        ])
    );
}

#[test]
fn diff_writes_markdown_for_the_pull_request() {
    let next = Scratch::new("next.json", &next_catalog());
    let text = run(&[
        "diff",
        &fixture_catalog(),
        next.path(),
        "--at",
        "2026-11-30",
    ])
    .stdout;
    for line in [
        "as_of: 2026-04-10 → 2026-11-20",
        "- added `pytorch/2.8`",
        "- removed `containers/vllm/0.5`",
        "- `tensorflow/2.17`\n  - end_of_availability: 2026-07-11 → 2026-12-11",
        "### Statuses on 2026-11-30",
        "- `tensorflow/2.17`: unavailable → deprecated",
        "- `pytorch/2.8`: (no record) → supported",
    ] {
        assert!(text.contains(line), "{line}\n---\n{text}");
    }
}

/// The same file twice, and catalogs read as written: an older one that
/// breaks a rule added since, one whose fields can't be read.
#[test]
fn diff_of_the_same_file_and_of_catalogs_as_written() {
    let catalog = fixture_catalog();
    let same = run(&["diff", &catalog, &catalog]);
    assert_eq!(same.code, 0);
    assert!(same.stdout.contains("No change."), "{}", same.stdout);
    // An older catalog that breaks a rule added since is compared as
    // written, and says so.
    let older = Scratch::new(
        "older.json",
        &FIXTURE_JSON.replacen(
            "\"derived\": {\n        \"driver\": \"family-name\"\n      },",
            "",
            1,
        ),
    );
    assert_ne!(
        std::fs::read_to_string(older.path()).unwrap(),
        FIXTURE_JSON,
        "the edit applied"
    );
    let out = run(&["diff", older.path(), &catalog, "--at", "2026-11-30"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("breaks 1 rules of this version's validator (compared as written"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("  - derived: (none) → {\"driver\":\"family-name\"}"),
        "{}",
        out.stdout
    );
    // A side whose fields can't be read is refused, located.
    let broken = Scratch::new(
        "broken.json",
        &next_catalog().replace("\"2026-12-11\"", "\"2026-13-11\""),
    );
    let out = run(&["diff", &catalog, broken.path()]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("record tensorflow/2.17 (records[")
            && out.stderr.contains("end_of_availability"),
        "{}",
        out.stderr
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Any edit of a real listing is read or refused with a reason; what is
    /// read is compared without a panic.
    #[test]
    fn any_edit_of_a_listing_is_read_or_refused(
        which in 0usize..2,
        at in 0usize..4000,
        cut in 0usize..40,
        insert in "[\\[\\]{}\",:0-9a-zA-Z\\-. ]{0,12}",
    ) {
        let name = ["gcloud-compute-images.json", "gcloud-docker-images.json"][which];
        let text = std::fs::read_to_string(fixture(name)).unwrap();
        let at = at.min(text.len());
        let end = (at + cut).min(text.len());
        let edited = format!("{}{insert}{}", &text[..at], &text[end..]);
        match listing::read_listing(&edited, None) {
            Ok(listing) => {
                let report = images::compare(&FIXTURE, &listing, Date::known(2026, 11, 30));
                let _ = images::to_text(&report);
            }
            Err(error) => proptest::prop_assert!(!error.reason.is_empty()),
        }
    }
}

// `check-image` and `scan`: what needs the command line's private printers
// (`present`); tests/scan.rs has the rest.

/// The scan's fixture repository (tests/scan.rs) and day.
const SCAN_REPO: &str = "tests/fixtures/scan/repo";
const SCAN_AT: Date = Date::known(2026, 11, 30);

/// What `scan` judges with on `SCAN_AT` by default, failing on `fail_on`.
/// The fixture repository scanned on `catalog` at the default level.
fn scan_repo(catalog: &Catalog) -> scan::ScanReport {
    scan::scan(
        catalog,
        &[SCAN_REPO.to_owned()],
        &scan_options(Stage::Deprecated),
    )
}

fn scan_options(fail_on: Stage) -> scan::Options {
    scan::Options {
        at: SCAN_AT,
        policy: Policy::default(),
        fail_on,
        fail_on_unknown: false,
        max_file_size: scan::DEFAULT_MAX_FILE_SIZE,
    }
}

/// A scan report in each of `scan`'s formats, as the command prints it,
/// with the name of its golden file.
fn scan_formats(report: &scan::ScanReport) -> [(&'static str, &'static str, String); 4] {
    [
        ("text", "report.txt", present::scan_text(report)),
        ("json", "report.json", json_document(report)),
        (
            "sarif",
            "report.sarif",
            json_document(&present::scan_sarif(report)),
        ),
        ("github", "report.github", present::scan_github(report)),
    ]
}

/// Compares `actual` with the golden file `name` in
/// `tests/fixtures/scan/expected/` (`UPDATE_GOLDEN=1` rewrites it instead).
fn golden(name: &str, actual: &str) {
    let path = std::path::PathBuf::from("tests/fixtures/scan/expected").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the output at line {}:\n  expected: {:?}\n  actual:   {:?}\n(UPDATE_GOLDEN=1 rewrites it)",
            path.display(),
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

/// The fixture repository scanned on the fixture catalog: its report in
/// each format is the golden file's (`UPDATE_GOLDEN=1 cargo test --lib
/// cli::` rewrites them; review the diff).
#[test]
fn the_fixture_repository_in_every_format_matches_its_golden_report() {
    let report = scan_repo(&FIXTURE);
    assert!(report.failures() > 0, "findings fail the default level");
    assert!(report.unreadable.is_empty(), "{:?}", report.unreadable);
    for (_, file, text) in scan_formats(&report) {
        golden(file, &text);
    }
}

/// `scan` prints the shipped catalog's report in the format asked, judged
/// at the default level (deprecated); findings that fail it exit 1.
#[test]
fn scan_prints_the_shipped_catalogs_report_in_each_format() {
    let report = scan_repo(&SHIPPED);
    for (format, _, text) in scan_formats(&report) {
        let out = run(&["scan", SCAN_REPO, "--at", "2026-11-30", "--format", format]);
        assert_eq!(out.code, u8::from(report.failures() > 0), "{format}");
        assert!(out.stderr.is_empty(), "{}", out.stderr);
        assert_eq!(out.stdout, text, "{format}");
    }
}

/// `check-image`'s text for a name: where it stands, its image, the upgrade,
/// whether it fails.
#[test]
fn check_image_text_says_what_a_name_is() {
    let verdict = verdict::judge(
        &FIXTURE,
        "pytorch-2-4-cu124-v20241118-debian-11-py310",
        SCAN_AT,
        Policy::default(),
    );
    let text = present::check_image_text(&[verdict], Stage::Deprecated, false);
    for line in [
        "  PyTorch 2.4 (Python 3.10): unavailable (end of patch & support 2025-07-24, end of availability 2026-07-24)",
        "  built 2024-11-18; latest image of its family: newer ones have come since",
        "  upgrade: Move to PyTorch 2.9 (Python 3.12 / Ubuntu 24.04), supported until 4 Aug 2028.",
        "    use: pytorch-2-9-cu129-ubuntu-2404-nvidia-580-VERSION_DATE",
        "  FAILS (--fail-on deprecated)",
    ] {
        assert!(text.contains(line), "{line}\n---\n{text}");
    }
}

/// `check-image` judges each name by the shipped catalog and prints the
/// verdicts; `--format json` adds the day, the level, the window and
/// whether each name fails; a name that fails exits 1.
#[test]
fn check_image_prints_the_shipped_catalogs_verdicts() {
    let names = [
        "pytorch-2-4-cu124-v20241118-debian-11-py310",
        "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:m125",
        "tf-2-11-cpu",
    ];
    let judged = |policy: Policy| -> Vec<verdict::Verdict> {
        names
            .iter()
            .map(|name| verdict::judge(&SHIPPED, name, SCAN_AT, policy))
            .collect()
    };
    let mut args = vec!["check-image"];
    args.extend(names);
    args.extend(["--at", "2026-11-30"]);
    let verdicts = judged(Policy::default());
    let out = run(&args);
    assert_eq!(
        out.code,
        u8::from(verdicts.iter().any(|v| v.fails(Stage::Deprecated, false)))
    );
    assert_eq!(
        out.stdout,
        present::check_image_text(&verdicts, Stage::Deprecated, false)
    );
    args.extend(["--warn-days", "30", "--fail-on", "soon"]);
    let verdicts = judged(Policy { warn_days: 30 });
    let (code, json) = run_json(&args);
    assert_eq!(
        code,
        u8::from(verdicts.iter().any(|v| v.fails(Stage::Soon, false)))
    );
    assert_eq!(json["at"], "2026-11-30");
    assert_eq!(json["fail_on"], "soon");
    assert_eq!(json["warn_days"], 30);
    let expected: Vec<Value> = verdicts
        .iter()
        .map(|v| {
            let mut value = serde_json::to_value(v).unwrap();
            value["fails"] = v.fails(Stage::Soon, false).into();
            value
        })
        .collect();
    assert_eq!(json["verdicts"], Value::from(expected));
}

#[test]
fn github_annotations_escape_what_the_format_reserves() {
    let file = Scratch::new("a,b:c%.txt", "tf-2-11-cpu\n");
    let report = scan::scan(
        &FIXTURE,
        &[file.path().to_owned()],
        &scan_options(Stage::Deprecated),
    );
    let out = present::scan_github(&report);
    let line = out.lines().next().unwrap();
    assert!(line.starts_with("::error file="), "{line}");
    assert!(
        line.contains(
            "a%2Cb%3Ac%25.txt,line=1,col=1,endColumn=12,title=Deep Learning image not recognized::"
        ),
        "{line}"
    );
}

/// `docs-data`: what the docs integrations look ids up in. Every id it
/// lists opens the record it names, every alias the record the widget's
/// reader opens for it, and the words are the core's.
#[test]
fn docs_data_lists_what_the_widget_accepts() {
    let data = docs_data::docs_data(&FIXTURE);
    assert_eq!(data["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(data["catalog_as_of"], FIXTURE.as_of.to_string());
    let versions = data["versions"].as_object().unwrap();
    assert_eq!(versions.len(), FIXTURE.records.len());
    for record in FIXTURE.records.iter() {
        let entry = &versions[record.id.as_ref()];
        assert_eq!(entry["framework"], record.framework.slug());
        assert_eq!(entry["product"], record.product.slug());
        assert_eq!(
            entry["facts"]["en"],
            crate::domain::messages::day_free_facts(crate::domain::lang::Lang::En, record)
        );
    }
    let aliases = data["aliases"].as_object().unwrap();
    assert!(!aliases.is_empty());
    for (alias, id) in aliases {
        assert_eq!(FIXTURE.find(alias).map(|r| r.id.as_ref()), id.as_str());
        assert!(
            versions.contains_key(id.as_str().unwrap()),
            "{alias} → {id}"
        );
    }
    let views = &data["attributes"]["view"]["values"];
    assert_eq!(views, &json!(crate::domain::embed::ViewKind::SLUGS));
    assert_eq!(data["element"], crate::domain::embed::ELEMENT);
    assert_eq!(data["lite_views"], json!(["card", "badge"]));
    let order: Vec<&str> = data["order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let ids: Vec<&str> = FIXTURE.records.iter().map(|r| r.id.as_ref()).collect();
    assert_eq!(order, ids, "display order");
    assert_eq!(data["framework_names"]["pytorch"], "PyTorch");
}

/// The command prints the shipped catalog's document.
#[test]
fn docs_data_prints_the_shipped_catalogs_document() {
    let out = run(&["docs-data"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, json_document(&docs_data::docs_data(&SHIPPED)));
}

#[test]
fn version_names_the_crate_and_its_catalog() {
    let out = run(&["--version"]);
    assert_eq!(out.code, 0);
    assert_eq!(
        out.stdout,
        format!(
            "dlvm-timeline {} (catalog as of {})\n",
            env!("CARGO_PKG_VERSION"),
            SHIPPED.as_of
        )
    );
}

/// A version bump comes with its CHANGELOG entry (Keep a Changelog form).
#[test]
fn the_changelog_has_this_version() {
    let changelog = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/CHANGELOG.md"))
        .expect("CHANGELOG.md");
    let heading = format!("## [{}] - ", env!("CARGO_PKG_VERSION"));
    assert!(
        changelog.lines().any(|line| line.starts_with(&heading)),
        "CHANGELOG.md has no \"{heading}YYYY-MM-DD\" heading"
    );
    assert!(changelog.contains("## [Unreleased]"));
}

/// README's table of commands is `--help`'s, row for row: each command
/// with its usage and its one-line description.
#[test]
fn the_readme_lists_the_commands_as_help_does() {
    use clap::CommandFactory;
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = "<!-- commands: as `dlvm-timeline --help` says them (src/cli/tests.rs) -->\n";
    let shown = readme
        .split(start)
        .nth(1)
        .and_then(|rest| rest.split("<!-- /commands -->").next())
        .expect("README.md has the commands markers");
    let mut table = String::from("| command | what it does |\n|---|---|\n");
    for command in args::Cli::command().get_subcommands() {
        let arguments: Vec<String> = command
            .get_positionals()
            .map(|a| {
                let name = a
                    .get_value_names()
                    .and_then(|n| n.first())
                    .map_or_else(|| a.get_id().to_string().to_uppercase(), |n| n.to_string());
                match (
                    a.is_required_set(),
                    a.get_num_args().is_some_and(|n| n.max_values() > 1),
                ) {
                    (true, true) => format!(" {name}…"),
                    (true, false) => format!(" {name}"),
                    (false, _) => format!(" [{name}]"),
                }
            })
            .collect();
        let about = command
            .get_about()
            .map(|a| a.to_string())
            .unwrap_or_default();
        table.push_str(&format!(
            "| `{}{}` | {about} |\n",
            command.get_name(),
            arguments.concat()
        ));
    }
    assert_eq!(
        shown, table,
        "README.md's command table should read:\n{table}"
    );
}

#[test]
fn each_stage_has_one_name_for_clap_serde_and_its_slug() {
    use clap::ValueEnum;
    for stage in verdict::Stage::ALL {
        let clap_name = stage.to_possible_value().map(|v| v.get_name().to_owned());
        assert_eq!(clap_name.as_deref(), Some(stage.slug()));
        assert_eq!(serde_json::to_value(stage).unwrap(), stage.slug());
        assert_eq!(verdict::Stage::from_slug(stage.slug()), Some(stage));
    }
}
