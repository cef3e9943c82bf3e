//! What the policy says about one image name: the widget's lookup finds the
//! record, `policy::evaluate_image` evaluates it (status, dates, warnings,
//! the latest-image check, advice), and the messages are the widget's
//! English ones. The only rule added here is how a finding ranks against
//! `--fail-on`.

use crate::domain::catalog::slugs;
use crate::domain::catalog::{Accelerator, Catalog, DerivedField, Origin, Record};
use crate::domain::date::Date;
use crate::domain::lookup::{lookup, ImageName, Lookup, Unreadable};
use crate::domain::messages::{
    advice_text, change_texts, disagreement_text, facts_line, lookup_answer, record_name,
    warning_text, Lang,
};
use crate::domain::policy::{evaluate_image, Evaluation, Policy, Status, Warning, WarningKind};
use serde::Serialize;

slugs! {
    /// How far along the policy an image is, in the order `--fail-on`
    /// compares (clap and serde write the same names as `slug`).
    #[derive(Serialize, clap::ValueEnum)]
    #[serde(rename_all = "kebab-case")]
    pub enum Stage {
        /// Supported (or not released yet), nothing due.
        Supported = "supported",
        /// Supported, but act soon: its end of patch & support or of
        /// availability is within `--warn-days`, or a newer image of its family
        /// has come (a dated name).
        Soon = "soon",
        /// Past its end of patch & support: no more image versions.
        Deprecated = "deprecated",
        /// Past its end of availability.
        Unavailable = "unavailable",
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Said {
    pub kind: &'static str,
    pub severity: &'static str,
    pub text: String,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Upgrade {
    pub to: String,
    pub name: String,
    /// What to use instead: the record's family patterns or container URIs.
    pub use_instead: Vec<String>,
    pub text: String,
    pub changes: Vec<String>,
}

/// One of the image's facts (Python, OS, CUDA, driver) and where it was
/// read: `origin` is absent for a value the source prints, else
/// `family-name`, `container-name`, `release-notes` (the catalog's) or
/// `image-name` (the name given, where the catalog doesn't know).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Fact {
    pub field: &'static str,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<&'static str>,
}

/// A fact the name states that its record's own contradicts (the record's
/// is the one kept and judged).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Disagreeing {
    pub field: &'static str,
    pub name_says: String,
    pub record_says: String,
}

/// What an image name says, when no record fits it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct NameSays {
    pub framework: &'static str,
    pub version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cuda: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub python: Option<String>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct LatestImage {
    pub built: String,
    pub family: String,
    pub newer_available: bool,
}

/// One name, judged.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Verdict {
    pub name: String,
    /// `found`, `ambiguous`, `not-in-catalog`, `rolling`, `retired` or
    /// `not-recognized` (as the widget says).
    pub lookup: &'static str,
    /// A name the catalog has no dates for (`Lookup::is_unknown`).
    #[serde(skip)]
    pub unknown: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    /// `None` when no single record was found: always a failure. The JSON
    /// key stays `level`: scripts reading the reports know it by that name.
    #[serde(rename = "level")]
    pub stage: Option<Stage>,
    /// The image's facts, with the line the widget shows them in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facts_line: Option<String>,
    /// What the name states that the record contradicts, with the
    /// data-quality note the widget shows in words.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disagreements: Vec<Disagreeing>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_of_patch: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_of_availability: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Said>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_image: Option<LatestImage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upgrade: Option<Upgrade>,
    /// What a name the catalog has no record for says it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_says: Option<NameSays>,
    /// Why nothing was found, and the closest records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub closest: Vec<String>,
}

impl Verdict {
    /// Whether it fails a build that fails on `fail_on` and past. A name
    /// the catalog has no dates for (not in it, rolling, retired) fails
    /// only with `fail_on_unknown`; any other name that fits no single
    /// record always does (never a silent guess).
    pub fn fails(&self, fail_on: Stage, fail_on_unknown: bool) -> bool {
        if self.unknown {
            return fail_on_unknown;
        }
        self.stage.is_none_or(|stage| stage >= fail_on)
    }

    /// One line: what it is and where it stands.
    pub fn summary(&self) -> String {
        match (&self.record_name, self.status, &self.reason) {
            (Some(name), Some(status), _) => {
                let mut line = format!("{name}: {status}");
                if let (Some(eop), Some(eoa)) = (&self.end_of_patch, &self.end_of_availability) {
                    line.push_str(&format!(
                        " (end of patch & support {eop}, end of availability {eoa})"
                    ));
                }
                line
            }
            (_, _, Some(reason)) if self.closest.is_empty() => reason.clone(),
            (_, _, Some(reason)) => format!(
                "{}; closest: {}",
                reason.trim_end_matches('.'),
                self.closest.join(", ")
            ),
            _ => String::new(),
        }
    }
}

