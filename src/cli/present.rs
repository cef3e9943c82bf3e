//! How `check-image` and `scan` print what they found: text for people,
//! GitHub workflow commands for annotations, SARIF 2.1.0 for code scanning.
//! (`--format json` is the reports themselves, serialized.)

use super::scan::{Finding, ScanReport, Skipped};
use super::verdict::{Stage, Verdict};
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::Path;

/// `error` when it fails the build, `warning` when it is due soon, `note`
/// otherwise: SARIF's and GitHub's levels alike.
fn severity(verdict: &Verdict, fails: bool) -> &'static str {
    if fails {
        "error"
    } else if verdict.stage == Some(Stage::Soon) {
        "warning"
    } else {
        "note"
    }
}

/// The lines under a verdict: what its name contradicts, its warnings, the latest-image check, the
/// upgrade (what to use instead and what changes).
fn details(out: &mut String, verdict: &Verdict, indent: &str) {
    if let Some(disagreement) = &verdict.disagreement {
        let _ = writeln!(out, "{indent}data quality: {disagreement}");
    }
    for w in &verdict.warnings {
        let _ = writeln!(out, "{indent}{}: {}", w.severity, w.text);
    }
    if let Some(upgrade) = &verdict.upgrade {
        let _ = writeln!(out, "{indent}upgrade: {}", upgrade.text);
        if !upgrade.use_instead.is_empty() {
            let _ = writeln!(out, "{indent}  use: {}", upgrade.use_instead.join(", "));
        }
        for change in &upgrade.changes {
            let _ = writeln!(out, "{indent}  {change}");
        }
    }
}

pub fn check_image_text(verdicts: &[Verdict], fail_on: Stage, fail_on_unknown: bool) -> String {
    let mut out = String::new();
    for verdict in verdicts {
        let fails = verdict.fails(fail_on, fail_on_unknown);
        let _ = writeln!(out, "{}", verdict.name);
        let _ = writeln!(out, "  {}", verdict.summary());
        if let Some(line) = &verdict.facts_line {
            let _ = writeln!(out, "  {line}");
        }
        if let Some(latest) = &verdict.latest_image {
            let _ = writeln!(
                out,
                "  built {}; latest image of its family: {}",
                latest.built,
                if latest.newer_available {
                    "newer ones have come since"
                } else {
                    "none newer expected yet"
                }
            );
        }
        details(&mut out, verdict, "  ");
        let _ = writeln!(
            out,
            "  {}\n",
            match (fails, verdict.unknown) {
                (true, true) => "FAILS (--fail-on-unknown)".to_owned(),
                (false, true) =>
                    "notice: not judged (it fails only with --fail-on-unknown)".to_owned(),
                (true, false) => format!("FAILS (--fail-on {})", fail_on.slug()),
                (false, false) => format!("passes (--fail-on {})", fail_on.slug()),
            }
        );
    }
    let failures = verdicts
        .iter()
        .filter(|v| v.fails(fail_on, fail_on_unknown))
        .count();
    let _ = writeln!(out, "{} of {} names fail.", failures, verdicts.len());
    out
}

pub fn scan_text(report: &ScanReport) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let _ = writeln!(
            out,
            "{}:{}:{}: {}: {} — {}",
            f.path,
            f.line,
            f.column,
            severity(&f.verdict, f.fails),
            f.verdict.name,
            f.verdict.summary()
        );
        if f.fails || f.verdict.stage == Some(Stage::Soon) {
            details(&mut out, &f.verdict, "    ");
        }
    }
    for s in &report.skipped {
        let _ = writeln!(out, "{}: skipped: {}", s.path, s.reason);
    }
    for s in &report.unreadable {
        let _ = writeln!(out, "{}: error: {}", s.path, s.reason);
    }
    let _ = writeln!(
        out,
        "{} image references in {} files scanned; {} fail (--fail-on {}, statuses on {}); {} ignored by a `dlvm-timeline: ignore` comment; {} files skipped.",
        report.findings.len(),
        report.files_scanned,
        report.failures(),
        report.fail_on.slug(),
        report.at,
        report.ignored,
        report.skipped.len()
    );
    out
}

