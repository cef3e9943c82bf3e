//! The embed element's attributes: what a docs author writes on
//! `<div data-dlvm-timeline data-view="card" data-version="pytorch/2.4">`,
//! read into a configuration or into located errors (which attribute, what
//! was expected, what was found). Nothing here trusts the host page.

use super::catalog::{slugs, Catalog, Framework, Product, Slug};
use super::date::Date;
use super::lang::Lang;
use super::link::{Link, View};
use super::policy::DEFAULT_WARN_DAYS;
use super::text::cut;
use super::theme::Theme;

slugs! {
    /// Which part of the widget an instance shows.
    pub enum ViewKind {
        /// Everything: tabs, timeline, table, details, toolbar.
        Full = "full",
        /// One framework's chart with its table.
        Timeline = "timeline",
        /// One version: status in words, dates, warnings, upgrade advice.
        Card = "card",
        /// One line about one version.
        Badge = "badge",
    }
}

impl ViewKind {
    /// Whether the small badge-and-card entry (`lite`) paints this view; a
    /// page with any other view loads the whole widget. The docs
    /// integrations read it from `docs-data` (the files they preload);
    /// embed.js keeps the same list (`LITE_VIEWS`).
    pub fn painted_by_lite(self) -> bool {
        matches!(self, ViewKind::Badge | ViewKind::Card)
    }
}

/// The attributes an embed element may carry.
pub const ATTRIBUTES: [&str; 9] = [
    "data-view",
    "data-product",
    "data-framework",
    "data-version",
    "data-at",
    "data-lang",
    "data-theme",
    "data-warn-days",
    "data-sync-url",
];

/// The tag of the custom element `embed.js` defines, whose attributes are
/// the same without `data-`: `<dlvm-timeline view="badge">`.
pub const ELEMENT: &str = "dlvm-timeline";

/// The attribute a `<dlvm-timeline>` writes as `name` (`view` →
/// `data-view`); `None` for names that aren't the widget's.
pub fn data_attribute(name: &str) -> Option<&'static str> {
    ATTRIBUTES
        .into_iter()
        .find(|attribute| attribute.strip_prefix("data-") == Some(name))
}

/// An attribute as the author wrote it: without `data-` on the custom
/// element, so a located error names what is on the page.
pub fn written_attribute(attribute: &'static str, custom_element: bool) -> &'static str {
    match attribute.strip_prefix("data-") {
        Some(name) if custom_element => name,
        _ => attribute,
    }
}

/// Warnings look at most ten years ahead.
pub const MAX_WARN_DAYS: i64 = 3650;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    pub view: ViewKind,
    /// What to open: framework or version, date, language.
    pub link: Link,
    pub theme: Theme,
    pub warn_days: i64,
    /// Whether this instance reads and writes the page's location hash.
    pub sync_url: bool,
}

impl Default for EmbedConfig {
    fn default() -> Self {
        EmbedConfig {
            view: ViewKind::Full,
            link: Link::default(),
            theme: Theme::Auto,
            warn_days: DEFAULT_WARN_DAYS,
            sync_url: false,
        }
    }
}

/// One attribute the widget could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttrError {
    pub attribute: &'static str,
    /// What would have been accepted, in words.
    pub expected: AttrExpectation,
    /// The value as found (cut when long), or `None` when it was missing.
    pub found: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttrExpectation {
    OneOf(&'static [&'static str]),
    Date,
    DayCount,
    /// A catalog id; the framework it should belong to, when one is set.
    VersionId,
    /// `data-version` is required by this view.
    VersionFor(ViewKind),
    /// `data-framework` and `data-version` disagree.
    SameFramework(Framework),
    /// `data-product` and `data-version` disagree.
    SameProduct(Product),
    /// `data-framework` names a framework `data-product` lacks; the
    /// product's frameworks.
    FrameworkOf(Product, Vec<&'static str>),
}

const SWITCH: &[&str] = &["(empty)", "true", "false"];

/// The attributes of one element as read so far: their values, and the
/// errors found (which attribute, what was expected, what was found).
struct Reading<'a> {
    attributes: &'a [(String, String)],
    errors: Vec<AttrError>,
}

impl<'a> Reading<'a> {
    fn value(&self, name: &str) -> Option<&'a str> {
        self.attributes
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }

    fn error(&mut self, attribute: &'static str, expected: AttrExpectation, found: Option<&str>) {
        self.errors.push(AttrError {
            attribute,
            expected,
            found: found.map(|f| cut(f, 80)),
        })
    }

    /// A slug attribute (`data-view`, `data-product`, …): its value, or
    /// an error listing the slugs.
    fn slug<T: Slug>(&mut self, attribute: &'static str) -> Option<T> {
        let text = self.value(attribute)?;
        let value = T::from_slug(text);
        if value.is_none() {
            self.error(attribute, AttrExpectation::OneOf(T::SLUGS), Some(text));
        }
        value
    }
}

