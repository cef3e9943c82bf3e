//! One instance's state: the reducer cell App keeps (the state, the catalog
//! it reads, the instance's id prefix, the props generation it started
//! from) and the state an instance starts with.

use super::ctx::AppProps;
use super::web;
use crate::domain::catalog::Catalog;
use crate::domain::link;
use crate::domain::messages::Lang;
use crate::domain::state::{Action, State};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The reducer's state, with the catalog it reads, this instance's id
/// prefix (fixed at mount) and the generation of the props it started from.
pub struct StateCell {
    pub state: Rc<State>,
    pub catalog: &'static Catalog,
    pub ids: Rc<str>,
    pub generation: u64,
}

pub enum CellAction {
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

pub fn next_instance_id() -> Rc<str> {
    let n = INSTANCES.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    Rc::from(format!("dlvm{n}"))
}

pub fn initial_state(props: &AppProps) -> State {
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
