//! The catalog shipped in the bundle: `static/catalog.json`, validated and
//! compiled into static data by build.rs.

use crate::domain::catalog::{
    Accelerator, Catalog, Dependency, DependencyKind, Framework, List, Record, Source, Text,
};
use crate::domain::date::Date;

include!(concat!(env!("OUT_DIR"), "/shipped_catalog.rs"));

/// The catalog's JSON text, exactly as published in `dist/catalog.json`.
/// Only native code (tests, the command-line checker) reads it: the bundle
/// uses `SHIPPED`.
pub const SHIPPED_JSON: &str = include_str!("../static/catalog.json");
