//! The pages made at build time (`dlvm-pages`), read back as a
//! browser or a link preview would: every version in both languages, its
//! title, description, Open Graph and Twitter tags naming it and both dates,
//! hreflang between the twins, the dates' meanings without JavaScript, the
//! card's element; canonical links, og:url and sitemap.xml only with a base
//! URL; the standalone page's first paint; escaping.

#![cfg(not(target_arch = "wasm32"))]

use dlvm_timeline::domain::catalog::Product;
use dlvm_timeline::domain::date::Date;
use dlvm_timeline::domain::link::share_page;
use dlvm_timeline::domain::messages::{format_date, version_name, Lang};
use dlvm_timeline::domain::validate::read_catalog;
use dlvm_timeline::pages::{base_url, first_paint, generate, PRERENDER_MARK};
use dlvm_timeline::testing::{FIXTURE, FIXTURE_JSON};
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

const DAY: Date = Date::known(2026, 11, 30);

/// A fresh folder holding a minimal built `index.html`.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dlvm-pages-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        format!("<!doctype html><main><div data-dlvm-standalone id=dlvm-timeline>{PRERENDER_MARK}</div></main>"),
    )
    .unwrap();
    dir
}

fn read(dir: &Path, page: &str) -> Html {
    Html::parse_document(
        &std::fs::read_to_string(dir.join(page)).unwrap_or_else(|e| panic!("{page}: {e}")),
    )
}

fn one(doc: &Html, css: &str, attr: &str) -> Option<String> {
    let selector = Selector::parse(css).unwrap();
    doc.select(&selector)
        .next()
        .and_then(|e| e.value().attr(attr))
        .map(str::to_owned)
}

