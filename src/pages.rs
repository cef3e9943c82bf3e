//! The web build's page generator (`dlvm-pages --out DIR`, which Trunk runs
//! after each build through `scripts/pages.sh`; native only, not part of the
//! maintainer's command line): the pages made at build time, with what does
//! not depend on the reader's day, readable without JavaScript:
//!
//! - a page per version and language, `v/{id}.html` and `v/{id}.es.html`
//!   (`link::share_page`): its name and facts, both policy dates and what
//!   each means, its image names, data-quality flags and notes, the
//!   catalog's date and sources; title, description, Open Graph and Twitter
//!   tags that name the version and both dates; the visible link to the
//!   other language (and, with a base URL, absolute `hreflang` links). The widget's card mounts beside it (embed.js) and adds
//!   the status on the reader's day;
//! - the list of every version's page, `v/index.html` and `v/index.es.html`;
//! - the standalone page's first paint: `index.html`'s `DLVM_PRERENDER`
//!   becomes the landing framework's versions and dates (the widget
//!   replaces it when it mounts);
//! - with a base URL (`--base-url`, or `DLVM_BASE_URL`): `<link
//!   rel="canonical">`, absolute `og:url` and hreflang links, and
//!   `sitemap.xml`. Without one they are left out, never guessed.
//!
//! Every text comes from `domain::messages`; maud escapes every value.

use crate::domain::catalog::{Catalog, Framework, Product, Record};
use crate::domain::date::Date;
use crate::domain::link::share_page;
use crate::domain::messages::{
    end_of_availability_meaning, end_of_patch_meaning, facts_line, fill, format_date,
    latest_image_rule, product_title, record_name, share_description, share_title, share_words,
    version_name, Lang,
};
use crate::domain::policy::landing_framework;
use maud::{html, Markup, DOCTYPE};
use std::path::Path;

/// The text in `index.html`'s widget element that the first paint replaces.
pub const PRERENDER_MARK: &str = "DLVM_PRERENDER";

/// What a run wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub pages: usize,
    pub prerendered: bool,
    pub sitemap: bool,
}

/// A base URL as given: `http(s)://host/path/`, with the final `/` added.
pub fn base_url(text: &str) -> Result<String, String> {
    let text = text.trim();
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .ok_or_else(|| format!("{text:?}: a base URL starts with https:// or http://"))?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || text.contains(['?', '#', ' ', '"', '\'', '<', '>', '&']) {
        return Err(format!(
            "{text:?}: expected the address of the folder that serves dist/, such as https://docs.example.com/dlvm/"
        ));
    }
    Ok(if text.ends_with('/') {
        text.to_owned()
    } else {
        format!("{text}/")
    })
}

/// `../` for each folder between a page at `path` and the bundle's folder.
fn up(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    }
}

fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::Es => "es_419",
    }
}

/// English text inside a Spanish page says so (`lang="en"`).
fn source_lang(lang: Lang) -> Option<&'static str> {
    (lang != Lang::En).then_some("en")
}

/// A framework's name as the page's language reads it: "vLLM inference"
/// is English on a Spanish page (the others read the same in both).
fn framework_markup(lang: Lang, framework: Framework) -> Markup {
    let lang = source_lang(lang).filter(|_| framework == Framework::Vllm);
    html! { span lang=[lang] { (framework.name()) } }
}

/// The timeline's address in the page's language (`index.html` follows
/// the browser's otherwise).
fn timeline_query(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Es => "?lang=es",
    }
}

fn date_markup(lang: Lang, date: Date) -> Markup {
    html! { time datetime=(date.to_string()) { (format_date(lang, date)) } }
}

/// What every generated page's head starts with.
fn head_start(title: &str, description: &str) -> Markup {
    html! {
        meta charset="utf-8";
        meta name="viewport" content="width=device-width, initial-scale=1";
        title { (title) }
        meta name="description" content=(description);
    }
}

/// The head every generated page shares: the stylesheets (the standalone
/// page's and these pages' own), the icon, and
/// (when it mounts widgets) the embed loader. No preload of the module and
/// the wasm: on these pages the content comes first, and preloading them
/// measured a later first paint (1.30× the static table against 1.19×).
fn head_links(up: &str, widget: bool) -> Markup {
    html! {
        link rel="icon" href={ (up) "favicon.svg" } type="image/svg+xml";
        link rel="stylesheet" href={ (up) "page.css" };
        link rel="stylesheet" href={ (up) "share.css" };
        @if widget {
            script type="module" src={ (up) "embed.js" } {}
        }
    }
}

