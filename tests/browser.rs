//! Component tests in headless Chromium (wasm-bindgen-test): render, click,
//! keyboard. `cargo test --target wasm32-unknown-unknown --test browser`.
//! Each test renders into its own fresh element, with a fixed "today".
#![cfg(target_arch = "wasm32")]

use dlvm_timeline::domain::date::Date;
use dlvm_timeline::domain::messages::Lang;
use dlvm_timeline::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

const TODAY: Date = Date::known(2026, 11, 26);

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

async fn render(link: &str, lang: Option<Lang>) -> Element {
    render_props(AppProps {
        today: Some(TODAY),
        link: Some(link.to_owned().into()),
        lang,
        ..AppProps::default()
    })
    .await
}

async fn render_props(props: AppProps) -> Element {
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// The props of the widget at `link` on a generated catalog of `records`
/// versions (the benchmark's), leaked as the page's catalog is.
fn generated_props(records: usize, link: &str) -> AppProps {
    use dlvm_timeline::domain::synthetic::synthetic_catalog;
    use dlvm_timeline::ui::CatalogRef;
    let catalog = synthetic_catalog(records, &dlvm_timeline::shipped::SHIPPED);
    AppProps {
        catalog: CatalogRef(Box::leak(Box::new(catalog))),
        today: Some(TODAY),
        link: Some(link.to_owned().into()),
        ..AppProps::default()
    }
}

/// The widget at `link` on a generated catalog of `records` versions.
async fn render_generated(records: usize, link: &str) -> Element {
    render_props(generated_props(records, link)).await
}

/// Waits until nothing in `root` is being written (`aria-busy`): a long
/// chart or table is written over the frames after its render.
async fn settled(root: &Element) {
    for _ in 0..200 {
        if find(root, "[aria-busy]").is_none() {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("still being written after 2 s");
}

/// Focuses the element `selector` finds in `root`.
fn focus(root: &Element, selector: &str) {
    find(root, selector)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .expect("an element to focus")
        .focus()
        .expect("focus");
}

/// The attribute `name` of the focused element.
fn focused_attr(name: &str) -> Option<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.get_attribute(name))
}

/// The `data-version-id` of the focused element.
fn focused_version() -> Option<String> {
    focused_attr("data-version-id")
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    find(root, selector).and_then(|e| e.get_attribute(name))
}

fn all_attr(root: &Element, selector: &str, name: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter_map(|e| e.get_attribute(name))
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

async fn click(root: &Element, selector: &str) {
    let element: HtmlElement = find(root, selector)
        .unwrap_or_else(|| panic!("{selector} is rendered"))
        .dyn_into()
        .expect("an HTML element");
    element.click();
    yew::scheduler::flush().await;
}

async fn key(root: &Element, selector: &str, name: &str) {
    let target = find(root, selector).unwrap_or_else(|| panic!("{selector} is rendered"));
    let init = KeyboardEventInit::new();
    init.set_key(name);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn renders_the_frameworks_versions_with_their_status() {
    let root = render("#/pytorch?at=2026-04-14", None).await;
    assert_eq!(
        attr(&root, ".dlvm", "data-as-of").as_deref(),
        Some("2026-04-14")
    );
    // PyTorch on 2026-04-14: 2.9 supported, 2.7 just deprecated, older ones
    // unavailable and hidden by default (something is still available).
    let rows = all_attr(&root, "tr[data-version-id]", "data-version-id");
    assert_eq!(
        rows,
        [
            "pytorch/2.9-ubuntu-2404",
            "pytorch/2.9-ubuntu-2204",
            "pytorch/2.7",
            "pytorch/2.4",
            "pytorch/2.3"
        ]
    );
    let statuses = all_attr(&root, "tr[data-version-id]", "data-status");
    assert_eq!(
        statuses,
        [
            "supported",
            "supported",
            "deprecated",
            "deprecated",
            "deprecated"
        ]
    );
    // The timeline draws every record, the same ids and statuses.
    let bars = all_attr(&root, ".dlvm-bar[data-version-id]", "data-version-id");
    assert_eq!(bars.len(), 11);
    assert_eq!(
        attr(
            &root,
            ".dlvm-bar[data-version-id='pytorch/2.7']",
            "data-status"
        )
        .as_deref(),
        Some("deprecated")
    );
    // The picker counts per status.
    assert_eq!(
        text(&root, "[data-framework=pytorch] .dlvm-tab-counts"),
        "2 supported · 3 deprecated · 6 unavailable"
    );
}

#[wasm_bindgen_test]
async fn the_hide_toggle_shows_unavailable_versions() {
    let root = render("#/pytorch", None).await;
    assert_eq!(
        all_attr(&root, "tr[data-version-id]", "data-version-id").len(),
        3
    );
    click(&root, ".dlvm-check input").await;
    assert_eq!(
        all_attr(&root, "tr[data-version-id]", "data-version-id").len(),
        11
    );
}

#[wasm_bindgen_test]
async fn clicking_a_version_opens_its_details_with_warnings_and_advice() {
    let root = render("#/tensorflow", None).await;
    assert!(find(&root, "[data-selected]").is_none());
    click(&root, "tr[data-version-id='tensorflow/2.16'] button").await;
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("tensorflow/2.16")
    );
    assert_eq!(
        attr(&root, "[data-selected]", "data-status").as_deref(),
        Some("unavailable")
    );
    let warnings = all_attr(&root, "[data-warning]", "data-warning");
    assert_eq!(warnings, ["unavailable", "python-eol"]);
    // The catalog's age is said once, outside the details, not as a warning.
    assert_eq!(
        all_attr(&root, "[data-notice]", "data-notice"),
        ["catalog-stale"]
    );
    assert!(find(&root, "[data-selected] [data-notice]").is_none());
    assert_eq!(
        attr(&root, "[data-upgrade-to]", "data-upgrade-to").as_deref(),
        Some("pytorch/2.9-ubuntu-2404")
    );
    assert_eq!(
        attr(
            &root,
            "tr[data-version-id='tensorflow/2.16']",
            "aria-current"
        )
        .as_deref(),
        Some("true")
    );
    // Following the advice opens the advised record.
    click(&root, "[data-upgrade-to] button").await;
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("pytorch/2.9-ubuntu-2404")
    );
    assert_eq!(
        attr(&root, "[role=tab][aria-selected=true]", "data-framework").as_deref(),
        Some("pytorch")
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_framework_tabs() {
    let root = render("#/tensorflow", None).await;
    key(&root, "[data-framework=tensorflow]", "ArrowRight").await;
    assert_eq!(
        attr(&root, "[role=tab][aria-selected=true]", "data-framework").as_deref(),
        Some("pytorch")
    );
    key(&root, "[data-framework=pytorch]", "End").await;
    assert_eq!(
        attr(&root, "[role=tab][aria-selected=true]", "data-framework").as_deref(),
        Some("base")
    );
    key(&root, "[data-framework=base]", "ArrowRight").await;
    assert_eq!(
        attr(&root, "[role=tab][aria-selected=true]", "data-framework").as_deref(),
        Some("tensorflow")
    );
    assert_eq!(
        attr(&root, "[data-framework=tensorflow]", "tabindex").as_deref(),
        Some("0")
    );
    assert_eq!(
        attr(&root, "[data-framework=pytorch]", "tabindex").as_deref(),
        Some("-1")
    );
}

#[wasm_bindgen_test]
async fn the_chart_is_one_tab_stop_and_arrows_move_between_bars() {
    let root = render("#/base/cu128", None).await;
    // Only the selected bar is in the Tab order; it is marked current.
    assert_eq!(
        all_attr(&root, ".dlvm-bar[tabindex='0']", "data-version-id"),
        ["base/cu128"]
    );
    assert_eq!(
        all_attr(&root, ".dlvm-bar[aria-current=true]", "data-version-id"),
        ["base/cu128"]
    );
    assert!(find(&root, ".dlvm-bar[aria-pressed]").is_none());
    focus(&root, ".dlvm-bar[data-version-id='base/cu128']");
    let ids = all_attr(&root, ".dlvm-bar", "data-version-id");
    let position = ids.iter().position(|id| id == "base/cu128").expect("a bar");
    key(
        &root,
        ".dlvm-bar[data-version-id='base/cu128']",
        "ArrowDown",
    )
    .await;
    assert_eq!(focused_version(), ids.get(position + 1).cloned());
    key(&root, ".dlvm-chart .dlvm-bar:focus", "Home").await;
    assert_eq!(focused_version(), ids.first().cloned());
    key(&root, ".dlvm-chart .dlvm-bar:focus", "ArrowUp").await;
    assert_eq!(
        focused_version(),
        ids.first().cloned(),
        "Up stops at the first bar"
    );
    key(&root, ".dlvm-chart .dlvm-bar:focus", "End").await;
    assert_eq!(focused_version(), ids.last().cloned());
    // Moving focus moves the Tab stop with it; it selects nothing.
    assert_eq!(
        all_attr(&root, ".dlvm-bar[tabindex='0']", "data-version-id"),
        [ids.last().cloned().expect("a bar")]
    );
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("base/cu128")
    );
}

#[wasm_bindgen_test]
async fn arrows_cross_the_chart_s_groups_of_bars() {
    let root = render_generated(200, "#/tensorflow").await;
    settled(&root).await;
    let ids = all_attr(&root, ".dlvm-bar", "data-version-id");
    let first_group = all_attr(
        &root,
        ".dlvm-axis + .dlvm-bars .dlvm-bar",
        "data-version-id",
    );
    assert!(
        ids.len() > first_group.len(),
        "the bars fill more than one group"
    );
    let last_of_group = first_group.last().expect("a bar");
    let bar = format!(".dlvm-bar[data-version-id='{last_of_group}']");
    focus(&root, &bar);
    key(&root, &bar, "ArrowDown").await;
    assert_eq!(focused_version(), ids.get(first_group.len()).cloned());
    key(&root, ".dlvm-chart .dlvm-bar:focus", "ArrowUp").await;
    assert_eq!(focused_version().as_ref(), Some(last_of_group));
    key(&root, ".dlvm-chart .dlvm-bar:focus", "End").await;
    assert_eq!(focused_version(), ids.last().cloned());
    key(&root, ".dlvm-chart .dlvm-bar:focus", "Home").await;
    assert_eq!(focused_version(), ids.first().cloned());
}

/// Whether the browser renders `element` (false inside content it skips
/// for `content-visibility: auto`), read with `checkVisibility`.
fn rendered(element: &Element) -> bool {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"contentVisibilityAuto".into(), &true.into());
    js_sys::Reflect::get(element, &"checkVisibility".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(element, &options).ok())
        .and_then(|v| v.as_bool())
        .expect("checkVisibility")
}

#[wasm_bindgen_test]
async fn a_long_chart_and_table_far_off_screen_are_skipped_until_they_come_near() {
    use std::time::Duration;
    // The widget's stylesheet, as a page links it (this runner's page has none).
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let style = document.create_element("style").expect("style");
    style.set_text_content(Some(include_str!("../static/widget.css")));
    document
        .head()
        .expect("a head")
        .append_child(&style)
        .expect("appended");
    let root = render_generated(2000, "#/tensorflow").await;
    settled(&root).await;
    root.scroll_into_view();
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    let bars = |selector: &str| find(&root, selector).expect(selector);
    assert!(rendered(&bars(".dlvm-axis + .dlvm-bars .dlvm-bar")));
    assert!(!rendered(&bars(".dlvm-bars:last-child .dlvm-bar")));
    let rows = all_attr(&root, ".dlvm-table tbody tr", "data-version-id").len();
    assert!(rows > 40, "a long table: {rows} rows");
    assert!(!rendered(&bars(".dlvm-table tbody tr")));
    // Brought on screen, the last group is shown.
    bars(".dlvm-bars:last-child").scroll_into_view();
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    assert!(rendered(&bars(".dlvm-bars:last-child .dlvm-bar")));
    style.remove();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_long_chart_and_table_are_written_in_parts_then_whole_with_their_marks() {
    let busy = |root: &Element| all_attr(root, "[aria-busy]", "aria-busy");
    let bars = |root: &Element| all_attr(root, ".dlvm-bar", "data-version-id");
    let root = render_generated(2000, "#/tensorflow").await;
    // The render writes what a screen shows; the chart and the table say
    // they are being written.
    let first = bars(&root);
    assert_eq!(busy(&root), ["true", "true"]);
    assert!(find(&root, ".dlvm-table tbody tr").is_some());
    settled(&root).await;
    let ids = bars(&root);
    assert!(
        first.len() < ids.len(),
        "{} of {} bars at first",
        first.len(),
        ids.len()
    );
    assert_eq!(
        ids[..first.len()],
        first[..],
        "the first bars kept, in order"
    );
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "each version once");
    assert!(busy(&root).is_empty());
    root.remove();
    // The version at the end of the list, opened by its link: its bar and
    // row are marked once they are written.
    let last = ids.last().expect("a bar");
    let root = render_generated(2000, &format!("#/{last}")).await;
    assert_eq!(find(&root, ".dlvm-bar[aria-current]"), None);
    settled(&root).await;
    let marked = |selector: &str| attr(&root, selector, "data-version-id");
    assert_eq!(marked(".dlvm-bar[aria-current=true]").as_ref(), Some(last));
    assert_eq!(marked(".dlvm-bar[tabindex='0']").as_ref(), Some(last));
    assert_eq!(marked("tr[aria-current=true]").as_ref(), Some(last));
    root.remove();
}

#[wasm_bindgen_test]
async fn another_framework_chosen_while_a_long_chart_is_written_leaves_the_old_one_and_writes_its_own(
) {
    let root = render_generated(2000, "#/tensorflow").await;
    let old = find(&root, ".dlvm-timeline[aria-busy]").expect("a chart being written");
    let old_bars = old.query_selector_all(".dlvm-bar").expect("bars").length();
    click(&root, "[role=tab][data-framework=pytorch]").await;
    settled(&root).await;
    // Nothing more was written into the chart the page no longer shows.
    assert_eq!(
        old.query_selector_all(".dlvm-bar").expect("bars").length(),
        old_bars
    );
    let ids = all_attr(&root, ".dlvm-bar", "data-version-id");
    assert!(ids.len() > 100, "{} bars", ids.len());
    assert!(
        ids.iter().all(|id| id.starts_with("pytorch/")),
        "only PyTorch's bars"
    );
    let rows = all_attr(&root, "tr[data-version-id]", "data-version-id");
    assert!(
        rows.iter().all(|id| id.starts_with("pytorch/")),
        "only PyTorch's rows"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_long_chart_written_again_with_focus_in_it_is_written_whole_and_keeps_focus() {
    let root = render_generated(2000, "#/tensorflow").await;
    settled(&root).await;
    let toggle = ".dlvm-timeline [data-action=whole-history]";
    focus(&root, toggle);
    click(&root, toggle).await;
    // Focus was in the chart: the new one is whole at once (no later
    // frames), so the control that had focus is there to take it again.
    assert_eq!(find(&root, "[aria-busy]"), None);
    yew::platform::time::sleep(std::time::Duration::from_millis(0)).await;
    assert_eq!(
        focused_attr("data-action").as_deref(),
        Some("whole-history")
    );
    assert_eq!(
        attr(&root, toggle, "aria-pressed").as_deref(),
        Some("true"),
        "the chart was written again"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_keyboard_reader_moving_into_a_long_chart_being_written_gets_it_whole() {
    let root = render_generated(2000, "#/tensorflow").await;
    assert!(find(&root, ".dlvm-timeline[aria-busy]").is_some());
    focus(&root, ".dlvm-bar");
    yew::scheduler::flush().await;
    assert_eq!(find(&root, ".dlvm-timeline[aria-busy]"), None);
    let ids = all_attr(&root, ".dlvm-bar", "data-version-id");
    key(&root, ".dlvm-chart .dlvm-bar:focus", "End").await;
    assert_eq!(focused_version(), ids.last().cloned());
    settled(&root).await;
    assert_eq!(all_attr(&root, ".dlvm-bar", "data-version-id"), ids);
    root.remove();
}

#[wasm_bindgen_test]
async fn an_instance_unmounted_while_a_long_chart_is_written_stops_writing_it() {
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        generated_props(2000, "#/tensorflow"),
    )
    .render();
    yew::scheduler::flush().await;
    let chart = find(&root, ".dlvm-timeline[aria-busy]").expect("a chart being written");
    let bars = chart
        .query_selector_all(".dlvm-bar")
        .expect("bars")
        .length();
    app.destroy();
    // The frames after it write nothing more (and nothing fails).
    yew::platform::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(find(&root, ".dlvm").is_none());
    assert_eq!(
        chart
            .query_selector_all(".dlvm-bar")
            .expect("bars")
            .length(),
        bars
    );
    root.remove();
}

#[wasm_bindgen_test]
fn the_writer_stops_after_a_whole_version_and_goes_on_where_it_stopped() {
    use dlvm_timeline::domain::markup::Part::{self, Attr, Close, Open, Text};
    use dlvm_timeline::lite::{write, write_some, Open as Opened};
    let version = |id: &'static str| {
        [
            Open("div"),
            Attr("data-version-id", id.into()),
            Open("span"),
            Text(id.to_owned()),
            Close,
            Close,
        ]
    };
    let parts: Vec<Part> = [Open("div")]
        .into_iter()
        .chain(version("a/1"))
        .chain(version("a/2"))
        .chain(version("a/3"))
        .chain([Close])
        .collect();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let whole = document.create_element("div").expect("a div");
    write(&document, &whole, &parts).expect("written");
    let holder = document.create_element("div").expect("a div");
    let mut open = vec![Opened::new(holder.clone())];
    // Four elements asked for: the list, the first version's two, then the
    // second version's first; it stops once that version is whole.
    let count = write_some(&document, &mut open, &parts, 4).expect("written");
    assert_eq!(count, 13);
    assert_eq!(
        holder.inner_html(),
        "<div><div data-version-id=\"a/1\"><span>a/1</span></div><div data-version-id=\"a/2\"><span>a/2</span></div></div>"
    );
    let rest = write_some(&document, &mut open, &parts[count..], usize::MAX).expect("written");
    assert_eq!(count + rest, parts.len());
    assert_eq!(holder.inner_html(), whole.inner_html());
}

#[wasm_bindgen_test]
fn a_part_the_page_refuses_leaves_nothing_to_finish() {
    use dlvm_timeline::domain::markup::Part::{self, Attr, Close, Open, Text};
    use dlvm_timeline::ui::widgets::{written, Writtens};
    let versions = (0..50).flat_map(|i| {
        [
            Open("div"),
            Attr("data-version-id", format!("a/{i}").into()),
            Close,
        ]
    });
    let long: Vec<Part> = [Open("div")]
        .into_iter()
        .chain(versions)
        .chain([Close])
        .collect();
    let writtens = Writtens::default();
    written(&writtens.chart, long, 10).expect("written");
    assert!(writtens.busy(), "ten elements of fifty-one written");
    // Markup that makes no element: nothing is placed, and nothing is left
    // to write (the instance would render again every frame).
    let none = written(&writtens.chart, vec![Text("no element".into())], 10);
    assert!(none.is_none());
    assert!(!writtens.busy());
}

#[wasm_bindgen_test]
async fn enter_on_a_timeline_bar_selects_its_record() {
    let root = render("#/base", None).await;
    key(&root, ".dlvm-bar[data-version-id='base/cu128']", "Enter").await;
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("base/cu128")
    );
    assert_eq!(
        attr(&root, "[data-selected]", "data-status").as_deref(),
        Some("deprecated")
    );
    key(
        &root,
        ".dlvm-bar[data-version-id='base/cu129-ubuntu-2204']",
        " ",
    )
    .await;
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("base/cu129-ubuntu-2204")
    );
}

#[wasm_bindgen_test]
async fn changing_the_as_of_date_re_evaluates_everything() {
    let root = render("#/pytorch/2.7", None).await;
    assert_eq!(
        attr(&root, "[data-selected]", "data-status").as_deref(),
        Some("deprecated")
    );
    let input: HtmlInputElement = find(&root, "input[type=date]")
        .expect("date input")
        .dyn_into()
        .expect("input");
    input.set_value("2026-02-01");
    input
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("change", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .expect("event"),
        )
        .expect("dispatched");
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, ".dlvm", "data-as-of").as_deref(),
        Some("2026-02-01")
    );
    assert_eq!(
        attr(&root, "[data-selected]", "data-status").as_deref(),
        Some("supported")
    );
    // End of patch 2026-04-13 is 71 days away; driver 570 ended 2026-01-27.
    assert_eq!(
        all_attr(&root, "[data-warning]", "data-warning"),
        ["end-of-patch-soon", "driver-eol"]
    );
    click(&root, ".dlvm-toolbar button").await; // reset to today
    assert_eq!(
        attr(&root, ".dlvm", "data-as-of").as_deref(),
        Some("2026-11-26")
    );
}

