//! The details of the selected version: the core's markup
//! (`domain::markup::details_parts`, the card's details with the whole
//! widget's additions), written as DOM and kept while it doesn't change;
//! one click listener for its buttons.

use super::ctx::{Ctx, DetailsCache, DETAILS_HEADING};
use crate::domain::calendar;
use crate::domain::catalog::{Record, Text};
use crate::domain::markup::{details_parts, Fuller, Part};
use wasm_bindgen::JsCast;
use web_sys::Element;
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
    let Some(node) = written(&ctx.details, parts) else {
        return Html::default();
    };
    html! {
        <div class="dlvm-details-host" onclick={on_click(ctx, record)}>
            { Html::VRef(node.into()) }
        </div>
    }
}

/// The element `parts` make: the one written last when they are the same
/// (so nothing changes, focus included), else a new one; focus that was on
/// one of the old one's buttons moves to the same button in the new one.
fn written(cache: &DetailsCache, parts: Vec<Part>) -> Option<Element> {
    if let Some((last, node)) = cache.borrow().as_ref() {
        if *last == parts {
            return Some(node.clone());
        }
    }
    let document = web_sys::window()?.document()?;
    let holder = document.create_element("div").ok()?;
    crate::lite::write(&document, &holder, &parts)?;
    let node = holder.first_element_child()?;
    if let Some((_, old)) = cache.borrow().as_ref() {
        refocus(old, &node);
    }
    *cache.borrow_mut() = Some((parts, node.clone()));
    Some(node)
}

/// Once `new` has replaced `old` in the page (after this render), focuses
/// the button of `new` that stands where the focused one of `old` did.
fn refocus(old: &Element, new: &Element) {
    let active = old
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element())
        .or_else(|| web_sys::window()?.document()?.active_element());
    let Some(active) = active.filter(|a| old.contains(Some(a))) else {
        return;
    };
    let same = ["data-copy", "data-action", "data-version-id"]
        .into_iter()
        .find_map(|name| Some((name, active.get_attribute(name)?)));
    let Some((name, value)) = same else { return };
    let new = new.clone();
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Ok(buttons) = new.query_selector_all("button") else {
            return;
        };
        let found = (0..buttons.length())
            .filter_map(|i| buttons.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
            .find(|b| b.get_attribute(name).as_deref() == Some(value.as_str()));
        if let Some(button) = found {
            let _ = button.focus();
        }
    });
    if let Some(window) = web_sys::window() {
        window.queue_microtask(focus.unchecked_ref());
    }
}

/// The details' buttons: copy an image name, offer the calendar file, open
/// the version to upgrade to (focus then goes to the new details' heading).
fn on_click(ctx: &Ctx, record: &Record) -> Callback<MouseEvent> {
    let copy = ctx.copy.clone();
    let select = ctx.select_clicked(Some(DETAILS_HEADING));
    let catalog = ctx.catalog();
    let (lang, today) = (ctx.lang(), ctx.state.today);
    let id = record.id.clone();
    let folder = ctx.folder.clone();
    let download = ctx.downloader();
    Callback::from(move |event: MouseEvent| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten())
        else {
            return;
        };
        if let Some(name) = button.get_attribute("data-copy") {
            copy.emit((Text::Owned(name.clone()), name));
        } else if button.get_attribute("data-action").as_deref() == Some("calendar") {
            if let Some(record) = catalog.record(&id) {
                let text = calendar::ics(catalog, &[record], lang, &folder, today);
                download(calendar::file_name(&[record]), &text);
            }
        } else {
            select.emit(event);
        }
    })
}
