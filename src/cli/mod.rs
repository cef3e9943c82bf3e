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
//! - `pages --out DIR`: the pages made at build time (`pages.rs`).
//!
//! `--format json` prints one JSON document for scripts. Exit codes: 0 all
//! good; 1 something to act on (catalog errors, too old, findings); 2 input
//! that can't be read (a file, its JSON, an argument), with where.

mod diff;
mod images;
mod listing;
pub mod pages;
mod present;
pub mod scan;
pub mod verdict;

use crate::domain::catalog::Catalog;
use crate::domain::date::Date;
use crate::domain::policy::{status_at, Policy, DEFAULT_WARN_DAYS};
use crate::domain::validate::{read_as_written, read_catalog, Level};
use crate::shipped::{SHIPPED, SHIPPED_JSON};
use clap::{Parser, Subcommand, ValueEnum};
use serde_json::json;
use std::fmt::Write;

pub use listing::Kind;

#[derive(Parser, Debug)]
#[command(
    name = "dlvm-timeline",
    about = "Check, compare and refresh the DLVM Support Timeline catalog.",
    after_help = "Exit status: 0 all good; 1 something to act on (catalog errors, too old, \
                  findings in a listing); 2 input that can't be read."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
enum Format {
    #[default]
    Text,
    Json,
}

/// `scan`'s formats: also SARIF 2.1.0 and GitHub workflow commands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
enum ScanFormat {
    #[default]
    Text,
    Json,
    Sarif,
    Github,
}

/// What judges an image: the day, the "soon" window, the failing level.
#[derive(clap::Args, Debug)]
struct Judging {
    /// The day to judge on (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    at: Option<Date>,
    /// "Soon" means an end date within this many days.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_WARN_DAYS as u32)]
    warn_days: u32,
    /// Fail on images at this level or past it (supported < soon <
    /// deprecated < unavailable); names that fit no single version always
    /// fail.
    #[arg(long, value_enum, default_value_t = verdict::Level::Deprecated)]
    fail_on: verdict::Level,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate a catalog file: every problem, located.
    Check {
        file: String,
        /// Also fail when the catalog's as_of is more than N days before --at.
        #[arg(long, value_name = "N")]
        max_age_days: Option<u32>,
        /// The day to measure the age on (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        at: Option<Date>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// The shipped catalog's records and their status on a day.
    Status {
        /// Default: today (UTC), or the catalog's as_of if later.
        #[arg(value_parser = parse_date)]
        date: Option<Date>,
    },
    /// Compare gcloud's image listing (JSON) with the catalog.
    #[command(after_help = "FILE is what one of these prints:\n  \
        gcloud compute images list --project deeplearning-platform-release \
        --no-standard-images --show-deprecated --format=json\n  \
        gcloud artifacts docker images list \
        us-docker.pkg.dev/deeplearning-platform-release/gcr.io --include-tags --format=json")]
    Images {
        file: String,
        /// The catalog to compare with (default: the shipped one).
        #[arg(long, value_name = "CATALOG")]
        catalog: Option<String>,
        /// Which listing FILE is (default: told by its first entry).
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        /// The day to evaluate statuses on (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        at: Option<Date>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Judge image names (families, dated image names, container URIs) by the policy.
    CheckImage {
        #[arg(required = true, value_name = "NAME")]
        names: Vec<String>,
        #[command(flatten)]
        judging: Judging,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Find image names in files (Terraform, Dockerfiles, YAML, shell,
    /// Python, Markdown…) and judge each.
    #[command(
        after_help = "Walks each PATH as git would (.gitignore and .ignore files are \
        respected; hidden files are scanned; .git is not), skipping binary files and files over \
        --max-file-size. A line containing `dlvm-timeline: ignore` is skipped."
    )]
    Scan {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        #[command(flatten)]
        judging: Judging,
        /// Skip files larger than this many bytes.
        #[arg(long, value_name = "BYTES", default_value_t = scan::DEFAULT_MAX_FILE_SIZE)]
        max_file_size: u64,
        #[arg(long, value_enum, default_value_t)]
        format: ScanFormat,
    },
    /// Write the pages made at build time into DIR (Trunk's post-build hook
    /// runs it): a page per version and language, their list, the standalone
    /// page's first paint, and with a base URL the sitemap.
    Pages {
        #[arg(long, value_name = "DIR")]
        out: String,
        /// The address dist/ is served from (canonical links, og:url,
        /// sitemap.xml); left out when not given.
        #[arg(long, value_name = "URL", env = "DLVM_BASE_URL")]
        base_url: Option<String>,
        /// The build day: which framework the standalone page opens on
        /// (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        at: Option<Date>,
    },
    /// What changes from one catalog file to another.
    Diff {
        old: String,
        new: String,
        /// The day whose status changes to report (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        at: Option<Date>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse_iso(text).map_err(|why| format!("{text:?}: {why}"))
}

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

/// A catalog file, validated: its errors make it unreadable here. (The
/// shipped one when the name is the default's.)
fn load_catalog(path: &str) -> Result<Catalog, String> {
    let text = if path.ends_with("(shipped)") {
        SHIPPED_JSON.to_owned()
    } else {
        read(path)?
    };
    let report = read_catalog(&text);
    let mut errors = String::new();
    for problem in report.errors() {
        let _ = write!(errors, "\n  {problem}");
    }
    match report.catalog {
        Some(catalog) if errors.is_empty() => Ok(catalog),
        _ => Err(format!("not a valid catalog:{errors}")),
    }
}

/// A catalog file as written (see `validate::read_as_written`), with how
/// many rules it breaks; unreadable fields make it unreadable here.
fn load_as_written(path: &str) -> Result<(Catalog, usize), String> {
    let (catalog, problems) = read_as_written(&read(path)?);
    let broken = problems.iter().filter(|p| p.level == Level::Error).count();
    match catalog {
        Some(catalog) => Ok((catalog, broken)),
        None => {
            let mut errors = String::new();
            for problem in problems.iter().filter(|p| p.level == Level::Error) {
                let _ = write!(errors, "\n  {problem}");
            }
            Err(format!("not a catalog this version can read:{errors}"))
        }
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

fn status(at: Date) -> Outcome {
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
