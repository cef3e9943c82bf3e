//! `images FILE`: what Google's listing says against what the catalog says.
//!
//! Each image is placed by the widget's own lookup (the rule that turns a
//! pasted name into a record lives there, once). Then, per family (a VM
//! image's `family`, a container's URI without tag):
//!
//! - **known**: a name the record prints (`image_families`, with its
//!   `VERSION_DATE`, or `image_families_seen`; `container_images`);
//! - **renamed**: the lookup finds the record, under a name it doesn't print
//!   (keep it in `image_families_seen`, or the record's names are stale);
//! - **new**: read as a framework version, but no single record fits;
//! - **unread**: a framework's prefix with parts the reader doesn't know
//!   (`tf-latest-gpu`); other projects' images are only counted.
//!
//! Per record: **missing** when none of the listing's images is its (expected
//! once the record is unavailable). Per image: a deprecation state that
//! contradicts the record's status on the day (Compute Engine only), or a
//! build after the record's end of patch & support (the policy: no new
//! image versions after it).

use super::args::Format;
use super::catalog_edit::{renamed_families, with_families_seen};
use super::listing::{read_listing, ImageState, Kind, Listed, Listing};
use super::{json_document, load_catalog, read, CatalogSource, Outcome};
use crate::clock::today_utc;
use crate::domain::catalog::{Catalog, Product, Record};
use crate::domain::date::Date;
use crate::domain::lookup::{lookup, read_image_name, Lookup, Unreadable};
use crate::domain::policy::{status_at, Status};
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeSet;
use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Placement {
    Known,
    Renamed,
    New,
    Unread,
}