#[wasm_bindgen_test]
async fn spanish_from_the_link_or_the_embedder() {
    let root = render("#/base/cu128?lang=es", None).await;
    assert_eq!(attr(&root, ".dlvm", "lang").as_deref(), Some("es"));
    assert_eq!(text(&root, "thead th:nth-child(2)"), "Versión");
    assert!(text(&root, "[data-selected] .dlvm-badge").contains("obsoleta"));
    let root = render("#/base", Some(Lang::Es)).await;
    assert!(text(&root, "[data-framework=base] .dlvm-tab-counts").contains("con asistencia"));
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_a_notice_and_a_sane_view() {
    let root = render("#/tensorflow/9.9?at=2026-13-01", None).await;
    let notice = text(&root, ".dlvm-notice");
    assert!(
        notice.contains("No version tensorflow/9.9 — showing TensorFlow."),
        "{notice}"
    );
    assert!(notice.contains("“2026-13-01” is not a date"), "{notice}");
    assert_eq!(
        attr(&root, "[role=tab][aria-selected=true]", "data-framework").as_deref(),
        Some("tensorflow")
    );
    assert_eq!(
        all_attr(&root, "tr[data-version-id]", "data-version-id").len(),
        14
    );
    click(&root, ".dlvm-notice button").await;
    assert!(find(&root, ".dlvm-notice").is_none());
}

#[wasm_bindgen_test]
async fn the_product_switch_changes_frameworks_and_records() {
    let root = render("#/pytorch?at=2025-01-01", None).await;
    assert_eq!(
        attr(&root, ".dlvm-product[aria-pressed=true]", "data-product").as_deref(),
        Some("vm")
    );
    assert!(
        find(&root, "[data-framework=vllm]").is_none(),
        "no vLLM VM images"
    );
    click(&root, ".dlvm-product[data-product=containers]").await;
    assert_eq!(
        attr(&root, ".dlvm-product[aria-pressed=true]", "data-product").as_deref(),
        Some("containers")
    );
    assert!(
        find(&root, "[data-framework=vllm]").is_some(),
        "vLLM containers"
    );
    let rows = all_attr(&root, "tr[data-version-id]", "data-version-id");
    assert!(
        !rows.is_empty() && rows.iter().all(|id| id.starts_with("containers/pytorch/")),
        "{rows:?}"
    );
}

#[wasm_bindgen_test]
async fn ticking_rows_enables_the_calendar_download() {
    let root = render("#/pytorch?at=2025-01-01", None).await;
    let button =
        || find(&root, "[data-action=calendar-ticked]").map(|b| b.has_attribute("disabled"));
    assert_eq!(button(), Some(true), "nothing ticked");
    click(&root, "input[data-tick='pytorch/2.4']").await;
    assert_eq!(button(), Some(false));
    assert!(text(&root, "[data-action=calendar-ticked]").ends_with("(1)"));
}

/// Types `text` into the lookup field and submits its form, as a reader
/// pressing Enter would.
async fn check_image(root: &Element, text: &str) {
    let input: HtmlInputElement = find(root, ".dlvm-lookup input[name=lookup]")
        .expect("lookup field")
        .dyn_into()
        .expect("input");
    input.set_value(text);
    let form: web_sys::HtmlFormElement = find(root, "form.dlvm-lookup")
        .expect("lookup form")
        .dyn_into()
        .expect("form");
    form.request_submit().expect("submitted");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn pasting_a_dated_image_name_opens_its_record_with_the_latest_image_check() {
    let root = render("#/tensorflow", None).await;
    assert_eq!(attr(&root, ".dlvm-lookup-result", "data-lookup"), None);
    check_image(&root, " pytorch-2-4-cu124-v20241118-debian-11-py310 ").await;
    assert_eq!(
        attr(&root, ".dlvm-lookup-result", "data-lookup").as_deref(),
        Some("found")
    );
    assert!(text(&root, ".dlvm-lookup-result").contains("is PyTorch 2.4"));
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("pytorch/2.4")
    );
    assert_eq!(
        attr(&root, "[data-image-built]", "data-image-built").as_deref(),
        Some("2024-11-18")
    );
    // Built two years before today: a newer image of the family exists.
    assert!(all_attr(&root, "[data-warning]", "data-warning")
        .contains(&"newer-image-available".to_owned()));
    assert!(text(&root, ".dlvm-dates").contains("pytorch-2-4-cu124-debian-11-py310"));
    // The catalog doesn't know PyTorch 2.4's OS; the name says Debian 11,
    // so its end of life and the move to the advised OS are told.
    assert!(text(&root, ".dlvm-facts").contains("Debian 11 (from your image name)"));
    assert!(all_attr(&root, "[data-warning]", "data-warning").contains(&"os-eol".to_owned()));
    assert!(text(&root, ".dlvm-advice").contains("OS: Debian 11 →"));
    // An empty field ends the check; the record stays open.
    check_image(&root, "").await;
    assert_eq!(attr(&root, ".dlvm-lookup-result", "data-lookup"), None);
    assert_eq!(find(&root, "[data-image-built]").map(|_| ()), None);
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("pytorch/2.4")
    );
}

