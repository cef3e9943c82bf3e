//! "Paste what you run": reads an image family (`tf-2-11-cu113-debian-11-py310`),
//! a dated image name (`pytorch-2-9-cu129-ubuntu-2204-nvidia-580-v20260416`) or a
//! container URI (`us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310`,
//! with or without a tag) and finds the catalog record it belongs to.
//!
//! Never a wrong silent match: a name that fits several records is
//! ambiguous, one that fits none is not in the catalog (a version Google's
//! list lacks, or newer than it), a rolling family or TensorFlow Enterprise
//! is said to be one, and one with a part this reader does not know is not
//! recognized; when the name could be read, the closest records are
//! offered instead.

use super::catalog::{
    version_key, Accelerator, Catalog, DerivedField, Framework, List, Origin, Product, Record, Text,
};
use super::date::Date;
use super::family::{all_digits as digits, container_name, parts, path_len, FamilyFacts};
use super::text::{joined, push_separated};

/// Longer input is refused before any work (a pasted page, not a name).
pub const MAX_INPUT: usize = 300;

/// What an image name says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageName {
    pub product: Product,
    pub framework: Framework,
    /// `2.11`, `cu129`, `cpu`, `0.5`: as in the catalog's `version`.
    pub version: String,
    pub facts: FamilyFacts,
    pub accelerator: Option<Accelerator>,
    /// The image's build date, from a `vYYYYMMDD` part.
    pub built: Option<Date>,
    /// The name without its date or tag: the family (or container) to use
    /// for the latest image.
    pub family: String,
}

impl ImageName {
    /// `record` as this image: where the record leaves the OS, CUDA,
    /// driver or Python unknown, what the name prints instead, marked as
    /// read from the image name (`Origin::ImageName`), so the warnings, the
    /// advice's changes and the facts line follow it; and of the record's
    /// accelerators, the one the name states (`narrowed`), so the advice
    /// stays on it (a CPU image then has no CUDA or driver). The record's
    /// own facts stay, even where the name contradicts them
    /// (`disagreements` says so).
    pub fn filled(&self, record: &Record) -> Record {
        let mut filled = record.clone();
        let facts = &self.facts;
        for (field, value, stated) in [
            (DerivedField::Python, &mut filled.python, &facts.python),
            (DerivedField::Os, &mut filled.os, &facts.os),
            (DerivedField::Cuda, &mut filled.cuda, &facts.cuda),
            (DerivedField::Driver, &mut filled.driver, &facts.driver),
        ] {
            if let (None, Some(stated)) = (&value, stated) {
                *value = Some(Text::Owned(stated.clone()));
                filled.derived.set(field, Some(Origin::ImageName));
            }
        }
        if let Some(accelerator) = self.narrowed(record) {
            filled.accelerators = List::Owned(vec![accelerator]);
            // A CPU and GPU record's CUDA and driver are its GPU image's.
            if accelerator == Accelerator::Cpu {
                for (field, value) in [
                    (DerivedField::Cuda, &mut filled.cuda),
                    (DerivedField::Driver, &mut filled.driver),
                ] {
                    *value = None;
                    filled.derived.set(field, None);
                }
            }
        }
        filled
    }

    /// The accelerator the name states, when its record lists more than
    /// one (`tf-2-15-cpu-…` of a CPU and GPU record): a fact the record
    /// leaves open for this image.
    pub fn narrowed(&self, record: &Record) -> Option<Accelerator> {
        self.accelerator.filter(|_| record.accelerators.len() > 1)
    }

    /// The facts the name states that its record's own contradict (the
    /// record's stay): a name saying `debian-11` of a record on Ubuntu
    /// 22.04, `cu121` of one on CUDA 12.2. A value the record leaves
    /// unknown, or one of the record's own names prints, never disagrees.
    pub fn disagreements(&self, record: &Record) -> Vec<Disagreement> {
        let mut out = Vec::new();
        for field in DerivedField::ALL {
            let stated = stated(&self.facts, field);
            if let (Some(name_says), Some(record_says)) = (stated, record.fact(field)) {
                if !agrees(record, field, name_says, record_says) {
                    out.push(Disagreement {
                        field,
                        name_says: name_says.clone(),
                        record_says: record_says.to_owned(),
                    });
                }
            }
        }
        out
    }
}

