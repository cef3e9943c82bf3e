//! The widget's chart of a framework's versions: a heading with the
//! window's toggle, the legend, then a row per version (its label and a
//! track with the supported and deprecated segments and the evaluation
//! date's line) under an axis of year lines. Rows are HTML and the SVG
//! draws in percent, so labels keep the reader's font size at every width.
//!
//! Which bar is selected (`aria-current`), which one takes Tab
//! (`tabindex="0"`) and the caption's text (the focused bar's dates) are
//! not written here: the widget sets them on the written chart, so a click
//! or a focus change keeps the chart as it is (2,000 bars are not written
//! again for one mark). Every bar is written with `tabindex="-1"` and the
//! caption (`.dlvm-caption`) empty.

use super::{bool_text, element_id, Html, Part};
use crate::domain::catalog::Record;
use crate::domain::date::Date;
use crate::domain::lang::Lang;
use crate::domain::layout::{layout, percent, Bar, Span, Tick, Window};
use crate::domain::messages::{bar_label, format_date, status_name};
use crate::domain::policy::status_at;
use crate::domain::state::State;
use crate::domain::text::{joined, signed_decimal};

/// The chart's bars come in groups of this many (`.dlvm-bars`); from the
/// second on, the browser skips a group while it is far off screen
/// (`content-visibility` in widget.css): containing each bar cost more than
/// it saved, the whole chart as one box saves nothing. With 2,000 versions
/// the frame after a re-render is a third of what it was.
pub(super) const BARS_PER_GROUP: usize = 16;

/// The chart of `records` (the chosen framework's, newest first); `ids`
/// prefixes its element ids. The toggle between the recent window and the
/// whole history is the button with `data-action="whole-history"`.
pub fn chart_parts(state: &State, records: &[&Record], ids: &str) -> Vec<Part> {
    let lang = state.lang;
    let strings = lang.strings();
    let widget = lang.widget_strings();
    let window = if state.whole_history {
        Window::whole(records.iter().copied(), state.at)
    } else {
        Window::recent(state.at)
    };
    let chart = layout(records, window, state.at);
    let title = element_id(ids, "chart-title");
    let keys = element_id(ids, "chart-keys");
    let pattern_ids = [element_id(ids, "hatch"), element_id(ids, "fade")];
    let mut out = Html(Vec::new());
    out.open("figure", &[("class", "dlvm-timeline")])
        .attr("aria-labelledby", &title)
        .open("div", &[("class", "dlvm-timeline-head")])
        .open("h3", &[("class", "dlvm-h3")])
        .attr("id", &title)
        .text(&joined(&[widget.timeline, " — ", state.framework.name()]))
        .close()
        .open(
            "button",
            &[
                ("type", "button"),
                ("class", "dlvm-button"),
                ("data-action", "whole-history"),
            ],
        )
        .attr("aria-pressed", bool_text(state.whole_history))
        .text(if state.whole_history {
            widget.recent_window
        } else {
            strings.whole_history
        })
        .close()
        .close()
        .open("p", &[("class", "dlvm-legend")])
        .attr("id", &element_id(ids, "chart-desc"))
        .text(&legend(lang, state.at))
        .close()
        .open("div", &[("class", "dlvm-chart"), ("role", "group")])
        .attr("aria-labelledby", &title)
        .attr("aria-describedby", &keys)
        .open("span", &[("class", "dlvm-visually-hidden")])
        .attr("id", &keys)
        .text(widget.chart_keys)
        .close();
    axis(&mut out, &chart.ticks, &pattern_ids);
    for group in chart.bars.chunks(BARS_PER_GROUP) {
        out.open("div", &[("class", "dlvm-bars")]);
        for bar in group {
            bar_row(&mut out, bar, state, &pattern_ids, chart.at_x);
        }
        out.close();
    }
    out.close()
        .open("figcaption", &[("class", "dlvm-caption")])
        .close()
        .close();
    out.0
}

