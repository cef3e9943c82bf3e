//! The badge view: one inline link, a word in a sentence or a table cell.

use super::ctx::Ctx;
use crate::domain::messages::{
    badge_more, badge_text, stale_notice as stale_notice_text, status_shape,
};
use crate::domain::policy::status_at;
use yew::prelude::*;

/// The badge: one inline link to the full view (a plain span when not
/// embedded) that says the status once and the date that matters next;
/// its accessible name adds the version and both dates.
pub fn badge(ctx: &Ctx) -> Html {
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