fn text(doc: &Html, css: &str) -> String {
    let selector = Selector::parse(css).unwrap();
    doc.select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_version_has_a_page_in_both_languages_that_names_it_and_both_dates() {
    let dir = folder("all");
    let written = generate(&FIXTURE, &dir, None, DAY).unwrap();
    assert_eq!(written.pages, FIXTURE.records.len() * 2 + 2);
    assert!(written.prerendered && !written.sitemap);
    for record in FIXTURE.records.iter() {
        for lang in Lang::ALL {
            let page = share_page(&record.id, lang);
            let doc = read(&dir, &page);
            let name = version_name(record);
            let (eop, eoa) = (
                format_date(lang, record.end_of_patch),
                format_date(lang, record.end_of_availability),
            );
            assert_eq!(
                one(&doc, "html", "lang").as_deref(),
                Some(lang.code()),
                "{page}"
            );
            let title = text(&doc, "title");
            for (what, value) in [
                ("title", title.clone()),
                (
                    "description",
                    one(&doc, "meta[name=description]", "content").unwrap(),
                ),
                (
                    "og:title",
                    one(&doc, "meta[property='og:title']", "content").unwrap(),
                ),
                (
                    "og:description",
                    one(&doc, "meta[property='og:description']", "content").unwrap(),
                ),
                (
                    "twitter:title",
                    one(&doc, "meta[name='twitter:title']", "content").unwrap(),
                ),
                (
                    "twitter:description",
                    one(&doc, "meta[name='twitter:description']", "content").unwrap(),
                ),
            ] {
                for part in [&name, &eop, &eoa] {
                    assert!(
                        value.contains(part.as_str()),
                        "{page} {what}: {value:?} lacks {part:?}"
                    );
                }
            }
            let product = match record.product {
                Product::Vm => "Deep Learning VM",
                Product::Containers => "Deep Learning Containers",
            };
            assert!(title.contains(product), "{page}: {title}");
            assert_eq!(
                one(&doc, "meta[name='twitter:card']", "content").as_deref(),
                Some("summary")
            );
            // Without a base URL no hreflang link (search engines take
            // absolute ones only); the visible link to the twin stays.
            let file = |l: Lang| {
                share_page(&record.id, l)
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_owned()
            };
            assert_eq!(one(&doc, "link[hreflang]", "href"), None, "{page}");
            let twin = match lang {
                Lang::En => Lang::Es,
                Lang::Es => Lang::En,
            };
            assert_eq!(
                one(&doc, "header a[hreflang]", "href"),
                Some(file(twin)),
                "{page}"
            );
            // Never guessed without a base URL.
            assert_eq!(one(&doc, "link[rel=canonical]", "href"), None, "{page}");
            assert_eq!(
                one(&doc, "meta[property='og:url']", "content"),
                None,
                "{page}"
            );
            // Readable without JavaScript: the dates and what each means.
            let body = text(&doc, "main");
            // A VM image's family names its builds by date; a container's doesn't.
            assert_eq!(
                body.contains("VERSION_DATE"),
                record.product == dlvm_timeline::domain::catalog::Product::Vm,
                "{page}"
            );
            // "vLLM inference" is English on a Spanish page, and says so.
            if record.framework == dlvm_timeline::domain::catalog::Framework::Vllm {
                assert_eq!(
                    one(&doc, ".share-kicker span[lang]", "lang").as_deref(),
                    (lang == Lang::Es).then_some("en"),
                    "{page}"
                );
            }
            // The timeline in the page's language, from the header too.
            let header_link = one(&doc, "header a", "href").unwrap_or_default();
            assert_eq!(
                header_link.ends_with("?lang=es"),
                lang == Lang::Es,
                "{page}: {header_link}"
            );
            for part in [&eop, &eoa] {
                assert!(body.contains(part.as_str()), "{page}: body lacks {part}");
            }
            let end_of_patch =
                dlvm_timeline::domain::messages::end_of_patch_meaning(lang, record.product);
            assert!(body.contains(&end_of_patch), "{page}");
            // Hidden but usable by name: VM images only.
            assert_eq!(
                end_of_patch.contains("usable by name") || end_of_patch.contains("por nombre"),
                record.product == dlvm_timeline::domain::catalog::Product::Vm,
                "{page}"
            );
            assert!(
                body.contains(dlvm_timeline::domain::messages::end_of_availability_meaning(lang)),
                "{page}"
            );
            for name in record
                .image_families
                .iter()
                .chain(record.container_images.iter())
            {
                assert!(body.contains(name.as_ref()), "{page}: {name}");
            }
            for flag in record.data_issue.iter().chain(record.flags.iter()) {
                assert!(body.contains(flag.as_ref()), "{page}: flag");
            }
            // The card that adds the status on the reader's day.
            assert_eq!(
                one(&doc, "[data-dlvm-timeline]", "data-version").as_deref(),
                Some(record.id.as_ref())
            );
            assert_eq!(
                one(&doc, "[data-dlvm-timeline]", "data-view").as_deref(),
                Some("card")
            );
            assert_eq!(
                one(&doc, "[data-dlvm-timeline]", "data-lang").as_deref(),
                Some(lang.code())
            );
            // Assets relative to the page's depth.
            let up = "../".repeat(page.matches('/').count());
            assert_eq!(
                one(&doc, "script[type=module]", "src"),
                Some(format!("{up}embed.js")),
                "{page}"
            );
            assert!(dir.join("v").join(&page[2..]).exists());
        }
    }
    // The list of every page, in both languages, links them all.
    for (lang, list) in [(Lang::En, "v/index.html"), (Lang::Es, "v/index.es.html")] {
        let doc = read(&dir, list);
        let selector = Selector::parse("main a[href]").unwrap();
        let links: Vec<String> = doc
            .select(&selector)
            .map(|a| a.value().attr("href").unwrap().to_owned())
            .collect();
        for record in FIXTURE.records.iter() {
            let page = share_page(&record.id, lang);
            assert!(
                links.contains(&page["v/".len()..].to_owned()),
                "{list} lacks {page}"
            );
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn with_a_base_url_pages_say_their_address_and_a_sitemap_lists_them() {
    let dir = folder("base");
    let base = base_url("https://docs.example.com/dlvm").unwrap();
    assert_eq!(base, "https://docs.example.com/dlvm/");
    let written = generate(&FIXTURE, &dir, Some(&base), DAY).unwrap();
    assert!(written.sitemap);
    let doc = read(&dir, "v/containers/tensorflow/2.17.es.html");
    let url = "https://docs.example.com/dlvm/v/containers/tensorflow/2.17.es.html";
    assert_eq!(
        one(&doc, "link[rel=canonical]", "href").as_deref(),
        Some(url)
    );
    assert_eq!(
        one(&doc, "meta[property='og:url']", "content").as_deref(),
        Some(url)
    );
    assert_eq!(
        one(&doc, "link[hreflang=en]", "href").as_deref(),
        Some("https://docs.example.com/dlvm/v/containers/tensorflow/2.17.html")
    );
    assert_eq!(
        one(&doc, "link[hreflang=x-default]", "href").as_deref(),
        Some("https://docs.example.com/dlvm/v/containers/tensorflow/2.17.html")
    );
    // Each list names itself, its twin and the default, as the versions' pages do.
    for page in ["v/index.html", "v/index.es.html"] {
        let list = read(&dir, page);
        for (lang, href) in [
            ("en", "v/index.html"),
            ("es", "v/index.es.html"),
            ("x-default", "v/index.html"),
        ] {
            assert_eq!(
                one(&list, &format!("link[hreflang={lang}]"), "href"),
                Some(format!("https://docs.example.com/dlvm/{href}")),
                "{page}"
            );
        }
    }
    let sitemap = std::fs::read_to_string(dir.join("sitemap.xml")).unwrap();
    let locs = sitemap.matches("<loc>").count();
    assert_eq!(
        locs,
        FIXTURE.records.len() * 2 + 3,
        "every page, both lists and index.html"
    );
    for record in FIXTURE.records.iter() {
        for lang in Lang::ALL {
            assert!(sitemap.contains(&format!(
                "<loc>{base}{}</loc>",
                share_page(&record.id, lang)
            )));
        }
    }
    // Built again without one: the stale sitemap goes.
    let written = generate(&FIXTURE, &dir, None, DAY).unwrap();
    assert!(!written.sitemap && !dir.join("sitemap.xml").exists());
    std::fs::remove_dir_all(&dir).unwrap();
    // A base URL that isn't one is refused, with what was expected.
    for bad in [
        "docs.example.com/dlvm",
        "https://",
        "https://x.example/a b",
        "https://x.example/?q=1",
        // Would make the sitemap's XML invalid.
        "https://x.example/a&b",
    ] {
        assert!(base_url(bad).is_err(), "{bad}");
    }
    // And by the page generator's own binary, with exit 2.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dlvm-pages"))
        .args(["--out", "target/never", "--base-url", "ftp://x"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.contains("a base URL starts with https:// or http://"),
        "{stderr}"
    );
}

#[test]
fn the_standalone_page_paints_the_landing_frameworks_versions_and_dates() {
    let dir = folder("first");
    generate(&FIXTURE, &dir, None, DAY).unwrap();
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(!html.contains(PRERENDER_MARK));
    let doc = Html::parse_document(&html);
    // On 2026-11-30 PyTorch's support lasts longest: the widget opens there.
    assert!(
        text(&doc, "h2").starts_with("PyTorch — Deep Learning VM"),
        "{}",
        text(&doc, "h2")
    );
    let rows = Selector::parse("tbody tr").unwrap();
    let pytorch: Vec<_> = FIXTURE
        .records_of(
            Product::Vm,
            dlvm_timeline::domain::catalog::Framework::PyTorch,
        )
        .collect();
    assert_eq!(doc.select(&rows).count(), pytorch.len());
    let body = text(&doc, "tbody");
    for record in &pytorch {
        assert!(
            body.contains(&format_date(Lang::En, record.end_of_availability)),
            "{}",
            record.id
        );
    }
    assert_eq!(
        one(&doc, "tbody a", "href"),
        Some(share_page(&pytorch[0].id, Lang::En))
    );
    // No status: that depends on the reader's day.
    assert!(
        !html.contains("supported") && !html.contains("unavailable"),
        "{html}"
    );
    // A page without the mark is left as it is.
    std::fs::write(dir.join("index.html"), "<!doctype html><p>bench</p>").unwrap();
    assert!(!generate(&FIXTURE, &dir, None, DAY).unwrap().prerendered);
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).unwrap(),
        "<!doctype html><p>bench</p>"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(first_paint(&FIXTURE, DAY).starts_with("<section"));
}

#[test]
fn what_the_catalog_says_is_text_never_markup() {
    // A note with markup, through the validated reader.
    let json = FIXTURE_JSON.replacen(
        "\"notes\": [",
        "\"notes\": [\"<script>alert(1)</script> & <b>bold</b>\", ",
        1,
    );
    let catalog = read_catalog(&json).catalog.expect("still valid");
    let dir = folder("escape");
    generate(&catalog, &dir, None, DAY).unwrap();
    let id = &catalog
        .records
        .iter()
        .find(|r| r.notes.iter().any(|n| n.contains("<script>")))
        .unwrap()
        .id;
    let raw = std::fs::read_to_string(dir.join(share_page(id, Lang::En))).unwrap();
    assert!(
        raw.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
        "{raw}"
    );
    assert!(!raw.contains("<script>alert"));
    let doc = Html::parse_document(&raw);
    assert_eq!(
        Selector::parse("script")
            .map(|s| doc.select(&s).count())
            .unwrap(),
        1,
        "only embed.js"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
