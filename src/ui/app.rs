use super::{details::Details, picker::Picker, table::VersionTable, timeline::Timeline};
use super::{toolbar::Toolbar, web};
use crate::domain::catalog::Catalog;
use crate::domain::date::Date;
use crate::domain::link::{self, ParsedLink};
use crate::domain::messages::{format_date, notice_text, record_name, status_name, Lang};
use crate::domain::policy::status_at;
use crate::domain::state::{Action, History, State, Theme};
use crate::shipped::SHIPPED;
use gloo::events::EventListener;
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
        }
    }
}

/// What every component of one widget instance reads.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: Rc<State>,
    pub catalog: CatalogRef,
    pub dispatch: Callback<Action>,
    /// Unique prefix for element ids of this instance.
    pub ids: Rc<str>,
}

impl Ctx {
    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    pub fn catalog(&self) -> &'static Catalog {
        self.catalog.0
    }

    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.ids)
    }
}

struct StateCell(Rc<State>);

impl Reducible for StateCell {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(StateCell(Rc::new(self.0.apply(action))))
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
    let hash = if props.sync_url {
        web::location_hash()
    } else {
        props.link.as_deref().unwrap_or("").to_owned()
    };
    let page = web::page_lang();
    let browser = web::browser_lang();
    let detected = match props.lang {
        Some(lang) => lang,
        None => Lang::choose([page.as_deref(), browser.as_deref()]),
    };
    let today = props.today.unwrap_or_else(super::local_today);
    State::new(link::parse(&hash, catalog), today, detected, props.theme)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let cell = {
        let props = props.clone();
        use_reducer(move || StateCell(Rc::new(initial_state(&props))))
    };
    let ids = use_memo((), |_| next_instance_id());
    let state = cell.0.clone();
    let catalog = props.catalog.0;
    let dispatch = {
        let cell = cell.clone();
        Callback::from(move |action: Action| cell.dispatch(action))
    };

    // Keep the URL in step with the view (only the instance that owns it).
    {
        let sync = props.sync_url;
        let hash = link::format(&state.link());
        let push = state.history == History::Push;
        use_effect_with((sync, hash, push), move |(sync, hash, push)| {
            if *sync && web::location_hash() != *hash {
                web::write_hash(hash, *push);
            }
        });
    }
    // Back, Forward and typed links.
    {
        let dispatch = dispatch.clone();
        use_effect_with(props.sync_url, move |sync| {
            let listener = sync.then(|| {
                web_sys::window().map(|window| {
                    EventListener::new(&window, "hashchange", move |_| {
                        let parsed: ParsedLink = link::parse(&web::location_hash(), catalog);
                        dispatch.emit(Action::FollowLink(parsed));
                    })
                })
            });
            move || drop(listener)
        });
    }

    let ctx = Ctx {
        state: state.clone(),
        catalog: props.catalog,
        dispatch: dispatch.clone(),
        ids: (*ids).clone(),
    };
    let lang = state.lang;
    let strings = lang.strings();
    let announcement = state
        .selected
        .as_deref()
        .and_then(|id| catalog.record(id))
        .map(|r| {
            format!(
                "{}: {}",
                record_name(r),
                status_name(lang, status_at(r, state.at))
            )
        })
        .unwrap_or_default();
    let notices = state
        .notices
        .iter()
        .map(|n| html! { <li>{ notice_text(lang, n) }</li> });
    let on_dismiss = dispatch.reform(|_: MouseEvent| Action::DismissNotices);
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <section class="dlvm" lang={lang.code()} data-as-of={state.at.to_string()}
                data-theme={state.theme.slug()} aria-labelledby={ctx.id("title")}>
                <header class="dlvm-head">
                    <h2 id={ctx.id("title")} class="dlvm-title">{ strings.title }</h2>
                    <Toolbar />
                </header>
                if !state.notices.is_empty() {
                    <div class="dlvm-notice" role="status">
                        <ul>{ for notices }</ul>
                        <button type="button" class="dlvm-button" onclick={on_dismiss}>{ strings.dismiss }</button>
                    </div>
                }
                <Picker />
                <div class="dlvm-panel" role="tabpanel" id={ctx.id("panel")}
                    aria-labelledby={ctx.id(&format!("tab-{}", state.framework.slug()))}>
                    <Timeline />
                    <VersionTable />
                    <Details />
                </div>
                <footer class="dlvm-foot">
                    <p>{ strings.latest_image }</p>
                    <p>
                        { format!("{} {}. {}: ", strings.catalog_as_of, format_date(lang, catalog.as_of), strings.sources) }
                        { for catalog.sources.iter().enumerate().map(|(i, s)| html! {
                            <>
                                if i > 0 { { ", " } }
                                <a href={s.url.to_string()} rel="noopener noreferrer">{ s.name.to_string() }</a>
                            </>
                        }) }
                    </p>
                </footer>
                <div class="dlvm-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div>
            </section>
        </ContextProvider<Ctx>>
    }
}
