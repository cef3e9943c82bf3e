//! The few browser facilities both web entries use (the widget, `ui`, and
//! the badge and card, `lite`), each wrapped so that a missing one (no
//! clipboard, a sandboxed frame) degrades instead of panicking. No Yew:
//! the badge-and-card entry is built without it.

pub mod host;

use crate::domain::date::Date;
use crate::domain::link::{self, Link};
use crate::domain::messages::Lang;
use crate::domain::text::joined;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The reader's local calendar date: the policy's "today".
pub fn local_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(crate::shipped::SHIPPED.as_of)
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The location hash, `#` included (empty when there is none).
pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Records `hash` in the session history: a new entry (`push`) or in place.
/// Neither fires `hashchange`, so the widget does not hear its own writes.
pub fn write_hash(hash: &str, push: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(hash))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(hash))
    };
}

/// The record id of the `[data-version-id]` element an event happened in
/// (a bar, a closest-version button): events are handled once on a
/// container rather than by a listener per element — with thousands of
/// records there are thousands of bars.
pub fn version_id_at(event: &web_sys::Event) -> Option<crate::domain::catalog::Text> {
    closest_at(event, "[data-version-id]")?
        .get_attribute("data-version-id")
        .map(crate::domain::catalog::Text::Owned)
}

/// The element matching `selector` that an event happened in (its target
/// or an ancestor): what one listener on a container reads.
pub fn closest_at(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok()?
}

/// The page address with `hash` in place of its own.
pub fn url_with_hash(hash: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    joined(&[base, hash])
}

/// Where `link` is shared: the version's own page or the timeline page
/// (`link::share_target`), as an address in the bundle's `folder`.
pub fn share_url(folder: &str, link: &Link, lang: Lang) -> String {
    joined(&[folder, &link::share_target(link, lang)])
}

/// The full view's address for `link` (same date and language) in the
/// bundle's `folder`: the version's own page or the timeline page
/// (`link::share_target`). A version's own page never links to itself:
/// there, it opens the timeline page.
pub fn full_view_href(folder: &str, link: &Link, lang: Lang) -> String {
    let url = share_url(folder, link, lang);
    let here = url_with_hash("");
    if url.split('#').next() == Some(here.as_str()) {
        joined(&[folder, "index.html", &link::format(link)])
    } else {
        url
    }
}

/// The page's folder: its address up to and including the last `/` of the
/// path (no file, query or hash).
pub fn page_folder() -> String {
    // The browser resolves `.` against the page (one call, no string code).
    let href = url_with_hash("");
    web_sys::Url::new_with_base(".", &href)
        .map(|url| url.href())
        .unwrap_or(href)
}

/// The page's `<html lang>`, when set.
pub fn page_lang() -> Option<String> {
    let lang = window()?
        .document()?
        .document_element()?
        .get_attribute("lang")?;
    (!lang.trim().is_empty()).then_some(lang)
}

/// The browser's preferred languages, in the reader's order.
pub fn browser_langs() -> Vec<String> {
    window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// Focuses the first element matching `selector` inside `root`.
pub fn focus_first(root: &web_sys::Element, selector: &str) {
    let element = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// On the standalone page: the page's `<html lang>`, title, heading and
/// link follow the widget's language (index.html marks them by id). Only
/// facilities the widget already uses (fewer imports in the JS glue).
///
/// `lang` is written only when it differs: writing it again, even the same
/// value, makes Chromium restyle every element of the page (their `:lang()`
/// state), 7–12 ms after the first render (BENCHMARKS.md).
pub fn set_page_language(code: &str, widget: &crate::domain::messages::WidgetStrings) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    if root.get_attribute("lang").as_deref() != Some(code) {
        let _ = root.set_attribute("lang", code);
    }
    let title = root.query_selector("title").ok().flatten();
    let heading = document.get_element_by_id("page-title");
    let demo = document.get_element_by_id("page-demo");
    for (element, text) in [
        (title, widget.page_title),
        (heading, widget.page_title),
        (demo, widget.page_demo),
    ] {
        if let Some(element) = element {
            element.set_text_content(Some(text));
        }
    }
}

/// Copies `text` to the clipboard, then reports whether it worked.
/// (Promise callbacks rather than an async runtime: less code in the bundle.)
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let finish = move |ok: bool| {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(ok);
            }
        })
    };
    let promise = clipboard.write_text(&text);
    // promise.then(resolved, rejected), with self-freeing one-shot closures.
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &finish(true), &finish(false));
    }
}

/// Runs `task` once the browser has painted what this task wrote: in a
/// task after the next frame (`requestAnimationFrame`, then `setTimeout`
/// 0). A task queued with `setTimeout` alone ran before the frame, which
/// then waited for it. (A hidden page paints no frame, nor may a frame of
/// another origin far off screen: `task` waits until they do.)
pub fn after_next_frame(task: impl FnOnce() + 'static) {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(thread_local_v2, js_name = setTimeout)]
        static SET_TIMEOUT: js_sys::Function;
        #[wasm_bindgen(js_name = requestAnimationFrame)]
        fn request_animation_frame(task: &JsValue);
    }
    // `setTimeout(task)` (no delay) bound as the frame's callback: one closure.
    let task = Closure::once_into_js(task);
    SET_TIMEOUT.with(|later| {
        request_animation_frame(&later.bind2(&JsValue::NULL, &task, &JsValue::UNDEFINED))
    });
}

/// Calls `handler` on every `hashchange` of the page until the returned
/// guard is dropped.
pub fn on_hash_change(handler: impl Fn() + 'static) -> Option<impl Drop> {
    struct Listener {
        window: web_sys::Window,
        closure: Closure<dyn Fn()>,
    }
    impl Drop for Listener {
        fn drop(&mut self) {
            let _ = self.window.remove_event_listener_with_callback(
                "hashchange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
    let window = window()?;
    let closure = Closure::<dyn Fn()>::new(handler);
    window
        .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener { window, closure })
}

/// Offers `text` as a file download named `name` (a Blob and a temporary
/// link: no request leaves the page). Returns whether it started.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let start = || -> Option<()> {
        let document = window()?.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    start().is_some()
}
