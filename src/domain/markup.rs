//! The badge's and the card's markup, their only one: a list of `Part`s —
//! elements, attributes and text, in order — which both web entries build
//! into an instance's shadow root in one pass (`lite`). Text and values are
//! data, never parsed as HTML, so nothing from the catalog or a link
//! becomes markup. Every word and date comes from `messages`; this module
//! only places them.

use super::catalog::{Catalog, Product, Record};
use super::date::Date;
use super::embed::ViewKind;
use super::lang::Lang;
use super::link::{Link, View};
use super::lookup::ImageName;
use super::messages::{
    advice_text, announcement, badge_more, badge_text, change_texts, explain_status, facts_line,
    format_date, policy_page, record_name, relative, severity_name, stale_notice, status_name,
    status_shape, warning_text,
};
use super::policy::{evaluate_image, status_at, Evaluation, Status};
use super::state::State;
use std::borrow::Cow;

/// One step of writing a view into the page: create an element (inside the
/// open one), set an attribute on the open one, add text to it, close it.
#[derive(Debug, PartialEq, Eq)]
pub enum Part {
    Open(&'static str),
    Attr(&'static str, Cow<'static, str>),
    Text(String),
    Close,
}

/// An element's attributes written here, as (name, value).
type Fixed = &'static [(&'static str, &'static str)];

/// The parts of a view being written.
struct Html(Vec<Part>);

impl Html {
    /// Opens `tag` with its `fixed` attributes. (A static list rather than
    /// a call per attribute: less code in both bundles.)
    fn open(&mut self, tag: &'static str, fixed: Fixed) -> &mut Self {
        self.0.push(Part::Open(tag));
        for (name, value) in fixed {
            self.0.push(Part::Attr(name, Cow::Borrowed(value)));
        }
        self
    }

    /// An attribute computed for this view.
    fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        self.0.push(Part::Attr(name, Cow::Owned(value.to_owned())));
        self
    }

    fn text(&mut self, text: &str) -> &mut Self {
        self.0.push(Part::Text(text.to_owned()));
        self
    }

    fn close(&mut self) -> &mut Self {
        self.0.push(Part::Close);
        self
    }

    /// `<tag class="class">text</tag>` (no class when empty).
    fn element(&mut self, tag: &'static str, class: &'static str, text: &str) -> &mut Self {
        self.open(tag, &[]);
        if !class.is_empty() {
            self.0.push(Part::Attr("class", Cow::Borrowed(class)));
        }
        self.text(text).close()
    }

    /// `<span class="dlvm-shape" aria-hidden="true">shape</span>`: a status's
    /// shape, so it is never told by colour alone.
    fn shape(&mut self, status: Status) -> &mut Self {
        self.open("span", &[("class", "dlvm-shape"), ("aria-hidden", "true")])
            .text(status_shape(status))
            .close()
    }
}

/// Where a badge or card links: the address of a link's full view.
pub type Href<'a> = &'a dyn Fn(&Link) -> String;

/// One badge or card instance, as the parts to write: its root (`.dlvm`)
/// with the view inside and, for a card, its status region. `ids`
/// prefixes the element ids (unique per instance).
pub fn view_parts(
    view: ViewKind,
    state: &State,
    catalog: &Catalog,
    ids: &str,
    href: Href,
) -> Vec<Part> {
    let mut out = Html(Vec::new());
    out.open("div", &[("class", "dlvm"), ("part", "widget")])
        .attr("lang", state.lang.code())
        .attr("data-as-of", &state.at.to_string())
        .attr("data-theme", state.theme.slug())
        .attr("data-view", view.slug())
        .attr("data-release", env!("CARGO_PKG_VERSION"))
        .attr("data-catalog-date", &catalog.as_of.to_string());
    if view == ViewKind::Badge {
        badge(&mut out, state, catalog, href);
    } else {
        card(&mut out, state, catalog, ids, href);
        // One polite status region, present from the first paint, so
        // what changes in it is announced.
        out.open(
            "div",
            &[
                ("class", "dlvm-visually-hidden"),
                ("role", "status"),
                ("aria-atomic", "true"),
            ],
        )
        .text(&announcement(state.lang, state, catalog))
        .close();
    }
    out.close();
    out.0
}

/// The badge: one inline link to the full view that says the status once
/// and the date that matters next; its accessible name adds the version
/// and both dates.
fn badge(out: &mut Html, state: &State, catalog: &Catalog, href: Href) {
    let Some(record) = selected(state, catalog) else {
        return;
    };
    let lang = state.lang;
    let status = status_at(record, state.at);
    out.open("a", &[("class", "dlvm-badge-link")])
        .attr("href", &href(&state.link()))
        .attr("data-version-id", &record.id)
        .attr("data-status", status.slug())
        .shape(status)
        .text(&badge_text(lang, record, status))
        .element(
            "span",
            "dlvm-visually-hidden",
            &badge_more(
                lang,
                record,
                stale_notice(lang, catalog, state.today).as_deref(),
            ),
        )
        .close();
}

