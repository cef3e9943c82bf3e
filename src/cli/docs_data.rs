//! `docs-data`: what the docs integrations (the Sphinx extension and the
//! MkDocs plugin, `python/`) need at a site's build time, as one JSON
//! document the wheels carry: every id an embed accepts and the record it
//! opens, the values each attribute takes, and each version's day-free
//! facts in every language. The Python side only looks things up in it, so
//! the ids, the attribute values and the words stay the core's.

use crate::domain::catalog::{Catalog, Framework, Product, Record};
use crate::domain::embed::{ViewKind, ELEMENT, MAX_WARN_DAYS};
use crate::domain::lang::Lang;
use crate::domain::messages::day_free_facts;
use crate::domain::policy::DEFAULT_WARN_DAYS;
use crate::domain::theme::Theme;
use serde_json::{json, Map, Value};

/// The document for `catalog`, stamped with the crate's version.
pub fn docs_data(catalog: &Catalog) -> Value {
    let mut versions = Map::new();
    let mut aliases = Map::new();
    for record in catalog.records.iter() {
        versions.insert(record.id.to_string(), version(record));
        // `tensorflow/2.11`, `containers/pytorch/2.4`: the framework and
        // version without a variant open the newest Python's record.
        let short = format!(
            "{}{}/{}",
            record.product.id_prefix(),
            record.framework.slug(),
            record.version
        );
        if short != record.id {
            if let Some(found) = catalog.find(&short) {
                aliases.insert(short, Value::from(found.id.as_ref()));
            }
        }
    }
    let products: Map<String, Value> = Product::ALL
        .into_iter()
        .map(|product| {
            let frameworks: Vec<&str> = catalog
                .frameworks_of(product)
                .into_iter()
                .map(Framework::slug)
                .collect();
            (
                product.slug().to_owned(),
                json!({ "frameworks": frameworks }),
            )
        })
        .collect();
    let needs_version: Vec<&str> = [ViewKind::Card, ViewKind::Badge]
        .into_iter()
        .map(ViewKind::slug)
        .collect();
    let framework_names: Map<String, Value> = Framework::ALL
        .into_iter()
        .map(|f| (f.slug().to_owned(), Value::from(f.name())))
        .collect();
    // The versions in the widget's display order (product, framework, newest
    // first): how a timeline lists them in words.
    let order: Vec<&str> = catalog.records.iter().map(|r| r.id.as_ref()).collect();
    json!({
        "version": env!("CARGO_PKG_VERSION"),
        "framework_names": framework_names,
        "order": order,
        "catalog_as_of": catalog.as_of.to_string(),
        "element": ELEMENT,
        "langs": Lang::ALL.map(Lang::code),
        "attributes": {
            "view": { "values": ViewKind::SLUGS, "default": ViewKind::Full.slug() },
            "product": { "values": Product::SLUGS },
            "framework": { "values": Framework::SLUGS },
            "theme": { "values": Theme::SLUGS, "default": Theme::Auto.slug() },
            "warn-days": { "min": 0, "max": MAX_WARN_DAYS, "default": DEFAULT_WARN_DAYS },
        },
        "views_needing_version": needs_version,
        "lite_views": ViewKind::ALL
            .into_iter()
            .filter(|v| v.painted_by_lite())
            .map(ViewKind::slug)
            .collect::<Vec<_>>(),
        "products": products,
        "versions": versions,
        "aliases": aliases,
    })
}

fn version(record: &Record) -> Value {
    let facts: Map<String, Value> = Lang::ALL
        .into_iter()
        .map(|lang| {
            (
                lang.code().to_owned(),
                Value::from(day_free_facts(lang, record)),
            )
        })
        .collect();
    json!({
        "product": record.product.slug(),
        "framework": record.framework.slug(),
        "end_of_patch": record.end_of_patch.to_string(),
        "end_of_availability": record.end_of_availability.to_string(),
        "facts": facts,
    })
}

/// The command: the shipped catalog's document.
pub(super) fn run() -> super::Outcome {
    super::Outcome::printed(
        0,
        super::json_document(&docs_data(&crate::shipped::SHIPPED)),
    )
}
