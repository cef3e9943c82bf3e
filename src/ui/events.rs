//! The instance's listeners: one per kind of event, on its root, each
//! finding the control the event happened in (`web::closest_at`) and
//! dispatching what it asks. The written parts (`widgets::written`) name
//! their controls by `data-action`, `data-copy`, `data-tick`,
//! `data-framework`, `data-product` and `data-version-id`. (One set for
//! every part: each Yew listener is code of its own in the bundle.)

use super::ctx::{Ctx, DETAILS_HEADING};
use crate::domain::catalog::{Framework, Product, Text};
use crate::domain::messages::Lang;
use crate::domain::state::{Action, State};
use crate::domain::theme::Theme;
use crate::web;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The date field, where focus goes after "Reset to today".
const DATE_FIELD: &str = ".dlvm-toolbar input[type=date]";

/// The root's listeners.
pub struct Listeners {
    pub click: Callback<MouseEvent>,
    pub change: Callback<Event>,
    pub keydown: Callback<KeyboardEvent>,
    pub focusin: Callback<FocusEvent>,
    pub submit: Callback<SubmitEvent>,
}

pub fn listeners(ctx: &Ctx) -> Listeners {
    let dispatch = ctx.dispatch.clone();
    let catalog = ctx.catalog();
    Listeners {
        click: click(ctx),
        change: when(&dispatch, changed),
        keydown: keydown(dispatch.clone()),
        focusin: when(&dispatch, focused),
        submit: dispatch.reform(move |e: SubmitEvent| {
            e.prevent_default();
            let text = e
                .target_dyn_into::<HtmlFormElement>()
                .and_then(|form| form.elements().named_item("lookup"))
                .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
                .map(|input| input.value())
                .unwrap_or_default();
            Action::lookup(catalog, &text)
        }),
    }
}

/// A listener that dispatches what `read` makes of an event, if anything.
fn when<E: 'static>(dispatch: &Callback<Action>, read: fn(E) -> Option<Action>) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: E| {
        if let Some(action) = read(e) {
            dispatch.emit(action);
        }
    })
}

/// Buttons: an action's (the window toggle, a calendar download, reset,
/// copy link), an image name's copy, a product, a framework tab, and a
/// version's (a bar, a row, the advice, a closest version), which selects
/// it; from the details or the lookup, focus then goes to the new
/// details' heading.
fn click(ctx: &Ctx) -> Callback<MouseEvent> {
    let dispatch = ctx.dispatch.clone();
    let focus_next = ctx.focus_next.clone();
    let copy = ctx.copy.clone();
    let offer = ctx.calendar_offer();
    let state = ctx.state.clone();
    let shared = ctx.share_url(&ctx.state.link());
    Callback::from(move |e: MouseEvent| {
        let Some(control) = web::closest_at(&e, "button, [role=button]") else {
            return;
        };
        let then = |focus: Option<&'static str>, action: Action| {
            focus_next.set(focus);
            dispatch.emit(action);
        };
        let said = |name: &str| control.get_attribute(name);
        if let Some(action) = said("data-action") {
            match action.as_str() {
                "whole-history" => then(None, Action::SetWholeHistory(!state.whole_history)),
                "calendar-ticked" => offer(&state.ticked),
                "calendar" => offer(state.selected.as_slice()),
                "reset-date" => then(Some(DATE_FIELD), Action::ResetDate),
                "copy-link" => copy.emit((Text::Borrowed("link"), shared.clone())),
                // The notices go with their button: focus goes to the title.
                "dismiss-notices" => then(Some(".dlvm-title"), Action::DismissNotices),
                _ => {}
            }
        } else if let Some(name) = said("data-copy") {
            copy.emit((Text::Owned(name.clone()), name));
        } else if let Some(product) = said("data-product").as_deref().and_then(Product::from_slug) {
            then(None, Action::ChooseProduct(product));
        } else if let Some(framework) = said("data-framework")
            .as_deref()
            .and_then(Framework::from_slug)
        {
            then(None, Action::ChooseFramework(framework));
        } else if let Some(id) = version_of(&control) {
            let inside = control.closest(".dlvm-details, .dlvm-lookup-result");
            let focus = inside.ok().flatten().map(|_| DETAILS_HEADING);
            then(focus, Action::Select(Text::Owned(id)));
        }
    })
}

