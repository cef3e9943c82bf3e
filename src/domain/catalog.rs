//! The catalog model: framework versions (records), the dependency lifecycle
//! table they point at, and the catalog's own metadata.
//!
//! Text and lists are `Cow<'static, …>` so that one type serves both the
//! shipped catalog, which the build script compiles into `static` data (no
//! JSON parsing in the browser), and catalogs parsed at run time from any
//! text (validation, tests, generated benchmark catalogs).

use super::date::Date;
use std::borrow::Cow;

pub type Text = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

mod derived;
mod slugs;
#[cfg(test)]
mod tests;

pub use derived::{Derived, DerivedField, Origin};
pub(crate) use slugs::slugs;
pub use slugs::Slug;

slugs! {
    /// The two kinds of images the policy covers.
    pub enum Product {
        /// Deep Learning VM images.
        Vm = "vm",
        /// Deep Learning Containers.
        Containers = "containers",
    }
}

impl Product {
    /// What ids of this product start with: nothing for VM images (their ids
    /// predate containers and never change), `containers/` for containers.
    pub fn id_prefix(self) -> &'static str {
        match self {
            Product::Vm => "",
            Product::Containers => "containers/",
        }
    }

    /// The product an id or link path names, and the rest of it:
    /// `containers/pytorch/2.4` → (containers, `pytorch/2.4`), `containers` →
    /// (containers, ``), `pytorch/2.4` → (VM images, `pytorch/2.4`).
    pub fn split(path: &str) -> (Product, &str) {
        match path.strip_prefix("containers") {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                (Product::Containers, rest.trim_start_matches('/'))
            }
            _ => (Product::Vm, path),
        }
    }
}

slugs! {
    /// The frameworks, in the order the widget offers them.
    pub enum Framework {
        TensorFlow = "tensorflow",
        PyTorch = "pytorch",
        Base = "base",
        /// vLLM inference (Deep Learning Containers only).
        Vllm = "vllm",
    }
}

impl Framework {
    /// What an image family (VM images) or container image name of this
    /// framework starts with: `tf-2-16-…`, `tf2-cpu.2-17…`, `common-cu129-…`.
    pub fn image_prefixes(self, product: Product) -> &'static [&'static str] {
        match (self, product) {
            (Framework::TensorFlow, _) => &["tf", "tf2"],
            (Framework::PyTorch, _) => &["pytorch"],
            (Framework::Base, Product::Vm) => &["common"],
            (Framework::Base, Product::Containers) => &["base"],
            (Framework::Vllm, Product::Containers) => &["vllm"],
            (Framework::Vllm, Product::Vm) => &[],
        }
    }

    /// The product name, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Framework::TensorFlow => "TensorFlow",
            Framework::PyTorch => "PyTorch",
            Framework::Base => "Base",
            Framework::Vllm => "vLLM inference",
        }
    }
}

slugs! {
    pub enum Accelerator {
        Cpu = "cpu",
        Gpu = "gpu",
    }
}

slugs! {
    pub enum DependencyKind {
        Python = "python",
        Os = "os",
        Driver = "driver",
    }
}

/// One row of the dependency lifecycle table (Python minors, OS releases,
/// NVIDIA driver branches), from endoflife.date.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Dependency {
    pub kind: DependencyKind,
    /// What records write in their `python`, `os` or `driver` field.
    pub name: Text,
    pub label: Text,
    pub released: Option<Date>,
    /// The date after which it gets no more (free) security fixes.
    pub end_of_life: Date,
    /// Which endoflife.date column `end_of_life` comes from, in words.
    pub basis: Text,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Source {
    pub name: Text,
    pub url: Text,
    /// The page's own date ("Last updated"), when it gives one.
    pub page_date: Option<Date>,
    /// When the page was read for this catalog, when known.
    pub read: Option<Date>,
}

impl Source {
    /// Google's own pages (the image lists, the policy, release notes): the
    /// catalog is as fresh as the oldest of them.
    pub fn is_google(&self) -> bool {
        self.url.starts_with("https://docs.cloud.google.com/")
            || self.url.starts_with("https://cloud.google.com/")
    }
}

