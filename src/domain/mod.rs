//! The pure core: no web crate in here. Everything the widget decides —
//! catalog rules, policy, layout, links, messages — is a function in this
//! module tree, tested natively with `cargo test`.
//!
//! The build script compiles this tree too (`#[path]` in build.rs) to
//! validate `static/catalog.json` and generate the compiled catalog, so
//! modules here refer to each other with `super::`, never `crate::`.

pub mod calendar;
pub mod catalog;
pub mod codegen;
pub mod date;
pub mod embed;
pub mod family;
pub mod lang;
pub mod layout;
pub mod link;
pub mod lookup;
pub mod messages;
pub mod policy;
pub mod state;
pub mod synthetic;
pub mod text;
pub mod validate;
