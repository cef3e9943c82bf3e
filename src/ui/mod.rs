//! The Yew layer: components read the core's answers and dispatch actions;
//! no policy rule lives here.

mod app;

pub use app::{App, AppProps};

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

/// Mounts the widget into the page's `#dlvm-timeline` element (the body when
/// there is none).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("dlvm-timeline")
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root_and_props(root, AppProps { at: None }).render();
    }
}