fn sources_line(catalog: &Catalog, lang: Lang) -> Markup {
    let strings = lang.strings();
    let widget = lang.widget_strings();
    html! {
        p {
            (widget.catalog_as_of) " " (date_markup(lang, catalog.as_of)) ". " (strings.sources) ": "
            @for (i, source) in catalog.sources.iter().enumerate() {
                @if i > 0 { ", " }
                a href=(source.url.as_ref()) lang=[source_lang(lang)] { (source.name.as_ref()) }
            }
            "."
        }
    }
}

/// One version's page.
fn share_page_html(catalog: &Catalog, record: &Record, lang: Lang, base: Option<&str>) -> String {
    let widget = lang.widget_strings();
    let words = share_words(lang);
    let path = share_page(&record.id, lang);
    let up = up(&path);
    let twin = share_page(&record.id, other(lang));
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                (share_head(record, lang, base, &path))
                (head_links(&up, true))
            }
            body.share-body {
                header.share-top {
                    a href={ (up) "index.html" (timeline_query(lang)) } { (widget.page_title) }
                    " · "
                    a href=(file(&twin)) hreflang=(other(lang).code()) lang=(other(lang).code()) { (words.other_language) }
                }
                main.share {
                    (share_article(catalog, record, lang, &up))
                    (share_live_card(record, lang))
                }
            }
        }
    };
    markup.into_string()
}

/// A version page's head: title and description, canonical and hreflang
/// links with a base URL (search engines take absolute ones only: without
/// one the visible language link stays, these go), Open Graph and Twitter.
fn share_head(record: &Record, lang: Lang, base: Option<&str>, path: &str) -> Markup {
    let words = share_words(lang);
    let title = share_title(lang, record);
    let description = share_description(lang, record);
    let canonical = base.map(|base| format!("{base}{path}"));
    let at = |page: &str| match base {
        Some(base) => format!("{base}{page}"),
        None => file(page),
    };
    let english = share_page(&record.id, Lang::En);
    let spanish = share_page(&record.id, Lang::Es);
    html! {
        (head_start(&title, &description))
        @if let Some(url) = &canonical { link rel="canonical" href=(url); }
        @if canonical.is_some() {
            link rel="alternate" hreflang="en" href=(at(&english));
            link rel="alternate" hreflang="es" href=(at(&spanish));
            link rel="alternate" hreflang="x-default" href=(at(&english));
        }
        meta property="og:type" content="website";
        meta property="og:site_name" content=(words.site_name);
        meta property="og:title" content=(title);
        meta property="og:description" content=(description);
        meta property="og:locale" content=(og_locale(lang));
        meta property="og:locale:alternate" content=(og_locale(other(lang)));
        @if let Some(url) = &canonical { meta property="og:url" content=(url); }
        meta name="twitter:card" content="summary";
        meta name="twitter:title" content=(title);
        meta name="twitter:description" content=(description);
    }
}

/// What a version's page says without JavaScript: its name and facts, both
/// dates and what each means, its image names, flags, notes and sources.
fn share_article(catalog: &Catalog, record: &Record, lang: Lang, up: &str) -> Markup {
    let strings = lang.strings();
    let widget = lang.widget_strings();
    let words = share_words(lang);
    let facts = facts_line(lang, record);
    let names_heading = match record.product {
        Product::Vm => widget.image_families,
        Product::Containers => widget.container_images,
    };
    html! {
        article.share-doc {
            p.share-kicker { (product_title(record.product)) " · " (framework_markup(lang, record.framework)) }
            h1 { (version_name(record)) }
            @if !facts.is_empty() { p.share-facts { (facts) } }
            h2 { (words.the_dates) }
            (share_dates(record, lang))
            h2 { (names_heading) }
            ul.share-names { @for name in record.image_names() { li { code { (name.as_ref()) } } } }
            p.share-muted { (latest_image_rule(lang, record.product)) }
            @if record.has_data_flags() {
                h2 { (strings.data_quality) }
                ul lang=[source_lang(lang)] {
                    @for flag in record.data_flags() { li { (flag.as_ref()) } }
                }
            }
            @if !record.notes.is_empty() {
                h2 { (widget.notes) }
                ul lang=[source_lang(lang)] { @for note in record.notes.iter() { li { (note.as_ref()) } } }
            }
            footer.share-foot {
                (sources_line(catalog, lang))
                p {
                    a href={ (up) "index.html#/" (record.id.as_ref()) (timeline_query(lang)) } { (words.open_timeline) }
                    " · "
                    a href={ (up) (share_index(lang)) } { (words.all_versions) }
                    " · "
                    a href={ (up) "catalog.json" } { "catalog.json" }
                }
            }
        }
    }
}

