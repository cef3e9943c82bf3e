//! The command line's arguments (clap): the commands, their options and
//! formats.

use super::{scan, verdict, Kind};
use crate::domain::date::Date;
use crate::domain::policy::DEFAULT_WARN_DAYS;
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "dlvm-timeline",
    version = concat!(
        env!("CARGO_PKG_VERSION"),
        " (catalog as of ",
        env!("DLVM_CATALOG_AS_OF"),
        ")"
    ),
    about = "Check, compare and refresh the DLVM Support Timeline catalog.",
    after_help = "Exit status: 0 all good; 1 something to act on (catalog errors, too old, \
                  findings in a listing); 2 input that can't be read."
)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub(super) command: Command,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub(super) enum Format {
    #[default]
    Text,
    Json,
}

/// `scan`'s formats: also SARIF 2.1.0 and GitHub workflow commands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub(super) enum ScanFormat {
    #[default]
    Text,
    Json,
    Sarif,
    Github,
}

/// What judges an image: the day, the "soon" window, the stage that fails.
#[derive(clap::Args, Debug)]
pub(super) struct Judging {
    /// The day to judge on (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub(super) at: Option<Date>,
    /// "Soon" means an end date within this many days.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_WARN_DAYS as u32)]
    pub(super) warn_days: u32,
    /// Fail on images at this level or past it (supported < soon <
    /// deprecated < unavailable); names that fit several versions, or that
    /// aren't read, always fail.
    #[arg(long, value_enum, default_value_t = verdict::Stage::Deprecated)]
    pub(super) fail_on: verdict::Stage,
    /// Also fail on names the catalog has no dates for: a version not in
    /// it (newer, or missing from Google's list), a rolling family
    /// (`pytorch-latest-gpu`), TensorFlow Enterprise. Without it they are
    /// notices.
    #[arg(long)]
    pub(super) fail_on_unknown: bool,
}

#[derive(Subcommand, Debug)]
pub(super) enum Command {
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
        /// Also write the catalog with the renamed VM families added to
        /// their records' `image_families_seen` (the one change a listing
        /// proves; the same bytes when there is none).
        #[arg(long, value_name = "OUT")]
        write_catalog: Option<String>,
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
    /// What the docs integrations check ids against, as JSON: every id an
    /// embed accepts, the attributes' values, each version's dates in words.
    DocsData,
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

pub(super) fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse_iso(text).map_err(|why| format!("{text:?}: {why}"))
}
