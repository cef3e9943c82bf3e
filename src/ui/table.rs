use super::ctx::Ctx;
use super::widgets::{dated, status_badge};
use crate::domain::calendar;
use crate::domain::catalog::{Record, Text};
use crate::domain::date::Date;
use crate::domain::messages::{bar_label, hidden_note, Lang};
use crate::domain::policy::{status_at, Status};
use crate::domain::state::Action;
use crate::web;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One version's row. Rows are plain markup, not components, and carry no
/// listener of their own: the table handles clicks once for all rows
/// (with thousands of records, per-row components and listeners dominate
/// the time to switch frameworks).
fn row(
    record: &Record,
    status: Status,
    at: Date,
    lang: Lang,
    selected: bool,
    ticked: bool,
) -> Html {
    let unknown = lang.strings().unknown;
    let cell = |value: &Option<Text>| match value {
        Some(v) => html! { { v.to_string() } },
        None => html! { <span class="dlvm-unknown">{ unknown }</span> },
    };
    html! {
        <tr key={record.id.to_string()} data-version-id={record.id.to_string()} data-status={status.slug()}
            aria-current={selected.then_some("true")}>
            <td>
                <input type="checkbox" class="dlvm-tick" data-tick={record.id.to_string()} checked={ticked}
                    aria-label={format!("{}: {}", lang.strings().tick_for_calendar, bar_label(record))} />
            </td>
            <th scope="row">
                <button type="button" class="dlvm-link" aria-current={selected.then_some("true")}>
                    { bar_label(record) }
                </button>
                if record.has_data_flags() {
                    <span class="dlvm-flag"><span aria-hidden="true">{ " ⚑" }</span>
                        <span class="dlvm-visually-hidden">{ lang.strings().data_flagged }</span></span>
                }
            </th>
            <td>{ cell(&record.python) }</td>
            <td>{ cell(&record.cuda) }</td>
            <td>{ cell(&record.os) }</td>
            <td>{ status_badge(lang, status) }</td>
            <td>{ dated(lang, at, record.end_of_patch) }</td>
            <td>{ dated(lang, at, record.end_of_availability) }</td>
        </tr>
    }
}

/// The record id of the row whose button was clicked.
fn clicked_row(event: &MouseEvent) -> Option<Text> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("button").ok()??;
    web::version_id_at(event)
}

/// A click on a row selects its version.
fn row_clicks(ctx: &Ctx) -> Callback<MouseEvent> {
    let dispatch = ctx.dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        if let Some(id) = clicked_row(&e) {
            dispatch.emit(Action::Select(id));
        }
    })
}

/// The "hide unavailable" box.
fn hide_changes(ctx: &Ctx) -> Callback<Event> {
    ctx.dispatch.reform(|e: Event| {
        let checked = e
            .target_dyn_into::<HtmlInputElement>()
            .map(|i| i.checked())
            .unwrap_or(false);
        Action::SetHideUnavailable(checked)
    })
}

/// A row's tick box (one listener on the table for all of them).
fn tick_changes(ctx: &Ctx) -> Callback<Event> {
    let dispatch = ctx.dispatch.clone();
    Callback::from(move |e: Event| {
        let input = e.target_dyn_into::<HtmlInputElement>();
        if let Some((id, input)) = input.and_then(|i| Some((i.get_attribute("data-tick")?, i))) {
            dispatch.emit(Action::Tick(Text::Owned(id), input.checked()));
        }
    })
}

/// Offers one calendar file of the ticked versions.
fn download_ticked(ctx: &Ctx, ticked: Vec<&'static Record>) -> Callback<MouseEvent> {
    let catalog = ctx.catalog();
    let (lang, today) = (ctx.lang(), ctx.state.today);
    let folder = ctx.folder.clone();
    let download = ctx.downloader();
    Callback::from(move |_: MouseEvent| {
        let text = calendar::ics(catalog, &ticked, lang, &folder, today);
        download(calendar::file_name(&ticked), &text);
    })
}

/// The chosen framework's versions, newest first.
pub fn version_table(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let lang = ctx.lang();
    let strings = lang.strings();
    let catalog = ctx.catalog();
    let hide = state.hides_unavailable(catalog);
    let (on_click, on_hide, on_tick) = (row_clicks(ctx), hide_changes(ctx), tick_changes(ctx));
    let ticked: Vec<&'static Record> = state
        .ticked
        .iter()
        .filter_map(|id| catalog.record(id))
        .collect();
    let on_download = download_ticked(ctx, ticked.clone());
    let mut hidden = 0;
    let rows: Vec<Html> = ctx
        .records
        .iter()
        .copied()
        .filter_map(|record| {
            let status = status_at(record, state.at);
            if state.hides_row(hide, record, status) {
                hidden += 1;
                return None;
            }
            let selected = state.selected.as_deref() == Some(record.id.as_ref());
            let ticked = state.ticked.contains(&record.id);
            Some(row(record, status, state.at, lang, selected, ticked))
        })
        .collect();
    let hidden_note = hidden_note(lang, hidden);
    // One header cell built in a loop: seven written out cost the bundle
    // 63 bytes more.
    let columns = [
        strings.version,
        strings.python,
        strings.cuda,
        strings.os,
        strings.status,
        strings.end_of_patch,
        strings.end_of_availability,
    ];
    html! {
        <div class="dlvm-table-block">
            <div class="dlvm-table-tools">
                <button type="button" class="dlvm-button dlvm-download" data-action="calendar-ticked"
                    disabled={ticked.is_empty()} onclick={on_download}>
                    { format!("{} ({})", strings.download_ticked, ticked.len()) }
                </button>
                <label class="dlvm-check">
                    <input type="checkbox" checked={hide} onchange={on_hide} />
                    { strings.hide_unavailable }
                    <span class="dlvm-muted">{ hidden_note }</span>
                </label>
            </div>
            <div class="dlvm-scroll">
                <table class="dlvm-table" onclick={on_click} onchange={on_tick}>
                    <caption class="dlvm-visually-hidden">{ strings.table_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col"><span class="dlvm-visually-hidden">{ strings.tick_for_calendar }</span></th>
                            { for columns.into_iter().map(|name| html! { <th scope="col">{ name }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </div>
    }
}
