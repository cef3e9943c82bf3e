//! The catalog's freshness notice, shown once per view.

use super::ctx::Ctx;
use crate::domain::messages::{policy_page, stale_notice as stale_notice_text};
use yew::prelude::*;

/// The catalog's one freshness notice, when it is stale on the reader's
/// today (`data-notice="catalog-stale"`, outside the version details).
pub fn stale_notice(ctx: &Ctx) -> Html {
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
