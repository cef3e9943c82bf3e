//! The chart: the core's markup (`domain::markup::timeline_parts`) written
//! as DOM (`widgets::written`), with one listener each for clicks, keys and
//! focus in it. (Functions, not a component: which bar has focus lives in
//! the state.)

use super::ctx::Ctx;
use super::widgets::written;
use crate::domain::markup::timeline_parts;
use crate::domain::state::Action;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The chosen framework's versions on a time axis.
pub fn timeline(ctx: &Ctx) -> Html {
    let parts = timeline_parts(&ctx.state, ctx.catalog(), &ctx.records, &ctx.ids);
    let Some(node) = written(&ctx.timeline, parts) else {
        return Html::default();
    };
    let on_focus = ctx
        .dispatch
        .reform(|e: FocusEvent| Action::Focus(crate::web::version_id_at(&e)));
    let on_focus = Callback::from(move |e: FocusEvent| {
        // Focus moves the Tab stop and the caption, in the chart only.
        if in_chart(&e) {
            on_focus.emit(e);
        }
    });
    html! {
        <div class="dlvm-timeline-host" onclick={clicks(ctx)}
            onkeydown={on_chart_key(ctx.dispatch.clone())} onfocusin={on_focus}>
            { Html::VRef(node.into()) }
        </div>
    }
}

/// Whether `event` happened in the chart (not the toggle above it).
fn in_chart(event: &Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest(".dlvm-chart").ok().flatten())
        .is_some()
}

/// A bar selects its version; the toggle switches between the recent
/// window and the whole history.
fn clicks(ctx: &Ctx) -> Callback<MouseEvent> {
    let select = ctx.select_clicked(None);
    let dispatch = ctx.dispatch.clone();
    let whole = ctx.state.whole_history;
    Callback::from(move |e: MouseEvent| {
        let toggle = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[data-action=whole-history]").ok().flatten());
        if toggle.is_some() {
            dispatch.emit(Action::SetWholeHistory(!whole));
        } else {
            select.emit(e);
        }
    })
}

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
        let bar = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(".dlvm-bar").ok().flatten());
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
