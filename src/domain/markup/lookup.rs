//! The whole widget's "check the image you run" form: a field for an image
//! family, a dated image name or a container URI, and what it was found to
//! be, with the closest versions when nothing matches.

use super::{element_id, Html, Part};
use crate::domain::lookup::{Lookup, MAX_INPUT};
use crate::domain::messages::{lookup_text, record_name};
use crate::domain::state::State;
use crate::domain::text::decimal;

/// The form, with the looked-up text in its field and `found` (the lookup
/// of that text) under it; `ids` prefixes its element ids. Its field and
/// button carry `data-action` (`lookup-field`, `lookup-submit`) so focus
/// stays on them when a result writes the form again. The result is
/// announced by the widget's status region; a closest version is a button
/// with its `data-version-id`.
pub fn lookup_parts(state: &State, found: Option<&Lookup>, ids: &str) -> Vec<Part> {
    let widget = state.lang.widget_strings();
    let field = element_id(ids, "lookup");
    let hint = element_id(ids, "lookup-hint");
    let mut out = Html(Vec::new());
    out.open("form", &[("class", "dlvm-lookup"), ("role", "search")])
        .open("label", &[])
        .attr("for", &field)
        .text(widget.lookup_label)
        .close()
        .open(
            "input",
            &[
                ("name", "lookup"),
                ("type", "search"),
                ("class", "dlvm-input"),
                ("spellcheck", "false"),
                ("autocomplete", "off"),
                ("data-action", "lookup-field"),
                ("placeholder", "pytorch-2-4-cu124-v20241118-debian-11-py310"),
            ],
        )
        .attr("id", &field)
        .attr("maxlength", &decimal(MAX_INPUT as u64))
        .attr("aria-describedby", &hint)
        .attr("value", state.lookup.as_deref().unwrap_or_default())
        .close()
        .open(
            "button",
            &[
                ("type", "submit"),
                ("class", "dlvm-button"),
                ("data-action", "lookup-submit"),
            ],
        )
        .text(widget.lookup_button)
        .close()
        .open("p", &[("class", "dlvm-muted dlvm-hint")])
        .attr("id", &hint)
        .text(widget.lookup_hint)
        .close()
        .open("div", &[("class", "dlvm-lookup-result")]);
    if let (Some(text), Some(found)) = (state.lookup.as_deref(), found) {
        out.attr("data-lookup", found.slug())
            .element("p", "", &lookup_text(state.lang, text, found))
            .open("ul", &[]);
        for record in found.closest() {
            out.open("li", &[])
                .open("button", &[("type", "button"), ("class", "dlvm-link")])
                .attr("data-version-id", &record.id)
                .text(&record_name(record))
                .close()
                .close();
        }
        out.close();
    }
    out.close().close();
    out.0
}
