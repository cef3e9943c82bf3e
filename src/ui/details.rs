//! The details of the selected version: the core's markup
//! (`domain::markup::details_parts`, the card's details with the whole
//! widget's additions), written as DOM (`widgets::written`); its buttons'
//! clicks are the root's (`ui::events`).

use super::ctx::Ctx;
use super::widgets::placed;
use crate::domain::markup::{details_parts, Fuller};
use yew::prelude::*;

/// What the policy means for the selected version today.
pub fn details(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let catalog = ctx.catalog();
    let Some(record) = state.selected.as_deref().and_then(|id| catalog.record(id)) else {
        return html! {
            <div class="dlvm-details dlvm-empty">
                <p>{ ctx.lang().strings().select_a_version }</p>
            </div>
        };
    };
    // A pasted image name that found this record adds its build date and
    // the latest-image check.
    let image = ctx.lookup.as_ref().and_then(|l| l.image_of(record));
    let parts = details_parts(state, catalog, record, &ctx.ids, &Fuller { image });
    placed(&ctx.written.details, parts)
}
