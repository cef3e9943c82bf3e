//! Deep links: the URL hash names a view, so any static host can serve the
//! widget. `#/{framework}`, `#/containers/{framework}`, `#/{id}` or
//! `#/lookup/{image name}`, with an optional `?at=YYYY-MM-DD` and
//! `&lang=en|es`, e.g. `#/pytorch/2.4?at=2026-01-01&lang=es`.
//!
//! Parsing never fails: what it cannot honour becomes a `Notice` and a sane
//! view is shown instead.

use super::catalog::{Catalog, Framework, Product, Text};
use super::date::Date;
use super::lang::Lang;
use super::lookup::found_id;
use super::text::{joined, push_separated};

/// What the widget shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// A product, on the framework it opens on (see
    /// `policy::landing_framework`: it depends on the evaluation date, which
    /// the state knows and the link may not).
    Product(Product),
    Framework(Product, Framework),
    /// A record, by its id (which names its product and framework).
    Record(Text),
    /// A pasted image name, and the record it was found to be (if any).
    Lookup {
        text: String,
        found: Option<Text>,
    },
}

impl Default for View {
    fn default() -> Self {
        View::Product(Product::Vm)
    }
}

/// What a deep link or setting could not honour, and what is shown instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    UnknownFramework {
        asked: String,
    },
    /// A framework the link's product does not have (`#/vllm`: vLLM is a
    /// container framework).
    NotInProduct {
        framework: Framework,
        product: Product,
    },
    UnknownVersion {
        asked: String,
        showing: Framework,
    },
    BadDate {
        asked: String,
    },
    BadLang {
        asked: String,
    },
}

/// Everything a link can say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    pub view: View,
    pub at: Option<Date>,
    pub lang: Option<Lang>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedLink {
    pub link: Link,
    /// What could not be honoured, in the order met.
    pub notices: Vec<Notice>,
}

/// `a b` → `a%20b`: every byte for which `keep` is false becomes `%XX`
/// (UTF-8 bytes). Links and calendar URLs both encode through it.
pub fn percent_encode(text: &str, keep: impl Fn(u8) -> bool) -> String {
    let hex = |half: u8| {
        char::from_digit(u32::from(half), 16)
            .unwrap_or('0')
            .to_ascii_uppercase()
    };
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if keep(byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(hex(byte >> 4));
            out.push(hex(byte & 15));
        }
    }
    out
}

/// Bytes a pasted name keeps as they are inside a link.
fn keep_in_hash(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~/:@".contains(&byte)
}

/// `%2F` → `/`; malformed escapes and invalid UTF-8 stay as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        // Exactly two hex digits (`from_str_radix` would also take `%+1`).
        let digit = |at: usize| bytes.get(at).and_then(|&b| char::from(b).to_digit(16));
        let hex = digit(index + 1)
            .zip(digit(index + 2))
            .and_then(|(high, low)| u8::try_from(high * 16 + low).ok());
        match (byte, hex) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                index += 3;
            }
            _ => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// Records `notice` unless one of its kind is already there: a link that
/// repeats a key (`?at&at&at`) gets one notice, not one per repetition.
fn note(notices: &mut Vec<Notice>, notice: Notice) {
    let kind = std::mem::discriminant(&notice);
    if !notices.iter().any(|n| std::mem::discriminant(n) == kind) {
        notices.push(notice);
    }
}

/// Reads the path part of a link: a product, a framework or a record.
fn parse_path(path: &str, catalog: &Catalog, notices: &mut Vec<Notice>) -> View {
    let path = path.trim_matches('/');
    let (product, rest) = Product::split(path);
    let fallback = View::Product(product);
    if rest.is_empty() {
        return fallback;
    }
    let (slug, version) = match rest.split_once('/') {
        Some((slug, version)) => (slug, Some(version)),
        None => (rest, None),
    };
    let Some(framework) = Framework::from_slug(slug) else {
        note(
            notices,
            Notice::UnknownFramework {
                asked: path.to_owned(),
            },
        );
        return fallback;
    };
    if catalog.records_of(product, framework).next().is_none() {
        note(notices, Notice::NotInProduct { framework, product });
        return fallback;
    }
    if version.is_none() {
        return View::Framework(product, framework);
    }
    match catalog.find(path) {
        Some(record) => View::Record(record.id.clone()),
        None => {
            note(
                notices,
                Notice::UnknownVersion {
                    asked: path.to_owned(),
                    showing: framework,
                },
            );
            View::Framework(product, framework)
        }
    }
}

