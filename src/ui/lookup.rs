use super::app::Ctx;
use crate::domain::catalog::Record;
use crate::domain::lookup::{lookup, Lookup};
use crate::domain::messages::{fill, record_name};
use crate::domain::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// "Paste what you run": a field for an image family, a dated image name or
/// a container URI, and what it was found to be.
pub fn lookup_panel(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let strings = ctx.lang().strings();
    let catalog = ctx.catalog();
    let field = ctx.id("lookup");
    let hint = ctx.id("lookup-hint");
    let on_submit = ctx.dispatch.reform(move |e: SubmitEvent| {
        e.prevent_default();
        let text = e
            .target_dyn_into::<web_sys::HtmlFormElement>()
            .and_then(|form| form.elements().named_item("lookup"))
            .and_then(|input| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(input).ok())
            .map(|input| input.value())
            .unwrap_or_default();
        let found = match lookup(catalog, &text) {
            Lookup::Found { record, .. } => Some(record.id.clone()),
            _ => None,
        };
        Action::Lookup { text, found }
    });
    let on_clear = ctx.dispatch.reform(|_: MouseEvent| Action::ClearLookup);
    let choice = |record: &Record| {
        let id = record.id.clone();
        let onclick = ctx
            .dispatch
            .reform(move |_: MouseEvent| Action::Select(id.clone()));
        html! {
            <li><button type="button" class="dlvm-link" data-version-id={record.id.to_string()} {onclick}>{ record_name(record) }</button></li>
        }
    };
    let result = state.lookup.as_deref().map(|text| match lookup(catalog, text) {
        Lookup::Found { record, .. } => html! {
            <p class="dlvm-lookup-result" role="status" data-lookup="found" data-version-id={record.id.to_string()}>
                { fill(strings.lookup_found, &[text]) }{ " " }<strong>{ record_name(record) }</strong>
            </p>
        },
        Lookup::NoMatch { ambiguous, closest, .. } => html! {
            <div class="dlvm-lookup-result" role="status" data-lookup={if ambiguous { "ambiguous" } else { "not-recognized" }}>
                <p>{ fill(if ambiguous { strings.lookup_ambiguous } else { strings.lookup_not_recognized }, &[text]) }</p>
                if !ambiguous { <p>{ strings.lookup_closest }</p> }
                <ul>{ for closest.into_iter().map(choice) }</ul>
            </div>
        },
        Lookup::Unreadable { .. } => html! {
            <p class="dlvm-lookup-result" role="status" data-lookup="not-recognized">
                { fill(strings.lookup_not_recognized, &[text]) }
            </p>
        },
    });
    html! {
        <div class="dlvm-lookup">
            <form class="dlvm-lookup-form" onsubmit={on_submit} role="search">
                <label for={field.clone()}>{ strings.lookup_label }</label>
                <input id={field} name="lookup" type="search" class="dlvm-input" spellcheck="false"
                    autocomplete="off" aria-describedby={hint.clone()} maxlength="300"
                    value={state.lookup.clone().unwrap_or_default()}
                    placeholder="pytorch-2-4-cu124-v20241118-debian-11-py310" />
                <button type="submit" class="dlvm-button">{ strings.lookup_button }</button>
                if state.lookup.is_some() {
                    <button type="button" class="dlvm-button" onclick={on_clear}>{ strings.lookup_clear }</button>
                }
            </form>
            <p id={hint} class="dlvm-muted dlvm-small-text">{ strings.lookup_hint }</p>
            { for result }
        </div>
    }
}
