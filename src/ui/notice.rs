//! The catalog's freshness notice, shown once per view: the card's
//! (`domain::markup::stale_parts`), written as DOM (`widgets::written`).

use super::ctx::Ctx;
use super::widgets::placed;
use crate::domain::markup::stale_parts;
use yew::prelude::*;

/// The catalog's one freshness notice, when it is stale on the reader's
/// today (`data-notice="catalog-stale"`, outside the version details).
pub fn stale_notice(ctx: &Ctx) -> Html {
    let parts = stale_parts(&ctx.state, ctx.catalog());
    if parts.is_empty() {
        return Html::default();
    }
    placed(&ctx.written.stale, parts)
}
