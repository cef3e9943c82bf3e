use super::ctx::{Ctx, DETAILS_HEADING};
use crate::domain::lookup::MAX_INPUT;
use crate::domain::messages::{lookup_text, record_name};
use crate::domain::state::Action;
use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

/// "Paste what you run": a field for an image family, a dated image name or
/// a container URI, and what it was found to be. The record found opens in
/// the details as if by its link; the closest records are offered when
/// nothing matches.
pub fn lookup_panel(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let strings = ctx.lang().strings();
    let catalog = ctx.catalog();
    let field = ctx.id("lookup");
    let hint = ctx.id("lookup-hint");
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
    let result = state.lookup.as_deref().zip(ctx.lookup.as_ref());
    let closest = result.iter().flat_map(|(_, r)| r.closest().iter()).map(|r| {
        html! {
            <li><button type="button" class="dlvm-link" data-version-id={r.id.to_string()}>{ record_name(r) }</button></li>
        }
    });
    html! {
        <form class="dlvm-lookup" role="search" onsubmit={on_submit}>
            <label for={field.clone()}>{ strings.lookup_label }</label>
            <input id={field} name="lookup" type="search" class="dlvm-input" spellcheck="false"
                autocomplete="off" maxlength={MAX_INPUT.to_string()} aria-describedby={hint.clone()}
                value={state.lookup.clone().unwrap_or_default()}
                placeholder="pytorch-2-4-cu124-v20241118-debian-11-py310" />
            <button type="submit" class="dlvm-button">{ strings.lookup_button }</button>
            <p id={hint} class="dlvm-muted dlvm-hint">{ strings.lookup_hint }</p>
            // The result is announced by the widget's status region. A
            // closest version opens in the details, where focus goes.
            <div class="dlvm-lookup-result" data-lookup={result.as_ref().map(|(_, r)| r.slug())}
                onclick={ctx.select_clicked(Some(DETAILS_HEADING))}>
                if let Some((text, found)) = &result {
                    <p>{ lookup_text(ctx.lang(), text, found) }</p>
                    <ul>{ for closest }</ul>
                }
            </div>
        </form>
    }
}
