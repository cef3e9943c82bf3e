//! Adding a framework is data (issue 21; ARCHITECTURE.md, "Adding a
//! framework"): once the enum has a framework, records of it in the
//! catalog file are all it takes for the framework to appear in the picker,
//! the links, the lookup, the pages and the command line.
//!
//! The stand-in is PyTorch, which no code treats apart (Base and vLLM have
//! rules of their own in the lookup and the names): the fixture catalog
//! without any PyTorch record is a catalog before the framework arrives;
//! two records added to it (a VM image and a container, built by
//! `testing::record` and read back through the catalog's own reader) are
//! its arrival. Every check is made on both catalogs and must come out
//! differently, so none passes by accident. Nothing here reads the shipped
//! catalog: a refresh of `static/catalog.json` changes none of it.

#![cfg(not(target_arch = "wasm32"))]

use dlvm_timeline::cli::run;
use dlvm_timeline::cli::scan::{scan, Options, DEFAULT_MAX_FILE_SIZE};
use dlvm_timeline::cli::verdict::{judge, Stage};
use dlvm_timeline::domain::catalog::{Catalog, Framework, List, Product, Record};
use dlvm_timeline::domain::date::Date;
use dlvm_timeline::domain::embed::parse_attributes;
use dlvm_timeline::domain::lang::Lang;
use dlvm_timeline::domain::link::{self, Notice, View};
use dlvm_timeline::domain::lookup::{found_id, lookup, Lookup};
use dlvm_timeline::domain::messages::{product_title, version_name};
use dlvm_timeline::domain::policy::{count_statuses, Policy};
use dlvm_timeline::domain::state::{Action, State};
use dlvm_timeline::domain::theme::Theme;
use dlvm_timeline::domain::validate::{read_catalog, to_json};
use dlvm_timeline::pages::generate;
use dlvm_timeline::testing::{record, FIXTURE};
use scraper::{Html, Selector};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The framework that arrives.
const NEW: Framework = Framework::PyTorch;
/// Its records: a VM image and a container (`testing::record` names their
/// family `pytorch-9-9-VERSION_DATE` and their container
/// `…/gcr.io/pytorch-cu121.9-9.py312`).
const VM_ID: &str = "pytorch/9.9";
const CONTAINER_ID: &str = "containers/pytorch/9.9";
/// What a reader pastes or a pipeline names: a dated VM image, the family,
/// and the container with a tag.
const VM_IMAGE: &str = "pytorch-9-9-v20260301";
const VM_FAMILY: &str = "pytorch-9-9";
const CONTAINER_IMAGE: &str =
    "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu121.9-9.py312:latest";
/// A day on which the new records are supported (released 2026-01-01, end
/// of patch 2027-01-01).
const DAY: Date = Date::known(2026, 6, 1);

/// `catalog` as its file gives it: written in the catalog's format and read
/// back by the catalog's reader, with no error.
fn validated(catalog: Catalog) -> Catalog {
    let report = read_catalog(&to_json(&catalog));
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    assert_eq!(errors, Vec::<String>::new());
    report.catalog.expect("a catalog without errors")
}

/// The fixture catalog before the framework arrives: every record of it
/// left out (their conflicts name only each other).
static BEFORE: LazyLock<Catalog> = LazyLock::new(|| {
    let records: Vec<Record> = FIXTURE
        .records
        .iter()
        .filter(|r| r.framework != NEW)
        .cloned()
        .collect();
    validated(Catalog {
        records: List::Owned(records),
        ..FIXTURE.clone()
    })
});

/// The same catalog with the new framework's records: the data step.
static AFTER: LazyLock<Catalog> = LazyLock::new(|| {
    let mut records = BEFORE.records.to_vec();
    records.push(record(VM_ID).build());
    records.push(record(CONTAINER_ID).build());
    validated(Catalog {
        records: List::Owned(records),
        ..BEFORE.clone()
    })
});

/// Both catalogs, labelled for assertion messages.
fn both() -> [(&'static str, &'static Catalog, bool); 2] {
    [("before", &BEFORE, false), ("after", &AFTER, true)]
}

