//! The `scan` command: the paths scanned (`scan::scan`), printed in the
//! chosen format (`present`), and its exit code. (Apart from the scanner, so
//! the scanner, its presentation and the arguments depend one way.)

use super::args::{Judging, ScanFormat};
use super::scan::{scan, Options};
use super::{json_document, present, Outcome};
use crate::clock::today_utc;
use crate::domain::policy::Policy;

/// The command: the paths scanned, printed in `format`; exit 2 when a path
/// can't be read (the rest is still scanned), else 1 when a finding fails.
pub(super) fn run(
    paths: &[String],
    judging: &Judging,
    max_file_size: u64,
    format: ScanFormat,
) -> Outcome {
    let options = Options {
        at: judging.at.unwrap_or_else(today_utc),
        policy: Policy {
            warn_days: i64::from(judging.warn_days),
        },
        fail_on: judging.fail_on,
        fail_on_unknown: judging.fail_on_unknown,
        max_file_size,
    };
    let report = scan(&crate::shipped::SHIPPED, paths, &options);
    let code = if !report.unreadable.is_empty() {
        2
    } else {
        u8::from(report.failures() > 0)
    };
    let mut stderr = String::new();
    for s in &report.unreadable {
        stderr.push_str(&format!("{}: {}\n", s.path, s.reason));
    }
    Outcome {
        code,
        stdout: match format {
            ScanFormat::Text => present::scan_text(&report),
            ScanFormat::Json => json_document(&report),
            ScanFormat::Sarif => json_document(&present::scan_sarif(&report)),
            ScanFormat::Github => present::scan_github(&report),
        },
        stderr,
    }
}
