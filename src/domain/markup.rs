//! The badge's and the card's markup, their only one: a list of `Part`s —
//! elements, attributes and text, in order — which both web entries build
//! into an instance's shadow root in one pass (`lite`). Text and values are
//! data, never parsed as HTML, so nothing from the catalog or a link
//! becomes markup. Every word and date comes from `messages`; this module
//! only places them.

use super::catalog::{Catalog, Record};
use super::date::Date;
use super::embed::ViewKind;
use super::lang::Lang;
use super::link::Link;
use super::messages::{
    announcement, badge_more, badge_text, format_date, notice_text, policy_page, relative,
    stale_notice, status_shape,
};
use super::policy::{status_at, Status};
use super::state::State;
use super::text::joined;
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

/// An element id of the instance whose ids start with `ids`: `dlvm1-panel`.
/// (The one rule for them, so the markup and the widget that refers to its
/// elements agree.)
pub fn element_id(ids: &str, name: &str) -> String {
    joined(&[ids, "-", name])
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
        .attr("data-as-of", &state.at.iso())
        .attr("data-theme", state.theme.slug())
        .attr("data-view", view.slug())
        .attr("data-release", env!("CARGO_PKG_VERSION"))
        .attr("data-catalog-date", &catalog.as_of.iso());
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
        .text(&announcement(state.lang, state))
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
    stale(out, state, catalog);
    match selected(state, catalog) {
        Some(record) => details::details(out, state, catalog, record, ids, href, None),
        None => {
            out.open("div", &[("class", "dlvm-details dlvm-empty")])
                .element("p", "", strings.select_a_version)
                .close();
        }
    }
    full_link(out, state.lang, &href(&state.link()));
}

/// The link to the same view in full (a card's, an embedded timeline's).
fn full_link(out: &mut Html, lang: Lang, href: &str) {
    out.open("a", &[("class", "dlvm-full-link")])
        .attr("href", href)
        .text(lang.strings().open_full_view)
        .close();
}

/// An embedded timeline's link to the same view in full, at `href`.
pub fn full_link_parts(lang: Lang, href: &str) -> Vec<Part> {
    let mut out = Html(Vec::new());
    full_link(&mut out, lang, href);
    out.0
}

/// The catalog's one freshness notice, when it is stale on the reader's
/// today (`data-notice="catalog-stale"`, outside the version details).
fn stale(out: &mut Html, state: &State, catalog: &Catalog) {
    let Some(text) = stale_notice(state.lang, catalog, state.today) else {
        return;
    };
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
    out.text(state.lang.strings().policy_link).close().close();
}

/// The widget's freshness notice (the card's), as the parts to write: none
/// when the catalog is fresh.
pub fn stale_parts(state: &State, catalog: &Catalog) -> Vec<Part> {
    let mut out = Html(Vec::new());
    stale(&mut out, state, catalog);
    out.0
}

/// The notices of a link the widget could not follow as given (one per
/// kind), with the button that dismisses them (`data-action`
/// `dismiss-notices`); nothing when there are none.
pub fn notices_parts(state: &State) -> Vec<Part> {
    let mut out = Html(Vec::new());
    if state.notices.is_empty() {
        return out.0;
    }
    let lang = state.lang;
    out.open("div", &[("class", "dlvm-notice")]).open("ul", &[]);
    for notice in &state.notices {
        out.element("li", "", &notice_text(lang, notice));
    }
    out.close()
        .open(
            "button",
            &[
                ("type", "button"),
                ("class", "dlvm-button"),
                ("data-action", "dismiss-notices"),
            ],
        )
        .text(lang.widget_strings().dismiss)
        .close()
        .close();
    out.0
}

/// The whole widget's foot: to use the latest image, the catalog's date
/// and its sources (their names are Google's and endoflife.date's, in
/// English).
pub fn foot_parts(lang: Lang, catalog: &Catalog) -> Vec<Part> {
    let strings = lang.strings();
    let widget = lang.widget_strings();
    let mut out = Html(Vec::new());
    out.open("footer", &[("class", "dlvm-foot")])
        .element("p", "", widget.latest_image)
        .open("p", &[])
        .text(&joined(&[
            widget.catalog_as_of,
            " ",
            &format_date(lang, catalog.as_of),
            ". ",
            strings.sources,
            ": ",
        ]));
    for (i, source) in catalog.sources.iter().enumerate() {
        if i > 0 {
            out.text(", ");
        }
        out.open("a", &[("rel", "noopener noreferrer"), ("lang", "en")])
            .attr("href", &source.url)
            .text(&source.name)
            .close();
    }
    out.close().close();
    out.0
}

/// An ARIA state's value (`aria-pressed`, `aria-selected`).
fn bool_text(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// A date with how far it is from the evaluation date.
fn dated(out: &mut Html, lang: Lang, at: Date, date: Date) {
    out.open("time", &[])
        .attr("datetime", &date.iso())
        .text(&format_date(lang, date))
        .close()
        .element(
            "span",
            "dlvm-relative",
            &relative(lang, at.days_until(date)),
        );
}

mod chart;
mod details;
mod lookup;
mod picker;
mod table;
mod toolbar;
pub use chart::chart_parts;
pub use details::{details_parts, Fuller};
pub use lookup::lookup_parts;
pub use picker::{products_parts, tab_id, tabs_parts};
pub use table::table_parts;
pub use toolbar::toolbar_parts;

// Read back with scraper, a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