#[derive(Debug, Serialize)]
pub struct Newest {
    pub name: String,
    pub created: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Family {
    pub family: String,
    pub placement: Placement,
    /// The record it belongs to (known, renamed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// What the record prints instead (renamed), or the closest records (new).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub see: Vec<String>,
    /// Why it was not placed (new, unread).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub images: usize,
    pub newest: Newest,
}

#[derive(Debug, Serialize)]
pub struct Missing {
    pub record: String,
    pub status: &'static str,
    /// Unavailable records may have had their images deleted.
    pub expected: bool,
    pub names: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Disagreement {
    pub image: String,
    pub record: String,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<&'static str>,
    pub created: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct ImagesReport {
    pub kind: Kind,
    pub catalog_as_of: String,
    pub at: String,
    pub images: usize,
    pub families: Vec<Family>,
    pub missing: Vec<Missing>,
    pub disagreements: Vec<Disagreement>,
    /// Images of other products in the same project (not framework images).
    pub other_images: usize,
}

impl ImagesReport {
    /// Something for the maintainer to act on: a new or renamed family, a
    /// record missing while it should be there, a disagreement.
    pub fn has_findings(&self) -> bool {
        self.families
            .iter()
            .any(|f| matches!(f.placement, Placement::New | Placement::Renamed))
            || self.missing.iter().any(|m| !m.expected)
            || !self.disagreements.is_empty()
    }
}

/// The family an image belongs to: the listing's, else (a VM image without
/// one) its name without the build date, as the lookup reads it.
fn family_of(image: &Listed) -> String {
    image.family.clone().unwrap_or_else(|| {
        read_image_name(&image.name)
            .map(|n| n.family)
            .unwrap_or_else(|_| image.name.clone())
    })
}

/// The family (or container URI) each of a record's printed names stands for.
fn printed_families(record: &Record) -> Vec<String> {
    record
        .all_names()
        .filter_map(|name| read_image_name(name).ok().map(|n| n.family))
        .collect()
}

/// `registry/project/repository` of a container URI (what one listing covers).
fn repository(uri: &str) -> &str {
    uri.rsplit_once('/').map_or(uri, |(repo, _)| repo)
}

fn product_of(kind: Kind) -> Product {
    match kind {
        Kind::ComputeImages => Product::Vm,
        Kind::DockerImages => Product::Containers,
    }
}

/// What a deprecation state says against the record's status on `at`
/// (`None` when they agree). Older images of a supported family may be
/// deprecated; its newest may not.
fn state_disagrees(
    status: Status,
    state: ImageState,
    newest: bool,
    record: &Record,
) -> Option<String> {
    match (status, state) {
        (Status::Supported, ImageState::Obsolete | ImageState::Deleted) => Some(format!(
            "{}, but the catalog has the record supported until {}",
            state.name(),
            record.end_of_patch
        )),
        (Status::Supported, ImageState::Deprecated) if newest => Some(format!(
            "the family's newest image is DEPRECATED, but the catalog has the record supported until {}",
            record.end_of_patch
        )),
        (Status::Deprecated, ImageState::Active) => Some(format!(
            "still ACTIVE, but the record's end of patch & support was {}: its images should be deprecated",
            record.end_of_patch
        )),
        (Status::Deprecated, ImageState::Obsolete | ImageState::Deleted) => Some(format!(
            "{}, but the catalog has the record available until {}",
            state.name(),
            record.end_of_availability
        )),
        (Status::Unavailable, state) if state.usable() => Some(format!(
            "still usable ({}), but the record's end of availability was {}",
            state.name(),
            record.end_of_availability
        )),
        _ => None,
    }
}

pub fn compare(catalog: &Catalog, listing: &Listing, at: Date) -> ImagesReport {
    let product = product_of(listing.kind);
    let (families, other_images) = by_family(listing);
    let mut report_families = Vec::new();
    let mut disagreements = Vec::new();
    let mut seen_records: BTreeSet<String> = BTreeSet::new();
    for (family, images) in &families {
        // Newest first; the same day keeps the listing's order.
        let mut images = images.clone();
        images.sort_by(|a, b| b.created.cmp(&a.created).then(b.name.cmp(&a.name)));
        let Some(newest) = images.first() else {
            continue;
        };
        let (placement, record, see, reason) = place(catalog, product, family);
        if let Some(record) = record {
            seen_records.insert(record.id.to_string());
            disagreements.extend(images_disagree(record, &images, at));
        }
        report_families.push(Family {
            family: family.clone(),
            placement,
            record: record.map(|r| r.id.to_string()),
            see,
            reason,
            images: images.len(),
            newest: Newest {
                name: newest.name.clone(),
                created: newest.created.to_string(),
                state: newest.state.map(ImageState::name),
                tags: newest.tags.clone(),
            },
        });
    }
    let missing = missing(catalog, product, &families, &seen_records, at);
    ImagesReport {
        kind: listing.kind,
        catalog_as_of: catalog.as_of.to_string(),
        at: at.to_string(),
        images: listing.images.len(),
        families: report_families,
        missing,
        disagreements,
        other_images,
    }
}

/// The listing's framework images by family, in order of first appearance,
/// and how many images are no framework's.
fn by_family(listing: &Listing) -> (Vec<(String, Vec<&Listed>)>, usize) {
    let mut families: Vec<(String, Vec<&Listed>)> = Vec::new();
    let mut other_images = 0;
    for image in &listing.images {
        let family = family_of(image);
        if let Err(Unreadable::UnknownFramework(_)) = read_image_name(&family) {
            other_images += 1;
            continue;
        }
        match families.iter_mut().find(|(f, _)| *f == family) {
            Some((_, images)) => images.push(image),
            None => families.push((family, vec![image])),
        }
    }
    (families, other_images)
}

/// Where a family stands against the catalog: its placement, its record,
/// the names to see instead, and why when it has no record.
type Placed<'c> = (Placement, Option<&'c Record>, Vec<String>, Option<String>);

fn place<'c>(catalog: &'c Catalog, product: Product, family: &str) -> Placed<'c> {
    match lookup(catalog, family) {
        Lookup::Found { record, .. } if record.product == product => {
            if printed_families(record).iter().any(|p| p == family) {
                (Placement::Known, Some(record), Vec::new(), None)
            } else {
                let names = record.all_names().map(|n| n.to_string()).collect();
                (Placement::Renamed, Some(record), names, None)
            }
        }
        Lookup::Found { record, .. } => (
            Placement::New,
            None,
            Vec::new(),
            Some(format!(
                "read as {}, a record of the other product",
                record.id
            )),
        ),
        Lookup::Ambiguous { closest, .. } => (
            Placement::New,
            None,
            closest.iter().map(|r| r.id.to_string()).collect(),
            Some("several records fit: the catalog can't tell them apart".to_owned()),
        ),
        Lookup::NotInCatalog { closest, .. } => (
            Placement::New,
            None,
            closest.iter().map(|r| r.id.to_string()).collect(),
            Some("no record of this framework version".to_owned()),
        ),
        Lookup::Rolling { .. } | Lookup::Retired { .. } => (
            Placement::Unread,
            None,
            Vec::new(),
            Some("a rolling family or TensorFlow Enterprise: no version of its own".to_owned()),
        ),
        Lookup::Unreadable(why) => (
            Placement::Unread,
            None,
            Vec::new(),
            Some(match why {
                Unreadable::UnknownPart(part) => {
                    format!("the part {part:?} is not one the lookup reads")
                }
                Unreadable::TooLong => "too long to be an image name".to_owned(),
                Unreadable::Empty | Unreadable::UnknownFramework(_) => {
                    "not an image name".to_owned()
                }
                Unreadable::OtherProject => {
                    "not in the deeplearning-platform-release project".to_owned()
                }
            }),
        ),
    }
}