/// One framework version as the source lists it (one row of its table).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Record {
    /// `{framework}/{version}` or `{framework}/{version}-{variant}`, after
    /// the product's prefix (`containers/`); stable.
    pub id: Text,
    pub product: Product,
    pub framework: Framework,
    /// The framework minor version (`2.16`), or for Base the CUDA or CPU
    /// flavour (`cu129`, `cpu`).
    pub version: Text,
    /// The row label exactly as the source prints it.
    pub label: Text,
    pub python: Option<Text>,
    pub os: Option<Text>,
    pub cuda: Option<Text>,
    /// NVIDIA driver branch, where the image family names one (`580`).
    pub driver: Option<Text>,
    pub accelerators: List<Accelerator>,
    /// Image family or image-name patterns exactly as the source prints them
    /// (VM images).
    pub image_families: List<Text>,
    /// Container image URIs exactly as the source prints them (containers).
    pub container_images: List<Text>,
    pub patch_version: Option<Text>,
    /// First availability from the release notes; `None` when unknown, which
    /// the policy reads as "available from the start".
    pub released: Option<Date>,
    pub end_of_patch: Date,
    pub end_of_availability: Date,
    pub notes: List<Text>,
    /// Set when a value is kept exactly as the source printed it although it
    /// fails a consistency rule; says what is wrong with it.
    pub data_issue: Option<Text>,
    /// Image family names seen verbatim (release notes and the like),
    /// without the `VERSION_DATE` placeholder: the lookup knows them too.
    pub families_seen: List<Text>,
    /// Which fields the catalog derived, and from what.
    pub derived: Derived,
    /// What a reader should know about the quality of this row's data (as
    /// read from the sources, in English): typos read one way, labels or
    /// release notes that contradict the row, the other product's list
    /// printing other values.
    pub flags: List<Text>,
    /// The records of the other product, same framework version, whose list
    /// prints other dates or another CUDA; each names this one back.
    pub conflicts_with: List<Text>,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Catalog {
    /// The date of the source pages the catalog was read from.
    pub as_of: Date,
    pub sources: List<Source>,
    pub dependencies: List<Dependency>,
    pub records: List<Record>,
}

/// The first four numbers in a version-like text, in order, zero-padded:
/// `2.16` → [2, 16, 0, 0], `cu129` → [129, 0, 0, 0], `Ubuntu 24.04` →
/// [24, 4, 0, 0]. Comparing these orders versions the way people do
/// (2.9 < 2.16), without allocating (the table sorts thousands of rows).
pub type VersionKey = [u32; 4];

pub fn version_key(text: &str) -> VersionKey {
    let mut key = [0; 4];
    let numbers = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map(|part| part.parse::<u32>().unwrap_or(u32::MAX));
    for (slot, number) in key.iter_mut().zip(numbers) {
        *slot = number;
    }
    key
}

impl Record {
    pub fn has_accelerator(&self, accelerator: Accelerator) -> bool {
        self.accelerators.contains(&accelerator)
    }

    pub fn shares_accelerator_with(&self, other: &Record) -> bool {
        self.accelerators
            .iter()
            .any(|a| other.accelerators.contains(a))
    }

    /// Newest first: framework version, then Python, then OS release.
    pub fn newness(&self) -> (VersionKey, VersionKey, VersionKey) {
        let key = |value: &Option<Text>| value.as_deref().map(version_key).unwrap_or_default();
        (version_key(&self.version), key(&self.python), key(&self.os))
    }

    /// Where a field's value comes from, when the catalog derived it.
    pub fn derived_from(&self, field: DerivedField) -> Option<Origin> {
        self.derived.of(field)
    }

    /// Whether the reader should see a data-quality mark on this record.
    pub fn has_data_flags(&self) -> bool {
        self.data_issue.is_some() || !self.flags.is_empty()
    }

    /// What the reader is told about its sources: the data issue, then the
    /// flags.
    pub fn data_flags(&self) -> impl Iterator<Item = &Text> {
        self.data_issue.iter().chain(self.flags.iter())
    }

    /// The image names its list prints: family patterns (VM images) or
    /// container URIs.
    pub fn image_names(&self) -> impl Iterator<Item = &Text> {
        self.image_families
            .iter()
            .chain(self.container_images.iter())
    }

    /// Every name it goes by: the printed ones and the families seen
    /// verbatim elsewhere.
    pub fn all_names(&self) -> impl Iterator<Item = &Text> {
        self.image_names().chain(self.families_seen.iter())
    }

    /// The record's value of one of the facts the catalog may derive.
    pub fn fact(&self, field: DerivedField) -> Option<&str> {
        match field {
            DerivedField::Python => self.python.as_deref(),
            DerivedField::Os => self.os.as_deref(),
            DerivedField::Cuda => self.cuda.as_deref(),
            DerivedField::Driver => self.driver.as_deref(),
        }
    }

    /// The value a record has for one kind of dependency.
    pub fn dependency_name(&self, kind: DependencyKind) -> Option<&str> {
        match kind {
            DependencyKind::Python => self.python.as_deref(),
            DependencyKind::Os => self.os.as_deref(),
            DependencyKind::Driver => self.driver.as_deref(),
        }
    }
}