/// A fact an image name states that its record's own contradicts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub field: DerivedField,
    pub name_says: String,
    /// The record's value: the one kept.
    pub record_says: String,
}

/// What `facts` states of `field`.
fn stated(facts: &FamilyFacts, field: DerivedField) -> &Option<String> {
    match field {
        DerivedField::Python => &facts.python,
        DerivedField::Os => &facts.os,
        DerivedField::Cuda => &facts.cuda,
        DerivedField::Driver => &facts.driver,
    }
}

/// Why a text could not be read as an image name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    Empty,
    TooLong,
    /// The framework part is not one the catalog has (`jax-0-4`).
    UnknownFramework(String),
    /// A part this reader does not know, or a version that is not one.
    UnknownPart(String),
    /// A path whose project or registry is not Google's Deep Learning one.
    OtherProject,
}

/// The Compute Engine project and registry path of Google's Deep Learning
/// VM and container images.
pub const PROJECT: &str = "deeplearning-platform-release";

/// The Compute Engine project that also holds copies of Deep Learning VM
/// images, each named `c<N>-deeplearning-<the image's name>`.
const COPIES_PROJECT: &str = "ml-images";

/// A copy's name without its `c<N>-deeplearning-` prefix
/// (`c2-deeplearning-pytorch-2-3-cu121-…` → `pytorch-2-3-cu121-…`); any
/// other name as it is.
fn uncopied(name: &str) -> &str {
    let Some(rest) = name.strip_prefix('c') else {
        return name;
    };
    let number = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest
        .get(number..)
        .and_then(|r| r.strip_prefix("-deeplearning-"))
    {
        Some(image) if number > 0 => image,
        _ => name,
    }
}

/// The image name a pasted text ends in: its last path segment, without a
/// container's tag or digest or a copy's prefix.
fn image_name(lower: &str) -> &str {
    uncopied(container_name(lower))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup<'c> {
    Found {
        record: &'c Record,
        image: ImageName,
    },
    /// Read, but several records fit (the name leaves out what tells them
    /// apart): up to three of them.
    Ambiguous {
        image: ImageName,
        closest: Vec<&'c Record>,
    },
    /// Read as a framework's image, but no record fits: a version Google's
    /// list doesn't have as of the catalog's date (`as_of`), or one newer
    /// than every version of the framework it has (`newer`: refresh it).
    NotInCatalog {
        image: ImageName,
        newer: bool,
        as_of: Date,
        closest: Vec<&'c Record>,
    },
    /// A rolling family (`pytorch-latest-gpu`): it moves to new framework
    /// versions by itself, so it has no dates of its own. `pin`: the
    /// newest version of the framework the catalog has, whose family to
    /// pin instead; the catalog can't tell which version the family serves
    /// today, so none is named as that.
    Rolling {
        framework: Framework,
        pin: Option<&'c Record>,
    },
    /// TensorFlow Enterprise (`tf-ent-2-11-cu113`, `tf2-ent-…`): a line
    /// Google's list no longer has (as of `as_of`), so no dates; what
    /// Google's release notes said of it and of the `version` its name
    /// prints is `enterprise::release_notes`.
    Retired {
        version: Option<String>,
        as_of: Date,
    },
    /// Not an image name this reader knows (nothing to compare it with).
    Unreadable(Unreadable),
}

/// `v20241118` → 2024-11-18.
fn build_date(token: &str) -> Option<Date> {
    let number: u32 = token
        .strip_prefix('v')
        .filter(|d| d.len() == 8 && digits(d))?
        .parse()
        .ok()?;
    Date::from_ymd((number / 10_000) as i32, number / 100 % 100, number % 100)
}

fn framework_of(token: &str, product: Product) -> Option<Framework> {
    Framework::ALL
        .into_iter()
        .find(|f| f.image_prefixes(product).contains(&token))
}

