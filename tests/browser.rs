//! Component tests in headless Chromium (wasm-bindgen-test):
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use dlvm_timeline::domain::date::Date;
use dlvm_timeline::ui::{App, AppProps};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the body for one test (never the runner's #output).
fn fresh_root() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    root
}

async fn render(at: &str) -> Element {
    let root = fresh_root();
    let props = AppProps {
        at: Some(Date::parse_iso(at).expect("valid date")),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn status_of(root: &Element, id: &str) -> Option<String> {
    root.query_selector(&format!("tr[data-version-id=\"{id}\"]"))
        .ok()
        .flatten()
        .and_then(|row| row.get_attribute("data-status"))
}

#[wasm_bindgen_test]
async fn renders_every_record_with_its_status_on_the_given_day() {
    let root = render("2026-04-14").await;
    let widget = root
        .query_selector("[data-as-of]")
        .ok()
        .flatten()
        .expect("widget root");
    assert_eq!(
        widget.get_attribute("data-as-of").as_deref(),
        Some("2026-04-14")
    );
    let rows = root
        .query_selector_all("tr[data-version-id]")
        .expect("rows");
    assert_eq!(rows.length(), 38);
    assert_eq!(
        status_of(&root, "pytorch/2.7").as_deref(),
        Some("deprecated")
    );
    assert_eq!(
        status_of(&root, "pytorch/2.9-ubuntu-2404").as_deref(),
        Some("supported")
    );
    assert_eq!(
        status_of(&root, "tensorflow/2.16").as_deref(),
        Some("deprecated")
    );
    assert_eq!(
        status_of(&root, "tensorflow/2.3").as_deref(),
        Some("unavailable")
    );
}
