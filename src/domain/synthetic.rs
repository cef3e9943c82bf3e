//! Generated catalogs of any size, for benchmarks and generated tests:
//! valid by construction (ids, date order, dependency references), spread
//! over the three frameworks and over the years so that every status occurs.

use super::catalog::{Accelerator, Catalog, Framework, List, Product, Record, Text};
use super::date::Date;

/// A deterministic catalog of `count` records that uses `base`'s
/// dependency table and metadata.
// Only the benchmark page runs it (never the published bundle): the size
// lint's `format!` is not its concern.
#[allow(clippy::disallowed_macros)]
pub fn synthetic_catalog(count: usize, base: &Catalog) -> Catalog {
    let pythons = ["3.7", "3.10", "3.12"];
    let oses = [
        None,
        Some("Debian 11"),
        Some("Ubuntu 22.04"),
        Some("Ubuntu 24.04"),
    ];
    let start = Date::known(2015, 1, 1);
    let mut records: Vec<Record> = (0..count)
        .map(|i| {
            // The three VM frameworks (vLLM exists only as a container).
            let frameworks = [Framework::TensorFlow, Framework::PyTorch, Framework::Base];
            let framework = frameworks
                .get(i % frameworks.len())
                .copied()
                .unwrap_or(Framework::Base);
            // Unique per framework: major 1.., minor 0..99.
            let n = i / frameworks.len();
            let version = format!("{}.{}", 1 + n / 100, n % 100);
            let released = start.add_days((i as i64 * 7) % 5000).unwrap_or(start);
            let end_of_patch = released
                .add_days(300 + (i as i64 * 13) % 400)
                .unwrap_or(released);
            let end_of_availability = end_of_patch.add_days(365).unwrap_or(end_of_patch);
            let python = pythons.get(i % pythons.len()).copied().unwrap_or("3.10");
            let os = oses.get(i % oses.len()).copied().flatten();
            Record {
                id: Text::Owned(format!("{}/{version}", framework.slug())),
                product: Product::Vm,
                framework,
                version: Text::Owned(version.clone()),
                label: Text::Owned(match os {
                    Some(os) => format!("{version} (Python {python} / {os})"),
                    None => format!("{version} (Python {python})"),
                }),
                python: Some(Text::Borrowed(python)),
                os: os.map(Text::Borrowed),
                cuda: Some(Text::Borrowed("12.1")),
                driver: None,
                accelerators: List::Borrowed(&[Accelerator::Gpu]),
                // The benchmark page's catalog only; a char pattern.
                #[allow(clippy::disallowed_methods)]
                image_families: List::Owned(vec![Text::Owned(format!(
                    "{}-{}-cu121-VERSION_DATE",
                    framework.slug(),
                    version.replace('.', "-")
                ))]),
                container_images: List::Borrowed(&[]),
                patch_version: None,
                // Every fifth record has no known release.
                released: (i % 5 != 0).then_some(released),
                end_of_patch,
                end_of_availability,
                notes: List::Borrowed(&[]),
                data_issue: None,
                families_seen: List::Borrowed(&[]),
                derived: Default::default(),
                flags: List::Borrowed(&[]),
                conflicts_with: List::Borrowed(&[]),
            }
        })
        .collect();
    super::catalog::sort_for_display(&mut records);
    Catalog {
        as_of: base.as_of,
        sources: base.sources.clone(),
        dependencies: base.dependencies.clone(),
        records: List::Owned(records),
    }
}

// Through the catalog reader, which is native only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::testing::FIXTURE;

    #[test]
    fn generated_catalogs_pass_validation() {
        // Through the JSON reader: the generated records obey every rule.
        let catalog = synthetic_catalog(600, &FIXTURE);
        let json = super::super::validate::to_json(&catalog);
        let report = super::super::validate::read_catalog(&json);
        let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(report.catalog.map(|c| c.records.len()), Some(600));
    }
}
