//! Small pieces of markup more than one part shows: a status with its
//! shape, a date with how far it is.

use crate::domain::date::Date;
use crate::domain::messages::{format_date, relative, status_name, status_shape, Lang};
use crate::domain::policy::Status;
use yew::prelude::*;

/// A status in text with a shape, never by colour alone.
pub fn status_badge(lang: Lang, status: Status) -> Html {
    let shape = status_shape(status);
    html! {
        <span class="dlvm-badge" data-status={status.slug()}>
            <span class="dlvm-shape" aria-hidden="true">{ shape }</span>
            { status_name(lang, status) }
        </span>
    }
}

/// A date with how far it is from the evaluation date.
pub fn dated(lang: Lang, at: Date, date: Date) -> Html {
    html! {
        <>
            <time datetime={date.to_string()}>{ format_date(lang, date) }</time>
            <span class="dlvm-relative">{ relative(lang, at.days_until(date)) }</span>
        </>
    }
}