/// `cpu` → CPU; `gpu`, `cu113` → GPU.
fn accelerator_of(token: &str) -> Option<Accelerator> {
    match token {
        "cpu" => Some(Accelerator::Cpu),
        "gpu" => Some(Accelerator::Gpu),
        t if t.strip_prefix("cu").is_some_and(digits) => Some(Accelerator::Gpu),
        _ => None,
    }
}

/// A container URI without its tag or digest (`…/tf2-cpu.2-17.py310:m125`
/// → `…/tf2-cpu.2-17.py310`); a `:` in the registry host is kept.
fn without_tag(uri: &str) -> String {
    let path = uri.get(..path_len(uri)).unwrap_or("");
    joined(&[path, container_name(uri)])
}

/// Which product a name is (`lower`: the whole name, path and all).
/// Container image names join parts with `.` (`tf2-cpu.2-17.py310`); VM
/// image and family names never do (Compute Engine names are letters,
/// digits and `-`). So the last segment of a path tells the product: a
/// registry URI is a container, a Compute Engine image path or URL
/// (`projects/deeplearning-platform-release/global/images/family/…`,
/// Terraform's `deeplearning-platform-release/…`) a VM image. A name
/// without a version has no `.`: behind a registry host (`gcr.io`,
/// `…docker.pkg.dev`) it is a container still (`gcr.io/…/pytorch-gpu`).
fn product_of(lower: &str) -> Product {
    let path = lower.get(..path_len(lower)).unwrap_or_default();
    let registry = path
        .split('/')
        .any(|s| s.ends_with("gcr.io") || s.ends_with("docker.pkg.dev"));
    if registry || container_name(lower).bytes().any(|b| b == b'.') {
        Product::Containers
    } else {
        Product::Vm
    }
}

/// The pasted text, trimmed and lowercased, if it may be a name: not
/// empty, not too long, and in Google's Deep Learning project or registry
/// when it names one.
fn checked(text: &str) -> Result<String, Unreadable> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Unreadable::Empty);
    }
    if text.len() > MAX_INPUT {
        return Err(Unreadable::TooLong);
    }
    let lower = text.to_ascii_lowercase();
    if !in_deep_learning_place(&lower) {
        return Err(Unreadable::OtherProject);
    }
    Ok(lower)
}

/// Whether a name's path, if it names a registry host or a Compute Engine
/// project, names Google's Deep Learning one: Vertex AI's
/// `…/vertex-ai/prediction/tf2-cpu.2-11` are other images of the same
/// names. (A bare name, or `family/…`, names no place.)
fn in_deep_learning_place(name: &str) -> bool {
    let path = name.get(..path_len(name)).unwrap_or_default();
    let names_a_place = path
        .split('/')
        .any(|s| s == "projects" || s.bytes().any(|b| b == b'.'));
    let copy = image_name(name) != container_name(name);
    !names_a_place
        || path
            .split('/')
            .any(|s| s == PROJECT || (copy && s == COPIES_PROJECT))
}

