//! DLVM Support Timeline: where each Deep Learning VM framework version
//! stands in Google's framework support policy, computed in the browser.
//!
//! `domain` is the pure core (catalog, validation, policy, …), tested
//! natively; `ui` is the Yew layer and `lite` the badge and card without
//! Yew, compiled only for the browser, over `web`'s browser facilities.

// Functions a reader can hold: at most 80 lines of code (clippy.toml).
#![warn(clippy::too_many_lines)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod domain;
pub mod shipped;

/// The interactive widget (Yew): every view but the badge and the card.
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;

/// The badge and the card, painted without Yew (both web entries).
#[cfg(target_arch = "wasm32")]
pub mod lite;

/// The browser facilities both web entries use.
#[cfg(target_arch = "wasm32")]
pub mod web;

/// The native tools' "today" (UTC, from the system clock).
#[cfg(not(target_arch = "wasm32"))]
pub mod clock;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

/// What tests of behaviour run on: the fixture catalog, a record builder.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod testing;

/// The web build's page generator (`dlvm-pages`), native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod pages;

/// A small, fast allocator for wasm (talc): dlmalloc is about 3.5 KB of the
/// gzip budget; lol_alloc's free list was small but slow with thousands of
/// allocations (re-rendering 2,000 records took over a second).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without atomics is single-threaded, which
// TalckWasm's lock-free global allocator requires.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
