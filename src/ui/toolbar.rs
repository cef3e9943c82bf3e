use super::ctx::Ctx;
use crate::domain::catalog::Text;
use crate::domain::messages::Lang;
use crate::domain::state::{Action, State};
use crate::domain::theme::Theme;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The date field, where focus goes after "Reset to today".
const DATE_FIELD: &str = ".dlvm-toolbar input[type=date]";

/// The chosen value of the `<select>` an event came from.
fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>()
        .map(|select| select.value())
        .unwrap_or_default()
}

/// The evaluation date, language, theme and copy-link controls. (A plain
/// function, not a component: each Yew component costs about 1 KB of the
/// gzip budget, and this one needs no state of its own.)
pub fn toolbar(ctx: &Ctx) -> Html {
    let state = &ctx.state;
    let strings = ctx.lang().strings();

    // A date applies only when whole and valid from 1970 (Chromium reports
    // each typed digit of the year: 0002, 0020, 0202, 2025).
    let on_date = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            if let Some(date) = State::typed_date(&value) {
                dispatch.emit(Action::SetDate(date));
            }
        })
    };
    let on_date_focus = ctx.dispatch.reform(|_: FocusEvent| Action::BeginDateEdit);
    // The button disables itself: focus goes back to the date.
    let on_reset = ctx.then_focus(|| Action::ResetDate, DATE_FIELD);
    let on_lang = ctx
        .dispatch
        .reform(|e: Event| Action::SetLang(Lang::from_tag(&select_value(&e)).unwrap_or(Lang::En)));
    let on_theme = ctx.dispatch.reform(|e: Event| {
        Action::SetTheme(Theme::from_slug(&select_value(&e)).unwrap_or(Theme::Auto))
    });
    let on_copy = {
        // A version is shared as its own page (made at build time), other
        // views as the timeline page with their hash.
        let url = ctx.share_url(&state.link());
        ctx.copy
            .reform(move |_: MouseEvent| (Text::Borrowed("link"), url.clone()))
    };
    let copy_message = match ctx.copied("link") {
        Some(true) => strings.link_copied,
        Some(false) => strings.copy_failed,
        None => "",
    };
    let theme_name = |theme: Theme| match theme {
        Theme::Auto => strings.theme_auto,
        Theme::Light => strings.theme_light,
        Theme::Dark => strings.theme_dark,
    };

    html! {
        <div class="dlvm-toolbar">
            <label class="dlvm-field">
                <span>{ strings.status_on }</span>
                <input type="date" class="dlvm-input" value={state.at.to_string()}
                    min="1970-01-01" max="9999-12-31" onchange={on_date} onfocus={on_date_focus} />
            </label>
            <button type="button" class="dlvm-button" onclick={on_reset}
                disabled={!state.at_chosen}>{ strings.reset_to_today }</button>
            <label class="dlvm-field">
                <span>{ strings.language }</span>
                <select class="dlvm-input" onchange={on_lang}>
                    <option value="en" selected={ctx.lang() == Lang::En} lang="en">{ "English" }</option>
                    <option value="es" selected={ctx.lang() == Lang::Es} lang="es">{ "Español" }</option>
                </select>
            </label>
            // Embedded, the page owns the theme (the widget follows it).
            if ctx.standalone {
                <label class="dlvm-field">
                    <span>{ strings.theme }</span>
                    <select class="dlvm-input" onchange={on_theme}>
                        { for Theme::ALL.into_iter().map(|t| html! {
                            <option value={t.slug()} selected={state.theme == t}>{ theme_name(t) }</option>
                        }) }
                    </select>
                </label>
            }
            <button type="button" class="dlvm-button" data-action="copy-link" onclick={on_copy}>{ strings.copy_link }</button>
            // Said aloud by the widget's status region; shown here.
            <span class="dlvm-status-text dlvm-copy-status">{ copy_message }</span>
        </div>
    }
}