/// Judges `name` on `at`.
pub fn judge(catalog: &Catalog, name: &str, at: Date, policy: Policy) -> Verdict {
    let found = lookup(catalog, name);
    let mut verdict = Verdict {
        name: name.to_owned(),
        lookup: found.slug(),
        unknown: found.is_unknown(),
        record: None,
        record_name: None,
        product: None,
        status: None,
        stage: None,
        facts: Vec::new(),
        facts_line: None,
        disagreements: Vec::new(),
        disagreement: None,
        end_of_patch: None,
        end_of_availability: None,
        warnings: Vec::new(),
        latest_image: None,
        upgrade: None,
        reason: unplaced_reason(&found, name),
        name_says: match &found {
            Lookup::NotInCatalog { image, .. } => Some(NameSays {
                framework: image.framework.slug(),
                version: image.version.clone(),
                os: image.facts.os.clone(),
                cuda: image.facts.cuda.clone(),
                driver: image.facts.driver.clone(),
                python: image.facts.python.clone(),
            }),
            _ => None,
        },
        closest: found.closest().iter().map(|r| r.id.to_string()).collect(),
    };
    if let Lookup::Found { record, image } = &found {
        // The facts the name prints fill the record's unknowns for this image.
        let (narrowed, disagreements) = (image.narrowed(record), image.disagreements(record));
        let filled = image.filled(record);
        let record = &filled;
        let e = evaluate_image(catalog, record, at, policy, image.built, &image.family);
        verdict.stage = Some(stage(&e));
        verdict.record = Some(record.id.to_string());
        verdict.record_name = Some(record_name(record));
        verdict.product = Some(record.product.slug());
        verdict.facts = facts(record, narrowed);
        verdict.facts_line = Some(facts_line(Lang::En, record)).filter(|l| !l.is_empty());
        verdict.disagreement = disagreement_text(Lang::En, &disagreements);
        verdict.disagreements = disagreements
            .into_iter()
            .map(|d| Disagreeing {
                field: d.field.slug(),
                name_says: d.name_says,
                record_says: d.record_says,
            })
            .collect();
        verdict.status = Some(e.status.slug());
        verdict.end_of_patch = Some(record.end_of_patch.to_string());
        verdict.end_of_availability = Some(record.end_of_availability.to_string());
        verdict.warnings = e.warnings.iter().map(said).collect();
        verdict.latest_image = latest_image(image, &e);
        verdict.upgrade = upgrade(&e);
    }
    verdict
}

/// The record's known facts, each with where it was read; then the
/// accelerator, when the name narrows the record's to one.
fn facts(record: &Record, narrowed: Option<Accelerator>) -> Vec<Fact> {
    let mut facts: Vec<Fact> = DerivedField::ALL
        .into_iter()
        .filter_map(|field| {
            Some(Fact {
                field: field.slug(),
                value: record.fact(field)?.to_owned(),
                origin: record.derived_from(field).map(|o| o.slug()),
            })
        })
        .collect();
    facts.extend(narrowed.map(|accelerator| Fact {
        field: "accelerator",
        value: accelerator.slug().to_owned(),
        origin: Some(Origin::ImageName.slug()),
    }));
    facts
}

/// The policy's status, except that a supported image with something due
/// (an end date within the window, a newer image of its family) is `Soon`:
/// the rule this command adds, so `--fail-on soon` can act before the end.
fn stage(e: &Evaluation) -> Stage {
    let due = e.warnings.iter().any(|w| {
        matches!(
            w.kind,
            WarningKind::EndOfPatchSoon
                | WarningKind::EndOfAvailabilitySoon
                | WarningKind::NewerImageAvailable
        )
    });
    match e.status {
        Status::Unavailable => Stage::Unavailable,
        Status::Deprecated => Stage::Deprecated,
        Status::Supported | Status::Upcoming if due => Stage::Soon,
        Status::Supported | Status::Upcoming => Stage::Supported,
    }
}

/// A warning in the widget's own English words, so the page and the
/// command line never tell a user two different things.
fn said(w: &Warning) -> Said {
    Said {
        kind: w.kind.slug(),
        severity: w.severity().slug(),
        text: warning_text(Lang::En, w),
    }
}

/// Only a dated name tells when the image was built, so only it gets the
/// latest-image check.
fn latest_image(image: &ImageName, e: &Evaluation) -> Option<LatestImage> {
    image.built.map(|built| LatestImage {
        built: built.to_string(),
        family: image.family.clone(),
        newer_available: e
            .warnings
            .iter()
            .any(|w| w.kind == WarningKind::NewerImageAvailable),
    })
}

fn upgrade(e: &Evaluation) -> Option<Upgrade> {
    e.advice.as_ref().map(|a| Upgrade {
        to: a.to.id.to_string(),
        name: record_name(a.to),
        use_instead: a.to.image_names().map(|n| n.to_string()).collect(),
        text: advice_text(Lang::En, e),
        changes: change_texts(Lang::En, a),
    })
}

/// Why the name fits no single record (`None` when it does): such a name
/// always fails, and the failure must say what to add to it or fix.
fn unplaced_reason(found: &Lookup, name: &str) -> Option<String> {
    match found {
        Lookup::Found { .. } => None,
        Lookup::Ambiguous { .. } => {
            Some("fits several versions: add what tells them apart (Python, OS, CUDA)".to_owned())
        }
        // The widget's own words (for TensorFlow Enterprise, with what
        // Google's release notes said of it).
        Lookup::NotInCatalog { .. } | Lookup::Rolling { .. } | Lookup::Retired { .. } => {
            Some(lookup_answer(Lang::En, name, found))
        }
        Lookup::Unreadable(why) => Some(match why {
            Unreadable::Empty => "empty".to_owned(),
            Unreadable::TooLong => "too long to be an image name".to_owned(),
            Unreadable::UnknownFramework(part) => {
                format!("not a Deep Learning VM or container image name ({part:?} is no framework of theirs)")
            }
            Unreadable::UnknownPart(part) => {
                format!("not recognized: the part {part:?} is not one an image name has")
            }
            Unreadable::OtherProject => {
                "not a Deep Learning VM or container image: its path is not the deeplearning-platform-release project or registry".to_owned()
            }
        }),
    }
}
