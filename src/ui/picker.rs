//! The product switch and the framework tabs: the core's markup
//! (`domain::markup::products_parts`, `tabs_parts`) written as DOM
//! (`widgets::written`); one click listener each, and the tabs' keys.

use super::ctx::Ctx;
use super::widgets::placed;
use crate::domain::catalog::{Framework, Product};
use crate::domain::markup::{products_parts, tabs_parts};
use crate::domain::state::Action;
use crate::web;
use yew::prelude::*;

/// The product switch: VM images or containers.
pub fn product_switch(ctx: &Ctx) -> Html {
    let dispatch = ctx.dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let button = web::closest_at(&e, "[data-product]");
        let slug = button.and_then(|b| b.get_attribute("data-product"));
        if let Some(product) = slug.as_deref().and_then(Product::from_slug) {
            dispatch.emit(Action::ChooseProduct(product));
        }
    });
    html! {
        <div class="dlvm-products-host" {onclick}>
            { placed(&ctx.written.products, products_parts(&ctx.state)) }
        </div>
    }
}

/// The framework tabs of the chosen product, each with its status counts
/// at the evaluation date. Arrow keys, Home and End move between tabs (and
/// choose them); focus stays on the chosen tab when the tabs are written
/// again (`widgets::written`).
pub fn picker(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let frameworks = ctx.catalog().frameworks_of(state.product);
    let position = frameworks
        .iter()
        .position(|f| *f == state.framework)
        .unwrap_or(0);
    let count = frameworks.len().max(1);
    let on_key = {
        let dispatch = ctx.dispatch.clone();
        let keyed: Vec<Framework> = frameworks.clone();
        Callback::from(move |e: KeyboardEvent| {
            let target = match e.key().as_str() {
                "ArrowRight" => (position + 1) % count,
                "ArrowLeft" => (position + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            e.prevent_default();
            if let Some(framework) = keyed.get(target).copied() {
                // The tabs are all rendered already: move focus, then choose.
                let selector = format!("[data-framework=\"{}\"]", framework.slug());
                focus_within(e.current_target(), &selector);
                dispatch.emit(Action::ChooseFramework(framework));
            }
        })
    };
    let on_click = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            let tab = web::closest_at(&e, "[data-framework]");
            let slug = tab.and_then(|t| t.get_attribute("data-framework"));
            if let Some(framework) = slug.as_deref().and_then(Framework::from_slug) {
                dispatch.emit(Action::ChooseFramework(framework));
            }
        })
    };
    html! {
        <div class="dlvm-tabs-host" onkeydown={on_key} onclick={on_click}>
            { placed(&ctx.written.tabs, tabs_parts(state, ctx.catalog(), &ctx.ids)) }
        </div>
    }
}

/// Focuses the first element matching `selector` inside `container` (an
/// event's current target). Works inside a shadow root, unlike a lookup by
/// document-wide id.
pub fn focus_within(container: Option<web_sys::EventTarget>, selector: &str) {
    use wasm_bindgen::JsCast;
    let element = container
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|c| c.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