/// How a link's pasted image name (`#/lookup/…`) finds its record.
pub type Finder = fn(&Catalog, &str) -> Option<Text>;

/// Reads a location hash (with or without its leading `#`).
pub fn parse(hash: &str, catalog: &Catalog) -> ParsedLink {
    parse_with(hash, catalog, found_id)
}

/// A `Finder` that finds nothing: the badge-and-card entry, which has no
/// lookup field, carries no name reader (a `#/lookup/…` link opens no
/// version there).
pub fn no_lookup(_: &Catalog, _: &str) -> Option<Text> {
    None
}

/// `parse`, with `find` reading a pasted image name.
pub fn parse_with(hash: &str, catalog: &Catalog, find: Finder) -> ParsedLink {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let mut notices = Vec::new();
    let decoded = percent_decode(path);
    let trimmed = decoded.trim_start_matches('/');
    let view = match trimmed.split_at_checked("lookup/".len()) {
        // The pasted text as written (not lowercased: it is shown back).
        Some((prefix, text)) if prefix.eq_ignore_ascii_case("lookup/") => View::Lookup {
            text: text.to_owned(),
            found: find(catalog, text),
        },
        _ => parse_path(&decoded.to_ascii_lowercase(), catalog, &mut notices),
    };
    let mut link = Link {
        view,
        at: None,
        lang: None,
    };
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match key {
            "at" => match Date::parse_iso(&value) {
                Ok(date) => link.at = Some(date),
                Err(_) => note(&mut notices, Notice::BadDate { asked: value }),
            },
            "lang" => match Lang::from_tag(&value) {
                Some(lang) => link.lang = Some(lang),
                None => note(&mut notices, Notice::BadLang { asked: value }),
            },
            // Unknown parameters (tracking tags and the like) are ignored.
            _ => {}
        }
    }
    ParsedLink { link, notices }
}

/// The canonical hash of a link (always with its leading `#`).
pub fn format(link: &Link) -> String {
    let mut hash = match &link.view {
        View::Product(product) => joined(&["#/", product.id_prefix().trim_end_matches('/')]),
        View::Framework(product, framework) => {
            joined(&["#/", product.id_prefix(), framework.slug()])
        }
        View::Record(id) => joined(&["#/", id]),
        View::Lookup { text, .. } => joined(&["#/lookup/", &percent_encode(text, keep_in_hash)]),
    };
    // `?at=…&lang=…`, each part only when chosen.
    let mut query = String::new();
    if let Some(at) = link.at {
        push_separated(&mut query, "&", &joined(&["at=", &at.iso()]));
    }
    if let Some(lang) = link.lang {
        push_separated(&mut query, "&", &joined(&["lang=", lang.code()]));
    }
    if !query.is_empty() {
        hash.push('?');
        hash.push_str(&query);
    }
    hash
}

/// A version's own page, made at build time (next to `index.html`):
/// `v/pytorch/2.4.html`, or `v/pytorch/2.4.es.html` in Spanish. Ids are
/// URL-safe by the catalog's rule, so they are paths as they are.
pub fn share_page(id: &str, lang: Lang) -> String {
    match lang {
        Lang::En => joined(&["v/", id, ".html"]),
        Lang::Es => joined(&["v/", id, ".es.html"]),
    }
}

/// Where a link is shared, relative to the bundle's folder: a version's
/// own page when the link shows one version (in the language shown), with
/// `#…` only when it fixes a date the page doesn't; every other view (a
/// framework, a lookup, whose text matters) is the timeline page with its
/// hash.
pub fn share_target(link: &Link, lang: Lang) -> String {
    match &link.view {
        View::Record(id) => {
            let mut target = share_page(id, lang);
            if link.at.is_some() {
                let dated = Link {
                    lang: None,
                    ..link.clone()
                };
                target.push_str(&format(&dated));
            }
            target
        }
        _ => joined(&["index.html", &format(link)]),
    }
}

#[cfg(test)]
mod tests;
