//! The framework support policy as a pure function: a catalog, a record and
//! a calendar date in; status, days remaining, warnings and upgrade advice
//! out. The policy's rules live here and in `advice` (what to move to).

use super::catalog::{slugs, Catalog, DependencyKind, Framework, Product, Record, Text};
use super::date::Date;

mod advice;
pub use advice::{advise, changes, Advice, Change, ChangeKind};

slugs! {
    /// Where a framework version stands on a given day (its slug is the DOM
    /// contract's `data-status`).
    pub enum Status {
        /// Before its release in the catalog.
        Upcoming = "upcoming",
        /// Up to and including the end of patch & support date: new image
        /// versions (patches, security fixes) keep coming.
        Supported = "supported",
        /// After end of patch, up to and including end of availability: no new
        /// images; existing VM images are hidden from the public list but
        /// usable by name; troubleshooting may require upgrading first.
        Deprecated = "deprecated",
        /// After end of availability: the images can no longer be used
        /// (services may block new resources from them) nor downloaded.
        Unavailable = "unavailable",
    }
}

/// The policy's status rule. A null release date means "available from the
/// start"; the end dates themselves are still covered (the policy says
/// "after this date"); when both end dates are equal, a supported version
/// goes straight to unavailable.
pub fn status_at(record: &Record, at: Date) -> Status {
    if record.released.is_some_and(|released| at < released) {
        Status::Upcoming
    } else if at <= record.end_of_patch {
        Status::Supported
    } else if at <= record.end_of_availability {
        Status::Deprecated
    } else {
        Status::Unavailable
    }
}

/// Tunable parts of the evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// "Soon" means within this many days (the end date itself included).
    pub warn_days: i64,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            warn_days: DEFAULT_WARN_DAYS,
        }
    }
}

pub const DEFAULT_WARN_DAYS: i64 = 90;

/// The catalog is stale when the reader's today is more than this many days
/// after its `as_of` (the oldest of Google's page dates): Google may have
/// published newer versions or changed dates since.
pub const STALE_AFTER_DAYS: i64 = 180;

/// How old the catalog is on the reader's `today`, in days, when that is
/// past `STALE_AFTER_DAYS` (every view then says so, once); `None` while it
/// is fresh. The reader's today, not the evaluation date: looking back at
/// last year does not make old data new.
pub fn stale_for(catalog: &Catalog, today: Date) -> Option<i64> {
    let age = catalog.as_of.days_until(today);
    (age > STALE_AFTER_DAYS).then_some(age)
}

slugs! {
    /// How much a warning matters, most first.
    pub enum Severity {
        Critical = "critical",
        Warning = "warning",
        Info = "info",
    }
}

slugs! {
    /// What a warning is about (its slug is the DOM contract's
    /// `data-warning`), most severe first: warnings sort by it.
    pub enum WarningKind {
        Unavailable = "unavailable",
        EndOfAvailabilitySoon = "end-of-availability-soon",
        Deprecated = "deprecated",
        EndOfPatchSoon = "end-of-patch-soon",
        NewerImageAvailable = "newer-image-available",
        PythonEol = "python-eol",
        OsEol = "os-eol",
        DriverEol = "driver-eol",
        PythonEolSoon = "python-eol-soon",
        OsEolSoon = "os-eol-soon",
        DriverEolSoon = "driver-eol-soon",
        DataIssue = "data-issue",
    }
}

impl WarningKind {
    pub fn severity(self) -> Severity {
        match self {
            WarningKind::Unavailable | WarningKind::EndOfAvailabilitySoon => Severity::Critical,
            WarningKind::Deprecated
            | WarningKind::EndOfPatchSoon
            | WarningKind::NewerImageAvailable
            | WarningKind::PythonEol
            | WarningKind::OsEol
            | WarningKind::DriverEol => Severity::Warning,
            WarningKind::PythonEolSoon
            | WarningKind::OsEolSoon
            | WarningKind::DriverEolSoon
            | WarningKind::DataIssue => Severity::Info,
        }
    }

