//! `check FILE [--max-age-days N]`: a catalog file's problems and age.

use super::args::Format;
use super::{json_document, read, Outcome};
use crate::clock::today_utc;
use crate::domain::date::Date;
use crate::domain::validate::read_catalog;
use serde_json::json;
use std::fmt::Write;

/// The command: the file read, then checked.
pub(super) fn run(
    file: &str,
    max_age_days: Option<u32>,
    at: Option<Date>,
    format: Format,
) -> Outcome {
    match read(file) {
        Ok(text) => check(
            file,
            &text,
            max_age_days,
            at.unwrap_or_else(today_utc),
            format,
        ),
        Err(why) => Outcome::unreadable(file, why, format),
    }
}

fn check(path: &str, text: &str, max_age_days: Option<u32>, at: Date, format: Format) -> Outcome {
    let report = read_catalog(text);
    let age = report.catalog.as_ref().map(|c| c.as_of.days_until(at));
    let too_old = match (age, max_age_days) {
        (Some(age), Some(max)) => age > i64::from(max),
        _ => false,
    };
    let valid = report.catalog.is_some();
    let code = u8::from(!valid || too_old);
    let stdout = match format {
        Format::Json => json_document(&json!({
            "file": path,
            "valid": valid,
            "records": report.catalog.as_ref().map(|c| c.records.len()),
            "as_of": report.catalog.as_ref().map(|c| c.as_of.to_string()),
            "at": at.to_string(),
            "age_days": age,
            "max_age_days": max_age_days,
            "too_old": too_old,
            "problems": report.problems.iter().map(|p| json!({
                "level": p.level.slug(),
                "path": p.location.path,
                "record": p.location.record,
                "field": p.location.field,
                "reason": p.reason,
                "message": p.to_string(),
            })).collect::<Vec<_>>(),
        })),
        Format::Text => {
            let mut out = String::new();
            for problem in &report.problems {
                let _ = writeln!(out, "{path}: {problem}");
            }
            if let Some(catalog) = &report.catalog {
                let _ = writeln!(out, "{path}: ok, {} records", catalog.records.len());
                if let (Some(age), Some(max)) = (age, max_age_days) {
                    let verdict = if too_old { "older than" } else { "within" };
                    let _ = writeln!(
                        out,
                        "{path}: as of {}, {age} days before {at}: {verdict} the {max}-day limit",
                        catalog.as_of
                    );
                }
            }
            out
        }
    };
    Outcome::printed(code, stdout)
}
