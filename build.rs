//! Validates `static/catalog.json` with the core's own reader and writes its
//! compact form to `$OUT_DIR/shipped_catalog.txt` (see domain::compact) and
//! its text to `$OUT_DIR/shipped_catalog.json`; a catalog error fails the
//! build with the validator's located message.
//!
//! `DLVM_CATALOG=path` ships another catalog file instead: `make test`
//! builds the native tests with a refreshed copy this way, to show that
//! only the tests of the shipped data depend on it (TESTING.md).
//!
//! It compiles only the catalog's part of the core, the six modules that
//! use nothing outside themselves (a separate crate would do the same, but
//! measured 0.6 KB more gzip in the bundle: generic std code instantiated
//! in both crates survives LTO twice; see ARCHITECTURE.md).

#[path = "src/domain"]
mod domain {
    // Native code: the bundle's size lints (lints/wasm/clippy.toml) are not for it.
    #![allow(
        dead_code,
        unused_imports,
        clippy::disallowed_methods,
        clippy::disallowed_macros
    )]
    pub mod catalog;
    pub mod compact;
    pub mod date;
    pub mod family;
    pub mod text;
    pub mod validate;
}

use std::{env, fs, path::Path, process};

fn main() {
    println!("cargo:rerun-if-env-changed=DLVM_CATALOG");
    let source = env::var("DLVM_CATALOG").unwrap_or_else(|_| "static/catalog.json".to_owned());
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/domain");
    let text = match fs::read_to_string(&source) {
        Ok(text) => text,
        Err(why) => {
            eprintln!("{source}: cannot read: {why}");
            process::exit(1);
        }
    };
    let report = domain::validate::read_catalog(&text);
    let Some(catalog) = report.catalog else {
        for problem in report.errors() {
            eprintln!("{source}: {problem}");
        }
        process::exit(1);
    };
    // `dlvm-timeline --version` names the catalog it carries.
    println!("cargo:rustc-env=DLVM_CATALOG_AS_OF={}", catalog.as_of);
    // Each bundle embeds only what it shows (`Catalog::for_widget`,
    // `Catalog::for_cards`): less to download on the commonest pages.
    let widget = catalog.for_widget();
    let lite = catalog.for_cards();
    let compact = compact_checked(&widget, &source);
    let compact_lite = compact_checked(&lite, &source);
    let out_dir = env::var_os("OUT_DIR").unwrap_or_default();
    for (name, content) in [
        ("shipped_catalog.txt", compact_checked(&catalog, &source)),
        ("shipped_catalog_widget.txt", compact),
        ("shipped_catalog_lite.txt", compact_lite),
        ("shipped_catalog.json", text),
    ] {
        let target = Path::new(&out_dir).join(name);
        if let Err(why) = fs::write(&target, content) {
            eprintln!("{}: cannot write: {why}", target.display());
            process::exit(1);
        }
    }
}

/// The catalog's compact form, decoded again before it ships: the bundle
/// falls back to an empty catalog if its text does not decode (it must not
/// take a page down), so the build refuses to ship anything but the
/// catalog it validated.
fn compact_checked(catalog: &domain::catalog::Catalog, source: &str) -> String {
    let compact = domain::compact::compact(catalog);
    let decoded = domain::compact::decode(Box::leak(compact.clone().into_boxed_str()));
    if decoded.as_ref() != Some(catalog) {
        eprintln!(
            "{source}: its compact form does not decode back to the catalog \
             (a value holding a separator character U+001C..U+001F?)"
        );
        process::exit(1);
    }
    compact
}
