//! The catalog shipped in the bundle: `static/catalog.json`, validated by
//! build.rs and embedded in its compact form, decoded on first use.

use crate::domain::catalog::{Catalog, List};
use crate::domain::compact::decode;
use crate::domain::date::Date;
use std::sync::LazyLock;

/// The compact text build.rs made of static/catalog.json: all of it for
/// native code (the command line, tests).
#[cfg(not(target_arch = "wasm32"))]
const COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/shipped_catalog.txt"));

/// The whole widget's: without what no bundle reads (a record's patch
/// version, the records it conflicts with: its flags say so in words).
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
const COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/shipped_catalog_widget.txt"));

/// The badge-and-card entry's: without the records' notes and image names
/// too, which only the widget's details, its lookup and the version pages
/// show (`domain::markup` never reads them for a badge or card; its tests
/// check it).
#[cfg(all(target_arch = "wasm32", not(feature = "widget")))]
const COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/shipped_catalog_lite.txt"));

/// The shipped catalog. (Should decoding ever fail — it cannot: build.rs
/// decodes the text it wrote and fails the build unless that gives the
/// validated catalog back — the widget shows an empty catalog rather than
/// taking the page down.)
pub static SHIPPED: LazyLock<Catalog> = LazyLock::new(|| {
    decode(COMPACT).unwrap_or(Catalog {
        as_of: Date::known(1970, 1, 1),
        sources: List::Borrowed(&[]),
        dependencies: List::Borrowed(&[]),
        records: List::Borrowed(&[]),
    })
});

/// The catalog's JSON text, exactly as published in `dist/catalog.json`
/// (build.rs copies the file it validated). Only native code (tests, the
/// command-line checker) reads it: the bundle uses `SHIPPED`.
pub const SHIPPED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/shipped_catalog.json"));

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_compact_text_decodes() {
        let read = crate::domain::validate::read_catalog(SHIPPED_JSON).catalog;
        assert_eq!(decode(COMPACT).as_ref(), read.as_ref());
        assert!(!SHIPPED.records.is_empty());
    }

    #[test]
    fn each_bundle_ships_the_catalog_it_shows() {
        let read = crate::domain::validate::read_catalog(SHIPPED_JSON)
            .catalog
            .unwrap();
        let widget = include_str!(concat!(env!("OUT_DIR"), "/shipped_catalog_widget.txt"));
        let lite = include_str!(concat!(env!("OUT_DIR"), "/shipped_catalog_lite.txt"));
        assert_eq!(decode(widget), Some(read.for_widget()));
        assert_eq!(decode(lite), Some(read.for_cards()));
        assert!(read.records.iter().any(|r| !r.notes.is_empty()));
        assert!(lite.len() < widget.len() && widget.len() < COMPACT.len());
    }
}
