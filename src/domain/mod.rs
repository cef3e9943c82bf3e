//! The pure core: no web crate in here. Everything the widget decides —
//! catalog rules, policy, layout, links, messages — is a function in this
//! module tree, tested natively with `cargo test`.
//!
//! The build script compiles the catalog's part of this tree (date, catalog,
//! family, validate, compact, text: see build.rs) to validate
//! `static/catalog.json` and write its compact form, so modules refer to
//! each other with `super::`, never `crate::`, and those six use nothing
//! outside themselves.

pub mod calendar;
pub mod catalog;
pub mod compact;
pub mod date;
pub mod embed;
pub mod enterprise;
pub mod family;
pub mod lang;
pub mod layout;
pub mod link;
pub mod lookup;
pub mod markup;
pub mod messages;
pub mod policy;
pub mod state;
pub mod synthetic;
pub mod text;
pub mod theme;
// The catalog reader: native code (the command line, tests) and the build
// script; the bundle embeds the compact catalog instead (no JSON parser).
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;