/// GitHub's workflow-command escaping of a message.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// … and of a property value.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn message(f: &Finding) -> String {
    let mut text = format!("{}: {}", f.verdict.name, f.verdict.summary());
    if let Some(disagreement) = &f.verdict.disagreement {
        text.push_str(". ");
        text.push_str(disagreement.trim_end_matches('.'));
    }
    if let Some(upgrade) = &f.verdict.upgrade {
        text.push_str(". ");
        text.push_str(&upgrade.text);
        if let Some(first) = upgrade.use_instead.first() {
            text.push_str(&format!(" Use {first}."));
        }
    }
    text
}

fn title(f: &Finding) -> String {
    match (f.verdict.status, f.verdict.unknown) {
        (Some(status), _) => format!("Deep Learning image {status}"),
        (None, true) => "Deep Learning image the catalog has no dates for".to_owned(),
        (None, false) => "Deep Learning image not recognized".to_owned(),
    }
}

/// One workflow command per finding (`::error file=…,line=…::…`), then the
/// unreadable paths; the summary goes to the log as a plain line.
pub fn scan_github(report: &ScanReport) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let _ = writeln!(
            out,
            "::{} file={},line={},col={},endColumn={},title={}::{}",
            severity(&f.verdict, f.fails).replace("note", "notice"),
            escape_property(&f.path),
            f.line,
            f.column,
            f.end_column,
            escape_property(&title(f)),
            escape_data(&message(f))
        );
    }
    for s in &report.unreadable {
        let _ = writeln!(
            out,
            "::error file={}::{}",
            escape_property(&s.path),
            escape_data(&s.reason)
        );
    }
    let _ = writeln!(
        out,
        "dlvm-timeline: {} image references, {} fail (--fail-on {}).",
        report.findings.len(),
        report.failures(),
        report.fail_on.slug()
    );
    out
}

/// Where the scan ran: SARIF's `%SRCROOT%`, which every result's URI is
/// relative to (code-scanning services resolve it to the checkout).
const SRCROOT: &str = "%SRCROOT%";

/// Google's policy, which every rule applies: the tool's and the rules'
/// `informationUri` / `helpUri`.
const POLICY_URI: &str =
    "https://docs.cloud.google.com/deep-learning-vm/docs/framework-support-policy";

/// A scanned path relative to `root` (the directory the scan ran in),
/// whatever form it was given in: `scan /checkout` from `/checkout` gives
/// `src/main.tf`, not an absolute path (SARIF validators reject absolute
/// URIs beside a `uriBaseId`); a path outside the root climbs with `..`.
fn relative_to(path: &str, root: &Path) -> String {
    let given = Path::new(path);
    if !given.is_absolute() {
        return path.strip_prefix("./").unwrap_or(path).to_owned();
    }
    let shared = given
        .components()
        .zip(root.components())
        .take_while(|(a, b)| a == b)
        .count();
    let ups = root.components().count().saturating_sub(shared);
    let rest = given
        .components()
        .skip(shared)
        .map(|c| c.as_os_str().to_string_lossy());
    let mut out = String::new();
    for part in std::iter::repeat_n("..".into(), ups).chain(rest) {
        if !out.is_empty() {
            out.push('/');
        }
        out.push_str(&part);
    }
    out
}

