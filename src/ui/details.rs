use super::ctx::{Ctx, DETAILS_HEADING};
use super::widgets::{dated, heading4, status_badge, term};
use crate::domain::calendar;
use crate::domain::catalog::{Product, Record, Text};
use crate::domain::date::Date;
use crate::domain::lookup::ImageName;
use crate::domain::messages::{
    advice_text, change_texts, explain_status, facts_line, record_name, severity_name,
    warning_text, Lang,
};
use crate::domain::policy::{evaluate_image, Advice, Evaluation, Status, Warning};
use yew::prelude::*;

/// A family name with a button that copies it.
fn copy_family(ctx: &Ctx, family: &Text) -> Html {
    let strings = ctx.lang().strings();
    let key = family.clone();
    // What went wrong is said by the status region; the button says it short.
    let label = match ctx.copied(family) {
        Some(true) => strings.copied,
        Some(false) => strings.not_copied,
        None => strings.copy,
    };
    let text = family.to_string();
    let onclick = ctx
        .copy
        .reform(move |_: MouseEvent| (key.clone(), text.clone()));
    html! {
        <li key={family.to_string()}>
            <code>{ family.to_string() }</code>
            <button type="button" class="dlvm-button dlvm-small" {onclick}
                aria-label={format!("{label} {family}")}>{ label }</button>
        </li>
    }
}

/// What the policy means for the selected version today. (The card's
/// version of it, without image families and notes, is `domain::markup`.)
pub fn details(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let lang = ctx.lang();
    let strings = lang.strings();
    let catalog = ctx.catalog();
    let Some(record) = state.selected.as_deref().and_then(|id| catalog.record(id)) else {
        return html! {
            <div class="dlvm-details dlvm-empty">
                <p>{ strings.select_a_version }</p>
            </div>
        };
    };
    // A pasted image name that found this record adds its build date and
    // the latest-image check.
    let image = ctx.lookup.as_ref().and_then(|l| l.image_of(record));
    let e = evaluate_image(
        catalog,
        record,
        state.at,
        state.policy(),
        image.and_then(|i| i.built),
        image.map_or("", |i| &i.family),
    );
    let image_rows = image.map(|image| image_rows(lang, state.at, image));
    let on_calendar = calendar_download(ctx, record);
    let heading = ctx.id("details-title");
    let containers = record.product == Product::Containers;
    // Text from the English sources (notes, data issues) is marked as such
    // inside a Spanish view, so it is read with English pronunciation.
    let source_lang = (lang != Lang::En).then_some("en");
    let warnings = e.warnings.iter().map(|w| warning(lang, w));
    let advice = e.advice.as_ref().map(|advice| upgrade(ctx, &e, advice));
    let no_advice = (e.advice.is_none() && e.status != Status::Supported)
        .then(|| html! { <p class="dlvm-advice-none">{ advice_text(lang, &e) }</p> });

    html! {
        <div class="dlvm-details" part="details" data-selected={record.id.to_string()} data-status={e.status.slug()}
            aria-labelledby={heading.clone()} role="group">
            <h3 class="dlvm-h3" id={heading} tabindex="-1" data-details-heading="">
                { record_name(record) }{ " " }{ status_badge(lang, e.status) }
            </h3>
            <p class="dlvm-facts">{ facts_line(lang, record) }</p>
            { heading4(strings.what_it_means) }
            <p>{ explain_status(lang, &e) }</p>
            { heading4(strings.dates) }
            <dl class="dlvm-dates">
                { term(strings.released, released(lang, state.at, record.released)) }
                { term(strings.end_of_patch, dated(lang, state.at, record.end_of_patch)) }
                { term(strings.end_of_availability, dated(lang, state.at, record.end_of_availability)) }
                { for image_rows }
            </dl>
            <button type="button" class="dlvm-button" data-action="calendar" onclick={on_calendar}>{ strings.add_to_calendar }</button>
            { heading4(strings.warnings) }
            if e.warnings.is_empty() {
                <p>{ strings.no_warnings }</p>
            } else {
                <ul class="dlvm-warnings">{ for warnings }</ul>
            }
            { for advice }
            { for no_advice }
            { heading4(if containers { strings.container_images } else { strings.image_families }) }
            if !containers { <p class="dlvm-muted">{ strings.image_families_hint }</p> }
            <ul class="dlvm-families">
                { for record.image_names().map(|f| copy_family(ctx, f)) }
            </ul>
            if !record.notes.is_empty() {
                { heading4(strings.notes) }
                <ul lang={source_lang}>{ for record.notes.iter().map(|n| html! { <li>{ n.to_string() }</li> }) }</ul>
            }
            // Data issues and flags: where the reader looks.
            if record.has_data_flags() {
                { heading4(strings.data_quality) }
                <ul class="dlvm-data-issue" lang={source_lang}>
                    { for record.data_flags().map(|f| html! { <li>{ f.to_string() }</li> }) }
                </ul>
            }
        </div>
    }
}

