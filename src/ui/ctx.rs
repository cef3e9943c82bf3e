//! What the parts of one widget instance share: the catalog reference, the
//! props a mount gives (`AppProps`), the context every part reads (`Ctx`)
//! and where focus goes after selecting a version. The parts import this
//! module, never `app` (which assembles them).

use super::widgets::Writtens;
use crate::domain::calendar;
use crate::domain::catalog::{Catalog, Record, Text};
use crate::domain::date::Date;
use crate::domain::embed::ViewKind;
use crate::domain::link;
use crate::domain::lookup::Lookup;
use crate::domain::messages::Lang;
use crate::domain::state::{Action, State};
use crate::domain::theme::Theme;
use crate::shipped::SHIPPED;
use crate::web;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// A catalog that lives for the whole page, compared by address (a deep
/// comparison of thousands of records on every render would be waste).
#[derive(Clone, Copy)]
pub struct CatalogRef(pub &'static Catalog);

impl PartialEq for CatalogRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    #[prop_or(CatalogRef(&SHIPPED))]
    pub catalog: CatalogRef,
    /// The reader's local date; taken from the browser when `None`.
    #[prop_or_default]
    pub today: Option<Date>,
    /// The view to open, as a link hash, when not reading the page's own.
    #[prop_or_default]
    pub link: Option<AttrValue>,
    /// Whether this instance reads and writes the page's location hash.
    #[prop_or_default]
    pub sync_url: bool,
    /// The language when no link names one (else `<html lang>`, else the browser's).
    #[prop_or_default]
    pub lang: Option<Lang>,
    #[prop_or(Theme::Auto)]
    pub theme: Theme,
    #[prop_or(ViewKind::Full)]
    pub view: ViewKind,
    #[prop_or(crate::domain::policy::DEFAULT_WARN_DAYS)]
    pub warn_days: i64,
    /// The bundle's folder (where `index.html` and the versions' pages
    /// `v/…` are), when embedded: the widget links to the same view there
    /// ("open in full view"; a version opens its own page).
    #[prop_or_default]
    pub full_view: Option<AttrValue>,
    /// The standalone page (index.html): the page is the widget's own, so
    /// the widget sets its language, title and heading, and offers a theme
    /// selector (embedded, the page owns the theme).
    #[prop_or_default]
    pub standalone: bool,
    /// Changing it starts the instance afresh from these props (a pooled
    /// app reused for another element; see ui::embed).
    #[prop_or_default]
    pub generation: u64,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            catalog: CatalogRef(&SHIPPED),
            today: None,
            link: None,
            sync_url: false,
            lang: None,
            theme: Theme::Auto,
            view: ViewKind::Full,
            warn_days: crate::domain::policy::DEFAULT_WARN_DAYS,
            full_view: None,
            standalone: false,
            generation: 0,
        }
    }
}

/// What every part of one widget instance reads.
pub struct Ctx {
    pub state: Rc<State>,
    pub catalog: CatalogRef,
    pub dispatch: Callback<Action>,
    /// Unique prefix for element ids of this instance.
    pub ids: Rc<str>,
    /// Copies `(what, text)` and records the outcome in the state.
    pub copy: Callback<(Text, String)>,
    /// The bundle's folder URL (ends with `/`): shared links and calendar
    /// events point into it.
    pub folder: Rc<str>,
    /// The chosen product and framework's records, newest first (the order
    /// they are stored in): collected once per render for the timeline and
    /// the table.
    pub records: Vec<&'static Record>,
    /// What the pasted image name (`state.lookup`) is: looked up once per
    /// render for the lookup panel and the details.
    pub lookup: Option<Lookup<'static>>,
    /// The bundle's folder when embedded: links to another version open
    /// there instead of replacing a card or a badge.
    pub full_view: Option<AttrValue>,
    /// Whether this is the standalone page's own instance.
    pub standalone: bool,
    /// Where focus goes after the next render (a selector inside this
    /// instance): set by an action that removes or disables the control
    /// that has focus, so focus never falls back to the page's body.
    pub focus_next: Rc<Cell<Option<&'static str>>>,
    /// The core's markup as last written (`widgets::written`).
    pub written: Rc<Writtens>,
}

/// The details' heading, where focus goes when a control that opened a
/// version disappears with the old view.
pub const DETAILS_HEADING: &str = "[data-details-heading]";

impl Ctx {
    /// The outcome of the last copy of `what`, if it was the last copied.
    pub fn copied(&self, what: &str) -> Option<bool> {
        self.state
            .copied
            .as_ref()
            .filter(|(key, _)| key.as_ref() == what)
            .map(|(_, ok)| *ok)
    }

    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    pub fn catalog(&self) -> &'static Catalog {
        self.catalog.0
    }

    /// Where `link` is shared: the version's own page or the timeline page
    /// (`link::share_target`), as an address in the bundle's folder.
    pub fn share_url(&self, link: &link::Link) -> String {
        web::share_url(&self.folder, link, self.state.lang)
    }

    /// The full view's address for `link` (same date and language), when
    /// this instance is embedded. A version's own page never links to
    /// itself: there, it opens the timeline page.
    pub fn full_view_href(&self, link: &link::Link) -> Option<String> {
        self.full_view.as_ref()?;
        Some(web::full_view_href(&self.folder, link, self.state.lang))
    }

    /// Offers the calendar file of the records with the given ids (those
    /// the catalog has) and announces the outcome (for callbacks, which
    /// outlive the context).
    pub fn calendar_offer(&self) -> impl Fn(&[Text]) + 'static {
        let dispatch = self.dispatch.clone();
        let catalog = self.catalog();
        let (lang, today) = (self.lang(), self.state.today);
        let folder = self.folder.clone();
        move |ids: &[Text]| {
            let records: Vec<&Record> = ids.iter().filter_map(|id| catalog.record(id)).collect();
            let text = calendar::ics(catalog, &records, lang, &folder, today);
            let name = calendar::file_name(&records);
            let ok = web::download(&name, "text/calendar", &text);
            dispatch.emit(Action::Downloaded(name, ok));
        }
    }
}
