//! The widget's table of a framework's versions: a row per version (its
//! tick box for the calendar, its button, Python, CUDA, OS, status and
//! dates), the calendar download of the ticked ones and the toggle that
//! hides unavailable versions.

use super::{dated, Html, Part};
use crate::domain::catalog::{Catalog, Record, Text};
use crate::domain::lang::Lang;
use crate::domain::messages::{bar_label, hidden_note, status_name};
use crate::domain::policy::{status_at, Status};
use crate::domain::state::State;
use crate::domain::text::{decimal, joined};

/// The table of `records` (the chosen framework's, newest first).
pub fn table_parts(state: &State, catalog: &Catalog, records: &[&Record]) -> Vec<Part> {
    let lang = state.lang;
    let strings = lang.strings();
    let widget = lang.widget_strings();
    let hide = state.hides_unavailable(catalog);
    let ticked = state
        .ticked
        .iter()
        .filter(|id| catalog.record(id).is_some())
        .count();
    let mut out = Html(Vec::new());
    out.open("div", &[("class", "dlvm-table-block")])
        .open("div", &[("class", "dlvm-table-tools")])
        .open(
            "button",
            &[
                ("type", "button"),
                ("class", "dlvm-button dlvm-download"),
                ("data-action", "calendar-ticked"),
            ],
        );
    if ticked == 0 {
        out.attr("disabled", "");
    }
    out.text(&joined(&[
        widget.download_ticked,
        " (",
        &decimal(ticked as u64),
        ")",
    ]))
    .close()
    .open("label", &[("class", "dlvm-check")])
    .open(
        "input",
        &[("type", "checkbox"), ("data-action", "hide-unavailable")],
    );
    if hide {
        out.attr("checked", "");
    }
    out.close().text(strings.hide_unavailable);
    let mut rows = Html(Vec::new());
    let mut hidden = 0;
    for record in records {
        let status = status_at(record, state.at);
        if state.hides_row(hide, record, status) {
            hidden += 1;
            continue;
        }
        row(&mut rows, state, record, status);
    }
    out.element("span", "dlvm-muted", &hidden_note(lang, hidden))
        .close()
        .close()
        .open("div", &[("class", "dlvm-scroll")])
        .open("table", &[("class", "dlvm-table")])
        .element("caption", "dlvm-visually-hidden", widget.table_caption)
        .open("thead", &[])
        .open("tr", &[])
        .open("th", &[("scope", "col")])
        .element("span", "dlvm-visually-hidden", widget.tick_for_calendar)
        .close();
    for name in [
        strings.version,
        strings.python,
        strings.cuda,
        strings.os,
        strings.status,
        strings.end_of_patch,
        strings.end_of_availability,
    ] {
        out.open("th", &[("scope", "col")]).text(name).close();
    }
    out.close().close().open("tbody", &[]);
    out.0.extend(rows.0);
    out.close().close().close().close();
    out.0
}

/// One version's row.
fn row(out: &mut Html, state: &State, record: &Record, status: Status) {
    let lang = state.lang;
    let widget = lang.widget_strings();
    let label = bar_label(record);
    out.open("tr", &[])
        .attr("data-version-id", &record.id)
        .attr("data-status", status.slug())
        .open("td", &[])
        .open("input", &[("type", "checkbox"), ("class", "dlvm-tick")])
        .attr("data-tick", &record.id)
        .attr(
            "aria-label",
            &joined(&[widget.tick_for_calendar, ": ", &label]),
        );
    if state.ticked.contains(&record.id) {
        out.attr("checked", "");
    }
    out.close()
        .close()
        .open("th", &[("scope", "row")])
        .open("button", &[("type", "button"), ("class", "dlvm-link")])
        .text(&label)
        .close();
    if record.has_data_flags() {
        out.open("span", &[("class", "dlvm-flag")])
            .open("span", &[("aria-hidden", "true")])
            .text(" ⚑")
            .close()
            .element("span", "dlvm-visually-hidden", widget.data_flagged)
            .close();
    }
    out.close();
    for value in [&record.python, &record.cuda, &record.os] {
        out.open("td", &[]);
        value_or_unknown(out, lang, value);
        out.close();
    }
    out.open("td", &[]).open("span", &[("class", "dlvm-badge")]);
    out.attr("data-status", status.slug())
        .shape(status)
        .text(status_name(lang, status))
        .close()
        .close();
    for date in [record.end_of_patch, record.end_of_availability] {
        out.open("td", &[]);
        dated(out, lang, state.at, date);
        out.close();
    }
    out.close();
}

fn value_or_unknown(out: &mut Html, lang: Lang, value: &Option<Text>) {
    match value {
        Some(v) => {
            out.text(v);
        }
        None => {
            out.element("span", "dlvm-unknown", lang.strings().unknown);
        }
    }
}
