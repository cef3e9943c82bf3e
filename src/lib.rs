//! DLVM Support Timeline: where each Deep Learning VM framework version
//! stands in Google's framework support policy, computed in the browser.
//!
//! `domain` is the pure core (catalog, validation, policy, …), tested
//! natively; `ui` is the Yew layer, compiled only for the browser.

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

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

/// A small allocator: dlmalloc is about 3.5 KB of the gzip budget, and the
/// widget allocates little (one page, one thread).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without atomics has a single thread, which
// is what AssumeSingleThreaded requires.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
