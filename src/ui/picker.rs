use super::ctx::Ctx;
use crate::domain::catalog::{Framework, Product};
use crate::domain::messages::{product_name, status_counts};
use crate::domain::policy::count_statuses;
use crate::domain::state::Action;
use yew::prelude::*;

/// The product switch: VM images or containers.
pub fn product_switch(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let current = ctx.state.product;
    html! {
        <div class="dlvm-products" role="group" aria-label={lang.strings().products}>
            { for Product::ALL.into_iter().map(|product| {
                let onclick = ctx.dispatch.reform(move |_: MouseEvent| Action::ChooseProduct(product));
                html! {
                    <button type="button" class="dlvm-product" data-product={product.slug()}
                        aria-pressed={if product == current { "true" } else { "false" }} {onclick}>
                        { product_name(lang, product) }
                    </button>
                }
            }) }
        </div>
    }
}

/// The framework tabs of the chosen product, each with its status counts
/// at the evaluation date. Arrow keys, Home and End move between tabs (and
/// choose them).
pub fn picker(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let lang = ctx.lang();
    let catalog = ctx.catalog();
    let current = state.framework;
    let frameworks = catalog.frameworks_of(state.product);
    let position = frameworks.iter().position(|f| *f == current).unwrap_or(0);
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

    html! {
        <div class="dlvm-tabs" role="tablist" aria-label={lang.strings().frameworks} onkeydown={on_key}>
            { for frameworks.into_iter().map(|framework| {
                let selected = framework == current;
                let counts = count_statuses(catalog, state.product, framework, state.at);
                let onclick = ctx.dispatch.reform(move |_: MouseEvent| Action::ChooseFramework(framework));
                html! {
                    <button type="button" role="tab" class="dlvm-tab" id={ctx.id(&format!("tab-{}", framework.slug()))}
                        aria-selected={selected.to_string()} aria-controls={ctx.id("panel")}
                        tabindex={if selected { "0" } else { "-1" }} data-framework={framework.slug()} {onclick}>
                        <span class="dlvm-tab-name">{ framework.name() }</span>
                        <span class="dlvm-tab-counts">{ status_counts(lang, &counts) }</span>
                    </button>
                }
            }) }
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
