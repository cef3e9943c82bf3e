//! An instance's host element on a docs page, as both web entries mount
//! it: its own open shadow root (styles cross in neither direction), its
//! attributes as the core reads them, the located errors in place of an
//! instance, and the state an instance starts from.

use super::{browser_langs, local_today, location_hash, page_lang};
use crate::domain::catalog::Catalog;
use crate::domain::date::Date;
use crate::domain::embed::{
    data_attribute, written_attribute, AttrError, EmbedConfig, ViewKind, ELEMENT,
};
use crate::domain::link;
use crate::domain::messages::{attr_error_text, Lang};
use crate::domain::state::State;
use crate::domain::text::{decimal, joined};
use crate::domain::theme::Theme;
use web_sys::{Document, Element, Node, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// A new `tag` element appended to `parent`.
pub fn child(document: &Document, parent: &Node, tag: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    parent.append_child(&element).ok()?;
    Some(element)
}

/// The host's shadow root, emptied, with the widget's stylesheet linked in
/// it when `stylesheet_url` isn't empty (empty: the loader has adopted the
/// stylesheet already). `None` when the page gives no document or refuses
/// a shadow root.
pub fn fresh_shadow(host: &Element, stylesheet_url: &str) -> Option<(Document, ShadowRoot)> {
    let document = host.owner_document()?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    shadow.set_text_content(None);
    if !stylesheet_url.is_empty() {
        let stylesheet = child(&document, &shadow, "link")?;
        stylesheet.set_attribute("rel", "stylesheet").ok()?;
        stylesheet.set_attribute("href", stylesheet_url).ok()?;
    }
    Some((document, shadow))
}

/// The host's attributes as the core reads them, and whether it is the
/// `<dlvm-timeline>` element: that element writes them without `data-`
/// (`view="badge"`), so they are read as their `data-` names (the
/// element's own `data-*` are the page's).
pub fn attributes(host: &Element) -> (Vec<(String, String)>, bool) {
    let custom_element = host.local_name() == ELEMENT;
    let pairs = host
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter_map(|name| {
            let value = host.get_attribute(&name)?;
            if !custom_element {
                return Some((name, value));
            }
            data_attribute(&name).map(|data_name| (data_name.to_owned(), value))
        })
        .collect();
    (pairs, custom_element)
}

/// Whether an instance reads and writes the page's location hash: when its
/// element asks, except that a card follows the page's hash only when
/// there is one (a version's page opened with a date) and leaves a page
/// without one alone (a card never changes its view).
pub fn syncs_url(config: &EmbedConfig) -> bool {
    config.sync_url && (config.view != ViewKind::Card || location_hash().len() > 1)
}

/// What an instance starts from, besides its catalog.
pub struct Start<'a> {
    /// The view to open, as a link hash, when not reading the page's own.
    pub link: &'a str,
    pub sync_url: bool,
    /// The standalone page: its language follows the reader, not `<html lang>`.
    pub standalone: bool,
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub warn_days: i64,
    /// The reader's local date when `None`.
    pub today: Option<Date>,
    /// How a `#/lookup/…` link finds its record (`link::no_lookup` in the
    /// badge-and-card entry).
    pub find: link::Finder,
}

impl Start<'_> {
    /// The instance that owns the URL follows it when it names a view, and
    /// otherwise opens what its element (or the page) asked for. The
    /// link's language comes first (`State::new`); then the element's, the
    /// page's `<html lang>` (not on the standalone page: that page is the
    /// widget's own and follows the reader), the browser's preferences in
    /// order, English.
    pub fn state(&self, catalog: &Catalog) -> State {
        let own = location_hash();
        let hash = if self.sync_url
            && !own
                .trim_start_matches('#')
                .trim_start_matches('/')
                .is_empty()
        {
            own.as_str()
        } else {
            self.link
        };
        let page = (!self.standalone).then(page_lang).flatten();
        let browser = browser_langs();
        let detected = self.lang.unwrap_or_else(|| {
            Lang::choose(
                std::iter::once(page.as_deref()).chain(browser.iter().map(|l| Some(l.as_str()))),
            )
        });
        let today = self.today.unwrap_or_else(local_today);
        let mut state = State::new(
            link::parse_with(hash, catalog, self.find),
            catalog,
            today,
            detected,
            self.theme,
        );
        state.warn_days = self.warn_days;
        state
    }
}

/// The located errors in place of the instance, as plain text nodes only:
/// nothing from the attributes becomes markup.
pub fn show_errors(
    document: &Document,
    shadow: &ShadowRoot,
    pairs: &[(String, String)],
    errors: &[AttrError],
    custom_element: bool,
) -> Option<()> {
    let root = child(document, shadow, "div")?;
    let lang = pairs
        .iter()
        .find(|(n, _)| n == "data-lang")
        .and_then(|(_, v)| Lang::from_tag(v))
        .or_else(|| page_lang().and_then(|l| Lang::from_tag(&l)))
        .unwrap_or(Lang::En);
    root.set_class_name("dlvm dlvm-error");
    root.set_attribute("role", "alert").ok()?;
    root.set_attribute("part", "error").ok()?;
    child(document, &root, "p")?.set_text_content(Some(lang.strings().embed_failed));
    let list = child(document, &root, "ul")?;
    for error in errors {
        let item = child(document, &list, "li")?;
        let error = AttrError {
            attribute: written_attribute(error.attribute, custom_element),
            ..error.clone()
        };
        item.set_attribute("data-attribute", error.attribute).ok()?;
        item.set_text_content(Some(&attr_error_text(lang, &error)));
    }
    Some(())
}

thread_local! {
    static INSTANCES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A new instance's prefix for its element ids (`dlvm7`): unique on the
/// page for both entries' instances, so ids never repeat across them.
pub fn next_instance_ids() -> String {
    let n = INSTANCES.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    joined(&["dlvm", &decimal(n.into())])
}
