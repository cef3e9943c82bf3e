//! The chosen framework's chart: the core's markup
//! (`domain::markup::chart_parts`) written as DOM (`widgets::written`),
//! the selected bar and the Tab stop marked on it, and the caption of the
//! focused bar; one listener each for clicks, keys and focus.

use super::ctx::Ctx;
use super::widgets::{mark, written};
use crate::domain::markup::chart_parts;
use crate::domain::messages::{dates_line, record_name};
use crate::domain::state::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves focus between the chart's bars (roving focus: the chart is one
/// Tab stop; arrows, Home and End move within it, Enter or Space open).
/// Bars are the chart's element children after its key hint and axis.
fn on_chart_key(dispatch: Callback<Action>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let key = e.key();
        if key == "Enter" || key == " " {
            if let Some(id) = crate::web::version_id_at(&e) {
                e.prevent_default();
                dispatch.emit(Action::Select(id));
            }
            return;
        }
        let bar = crate::web::closest_at(&e, ".dlvm-bar");
        // The bar's parent is the chart (Yew delegates events, so the
        // event's current target is the app's root, not the chart).
        let Some((bar, chart)) = bar.and_then(|bar| Some((bar.clone(), bar.parent_element()?)))
        else {
            return;
        };
        let target = match key.as_str() {
            "ArrowDown" => bar.next_element_sibling(),
            // Before the first bar is the axis, which takes no focus.
            "ArrowUp" => bar.previous_element_sibling(),
            "Home" => chart.query_selector(".dlvm-bar").ok().flatten(),
            "End" => chart.last_element_child(),
            _ => return,
        };
        e.prevent_default();
        if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = target.focus();
        }
    })
}

/// The chart, its marks, and its caption: the focused bar's dates. (A
/// function, not a component: which bar has focus lives in the state.)
pub fn timeline(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let records = &ctx.records;
    let Some(node) = written(&ctx.written.chart, chart_parts(state, records, &ctx.ids)) else {
        return Html::default();
    };
    // One Tab stop: the focused bar, else the selected one, else the first.
    let roving = state
        .focused
        .as_deref()
        .or(state.selected.as_deref())
        .filter(|id| records.iter().any(|r| r.id == *id))
        .or(records.first().map(|r| r.id.as_ref()));
    let bar = |id: &str| format!(".dlvm-bar[data-version-id=\"{id}\"]");
    mark(&node, "tabindex", ["0", "-1"], roving.map(bar));
    mark(
        &node,
        "aria-current",
        ["true", ""],
        state.selected.as_deref().map(bar),
    );
    let caption = state
        .focused
        .as_deref()
        .and_then(|id| ctx.catalog().record(id))
        .map(|r| format!("{} — {}", record_name(r), dates_line(ctx.lang(), r)));
    if let Ok(Some(element)) = node.query_selector(".dlvm-caption") {
        element.set_text_content(caption.as_deref());
    }
    // Focus moves the Tab stop and the caption. (No per-bar tooltip: its
    // dates, formatted for every row, made a 2,000-record framework switch
    // 20 ms slower; the table lists them.)
    let on_focus = ctx
        .dispatch
        .reform(|e: FocusEvent| Action::Focus(crate::web::version_id_at(&e)));
    html! {
        <div class="dlvm-chart-host" onclick={on_click(ctx)}
            onkeydown={on_chart_key(ctx.dispatch.clone())} onfocusin={on_focus}>
            { Html::VRef(node.into()) }
        </div>
    }
}

/// A bar selects its version; the heading's button toggles between the
/// recent window and the whole history.
fn on_click(ctx: &Ctx) -> Callback<MouseEvent> {
    let select = ctx.select_clicked(None);
    let dispatch = ctx.dispatch.clone();
    let whole = ctx.state.whole_history;
    Callback::from(move |e: MouseEvent| {
        if crate::web::closest_at(&e, "[data-action=whole-history]").is_some() {
            dispatch.emit(Action::SetWholeHistory(!whole));
        } else {
            select.emit(e);
        }
    })
}
