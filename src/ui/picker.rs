//! The product switch and the framework tabs: the core's markup
//! (`domain::markup::products_parts`, `tabs_parts`) written as DOM
//! (`widgets::written`); their clicks and keys are the root's
//! (`ui::events`).

use super::ctx::Ctx;
use super::widgets::placed;
use crate::domain::markup::{products_parts, tabs_parts};
use yew::prelude::*;

/// The product switch: VM images or containers.
pub fn product_switch(ctx: &Ctx) -> Html {
    placed(&ctx.written.products, products_parts(&ctx.state))
}

/// The framework tabs of the chosen product, each with its status counts
/// at the evaluation date; focus stays on the chosen tab when the tabs are
/// written again (`widgets::written`).
pub fn picker(ctx: &Ctx) -> Html {
    placed(
        &ctx.written.tabs,
        tabs_parts(&ctx.state, ctx.catalog(), &ctx.ids),
    )
}
