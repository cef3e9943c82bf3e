//! One instance's state: the reducer cell App keeps (the state, the catalog
//! it reads, the instance's id prefix, the props generation it started
//! from) and the state an instance starts with.

use super::ctx::AppProps;
use crate::domain::catalog::Catalog;
use crate::domain::state::{Action, State};
use crate::web::host::Start;
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
    /// Render again, the state unchanged, unless it has changed since
    /// `Refresh` was asked for (that render asks again): to write more of a
    /// long chart or table (`Writtens::busy`).
    Refresh(Rc<State>),
}

impl Reducible for StateCell {
    type Action = CellAction;
    fn reduce(self: Rc<Self>, action: CellAction) -> Rc<Self> {
        let (state, catalog, generation) = match action {
            CellAction::Refresh(asked) if !Rc::ptr_eq(&asked, &self.state) => return self,
            CellAction::Apply(action) => (
                Rc::new(self.state.apply(self.catalog, action)),
                self.catalog,
                self.generation,
            ),
            CellAction::Reset(state, catalog, generation) => (state, catalog, generation),
            CellAction::Refresh(state) => (state, self.catalog, self.generation),
        };
        Rc::new(StateCell {
            state,
            catalog,
            ids: self.ids.clone(),
            generation,
        })
    }
}

pub fn initial_state(props: &AppProps) -> State {
    Start {
        link: props.link.as_deref().unwrap_or(""),
        sync_url: props.sync_url,
        standalone: props.standalone,
        lang: props.lang,
        theme: props.theme,
        warn_days: props.warn_days,
        today: props.today,
        find: crate::domain::lookup::found_id,
    }
    .state(props.catalog.0)
}
