//! The App component: an instance's state (`instance`), synced with the
//! page's address when it owns it, focus after an action, and the view it
//! shows assembled from the parts.

use super::ctx::{AppProps, Ctx};
use super::details::details;
use super::events::listeners;
use super::instance::{initial_state, CellAction, StateCell};
use super::notice::stale_notice;
use super::picker::{picker, product_switch};
use super::toolbar::toolbar;
use super::widgets::{placed, Writtens};
use super::{lookup::lookup_panel, table::version_table, timeline::timeline};
use crate::domain::catalog::{Catalog, Text};
use crate::domain::embed::ViewKind;
use crate::domain::link::{self, ParsedLink};
use crate::domain::lookup::lookup;
use crate::domain::markup::{element_id, foot_parts, full_link_parts, notices_parts, tab_id};
use crate::domain::messages::lookup_announcement;
use crate::domain::state::{Action, History, State};
use crate::domain::text::joined;
use crate::web;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App(props: &AppProps) -> Html {
    let cell = {
        let props = props.clone();
        use_reducer(move || StateCell {
            state: Rc::new(initial_state(&props)),
            catalog: props.catalog.0,
            ids: crate::web::host::next_instance_ids().into(),
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
                    web::set_page_language(lang.code(), lang.widget_strings());
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

    let written = use_mut_ref(|| Rc::new(Writtens::default()))
        .borrow()
        .clone();
    let ctx = context(
        props,
        &state,
        dispatch,
        cell.ids.clone(),
        focus_next,
        written,
    );
    let html = render(&ctx, props, root);
    if ctx.written.busy() {
        // A long chart or table written in part: more of it once the
        // frame that shows this render has been painted.
        let asked = state.clone();
        web::after_next_frame(move || cell.dispatch(CellAction::Refresh(asked)));
    }
    html
}

/// What the parts of this render read: the state, the catalog, how to
/// dispatch and copy, the framework's records and the lookup, each once.
fn context(
    props: &AppProps,
    state: &Rc<State>,
    dispatch: Callback<Action>,
    ids: Rc<str>,
    focus_next: Rc<Cell<Option<&'static str>>>,
    written: Rc<Writtens>,
) -> Ctx {
    let catalog = props.catalog.0;
    let copy = {
        let dispatch = dispatch.clone();
        Callback::from(move |(what, text): (Text, String)| {
            let dispatch = dispatch.clone();
            web::copy_text(text, move |ok| dispatch.emit(Action::Copied(what, ok)));
        })
    };
    Ctx {
        state: state.clone(),
        catalog: props.catalog,
        dispatch,
        ids,
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
        full_view: props.full_view.clone(),
        standalone: props.standalone,
        focus_next,
        written,
    }
}

/// The instance's root and the view it shows, with its "open in full view"
/// link and its status region. (Badges and cards are painted by `lite`:
/// `ui::embed` never gives them to the App.)
fn render(ctx: &Ctx, props: &AppProps, root: NodeRef) -> Html {
    let state = &ctx.state;
    let catalog = ctx.catalog();
    let (body, region) = match props.view {
        ViewKind::Timeline => {
            // A timeline embed links to the same view on the standalone
            // page (in the same tab, like any link).
            let full_view = ctx
                .full_view_href(&state.link())
                .map(|href| placed(&ctx.written.full_link, full_link_parts(state.lang, &href)));
            let body = html! {
                <>
                    { stale_notice(ctx) }
                    { timeline(ctx) }
                    { details(ctx) }
                    { version_table(ctx) }
                    { for full_view }
                </>
            };
            let region = joined(&[
                state.framework.name(),
                " — ",
                state.lang.widget_strings().timeline,
            ]);
            (body, region)
        }
        _ => (
            full(ctx, catalog),
            state.lang.widget_strings().title.to_owned(),
        ),
    };
    // A region named after what it shows; one polite status region per
    // instance, present from the first render, so what changes in it is
    // announced.
    let on = listeners(ctx);
    html! {
        <section ref={root} class="dlvm" part="widget" lang={state.lang.code()}
            onclick={on.click} onchange={on.change} onkeydown={on.keydown} onfocusin={on.focusin}
            onsubmit={on.submit}
            data-as-of={state.at.iso()} data-theme={state.theme.slug()} data-view={props.view.slug()}
            data-release={env!("CARGO_PKG_VERSION")} data-catalog-date={catalog.as_of.iso()}
            aria-label={region}>
            { body }
            <div class="dlvm-visually-hidden" role="status" aria-atomic="true">
                { lookup_announcement(state.lang, state, catalog, ctx.lookup.as_ref()) }
            </div>
        </section>
    }
}

/// The whole widget: toolbar, notices, tabs, timeline, table, details, sources.
fn full(ctx: &Ctx, catalog: &'static Catalog) -> Html {
    let state = &ctx.state;
    let lang = state.lang;
    html! {
        <>
            { toolbar(ctx) }
            { stale_notice(ctx) }
            { placed(&ctx.written.notices, notices_parts(state)) }
            { lookup_panel(ctx) }
            { product_switch(ctx) }
            { picker(ctx) }
            <div class="dlvm-panel" role="tabpanel" id={element_id(&ctx.ids, "panel")}
                aria-labelledby={tab_id(&ctx.ids, state.framework)}>
                { timeline(ctx) }
                { details(ctx) }
                { version_table(ctx) }
            </div>
            { placed(&ctx.written.foot, foot_parts(lang, catalog)) }
        </>
    }
}
