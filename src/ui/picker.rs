use super::app::Ctx;
use crate::domain::catalog::Framework;
use crate::domain::messages::status_counts;
use crate::domain::policy::count_statuses;
use crate::domain::state::Action;
use yew::prelude::*;

/// The framework tabs, each with its status counts at the evaluation date.
/// Arrow keys, Home and End move between tabs (and choose them).
pub fn picker(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let lang = ctx.lang();
    let catalog = ctx.catalog();
    let current = state.framework;
    let position = Framework::ALL
        .iter()
        .position(|f| *f == current)
        .unwrap_or(0);
    let count = Framework::ALL.len();

    let on_key = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            let target = match e.key().as_str() {
                "ArrowRight" => (position + 1) % count,
                "ArrowLeft" => (position + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            e.prevent_default();
            if let Some(framework) = Framework::ALL.get(target).copied() {
                // The tabs are all rendered already: move focus, then choose.
                let selector = format!("[data-framework=\"{}\"]", framework.slug());
                focus_within(e.current_target(), &selector);
                dispatch.emit(Action::ChooseFramework(framework));
            }
        })
    };

    html! {
        <div class="dlvm-tabs" role="tablist" aria-label={lang.strings().frameworks} onkeydown={on_key}>
            { for Framework::ALL.into_iter().map(|framework| {
                let selected = framework == current;
                let counts = count_statuses(catalog, framework, state.at);
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
