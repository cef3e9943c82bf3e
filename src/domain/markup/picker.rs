//! The whole widget's choice of what to show: the product switch (VM
//! images or containers) and the framework tabs of the chosen product,
//! each with its status counts at the evaluation date.

use super::{bool_text, element_id, Html, Part};
use crate::domain::catalog::{Catalog, Framework, Product};
use crate::domain::messages::{product_name, status_counts};
use crate::domain::policy::count_statuses;
use crate::domain::state::State;
use crate::domain::text::joined;

/// The id of `framework`'s tab (the tab panel is labelled by it).
pub fn tab_id(ids: &str, framework: Framework) -> String {
    element_id(ids, &joined(&["tab-", framework.slug()]))
}

/// The product switch: a pressed button per product (`data-product`).
pub fn products_parts(state: &State) -> Vec<Part> {
    let lang = state.lang;
    let mut out = Html(Vec::new());
    out.open("div", &[("class", "dlvm-products"), ("role", "group")])
        .attr("aria-label", lang.widget_strings().products);
    for product in Product::ALL {
        out.open("button", &[("type", "button"), ("class", "dlvm-product")])
            .attr("data-product", product.slug())
            .attr("aria-pressed", bool_text(product == state.product))
            .text(product_name(lang, product))
            .close();
    }
    out.close();
    out.0
}

/// The framework tabs (`data-framework`), the chosen one selected and the
/// one Tab stop; each controls the panel `{ids}-panel`.
pub fn tabs_parts(state: &State, catalog: &Catalog, ids: &str) -> Vec<Part> {
    let lang = state.lang;
    let mut out = Html(Vec::new());
    out.open("div", &[("class", "dlvm-tabs"), ("role", "tablist")])
        .attr("aria-label", lang.widget_strings().frameworks);
    let panel = element_id(ids, "panel");
    for framework in catalog.frameworks_of(state.product) {
        let selected = framework == state.framework;
        let counts = count_statuses(catalog, state.product, framework, state.at);
        out.open(
            "button",
            &[("type", "button"), ("role", "tab"), ("class", "dlvm-tab")],
        )
        .attr("id", &tab_id(ids, framework))
        .attr("aria-selected", bool_text(selected))
        .attr("aria-controls", &panel)
        .attr("tabindex", if selected { "0" } else { "-1" })
        .attr("data-framework", framework.slug())
        .element("span", "dlvm-tab-name", framework.name())
        .element("span", "dlvm-tab-counts", &status_counts(lang, &counts))
        .close();
    }
    out.close();
    out.0
}
