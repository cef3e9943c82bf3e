//! Mounting the widget on a docs page: `embed.js` calls `mount` for each
//! `[data-dlvm-timeline]` or `<dlvm-timeline>` element and `unmount` when
//! the element leaves.
//! Each instance renders in its own open shadow root with the widget's
//! stylesheet linked inside it, so styles cross in neither direction.

use super::app::App;
use super::ctx::AppProps;
use crate::domain::embed::{parse_attributes, EmbedConfig};
use crate::shipped::SHIPPED;
use crate::web::host::{attributes, child, fresh_shadow, show_errors, syncs_url};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};
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
    /// A badge or card (`lite` paints those, not Yew).
    _painted: Option<crate::lite::Painted>,
    shadow: ShadowRoot,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(idle) = self.app.take() {
            idle.root.remove();
            POOL.with(|pool| pool.borrow_mut().push(idle));
        }
        self._painted = None;
        self.shadow.set_text_content(None);
    }
}

/// Mounts one instance in `host`; `assets` is the URL of the folder holding
/// embed.js, index.html and the versions' pages; `stylesheet_url` the URL of the widget's stylesheet
/// (its name carries a content hash, which only the loader knows), or empty when the loader has
/// adopted the stylesheet into the shadow root already. A badge or a card is painted by `lite`,
/// the other views by Yew. Returns `None` only when the
/// page gives no document or refuses a shadow root.
#[wasm_bindgen]
pub fn mount(host: Element, assets: String, stylesheet_url: String) -> Option<Mounted> {
    let (document, shadow) = fresh_shadow(&host, &stylesheet_url)?;
    let (pairs, custom_element) = attributes(&host);
    let mut mounted = Mounted {
        app: None,
        _painted: None,
        shadow,
    };
    match parse_attributes(&pairs, &SHIPPED) {
        Ok(config) if config.view.painted_by_lite() => {
            let painted = crate::lite::paint(&document, &mounted.shadow, &config, &assets)?;
            mounted._painted = Some(painted);
        }
        Ok(config) => {
            mounted.app = Some(start_app(
                &document,
                &mounted.shadow,
                props_for(config, assets),
            )?);
        }
        Err(errors) => show_errors(&document, &mounted.shadow, &pairs, &errors, custom_element)?,
    }
    Some(mounted)
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
        sync_url: syncs_url(&config),
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
            // No box of its own (style.css).
            root.set_class_name("dlvm-root");
            let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
            Some(Idle { app, root })
        }
    }
}
