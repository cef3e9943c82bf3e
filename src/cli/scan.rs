//! `scan PATH…`: finds Deep Learning VM and container image names in a
//! repository (Terraform, Dockerfiles, YAML, shell, Python, Markdown — any
//! text) and judges each by the policy.
//!
//! No pattern list of its own: a candidate is a run of the characters image
//! names and URIs are made of (`a-z A-Z 0-9 . _ / : @ -`, without `_`, which
//! no image name has), trimmed of punctuation at its ends, whose last path
//! segment starts with a framework's image prefix
//! (`Framework::image_prefixes`); the widget's lookup then reads it. What it
//! can't read as an image name is not a reference (prose, code); what it
//! reads but can't place in the catalog is a finding that fails (never a
//! silent guess). Each finding keeps its byte span, line and column.

use super::verdict::{judge, Stage, Verdict};
use crate::domain::catalog::{Catalog, Framework, Product};
use crate::domain::date::Date;
use crate::domain::lookup::names_an_image;
use crate::domain::policy::Policy;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;

/// A line with this text is skipped.
pub const IGNORE_MARK: &str = "dlvm-timeline: ignore";

/// Files larger than this are skipped unless `--max-file-size` says more.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 2 * 1024 * 1024;

/// How much of a file's start is looked at for a NUL byte (as git does).
const BINARY_PROBE: usize = 8000;

/// One image name in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// Byte offsets in the text: `text[start..end]` is `name`.
    pub start: usize,
    pub end: usize,
    /// 1-based line; 1-based column in Unicode scalar values (an ill-formed
    /// UTF-8 sequence counts as one; a byte-order mark as none).
    pub line: usize,
    pub column: usize,
    pub end_column: usize,
    pub name: String,
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'/' | b':' | b'@' | b'-')
}

fn is_edge_punctuation(b: u8) -> bool {
    matches!(b, b'.' | b'/' | b':' | b'@' | b'-')
}

/// The image prefixes of every framework in either product (`tf`, `tf2`,
/// `pytorch`, `common`, `base`, `vllm`), gathered once.
static PREFIXES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all: Vec<&'static str> = Framework::ALL
        .into_iter()
        .flat_map(|f| [Product::Vm, Product::Containers].map(|p| f.image_prefixes(p)))
        .flatten()
        .copied()
        .collect();
    all.sort_unstable();
    all.dedup();
    all
});

/// Whether the last path segment of a candidate starts with an image
/// prefix followed by `-` or `.` (cheap: most runs of a text stop here).
fn may_be_image(candidate: &[u8], prefixes: &[&str]) -> bool {
    let last = match candidate.iter().rposition(|&b| b == b'/') {
        Some(slash) => candidate.get(slash + 1..).unwrap_or(&[]),
        None => candidate,
    };
    prefixes.iter().any(|p| {
        last.len() > p.len()
            && last
                .get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
            && matches!(last.get(p.len()), Some(b'-' | b'.'))
    })
}

/// Columns are counted in Unicode scalar values from the line's start (a
/// byte-order mark at the file's start is not a column, as editors count).
fn column_of(text: &[u8], line_start: usize, at: usize) -> usize {
    let mut prefix = text.get(line_start..at).unwrap_or(&[]);
    if line_start == 0 {
        prefix = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
    }
    // Cheap for ASCII; lossy decoding counts each ill-formed sequence as one
    // (one U+FFFD each).
    if prefix.is_ascii() {
        prefix.len() + 1
    } else {
        String::from_utf8_lossy(prefix).chars().count() + 1
    }
}