/// Both policy dates with what each means, and the first images' date.
fn share_dates(record: &Record, lang: Lang) -> Markup {
    let strings = lang.strings();
    let words = share_words(lang);
    html! {
        dl.share-dates {
            div {
                dt { (strings.end_of_patch) }
                dd { p.share-date { (date_markup(lang, record.end_of_patch)) } p { (end_of_patch_meaning(lang, record.product)) } }
            }
            div {
                dt { (strings.end_of_availability) }
                dd { p.share-date { (date_markup(lang, record.end_of_availability)) } p { (end_of_availability_meaning(lang)) } }
            }
            div {
                dt { (words.first_images) }
                dd {
                    @match record.released {
                        Some(date) => p.share-date { (date_markup(lang, date)) },
                        None => p { (strings.unknown_date) },
                    }
                }
            }
        }
    }
}

/// Where the card mounts and adds the status on the reader's day (its
/// shadow root hides the fallback; only the hash can add a date to it).
fn share_live_card(record: &Record, lang: Lang) -> Markup {
    let words = share_words(lang);
    let fallback = fill(
        words.without_script,
        &[
            &format_date(lang, record.end_of_patch),
            &format_date(lang, record.end_of_availability),
        ],
    );
    html! {
        aside.share-live aria-labelledby="share-live-title" {
            h2 #share-live-title { (words.status_on_your_date) }
            div data-dlvm-timeline data-view="card" data-version=(record.id.as_ref())
                data-lang=(lang.code()) data-sync-url {
                p.share-fallback { (fallback) }
            }
        }
    }
}

fn share_index(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "v/index.html",
        Lang::Es => "v/index.es.html",
    }
}

/// The list of every version's page, by product and framework.
fn index_html(catalog: &Catalog, lang: Lang, base: Option<&str>) -> String {
    let strings = lang.strings();
    let widget = lang.widget_strings();
    let words = share_words(lang);
    let path = share_index(lang);
    let up = up(path);
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                (head_start(words.all_versions_title, words.all_versions_title))
                @if let Some(base) = base { link rel="canonical" href={ (base) (path) }; }
                @if let Some(base) = base {
                    link rel="alternate" hreflang="en" href={ (base) (share_index(Lang::En)) };
                    link rel="alternate" hreflang="es" href={ (base) (share_index(Lang::Es)) };
                    link rel="alternate" hreflang="x-default" href={ (base) (share_index(Lang::En)) };
                }
                (head_links(&up, false))
            }
            body.share-body {
                header.share-top {
                    a href={ (up) "index.html" (timeline_query(lang)) } { (widget.page_title) }
                    " · "
                    a href=(file(share_index(other(lang)))) hreflang=(other(lang).code()) lang=(other(lang).code()) { (words.other_language) }
                }
                main.share-list {
                    h1 { (words.all_versions_title) }
                    @for product in Product::ALL {
                        @for framework in catalog.frameworks_of(product) {
                            h2 { (product_title(product)) " · " (framework_markup(lang, framework)) }
                            ul {
                                @for record in catalog.records_of(product, framework) {
                                    li {
                                        a href=(file_in_v(&share_page(&record.id, lang))) { (record_name(record)) }
                                        " — " (strings.end_of_patch) " " (date_markup(lang, record.end_of_patch))
                                        " · " (strings.end_of_availability) " " (date_markup(lang, record.end_of_availability))
                                    }
                                }
                            }
                        }
                    }
                    footer.share-foot { (sources_line(catalog, lang)) }
                }
            }
        }
    };
    markup.into_string()
}

/// A page's file name, for links between pages in one folder.
fn file(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_owned()
}

