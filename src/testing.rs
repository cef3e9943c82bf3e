//! What tests of behaviour run on (native only): the fixture catalog and a
//! builder of records.
//!
//! The fixture (`tests/fixtures/catalog.json`) is a frozen copy of part of
//! the catalog of 2026-04-10 (every record the tests name, with the
//! records their variants and conflicts need): it does not change when
//! `static/catalog.json` is refreshed from Google's pages, so neither do
//! the tests. Only tests whose subject is the shipped data read `SHIPPED`
//! (TESTING.md, "Tests that survive a refresh").

use crate::domain::catalog::{
    sort_for_display, Accelerator, Catalog, Framework, List, Product, Record, Text,
};
use crate::domain::date::Date;
use crate::domain::validate::read_catalog;
use std::sync::LazyLock;

/// The fixture catalog's JSON text.
pub const FIXTURE_JSON: &str = include_str!("../tests/fixtures/catalog.json");

/// The fixture catalog, read by the catalog's own reader.
pub static FIXTURE: LazyLock<Catalog> = LazyLock::new(|| {
    let report = read_catalog(FIXTURE_JSON);
    // A committed test file: a broken one must stop every test at once.
    #[allow(clippy::expect_used)]
    report
        .catalog
        .expect("tests/fixtures/catalog.json is a valid catalog")
});

/// The fixture catalog with `records` added (in display order, as the
/// catalog's readers keep them).
pub fn fixture_with(records: Vec<Record>) -> Catalog {
    let mut all: Vec<Record> = FIXTURE.records.to_vec();
    all.extend(records);
    sort_for_display(&mut all);
    Catalog {
        records: List::Owned(all),
        ..FIXTURE.clone()
    }
}

/// A record to build: `record("pytorch/9.9")`, `record("containers/vllm/0.9")`.
pub struct RecordBuilder(Record);

/// A supported-looking VM or container record for `id` (product, framework
/// and version read from it): released 2026-01-01, end of patch
/// 2027-01-01, end of availability 2028-01-01, Python 3.12, a GPU image
/// family (VM) or container image (containers) named after it.
pub fn record(id: &str) -> RecordBuilder {
    let (product, rest) = match id.strip_prefix("containers/") {
        Some(rest) => (Product::Containers, rest),
        None => (Product::Vm, id),
    };
    let (framework, version) = rest.split_once('/').unwrap_or((rest, ""));
    let framework = Framework::from_slug(framework).unwrap_or(Framework::Base);
    let version = version.split_once('-').map_or(version, |(v, _)| v);
    let dashed = version.replace('.', "-");
    let (families, images) = match product {
        Product::Vm => (
            vec![format!("{}-{dashed}-VERSION_DATE", framework.slug())],
            vec![],
        ),
        Product::Containers => (
            vec![],
            vec![format!(
                "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/{}-cu121.{dashed}.py312",
                framework.slug()
            )],
        ),
    };
    RecordBuilder(Record {
        id: Text::Owned(id.to_owned()),
        product,
        framework,
        version: Text::Owned(version.to_owned()),
        label: Text::Owned(format!("{version} (Python 3.12)")),
        python: Some(Text::Borrowed("3.12")),
        os: None,
        cuda: Some(Text::Borrowed("12.1")),
        driver: None,
        accelerators: List::Borrowed(&[Accelerator::Gpu]),
        image_families: List::Owned(families.into_iter().map(Text::Owned).collect()),
        container_images: List::Owned(images.into_iter().map(Text::Owned).collect()),
        patch_version: None,
        released: Some(Date::known(2026, 1, 1)),
        end_of_patch: Date::known(2027, 1, 1),
        end_of_availability: Date::known(2028, 1, 1),
        notes: List::Borrowed(&[]),
        data_issue: None,
        families_seen: List::Borrowed(&[]),
        derived: Default::default(),
        flags: List::Borrowed(&[]),
        conflicts_with: List::Borrowed(&[]),
    })
}

impl RecordBuilder {
    /// First availability (`None`: unknown, read as "from the start").
    pub fn released(mut self, date: Option<Date>) -> Self {
        self.0.released = date;
        self
    }

    /// End of patch & support, then end of availability.
    pub fn ends(mut self, end_of_patch: Date, end_of_availability: Date) -> Self {
        self.0.end_of_patch = end_of_patch;
        self.0.end_of_availability = end_of_availability;
        self
    }

    pub fn label(mut self, label: &str) -> Self {
        self.0.label = Text::Owned(label.to_owned());
        self
    }

    pub fn python(mut self, python: Option<&'static str>) -> Self {
        self.0.python = python.map(Text::Borrowed);
        self
    }

    pub fn os(mut self, os: Option<&'static str>) -> Self {
        self.0.os = os.map(Text::Borrowed);
        self
    }

    /// The VM image families (patterns with `VERSION_DATE`).
    pub fn families(mut self, families: &[&str]) -> Self {
        self.0.image_families = List::Owned(
            families
                .iter()
                .map(|f| Text::Owned((*f).to_owned()))
                .collect(),
        );
        self
    }

    pub fn build(self) -> Record {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::{read_catalog, to_json};

    #[test]
    fn the_fixture_is_a_small_valid_catalog_of_every_product_and_framework() {
        assert!(FIXTURE.records.len() < 50);
        for product in Product::ALL {
            assert!(!FIXTURE.frameworks_of(product).is_empty(), "{product:?}");
        }
    }

    #[test]
    fn built_records_pass_the_catalogs_rules() {
        let catalog = fixture_with(vec![
            record("pytorch/9.9").build(),
            record("containers/vllm/0.9")
                .ends(Date::known(2026, 6, 1), Date::known(2027, 6, 1))
                .build(),
        ]);
        let report = read_catalog(&to_json(&catalog));
        let problems: Vec<String> = report.errors().map(|p| p.to_string()).collect();
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(
            report.catalog.map(|c| c.records.len()),
            Some(FIXTURE.records.len() + 2)
        );
    }
}