/// Reads any of the accepted forms. One reader for both products: a VM
/// image family or name joins its parts with `-`; a container image name
/// (the last segment of a URI, without tag or digest) joins them with `-`
/// and `.`. After the framework come the version (two number parts; for
/// base images the CPU/CUDA flavour), and parts that state the accelerator,
/// Python, OS, driver or (VM images) the build date.
pub fn read_image_name(text: &str) -> Result<ImageName, Unreadable> {
    let lower = checked(text)?;
    let name = image_name(&lower);
    let product = product_of(&lower);
    let tokens = parts(name);
    let first = tokens.first().copied().unwrap_or("");
    let framework = framework_of(first, product)
        .ok_or_else(|| Unreadable::UnknownFramework(first.to_owned()))?;
    let mut version = None;
    let mut accelerator = None;
    let mut built = None;
    // A VM image's family: its name without the date, built as it is read.
    let mut family = String::with_capacity(name.len());
    let mut keep = |part: &str| push_separated(&mut family, "-", part);
    keep(first);
    let mut index = 1;
    while let Some(token) = tokens.get(index).copied() {
        let next = tokens.get(index + 1).copied().filter(|n| digits(n));
        // What the part states, read once: a build date (VM image names
        // only) or an accelerator.
        let dated = build_date(token).filter(|_| product == Product::Vm);
        let stated = accelerator_of(token);
        match (token, next) {
            // `2-17`: the framework version.
            (t, Some(minor)) if digits(t) && version.is_none() && framework != Framework::Base => {
                version = Some(joined(&[t, ".", minor]));
                keep(t);
                keep(minor);
                index += 1;
            }
            // `ubuntu-2204`, `debian-11`, `nvidia-580`.
            ("ubuntu" | "debian" | "nvidia", Some(release)) => {
                keep(token);
                keep(release);
                index += 1;
            }
            // The source's placeholder (`…-VERSION_DATE-…`), lowercased.
            ("version_date", _) => {}
            ("inference", _) if framework == Framework::Vllm => keep(token),
            // PyTorch/XLA images (`pytorch-1-11-xla`): the same framework version.
            ("xla", _) if framework == Framework::PyTorch => keep(token),
            // The Notebooks variant of a family (`tf-2-11-cu113-notebooks`).
            ("conda" | "notebooks", _) => keep(token),
            _ if dated.is_some() => built = dated,
            (t, _) if stated.is_some() => {
                // A base image's version is its flavour: CPU or a CUDA.
                if framework == Framework::Base && version.is_none() {
                    if t == "gpu" {
                        return Err(Unreadable::UnknownPart(t.to_owned()));
                    }
                    version = Some(t.to_owned());
                }
                accelerator = accelerator.or(stated);
                keep(t);
            }
            (t, _)
                if ["py", "ubuntu", "debian"]
                    .iter()
                    .any(|p| t.strip_prefix(p).is_some_and(digits)) =>
            {
                keep(t)
            }
            (t, _) => return Err(Unreadable::UnknownPart(t.to_owned())),
        }
        index += 1;
    }
    let version = version.ok_or_else(|| Unreadable::UnknownPart(name.to_owned()))?;
    Ok(ImageName {
        product,
        framework,
        version,
        facts: FamilyFacts::read(name),
        accelerator,
        built,
        family: match product {
            Product::Vm => family,
            Product::Containers => without_tag(&lower),
        },
    })
}

/// How far a record is from being the image: `None` when it can't be
/// (another product, framework, version or accelerator, or another Python:
/// Google builds a family per Python minor, so `-py37` and `-py310` are two
/// records' images), else how many of the OS, CUDA and driver the name
/// states the record's own contradict (0: it fits). Those three can
/// disagree on the record's own image: families were renamed (`tf-2-15-cu121`
/// became `tf-2-15-cu122`) and rebuilt on another OS under one record.
fn misfits(record: &Record, image: &ImageName) -> Option<usize> {
    let same_image = record.product == image.product
        && record.framework == image.framework
        && record.version == image.version
        && image.accelerator.is_none_or(|a| record.has_accelerator(a));
    let disagreements = image.disagreements(record);
    let same_python = disagreements
        .iter()
        .all(|d| d.field != DerivedField::Python);
    (same_image && same_python).then_some(disagreements.len())
}

/// Whether what a name states of `field` agrees with the record's value or
/// with one of the record's own names (a CUDA kept as printed with a data
/// issue; a family seen verbatim in the release notes, such as
/// `common-cu121-ubuntu-2004-py310`).
fn agrees(record: &Record, field: DerivedField, stated: &str, value: &str) -> bool {
    if stated == value {
        return true;
    }
    let families = record
        .image_families
        .iter()
        .chain(record.families_seen.iter())
        .map(|f| FamilyFacts::read(f));
    let containers = record
        .container_images
        .iter()
        .map(|c| FamilyFacts::read_container(c));
    families
        .chain(containers)
        .any(|facts| self::stated(&facts, field).as_deref() == Some(stated))
}