/// What the images of one record's family say against its status on `at`:
/// states that contradict it, builds after its end of patch or before its
/// release.
fn images_disagree(record: &Record, images: &[&Listed], at: Date) -> Vec<Disagreement> {
    let status = status_at(record, at);
    let mut found = Vec::new();
    for (index, image) in images.iter().enumerate() {
        let mut disagree = |reason: String| {
            found.push(Disagreement {
                image: image.name.clone(),
                record: record.id.to_string(),
                status: status.slug(),
                state: image.state.map(ImageState::name),
                created: image.created.to_string(),
                reason,
            })
        };
        if let Some(reason) = image
            .state
            .and_then(|state| state_disagrees(status, state, index == 0, record))
        {
            disagree(reason);
        }
        if image.created > record.end_of_patch {
            disagree(format!(
                "built {}, after the record's end of patch & support ({}): the policy publishes no image versions after it",
                image.created, record.end_of_patch
            ));
        } else if record.released.is_some_and(|r| image.created < r) {
            disagree(format!(
                "built {}, before the record's release in the catalog ({})",
                image.created,
                record.released.map(|r| r.to_string()).unwrap_or_default()
            ));
        }
    }
    found
}

/// Records of the product (for containers: in the listed repositories)
/// with no image in the listing.
fn missing(
    catalog: &Catalog,
    product: Product,
    families: &[(String, Vec<&Listed>)],
    seen_records: &BTreeSet<String>,
    at: Date,
) -> Vec<Missing> {
    let repositories: Vec<&str> = families.iter().map(|(f, _)| repository(f)).collect();
    catalog
        .records
        .iter()
        .filter(|r| r.product == product && !seen_records.contains(r.id.as_ref()))
        .filter(|r| {
            product == Product::Vm
                || r.container_images
                    .iter()
                    .any(|c| repositories.contains(&repository(c)))
        })
        .map(|r| {
            let status = status_at(r, at);
            Missing {
                record: r.id.to_string(),
                status: status.slug(),
                expected: status == Status::Unavailable,
                names: r.image_names().map(|n| n.to_string()).collect(),
            }
        })
        .collect()
}

/// The newest image's name as text shows it: a container's digest, cut to
/// 12 hex digits, after its family (the URI); a VM image's whole name.
fn short(family: &Family) -> String {
    let name = &family.newest.name;
    match name
        .strip_prefix(family.family.as_str())
        .and_then(|rest| rest.strip_prefix('@'))
    {
        Some(digest) => format!("@{}", digest.get(..19).unwrap_or(digest)),
        None => name.clone(),
    }
}

/// The report as text, for a terminal or a pull request.
pub fn to_text(report: &ImagesReport) -> String {
    let mut out = String::new();
    let what = match report.kind {
        Kind::ComputeImages => "Compute Engine images",
        Kind::DockerImages => "container images",
    };
    let _ = writeln!(
        out,
        "{} {what} in {} framework families (other products' images: {}); catalog as of {}; statuses on {}",
        report.images,
        report.families.len(),
        report.other_images,
        report.catalog_as_of,
        report.at
    );
    section(
        &mut out,
        report,
        "New: no record has these (a framework version to add?)",
        Placement::New,
    );
    section(
        &mut out,
        report,
        "Renamed: a record's images under a name the record doesn't print (add the name to the record, or update its names)",
        Placement::Renamed,
    );
    missing_text(&mut out, report);
    disagreements_text(&mut out, report);
    section(
        &mut out,
        report,
        "Unread: names the lookup can't read",
        Placement::Unread,
    );
    newest_text(&mut out, report);
    if !report.has_findings() {
        let _ = writeln!(out, "\nThe listing agrees with the catalog.");
    }
    out
}