    /// The (past, soon) kinds for one kind of dependency.
    fn for_dependency(kind: DependencyKind) -> (WarningKind, WarningKind) {
        match kind {
            DependencyKind::Python => (WarningKind::PythonEol, WarningKind::PythonEolSoon),
            DependencyKind::Os => (WarningKind::OsEol, WarningKind::OsEolSoon),
            DependencyKind::Driver => (WarningKind::DriverEol, WarningKind::DriverEolSoon),
        }
    }
}

/// One warning with the data its message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    /// The date the warning is about (an end date, an end of life, `as_of`).
    pub date: Option<Date>,
    /// Days from the evaluation date to `date` (negative: in the past).
    pub days: Option<i64>,
    /// What it is about: a Python minor, an OS, a driver branch, or the
    /// data issue's text.
    pub subject: Option<Text>,
}

impl Warning {
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// Everything the widget says about one record on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation<'c> {
    pub record: &'c Record,
    pub at: Date,
    pub status: Status,
    /// Days to each boundary; zero on the day itself, negative after.
    pub days_to_release: Option<i64>,
    pub days_to_end_of_patch: i64,
    pub days_to_end_of_availability: i64,
    /// Most severe first.
    pub warnings: Vec<Warning>,
    /// Present only when the record is not supported at `at` and some
    /// record is.
    pub advice: Option<Advice<'c>>,
}

pub fn evaluate<'c>(
    catalog: &'c Catalog,
    record: &'c Record,
    at: Date,
    policy: Policy,
) -> Evaluation<'c> {
    let status = status_at(record, at);
    let days_to_end_of_patch = at.days_until(record.end_of_patch);
    let days_to_end_of_availability = at.days_until(record.end_of_availability);
    let soon = |days: i64| (0..=policy.warn_days).contains(&days);
    let mut warnings = Vec::new();
    let mut warn = |kind: WarningKind, date: Option<Date>, subject: Option<Text>| {
        warnings.push(Warning {
            kind,
            date,
            days: date.map(|d| at.days_until(d)),
            subject,
        })
    };

    match status {
        Status::Unavailable => warn(
            WarningKind::Unavailable,
            Some(record.end_of_availability),
            None,
        ),
        Status::Deprecated => warn(WarningKind::Deprecated, Some(record.end_of_patch), None),
        Status::Supported if soon(days_to_end_of_patch) => {
            warn(WarningKind::EndOfPatchSoon, Some(record.end_of_patch), None)
        }
        Status::Supported | Status::Upcoming => {}
    }
    if status != Status::Unavailable && soon(days_to_end_of_availability) {
        warn(
            WarningKind::EndOfAvailabilitySoon,
            Some(record.end_of_availability),
            None,
        );
    }
    dependency_warnings(catalog, record, at, policy, &mut warn);
    if let Some(issue) = &record.data_issue {
        warn(WarningKind::DataIssue, None, Some(issue.clone()));
    }
    most_severe_first(&mut warnings);

    let advice = if status == Status::Supported {
        None
    } else {
        advise(catalog, record, at)
    };
    Evaluation {
        record,
        at,
        status,
        days_to_release: record.released.map(|r| at.days_until(r)),
        days_to_end_of_patch,
        days_to_end_of_availability,
        warnings,
        advice,
    }
}

/// A warning: its kind, the date it is about, its subject.
type Warn<'w> = dyn FnMut(WarningKind, Option<Date>, Option<Text>) + 'w;

/// The record's Python, OS and driver: past their end of life, or within
/// the "soon" window of it.
fn dependency_warnings(
    catalog: &Catalog,
    record: &Record,
    at: Date,
    policy: Policy,
    warn: &mut Warn,
) {
    for kind in DependencyKind::ALL {
        let Some(dependency) = record
            .dependency_name(kind)
            .and_then(|name| catalog.dependency(kind, name))
        else {
            continue;
        };
        let (past, coming) = WarningKind::for_dependency(kind);
        let days = at.days_until(dependency.end_of_life);
        if days < 0 {
            warn(
                past,
                Some(dependency.end_of_life),
                Some(dependency.name.clone()),
            );
        } else if (0..=policy.warn_days).contains(&days) {
            warn(
                coming,
                Some(dependency.end_of_life),
                Some(dependency.name.clone()),
            );
        }
    }
}

