//! The Yew layer: components read the core's answers and dispatch actions;
//! no policy rule lives here.

mod app;
mod details;
mod picker;
mod table;
mod timeline;
mod toolbar;
mod web;

pub use app::{App, AppProps, CatalogRef};

use crate::domain::date::Date;

/// The reader's local calendar date: the policy's "today".
pub fn local_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(crate::shipped::SHIPPED.as_of)
}

/// Mounts the standalone widget into the page's `#dlvm-timeline` element
/// (the body when there is none); it owns the page's location hash.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("dlvm-timeline")
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        let props = AppProps {
            sync_url: true,
            ..AppProps::default()
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