/// The families of one placement, with their record, newest image, reason
/// and the names to see, under `title` (nothing when there are none).
fn section(out: &mut String, report: &ImagesReport, title: &str, placement: Placement) {
    let rows: Vec<&Family> = report
        .families
        .iter()
        .filter(|f| f.placement == placement)
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{title} ({}):", rows.len());
    for f in rows {
        let _ = write!(out, "  {}", f.family);
        if let Some(record) = &f.record {
            let _ = write!(out, " → {record}");
        }
        let _ = write!(out, "; newest {} ({}", short(f), f.newest.created);
        if let Some(state) = f.newest.state {
            let _ = write!(out, ", {state}");
        }
        let _ = writeln!(out, ")");
        if let Some(reason) = &f.reason {
            let _ = writeln!(out, "      {reason}");
        }
        if !f.see.is_empty() {
            let label = match placement {
                Placement::Renamed => "the record prints",
                _ => "closest",
            };
            let _ = writeln!(out, "      {label}: {}", f.see.join(", "));
        }
    }
}

/// Records with no image: the unexpected listed, the expected counted.
fn missing_text(out: &mut String, report: &ImagesReport) {
    let unexpected: Vec<&Missing> = report.missing.iter().filter(|m| !m.expected).collect();
    if !unexpected.is_empty() {
        let _ = writeln!(
            out,
            "\nMissing: records with no image in the listing ({}):",
            unexpected.len()
        );
        for m in unexpected {
            let _ = writeln!(out, "  {} ({}): {}", m.record, m.status, m.names.join(", "));
        }
    }
    let expected = report.missing.iter().filter(|m| m.expected).count();
    if expected > 0 {
        let _ = writeln!(
            out,
            "\n{expected} unavailable records have no image in the listing, as expected."
        );
    }
}

fn disagreements_text(out: &mut String, report: &ImagesReport) {
    if report.disagreements.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\nDisagreements with the catalog on {} ({}):",
        report.at,
        report.disagreements.len()
    );
    for d in &report.disagreements {
        let _ = writeln!(
            out,
            "  {} ({}, {}): {}",
            d.image, d.record, d.status, d.reason
        );
    }
}

fn newest_text(out: &mut String, report: &ImagesReport) {
    let _ = writeln!(out, "\nNewest image per family:");
    for f in &report.families {
        let _ = write!(out, "  {:<48} {} {}", f.family, f.newest.created, short(f));
        if let Some(state) = f.newest.state {
            let _ = write!(out, " {state}");
        }
        if !f.newest.tags.is_empty() {
            let _ = write!(out, " [{}]", f.newest.tags.join(", "));
        }
        let _ = writeln!(out);
    }
}

/// The command: gcloud's listing in `file` against the catalog.
pub(super) fn run(
    file: &str,
    source: CatalogSource,
    kind: Option<Kind>,
    write_catalog: Option<&str>,
    at: Option<Date>,
    format: Format,
) -> Outcome {
    let catalog = match load_catalog(&source) {
        Ok(catalog) => catalog,
        Err(why) => return Outcome::unreadable(source.name(), why, format),
    };
    let text = match read(file) {
        Ok(text) => text,
        Err(why) => return Outcome::unreadable(file, why, format),
    };
    let listing = match read_listing(&text, kind) {
        Ok(listing) => listing,
        Err(why) => {
            let place = json!({
                "line": (why.line > 0).then_some(why.line),
                "column": (why.line > 0).then_some(why.column),
                "path": why.path,
            });
            return Outcome::unreadable_at(file, why.to_string(), format, place);
        }
    };
    let report = compare(&catalog, &listing, at.unwrap_or_else(today_utc));
    let code = u8::from(report.has_findings());
    let mut outcome = Outcome::printed(
        code,
        match format {
            Format::Text => to_text(&report),
            Format::Json => json_document(&report),
        },
    );
    if let Some(out) = write_catalog {
        match write_edited(&source, &report, out) {
            Ok(note) => outcome.stderr = note,
            Err(why) => return Outcome::unreadable(out, why, format),
        }
    }
    outcome
}

/// `--write-catalog OUT`: the compared catalog with the renamed VM families
/// added (`catalog_edit`), and a line saying what was added.
fn write_edited(
    source: &CatalogSource,
    report: &ImagesReport,
    out: &str,
) -> Result<String, String> {
    let added = match report.kind {
        Kind::ComputeImages => renamed_families(&report.families),
        // A container under another URI is not a name seen: its record's
        // `container_images` are what the widget prints, for a maintainer.
        Kind::DockerImages => Vec::new(),
    };
    let text = with_families_seen(&source.text()?, &added)?;
    std::fs::write(out, text).map_err(|why| format!("cannot write: {why}"))?;
    let mut note = format!(
        "{out}: {} name(s) added to image_families_seen\n",
        added.len()
    );
    for one in &added {
        let _ = writeln!(note, "  {}: {}", one.record, one.family);
    }
    Ok(note)
}
