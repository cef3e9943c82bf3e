//! "Paste what you run": the core's form (`domain::markup::lookup_parts`)
//! written as DOM (`widgets::written`); one listener for its submit, one
//! for its closest versions' buttons.

use super::ctx::{Ctx, DETAILS_HEADING};
use super::widgets::placed;
use crate::domain::markup::lookup_parts;
use crate::domain::state::Action;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

/// The field for an image family, a dated image name or a container URI,
/// and what it was found to be. The record found opens in the details as
/// if by its link; the closest records are offered when nothing matches
/// (one opens in the details, where focus goes).
pub fn lookup_panel(ctx: &Ctx) -> Html {
    let catalog = ctx.catalog();
    let on_submit = ctx.dispatch.reform(move |e: SubmitEvent| {
        e.prevent_default();
        let text = e
            .target_dyn_into::<HtmlFormElement>()
            .and_then(|form| form.elements().named_item("lookup"))
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        Action::lookup(catalog, &text)
    });
    let parts = lookup_parts(&ctx.state, ctx.lookup.as_ref(), &ctx.ids);
    html! {
        <div class="dlvm-lookup-host" onsubmit={on_submit}
            onclick={ctx.select_clicked(Some(DETAILS_HEADING))}>
            { placed(&ctx.written.lookup, parts) }
        </div>
    }
}
