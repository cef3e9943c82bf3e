//! The core's markup written as DOM for Yew to place as one node (the
//! details, the table), kept while the markup is the same. A long chart or
//! table is written in parts: what a screen shows in the render's own
//! task, the rest in the renders that follow (`Writtens::busy`).

use crate::domain::markup::Part;
use crate::domain::text::joined;
use crate::lite::{write_some, Open};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Elements a render writes of a new element: more than a screen shows of
/// a chart or a table, and more than any framework of the shipped catalog
/// needs (its longest table, 16 versions, is 272). With 2,000 versions,
/// writing the chart and the table whole took 31–37 ms, two frames.
pub const FIRST_WRITE: usize = 400;
/// Elements each render after it writes, until the element is whole: a
/// chart's and a table's together in one task of about 10 ms (2,000 each
/// made tasks of 20–25 ms).
const LATER_WRITE: usize = 1200;

/// What `written` wrote last: the markup, the element it made, and where
/// writing stopped while the element is not whole (the elements still
/// open and the next part).
pub struct Wrote {
    parts: Vec<Part>,
    node: Element,
    rest: Option<(Vec<Open>, usize)>,
}

impl Wrote {
    /// Writes up to `budget` more elements of a node not whole yet. (When
    /// the page refuses, it stops there: no longer busy.)
    fn write_more(&mut self, document: &Document, budget: usize) -> Option<()> {
        let (mut open, from) = self.rest.take()?;
        let rest = self.parts.get(from..).unwrap_or_default();
        let count =
            write_some(document, &mut open, rest, budget).map_or(self.parts.len(), |n| from + n);
        self.stopped(open, count)
    }

    /// Records that the first `count` parts are written: the node is
    /// `aria-busy` until it is whole.
    fn stopped(&mut self, open: Vec<Open>, count: usize) -> Option<()> {
        if count < self.parts.len() {
            self.rest = Some((open, count));
            self.node.set_attribute("aria-busy", "true").ok()
        } else {
            self.node.remove_attribute("aria-busy").ok()
        }
    }
}

/// What `written` wrote last: the same markup keeps the same element (and
/// focus in it).
pub type Written = Rc<RefCell<Option<Wrote>>>;

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

impl Writtens {
    /// Whether the chart or the table (the parts written in parts) is not
    /// whole yet: the instance renders again (after the frame that shows
    /// this render) to write more of it.
    pub fn busy(&self) -> bool {
        [&self.chart, &self.table]
            .iter()
            .any(|cache| cache.borrow().as_ref().is_some_and(|w| w.rest.is_some()))
    }
}

/// The node `parts` make (`written`) as Yew places it; nothing when the
/// page refuses.
pub fn placed(cache: &Written, parts: Vec<Part>) -> yew::Html {
    written(cache, parts, usize::MAX)
        .map_or_else(yew::Html::default, |node| yew::Html::VRef(node.into()))
}

/// The element `parts` make: the one written last when they are the same
/// (so nothing changes, focus included; more of it written when it is not
/// whole), else a new one; focus that was on one of the old one's controls
/// moves to the same control in the new one. A new element gets its first
/// `first` elements (`FIRST_WRITE` for the chart and the table, which
/// `Writtens::busy` follows; else all), the rest in later renders
/// (`LATER_WRITE` each, or all once focus is in it); one that replaces an
/// element with focus in it is written whole at once.
pub fn written(cache: &Written, parts: Vec<Part>, first: usize) -> Option<Element> {
    // Nothing to write (no notices): no element, and none made to hold it.
    if parts.is_empty() {
        return None;
    }
    let document = web_sys::window()?.document()?;
    let focused = match cache.borrow_mut().as_mut() {
        Some(wrote) if wrote.parts == parts => {
            // Focus in it (a reader's keys move through it): the rest at once.
            if wrote.rest.is_some() {
                let more = focused_in(&wrote.node).map_or(LATER_WRITE, |_| usize::MAX);
                wrote.write_more(&document, more);
            }
            return Some(wrote.node.clone());
        }
        Some(wrote) => {
            // Replaced, so its writing ends here: were the new one refused,
            // nothing would be left to finish (`Writtens::busy` would render
            // again every frame).
            wrote.rest = None;
            focused_in(&wrote.node)
        }
        None => None,
    };
    let holder = document.create_element("div").ok()?;
    let mut open = vec![Open::new(holder.clone())];
    let budget = if focused.is_some() { usize::MAX } else { first };
    let count = write_some(&document, &mut open, &parts, budget)?;
    let node = holder.first_element_child()?;
    if let Some(active) = focused {
        refocus(active, &node);
    }
    let mut wrote = Wrote {
        parts,
        node: node.clone(),
        rest: None,
    };
    wrote.stopped(open, count);
    *cache.borrow_mut() = Some(wrote);
    Some(node)
}

/// The focused element, when it is in `node` (in a shadow root or not).
fn focused_in(node: &Element) -> Option<Element> {
    let active = node
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element())
        .or_else(|| web_sys::window()?.document()?.active_element());
    active.filter(|a| node.contains(Some(a)))
}

/// Once `new` has replaced the element `active` was in (after this
/// render), focuses the control of `new` that stands where `active` did:
/// the one with the same `data-copy`, `data-action`, `data-tick`,
/// `data-framework` or `data-product`, else the same kind of control in
/// the element of the same `data-version-id`.
fn refocus(active: Element, new: &Element) {
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
