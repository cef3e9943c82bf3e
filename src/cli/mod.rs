//! The maintainer's command line (native only):
//!
//! - `check FILE [--max-age-days N]`: validates any catalog text; fails on
//!   errors, or when the catalog is older than N days (a scheduled job);
//! - `status [YYYY-MM-DD]`: the shipped records' status on a day;
//! - `images FILE`: Google's image listing (gcloud's JSON) against the
//!   catalog (`images.rs`);
//! - `diff OLD NEW`: what a catalog change does (`diff.rs`);
//! - `check-image NAME…` and `scan PATH…`: image names in pipelines, judged
//!   by the policy (`verdict.rs`, `scan.rs`, `present.rs`);
//! - `pages --out DIR`: the pages made at build time (`pages.rs`);
//! - `docs-data`: what the docs integrations check ids against (`docs_data.rs`).
//!
//! `--format json` prints one JSON document for scripts. Exit codes: 0 all
//! good; 1 something to act on (catalog errors, too old, findings); 2 input
//! that can't be read (a file, its JSON, an argument), with where.

mod args;
mod check;
mod diff;
mod docs_data;
mod images;
mod listing;
pub mod pages;
mod present;
pub mod scan;
pub mod verdict;

use crate::domain::catalog::Catalog;
use crate::domain::date::Date;
use crate::domain::policy::Policy;
use crate::domain::validate::{read_as_written, Level, Problem};
use crate::shipped::{SHIPPED, SHIPPED_JSON};
use args::{Cli, Command, Format, ScanFormat};
use check::{check, status};
use clap::Parser;
use serde_json::json;
use std::fmt::Write;

pub use listing::Kind;

/// What a command prints and its exit status.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub code: u8,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    fn ok(code: u8, stdout: String) -> Outcome {
        Outcome {
            code,
            stdout,
            stderr: String::new(),
        }
    }

    /// Input that can't be read: exit 2, the message on stderr (and, for
    /// scripts, as JSON on stdout).
    fn unreadable(file: &str, message: String, format: Format) -> Outcome {
        Outcome::unreadable_at(file, message, format, json!({}))
    }

    /// The same, with where in the file (`line`, `column`, `path`) for scripts.
    fn unreadable_at(
        file: &str,
        message: String,
        format: Format,
        place: serde_json::Value,
    ) -> Outcome {
        let mut error = json!({ "file": file, "message": message });
        if let (Some(error), Some(place)) = (error.as_object_mut(), place.as_object()) {
            error.extend(place.clone());
        }
        Outcome {
            code: 2,
            stdout: match format {
                Format::Json => json_line(&json!({ "error": error })),
                Format::Text => String::new(),
            },
            stderr: format!("{file}: {message}\n"),
        }
    }
}

