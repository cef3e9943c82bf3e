//! Every word the widget shows, in English and Spanish, and the date,
//! relative-time and plural formatting of each language.
//!
//! Fixed strings are fields of `Strings`, what a badge or card may say, or
//! of `WidgetStrings`, what only the whole widget says (a missing
//! translation is a compile error: `strings`; the badge-and-card entry
//! carries only the first table); messages with data are functions
//! matching on `Lang`:
//! the words for dates, counts, statuses and versions (`words`), what a
//! status and its warnings and advice mean (`explain`), and what the widget
//! says about a result — the status region, a lookup, a badge, an embed
//! attribute it could not use (`results`).

mod explain;
mod results;
mod share;
mod strings;
// On the fixture catalog (crate::testing), native only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod words;

use super::catalog::{Catalog, DerivedField, Framework, Origin, Product, Record};
use super::date::Date;
use super::embed::{AttrError, AttrExpectation};
use super::enterprise::release_notes;
pub use super::lang::Lang;
use super::link::Notice;
use super::lookup::{Disagreement, Lookup};
use super::policy::{
    count_statuses, stale_for, status_at, Advice, ChangeKind, Evaluation, Severity, Status,
    StatusCounts, Warning, WarningKind,
};
use super::state::{Announce, State};
pub use super::text::fill;
use super::text::{cut, decimal, joined, listed, push_separated, signed_decimal};

pub use explain::*;
pub use results::*;
pub use share::*;
pub use strings::*;
pub use words::*;
