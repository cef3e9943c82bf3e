use super::app::Ctx;
use crate::domain::catalog::Record;
use crate::domain::layout::{layout, Geometry, Span, Window};
use crate::domain::messages::{format_date, record_name, status_name, Lang};
use crate::domain::policy::status_at;
use crate::domain::state::Action;
use yew::prelude::*;

/// The dates of a record in one line, for the bar's label and the caption.
fn dates_line(lang: Lang, record: &Record) -> String {
    let strings = lang.strings();
    let released = record
        .released
        .map(|d| format_date(lang, d))
        .unwrap_or_else(|| strings.unknown.to_owned());
    format!(
        "{}: {released} · {}: {} · {}: {}",
        strings.released,
        strings.end_of_patch,
        format_date(lang, record.end_of_patch),
        strings.end_of_availability,
        format_date(lang, record.end_of_availability)
    )
}

/// SVG coordinates as whole user units: a unit is far below a pixel at the
/// chart's size, and integer formatting keeps float formatting (a few KB of
/// wasm) out of the bundle.
fn units(value: f64) -> String {
    // Never negative: the layout clamps every x to the plot.
    (value.round() as u32).to_string()
}

/// Reports (or clears, when the event is outside any bar) which record the
/// pointer or focus is on.
fn pointer<E: AsRef<Event> + 'static>(ctx: &Ctx) -> Callback<E> {
    let current = ctx.state.pointed.clone();
    let dispatch = ctx.dispatch.clone();
    Callback::from(move |e: E| {
        let id = super::web::version_id_at(e.as_ref());
        if id != current {
            dispatch.emit(Action::Point(id));
        }
    })
}

fn segment(
    span: Option<Span>,
    y: f64,
    height: f64,
    kind: &'static str,
    fill: Option<String>,
) -> Html {
    let Some(span) = span else {
        return Html::default();
    };
    html! {
        <rect class="dlvm-seg" data-segment={kind} x={units(span.x)} y={units(y)}
            width={units(span.width.max(1.0))} height={units(height)} fill={fill} />
    }
}

/// The SVG chart: a row per record, supported and deprecated segments, year
/// ticks and a line at the evaluation date. Bars are buttons. (A function,
/// not a component: which bar the pointer is on lives in `App`.)
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
    let geometry = Geometry::default();
    let chart = layout(records, window, state.at, geometry);
    let hatch = ctx.id("hatch");
    let fade = ctx.id("fade");
    let bar_top = (geometry.row_height - geometry.bar_height) / 2.0;

    let bars: Vec<Html> = chart.bars.iter().map(|bar| {
        let record: &'static Record = bar.record;
        let status = status_at(record, state.at);
        let selected = state.selected.as_deref() == Some(record.id.as_ref());
        let label = format!(
            "{}: {}. {}",
            record_name(record),
            status_name(lang, status),
            dates_line(lang, record)
        );
        let y = bar.y + bar_top;
        let fade_rect = match (bar.unknown_release, bar.supported) {
            (true, Some(span)) => html! {
                <rect class="dlvm-fade" x={units(span.x)} y={units(y)}
                    width={units(span.width.min(28.0))} height={units(geometry.bar_height)}
                    fill={format!("url(#{fade})")} />
            },
            _ => Html::default(),
        };
        html! {
            <g class="dlvm-bar" role="button" tabindex="0"
                aria-label={label} aria-pressed={if selected { "true" } else { "false" }}
                data-version-id={record.id.to_string()} data-status={status.slug()}>
                <rect class="dlvm-row" x="0" y={units(bar.y)} width={units(chart.width)}
                    height={units(geometry.row_height)} />
                <text class="dlvm-bar-label" x={units(geometry.label_width - 8.0)}
                    y={units(bar.y + geometry.row_height / 2.0)} text-anchor="end" dominant-baseline="middle">
                    { record.label.to_string() }
                </text>
                { segment(bar.supported, y, geometry.bar_height, "supported", None) }
                { fade_rect }
                { segment(bar.deprecated, y, geometry.bar_height, "deprecated", Some(format!("url(#{hatch})"))) }
            </g>
        }
    }).collect();
    let ticks = chart.ticks.iter().map(|tick| {
        html! {
            <g class="dlvm-tick">
                <line x1={units(tick.x)} x2={units(tick.x)} y1={units(geometry.axis_height - 4.0)}
                    y2={units(chart.height)} />
                <text x={units(tick.x + 3.0)} y="14">{ tick.year }</text>
            </g>
        }
    });
    let at_line = chart.at_x.map(|x| {
        html! {
            <line class="dlvm-now" x1={units(x)} x2={units(x)}
                y1={units(geometry.axis_height - 6.0)} y2={units(chart.height)} />
        }
    });
    let onclick = ctx.select_clicked();
    let onkeydown = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" && e.key() != " " {
                return;
            }
            if let Some(id) = super::web::version_id_at(&e) {
                e.prevent_default();
                dispatch.emit(Action::Select(id));
            }
        })
    };
    let clear = ctx.dispatch.reform(|_: MouseEvent| Action::Point(None));
    let caption = ctx
        .state
        .pointed
        .as_deref()
        .and_then(|id| catalog.record(id))
        .map(|r| format!("{} — {}", record_name(r), dates_line(lang, r)));
    let toggle = ctx.dispatch.reform({
        let whole = state.whole_history;
        move |_: MouseEvent| Action::SetWholeHistory(!whole)
    });
    let title = format!("{} — {}", strings.timeline, state.framework.name());
    let desc = format!(
        "{}; {}; {}. {}: {}.",
        strings.legend_supported,
        strings.legend_deprecated,
        strings.legend_unknown_release,
        strings.status_on,
        format_date(lang, state.at)
    );

    html! {
        <figure class="dlvm-timeline">
            <div class="dlvm-timeline-head">
                <h3 class="dlvm-h3">{ strings.timeline }</h3>
                <button type="button" class="dlvm-button" onclick={toggle} aria-pressed={state.whole_history.to_string()}>
                    { if state.whole_history { strings.recent_window } else { strings.whole_history } }
                </button>
            </div>
            <svg class="dlvm-chart" viewBox={format!("0 0 {} {}", units(chart.width), units(chart.height))}
                role="group" aria-labelledby={ctx.id("chart-title")} aria-describedby={ctx.id("chart-desc")}
                {onclick} {onkeydown} onmouseover={pointer::<MouseEvent>(ctx)} onmouseleave={clear}
                onfocusin={pointer::<FocusEvent>(ctx)} onfocusout={pointer::<FocusEvent>(ctx)}>
                <title id={ctx.id("chart-title")}>{ title }</title>
                <desc id={ctx.id("chart-desc")}>{ desc.clone() }</desc>
                <defs>
                    <pattern id={hatch.clone()} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect class="dlvm-hatch-bg" width="6" height="6" />
                        <line class="dlvm-hatch-line" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                    <linearGradient id={fade.clone()}>
                        <stop class="dlvm-fade-from" offset="0" />
                        <stop class="dlvm-fade-to" offset="1" />
                    </linearGradient>
                </defs>
                { for ticks }
                { for bars }
                { at_line }
            </svg>
            <figcaption class="dlvm-caption">
                { caption.unwrap_or(desc) }
            </figcaption>
        </figure>
    }
}
