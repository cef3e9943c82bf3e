//! The benchmark page's entry (`tests/bench/index.html`, built by `make bench`):
//! the widget on the shipped catalog, or on a generated one with
//! `?records=N`. Not part of the published bundle.

// Functions a reader can hold: at most 80 lines of code (clippy.toml).
#![warn(clippy::too_many_lines)]

#[cfg(target_arch = "wasm32")]
fn main() {
    dlvm_timeline::ui::start_bench();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the benchmark page runs in the browser: make bench");
}
