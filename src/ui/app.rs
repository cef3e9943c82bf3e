use super::picker::{picker, product_switch};
use super::{details::details, lookup::lookup_panel, table::version_table, timeline::timeline};
use super::{toolbar::toolbar, web};
use crate::domain::catalog::{Catalog, Record, Text};
use crate::domain::date::Date;
use crate::domain::embed::ViewKind;
use crate::domain::link::{self, ParsedLink};
use crate::domain::lookup::{lookup, Lookup};
use crate::domain::messages::{
    announcement, badge_more, badge_text, format_date, notice_text, policy_page,
    stale_notice as stale_notice_text, status_shape, Lang,
};
use crate::domain::policy::status_at;
use crate::domain::state::{Action, History, State, Theme};
use crate::shipped::SHIPPED;
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
    /// Which view this instance shows.
    pub view: ViewKind,
    /// The bundle's folder when embedded: links to another version open
    /// there instead of replacing a card or a badge.
    pub full_view: Option<AttrValue>,
    /// Whether this is the standalone page's own instance.
    pub standalone: bool,
    /// Where focus goes after the next render (a selector inside this
    /// instance): set by an action that removes or disables the control
    /// that has focus, so focus never falls back to the page's body.
    pub focus_next: Rc<Cell<Option<&'static str>>>,
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

    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.ids)
    }

    /// On click: dispatches `action()`, then moves focus to `selector` once
    /// rendered. (A function pointer, not an action to clone: one copy of
    /// the code for every use.)
    pub fn then_focus(
        &self,
        action: fn() -> Action,
        selector: &'static str,
    ) -> Callback<MouseEvent> {
        let dispatch = self.dispatch.clone();
        let focus_next = self.focus_next.clone();
        Callback::from(move |_: MouseEvent| {
            focus_next.set(Some(selector));
            dispatch.emit(action());
        })
    }

    /// One click listener for a container of records (chart bars, closest
    /// versions): selects the record clicked in, if any, and focuses
    /// `focus` afterwards when given (the clicked control may be gone).
    pub fn select_clicked(&self, focus: Option<&'static str>) -> Callback<MouseEvent> {
        let dispatch = self.dispatch.clone();
        let focus_next = self.focus_next.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = web::version_id_at(&e) {
                focus_next.set(focus);
                dispatch.emit(Action::Select(id));
            }
        })
    }

    /// Where `link` is shared: the version's own page or the timeline page
    /// (`link::share_target`), as an address in the bundle's folder.
    pub fn share_url(&self, link: &link::Link) -> String {
        format!(
            "{}{}",
            self.folder,
            link::share_target(link, self.state.lang)
        )
    }

    /// The full view's address for `link` (same date and language), when
    /// this instance is embedded. A version's own page never links to
    /// itself: there, it opens the timeline page.
    pub fn full_view_href(&self, link: &link::Link) -> Option<String> {
        self.full_view.as_ref()?;
        let url = self.share_url(link);
        let here = web::url_with_hash("");
        Some(if url.split('#').next() == Some(here.as_str()) {
            format!("{}index.html{}", self.folder, link::format(link))
        } else {
            url
        })
    }

    /// Offers a calendar file `(name, text)` for download and announces
    /// the outcome (for callbacks, which outlive the context).
    pub fn downloader(&self) -> impl Fn(String, &str) + 'static {
        let dispatch = self.dispatch.clone();
        move |name: String, text: &str| {
            let ok = web::download(&name, "text/calendar", text);
            dispatch.emit(Action::Downloaded(name, ok));
        }
    }
}

/// The reducer's state, with the catalog it reads, this instance's id
/// prefix (fixed at mount) and the generation of the props it started from.
struct StateCell {
    state: Rc<State>,
    catalog: &'static Catalog,
    ids: Rc<str>,
    generation: u64,
}

