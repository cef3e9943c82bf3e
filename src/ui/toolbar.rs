//! The evaluation date, language, theme and copy-link controls: the core's
//! markup (`domain::markup::toolbar_parts`) written as DOM
//! (`widgets::written`), with the date's value, "reset"'s availability and
//! the copy outcome set in place; one listener each for changes, clicks and
//! focus.

use super::ctx::Ctx;
use super::widgets::{mark, written};
use crate::domain::catalog::Text;
use crate::domain::markup::toolbar_parts;
use crate::domain::messages::Lang;
use crate::domain::state::{Action, State};
use crate::domain::theme::Theme;
use crate::web;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The date field, where focus goes after "Reset to today".
const DATE_FIELD: &str = ".dlvm-toolbar input[type=date]";

/// The toolbar. (A plain function, not a component: each Yew component
/// costs about 1 KB of the gzip budget, and this one needs no state of its
/// own.)
pub fn toolbar(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let strings = ctx.lang().strings();
    let parts = toolbar_parts(state, ctx.standalone);
    let Some(node) = written(&ctx.written.toolbar, parts) else {
        return Html::default();
    };
    // Set only when it differs, so a date being typed keeps its caret.
    if let Ok(Some(field)) = node.query_selector("[data-action=date]") {
        let field: HtmlInputElement = field.unchecked_into();
        let at = state.at.to_string();
        if field.value() != at {
            field.set_value(&at);
        }
    }
    let reset = (!state.at_chosen).then(|| "[data-action=reset-date]".to_owned());
    mark(&node, "disabled", ["", ""], reset);
    let copied = match ctx.copied("link") {
        Some(true) => strings.link_copied,
        Some(false) => strings.copy_failed,
        None => "",
    };
    if let Ok(Some(status)) = node.query_selector(".dlvm-copy-status") {
        status.set_text_content(Some(copied));
    }
    html! {
        <div class="dlvm-toolbar-host" onchange={changes(ctx)} onclick={clicks(ctx)}
            onfocusin={on_focus(ctx)}>
            { Html::VRef(node.into()) }
        </div>
    }
}

/// The date (it applies only when whole and valid from 1970: Chromium
/// reports each typed digit of the year, 0002, 0020, 0202, 2025), the
/// language and the theme.
fn changes(ctx: &Ctx) -> Callback<Event> {
    let dispatch = ctx.dispatch.clone();
    Callback::from(move |e: Event| {
        let Some(control) = web::closest_at(&e, "[data-action]") else {
            return;
        };
        let value = match control.dyn_ref::<HtmlSelectElement>() {
            Some(select) => select.value(),
            None => control.unchecked_ref::<HtmlInputElement>().value(),
        };
        let action = match control.get_attribute("data-action").as_deref() {
            Some("date") => State::typed_date(&value).map(Action::SetDate),
            Some("lang") => Some(Action::SetLang(Lang::from_tag(&value).unwrap_or(Lang::En))),
            Some("theme") => Some(Action::SetTheme(
                Theme::from_slug(&value).unwrap_or(Theme::Auto),
            )),
            _ => None,
        };
        if let Some(action) = action {
            dispatch.emit(action);
        }
    })
}

/// Focus on the date begins typing one (`Action::BeginDateEdit`).
fn on_focus(ctx: &Ctx) -> Callback<FocusEvent> {
    let dispatch = ctx.dispatch.clone();
    Callback::from(move |e: FocusEvent| {
        if web::closest_at(&e, "[data-action=date]").is_some() {
            dispatch.emit(Action::BeginDateEdit);
        }
    })
}

/// "Reset to today" (it disables itself: focus goes back to the date) and
/// "copy link": a version is shared as its own page (made at build time),
/// other views as the timeline page with their hash.
fn clicks(ctx: &Ctx) -> Callback<MouseEvent> {
    let reset = ctx.then_focus(|| Action::ResetDate, DATE_FIELD);
    let copy = ctx.copy.clone();
    let url = ctx.share_url(&ctx.state.link());
    Callback::from(move |e: MouseEvent| {
        let action = web::closest_at(&e, "button").and_then(|b| b.get_attribute("data-action"));
        match action.as_deref() {
            Some("reset-date") => reset.emit(e),
            Some("copy-link") => copy.emit((Text::Borrowed("link"), url.clone())),
            _ => {}
        }
    })
}
