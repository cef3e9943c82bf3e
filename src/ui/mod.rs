//! The Yew layer: components read the core's answers and dispatch actions;
//! no policy rule lives here.

//! `app` assembles an instance from the parts (`toolbar`, `picker`,
//! `timeline`, `table`, `lookup`, `details`, `notice`); the parts
//! read `ctx` (what they share) and `widgets` (markup more than one shows),
//! never `app` or each other; `instance` holds the reducer cell App keeps.

// Yew's `#[component]` writes with `core::fmt` (which the widget links
// through Yew anyway): the size lint's `format!` and `write!` are allowed in
// `app` only. The rest of the UI builds its text with `text::joined` (250
// bytes gzip smaller than its nine `format!` calls were).
#[allow(clippy::disallowed_macros)]
mod app;
mod ctx;
mod details;
pub mod embed;
mod events;
mod instance;
mod lookup;
mod notice;
mod picker;
mod table;
mod timeline;
mod toolbar;
/// Public for the browser tests (`tests/browser.rs`).
pub mod widgets;

pub use app::App;
pub use ctx::{AppProps, CatalogRef};

/// Mounts the standalone widget into the page's
/// `<div id="dlvm-timeline" data-dlvm-standalone>` (index.html), where there
/// is one; it owns the location hash.
/// Pages that embed the widget have none: embed.js mounts their instances.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("dlvm-timeline")
        .filter(|root| root.has_attribute("data-dlvm-standalone"));
    if let Some(root) = root {
        render_owning_url(root, &crate::shipped::SHIPPED);
    }
}

/// Renders the whole widget into `root` as the standalone page's own
/// instance: it owns the location hash and the page's language.
fn render_owning_url(root: web_sys::Element, catalog: &'static crate::domain::catalog::Catalog) {
    let props = AppProps {
        sync_url: true,
        standalone: true,
        catalog: CatalogRef(catalog),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// The benchmark page: like `start`, on a generated catalog of
/// `?records=N` records (the shipped one without the parameter).
pub fn start_bench() {
    use crate::domain::synthetic::synthetic_catalog;
    let Some(window) = web_sys::window() else {
        return;
    };
    let count = window.location().search().ok().and_then(|q| {
        q.strip_prefix("?records=")
            .and_then(|n| n.parse::<usize>().ok())
    });
    let catalog: &'static crate::domain::catalog::Catalog = match count {
        // Leaked on purpose: the page lives as long as the catalog.
        Some(n) => Box::leak(Box::new(synthetic_catalog(n, &crate::shipped::SHIPPED))),
        None => &crate::shipped::SHIPPED,
    };
    let root = window
        .document()
        .and_then(|d| d.get_element_by_id("dlvm-timeline"));
    if let Some(root) = root {
        render_owning_url(root, catalog);
    }
}