/// Every image name in `text`, in order, with lines that carry
/// `IGNORE_MARK` left out (their count is returned too).
pub fn references(text: &[u8]) -> (Vec<Reference>, usize) {
    let mut found = Vec::new();
    let mut ignored = 0;
    let mut line = 1;
    let mut line_start = 0;
    let mut counted_to = 0;
    let mut at = 0;
    while at < text.len() {
        if !text.get(at).copied().is_some_and(is_name_byte) {
            at += 1;
            continue;
        }
        let run_start = at;
        while text.get(at).copied().is_some_and(is_name_byte) {
            at += 1;
        }
        let mut start = run_start;
        let mut end = at;
        while start < end && text.get(start).copied().is_some_and(is_edge_punctuation) {
            start += 1;
        }
        while end > start && text.get(end - 1).copied().is_some_and(is_edge_punctuation) {
            end -= 1;
        }
        let Some(candidate) = text.get(start..end) else {
            continue;
        };
        if !may_be_image(candidate, &PREFIXES) {
            continue;
        }
        // ASCII by construction.
        let name = String::from_utf8_lossy(candidate).into_owned();
        if !names_an_image(&name) {
            continue;
        }
        // Lines up to here.
        for (offset, b) in text
            .get(counted_to..start)
            .unwrap_or(&[])
            .iter()
            .enumerate()
        {
            if *b == b'\n' {
                line += 1;
                line_start = counted_to + offset + 1;
            }
        }
        counted_to = start;
        let line_end = text
            .get(start..)
            .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
            .map_or(text.len(), |p| start + p);
        let line_text = text.get(line_start..line_end).unwrap_or(&[]);
        if line_text
            .windows(IGNORE_MARK.len())
            .any(|w| w == IGNORE_MARK.as_bytes())
        {
            ignored += 1;
            continue;
        }
        let column = column_of(text, line_start, start);
        found.push(Reference {
            start,
            end,
            line,
            column,
            end_column: column + (end - start),
            name,
        });
    }
    (found, ignored)
}

/// Why a file was not scanned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// One finding: where, and the verdict.
#[derive(Debug, Serialize)]
pub struct Finding {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_column: usize,
    pub fails: bool,
    #[serde(flatten)]
    pub verdict: Verdict,
}

#[derive(Debug, Serialize)]
pub struct ScanReport {
    pub at: String,
    pub fail_on: Stage,
    pub fail_on_unknown: bool,
    pub warn_days: i64,
    pub files_scanned: usize,
    pub findings: Vec<Finding>,
    /// Lines marked `dlvm-timeline: ignore` that named an image.
    pub ignored: usize,
    /// Binary files and files over the size limit.
    pub skipped: Vec<Skipped>,
    /// Files or paths that could not be read (exit 2).
    pub unreadable: Vec<Skipped>,
}

impl ScanReport {
    pub fn failures(&self) -> usize {
        self.findings.iter().filter(|f| f.fails).count()
    }
}

pub struct Options {
    pub at: Date,
    pub policy: Policy,
    pub fail_on: Stage,
    /// Names the catalog has no dates for fail too (`--fail-on-unknown`).
    pub fail_on_unknown: bool,
    pub max_file_size: u64,
}