/// A page under `v/`, relative to `v/`.
fn file_in_v(path: &str) -> &str {
    path.strip_prefix("v/").unwrap_or(path)
}

/// The standalone page's first paint: the landing framework's versions and
/// their dates on `day` (no status: that depends on the reader's day).
pub fn first_paint(catalog: &Catalog, day: Date) -> String {
    let strings = Lang::En.strings();
    let words = share_words(Lang::En);
    let Some(framework) = landing_framework(catalog, Product::Vm, day) else {
        return String::new();
    };
    let heading = fill(
        words.versions_and_dates,
        &[framework.name(), product_title(Product::Vm)],
    );
    let unknown = strings.unknown;
    let markup = html! {
        section.first-paint aria-labelledby="first-paint-title" {
            h2 #first-paint-title { (heading) }
            div.first-paint-scroll {
                table {
                    thead { tr {
                        th scope="col" { (strings.version) } th scope="col" { (strings.python) }
                        th scope="col" { (strings.cuda) } th scope="col" { (strings.os) }
                        th scope="col" { (strings.end_of_patch) } th scope="col" { (strings.end_of_availability) }
                    } }
                    tbody {
                        @for record in catalog.records_of(Product::Vm, framework) {
                            tr {
                                th scope="row" { a href=(share_page(&record.id, Lang::En)) { (record.label.as_ref()) } }
                                td { (record.python.as_deref().unwrap_or(unknown)) }
                                td { (record.cuda.as_deref().unwrap_or(unknown)) }
                                td { (record.os.as_deref().unwrap_or(unknown)) }
                                td { (date_markup(Lang::En, record.end_of_patch)) }
                                td { (date_markup(Lang::En, record.end_of_availability)) }
                            }
                        }
                    }
                }
            }
            p { a href=(share_index(Lang::En)) { (words.all_versions) } }
        }
    };
    markup.into_string()
}

fn sitemap(catalog: &Catalog, base: &str) -> String {
    let mut pages = vec![
        "index.html".to_owned(),
        share_index(Lang::En).to_owned(),
        share_index(Lang::Es).to_owned(),
    ];
    for record in catalog.records.iter() {
        for lang in Lang::ALL {
            pages.push(share_page(&record.id, lang));
        }
    }
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages {
        // Ids and the base are URL-safe (checked by `base_url` and the
        // catalog's id rule); `&` and `<` cannot occur.
        out.push_str(&format!(
            "  <url><loc>{base}{page}</loc><lastmod>{}</lastmod></url>\n",
            catalog.as_of
        ));
    }
    out.push_str("</urlset>\n");
    out
}

fn write(out: &Path, path: &str, text: &str) -> Result<(), String> {
    let file = out.join(path);
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(|why| format!("{}: {why}", folder.display()))?;
    }
    std::fs::write(&file, text).map_err(|why| format!("{}: {why}", file.display()))
}

/// Writes every page into `out` (the bundle's folder).
pub fn generate(
    catalog: &Catalog,
    out: &Path,
    base: Option<&str>,
    day: Date,
) -> Result<Written, String> {
    let mut written = Written::default();
    for record in catalog.records.iter() {
        for lang in Lang::ALL {
            write(
                out,
                &share_page(&record.id, lang),
                &share_page_html(catalog, record, lang, base),
            )?;
            written.pages += 1;
        }
    }
    for lang in Lang::ALL {
        write(out, share_index(lang), &index_html(catalog, lang, base))?;
        written.pages += 1;
    }
    let index = out.join("index.html");
    if let Ok(text) = std::fs::read_to_string(&index) {
        if text.contains(PRERENDER_MARK) {
            let text = text.replacen(PRERENDER_MARK, &first_paint(catalog, day), 1);
            std::fs::write(&index, text).map_err(|why| format!("{}: {why}", index.display()))?;
            written.prerendered = true;
        }
    }
    let map = out.join("sitemap.xml");
    match base {
        Some(base) => {
            write(out, "sitemap.xml", &sitemap(catalog, base))?;
            written.sitemap = true;
        }
        // A sitemap from an earlier build with a base URL would be stale.
        None if map.exists() => {
            std::fs::remove_file(&map).map_err(|why| format!("{}: {why}", map.display()))?
        }
        None => {}
    }
    Ok(written)
}
