//! The chosen framework's chart: the core's markup
//! (`domain::markup::chart_parts`) written as DOM (`widgets::written`),
//! the selected bar and the Tab stop marked on it, and the caption of the
//! focused bar; its clicks, keys and focus are the root's (`ui::events`).
//! (No per-bar tooltip: its dates, formatted for every row, made a
//! 2,000-record framework switch 20 ms slower; the table lists them.)

use super::ctx::Ctx;
use super::widgets::{mark, of_version, written, FIRST_WRITE};
use crate::domain::markup::chart_parts;
use crate::domain::messages::{dates_line, record_name};
use crate::domain::text::joined;
use yew::prelude::*;

/// The chart, its marks, and its caption: the focused bar's dates. (A
/// function, not a component: which bar has focus lives in the state.)
pub fn timeline(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let records = &ctx.records;
    let parts = chart_parts(state, records, &ctx.ids);
    let Some(node) = written(&ctx.written.chart, parts, FIRST_WRITE) else {
        return Html::default();
    };
    // One Tab stop: the focused bar, else the selected one, else the first.
    let roving = state
        .focused
        .as_deref()
        .or(state.selected.as_deref())
        .filter(|id| records.iter().any(|r| r.id == *id))
        .or(records.first().map(|r| r.id.as_ref()));
    let bar = |id: &str| of_version(".dlvm-bar", id);
    mark(&node, "tabindex", ["0", "-1"], roving.map(bar));
    mark(
        &node,
        "aria-current",
        ["true", ""],
        state.selected.as_deref().map(bar),
    );
    let caption = state
        .focused
        .as_deref()
        .and_then(|id| ctx.catalog().record(id))
        .map(|r| joined(&[&record_name(r), " — ", &dates_line(ctx.lang(), r)]));
    if let Ok(Some(element)) = node.query_selector(".dlvm-caption") {
        element.set_text_content(caption.as_deref());
    }
    Html::VRef(node.into())
}
