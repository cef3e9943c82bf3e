use super::ctx::Ctx;
use crate::domain::catalog::Record;
use crate::domain::date::Date;
use crate::domain::layout::{layout, percent, Bar, Span, Tick, Window};
use crate::domain::messages::{bar_label, dates_line, format_date, record_name, status_name, Lang};
use crate::domain::policy::status_at;
use crate::domain::state::{Action, State};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A piece of a bar, its position in percent of the track (the track's
/// height is the stylesheet's).
fn segment(span: Option<Span>, kind: &'static str, fill: Option<String>) -> Html {
    let Some(span) = span else {
        return Html::default();
    };
    html! {
        <rect class="dlvm-seg" data-segment={kind} x={percent(span.x)} y="22%"
            width={percent(span.width.max(8))} height="56%" fill={fill} />
    }
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

/// The chart: a row per record (its label, then a track with the supported
/// and deprecated segments, year lines and the evaluation-date line), year
/// labels above. Rows are HTML and the SVG draws in percent, so labels keep
/// the reader's font size at every width; narrow, labels go above the bars.
/// (A function, not a component: which bar the pointer is on lives in `App`.)
pub fn timeline(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let lang = ctx.lang();
    let strings = lang.strings();
    let catalog = ctx.catalog();
    let records = &ctx.records;
    let window = if state.whole_history {
        Window::whole(records.iter().copied(), state.at)
    } else {
        Window::recent(state.at)
    };
    let chart = layout(records, window, state.at);
    let hatch = ctx.id("hatch");
    let fade = ctx.id("fade");
    // One Tab stop: the focused bar, else the selected one, else the first.
    let roving = state
        .focused
        .as_deref()
        .or(state.selected.as_deref())
        .filter(|id| records.iter().any(|r| r.id == *id))
        .or(records.first().map(|r| r.id.as_ref()));
    // The evaluation date's line, drawn in every row's track.
    let now = chart.at_x.map(|x| {
        html! { <line class="dlvm-now" x1={percent(x)} x2={percent(x)} y1="0" y2="100%" /> }
    });

    let ids = BarIds {
        hatch: &hatch,
        fade: &fade,
    };
    let bars = chart
        .bars
        .iter()
        .map(|bar| bar_row(bar, state, roving, &ids, &now));
    let onclick = ctx.select_clicked(None);
    // Focus moves the Tab stop and the caption. (No per-bar tooltip: its
    // dates, formatted for every row, made a 2,000-record framework switch
    // 20 ms slower; the table lists them.)
    let on_focus = ctx
        .dispatch
        .reform(|e: FocusEvent| Action::Focus(crate::web::version_id_at(&e)));
    let caption = ctx
        .state
        .focused
        .as_deref()
        .and_then(|id| catalog.record(id))
        .map(|r| format!("{} — {}", record_name(r), dates_line(lang, r)));
    let toggle = ctx.dispatch.reform({
        let whole = state.whole_history;
        move |_: MouseEvent| Action::SetWholeHistory(!whole)
    });
    html! {
        <figure class="dlvm-timeline" aria-labelledby={ctx.id("chart-title")}>
            <div class="dlvm-timeline-head">
                <h3 class="dlvm-h3" id={ctx.id("chart-title")}>
                    { format!("{} — {}", strings.timeline, state.framework.name()) }
                </h3>
                <button type="button" class="dlvm-button" onclick={toggle} aria-pressed={state.whole_history.to_string()}>
                    { if state.whole_history { strings.recent_window } else { strings.whole_history } }
                </button>
            </div>
            <p class="dlvm-legend" id={ctx.id("chart-desc")}>{ legend(lang, state.at) }</p>
            <div class="dlvm-chart" role="group" aria-labelledby={ctx.id("chart-title")}
                aria-describedby={ctx.id("chart-keys")}
                {onclick} onkeydown={on_chart_key(ctx.dispatch.clone())} onfocusin={on_focus}>
                <span class="dlvm-visually-hidden" id={ctx.id("chart-keys")}>{ strings.chart_keys }</span>
                { axis(&chart.ticks, &hatch, &fade) }
                { for bars }
            </div>
            <figcaption class="dlvm-caption">
                { caption.unwrap_or_default() }
            </figcaption>
        </figure>
    }
}

/// The ids of the patterns a bar's track fills with: the deprecated hatch
/// and the unknown-release fade.
struct BarIds<'a> {
    hatch: &'a str,
    fade: &'a str,
}

/// One version's row of the chart: its label and its track.
fn bar_row(
    bar: &Bar<'static>,
    state: &State,
    roving: Option<&str>,
    ids: &BarIds<'_>,
    now: &Option<Html>,
) -> Html {
    let record: &'static Record = bar.record;
    let lang = state.lang;
    let status = status_at(record, state.at);
    let selected = state.selected.as_deref() == Some(record.id.as_ref());
    let fade_rect = match (bar.unknown_release, bar.supported) {
        (true, Some(span)) => html! {
            <rect class="dlvm-fade" x={percent(span.x)} y="22%" width={percent(span.width.min(300))}
                height="56%" fill={format!("url(#{})", ids.fade)} />
        },
        _ => Html::default(),
    };
    html! {
        <div class="dlvm-bar" role="button" tabindex={if roving == Some(record.id.as_ref()) { "0" } else { "-1" }}
            aria-current={selected.then_some("true")}
            data-version-id={record.id.to_string()} data-status={status.slug()}>
            <span class="dlvm-bar-label">
                { bar_label(record) }
                <span class="dlvm-visually-hidden">{ format!(": {}.", status_name(lang, status)) }</span>
            </span>
            <svg class="dlvm-track" aria-hidden="true" focusable="false">
                { segment(bar.supported, "supported", None) }
                { fade_rect }
                { segment(bar.deprecated, "deprecated", Some(format!("url(#{})", ids.hatch))) }
                { now.clone() }
            </svg>
        </div>
    }
}

/// The axis: the patterns the tracks fill with, and the year lines (on the
/// axis only: a line per year in every row doubled the chart's elements,
/// and 2,000 rows re-rendered 30% slower).
fn axis(ticks: &[Tick], hatch: &str, fade: &str) -> Html {
    let years = ticks.iter().map(|tick| {
        html! {
            <>
                <line class="dlvm-tick-line" x1={percent(tick.x)} x2={percent(tick.x)} y1="60%" y2="100%" />
                <text x={percent(tick.x)} y="55%" dx="3">{ tick.year }</text>
            </>
        }
    });
    html! {
        <div class="dlvm-axis" aria-hidden="true">
            <span></span>
            <svg class="dlvm-track" focusable="false">
                <defs>
                    <pattern id={hatch.to_owned()} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect class="dlvm-hatch-bg" width="6" height="6" />
                        <line class="dlvm-hatch-line" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                    <linearGradient id={fade.to_owned()}>
                        <stop class="dlvm-fade-from" offset="0" />
                        <stop class="dlvm-fade-to" offset="1" />
                    </linearGradient>
                </defs>
                { for years }
            </svg>
        </div>
    }
}

/// What the bars mean, and the evaluation date.
fn legend(lang: Lang, at: Date) -> String {
    let strings = lang.strings();
    format!(
        "{}; {}; {}. {}: {}.",
        strings.legend_supported,
        strings.legend_deprecated,
        strings.legend_unknown_release,
        strings.status_on,
        format_date(lang, at)
    )
}