/// Up to three records nearest to what was asked: same product and
/// framework, the nearest version first, newer first among equals.
fn closest<'c>(catalog: &'c Catalog, image: &ImageName) -> Vec<&'c Record> {
    let wanted = version_key(&image.version);
    let distance = |r: &Record| {
        let key = version_key(&r.version);
        key.iter()
            .zip(wanted.iter())
            .fold(0u64, |acc, (a, b)| acc * 1000 + u64::from(a.abs_diff(*b)))
    };
    // Records are stored newest first, so keeping the first of equals is
    // "newer first"; picking three by hand keeps a sort out of the bundle.
    let mut nearest: Vec<(u64, &Record)> = Vec::with_capacity(4);
    for record in catalog.records_of(image.product, image.framework) {
        let d = distance(record);
        let at = nearest.iter().take_while(|(e, _)| *e <= d).count();
        if at < 3 {
            nearest.insert(at, (d, record));
            nearest.truncate(3);
        }
    }
    nearest.into_iter().map(|(_, r)| r).collect()
}

/// The id of the record a pasted name is, when it is exactly one.
pub fn found_id(catalog: &Catalog, text: &str) -> Option<Text> {
    match lookup(catalog, text) {
        Lookup::Found { record, .. } => Some(record.id.clone()),
        _ => None,
    }
}

impl Lookup<'_> {
    /// The widget's `data-lookup` and the command line's `lookup`: `found`,
    /// `ambiguous`, `not-in-catalog`, `rolling`, `retired` or
    /// `not-recognized`.
    pub fn slug(&self) -> &'static str {
        match self {
            Lookup::Found { .. } => "found",
            Lookup::Ambiguous { .. } => "ambiguous",
            Lookup::NotInCatalog { .. } => "not-in-catalog",
            Lookup::Rolling { .. } => "rolling",
            Lookup::Retired { .. } => "retired",
            Lookup::Unreadable(_) => "not-recognized",
        }
    }

    /// Whether it names an image the catalog has no dates for (a version
    /// it lacks, a rolling family, a retired line): an answer of its own,
    /// which fails a build only when asked to (`--fail-on-unknown`).
    pub fn is_unknown(&self) -> bool {
        matches!(
            self,
            Lookup::NotInCatalog { .. } | Lookup::Rolling { .. } | Lookup::Retired { .. }
        )
    }

    /// The records offered instead of a match.
    pub fn closest(&self) -> &[&Record] {
        match self {
            Lookup::Ambiguous { closest, .. } | Lookup::NotInCatalog { closest, .. } => closest,
            _ => &[],
        }
    }

    /// The pasted image, when it was found to be `record` (what the details
    /// of that record add: its build date and the latest-image check).
    pub fn image_of(&self, record: &Record) -> Option<&ImageName> {
        match self {
            Lookup::Found {
                record: found,
                image,
            } if found.id == record.id => Some(image),
            _ => None,
        }
    }
}

/// A family line without a version of its own: a rolling family
/// (`<framework>-latest-<accelerator>`, `common-container`) or TensorFlow
/// Enterprise (`tf-ent-…`, `tf2-ent-…`, with the version its name prints).
enum Line {
    Rolling,
    Enterprise(Option<String>),
}

/// Reads a rolling family or TensorFlow Enterprise with the same tokenizer:
/// names whose second part (`latest`, `ent`, `container`, or a container's
/// accelerator with nothing after it) is one no versioned image has.
fn line_of(text: &str) -> Option<(Product, Framework, Line)> {
    // The same checks as any name: length, and the project or registry.
    let lower = checked(text).ok()?;
    let product = product_of(&lower);
    let tokens = parts(image_name(&lower));
    let framework = framework_of(tokens.first()?, product)?;
    let versionless = tokens.len() == 2;
    let line = match *tokens.get(1)? {
        "latest" => Line::Rolling,
        "ent" if framework == Framework::TensorFlow => {
            let number = |at: usize| tokens.get(at).filter(|t| digits(t));
            let version = number(2).zip(number(3)).map(|(m, n)| joined(&[m, ".", n]));
            Line::Enterprise(version)
        }
        // The Notebooks container host's VM family: no framework version.
        "container" if framework == Framework::Base && versionless => Line::Rolling,
        // A container without a version (`pytorch-gpu`, `tf2-cpu`).
        t if product == Product::Containers
            && framework != Framework::Base
            && versionless
            && accelerator_of(t).is_some() =>
        {
            Line::Rolling
        }
        _ => return None,
    };
    Some((product, framework, line))
}