#[wasm_bindgen_test]
async fn a_name_that_contradicts_its_record_opens_it_with_a_data_quality_note() {
    let root = render("#/tensorflow", Some(Lang::Es)).await;
    check_image(&root, "tf-2-15-cu121-v20240417-debian-11").await;
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("tensorflow/2.15")
    );
    // The record's CUDA stays; the name's is said, in the reader's language.
    assert!(text(&root, ".dlvm-facts").contains("CUDA 12.2"));
    assert_eq!(
        text(&root, "[data-name-disagrees]"),
        "El nombre de tu imagen dice CUDA 12.1, donde el catálogo dice CUDA 12.2: se mantienen los datos del catálogo."
    );
    // The OS the record leaves unknown comes from the name.
    assert!(text(&root, ".dlvm-facts").contains("Debian 11 (según el nombre de tu imagen)"));
    // A name that agrees with its record gets no such note; a CPU image of
    // a CPU and GPU record has no CUDA (the record's is its GPU image's).
    check_image(&root, "tf-2-15-cpu-v20240417-py310").await;
    assert_eq!(find(&root, "[data-name-disagrees]").map(|_| ()), None);
    assert!(!text(&root, ".dlvm-facts").contains("CUDA"));
}

#[wasm_bindgen_test]
async fn a_name_the_catalog_lacks_is_said_so_with_the_closest_versions() {
    let root = render("#/pytorch/2.4", None).await;
    check_image(&root, "tf-2-18-cu123-py310").await;
    assert_eq!(
        attr(&root, ".dlvm-lookup-result", "data-lookup").as_deref(),
        Some("not-in-catalog")
    );
    assert!(text(&root, ".dlvm-lookup-result").contains("newer than the catalog"));
    // Never a silent wrong match: nothing is selected.
    assert_eq!(find(&root, "[data-selected]").map(|_| ()), None);
    assert_eq!(
        all_attr(
            &root,
            ".dlvm-lookup-result [data-version-id]",
            "data-version-id"
        ),
        ["tensorflow/2.17", "tensorflow/2.16", "tensorflow/2.15"]
    );
    click(&root, ".dlvm-lookup-result [data-version-id]").await;
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("tensorflow/2.17")
    );
    assert_eq!(attr(&root, ".dlvm-lookup-result", "data-lookup"), None);
    // A rolling family and TensorFlow Enterprise are said to be one.
    for (name, answer) in [
        ("pytorch-latest-gpu", "rolling"),
        ("tf-ent-2-11-cu113", "retired"),
        ("jax-0-4", "not-recognized"),
    ] {
        check_image(&root, name).await;
        assert_eq!(
            attr(&root, ".dlvm-lookup-result", "data-lookup").as_deref(),
            Some(answer)
        );
    }
    assert!(text(&root, ".dlvm-lookup-result").contains("jax-0-4"));
    // TensorFlow Enterprise's answer says what Google's release notes said
    // of the line and of the version the name prints, and gives no dates of
    // the policy's.
    check_image(&root, "tf2-ent-2-5-cu110").await;
    let answer = text(&root, ".dlvm-lookup-result");
    assert!(answer.contains("which Google no longer lists"), "{answer}");
    assert!(
        answer.contains("2.5 released 14 May 2021 without Long Term Version Support (M70)"),
        "{answer}"
    );
    assert!(
        answer.contains("2.5 deprecated 18 Aug 2021 (M78)"),
        "{answer}"
    );
    assert_eq!(find(&root, "[data-selected]").map(|_| ()), None);
}

#[wasm_bindgen_test]
async fn a_lookup_link_shows_the_pasted_container_and_its_record() {
    let uri = "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:m125";
    let root = render(&format!("#/lookup/{uri}"), Some(Lang::Es)).await;
    let input: HtmlInputElement = find(&root, ".dlvm-lookup input")
        .expect("lookup field")
        .dyn_into()
        .expect("input");
    assert_eq!(input.value(), uri);
    assert_eq!(
        attr(&root, "[data-selected]", "data-selected").as_deref(),
        Some("containers/tensorflow/2.17")
    );
    assert_eq!(
        attr(&root, "[data-product][aria-pressed=true]", "data-product").as_deref(),
        Some("containers")
    );
    assert!(text(&root, ".dlvm-lookup-result").starts_with("«us-docker"));
    // A container URI has no build date: only the image to use is shown.
    assert_eq!(find(&root, "[data-image-built]").map(|_| ()), None);
    assert!(text(&root, ".dlvm-dates").contains(&uri[..uri.len() - 5]));
}
