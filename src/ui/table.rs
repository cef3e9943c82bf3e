//! The chosen framework's versions as a table: the core's markup
//! (`domain::markup::table_parts`) written as DOM (`widgets::written`),
//! with one listener for clicks and one for changes in it.

use super::ctx::Ctx;
use super::widgets::{mark, written};
use crate::domain::catalog::Text;
use crate::domain::markup::table_parts;
use crate::domain::state::Action;
use crate::web;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The chosen framework's versions, newest first.
pub fn version_table(ctx: &Ctx) -> Html {
    let parts = table_parts(&ctx.state, ctx.catalog(), &ctx.records);
    let Some(node) = written(&ctx.written.table, parts) else {
        return Html::default();
    };
    // The selected row and its button, marked in place (a click doesn't
    // write the table again).
    let selected = ctx.state.selected.as_deref().map(|id| {
        let row = format!("tr[data-version-id=\"{id}\"]");
        format!("{row}, {row} .dlvm-link")
    });
    mark(&node, "aria-current", ["true", ""], selected);
    html! {
        <div class="dlvm-table-host" onclick={clicks(ctx)} onchange={changes(ctx)}>
            { Html::VRef(node.into()) }
        </div>
    }
}

/// A row's button selects its version; the download button offers the
/// ticked versions' calendar file.
fn clicks(ctx: &Ctx) -> Callback<MouseEvent> {
    let dispatch = ctx.dispatch.clone();
    let offer = ctx.calendar_offer();
    let ticked: Vec<Text> = ctx.state.ticked.clone();
    Callback::from(move |e: MouseEvent| {
        let Some(button) = web::closest_at(&e, "button") else {
            return;
        };
        if button.get_attribute("data-action").as_deref() == Some("calendar-ticked") {
            offer(&ticked);
        } else if let Some(id) = web::version_id_at(&e) {
            dispatch.emit(Action::Select(id));
        }
    })
}

/// A row's tick box, and the "hide unavailable" box.
fn changes(ctx: &Ctx) -> Callback<Event> {
    let dispatch = ctx.dispatch.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
            return;
        };
        if let Some(id) = input.get_attribute("data-tick") {
            dispatch.emit(Action::Tick(Text::Owned(id), input.checked()));
        } else if input.get_attribute("data-action").as_deref() == Some("hide-unavailable") {
            dispatch.emit(Action::SetHideUnavailable(input.checked()));
        }
    })
}