enum CellAction {
    Apply(Action),
    /// Start afresh (new props generation).
    Reset(Rc<State>, &'static Catalog, u64),
}

impl Reducible for StateCell {
    type Action = CellAction;
    fn reduce(self: Rc<Self>, action: CellAction) -> Rc<Self> {
        let (state, catalog, generation) = match action {
            CellAction::Apply(action) => (
                Rc::new(self.state.apply(self.catalog, action)),
                self.catalog,
                self.generation,
            ),
            CellAction::Reset(state, catalog, generation) => (state, catalog, generation),
        };
        Rc::new(StateCell {
            state,
            catalog,
            ids: self.ids.clone(),
            generation,
        })
    }
}

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

fn next_instance_id() -> Rc<str> {
    let n = INSTANCES.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    Rc::from(format!("dlvm{n}"))
}

fn initial_state(props: &AppProps) -> State {
    let catalog = props.catalog.0;
    // The instance that owns the URL follows it when it names a view, and
    // otherwise opens what its element (or the page) asked for.
    let own = web::location_hash();
    let hash = if props.sync_url
        && !own
            .trim_start_matches('#')
            .trim_start_matches('/')
            .is_empty()
    {
        own
    } else {
        props.link.as_deref().unwrap_or("").to_owned()
    };
    // The link's language comes first (State::new); then the element's,
    // the page's `<html lang>` (not on the standalone page: that page is
    // the widget's own and follows the reader), the browser's preferences
    // in order, English.
    let page = (!props.standalone).then(web::page_lang).flatten();
    let browser = web::browser_langs();
    let detected = props.lang.unwrap_or_else(|| {
        Lang::choose(
            std::iter::once(page.as_deref()).chain(browser.iter().map(|l| Some(l.as_str()))),
        )
    });
    let today = props.today.unwrap_or_else(super::local_today);
    let mut state = State::new(
        link::parse(&hash, catalog),
        catalog,
        today,
        detected,
        props.theme,
    );
    state.warn_days = props.warn_days;
    state
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let cell = {
        let props = props.clone();
        use_reducer(move || StateCell {
            state: Rc::new(initial_state(&props)),
            catalog: props.catalog.0,
            ids: next_instance_id(),
            generation: props.generation,
        })
    };
    // New props generation: render from a fresh state now, and keep it.
    let state = if cell.generation == props.generation {
        cell.state.clone()
    } else {
        let fresh = Rc::new(initial_state(props));
        cell.dispatch(CellAction::Reset(
            fresh.clone(),
            props.catalog.0,
            props.generation,
        ));
        fresh
    };
    let catalog = props.catalog.0;
    let root = use_node_ref();
    let focus_next = use_mut_ref(|| Rc::new(Cell::new(None::<&'static str>)))
        .borrow()
        .clone();
    let dispatch = {
        let cell = cell.clone();
        Callback::from(move |action: Action| cell.dispatch(CellAction::Apply(action)))
    };

    // After a render that changed the link, the language or asked for
    // focus: keep the URL in step with the view and follow Back, Forward
    // and typed links (only the instance that owns the URL); move focus
    // where the last action asked (inside this instance); on the standalone
    // page keep the page's language, title and heading in the widget's.
    // One effect, so one hook in the bundle; the listener is renewed when
    // the link changes.
    {
        let sync = props.sync_url;
        let hash = link::format(&state.link());
        let push = state.history == History::Push;
        let dispatch = dispatch.clone();
        let root = root.clone();
        let focus = focus_next.clone();
        let lang = props.standalone.then_some(state.lang);
        let focus_asked = focus_next.get();
        use_effect_with(
            (sync, hash, push, lang, focus_asked),
            move |(sync, hash, push, lang, _)| {
                if *sync && web::location_hash() != *hash {
                    web::write_hash(hash, *push);
                }
                if let (Some(selector), Some(root)) =
                    (focus.take(), root.cast::<web_sys::Element>())
                {
                    web::focus_first(&root, selector);
                }
                if let Some(lang) = lang {
                    web::set_page_language(lang.code(), lang.strings());
                }
                let listener = sync
                    .then(|| {
                        web::on_hash_change(move || {
                            let parsed: ParsedLink = link::parse(&web::location_hash(), catalog);
                            dispatch.emit(Action::FollowLink(parsed));
                        })
                    })
                    .flatten();
                move || drop(listener)
            },
        );
    }

    let copy = {
        let dispatch = dispatch.clone();
        Callback::from(move |(what, text): (Text, String)| {
            let dispatch = dispatch.clone();
            web::copy_text(text, move |ok| dispatch.emit(Action::Copied(what, ok)));
        })
    };
    let ctx = Ctx {
        state: state.clone(),
        catalog: props.catalog,
        dispatch: dispatch.clone(),
        ids: cell.ids.clone(),
        copy,
        records: catalog.newest_first(state.product, state.framework),
        lookup: state.lookup.as_deref().map(|text| lookup(catalog, text)),
        folder: Rc::from(
            props
                .full_view
                .as_deref()
                .map(str::to_owned)
                .unwrap_or_else(web::page_folder),
        ),
        view: props.view,
        full_view: props.full_view.clone(),
        standalone: props.standalone,
        focus_next,
    };
    // Card and timeline embeds link to the same view on the standalone page
    // (in the same tab, like any link; the badge is itself that link).
    let full_view = match props.view {
        ViewKind::Card | ViewKind::Timeline => ctx.full_view_href(&state.link()).map(|href| {
            html! {
                <a class="dlvm-full-link" href={href}>{ state.lang.strings().open_full_view }</a>
            }
        }),
        ViewKind::Full | ViewKind::Badge => None,
    };
    let body = match props.view {
        ViewKind::Full => full(&ctx, catalog),
        ViewKind::Timeline => html! {
            <>
                { stale_notice(&ctx) }
                { timeline(&ctx) }
                { details(&ctx, false) }
                { version_table(&ctx) }
            </>
        },
        ViewKind::Card => html! {
            <>
                { stale_notice(&ctx) }
                { details(&ctx, true) }
            </>
        },
        ViewKind::Badge => badge(&ctx),
    };
    // Full and timeline views are regions named after what they show; card
    // and badge views are small parts of the host's content (several on a
    // page must not make duplicate landmarks).
    let region = match props.view {
        ViewKind::Full => Some(state.lang.strings().title.to_owned()),
        ViewKind::Timeline => Some(format!(
            "{} — {}",
            state.framework.name(),
            state.lang.strings().timeline
        )),
        ViewKind::Card | ViewKind::Badge => None,
    };
    let tag = if region.is_some() { "section" } else { "div" };
    // One polite status region per instance (a badge has nothing to say):
    // present from the first render, so what changes in it is announced.
    let status = (props.view != ViewKind::Badge).then(|| {
        html! {
            <div class="dlvm-visually-hidden" role="status" aria-atomic="true">
                { announcement(state.lang, &state, catalog) }
            </div>
        }
    });
    html! {
        <@{tag} ref={root} class="dlvm" part="widget" lang={state.lang.code()}
            data-as-of={state.at.to_string()} data-theme={state.theme.slug()} data-view={props.view.slug()}
            data-release={env!("CARGO_PKG_VERSION")} data-catalog-date={catalog.as_of.to_string()}
            aria-label={region}>
            { body }
            { for full_view }
            { for status }
        </@>
    }
}

/// The badge: one inline link to the full view (a plain span when not
/// embedded) that says the status once and the date that matters next;
/// its accessible name adds the version and both dates.
fn badge(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let lang = state.lang;
    let catalog = ctx.catalog();
    let Some(record) = state.selected.as_deref().and_then(|id| catalog.record(id)) else {
        return Html::default();
    };
    let status = status_at(record, state.at);
    // Embedded, the badge is the link to the full view; else plain text.
    let href = ctx.full_view_href(&state.link());
    let tag = if href.is_some() { "a" } else { "span" };
    html! {
        <@{tag} class="dlvm-badge-link" href={href} data-version-id={record.id.to_string()} data-status={status.slug()}>
            <span class="dlvm-shape" aria-hidden="true">{ status_shape(status) }</span>
            { badge_text(lang, record, status) }
            <span class="dlvm-visually-hidden">
                { badge_more(lang, record, stale_notice_text(lang, catalog, state.today).as_deref()) }
            </span>
        </@>
    }
}

/// The catalog's one freshness notice, when it is stale on the reader's
/// today (`data-notice="catalog-stale"`, outside the version details).
fn stale_notice(ctx: &Ctx) -> Html {
    let catalog = ctx.catalog();
    let lang = ctx.lang();
    let Some(text) = stale_notice_text(lang, catalog, ctx.state.today) else {
        return Html::default();
    };
    html! {
        <p class="dlvm-stale" data-notice="catalog-stale">
            { text }{ " " }
            <a href={policy_page(catalog).map(str::to_owned)} rel="noopener noreferrer">{ lang.strings().policy_link }</a>
        </p>
    }
}

/// The whole widget: toolbar, notices, tabs, timeline, table, details, sources.
fn full(ctx: &Ctx, catalog: &'static Catalog) -> Html {
    let state = &ctx.state;
    let lang = state.lang;
    let strings = lang.strings();
    let notices = state
        .notices
        .iter()
        .map(|n| html! { <li>{ notice_text(lang, n) }</li> });
    // The notice goes with its button: focus goes to the widget's heading.
    let on_dismiss = ctx.then_focus(|| Action::DismissNotices, ".dlvm-title");
    html! {
        <>
            <header class="dlvm-head">
                <h2 id={ctx.id("title")} class="dlvm-title" tabindex="-1">{ strings.title }</h2>
                { toolbar(ctx) }
            </header>
            { stale_notice(ctx) }
            if !state.notices.is_empty() {
                <div class="dlvm-notice">
                    <ul>{ for notices }</ul>
                    <button type="button" class="dlvm-button" onclick={on_dismiss}>{ strings.dismiss }</button>
                </div>
            }
            { lookup_panel(ctx) }
            { product_switch(ctx) }
            { picker(ctx) }
            <div class="dlvm-panel" role="tabpanel" id={ctx.id("panel")}
                aria-labelledby={ctx.id(&format!("tab-{}", state.framework.slug()))}>
                { timeline(ctx) }
                { details(ctx, false) }
                { version_table(ctx) }
            </div>
            <footer class="dlvm-foot">
                <p>{ strings.latest_image }</p>
                <p>
                    { format!("{} {}. {}: ", strings.catalog_as_of, format_date(lang, catalog.as_of), strings.sources) }
                    // Source names are Google's and endoflife.date's, in English.
                    { for catalog.sources.iter().enumerate().map(|(i, s)| html! {
                        <>
                            if i > 0 { { ", " } }
                            <a href={s.url.to_string()} rel="noopener noreferrer" lang="en">{ s.name.to_string() }</a>
                        </>
                    }) }
                </p>
            </footer>
        </>
    }
}