/// The version a control stands for: its own or its row's.
fn version_of(control: &Element) -> Option<String> {
    control
        .closest("[data-version-id]")
        .ok()
        .flatten()?
        .get_attribute("data-version-id")
}

/// A tick box, "hide unavailable", the date (only when whole and valid
/// from 1970: Chromium reports each typed digit of the year, 0002, 0020,
/// 0202, 2025), the language, the theme.
fn changed(e: Event) -> Option<Action> {
    let control = web::closest_at(&e, "input, select")?;
    let (value, checked) = match control.dyn_ref::<HtmlSelectElement>() {
        Some(select) => (select.value(), false),
        None => {
            let input = control.unchecked_ref::<HtmlInputElement>();
            (input.value(), input.checked())
        }
    };
    if let Some(id) = control.get_attribute("data-tick") {
        return Some(Action::Tick(Text::Owned(id), checked));
    }
    match control.get_attribute("data-action")?.as_str() {
        "hide-unavailable" => Some(Action::SetHideUnavailable(checked)),
        "date" => State::typed_date(&value).map(Action::SetDate),
        "lang" => Some(Action::SetLang(Lang::from_tag(&value).unwrap_or(Lang::En))),
        "theme" => Some(Action::SetTheme(
            Theme::from_slug(&value).unwrap_or(Theme::Auto),
        )),
        _ => None,
    }
}

/// Focus in the chart moves its Tab stop and caption; focus on the date
/// begins typing one.
fn focused(e: FocusEvent) -> Option<Action> {
    if web::closest_at(&e, ".dlvm-chart").is_some() {
        return Some(Action::Focus(web::version_id_at(&e)));
    }
    web::closest_at(&e, "[data-action=date]").map(|_| Action::BeginDateEdit)
}

/// Roving focus in the chart (arrows, Home and End move between bars,
/// Enter or Space open one) and the framework tabs (arrows, Home and End
/// move between tabs and choose them): each is one Tab stop.
fn keydown(dispatch: Callback<Action>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let key = e.key();
        let (item, next, previous) = if let Some(bar) = web::closest_at(&e, ".dlvm-bar") {
            if key == "Enter" || key == " " {
                e.prevent_default();
                if let Some(id) = version_of(&bar) {
                    dispatch.emit(Action::Select(Text::Owned(id)));
                }
                return;
            }
            (bar, "ArrowDown", "ArrowUp")
        } else if let Some(tab) = web::closest_at(&e, "[role=tab]") {
            (tab, "ArrowRight", "ArrowLeft")
        } else {
            return;
        };
        let Some(list) = item.closest("[role=tablist], .dlvm-chart").ok().flatten() else {
            return;
        };
        let kind = if item.has_attribute("data-framework") {
            "[role=tab]"
        } else {
            ".dlvm-bar"
        };
        let all = list.query_selector_all(kind).ok();
        let count = all.as_ref().map_or(0, web_sys::NodeList::length);
        let at = (0..count)
            .find(|i| all.as_ref().and_then(|a| a.item(*i)).as_ref() == Some(item.unchecked_ref()))
            .unwrap_or(0);
        // The tabs go round; the bars stop at either end.
        let last = count.saturating_sub(1);
        let wraps = kind == "[role=tab]";
        let to = match key.as_str() {
            k if k == next && at < last => at + 1,
            k if k == next => {
                if wraps {
                    0
                } else {
                    last
                }
            }
            k if k == previous && at > 0 => at - 1,
            k if k == previous => {
                if wraps {
                    last
                } else {
                    0
                }
            }
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        e.prevent_default();
        let Some(target) = all.and_then(|a| a.item(to)) else {
            return;
        };
        let target: HtmlElement = target.unchecked_into();
        let _ = target.focus();
        let slug = target.get_attribute("data-framework");
        if let Some(framework) = slug.as_deref().and_then(Framework::from_slug) {
            dispatch.emit(Action::ChooseFramework(framework));
        }
    })
}
