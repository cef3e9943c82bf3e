//! The whole widget's toolbar: the evaluation date, "reset to today", the
//! language, the theme (on the standalone page only: embedded, the page
//! owns it) and "copy link".
//!
//! What changes while a reader works in it is not written here: the date's
//! value, whether "reset" is enabled and the copy button's outcome are set
//! in place by the widget, so typing a date never has its field written
//! again under the caret. The parts change only with the language, the
//! theme and where the widget stands.

use super::{element_id, Html, Part};
use crate::domain::lang::Lang;
use crate::domain::state::State;
use crate::domain::theme::Theme;

/// The widget's head: its title (`{ids}-title`, where focus goes after
/// "dismiss") and the toolbar's controls, each named by its `data-action`:
/// `date`, `reset-date`, `lang`, `theme`, `copy-link`; the copy outcome
/// goes in `.dlvm-copy-status`.
pub fn toolbar_parts(state: &State, standalone: bool, ids: &str) -> Vec<Part> {
    let strings = state.lang.strings();
    let widget = state.lang.widget_strings();
    let mut out = Html(Vec::new());
    out.open("header", &[("class", "dlvm-head")])
        .open("h2", &[("class", "dlvm-title"), ("tabindex", "-1")])
        .attr("id", &element_id(ids, "title"))
        .text(widget.title)
        .close()
        .open("div", &[("class", "dlvm-toolbar")])
        .open("label", &[("class", "dlvm-field")])
        .element("span", "", widget.status_on)
        .open(
            "input",
            &[
                ("type", "date"),
                ("class", "dlvm-input"),
                ("min", "1970-01-01"),
                ("max", "9999-12-31"),
                ("data-action", "date"),
            ],
        )
        .close()
        .close()
        .open(
            "button",
            &[
                ("type", "button"),
                ("class", "dlvm-button"),
                ("data-action", "reset-date"),
            ],
        )
        .text(widget.reset_to_today)
        .close();
    let languages = Lang::ALL.map(|lang| {
        let name = match lang {
            Lang::En => "English",
            Lang::Es => "Español",
        };
        (lang.code(), name, lang == state.lang, Some(lang.code()))
    });
    choice(&mut out, widget.language, "lang", &languages);
    if standalone {
        let themes = Theme::ALL.map(|theme| {
            let name = match theme {
                Theme::Auto => widget.theme_auto,
                Theme::Light => widget.theme_light,
                Theme::Dark => widget.theme_dark,
            };
            (theme.slug(), name, theme == state.theme, None)
        });
        choice(&mut out, strings.theme, "theme", &themes);
    }
    out.open(
        "button",
        &[
            ("type", "button"),
            ("class", "dlvm-button"),
            ("data-action", "copy-link"),
        ],
    )
    .text(widget.copy_link)
    .close()
    // Said aloud by the widget's status region; shown here.
    .open("span", &[("class", "dlvm-status-text dlvm-copy-status")])
    .close()
    .close()
    .close();
    out.0
}

/// A labelled `<select>` (`data-action` = `action`) of (value, name,
/// chosen, the name's language) options.
fn choice(out: &mut Html, label: &str, action: &str, options: &[(&str, &str, bool, Option<&str>)]) {
    out.open("label", &[("class", "dlvm-field")])
        .element("span", "", label)
        .open("select", &[("class", "dlvm-input")])
        .attr("data-action", action);
    for &(value, name, chosen, lang) in options {
        out.open("option", &[]).attr("value", value);
        if chosen {
            out.attr("selected", "");
        }
        if let Some(lang) = lang {
            out.attr("lang", lang);
        }
        out.text(name).close();
    }
    out.close().close();
}
