//! The chosen framework's versions as a table: the core's markup
//! (`domain::markup::table_parts`) written as DOM (`widgets::written`),
//! the selected row marked in place; its clicks and changes are the
//! root's (`ui::events`).

use super::ctx::Ctx;
use super::widgets::{mark, of_version, written, FIRST_WRITE};
use crate::domain::markup::table_parts;
use crate::domain::text::joined;
use yew::prelude::*;

/// The chosen framework's versions, newest first.
pub fn version_table(ctx: &Ctx) -> Html {
    let parts = table_parts(&ctx.state, ctx.catalog(), &ctx.records);
    let Some(node) = written(&ctx.written.table, parts, FIRST_WRITE) else {
        return Html::default();
    };
    // The selected row and its button, marked in place (a click doesn't
    // write the table again).
    let selected = ctx.state.selected.as_deref().map(|id| {
        let row = of_version("tr", id);
        joined(&[&row, ", ", &row, " .dlvm-link"])
    });
    mark(&node, "aria-current", ["true", ""], selected);
    Html::VRef(node.into())
}
