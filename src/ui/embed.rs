//! Mounting the widget on a docs page: `embed.js` calls `mount` for each
//! `[data-dlvm-timeline]` or `<dlvm-timeline>` element and `unmount` when
//! the element leaves.
//! Each instance renders in its own open shadow root with the widget's
//! stylesheet linked inside it, so styles cross in neither direction.

use super::app::App;
use super::ctx::AppProps;
use crate::domain::embed::{
    data_attribute, parse_attributes, written_attribute, AttrError, EmbedConfig, ViewKind, ELEMENT,
};
use crate::domain::messages::{attr_error_text, Lang};
use crate::shipped::SHIPPED;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// An idle app and its root element, detached from any page. A reused app
/// gets a new props `generation`, and `App` starts afresh from its props.
struct Idle {
    app: AppHandle<App>,
    root: Element,
}

thread_local! {
    /// Idle apps for the next mounts. Yew registers its delegated event
    /// listeners on an app's root element and never removes them (they are
    /// "static" by design), so an app per mount would leak a few hundred
    /// bytes on every mount/unmount cycle; a pool bounds memory by the most
    /// instances ever shown at once.
    static POOL: RefCell<Vec<Idle>> = const { RefCell::new(Vec::new()) };
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// One mounted instance; `unmount` empties its shadow root and returns its
/// app to the pool.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<Idle>,
    shadow: ShadowRoot,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(idle) = self.app.take() {
            idle.root.remove();
            POOL.with(|pool| pool.borrow_mut().push(idle));
        }
        self.shadow.set_text_content(None);
    }
}

/// The host's attributes as the core reads them: a `<dlvm-timeline>`
/// element writes them without `data-` (`view="badge"`), so they are read
/// as their `data-` names (the element's own `data-*` are the page's).
fn attributes(host: &Element, custom_element: bool) -> Vec<(String, String)> {
    host.get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter_map(|name| {
            let value = host.get_attribute(&name)?;
            if !custom_element {
                return Some((name, value));
            }
            data_attribute(&name).map(|data_name| (data_name.to_owned(), value))
        })
        .collect()
}

fn child(document: &web_sys::Document, parent: &web_sys::Node, tag: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    parent.append_child(&element).ok()?;
    Some(element)
}

/// Mounts one instance in `host`; `assets` is the URL of the folder holding
/// embed.js, index.html and the versions' pages; `stylesheet_url` the URL of the widget's stylesheet
/// (its name carries a content hash, which only the loader knows), or empty when the loader has
/// adopted the stylesheet into the shadow root already. Returns `None` only when the
/// page gives no document or refuses a shadow root.
#[wasm_bindgen]
pub fn mount(host: Element, assets: String, stylesheet_url: String) -> Option<Mounted> {
    let document = host.owner_document()?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    shadow.set_text_content(None);
    // Empty when the loader has adopted the stylesheet into the shadow root.
    if !stylesheet_url.is_empty() {
        let stylesheet = child(&document, &shadow, "link")?;
        stylesheet.set_attribute("rel", "stylesheet").ok()?;
        stylesheet.set_attribute("href", &stylesheet_url).ok()?;
    }
    // `<dlvm-timeline>`: the custom element embed.js defines.
    let custom_element = host.local_name() == ELEMENT;
    let pairs = attributes(&host, custom_element);
    match parse_attributes(&pairs, &SHIPPED) {
        Ok(config) => {
            let app = start_app(&document, &shadow, props_for(config, assets))?;
            Some(Mounted {
                app: Some(app),
                shadow,
            })
        }
        Err(errors) => {
            show_errors(&document, &shadow, &pairs, &errors, custom_element)?;
            Some(Mounted { app: None, shadow })
        }
    }
}

/// The props an element's configuration gives its app, with a new
/// generation (a pooled app starts afresh from them).
fn props_for(config: EmbedConfig, assets: String) -> AppProps {
    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    AppProps {
        link: Some(crate::domain::link::format(&config.link).into()),
        // A card never changes its view: it follows the page's hash only
        // when there is one (a version's page opened with a date), and
        // leaves a page without one alone.
        sync_url: config.sync_url
            && (config.view != ViewKind::Card || super::web::location_hash().len() > 1),
        lang: config.link.lang,
        theme: config.theme,
        view: config.view,
        warn_days: config.warn_days,
        full_view: Some(assets.into()),
        generation,
        ..AppProps::default()
    }
}

/// An idle app from the pool with new props, or a new app, in `shadow`.
fn start_app(document: &web_sys::Document, shadow: &ShadowRoot, props: AppProps) -> Option<Idle> {
    match POOL.with(|pool| pool.borrow_mut().pop()) {
        Some(mut idle) => {
            shadow.append_child(&idle.root).ok()?;
            idle.app.update(props);
            Some(idle)
        }
        None => {
            let root = child(document, shadow, "div")?;
            // No box of its own (style.css): a badge stays inline.
            root.set_class_name("dlvm-root");
            let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
            Some(Idle { app, root })
        }
    }
}

/// The located errors in place of the instance, as plain text nodes only:
/// nothing from the attributes becomes markup.
fn show_errors(
    document: &web_sys::Document,
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
        .or_else(|| super::web::page_lang().and_then(|l| Lang::from_tag(&l)))
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
