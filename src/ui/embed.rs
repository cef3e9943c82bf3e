//! Mounting the widget on a docs page: `embed.js` calls `mount` for each
//! `[data-dlvm-timeline]` element and `unmount` when the element leaves.
//! Each instance renders in its own open shadow root with the widget's
//! stylesheet linked inside it, so styles cross in neither direction.

use super::app::{App, AppProps};
use crate::domain::embed::parse_attributes;
use crate::domain::messages::{attr_error_text, Lang};
use crate::shipped::SHIPPED;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// One mounted instance; `unmount` tears it down (Yew app, shadow content).
#[wasm_bindgen]
pub struct Mounted {
    app: Option<AppHandle<App>>,
    shadow: ShadowRoot,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.shadow.set_text_content(None);
    }
}

fn attributes(host: &Element) -> Vec<(String, String)> {
    host.get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter_map(|name| host.get_attribute(&name).map(|value| (name, value)))
        .collect()
}

fn child(document: &web_sys::Document, parent: &web_sys::Node, tag: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    parent.append_child(&element).ok()?;
    Some(element)
}

/// Mounts one instance in `host`; `assets` is the URL of the folder holding
/// embed.js, style.css and index.html. Returns `None` only when the page
/// gives no document or refuses a shadow root.
#[wasm_bindgen]
pub fn mount(host: Element, assets: String) -> Option<Mounted> {
    let document = host.owner_document()?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    shadow.set_text_content(None);
    let stylesheet = child(&document, &shadow, "link")?;
    stylesheet.set_attribute("rel", "stylesheet").ok()?;
    stylesheet
        .set_attribute("href", &format!("{assets}style.css"))
        .ok()?;
    let root = child(&document, &shadow, "div")?;

    let pairs = attributes(&host);
    match parse_attributes(&pairs, &SHIPPED) {
        Ok(config) => {
            let props = AppProps {
                link: Some(crate::domain::link::format(&config.link).into()),
                sync_url: config.sync_url,
                lang: config.link.lang,
                theme: config.theme,
                view: config.view,
                warn_days: config.warn_days,
                full_view: Some(format!("{assets}index.html").into()),
                ..AppProps::default()
            };
            let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
            Some(Mounted {
                app: Some(app),
                shadow,
            })
        }
        Err(errors) => {
            // Plain text nodes only: nothing from the attributes becomes markup.
            let lang = pairs
                .iter()
                .find(|(n, _)| n == "data-lang")
                .and_then(|(_, v)| Lang::from_tag(v))
                .unwrap_or(Lang::En);
            root.set_class_name("dlvm dlvm-error");
            root.set_attribute("role", "alert").ok()?;
            root.set_attribute("part", "error").ok()?;
            child(&document, &root, "p")?.set_text_content(Some(lang.strings().embed_failed));
            let list = child(&document, &root, "ul")?;
            for error in &errors {
                let item = child(&document, &list, "li")?;
                item.set_attribute("data-attribute", error.attribute).ok()?;
                item.set_text_content(Some(&attr_error_text(lang, error)));
            }
            Some(Mounted { app: None, shadow })
        }
    }
}
