//! The maintainer's command line (native only):
//!
//! - `check FILE [--max-age-days N]`: validates any catalog text; fails on
//!   errors, or when the catalog is older than N days (a scheduled job);
//! - `status [YYYY-MM-DD]`: the shipped records' status on a day;
//! - `images FILE`: Google's image listing (gcloud's JSON) against the
//!   catalog (`images.rs`), and the catalog with what it proves
//!   (`--write-catalog`, `catalog_edit.rs`);
//! - `diff OLD NEW`: what a catalog change does (`diff.rs`);
//! - `check-image NAME…` and `scan PATH…`: image names in pipelines, judged
//!   by the policy (`verdict.rs`, `scan.rs`, `present.rs`);
//! - `docs-data`: what the docs integrations check ids against (`docs_data.rs`).
//!
//! `--format json` prints one JSON document for scripts. Exit codes: 0 all
//! good; 1 something to act on (catalog errors, too old, findings); 2 input
//! that can't be read (a file, its JSON, an argument), with where.

mod args;
mod catalog_edit;
mod check;
mod check_image;
mod diff;
mod docs_data;
mod images;
mod listing;
mod present;
pub mod scan;
mod scan_command;
mod status;
pub mod verdict;

use crate::domain::catalog::Catalog;
use crate::domain::validate::{read_as_written, Level, Problem};
use crate::shipped::SHIPPED_JSON;
use args::{Cli, Command, Format};
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
    /// What a command printed on stdout, with its exit status (0 or 1).
    fn printed(code: u8, stdout: String) -> Outcome {
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
                Format::Json => json_document(&json!({ "error": error })),
                Format::Text => String::new(),
            },
            stderr: format!("{file}: {message}\n"),
        }
    }
}

/// Runs one command line (without the program name): each command is its
/// module's `run`.
pub fn run(args: &[&str]) -> Outcome {
    let cli =
        match Cli::try_parse_from(std::iter::once("dlvm-timeline").chain(args.iter().copied())) {
            Ok(cli) => cli,
            // --help and --version print on stdout and succeed; a usage
            // error goes to stderr with exit 2.
            Err(error) if !error.use_stderr() => {
                return Outcome::printed(0, error.render().to_string())
            }
            Err(error) => {
                return Outcome {
                    code: 2,
                    stdout: String::new(),
                    stderr: error.render().to_string(),
                }
            }
        };
    match cli.command {
        Command::Check {
            file,
            max_age_days,
            at,
            format,
        } => check::run(&file, max_age_days, at, format),
        Command::Status { date } => status::run(date),
        Command::Images {
            file,
            catalog,
            kind,
            write_catalog,
            at,
            format,
        } => images::run(
            &file,
            CatalogSource::given(catalog),
            kind,
            write_catalog.as_deref(),
            at,
            format,
        ),
        Command::CheckImage {
            names,
            judging,
            format,
        } => check_image::run(&names, &judging, format),
        Command::Scan {
            paths,
            judging,
            max_file_size,
            format,
        } => scan_command::run(&paths, &judging, max_file_size, format),
        Command::DocsData => docs_data::run(),
        Command::Diff {
            old,
            new,
            at,
            format,
        } => diff::run(&old, &new, at, format),
    }
}

/// Where a catalog comes from: the one the command line carries (the
/// shipped catalog, as the bundle has it), or a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum CatalogSource {
    Shipped,
    File(String),
}

impl CatalogSource {
    /// A `--catalog FILE` option: the file, else the shipped catalog.
    fn given(file: Option<String>) -> CatalogSource {
        file.map_or(CatalogSource::Shipped, CatalogSource::File)
    }

    /// Its text: the file's, or the shipped catalog's.
    pub(super) fn text(&self) -> Result<String, String> {
        match self {
            CatalogSource::Shipped => Ok(SHIPPED_JSON.to_owned()),
            CatalogSource::File(path) => read(path),
        }
    }

    /// How messages name it.
    pub(super) fn name(&self) -> &str {
        match self {
            CatalogSource::Shipped => "static/catalog.json (shipped)",
            CatalogSource::File(path) => path,
        }
    }
}

/// One pretty-printed JSON document, ending with a line break.
fn json_document<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value)
        .unwrap_or_else(|why| format!("{{\"error\": \"{why}\"}}"));
    text.push('\n');
    text
}

/// A file's text, without the UTF-8 byte-order mark some tools write first
/// (Windows PowerShell 5's `Out-File -Encoding utf8`): JSON has none.
fn read(path: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|why| format!("cannot read: {why}"))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// A catalog as written (`validate::read_as_written`: `None` when its
/// fields can't be read) and its errors.
fn load(source: &CatalogSource) -> Result<(Option<Catalog>, Vec<Problem>), String> {
    let (catalog, problems) = read_as_written(&source.text()?);
    let errors = problems
        .into_iter()
        .filter(|p| p.level == Level::Error)
        .collect();
    Ok((catalog, errors))
}

/// Errors, one per indented line.
fn indented_errors(errors: &[Problem]) -> String {
    let mut out = String::new();
    for problem in errors {
        let _ = write!(out, "\n  {problem}");
    }
    out
}

/// A catalog that has no error.
fn load_catalog(source: &CatalogSource) -> Result<Catalog, String> {
    match load(source)? {
        (Some(catalog), errors) if errors.is_empty() => Ok(catalog),
        (_, errors) => Err(format!("not a valid catalog:{}", indented_errors(&errors))),
    }
}

/// A catalog file as written, with how many rules it breaks; fields that
/// can't be read make it unreadable here.
fn load_as_written(path: &str) -> Result<(Catalog, usize), String> {
    match load(&CatalogSource::File(path.to_owned()))? {
        (Some(catalog), errors) => Ok((catalog, errors.len())),
        (None, errors) => Err(format!(
            "not a catalog this version can read:{}",
            indented_errors(&errors)
        )),
    }
}

#[cfg(test)]
mod tests;
