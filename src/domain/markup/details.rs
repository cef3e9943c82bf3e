//! A version's details: the card's, and the whole widget's (`Fuller`).

use super::{dated, element_id, Href, Html, Part};
use crate::domain::catalog::{Catalog, Product, Record};
use crate::domain::date::Date;
use crate::domain::lang::Lang;
use crate::domain::link::{Link, View};
use crate::domain::lookup::ImageName;
use crate::domain::messages::{
    advice_text, change_texts, disagreement_text, explain_status, facts_line, record_name,
    severity_name, status_name, warning_text,
};
use crate::domain::policy::{evaluate_image, Evaluation, Status};
use crate::domain::state::State;
use crate::domain::text::joined;

/// What the whole widget's details add to the card's: the image a lookup
/// found (its build date, the family to use, the latest-image check), the
/// record's image names with copy buttons, and its notes.
pub struct Fuller<'a> {
    pub image: Option<&'a ImageName>,
}

/// The whole widget's details of `record` (`ui::details` shows them).
pub fn details_parts(
    state: &State,
    catalog: &Catalog,
    record: &Record,
    ids: &str,
    fuller: &Fuller,
) -> Vec<Part> {
    let mut out = Html(Vec::new());
    // The widget's advice opens its version in place (a button): no link
    // is made, so no address is needed.
    let no_link = |_: &Link| String::new();
    // A looked-up image: the facts its name prints fill the record's
    // unknowns. (Here, not in `details`: a card never has one, so the
    // badge-and-card entry carries none of it.)
    let image = fuller.image;
    let filled = image.map(|i| i.filled(record));
    let lang = state.lang;
    let whole = Whole {
        image,
        disagreement: image.and_then(|i| disagreement_text(lang, &i.disagreements(record))),
    };
    details(
        &mut out,
        state,
        catalog,
        filled.as_ref().unwrap_or(record),
        ids,
        &no_link,
        Some(&whole),
    );
    out.0
}

/// What the whole widget's details show beyond the card's, worked out
/// from `Fuller` by `details_parts`: the looked-up image and what its
/// name contradicts.
pub(super) struct Whole<'a> {
    image: Option<&'a ImageName>,
    disagreement: Option<String>,
}

/// One version's status in words, its dates, warnings, upgrade advice and
/// any data issue; in the whole widget (`whole`), more. Built without the
/// widget (the badge-and-card entry), its one caller is the card, which
/// passes no `whole`: inlined there, none of the widget's additions or
/// their words (`WidgetStrings`) are linked.
#[cfg_attr(not(feature = "widget"), inline(always))]
pub(super) fn details(
    out: &mut Html,
    state: &State,
    catalog: &Catalog,
    record: &Record,
    ids: &str,
    href: Href,
    whole: Option<&Whole>,
) {
    let lang = state.lang;
    let strings = lang.strings();
    let image = whole.and_then(|f| f.image);
    let facts = facts_line(lang, record);
    let (built, family) = (image.and_then(|i| i.built), image.map_or("", |i| &i.family));
    let e = evaluate_image(catalog, record, state.at, state.policy(), built, family);
    let heading = element_id(ids, "details-title");
    out.open(
        "div",
        &[
            ("class", "dlvm-details"),
            ("part", "details"),
            ("role", "group"),
        ],
    )
    .attr("data-selected", &record.id)
    .attr("data-status", e.status.slug())
    .attr("aria-labelledby", &heading)
    .open(
        "h3",
        &[
            ("class", "dlvm-h3"),
            ("tabindex", "-1"),
            ("data-details-heading", ""),
        ],
    )
    .attr("id", &heading)
    .text(&record_name(record))
    .text(" ")
    .open("span", &[("class", "dlvm-badge")])
    .attr("data-status", e.status.slug())
    .shape(e.status)
    .text(status_name(lang, e.status))
    .close()
    .close()
    .element("p", "dlvm-facts", &facts)
    .element("h4", "dlvm-h4", strings.what_it_means)
    .element("p", "", &explain_status(lang, &e))
    .element("h4", "dlvm-h4", strings.dates);
    dates(out, state, record, image);
    out.open(
        "button",
        &[
            ("type", "button"),
            ("class", "dlvm-button"),
            ("data-action", "calendar"),
        ],
    )
    .text(strings.add_to_calendar)
    .close();
    warnings(out, lang, &e);
    advice(out, state, &e, href, whole.is_some());
    if whole.is_some() {
        image_names(out, state, record);
    }
    data_flags(
        out,
        lang,
        record,
        whole.and_then(|w| w.disagreement.as_deref()),
    );
    out.close();
}

/// The version's dates (released, end of patch & support, end of
/// availability) and, for a looked-up image, its own.
fn dates(out: &mut Html, state: &State, record: &Record, image: Option<&ImageName>) {
    let lang = state.lang;
    let strings = lang.strings();
    out.open("dl", &[("class", "dlvm-dates")]);
    for (term, date) in [
        (strings.released, record.released),
        (strings.end_of_patch, Some(record.end_of_patch)),
        (
            strings.end_of_availability,
            Some(record.end_of_availability),
        ),
    ] {
        out.open("div", &[]).element("dt", "", term).open("dd", &[]);
        match date {
            Some(date) => dated(out, lang, state.at, date),
            None => {
                out.element("span", "dlvm-unknown", strings.unknown_date);
            }
        }
        out.close().close();
    }
    if let Some(image) = image {
        image_rows(out, lang, state.at, image);
    }
    out.close();
}