/// A fresh folder under the system's temporary one.
fn folder(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("dlvm-new-framework-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `catalog`'s file in `dir`, as the command line reads it.
fn catalog_file(dir: &Path, name: &str, catalog: &Catalog) -> String {
    let path = dir.join(name);
    std::fs::write(&path, to_json(catalog)).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_catalogs_differ_only_by_the_new_frameworks_records() {
    assert!(BEFORE.records.iter().all(|r| r.framework != NEW));
    let added: Vec<&str> = AFTER
        .records
        .iter()
        .filter(|r| r.framework == NEW)
        .map(|r| r.id.as_ref())
        .collect();
    assert_eq!(added, [VM_ID, CONTAINER_ID]);
    assert_eq!(AFTER.records.len(), BEFORE.records.len() + 2);
    // A framework of its own in each product the fixture has.
    assert!(FIXTURE.frameworks_of(Product::Vm).contains(&NEW));
    assert!(FIXTURE.frameworks_of(Product::Containers).contains(&NEW));
}

#[test]
fn the_picker_offers_it_and_a_link_to_it_opens_it() {
    for (when, catalog, present) in both() {
        for (product, hash) in [
            (Product::Vm, "#/pytorch"),
            (Product::Containers, "#/containers/pytorch"),
        ] {
            // The tabs: the frameworks of the product, with status counts.
            let tabs = catalog.frameworks_of(product);
            assert_eq!(
                tabs.contains(&NEW),
                present,
                "{when}: {product:?} tabs {tabs:?}"
            );
            assert_eq!(
                count_statuses(catalog, product, NEW, DAY).supported,
                usize::from(present),
                "{when}: {product:?} counts"
            );
            // A link to the framework: shown, or the product's landing
            // framework with a notice.
            let state = State::new(
                link::parse(hash, catalog),
                catalog,
                DAY,
                Lang::En,
                Theme::Auto,
            );
            assert_eq!(state.product, product, "{when}: {hash}");
            assert_eq!(
                state.framework == NEW,
                present,
                "{when}: {hash} shows {:?}",
                state.framework
            );
            let expected = if present {
                vec![]
            } else {
                vec![Notice::NotInProduct {
                    framework: NEW,
                    product,
                }]
            };
            assert_eq!(state.notices, expected, "{when}: {hash}");
            if present {
                assert_eq!(link::format(&state.link()), hash);
                // Its tab, chosen from another framework's.
                let elsewhere = State::new(
                    link::parse("#/tensorflow", catalog),
                    catalog,
                    DAY,
                    Lang::En,
                    Theme::Auto,
                );
                let chosen = elsewhere
                    .apply(catalog, Action::ChooseProduct(product))
                    .apply(catalog, Action::ChooseFramework(NEW));
                assert_eq!((chosen.product, chosen.framework), (product, NEW), "{when}");
            }
        }
    }
}

#[test]
fn links_and_embeds_open_its_versions() {
    for (when, catalog, present) in both() {
        for (id, product) in [(VM_ID, Product::Vm), (CONTAINER_ID, Product::Containers)] {
            let hash = format!("#/{id}?at={DAY}&lang=es");
            let parsed = link::parse(&hash, catalog);
            if present {
                assert_eq!(parsed.link.view, View::Record(id.into()), "{when}: {hash}");
                assert_eq!(parsed.notices, vec![], "{when}: {hash}");
                assert_eq!(link::format(&parsed.link), hash, "{when}: round trip");
                let state = State::new(parsed, catalog, DAY, Lang::En, Theme::Auto);
                assert_eq!(state.selected.as_deref(), Some(id), "{when}: {hash}");
                assert_eq!((state.product, state.framework), (product, NEW));
                assert_eq!(
                    link::format(&state.link()),
                    hash,
                    "{when}: the state's link"
                );
            } else {
                assert_eq!(parsed.link.view, View::Product(product), "{when}: {hash}");
                assert_eq!(
                    parsed.notices,
                    vec![Notice::NotInProduct {
                        framework: NEW,
                        product
                    }],
                    "{when}: {hash}"
                );
            }
            // A docs page's card of the version.
            let attributes = [("data-view", "card"), ("data-version", id)]
                .map(|(name, value)| (name.to_owned(), value.to_owned()));
            let embed = parse_attributes(&attributes, catalog);
            assert_eq!(
                embed.map(|config| config.link.view).ok(),
                present.then(|| View::Record(id.into())),
                "{when}: card of {id}"
            );
        }
        // The framework's own embed, naming its product.
        let attributes = [("data-product", "vm"), ("data-framework", NEW.slug())]
            .map(|(name, value)| (name.to_owned(), value.to_owned()));
        assert_eq!(
            parse_attributes(&attributes, catalog)
                .map(|config| config.link.view)
                .ok(),
            present.then_some(View::Framework(Product::Vm, NEW)),
            "{when}: timeline of {}",
            NEW.slug()
        );
    }
}

#[test]
fn the_lookup_finds_its_images() {
    for (when, catalog, present) in both() {
        for (name, id) in [
            (VM_IMAGE, VM_ID),
            (VM_FAMILY, VM_ID),
            (CONTAINER_IMAGE, CONTAINER_ID),
        ] {
            let found = lookup(catalog, name);
            match (&found, present) {
                (Lookup::Found { record, .. }, true) => assert_eq!(record.id, id, "{when}: {name}"),
                // Read (the enum knows the framework), but no record fits:
                // newer than the catalog (it has no version of it yet).
                (
                    Lookup::NotInCatalog {
                        closest,
                        newer: true,
                        ..
                    },
                    false,
                ) => assert_eq!(closest.len(), 0, "{when}: {name}"),
                _ => panic!("{when}: {name}: {found:?}"),
            }
            assert_eq!(
                found_id(catalog, name).as_deref(),
                present.then_some(id),
                "{when}: {name}"
            );
            // A pasted name in a link, and the lookup field's action.
            let parsed = link::parse(&format!("#/lookup/{name}"), catalog);
            let state = State::new(parsed, catalog, DAY, Lang::En, Theme::Auto);
            assert_eq!(
                state.selected.as_deref(),
                present.then_some(id),
                "{when}: #/lookup/{name}"
            );
            let typed = state.apply(catalog, Action::lookup(catalog, name));
            assert_eq!(
                typed.selected.as_deref(),
                present.then_some(id),
                "{when}: typed {name}"
            );
        }
    }
}

fn select(doc: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    doc.select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect()
}

fn hrefs(doc: &Html) -> Vec<String> {
    let selector = Selector::parse("a[href]").unwrap();
    doc.select(&selector)
        .filter_map(|e| e.value().attr("href"))
        .map(str::to_owned)
        .collect()
}

fn read(dir: &Path, page: &str) -> Option<Html> {
    std::fs::read_to_string(dir.join(page))
        .ok()
        .map(|text| Html::parse_document(&text))
}

#[test]
fn the_pages_name_its_versions_in_both_languages() {
    for (when, catalog, present) in both() {
        let dir = folder(when);
        let written = generate(catalog, &dir, None, DAY).unwrap();
        assert_eq!(written.pages, 2 * catalog.records.len() + 2, "{when}");
        for id in [VM_ID, CONTAINER_ID] {
            let record = AFTER.record(id).unwrap();
            let name = version_name(record);
            assert_eq!(name, "PyTorch 9.9 (Python 3.12)");
            for lang in Lang::ALL {
                let page = link::share_page(id, lang);
                let doc = read(&dir, &page);
                assert_eq!(doc.is_some(), present, "{when}: {page}");
                if let Some(doc) = doc {
                    assert_eq!(select(&doc, "h1"), [name.as_str()], "{when}: {page}");
                    assert!(select(&doc, "title")[0].contains(&name), "{when}: {page}");
                    let kicker = format!("{} · {}", product_title(record.product), NEW.name());
                    assert_eq!(select(&doc, ".share-kicker"), [kicker], "{when}: {page}");
                }
                // The list of every version's page links to it, under its
                // framework's heading.
                let index = read(
                    &dir,
                    if lang == Lang::En {
                        "v/index.html"
                    } else {
                        "v/index.es.html"
                    },
                )
                .unwrap();
                let href = page.strip_prefix("v/").unwrap().to_owned();
                assert_eq!(
                    hrefs(&index).contains(&href),
                    present,
                    "{when}: index links {href}"
                );
                let heading = format!("{} · {}", product_title(record.product), NEW.name());
                assert_eq!(
                    select(&index, "h2").contains(&heading),
                    present,
                    "{when}: {heading}"
                );
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn the_command_line_judges_scans_lists_and_diffs_it() {
    let dir = folder("cli");
    let before_file = catalog_file(&dir, "before.json", &BEFORE);
    let after_file = catalog_file(&dir, "after.json", &AFTER);
    // A pipeline's file naming the new images.
    let repo = dir.join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    std::fs::write(
        repo.join("main.tf"),
        format!("image = \"{VM_IMAGE}\"\ncontainer = \"{CONTAINER_IMAGE}\"\n"),
    )
    .unwrap();
    // Google's listing with one image of the new framework.
    let listing = dir.join("compute-images.json");
    std::fs::write(
        &listing,
        format!(
            r#"[{{"name": "{VM_IMAGE}", "family": "{VM_FAMILY}",
                 "creationTimestamp": "2026-03-01T10:00:00.000-08:00"}}]"#
        ),
    )
    .unwrap();
    let listing = listing.to_string_lossy().into_owned();
    let at = DAY.to_string();
    for (when, catalog, present) in both() {
        // check-image: the verdict of each name.
        for (name, id) in [(VM_IMAGE, VM_ID), (CONTAINER_IMAGE, CONTAINER_ID)] {
            let verdict = judge(catalog, name, DAY, Policy::default());
            assert_eq!(
                verdict.lookup,
                if present { "found" } else { "not-in-catalog" },
                "{when}: {name}"
            );
            assert_eq!(
                verdict.record.as_deref(),
                present.then_some(id),
                "{when}: {name}"
            );
            assert_eq!(
                verdict.status,
                present.then_some("supported"),
                "{when}: {name}"
            );
            // Not in the catalog yet: a notice, a failure only when asked.
            assert_eq!(
                verdict.fails(Stage::Deprecated, true),
                !present,
                "{when}: {name}"
            );
            assert!(!verdict.fails(Stage::Deprecated, false), "{when}: {name}");
        }
        // scan: both names found in the file, placed only once the records are there.
        let options = Options {
            at: DAY,
            policy: Policy::default(),
            fail_on: Stage::Deprecated,
            fail_on_unknown: false,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
        };
        let report = scan(catalog, &[repo.to_string_lossy().into_owned()], &options);
        let records: Vec<Option<&str>> = report
            .findings
            .iter()
            .map(|f| f.verdict.record.as_deref())
            .collect();
        let expected = if present {
            vec![Some(VM_ID), Some(CONTAINER_ID)]
        } else {
            vec![None, None]
        };
        assert_eq!(records, expected, "{when}: scan");
        // Before: not in the catalog yet, two notices and no failure.
        assert_eq!(report.failures(), 0, "{when}: scan");
        assert!(
            report.findings.iter().all(|f| f.verdict.unknown != present),
            "{when}: scan"
        );
        // images: the listing's family is the record's, or a new one.
        let file = if present { &after_file } else { &before_file };
        let out = run(&[
            "images",
            &listing,
            "--catalog",
            file,
            "--at",
            &at,
            "--format",
            "json",
        ]);
        let report: Value = serde_json::from_str(&out.stdout).unwrap();
        let family = &report["families"][0];
        assert_eq!(family["family"], VM_FAMILY, "{when}: {}", out.stdout);
        assert_eq!(
            family["placement"],
            if present { "known" } else { "new" },
            "{when}: {}",
            out.stdout
        );
        assert_eq!(
            family["record"].as_str(),
            present.then_some(VM_ID),
            "{when}: {}",
            out.stdout
        );
        // check: the file is valid.
        let out = run(&["check", file]);
        assert_eq!(out.code, 0, "{when}: check {}{}", out.stdout, out.stderr);
    }
    // diff: what the data step adds (and nothing when there is none).
    for (new_file, added) in [
        (&before_file, vec![]),
        (&after_file, vec![VM_ID, CONTAINER_ID]),
    ] {
        let out = run(&[
            "diff",
            &before_file,
            new_file,
            "--at",
            &at,
            "--format",
            "json",
        ]);
        let report: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(
            report["records"]["added"],
            serde_json::json!(added),
            "{}",
            out.stdout
        );
        assert_eq!(
            report["records"]["removed"],
            serde_json::json!([]),
            "{}",
            out.stdout
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The one place outside the enum that lists the frameworks: the
/// catalog's JSON Schema (its `framework` enum and the id pattern), kept
/// by hand. A framework added to the enum but not there fails here.
#[test]
fn the_schema_lists_every_framework_of_the_enum() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("static/catalog.schema.json"),
    )
    .unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let record = &schema["$defs"]["record"]["properties"];
    let listed: Vec<&str> = record["framework"]["enum"]
        .as_array()
        .expect("the schema's framework enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(listed, Framework::SLUGS);
    let pattern = record["id"]["pattern"].as_str().expect("the id pattern");
    assert!(
        pattern.contains(&format!("({})", Framework::SLUGS.join("|"))),
        "{pattern}"
    );
}