/// At most a dozen warnings: an insertion sort keeps a second sort
/// implementation out of the bundle.
fn most_severe_first(warnings: &mut [Warning]) {
    for i in 1..warnings.len() {
        let mut j = i;
        while j > 0 && warnings.get(j - 1).map(|w| w.kind) > warnings.get(j).map(|w| w.kind) {
            warnings.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Images older than this many days, counted back from the evaluation date
/// (or the end of patch, after which no newer image comes), have newer
/// images in their family.
pub const LATEST_IMAGE_DAYS: i64 = 30;

/// The latest-image check for an image built on `built`: published images
/// never change and new ones keep coming while a version is supported, so
/// an image built more than 30 days before min(evaluation date, end of
/// patch) has newer ones; `family` is the name to use instead.
pub fn newer_image_warning(
    record: &Record,
    at: Date,
    built: Date,
    family: &str,
) -> Option<Warning> {
    let reference = at.min(record.end_of_patch);
    (built.days_until(reference) > LATEST_IMAGE_DAYS).then(|| Warning {
        kind: WarningKind::NewerImageAvailable,
        date: Some(built),
        days: Some(at.days_until(built)),
        subject: Some(Text::Owned(family.to_owned())),
    })
}

/// `evaluate`, plus the latest-image check for a pasted image name.
pub fn evaluate_image<'c>(
    catalog: &'c Catalog,
    record: &'c Record,
    at: Date,
    policy: Policy,
    built: Option<Date>,
    family: &str,
) -> Evaluation<'c> {
    let mut evaluation = evaluate(catalog, record, at, policy);
    if let Some(warning) = built.and_then(|b| newer_image_warning(record, at, b, family)) {
        // Keep most-severe-first: before the first warning of a later kind.
        let position = evaluation
            .warnings
            .iter()
            .position(|w| w.kind > warning.kind)
            .unwrap_or(evaluation.warnings.len());
        evaluation.warnings.insert(position, warning);
    }
    evaluation
}

/// The framework a product opens on when nothing names one: the one whose
/// supported versions last longest on `at` (latest end of patch &
/// support), so the first screen shows what a reader can still use; with
/// nothing supported, the one available longest; ties go to the offering
/// order (TensorFlow, PyTorch, Base, vLLM). `None` only for a product with
/// no records.
pub fn landing_framework(catalog: &Catalog, product: Product, at: Date) -> Option<Framework> {
    let mut best: Option<(Framework, (bool, Date))> = None;
    for framework in catalog.frameworks_of(product) {
        let key = catalog
            .records_of(product, framework)
            .map(|r| match status_at(r, at) {
                Status::Supported => (true, r.end_of_patch),
                _ => (false, r.end_of_availability),
            })
            .max();
        if let Some(key) = key {
            if best.is_none_or(|(_, best_key)| key > best_key) {
                best = Some((framework, key));
            }
        }
    }
    best.map(|(framework, _)| framework)
}

/// How many records of a framework are in each status on a day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub upcoming: usize,
    pub supported: usize,
    pub deprecated: usize,
    pub unavailable: usize,
}

impl StatusCounts {
    pub fn get(&self, status: Status) -> usize {
        match status {
            Status::Upcoming => self.upcoming,
            Status::Supported => self.supported,
            Status::Deprecated => self.deprecated,
            Status::Unavailable => self.unavailable,
        }
    }
}

pub fn count_statuses(
    catalog: &Catalog,
    product: Product,
    framework: Framework,
    at: Date,
) -> StatusCounts {
    let mut counts = StatusCounts::default();
    for record in catalog.records_of(product, framework) {
        match status_at(record, at) {
            Status::Upcoming => counts.upcoming += 1,
            Status::Supported => counts.supported += 1,
            Status::Deprecated => counts.deprecated += 1,
            Status::Unavailable => counts.unavailable += 1,
        }
    }
    counts
}
