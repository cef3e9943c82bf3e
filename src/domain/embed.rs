//! The embed element's attributes: what a docs author writes on
//! `<div data-dlvm-timeline data-view="card" data-version="pytorch/2.4">`,
//! read into a configuration or into located errors (which attribute, what
//! was expected, what was found). Nothing here trusts the host page.

use super::catalog::{Catalog, Framework, Product};
use super::date::Date;
use super::lang::Lang;
use super::link::{Link, View};
use super::policy::DEFAULT_WARN_DAYS;
use super::state::Theme;
use super::text::cut;

/// Which part of the widget an instance shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewKind {
    /// Everything: tabs, timeline, table, details, toolbar.
    Full,
    /// One framework's chart with its table.
    Timeline,
    /// One version: status in words, dates, warnings, upgrade advice.
    Card,
    /// One line about one version.
    Badge,
}

impl ViewKind {
    pub const ALL: [ViewKind; 4] = [
        ViewKind::Full,
        ViewKind::Timeline,
        ViewKind::Card,
        ViewKind::Badge,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ViewKind::Full => "full",
            ViewKind::Timeline => "timeline",
            ViewKind::Card => "card",
            ViewKind::Badge => "badge",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ViewKind> {
        ViewKind::ALL.into_iter().find(|v| v.slug() == slug)
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

const VIEWS: &[&str] = &["full", "timeline", "card", "badge"];
const FRAMEWORKS: &[&str] = &["tensorflow", "pytorch", "base", "vllm"];
const PRODUCTS: &[&str] = &["vm", "containers"];
const THEMES: &[&str] = &["auto", "light", "dark"];
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
            None => error("data-view", AttrExpectation::OneOf(VIEWS), Some(text)),
        }
    }
    let product = value("data-product").and_then(|text| {
        let product = Product::from_slug(text);
        if product.is_none() {
            error("data-product", AttrExpectation::OneOf(PRODUCTS), Some(text));
        }
        product
    });
    let framework = value("data-framework").and_then(|text| {
        let framework = Framework::from_slug(text);
        if framework.is_none() {
            error(
                "data-framework",
                AttrExpectation::OneOf(FRAMEWORKS),
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
            None => error("data-theme", AttrExpectation::OneOf(THEMES), Some(text)),
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
mod tests {
    use super::*;

    #[test]
    fn a_long_bad_value_is_quoted_cut_to_eighty_characters() {
        let long = "é".repeat(100);
        let errors = parse_attributes(&[("data-view".into(), long)], &SHIPPED).unwrap_err();
        let found = errors[0].found.clone().unwrap_or_default();
        assert_eq!(found, format!("{}…", "é".repeat(80)));
    }

    #[test]
    fn embed_js_remounts_on_every_attribute_the_reader_knows() {
        // embed.js watches a list of its own; one missing there (as
        // data-product once was) would leave an element showing stale views.
        let script = include_str!("../../static/embed.js");
        let watched = script
            .split("const ATTRIBUTES = [")
            .nth(1)
            .and_then(|rest| rest.split("];").next())
            .expect("embed.js has its ATTRIBUTES list");
        for attribute in ATTRIBUTES {
            assert!(watched.contains(&format!("'{attribute}'")), "{attribute}");
        }
    }
    use crate::domain::messages::{attr_error_text, Lang};
    use crate::shipped::SHIPPED;

    fn parse(attrs: &[(&str, &str)]) -> Result<EmbedConfig, Vec<String>> {
        let owned: Vec<(String, String)> = attrs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        parse_attributes(&owned, &SHIPPED).map_err(|errors| {
            errors
                .iter()
                .map(|e| attr_error_text(Lang::En, e))
                .collect()
        })
    }

    #[test]
    fn defaults_with_no_attributes() {
        assert_eq!(
            parse(&[("data-dlvm-timeline", "")]),
            Ok(EmbedConfig::default())
        );
    }

    #[test]
    fn a_card_for_a_version_in_spanish() {
        let config = parse(&[
            ("data-view", "card"),
            ("data-version", "pytorch/2.4"),
            ("data-lang", "es"),
            ("data-at", "2026-01-01"),
            ("data-theme", "dark"),
            ("data-warn-days", "30"),
            ("data-sync-url", ""),
            ("data-testid", "host's own"),
        ])
        .expect("valid");
        assert_eq!(config.view, ViewKind::Card);
        assert_eq!(config.link.view, View::Record("pytorch/2.4".into()));
        assert_eq!(config.link.lang, Some(Lang::Es));
        assert_eq!(config.link.at, Date::from_ymd(2026, 1, 1));
        assert_eq!(
            (config.theme, config.warn_days, config.sync_url),
            (Theme::Dark, 30, true)
        );
        // A version without its variant means the newest Python.
        let config =
            parse(&[("data-view", "badge"), ("data-version", "tensorflow/2.11")]).expect("valid");
        assert_eq!(
            config.link.view,
            View::Record("tensorflow/2.11-py310".into())
        );
        let config =
            parse(&[("data-view", "timeline"), ("data-framework", "base")]).expect("valid");
        assert_eq!(
            config.link.view,
            View::Framework(Product::Vm, Framework::Base)
        );
        let config =
            parse(&[("data-product", "containers"), ("data-framework", "vllm")]).expect("valid");
        assert_eq!(
            config.link.view,
            View::Framework(Product::Containers, Framework::Vllm)
        );
        // vLLM is a container framework: no data-product needed.
        let config = parse(&[("data-framework", "vllm")]).expect("valid");
        assert_eq!(
            config.link.view,
            View::Framework(Product::Containers, Framework::Vllm)
        );
        let config = parse(&[("data-product", "containers")]).expect("valid");
        assert_eq!(config.link.view, View::Product(Product::Containers));
        let config = parse(&[
            ("data-view", "card"),
            ("data-version", "containers/pytorch/2.4"),
        ])
        .expect("valid");
        assert_eq!(
            config.link.view,
            View::Record("containers/pytorch/2.4".into())
        );
        let config = parse(&[
            ("data-view", "badge"),
            ("data-version", "containers/tensorflow/2.10"),
        ])
        .expect("valid");
        assert_eq!(
            config.link.view,
            View::Record("containers/tensorflow/2.10-py310".into())
        );
    }

    #[test]
    fn each_bad_attribute_says_what_was_expected_and_found() {
        let check = |attrs: &[(&str, &str)], expect: &[&str]| {
            assert_eq!(
                parse(attrs),
                Err(expect.iter().map(|s| s.to_string()).collect()),
                "{attrs:?}"
            )
        };
        check(
            &[("data-view", "cards")],
            &["data-view: expected one of full, timeline, card, badge; found “cards”."],
        );
        check(
            &[("data-framework", "jax")],
            &["data-framework: expected one of tensorflow, pytorch, base, vllm; found “jax”."],
        );
        check(&[("data-version", "tensorflow/9.9")], &["data-version: expected a version id from the catalog, such as tensorflow/2.16; found “tensorflow/9.9”."]);
        check(&[("data-view", "card")], &["data-version: the card view needs a version id, such as tensorflow/2.16; found nothing."]);
        check(
            &[("data-framework", "base"), ("data-version", "pytorch/2.4")],
            &["data-version: expected a version of Base; found “pytorch/2.4”."],
        );
        check(
            &[("data-product", "vm"), ("data-framework", "vllm")],
            &["data-framework: expected a framework of VM images (tensorflow, pytorch, base); found “vllm”."],
        );
        check(
            &[("data-at", "tomorrow")],
            &["data-at: expected a date as YYYY-MM-DD; found “tomorrow”."],
        );

        check(
            &[("data-theme", "blue")],
            &["data-theme: expected one of auto, light, dark; found “blue”."],
        );
        check(
            &[("data-warn-days", "-5")],
            &["data-warn-days: expected a number of days from 0 to 3650; found “-5”."],
        );
        check(
            &[("data-warn-days", "1e3")],
            &["data-warn-days: expected a number of days from 0 to 3650; found “1e3”."],
        );
        check(
            &[("data-sync-url", "yes")],
            &["data-sync-url: expected one of (empty), true, false; found “yes”."],
        );
        check(
            &[("data-view", "<img src=x onerror=alert(1)>"), ("data-theme", "x")],
            &[
                "data-view: expected one of full, timeline, card, badge; found “<img src=x onerror=alert(1)>”.",
                "data-theme: expected one of auto, light, dark; found “x”.",
            ],
        );
    }

    #[test]
    fn any_language_tag_matches_by_its_primary_language_or_falls_back_quietly() {
        let lang = |tag: &str| parse(&[("data-lang", tag)]).map(|c| c.link.lang);
        assert_eq!(lang("es-419"), Ok(Some(Lang::Es)));
        assert_eq!(lang("es-MX"), Ok(Some(Lang::Es)));
        assert_eq!(lang("en-GB"), Ok(Some(Lang::En)));
        // Not spoken: no error, the page's or the reader's language instead.
        assert_eq!(lang("fr"), Ok(None));
        assert_eq!(lang(""), Ok(None));
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        let long = "x".repeat(5_000);
        let errors = parse(&[("data-view", &long)]).expect_err("invalid");
        assert!(errors[0].chars().count() < 160, "{}", errors[0]);
    }
}