/// One version's row of the chart: its label and its track.
fn bar_row(
    out: &mut Html,
    bar: &Bar,
    state: &State,
    [hatch, fade]: &[String; 2],
    at_x: Option<u32>,
) {
    let record = bar.record;
    let status = status_at(record, state.at);
    out.open(
        "div",
        &[
            ("class", "dlvm-bar"),
            ("role", "button"),
            ("tabindex", "-1"),
        ],
    )
    .attr("data-version-id", &record.id)
    .attr("data-status", status.slug())
    .open("span", &[("class", "dlvm-bar-label")])
    .text(&bar_label(record))
    .element(
        "span",
        "dlvm-visually-hidden",
        &joined(&[": ", status_name(state.lang, status), "."]),
    )
    .close()
    .open("svg", &[("aria-hidden", "true")]);
    segment(out, bar.supported, "supported", None);
    if let (true, Some(span)) = (bar.unknown_release, bar.supported) {
        out.open(
            "rect",
            &[("class", "dlvm-fade"), ("y", "22%"), ("height", "56%")],
        )
        .attr("x", &percent(span.x))
        .attr("width", &percent(span.width.min(300)))
        .attr("fill", &joined(&["url(#", fade, ")"]))
        .close();
    }
    segment(out, bar.deprecated, "deprecated", Some(hatch));
    if let Some(x) = at_x {
        let x = percent(x);
        out.open("line", &[("y2", "100%")])
            .attr("x1", &x)
            .attr("x2", &x)
            .close();
    }
    out.close().close();
}

/// A piece of a bar, its position in percent of the track (the track's
/// height is the stylesheet's).
fn segment(out: &mut Html, span: Option<Span>, kind: &'static str, pattern: Option<&String>) {
    let Some(span) = span else {
        return;
    };
    out.open("rect", &[("y", "22%"), ("height", "56%")])
        .attr("data-segment", kind)
        .attr("x", &percent(span.x))
        .attr("width", &percent(span.width.max(8)));
    if let Some(pattern) = pattern {
        out.attr("fill", &joined(&["url(#", pattern, ")"]));
    }
    out.close();
}

/// The axis: the patterns the tracks fill with, and the year lines (on the
/// axis only: a line per year in every row doubled the chart's elements,
/// and 2,000 rows re-rendered 30% slower).
fn axis(out: &mut Html, ticks: &[Tick], [hatch, fade]: &[String; 2]) {
    out.open("div", &[("class", "dlvm-axis"), ("aria-hidden", "true")])
        .open("span", &[])
        .close()
        .open("svg", &[])
        .open("defs", &[])
        .open(
            "pattern",
            &[
                ("patternUnits", "userSpaceOnUse"),
                ("width", "6"),
                ("height", "6"),
                ("patternTransform", "rotate(45)"),
            ],
        )
        .attr("id", hatch)
        .open(
            "rect",
            &[("class", "dlvm-hatch-bg"), ("width", "6"), ("height", "6")],
        )
        .close()
        .open(
            "line",
            &[
                ("class", "dlvm-hatch-line"),
                ("x1", "0"),
                ("y1", "0"),
                ("x2", "0"),
                ("y2", "6"),
            ],
        )
        .close()
        .close()
        .open("linearGradient", &[])
        .attr("id", fade)
        .open("stop", &[("class", "dlvm-fade-from"), ("offset", "0")])
        .close()
        .open("stop", &[("class", "dlvm-fade-to"), ("offset", "1")])
        .close()
        .close()
        .close();
    for tick in ticks {
        let x = percent(tick.x);
        out.open(
            "line",
            &[("class", "dlvm-tick-line"), ("y1", "60%"), ("y2", "100%")],
        )
        .attr("x1", &x)
        .attr("x2", &x)
        .close()
        .open("text", &[("y", "55%"), ("dx", "3")])
        .attr("x", &x)
        .text(&signed_decimal(tick.year.into()))
        .close();
    }
    out.close().close();
}

/// What the bars mean, and the evaluation date.
fn legend(lang: Lang, at: Date) -> String {
    let widget = lang.widget_strings();
    joined(&[
        widget.legend_supported,
        "; ",
        widget.legend_deprecated,
        "; ",
        widget.legend_unknown_release,
        ". ",
        widget.status_on,
        ": ",
        &format_date(lang, at),
        ".",
    ])
}