fn selected<'c>(state: &State, catalog: &'c Catalog) -> Option<&'c Record> {
    state.selected.as_deref().and_then(|id| catalog.record(id))
}

/// The card: the catalog's freshness notice, what the policy means for the
/// version today, and a link to the same view in full.
fn card(out: &mut Html, state: &State, catalog: &Catalog, ids: &str, href: Href) {
    let strings = state.lang.strings();
    if let Some(text) = stale_notice(state.lang, catalog, state.today) {
        out.open(
            "p",
            &[("class", "dlvm-stale"), ("data-notice", "catalog-stale")],
        )
        .text(&text)
        .text(" ")
        .open("a", &[("rel", "noopener noreferrer")]);
        if let Some(page) = policy_page(catalog) {
            out.attr("href", page);
        }
        out.text(strings.policy_link).close().close();
    }
    match selected(state, catalog) {
        Some(record) => details(out, state, catalog, record, ids, href, None),
        None => {
            out.open("div", &[("class", "dlvm-details dlvm-empty")])
                .element("p", "", strings.select_a_version)
                .close();
        }
    }
    out.open("a", &[("class", "dlvm-full-link")])
        .attr("href", &href(&state.link()))
        .text(strings.open_full_view)
        .close();
}

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
    details(
        &mut out,
        state,
        catalog,
        record,
        ids,
        &|_| String::new(),
        Some(fuller),
    );
    out.0
}

/// One version's status in words, its dates, warnings, upgrade advice and
/// any data issue; in the whole widget (`fuller`), more.
fn details(
    out: &mut Html,
    state: &State,
    catalog: &Catalog,
    record: &Record,
    ids: &str,
    href: Href,
    fuller: Option<&Fuller>,
) {
    let lang = state.lang;
    let strings = lang.strings();
    let image = fuller.and_then(|f| f.image);
    let (built, family) = (image.and_then(|i| i.built), image.map_or("", |i| &i.family));
    let e = evaluate_image(catalog, record, state.at, state.policy(), built, family);
    let heading = format!("{ids}-details-title");
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
    .element("p", "dlvm-facts", &facts_line(lang, record))
    .element("h4", "dlvm-h4", strings.what_it_means)
    .element("p", "", &explain_status(lang, &e))
    .element("h4", "dlvm-h4", strings.dates);
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
    advice(out, state, &e, href, fuller.is_some());
    if fuller.is_some() {
        image_names(out, state, record);
    }
    data_flags(out, lang, record);
    out.close();
}

/// What a looked-up image adds to the dates: its build date, the family to use.
fn image_rows(out: &mut Html, lang: Lang, at: Date, image: &ImageName) {
    let strings = lang.strings();
    if let Some(built) = image.built {
        out.open("div", &[])
            .element("dt", "", strings.image_built)
            .open("dd", &[])
            .attr("data-image-built", &built.to_string());
        dated(out, lang, at, built);
        out.close().close();
    }
    out.open("div", &[])
        .element("dt", "", strings.use_family)
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
    let strings = lang.strings();
    if record.product == Product::Containers {
        out.element("h4", "dlvm-h4", strings.container_images);
    } else {
        out.element("h4", "dlvm-h4", strings.image_families)
            .element("p", "dlvm-muted", strings.image_families_hint);
    }
    out.open("ul", &[("class", "dlvm-families")]);
    for name in record.image_names() {
        let copied = state.copied.as_ref().filter(|(what, _)| what == name);
        let label = match copied {
            Some((_, true)) => strings.copied,
            Some((_, false)) => strings.not_copied,
            None => strings.copy,
        };
        out.open("li", &[])
            .element("code", "", name)
            .open(
                "button",
                &[("type", "button"), ("class", "dlvm-button dlvm-small")],
            )
            .attr("data-copy", name)
            .attr("aria-label", &format!("{label} {name}"))
            .text(label)
            .close()
            .close();
    }
    out.close();
    if !record.notes.is_empty() {
        out.element("h4", "dlvm-h4", strings.notes).open("ul", &[]);
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

/// Data issues and flags: where the reader looks. Text from the English
/// sources is marked as such inside a Spanish view.
fn data_flags(out: &mut Html, lang: Lang, record: &Record) {
    if !record.has_data_flags() {
        return;
    }
    out.element("h4", "dlvm-h4", lang.strings().data_quality)
        .open("ul", &[("class", "dlvm-data-issue")]);
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
        .element("p", "dlvm-muted", &format!("{}:", strings.what_changes));
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
    let label = format!("{}: {}", strings.open_details, record_name(advice.to));
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

/// A date with how far it is from the evaluation date.
fn dated(out: &mut Html, lang: Lang, at: Date, date: Date) {
    out.open("time", &[])
        .attr("datetime", &date.to_string())
        .text(&format_date(lang, date))
        .close()
        .element(
            "span",
            "dlvm-relative",
            &relative(lang, at.days_until(date)),
        );
}

// Read back with scraper, a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
