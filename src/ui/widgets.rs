//! The core's markup written as DOM for Yew to place as one node (the
//! details, the table), kept while the markup is the same.

use crate::domain::markup::Part;
use crate::domain::text::joined;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// What `written` wrote last, with the markup it wrote it from: the same
/// markup keeps the same element (and focus in it).
pub type Written = Rc<RefCell<Option<(Vec<Part>, Element)>>>;

/// What an instance's written parts were written last (one per part).
#[derive(Default)]
pub struct Writtens {
    pub details: Written,
    pub table: Written,
    pub chart: Written,
    pub stale: Written,
    pub products: Written,
    pub tabs: Written,
    pub toolbar: Written,
    pub lookup: Written,
    pub foot: Written,
    pub notices: Written,
    pub full_link: Written,
}

/// The node `parts` make (`written`) as Yew places it; nothing when the
/// page refuses.
pub fn placed(cache: &Written, parts: Vec<Part>) -> yew::Html {
    written(cache, parts).map_or_else(yew::Html::default, |node| yew::Html::VRef(node.into()))
}

/// The element `parts` make: the one written last when they are the same
/// (so nothing changes, focus included), else a new one; focus that was on
/// one of the old one's controls moves to the same control in the new one.
pub fn written(cache: &Written, parts: Vec<Part>) -> Option<Element> {
    // Nothing to write (no notices): no element, and none made to hold it.
    if parts.is_empty() {
        return None;
    }
    if let Some((last, node)) = cache.borrow().as_ref() {
        if *last == parts {
            return Some(node.clone());
        }
    }
    let document = web_sys::window()?.document()?;
    let holder = document.create_element("div").ok()?;
    crate::lite::write(&document, &holder, &parts)?;
    let node = holder.first_element_child()?;
    if let Some((_, old)) = cache.borrow().as_ref() {
        refocus(old, &node);
    }
    *cache.borrow_mut() = Some((parts, node.clone()));
    Some(node)
}

/// Once `new` has replaced `old` in the page (after this render), focuses
/// the control of `new` that stands where the focused one of `old` did:
/// the one with the same `data-copy`, `data-action`, `data-tick`, `data-framework`
/// or `data-product`, else the
/// same kind of control in the element of the same `data-version-id`.
fn refocus(old: &Element, new: &Element) {
    let active = old
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element())
        .or_else(|| web_sys::window()?.document()?.active_element());
    let Some(active) = active.filter(|a| old.contains(Some(a))) else {
        return;
    };
    let own = [
        "data-copy",
        "data-action",
        "data-tick",
        "data-framework",
        "data-product",
    ]
    .into_iter()
    .find_map(|name| Some((name, active.get_attribute(name)?)));
    let (name, value, tag) = match own {
        Some((name, value)) => (name, value, None),
        None => {
            let row = active.closest("[data-version-id]").ok().flatten();
            let Some(id) = row.and_then(|r| r.get_attribute("data-version-id")) else {
                return;
            };
            ("data-version-id", id, Some(active.tag_name()))
        }
    };
    let new = new.clone();
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Ok(found) = new.query_selector_all(&joined(&["[", name, "]"])) else {
            return;
        };
        let same = (0..found.length())
            .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
            .find(|e| e.get_attribute(name).as_deref() == Some(value.as_str()));
        // In a row, the same kind of control (its button), else the row itself.
        let control = same.and_then(|e| match &tag {
            Some(tag) if !e.tag_name().eq_ignore_ascii_case(tag) => {
                e.query_selector(&tag.to_ascii_lowercase()).ok().flatten()
            }
            _ => Some(e),
        });
        if let Some(control) = control.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = control.focus();
        }
    });
    if let Some(window) = web_sys::window() {
        window.queue_microtask(focus.unchecked_ref());
    }
}

/// The elements `within` picks that show the version `id`:
/// `tr[data-version-id="pytorch/2.4"]`. (Catalog ids are URL-safe: no
/// quote to escape.)
pub fn of_version(within: &str, id: &str) -> String {
    joined(&[within, "[data-version-id=\"", id, "\"]"])
}

/// Sets attribute `name` to `on` on the elements of `node` that `selector`
/// picks, and on the others that have it to `off` (removed when empty):
/// the marks of a selection or a Tab stop, changed in place so written
/// markup is not written again for them.
pub fn mark(node: &Element, name: &str, [on, off]: [&str; 2], selector: Option<String>) {
    // querySelectorAll finds elements only: no type check needed.
    let each = |selector: &str, change: &dyn Fn(Element)| {
        if let Ok(found) = node.query_selector_all(selector) {
            for i in 0..found.length() {
                if let Some(element) = found.item(i) {
                    change(element.unchecked_into());
                }
            }
        }
    };
    each(&joined(&["[", name, "=\"", on, "\"]"]), &|element| {
        let _ = if off.is_empty() {
            element.remove_attribute(name)
        } else {
            element.set_attribute(name, off)
        };
    });
    if let Some(selector) = selector {
        each(&selector, &|element| {
            let _ = element.set_attribute(name, on);
        });
    }
}
