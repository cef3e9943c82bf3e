//! The embed element's attributes: what a docs author writes on
//! `<div data-dlvm-timeline data-view="card" data-version="pytorch/2.4">`,
//! read into a configuration or into located errors (which attribute, what
//! was expected, what was found). Nothing here trusts the host page.

use super::catalog::{slugs, Catalog, Framework, Product};
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

/// Reads the attributes (name, value) of one element. Names other than the
/// widget's are ignored (the host may use its own `data-*`).
pub fn parse_attributes(
    attributes: &[(String, String)],
    catalog: &Catalog,
) -> Result<EmbedConfig, Vec<AttrError>> {
    let value = |name: &str| {
        attributes
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    };
    let mut errors = Vec::new();
    let mut error = |attribute: &'static str, expected: AttrExpectation, found: Option<&str>| {
        errors.push(AttrError {
            attribute,
            expected,
            found: found.map(|f| cut(f, 80)),
        })
    };
    let mut config = EmbedConfig::default();

    if let Some(text) = value("data-view") {
        match ViewKind::from_slug(text) {
            Some(view) => config.view = view,
            None => error(
                "data-view",
                AttrExpectation::OneOf(&ViewKind::SLUGS),
                Some(text),
            ),
        }
    }
    let product = value("data-product").and_then(|text| {
        let product = Product::from_slug(text);
        if product.is_none() {
            error(
                "data-product",
                AttrExpectation::OneOf(&Product::SLUGS),
                Some(text),
            );
        }
        product
    });
    let framework = value("data-framework").and_then(|text| {
        let framework = Framework::from_slug(text);
        if framework.is_none() {
            error(
                "data-framework",
                AttrExpectation::OneOf(&Framework::SLUGS),
                Some(text),
            );
        }
        framework
    });
    let version = value("data-version").and_then(|text| {
        let record = catalog.find(text);
        if record.is_none() {
            error("data-version", AttrExpectation::VersionId, Some(text));
        }
        record
    });
    match (product, framework, version) {
        (_, Some(f), Some(record)) if record.framework != f => error(
            "data-version",
            AttrExpectation::SameFramework(f),
            Some(&record.id),
        ),
        (Some(p), _, Some(record)) if record.product != p => error(
            "data-version",
            AttrExpectation::SameProduct(p),
            Some(&record.id),
        ),
        (_, _, Some(record)) => config.link.view = View::Record(record.id.clone()),
        (Some(p), Some(f), None) if catalog.records_of(p, f).next().is_none() => error(
            "data-framework",
            AttrExpectation::FrameworkOf(
                p,
                catalog
                    .frameworks_of(p)
                    .into_iter()
                    .map(Framework::slug)
                    .collect(),
            ),
            value("data-framework"),
        ),
        // Without data-product, the product that has the framework (vLLM
        // is a container framework).
        (p, Some(f), None) => {
            let product = p.unwrap_or_else(|| {
                Product::ALL
                    .into_iter()
                    .find(|p| catalog.records_of(*p, f).next().is_some())
                    .unwrap_or(Product::Vm)
            });
            config.link.view = View::Framework(product, f)
        }
        (Some(p), None, None) => config.link.view = View::Product(p),
        (None, None, None) => {}
    }
    let needs_version = matches!(config.view, ViewKind::Card | ViewKind::Badge);
    if needs_version && value("data-version").is_none() {
        error(
            "data-version",
            AttrExpectation::VersionFor(config.view),
            None,
        );
    }
    if let Some(text) = value("data-at") {
        match Date::parse_iso(text) {
            Ok(date) => config.link.at = Some(date),
            Err(_) => error("data-at", AttrExpectation::Date, Some(text)),
        }
    }
    // Any language tag, matched by its primary language (`es-419` →
    // Spanish); one the widget doesn't speak falls back quietly to the
    // page's and the reader's languages, never an error in place of it.
    if let Some(lang) = value("data-lang").and_then(Lang::from_tag) {
        config.link.lang = Some(lang);
    }
    if let Some(text) = value("data-theme") {
        match Theme::from_slug(text) {
            Some(theme) => config.theme = theme,
            None => error(
                "data-theme",
                AttrExpectation::OneOf(&Theme::SLUGS),
                Some(text),
            ),
        }
    }
    if let Some(text) = value("data-warn-days") {
        match text.parse::<i64>() {
            Ok(days)
                if (0..=MAX_WARN_DAYS).contains(&days)
                    && text.bytes().all(|b| b.is_ascii_digit()) =>
            {
                config.warn_days = days
            }
            _ => error("data-warn-days", AttrExpectation::DayCount, Some(text)),
        }
    }
    if let Some(text) = value("data-sync-url") {
        match text {
            "" | "true" => config.sync_url = true,
            "false" => config.sync_url = false,
            _ => error("data-sync-url", AttrExpectation::OneOf(SWITCH), Some(text)),
        }
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests;
