//! Deep links: the URL hash names a view, so any static host can serve the
//! widget. `#/{framework}`, `#/containers/{framework}` or `#/{id}`, with an
//! optional `?at=YYYY-MM-DD` and `&lang=en|es`, e.g.
//! `#/pytorch/2.4?at=2026-01-01&lang=es`.
//!
//! Parsing never fails: what it cannot honour becomes a `Notice` and a sane
//! view is shown instead.

use super::catalog::{Catalog, Framework, Product, Text};
use super::date::Date;
use super::messages::{Lang, Notice};

/// What the widget shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    Framework(Product, Framework),
    /// A record, by its id (which names its product and framework).
    Record(Text),
}

impl Default for View {
    fn default() -> Self {
        View::Framework(Product::Vm, DEFAULT_FRAMEWORK)
    }
}

/// The view when the link names none.
pub const DEFAULT_FRAMEWORK: Framework = Framework::TensorFlow;

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

/// `%2F` → `/`; malformed escapes and invalid UTF-8 stay as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let hex = bytes
            .get(index + 1..index + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
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

/// Reads the path part of a link: a framework or a record, of either product.
fn parse_path(path: &str, catalog: &Catalog, notices: &mut Vec<Notice>) -> View {
    let path = path.trim_matches('/');
    let (product, rest) = Product::split(path);
    let fallback = View::Framework(product, DEFAULT_FRAMEWORK);
    if rest.is_empty() {
        return fallback;
    }
    let (slug, version) = match rest.split_once('/') {
        Some((slug, version)) => (slug, Some(version)),
        None => (rest, None),
    };
    let Some(framework) = Framework::from_slug(slug) else {
        notices.push(Notice::UnknownFramework {
            asked: path.to_owned(),
        });
        return fallback;
    };
    if version.is_none() {
        return View::Framework(product, framework);
    }
    match catalog.find(path) {
        Some(record) => View::Record(record.id.clone()),
        None => {
            notices.push(Notice::UnknownVersion {
                asked: path.to_owned(),
                showing: framework,
            });
            View::Framework(product, framework)
        }
    }
}

/// Reads a location hash (with or without its leading `#`).
pub fn parse(hash: &str, catalog: &Catalog) -> ParsedLink {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let mut notices = Vec::new();
    let view = parse_path(
        &percent_decode(path).to_ascii_lowercase(),
        catalog,
        &mut notices,
    );
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
                Err(_) => notices.push(Notice::BadDate { asked: value }),
            },
            "lang" => match Lang::from_tag(&value) {
                Some(lang) => link.lang = Some(lang),
                None => notices.push(Notice::BadLang { asked: value }),
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
        View::Framework(product, framework) => {
            format!("#/{}{}", product.id_prefix(), framework.slug())
        }
        View::Record(id) => format!("#/{id}"),
    };
    // `?at=…&lang=…`, each part only when chosen.
    let mut separator = '?';
    let mut part = |hash: &mut String, part: String| {
        hash.push(separator);
        hash.push_str(&part);
        separator = '&';
    };
    if let Some(at) = link.at {
        part(&mut hash, format!("at={at}"));
    }
    if let Some(lang) = link.lang {
        part(&mut hash, format!("lang={}", lang.code()));
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shipped::SHIPPED;

    fn check(hash: &str, expect_hash: &str, expect_notices: &[&str]) {
        let parsed = parse(hash, &SHIPPED);
        assert_eq!(
            format(&parsed.link),
            expect_hash,
            "canonical form of {hash:?}"
        );
        let notices: Vec<String> = parsed
            .notices
            .iter()
            .map(|n| super::super::messages::notice_text(Lang::En, n))
            .collect();
        assert_eq!(notices, expect_notices, "notices of {hash:?}");
    }

    #[test]
    fn every_link_form() {
        check("", "#/tensorflow", &[]);
        check("#", "#/tensorflow", &[]);
        check("#/", "#/tensorflow", &[]);
        check("#/pytorch", "#/pytorch", &[]);
        check("#/pytorch/", "#/pytorch", &[]);
        check("#/tensorflow/2.16", "#/tensorflow/2.16", &[]);
        check("#/tensorflow/2.11-py37", "#/tensorflow/2.11-py37", &[]);
        check("#/base/cu129-ubuntu-2404", "#/base/cu129-ubuntu-2404", &[]);
        check(
            "#/pytorch/2.4?at=2026-01-01&lang=es",
            "#/pytorch/2.4?at=2026-01-01&lang=es",
            &[],
        );
        check(
            "#/pytorch/2.4?lang=es&at=2026-01-01",
            "#/pytorch/2.4?at=2026-01-01&lang=es",
            &[],
        );
        check("#/base?at=2030-02-28", "#/base?at=2030-02-28", &[]);
        check("/pytorch/2.4", "#/pytorch/2.4", &[]);
        check("#/PyTorch/2.4", "#/pytorch/2.4", &[]);
        check("#/pytorch/2.4?utm_source=x", "#/pytorch/2.4", &[]);
        check("#/containers", "#/containers/tensorflow", &[]);
        check("#/containers/pytorch", "#/containers/pytorch", &[]);
        check("#/containers/vllm/0.5", "#/containers/vllm/0.5", &[]);
        check(
            "#/containers/tensorflow/2.11",
            "#/containers/tensorflow/2.11-py310",
            &[],
        );
        check(
            "#/containers/tensorflow/9.9",
            "#/containers/tensorflow",
            &["No version containers/tensorflow/9.9 — showing TensorFlow."],
        );
    }

    #[test]
    fn format_then_parse_is_the_identity_for_every_view() {
        let mut links = Vec::new();
        for product in Product::ALL {
            for framework in SHIPPED.frameworks_of(product) {
                links.push(View::Framework(product, framework));
            }
        }
        for record in SHIPPED.records.iter() {
            links.push(View::Record(record.id.clone()));
        }
        for view in links {
            for at in [
                None,
                Some(Date::known(2026, 1, 1)),
                Some(Date::known(2024, 2, 29)),
            ] {
                for lang in [None, Some(Lang::En), Some(Lang::Es)] {
                    let link = Link {
                        view: view.clone(),
                        at,
                        lang,
                    };
                    let parsed = parse(&format(&link), &SHIPPED);
                    assert_eq!(parsed.link, link);
                    assert!(parsed.notices.is_empty());
                }
            }
        }
    }
}
