//! What Google's own listings say, read from the JSON gcloud prints:
//!
//! - `gcloud compute images list --project deeplearning-platform-release
//!   --no-standard-images --show-deprecated --format=json`: Compute Engine
//!   Image resources (`name`, `family`, `creationTimestamp`,
//!   `deprecated.state`; every other field is ignored). An image without
//!   `deprecated` is ACTIVE.
//! - `gcloud artifacts docker images list
//!   us-docker.pkg.dev/deeplearning-platform-release/gcr.io --include-tags
//!   --format=json`: one entry per image digest (`package`, `version`,
//!   `tags`, `createTime`, `updateTime`); gcloud joins the tags with ", ",
//!   a list is read too.
//!
//! Both become `Listed` images. Anything else is refused with where it is
//! (the entry's index, the field, the line and column).

use crate::domain::date::Date;
use serde::Deserialize;
use std::fmt;

/// Which listing a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// `gcloud compute images list` (Deep Learning VM images).
    ComputeImages,
    /// `gcloud artifacts docker images list` (Deep Learning Containers).
    DockerImages,
}

/// Compute Engine's deprecation states (`deprecated.state`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ImageState {
    /// Usable; image families point to the newest active image.
    Active,
    /// Still usable by name; families no longer point to it.
    Deprecated,
    /// Requests that use it fail.
    Obsolete,
    /// Deleted: requests that use it fail.
    Deleted,
}

impl ImageState {
    pub fn name(self) -> &'static str {
        match self {
            ImageState::Active => "ACTIVE",
            ImageState::Deprecated => "DEPRECATED",
            ImageState::Obsolete => "OBSOLETE",
            ImageState::Deleted => "DELETED",
        }
    }

    /// Whether new resources can still be created from the image.
    pub fn usable(self) -> bool {
        matches!(self, ImageState::Active | ImageState::Deprecated)
    }
}

/// One image of a listing, whichever listing it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    /// A VM image's name (`pytorch-2-9-cu129-ubuntu-2404-nvidia-580-v20260416`),
    /// or a container's URI with its digest.
    pub name: String,
    /// The VM image's `family`, or the container image's URI without tag:
    /// what the catalog names (`None` when a VM image has no family).
    pub family: Option<String>,
    /// When it was created, as a UTC calendar day.
    pub created: Date,
    /// Compute Engine's deprecation state; containers have none.
    pub state: Option<ImageState>,
    /// Container tags (`latest`, `m125`).
    pub tags: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    pub kind: Kind,
    pub images: Vec<Listed>,
}

/// Why a listing could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListingError {
    /// The path of the bad value (`[3].deprecated.state`), when known.
    pub path: Option<String>,
    /// 1-based line and column in the file, when known.
    pub line: usize,
    pub column: usize,
    pub reason: String,
}

impl fmt::Display for ListingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        if let Some(path) = &self.path {
            write!(f, "{path}: ")?;
        }
        f.write_str(&self.reason)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ComputeImage {
    name: String,
    #[serde(default)]
    family: Option<String>,
    creation_timestamp: String,
    #[serde(default)]
    deprecated: Option<Deprecation>,
}

#[derive(Deserialize)]
struct Deprecation {
    #[serde(default)]
    state: Option<ImageState>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DockerImage {
    package: String,
    version: String,
    #[serde(default)]
    tags: Tags,
    create_time: String,
}

/// gcloud prints the tags joined by ", "; a list is read as well.
#[derive(Deserialize, Default)]
#[serde(untagged)]
enum Tags {
    #[default]
    None,
    Joined(String),
    List(Vec<String>),
}

impl Tags {
    fn into_vec(self) -> Vec<String> {
        match self {
            Tags::None => Vec::new(),
            Tags::Joined(text) => text
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            Tags::List(list) => list,
        }
    }
}

/// An RFC 3339 timestamp as its UTC calendar day.
fn utc_day(text: &str) -> Result<Date, String> {
    let instant = chrono::DateTime::parse_from_rfc3339(text)
        .map_err(|why| format!("{text:?} is not an RFC 3339 timestamp: {why}"))?;
    let day = instant.naive_utc().date();
    use chrono::Datelike;
    Date::from_ymd(day.year(), day.month(), day.day())
        .ok_or_else(|| format!("{text:?} is outside the calendar this tool reads"))
}

fn located<T>(text: &str) -> Result<T, ListingError>
where
    T: for<'de> Deserialize<'de>,
{
    let mut reader = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut reader).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let message = strip_position(&inner.to_string());
        let top = path == ".";
        ListingError {
            path: (!top).then_some(path),
            line: inner.line(),
            column: inner.column(),
            reason: match inner.classify() {
                serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                    format!("malformed JSON: {message}")
                }
                _ if top => {
                    format!("not the list gcloud prints (a JSON array of images): {message}")
                }
                _ => message,
            },
        }
    })
}

/// serde_json ends its messages with " at line L column C", which the
/// error already says in front.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message.get(..at).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}

/// Reads either listing; `kind` forces one, else the first entry's fields
/// tell (`creationTimestamp`: Compute Engine, `package`: Artifact Registry).
pub fn read_listing(text: &str, kind: Option<Kind>) -> Result<Listing, ListingError> {
    let entries: Vec<serde_json::Value> = located(text)?;
    let first = entries.first();
    let has = |field: &str| first.is_some_and(|e| e.get(field).is_some());
    let kind = match kind {
        Some(kind) => kind,
        None if has("creationTimestamp") => Kind::ComputeImages,
        None if has("package") => Kind::DockerImages,
        None => {
            return Err(ListingError {
                path: first.map(|_| "[0]".to_owned()),
                line: 0,
                column: 0,
                reason: if entries.is_empty() {
                    "the listing is empty: was the gcloud command's output saved?".to_owned()
                } else {
                    "neither a Compute Engine image (creationTimestamp) nor a container image \
                     (package): pass --kind to say which listing this is"
                        .to_owned()
                },
            })
        }
    };
    // Typed a second time from the text, so that errors keep their line.
    let at_entry = |index: usize, field: &str, reason: String| ListingError {
        path: Some(format!("[{index}].{field}")),
        line: 0,
        column: 0,
        reason,
    };
    let images = match kind {
        Kind::ComputeImages => located::<Vec<ComputeImage>>(text)?
            .into_iter()
            .enumerate()
            .map(|(index, image)| {
                Ok(Listed {
                    created: utc_day(&image.creation_timestamp)
                        .map_err(|why| at_entry(index, "creationTimestamp", why))?,
                    state: Some(
                        image
                            .deprecated
                            .and_then(|d| d.state)
                            .unwrap_or(ImageState::Active),
                    ),
                    family: image.family.filter(|f| !f.is_empty()),
                    name: image.name,
                    tags: Vec::new(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
        Kind::DockerImages => located::<Vec<DockerImage>>(text)?
            .into_iter()
            .enumerate()
            .map(|(index, image)| {
                Ok(Listed {
                    created: utc_day(&image.create_time)
                        .map_err(|why| at_entry(index, "createTime", why))?,
                    state: None,
                    name: format!("{}@{}", image.package, digest(&image.version)),
                    family: Some(image.package),
                    tags: image.tags.into_vec(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
    };
    Ok(Listing { kind, images })
}

/// The digest of a version, whether gcloud printed it alone
/// (`sha256:…`) or as the version resource's name (`projects/…/versions/sha256:…`).
fn digest(version: &str) -> &str {
    version.rsplit('/').next().unwrap_or(version)
}
