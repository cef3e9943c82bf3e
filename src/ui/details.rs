//! The details of the selected version: the core's markup
//! (`domain::markup::details_parts`, the card's details with the whole
//! widget's additions), written as DOM (`widgets::written`); one click
//! listener for its buttons.

use super::ctx::{Ctx, DETAILS_HEADING};
use super::widgets::written;
use crate::domain::catalog::{Record, Text};
use crate::domain::markup::{details_parts, Fuller};
use crate::web;
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
    let Some(node) = written(&ctx.written.details, parts) else {
        return Html::default();
    };
    html! {
        <div class="dlvm-details-host" onclick={on_click(ctx, record)}>
            { Html::VRef(node.into()) }
        </div>
    }
}

/// The details' buttons: copy an image name, offer the calendar file, open
/// the version to upgrade to (focus then goes to the new details' heading).
fn on_click(ctx: &Ctx, record: &Record) -> Callback<MouseEvent> {
    let copy = ctx.copy.clone();
    let select = ctx.select_clicked(Some(DETAILS_HEADING));
    let offer = ctx.calendar_offer();
    let id = record.id.clone();
    Callback::from(move |event: MouseEvent| {
        let Some(button) = web::closest_at(&event, "button") else {
            return;
        };
        if let Some(name) = button.get_attribute("data-copy") {
            copy.emit((Text::Owned(name.clone()), name));
        } else if button.get_attribute("data-action").as_deref() == Some("calendar") {
            offer(std::slice::from_ref(&id));
        } else {
            select.emit(event);
        }
    })
}
