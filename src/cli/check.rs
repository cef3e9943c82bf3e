//! `check FILE` and `status [DATE]`: a catalog file's problems and age,
//! the shipped records' statuses on a day.

use super::args::Format;
use super::{json_line, Outcome};
use crate::domain::date::Date;
use crate::domain::policy::status_at;
use crate::domain::validate::read_catalog;
use crate::shipped::SHIPPED;
use serde_json::json;
use std::fmt::Write;

pub(super) fn check(
    path: &str,
    text: &str,
    max_age_days: Option<u32>,
    at: Date,
    format: Format,
) -> Outcome {
    let report = read_catalog(text);
    let age = report.catalog.as_ref().map(|c| c.as_of.days_until(at));
    let too_old = match (age, max_age_days) {
        (Some(age), Some(max)) => age > i64::from(max),
        _ => false,
    };
    let valid = report.catalog.is_some();
    let code = u8::from(!valid || too_old);
    let stdout = match format {
        Format::Json => json_line(&json!({
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
    Outcome::ok(code, stdout)
}

pub(super) fn status(at: Date) -> Outcome {
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
    Outcome::ok(0, out)
}