/// A path as the report shows it: as walked, with `/` separators.
fn shown(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

/// The files under `paths`, as git would see them (`.gitignore`, `.ignore`,
/// hidden files included, `.git` left out), sorted; walking errors apart.
///
/// In a git work tree, the ignore files of the folders above it are not
/// read (a home folder's `.gitignore` of `*` would hide every file); a tree
/// outside git (an unpacked archive) is read with its own ignore files only.
fn files(paths: &[String]) -> (Vec<PathBuf>, Vec<Skipped>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let Some((first, rest)) = paths.split_first() else {
        return (files, errors);
    };
    let mut builder = ignore::WalkBuilder::new(first);
    for path in rest {
        builder.add(path);
    }
    let in_git = paths.iter().all(|path| in_git_work_tree(Path::new(path)));
    builder
        .hidden(false)
        .require_git(in_git)
        .parents(in_git)
        .git_global(false)
        .filter_entry(|entry| entry.file_name() != ".git");
    for entry in builder.build() {
        match entry {
            // Without `./` parts, so `scan . .github` reads each file once.
            Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => files.push(
                entry
                    .path()
                    .components()
                    .filter(|part| *part != Component::CurDir)
                    .collect(),
            ),
            Ok(_) => {}
            Err(error) => errors.push(Skipped {
                path: error_path(&error).unwrap_or_default(),
                reason: error.to_string(),
            }),
        }
    }
    files.sort();
    files.dedup();
    (files, errors)
}

/// Whether `path` is in a git work tree: it or a folder above it holds `.git`.
fn in_git_work_tree(path: &Path) -> bool {
    path.canonicalize()
        .is_ok_and(|path| path.ancestors().any(|dir| dir.join(".git").exists()))
}

fn error_path(error: &ignore::Error) -> Option<String> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(shown(path)),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// What reading one file gave.
enum Read {
    Scanned(Vec<Reference>, usize),
    Skipped(String),
    Unreadable(String),
}

fn read_one(file: &Path, max_file_size: u64) -> Read {
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    if size > max_file_size {
        return Read::Skipped(format!(
            "{size} bytes, over the {max_file_size}-byte limit (--max-file-size)"
        ));
    }
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(why) => return Read::Unreadable(format!("cannot read: {why}")),
    };
    let probe = bytes.get(..BINARY_PROBE.min(bytes.len())).unwrap_or(&[]);
    if probe.contains(&0) {
        return Read::Skipped("binary (a NUL byte in its first 8000 bytes)".to_owned());
    }
    let (references, ignored) = references(&bytes);
    Read::Scanned(references, ignored)
}

/// Reads and scans the files on every core; the results in `files` order.
fn read_all(files: &[PathBuf], max_file_size: u64) -> Vec<Read> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done: Vec<(usize, Read)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(file) = files.get(index) else {
                            break mine;
                        };
                        mine.push((index, read_one(file, max_file_size)));
                    }
                })
            })
            .collect();
        // A worker that stopped leaves its files unread (said below).
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut slots: Vec<Option<Read>> = files.iter().map(|_| None).collect();
    for (index, read) in done {
        if let Some(slot) = slots.get_mut(index) {
            *slot = Some(read);
        }
    }
    slots
        .into_iter()
        .map(|slot| {
            slot.unwrap_or_else(|| Read::Unreadable("not read: its reader stopped".to_owned()))
        })
        .collect()
}

pub fn scan(catalog: &Catalog, paths: &[String], options: &Options) -> ScanReport {
    let mut report = ScanReport {
        at: options.at.to_string(),
        fail_on: options.fail_on,
        fail_on_unknown: options.fail_on_unknown,
        warn_days: options.policy.warn_days,
        files_scanned: 0,
        findings: Vec::new(),
        ignored: 0,
        skipped: Vec::new(),
        unreadable: Vec::new(),
    };
    // A path that isn't there is said once, here; the rest is walked.
    let mut present = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(_) => present.push(path.clone()),
            Err(why) => report.unreadable.push(Skipped {
                path: path.clone(),
                reason: format!("cannot read: {why}"),
            }),
        }
    }
    let (files, errors) = files(&present);
    report.unreadable.extend(errors);
    let read = read_all(&files, options.max_file_size);
    // The same name in many files is judged once.
    let mut judged: HashMap<String, Verdict> = HashMap::new();
    for (file, outcome) in files.iter().zip(read) {
        let path = shown(file);
        let (references, ignored) = match outcome {
            Read::Scanned(references, ignored) => (references, ignored),
            Read::Skipped(reason) => {
                report.skipped.push(Skipped { path, reason });
                continue;
            }
            Read::Unreadable(reason) => {
                report.unreadable.push(Skipped { path, reason });
                continue;
            }
        };
        report.files_scanned += 1;
        report.ignored += ignored;
        for reference in references {
            let verdict = judged
                .entry(reference.name.clone())
                .or_insert_with(|| judge(catalog, &reference.name, options.at, options.policy))
                .clone();
            report.findings.push(Finding {
                path: path.clone(),
                line: reference.line,
                column: reference.column,
                end_column: reference.end_column,
                fails: verdict.fails(options.fail_on, options.fail_on_unknown),
                verdict,
            });
        }
    }
    report
}