/// What a pasted image name adds to the dates: its build date, and the
/// family to use.
fn image_rows(lang: Lang, at: Date, image: &ImageName) -> Html {
    let strings = lang.strings();
    html! {
        <>
            if let Some(built) = image.built {
                <div><dt>{ strings.image_built }</dt><dd data-image-built={built.to_string()}>{ dated(lang, at, built) }</dd></div>
            }
            { term(strings.use_family, html! { <code>{ image.family.clone() }</code> }) }
        </>
    }
}

/// The release date, which the catalog may not know.
fn released(lang: Lang, at: Date, date: Option<Date>) -> Html {
    match date {
        Some(date) => dated(lang, at, date),
        None => html! { <span class="dlvm-unknown">{ lang.strings().unknown_date }</span> },
    }
}

/// Offers the record's calendar file (the status region says how it went).
fn calendar_download(ctx: &Ctx, record: &Record) -> Callback<MouseEvent> {
    let catalog = ctx.catalog();
    let (lang, today) = (ctx.lang(), ctx.state.today);
    let id = record.id.clone();
    let folder = ctx.folder.clone();
    let download = ctx.downloader();
    Callback::from(move |_: MouseEvent| {
        if let Some(record) = catalog.record(&id) {
            let text = calendar::ics(catalog, &[record], lang, &folder, today);
            download(calendar::file_name(&[record]), &text);
        }
    })
}

/// One warning with its severity.
fn warning(lang: Lang, w: &Warning) -> Html {
    html! {
        <li data-warning={w.kind.slug()} data-severity={w.severity().slug()}>
            <span class="dlvm-severity">{ severity_name(lang, w.severity()) }</span>
            { " " }{ warning_text(lang, w) }
        </li>
    }
}

/// What to upgrade to and what changes, with a button that opens it.
fn upgrade(ctx: &Ctx, e: &Evaluation, advice: &Advice) -> Html {
    let lang = ctx.lang();
    let strings = lang.strings();
    let changes = change_texts(lang, advice);
    let label = format!("{}: {}", strings.open_details, record_name(advice.to));
    html! {
        <div class="dlvm-advice" data-upgrade-to={advice.to.id.to_string()}>
            { heading4(strings.upgrade) }
            <p>{ advice_text(lang, e) }</p>
            <p class="dlvm-muted">{ strings.what_changes }{ ":" }</p>
            if changes.is_empty() {
                <p>{ strings.nothing_changes }</p>
            } else {
                <ul>{ for changes.into_iter().map(|c| html! { <li>{ c }</li> }) }</ul>
            }
            <button type="button" class="dlvm-button" data-version-id={advice.to.id.to_string()}
                onclick={ctx.select_clicked(Some(DETAILS_HEADING))}>
                { label }
            </button>
        </div>
    }
}
