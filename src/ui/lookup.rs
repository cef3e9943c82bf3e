//! "Paste what you run": the core's form (`domain::markup::lookup_parts`)
//! written as DOM (`widgets::written`); its submit and its closest
//! versions' buttons are the root's (`ui::events`).

use super::ctx::Ctx;
use super::widgets::placed;
use crate::domain::markup::lookup_parts;
use yew::prelude::*;

/// The field for an image family, a dated image name or a container URI,
/// and what it was found to be. The record found opens in the details as
/// if by its link; the closest records are offered when nothing matches.
pub fn lookup_panel(ctx: &Ctx) -> Html {
    let parts = lookup_parts(&ctx.state, ctx.lookup.as_ref(), &ctx.ids);
    placed(&ctx.written.lookup, parts)
}