/// A relative path as a URI reference: unreserved characters and `/` as
/// they are, every other byte percent-encoded.
fn uri_reference(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The rules: one per stage, one for names that fit no single version, one
/// for names the catalog has no dates for.
const RULES: [(&str, &str, &str); 6] = [
    ("dlvm/supported", "Image supported", "The image's framework version is supported: new image versions keep coming."),
    ("dlvm/soon", "Image due for an upgrade", "Supported, but its end of patch & support or of availability is near, or newer images of its family exist: published images never change, so use the latest."),
    ("dlvm/deprecated", "Image deprecated", "Past its end of patch & support: no new image versions, no patches or security fixes; troubleshooting may require upgrading first."),
    ("dlvm/unavailable", "Image unavailable", "Past its end of availability: no new resources can be created from these images, and they can't be downloaded."),
    ("dlvm/not-recognized", "Image name not placed", "Read as a Deep Learning VM or container image name, but it fits several versions of the catalog, or its parts aren't read: check the name."),
    ("dlvm/unknown", "Image the catalog has no dates for", "A version the catalog doesn't have (newer than it: refresh the catalog; or missing from Google's list), a rolling family that moves to new versions by itself (pin a versioned family), or TensorFlow Enterprise, which Google no longer lists. A note unless --fail-on-unknown."),
];

fn rule_index(verdict: &Verdict) -> usize {
    match verdict.stage {
        Some(Stage::Supported) => 0,
        Some(Stage::Soon) => 1,
        Some(Stage::Deprecated) => 2,
        Some(Stage::Unavailable) => 3,
        None if verdict.unknown => 5,
        None => 4,
    }
}

/// A SARIF 2.1.0 log (one run), for code-scanning uploads; artifact URIs
/// are relative to `%SRCROOT%`, the directory the scan ran in.
pub fn scan_sarif(report: &ScanReport) -> Value {
    let root = std::env::current_dir().unwrap_or_default();
    sarif_log(report, &root)
}

fn sarif_log(report: &ScanReport, root: &Path) -> Value {
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| sarif_result(f, root))
        .collect();
    let notifications: Vec<Value> = report
        .unreadable
        .iter()
        .map(|s| sarif_notification(s, root))
        .collect();
    json!({
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "dlvm-timeline",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": POLICY_URI,
                    "rules": sarif_rules(),
                },
            },
            "invocations": [{
                "executionSuccessful": report.unreadable.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn artifact_location(path: &str, root: &Path) -> Value {
    json!({ "uri": uri_reference(&relative_to(path, root)), "uriBaseId": SRCROOT })
}

fn sarif_rules() -> Vec<Value> {
    RULES
        .iter()
        .map(|(id, name, description)| {
            json!({
                "id": id,
                "name": name.replace(' ', ""),
                "shortDescription": { "text": name },
                "fullDescription": { "text": description },
                "help": { "text": description },
                "helpUri": POLICY_URI,
            })
        })
        .collect()
}

fn sarif_result(f: &Finding, root: &Path) -> Value {
    let index = rule_index(&f.verdict);
    let mut properties = json!({ "lookup": f.verdict.lookup });
    if let (Some(map), Some(record), Some(status)) = (
        properties.as_object_mut(),
        &f.verdict.record,
        f.verdict.status,
    ) {
        map.insert("record".to_owned(), json!(record));
        map.insert("status".to_owned(), json!(status));
    }
    json!({
        "ruleId": RULES.get(index).map(|r| r.0).unwrap_or_default(),
        "ruleIndex": index,
        "level": severity(&f.verdict, f.fails),
        "message": { "text": message(f) },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": artifact_location(&f.path, root),
                "region": {
                    "startLine": f.line,
                    "startColumn": f.column,
                    "endColumn": f.end_column,
                    "snippet": { "text": f.verdict.name },
                },
            },
        }],
        "properties": properties,
    })
}

/// An unreadable path is a notification, not a result: nothing was found
/// there, but the run did not see everything it was asked to.
fn sarif_notification(s: &Skipped, root: &Path) -> Value {
    json!({
        "level": "error",
        "message": { "text": s.reason },
        "locations": [{ "physicalLocation": { "artifactLocation": artifact_location(&s.path, root) } }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artifact_paths_are_relative_to_where_the_scan_ran() {
        let root = Path::new("/work/checkout");
        assert_eq!(
            relative_to("/work/checkout/infra/main.tf", root),
            "infra/main.tf"
        );
        assert_eq!(relative_to("./infra/main.tf", root), "infra/main.tf");
        assert_eq!(relative_to("infra/main.tf", root), "infra/main.tf");
        assert_eq!(relative_to("/work/other/a.tf", root), "../other/a.tf");
        assert_eq!(relative_to("/etc/x.yaml", root), "../../etc/x.yaml");
    }
}