/// Reads the attributes (name, value) of one element. Names other than the
/// widget's are ignored (the host may use its own `data-*`).
pub fn parse_attributes(
    attributes: &[(String, String)],
    catalog: &Catalog,
) -> Result<EmbedConfig, Vec<AttrError>> {
    let mut reading = Reading {
        attributes,
        errors: Vec::new(),
    };
    let mut config = EmbedConfig::default();
    if let Some(view) = reading.slug::<ViewKind>("data-view") {
        config.view = view;
    }
    config.link.view = what_to_open(&mut reading, catalog);
    let needs_version = matches!(config.view, ViewKind::Card | ViewKind::Badge);
    if needs_version && reading.value("data-version").is_none() {
        reading.error(
            "data-version",
            AttrExpectation::VersionFor(config.view),
            None,
        );
    }
    if let Some(text) = reading.value("data-at") {
        match Date::parse_iso(text) {
            Ok(date) => config.link.at = Some(date),
            Err(_) => reading.error("data-at", AttrExpectation::Date, Some(text)),
        }
    }
    // Any language tag, matched by its primary language (`es-419` →
    // Spanish); one the widget doesn't speak falls back quietly to the
    // page's and the reader's languages, never an error in place of it.
    config.link.lang = reading.value("data-lang").and_then(Lang::from_tag);
    if let Some(theme) = reading.slug::<Theme>("data-theme") {
        config.theme = theme;
    }
    if let Some(days) = warn_days(&mut reading) {
        config.warn_days = days;
    }
    if let Some(sync) = sync_url(&mut reading) {
        config.sync_url = sync;
    }
    if reading.errors.is_empty() {
        Ok(config)
    } else {
        Err(reading.errors)
    }
}

/// What `data-product`, `data-framework` and `data-version` open, with an
/// error where they don't fit together.
fn what_to_open(reading: &mut Reading, catalog: &Catalog) -> View {
    let product = reading.slug::<Product>("data-product");
    let framework = reading.slug::<Framework>("data-framework");
    let version = reading.value("data-version").and_then(|text| {
        let record = catalog.find(text);
        if record.is_none() {
            reading.error("data-version", AttrExpectation::VersionId, Some(text));
        }
        record
    });
    match (product, framework, version) {
        (_, Some(f), Some(record)) if record.framework != f => reading.error(
            "data-version",
            AttrExpectation::SameFramework(f),
            Some(&record.id),
        ),
        (Some(p), _, Some(record)) if record.product != p => reading.error(
            "data-version",
            AttrExpectation::SameProduct(p),
            Some(&record.id),
        ),
        (_, _, Some(record)) => return View::Record(record.id.clone()),
        (Some(p), Some(f), None) if catalog.records_of(p, f).next().is_none() => {
            let frameworks = catalog
                .frameworks_of(p)
                .into_iter()
                .map(Framework::slug)
                .collect();
            let written = reading.value("data-framework");
            reading.error(
                "data-framework",
                AttrExpectation::FrameworkOf(p, frameworks),
                written,
            )
        }
        // Without data-product, the product that has the framework (vLLM
        // is a container framework).
        (p, Some(f), None) => {
            let product = p.unwrap_or_else(|| {
                Product::ALL
                    .into_iter()
                    .find(|p| catalog.records_of(*p, f).next().is_some())
                    .unwrap_or(Product::Vm)
            });
            return View::Framework(product, f);
        }
        (Some(p), None, None) => return View::Product(p),
        (None, None, None) => {}
    }
    View::default()
}

/// `data-warn-days`: 0 to `MAX_WARN_DAYS`, digits only.
fn warn_days(reading: &mut Reading) -> Option<i64> {
    let text = reading.value("data-warn-days")?;
    match text.parse::<i64>() {
        Ok(days)
            if (0..=MAX_WARN_DAYS).contains(&days) && text.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(days)
        }
        _ => {
            reading.error("data-warn-days", AttrExpectation::DayCount, Some(text));
            None
        }
    }
}

/// `data-sync-url`: present (empty) or `true`, or `false`.
fn sync_url(reading: &mut Reading) -> Option<bool> {
    let text = reading.value("data-sync-url")?;
    match text {
        "" | "true" => Some(true),
        "false" => Some(false),
        _ => {
            reading.error("data-sync-url", AttrExpectation::OneOf(SWITCH), Some(text));
            None
        }
    }
}

#[cfg(test)]
mod tests;