/// Runs one command line (without the program name).
pub fn run(args: &[&str]) -> Outcome {
    let cli =
        match Cli::try_parse_from(std::iter::once("dlvm-timeline").chain(args.iter().copied())) {
            Ok(cli) => cli,
            Err(error) => {
                let code = if error.use_stderr() { 2 } else { 0 };
                let text = error.render().to_string();
                return if code == 0 {
                    Outcome::ok(0, text)
                } else {
                    Outcome {
                        code,
                        stdout: String::new(),
                        stderr: text,
                    }
                };
            }
        };
    match cli.command {
        Command::Check {
            file,
            max_age_days,
            at,
            format,
        } => match read(&file) {
            Ok(text) => check(
                &file,
                &text,
                max_age_days,
                at.unwrap_or_else(today_utc),
                format,
            ),
            Err(why) => Outcome::unreadable(&file, why, format),
        },
        Command::Status { date } => status(date.unwrap_or_else(|| SHIPPED.as_of.max(today_utc()))),
        Command::Images {
            file,
            catalog,
            kind,
            at,
            format,
        } => {
            let catalog_file =
                catalog.unwrap_or_else(|| "static/catalog.json (shipped)".to_owned());
            let catalog = match load_catalog(&catalog_file) {
                Ok(catalog) => catalog,
                Err(why) => return Outcome::unreadable(&catalog_file, why, format),
            };
            let text = match read(&file) {
                Ok(text) => text,
                Err(why) => return Outcome::unreadable(&file, why, format),
            };
            let listing = match listing::read_listing(&text, kind) {
                Ok(listing) => listing,
                Err(why) => {
                    let place = json!({
                        "line": (why.line > 0).then_some(why.line),
                        "column": (why.line > 0).then_some(why.column),
                        "path": why.path,
                    });
                    return Outcome::unreadable_at(&file, why.to_string(), format, place);
                }
            };
            let report = images::compare(&catalog, &listing, at.unwrap_or_else(today_utc));
            let code = u8::from(report.has_findings());
            Outcome::ok(
                code,
                match format {
                    Format::Text => images::to_text(&report),
                    Format::Json => json_line(&report),
                },
            )
        }
        Command::CheckImage {
            names,
            judging,
            format,
        } => {
            let at = judging.at.unwrap_or_else(today_utc);
            let policy = Policy {
                warn_days: i64::from(judging.warn_days),
            };
            let verdicts: Vec<verdict::Verdict> = names
                .iter()
                .map(|name| verdict::judge(&SHIPPED, name, at, policy))
                .collect();
            let code = u8::from(verdicts.iter().any(|v| v.fails(judging.fail_on)));
            Outcome::ok(
                code,
                match format {
                    Format::Text => present::check_image_text(&verdicts, judging.fail_on),
                    Format::Json => json_line(&json!({
                        "at": at.to_string(),
                        "fail_on": judging.fail_on,
                        "warn_days": judging.warn_days,
                        "verdicts": verdicts.iter().map(|v| {
                            let mut value = serde_json::to_value(v).unwrap_or_default();
                            if let Some(map) = value.as_object_mut() {
                                map.insert("fails".to_owned(), json!(v.fails(judging.fail_on)));
                            }
                            value
                        }).collect::<Vec<_>>(),
                    })),
                },
            )
        }
        Command::Scan {
            paths,
            judging,
            max_file_size,
            format,
        } => {
            let options = scan::Options {
                at: judging.at.unwrap_or_else(today_utc),
                policy: Policy {
                    warn_days: i64::from(judging.warn_days),
                },
                fail_on: judging.fail_on,
                max_file_size,
            };
            let report = scan::scan(&SHIPPED, &paths, &options);
            let code = if !report.unreadable.is_empty() {
                2
            } else {
                u8::from(report.failures() > 0)
            };
            let mut stderr = String::new();
            for s in &report.unreadable {
                let _ = writeln!(stderr, "{}: {}", s.path, s.reason);
            }
            Outcome {
                code,
                stdout: match format {
                    ScanFormat::Text => present::scan_text(&report),
                    ScanFormat::Json => json_line(&report),
                    ScanFormat::Sarif => json_line(&present::scan_sarif(&report)),
                    ScanFormat::Github => present::scan_github(&report),
                },
                stderr,
            }
        }
        Command::DocsData => Outcome::ok(0, json_line(&docs_data::docs_data(&SHIPPED))),
        Command::Pages { out, base_url, at } => {
            let base = match base_url
                .filter(|b| !b.trim().is_empty())
                .map(|b| pages::base_url(&b))
            {
                Some(Ok(base)) => Some(base),
                Some(Err(why)) => return Outcome::unreadable("--base-url", why, Format::Text),
                None => None,
            };
            match pages::generate(
                &SHIPPED,
                std::path::Path::new(&out),
                base.as_deref(),
                at.unwrap_or_else(today_utc),
            ) {
                Ok(written) => Outcome::ok(
                    0,
                    format!(
                        "{out}: {} pages{}{}\n",
                        written.pages,
                        if written.prerendered {
                            ", index.html's first paint"
                        } else {
                            ""
                        },
                        if written.sitemap { ", sitemap.xml" } else { "" },
                    ),
                ),
                Err(why) => Outcome::unreadable(&out, why, Format::Text),
            }
        }
        Command::Diff {
            old,
            new,
            at,
            format,
        } => {
            // As written: an older catalog may break rules added since;
            // it is still compared, and what it breaks is said (`check` is
            // the gate).
            let ((old_catalog, old_broken), (new_catalog, new_broken)) =
                match (load_as_written(&old), load_as_written(&new)) {
                    (Ok(a), Ok(b)) => (a, b),
                    (Err(why), _) => return Outcome::unreadable(&old, why, format),
                    (_, Err(why)) => return Outcome::unreadable(&new, why, format),
                };
            let mut report = diff::diff(&old_catalog, &new_catalog, at.unwrap_or_else(today_utc));
            report.broken_rules = [(old.as_str(), old_broken), (new.as_str(), new_broken)]
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(file, n)| (file.to_owned(), n))
                .collect();
            Outcome::ok(
                0,
                match format {
                    Format::Text => diff::to_text(&report, &old, &new),
                    Format::Json => json_line(&report),
                },
            )
        }
    }
}

fn json_line<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value)
        .unwrap_or_else(|why| format!("{{\"error\": \"{why}\"}}"));
    text.push('\n');
    text
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|why| format!("cannot read: {why}"))
}

/// A catalog file as written (`validate::read_as_written`: `None` when its
/// fields can't be read) and its errors. `… (shipped)` is the shipped one.
fn load(path: &str) -> Result<(Option<Catalog>, Vec<Problem>), String> {
    let text = if path.ends_with("(shipped)") {
        SHIPPED_JSON.to_owned()
    } else {
        read(path)?
    };
    let (catalog, problems) = read_as_written(&text);
    let errors = problems
        .into_iter()
        .filter(|p| p.level == Level::Error)
        .collect();
    Ok((catalog, errors))
}

/// Errors, one per indented line.
fn listed(errors: &[Problem]) -> String {
    let mut out = String::new();
    for problem in errors {
        let _ = write!(out, "\n  {problem}");
    }
    out
}

/// A catalog file that has no error.
fn load_catalog(path: &str) -> Result<Catalog, String> {
    match load(path)? {
        (Some(catalog), errors) if errors.is_empty() => Ok(catalog),
        (_, errors) => Err(format!("not a valid catalog:{}", listed(&errors))),
    }
}

/// A catalog file as written, with how many rules it breaks; fields that
/// can't be read make it unreadable here.
fn load_as_written(path: &str) -> Result<(Catalog, usize), String> {
    match load(path)? {
        (Some(catalog), errors) => Ok((catalog, errors.len())),
        (None, errors) => Err(format!(
            "not a catalog this version can read:{}",
            listed(&errors)
        )),
    }
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
mod tests;