impl Catalog {
    /// What the whole widget embeds: all but what no bundle reads (a
    /// record's patch version; the records it conflicts with, which its
    /// flags say in words; a dependency's label, release and the column its
    /// date comes from; a source's dates).
    pub fn for_widget(&self) -> Catalog {
        let dependencies = self.dependencies.iter().map(|d| Dependency {
            label: Text::Borrowed(""),
            released: None,
            basis: Text::Borrowed(""),
            ..d.clone()
        });
        let sources = self.sources.iter().map(|s| Source {
            page_date: None,
            read: None,
            ..s.clone()
        });
        Catalog {
            dependencies: List::Owned(dependencies.collect()),
            sources: List::Owned(sources.collect()),
            ..self.trimmed(|r| Record {
                patch_version: None,
                conflicts_with: List::Borrowed(&[]),
                ..r.clone()
            })
        }
    }

    /// What the badge-and-card entry embeds: the widget's, without the
    /// notes and image names only the widget's details, its lookup and the
    /// version pages show, and without the sources but the policy page.
    pub fn for_cards(&self) -> Catalog {
        // Of the sources, a card links the policy page only (its stale notice).
        let policy = self.policy_source().map(|s| Source {
            name: Text::Borrowed(""),
            ..s.clone()
        });
        Catalog {
            sources: List::Owned(policy.into_iter().collect()),
            ..self.for_widget()
        }
        .trimmed(|r| Record {
            notes: List::Borrowed(&[]),
            image_families: List::Borrowed(&[]),
            container_images: List::Borrowed(&[]),
            families_seen: List::Borrowed(&[]),
            ..r.clone()
        })
    }

    /// Google's framework support policy page, else its first page the
    /// catalog was read from: where "Google's support policy" links.
    pub fn policy_source(&self) -> Option<&Source> {
        let google = || self.sources.iter().filter(|s| s.is_google());
        google()
            .find(|s| s.url.ends_with("framework-support-policy"))
            .or_else(|| google().next())
    }

    fn trimmed(&self, trim: impl Fn(&Record) -> Record) -> Catalog {
        Catalog {
            records: List::Owned(self.records.iter().map(trim).collect()),
            ..self.clone()
        }
    }

    pub fn record(&self, id: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.id == id)
    }

    /// The records of one product and framework.
    pub fn records_of(
        &self,
        product: Product,
        framework: Framework,
    ) -> impl Iterator<Item = &Record> {
        self.records
            .iter()
            .filter(move |r| r.product == product && r.framework == framework)
    }

    /// The frameworks that have records in a product, in offering order.
    pub fn frameworks_of(&self, product: Product) -> Vec<Framework> {
        Framework::ALL
            .into_iter()
            .filter(|f| self.records_of(product, *f).next().is_some())
            .collect()
    }

    pub fn dependency(&self, kind: DependencyKind, name: &str) -> Option<&Dependency> {
        self.dependencies
            .iter()
            .find(|d| d.kind == kind && d.name == name)
    }

    /// The record a version without its variant stands for: the one with the
    /// newest Python (then the newest OS), e.g. `tensorflow/2.11` → py310.
    pub fn newest_variant(
        &self,
        product: Product,
        framework: Framework,
        version: &str,
    ) -> Option<&Record> {
        self.records_of(product, framework)
            .filter(|r| r.version == version)
            .max_by_key(|r| r.newness())
    }

    /// The record `text` names: an id, or `[containers/]{framework}/{version}`
    /// without its variant for that version's newest variant.
    pub fn find(&self, text: &str) -> Option<&Record> {
        self.record(text).or_else(|| {
            let (product, rest) = Product::split(text);
            let (slug, version) = rest.split_once('/')?;
            self.newest_variant(product, Framework::from_slug(slug)?, version)
        })
    }

    /// The records of one framework, newest first: the order they are
    /// stored in (see `sort_for_display`), so no sort runs in the browser.
    pub fn newest_first(&self, product: Product, framework: Framework) -> Vec<&Record> {
        self.records_of(product, framework).collect()
    }
}

/// Display order: by product and framework (each one's records together),
/// then newest first, then by id (deterministic).
fn display_order(a: &Record, b: &Record) -> std::cmp::Ordering {
    (a.product, a.framework)
        .cmp(&(b.product, b.framework))
        .then_with(|| (b.newness(), &b.id).cmp(&(a.newness(), &a.id)))
}

/// Puts records in display order. The catalog readers (`validate`,
/// `synthetic`) call it natively and `build.rs` embeds the result, so the
/// bundle carries neither the sort nor its cost at start-up.
pub fn sort_for_display(records: &mut [Record]) {
    // Called by the native readers and the benchmark page's generated
    // catalog, never by the published bundle (the size lint's concern).
    #[allow(clippy::disallowed_methods)]
    records.sort_unstable_by(display_order);
}

/// Whether records are in display order (`compact::decode` accepts only
/// text written so).
pub fn in_display_order(records: &[Record]) -> bool {
    records.is_sorted_by(|a, b| display_order(a, b) != std::cmp::Ordering::Greater)
}