fn family_line<'c>(catalog: &'c Catalog, text: &str) -> Option<Lookup<'c>> {
    let (product, framework, line) = line_of(text)?;
    Some(match line {
        Line::Rolling => Lookup::Rolling {
            framework,
            pin: catalog.records_of(product, framework).next(),
        },
        Line::Enterprise(version) => Lookup::Retired {
            version,
            as_of: catalog.as_of,
        },
    })
}

/// Whether `text` names a Deep Learning VM or container image, whether or
/// not the catalog places it (what `scan` reports): a name the reader reads
/// that writes its framework version as all of Google's do, major and minor
/// joined by `-` (`tf2-cpu.2-17`, `pytorch-2-4-cu124`). `pytorch-2.1` in a
/// README or an environment's name is prose (the widget's lookup, given it
/// by a person, still answers it), and so is text too long to be a name.
#[cfg(not(target_arch = "wasm32"))]
pub fn names_an_image(text: &str) -> bool {
    line_of(text).is_some()
        || read_image_name(text).is_ok_and(|image| {
            let lower = text.trim().to_ascii_lowercase();
            version_as_google_writes_it(image_name(&lower), &image.version)
        })
}

/// Whether `name` holds `version` (`2.17`) as `2-17` between separators; a
/// base image's version (its flavour, `cu124`) is written as it is. (The
/// command line's: the bundle never scans.)
#[cfg(not(target_arch = "wasm32"))]
fn version_as_google_writes_it(name: &str, version: &str) -> bool {
    let Some((major, minor)) = version.split_once('.') else {
        return true;
    };
    let written = joined(&[major, "-", minor]);
    let separator = |c: Option<char>| c.is_none_or(|c| c == '-' || c == '.');
    name.match_indices(written.as_str()).any(|(at, _)| {
        separator(name.get(..at).and_then(|before| before.chars().next_back()))
            && separator(
                name.get(at + written.len()..)
                    .and_then(|after| after.chars().next()),
            )
    })
}

/// Finds the record a pasted image name belongs to.
pub fn lookup<'c>(catalog: &'c Catalog, text: &str) -> Lookup<'c> {
    if let Some(line) = family_line(catalog, text) {
        return line;
    }
    let image = match read_image_name(text) {
        Ok(image) => image,
        Err(why) => return Lookup::Unreadable(why),
    };
    // The records nearest to fitting: those that fit (no fact
    // contradicted), else those that contradict fewest. A loop rather than
    // `filter().collect()`: one adapter less in the bundle.
    let mut fitting: Vec<&Record> = Vec::new();
    let mut fewest = usize::MAX;
    for record in catalog.records.iter() {
        let Some(misfits) = misfits(record, &image) else {
            continue;
        };
        if misfits < fewest {
            fitting.clear();
            fewest = misfits;
        }
        if misfits == fewest {
            fitting.push(record);
        }
    }
    match *fitting.as_slice() {
        // A record whose facts the name contradicts is still found: the
        // details and the command line say so (`disagreements`).
        [record] => Lookup::Found { record, image },
        [] => {
            let closest = closest(catalog, &image);
            let wanted = version_key(&image.version);
            let newer = catalog
                .records_of(image.product, image.framework)
                .all(|r| version_key(&r.version) < wanted);
            Lookup::NotInCatalog {
                image,
                newer,
                as_of: catalog.as_of,
                closest,
            }
        }
        _ => {
            fitting.truncate(3);
            Lookup::Ambiguous {
                image,
                closest: fitting,
            }
        }
    }
}

#[cfg(test)]
mod tests;