/// What a looked-up image adds to the dates: its build date, the family to use.
fn image_rows(out: &mut Html, lang: Lang, at: Date, image: &ImageName) {
    let widget = lang.widget_strings();
    if let Some(built) = image.built {
        out.open("div", &[])
            .element("dt", "", widget.image_built)
            .open("dd", &[])
            .attr("data-image-built", &built.iso());
        dated(out, lang, at, built);
        out.close().close();
    }
    out.open("div", &[])
        .element("dt", "", widget.use_family)
        .open("dd", &[])
        .element("code", "", &image.family)
        .close()
        .close();
}

/// The record's image families (VM) or container images, each with a
/// button that copies it (its label says how the last copy went), then its
/// notes. Text from the English sources is marked as such in Spanish.
fn image_names(out: &mut Html, state: &State, record: &Record) {
    let lang = state.lang;
    let widget = lang.widget_strings();
    if record.product == Product::Containers {
        out.element("h4", "dlvm-h4", widget.container_images);
    } else {
        out.element("h4", "dlvm-h4", widget.image_families).element(
            "p",
            "dlvm-muted",
            widget.image_families_hint,
        );
    }
    out.open("ul", &[("class", "dlvm-families")]);
    for name in record.image_names() {
        let copied = state.copied.as_ref().filter(|(what, _)| what == name);
        let label = match copied {
            Some((_, true)) => widget.copied,
            Some((_, false)) => widget.not_copied,
            None => widget.copy,
        };
        out.open("li", &[])
            .element("code", "", name)
            .open(
                "button",
                &[("type", "button"), ("class", "dlvm-button dlvm-small")],
            )
            .attr("data-copy", name)
            .attr("aria-label", &joined(&[label, " ", name]))
            .text(label)
            .close()
            .close();
    }
    out.close();
    if !record.notes.is_empty() {
        out.element("h4", "dlvm-h4", widget.notes).open("ul", &[]);
        if lang != Lang::En {
            out.attr("lang", "en");
        }
        for note in record.notes.iter() {
            out.element("li", "", note);
        }
        out.close();
    }
}

/// The evaluation's warnings, each with its severity; or that there are none.
fn warnings(out: &mut Html, lang: Lang, e: &Evaluation) {
    let strings = lang.strings();
    out.element("h4", "dlvm-h4", strings.warnings);
    if e.warnings.is_empty() {
        out.element("p", "", strings.no_warnings);
        return;
    }
    out.open("ul", &[("class", "dlvm-warnings")]);
    for w in &e.warnings {
        out.open("li", &[])
            .attr("data-warning", w.kind.slug())
            .attr("data-severity", w.severity().slug())
            .element("span", "dlvm-severity", severity_name(lang, w.severity()))
            .text(" ")
            .text(&warning_text(lang, w))
            .close();
    }
    out.close();
}

/// Data issues and flags: where the reader looks. First what a looked-up
/// name contradicts (`disagreement`, in the reader's language); then the
/// record's, whose text from the English sources is marked as such inside
/// a Spanish view.
fn data_flags(out: &mut Html, lang: Lang, record: &Record, disagreement: Option<&str>) {
    if !record.has_data_flags() && disagreement.is_none() {
        return;
    }
    out.element("h4", "dlvm-h4", lang.strings().data_quality);
    if let Some(disagreement) = disagreement {
        out.open(
            "p",
            &[("class", "dlvm-data-issue"), ("data-name-disagrees", "")],
        )
        .text(disagreement)
        .close();
    }
    if !record.has_data_flags() {
        return;
    }
    out.open("ul", &[("class", "dlvm-data-issue")]);
    if lang != Lang::En {
        out.attr("lang", "en");
    }
    for flag in record.data_flags() {
        out.element("li", "", flag);
    }
    out.close();
}

/// What to upgrade to and what changes, with a link that opens that
/// version in the full view (a card stays on its own version; in the whole
/// widget, a button that opens it in place); or, for a version past
/// support with nothing to upgrade to, why not.
fn advice(out: &mut Html, state: &State, e: &Evaluation, href: Href, in_place: bool) {
    let lang = state.lang;
    let strings = lang.strings();
    let Some(advice) = &e.advice else {
        if e.status != Status::Supported {
            out.element("p", "dlvm-advice-none", &advice_text(lang, e));
        }
        return;
    };
    out.open("div", &[("class", "dlvm-advice")])
        .attr("data-upgrade-to", &advice.to.id)
        .element("h4", "dlvm-h4", strings.upgrade)
        .element("p", "", &advice_text(lang, e))
        .element("p", "dlvm-muted", &joined(&[strings.what_changes, ":"]));
    let changes = change_texts(lang, advice);
    if changes.is_empty() {
        out.element("p", "", strings.nothing_changes);
    } else {
        out.open("ul", &[]);
        for change in &changes {
            out.element("li", "", change);
        }
        out.close();
    }
    let label = joined(&[strings.open_details, ": ", &record_name(advice.to)]);
    if in_place {
        out.open("button", &[("type", "button"), ("class", "dlvm-button")])
            .attr("data-version-id", &advice.to.id);
    } else {
        let target = Link {
            view: View::Record(advice.to.id.clone()),
            ..state.link()
        };
        out.open("a", &[("class", "dlvm-button")])
            .attr("href", &href(&target));
    }
    out.text(&label).close().close();
}
