//! The badge and the card on a page, without Yew: their markup is the
//! core's (`domain::markup`), written into the instance's shadow root in
//! one pass (elements, attributes and text nodes: nothing is parsed as
//! HTML); this module keeps the instance's state and listens. The badge-and-card entry (`src/bin/lite.rs`: a page with only
//! badges and cards loads nothing else) and the whole widget's mount
//! (`ui::embed`) both paint them here.
//!
//! An instance is painted once, and again when the page's hash changes
//! (a card that follows a version page's date); a calendar download
//! updates only its status region, so what changed is announced.

use crate::domain::calendar;
use crate::domain::catalog::Catalog;
use crate::domain::embed::{EmbedConfig, ViewKind};
use crate::domain::link::{self, ParsedLink};
use crate::domain::markup::{view_parts, Part};
use crate::domain::messages::announcement;
use crate::domain::state::{History, State};
use crate::web::host::{child, next_instance_ids, syncs_url, Start};
use crate::web::{full_view_href, location_hash, on_hash_change, write_hash};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// One painted badge or card: what its listeners need, kept as long as it
/// is mounted (dropping it removes the hash listener).
pub struct Painted {
    _painter: Rc<RefCell<Painter>>,
    _on_click: Option<Closure<dyn Fn(web_sys::Event)>>,
    _on_hash: Option<Box<dyn std::any::Any>>,
}

/// An instance's state and where it paints.
struct Painter {
    state: State,
    catalog: &'static Catalog,
    view: ViewKind,
    sync_url: bool,
    /// The bundle's folder (ends with `/`): the full view and the versions' pages.
    folder: String,
    document: Document,
    /// The `.dlvm-root` element in the shadow root: it holds the view.
    root: Element,
    /// This instance's prefix for element ids.
    ids: String,
}

/// Writes `parts` into `parent`: elements, their attributes, text. In the
/// widget (the chart), an `svg` element and what it holds are made in
/// SVG's namespace; the badge-and-card entry draws no SVG, so it carries
/// no code for it (184 bytes gzip).
pub fn write(document: &Document, parent: &Element, parts: &[Part]) -> Option<()> {
    let mut open = vec![Open::new(parent.clone())];
    write_some(document, &mut open, parts, usize::MAX).map(drop)
}

/// An element being written: its parts are not all written yet.
pub struct Open {
    element: Element,
    /// Made in SVG's namespace (so are its children).
    svg: bool,
    /// It shows one version (`data-version-id`: a chart's bar, a table's
    /// row), a place where writing may stop.
    version: bool,
}

impl Open {
    pub fn new(element: Element) -> Self {
        Open {
            element,
            svg: false,
            version: false,
        }
    }
}

/// Writes `parts` into the innermost of the `open` elements, and stops
/// once it has made `budget` elements and closed a version's element (a
/// whole bar or row); `open` then holds where it stopped. Returns how many
/// of `parts` it wrote: all of them unless it stopped.
pub fn write_some(
    document: &Document,
    open: &mut Vec<Open>,
    parts: &[Part],
    budget: usize,
) -> Option<usize> {
    const SVG: Option<&str> = Some("http://www.w3.org/2000/svg");
    let mut made = 0;
    for (at, part) in parts.iter().enumerate() {
        let current = open.last_mut()?;
        match part {
            Part::Open(tag) => {
                let svg = cfg!(feature = "widget") && (current.svg || *tag == "svg");
                let element = if svg {
                    document.create_element_ns(SVG, tag)
                } else {
                    document.create_element(tag)
                }
                .ok()?;
                current.element.append_child(&element).ok()?;
                made += 1;
                open.push(Open {
                    element,
                    svg,
                    version: false,
                });
            }
            Part::Attr(name, value) => {
                current.element.set_attribute(name, value).ok()?;
                current.version |= *name == "data-version-id";
            }
            Part::Text(text) => current.element.append_with_str_1(text).ok()?,
            Part::Close => {
                if open.pop().is_some_and(|closed| closed.version) && made >= budget {
                    return Some(at + 1);
                }
            }
        }
    }
    Some(parts.len())
}

