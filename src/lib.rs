//! DLVM Support Timeline: where each Deep Learning VM framework version
//! stands in Google's framework support policy, computed in the browser.
//!
//! `domain` is the pure core (catalog, validation, policy, …), tested
//! natively; `ui` is the Yew layer, compiled only for the browser.

pub mod domain;
pub mod shipped;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
