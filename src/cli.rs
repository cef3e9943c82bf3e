//! The native command line: `check FILE` validates any catalog text;
//! `status [YYYY-MM-DD]` lists the shipped records' status on a day.

use crate::domain::date::Date;
use crate::domain::policy::status_at;
use crate::domain::validate::read_catalog;
use crate::shipped::SHIPPED;
use std::fmt::Write;

pub const USAGE: &str = "usage: dlvm-timeline check FILE | status [YYYY-MM-DD]\n";

/// Runs one command; returns the exit code and what to print.
pub fn run(args: &[&str]) -> (u8, String) {
    match args {
        ["check", path] => match std::fs::read_to_string(path) {
            Ok(text) => check(path, &text),
            Err(why) => (2, format!("{path}: cannot read: {why}\n")),
        },
        ["status"] => status(SHIPPED.as_of.max(today_utc())),
        ["status", date] => match Date::parse_iso(date) {
            Ok(at) => status(at),
            Err(why) => (2, format!("{date:?}: {why}\n")),
        },
        _ => (2, USAGE.to_owned()),
    }
}

fn check(path: &str, text: &str) -> (u8, String) {
    let report = read_catalog(text);
    let mut out = String::new();
    for problem in &report.problems {
        let _ = writeln!(out, "{path}: {problem}");
    }
    match &report.catalog {
        Some(catalog) => {
            let _ = writeln!(out, "{path}: ok, {} records", catalog.records.len());
            (0, out)
        }
        None => (1, out),
    }
}

fn status(at: Date) -> (u8, String) {
    let mut out = format!("status on {at} (catalog as of {})\n", SHIPPED.as_of);
    for record in SHIPPED.records.iter() {
        let _ = writeln!(
            out,
            "{:<26} {:<12} end of patch {}  end of availability {}",
            record.id,
            status_at(record, at).slug(),
            record.end_of_patch,
            record.end_of_availability
        );
    }
    (0, out)
}

/// Today in UTC, from the system clock (the command line has no reader's
/// time zone to honour).
fn today_utc() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::known(1970, 1, 1)
        .add_days((seconds / 86_400) as i64)
        .unwrap_or(SHIPPED.as_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_reports_located_problems_and_exits_non_zero() {
        let (code, out) = check(
            "bad.json",
            r#"{"as_of": "2026-02-30", "sources": [], "dependencies": [], "records": []}"#,
        );
        assert_eq!(code, 1);
        assert_eq!(out, "bad.json: error: catalog, field as_of: \"2026-02-30\" is not a date: no such day in the calendar\n");
        let (code, out) = check("shipped.json", crate::shipped::SHIPPED_JSON);
        assert_eq!(code, 0);
        assert!(out.ends_with("shipped.json: ok, 72 records\n"), "{out}");
    }

    #[test]
    fn status_lists_every_record() {
        let (code, out) = run(&["status", "2026-04-10"]);
        assert_eq!(code, 0);
        assert_eq!(out.lines().count(), 1 + SHIPPED.records.len());
        assert!(
            out.contains("pytorch/2.7                supported"),
            "{out}"
        );
        assert_eq!(run(&["status", "tomorrow"]).0, 2);
        assert_eq!(run(&[]), (2, USAGE.to_owned()));
    }
}