/// Paints the badge or card `config` asks for into `shadow`; `None` for
/// any other view or when the page refuses.
pub fn paint(
    document: &Document,
    shadow: &Node,
    config: &EmbedConfig,
    assets: &str,
) -> Option<Painted> {
    if !config.view.painted_by_lite() {
        return None;
    }
    let catalog: &'static Catalog = &crate::shipped::SHIPPED;
    let sync_url = syncs_url(config);
    let link = link::format(&config.link);
    let start = Start {
        link: &link,
        find: link::no_lookup,
        sync_url,
        standalone: false,
        lang: config.link.lang,
        theme: config.theme,
        warn_days: config.warn_days,
        today: None,
    };
    let root = child(document, shadow, "div")?;
    // No box of its own (cards.css): a badge stays inline.
    root.set_class_name("dlvm-root");
    let painter = Rc::new(RefCell::new(Painter {
        state: start.state(catalog),
        catalog,
        view: config.view,
        sync_url,
        folder: assets.to_owned(),
        document: document.clone(),
        root: root.clone(),
        ids: next_instance_ids(),
    }));
    painter.borrow().paint()?;
    let on_click = (config.view == ViewKind::Card).then(|| on_calendar_click(&painter, &root));
    let on_hash = sync_url
        .then(|| {
            let painter = painter.clone();
            on_hash_change(move || {
                let parsed = link::parse_with(&location_hash(), catalog, link::no_lookup);
                let mut painter = painter.borrow_mut();
                followed(&mut painter.state, parsed, catalog);
                painter.paint();
            })
        })
        .flatten()
        .map(|guard| Box::new(guard) as Box<dyn std::any::Any>);
    Some(Painted {
        _painter: painter,
        _on_click: on_click,
        _on_hash: on_hash,
    })
}

/// `state` after following a link: the reducer's, which the whole widget
/// links anyway; built without it, only that arm of it, in place
/// (`State::followed`), so the badge-and-card entry links no more.
fn followed(state: &mut State, parsed: ParsedLink, catalog: &Catalog) {
    #[cfg(feature = "widget")]
    {
        *state = state.apply(catalog, crate::domain::state::Action::FollowLink(parsed));
    }
    #[cfg(not(feature = "widget"))]
    state.followed(parsed, catalog);
}

/// `state` after a calendar download, the same way (`State::downloaded`).
fn downloaded(state: &mut State, file: String, ok: bool) {
    #[cfg(feature = "widget")]
    {
        *state = state.apply(
            &crate::shipped::SHIPPED,
            crate::domain::state::Action::Downloaded(file, ok),
        );
    }
    #[cfg(not(feature = "widget"))]
    state.downloaded(file, ok);
}

/// One click listener on the card: its "add to calendar" button offers the
/// version's calendar file and announces the outcome.
fn on_calendar_click(
    painter: &Rc<RefCell<Painter>>,
    root: &Element,
) -> Closure<dyn Fn(web_sys::Event)> {
    let painter = painter.clone();
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if crate::web::closest_at(&event, "[data-action=calendar]").is_some() {
            painter.borrow_mut().download_calendar();
        }
    });
    let _ = root.add_event_listener_with_callback("click", closure.as_ref().unchecked_ref());
    closure
}

impl Painter {
    /// The view from the state, in one pass, in place of what was there;
    /// the status region is kept (its text updated), so a change is
    /// announced.
    fn paint(&self) -> Option<()> {
        let state = &self.state;
        let old_status = self.root.query_selector("[role=status]").ok().flatten();
        let folder = &self.folder;
        let href = |link: &link::Link| full_view_href(folder, link, state.lang);
        let parts = view_parts(self.view, state, self.catalog, &self.ids, &href);
        self.root.set_text_content(None);
        write(&self.document, &self.root, &parts)?;
        let new_status = self.root.query_selector("[role=status]").ok().flatten();
        if let (Some(old), Some(new)) = (old_status, new_status) {
            old.set_text_content(new.text_content().as_deref());
            new.replace_with_with_node_1(&old).ok()?;
        }
        if self.sync_url {
            let hash = link::format(&state.link());
            if location_hash() != hash {
                write_hash(&hash, state.history == History::Push);
            }
        }
        Some(())
    }

    /// Offers the selected version's calendar file for download; the
    /// status region says whether it started (the rest stays, focus too).
    fn download_calendar(&mut self) {
        let catalog = self.catalog;
        let Some(record) = self
            .state
            .selected
            .as_deref()
            .and_then(|id| catalog.record(id))
        else {
            return;
        };
        let lang = self.state.lang;
        let text = calendar::ics(catalog, &[record], lang, &self.folder, self.state.today);
        let name = calendar::file_name(&[record]);
        let ok = crate::web::download(&name, "text/calendar", &text);
        downloaded(&mut self.state, name, ok);
        if let Ok(Some(status)) = self.root.query_selector("[role=status]") {
            status.set_text_content(Some(&announcement(lang, &self.state)));
        }
    }
}
