//! The widget's title and its evaluation date, language, theme and
//! copy-link controls: the core's
//! markup (`domain::markup::toolbar_parts`) written as DOM
//! (`widgets::written`), with the date's value, "reset"'s availability and
//! the copy outcome set in place; its changes, clicks and focus are the
//! root's (`ui::events`).

use super::ctx::Ctx;
use super::widgets::{mark, written};
use crate::domain::markup::toolbar_parts;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The toolbar. (A plain function, not a component: each Yew component
/// costs about 1 KB of the gzip budget, and this one needs no state of its
/// own.)
pub fn toolbar(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let strings = ctx.lang().widget_strings();
    let parts = toolbar_parts(state, ctx.standalone, &ctx.ids);
    let Some(node) = written(&ctx.written.toolbar, parts, usize::MAX) else {
        return Html::default();
    };
    // Set only when it differs, so a date being typed keeps its caret.
    if let Ok(Some(field)) = node.query_selector("[data-action=date]") {
        let field: HtmlInputElement = field.unchecked_into();
        let at = state.at.iso();
        if field.value() != at {
            field.set_value(&at);
        }
    }
    let reset = (!state.at_chosen).then(|| "[data-action=reset-date]".to_owned());
    mark(&node, "disabled", ["", ""], reset);
    let copied = match ctx.copied("link") {
        Some(true) => strings.link_copied,
        Some(false) => strings.copy_failed,
        None => "",
    };
    if let Ok(Some(status)) = node.query_selector(".dlvm-copy-status") {
        status.set_text_content(Some(copied));
    }
    Html::VRef(node.into())
}
