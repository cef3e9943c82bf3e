//! Deep links: the URL hash names a view, so any static host can serve the
//! widget. `#/{framework}`, `#/containers/{framework}`, `#/{id}` or
//! `#/lookup/{image name}`, with an optional `?at=YYYY-MM-DD` and
//! `&lang=en|es`, e.g. `#/pytorch/2.4?at=2026-01-01&lang=es`.
//!
//! Parsing never fails: what it cannot honour becomes a `Notice` and a sane
//! view is shown instead.

use super::catalog::{Catalog, Framework, Product, Text};
use super::date::Date;
use super::lookup::{lookup, Lookup};
use super::messages::{Lang, Notice};

/// What the widget shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
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
        View::Framework(Product::Vm, DEFAULT_FRAMEWORK)
    }
}

/// Characters a hash keeps as they are; the rest is percent-encoded.
fn keep_in_hash(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~/:@".contains(c)
}

/// `a b` → `a%20b` (UTF-8 bytes), for a pasted name inside a link.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if keep_in_hash(c) {
            out.push(c);
        } else {
            let mut buffer = [0u8; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
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
    let (product, rest) = match path.strip_prefix("containers") {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => {
            (Product::Containers, rest.trim_start_matches('/'))
        }
        _ => (Product::Vm, path),
    };
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
    let Some(version) = version else {
        return View::Framework(product, framework);
    };
    let record = catalog
        .record(path)
        .or_else(|| catalog.newest_variant(product, framework, version));
    match record {
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
    let decoded = percent_decode(path);
    let mut notices = Vec::new();
    let view = match decoded.trim_start_matches('/').get(..7) {
        Some(prefix) if prefix.eq_ignore_ascii_case("lookup/") => {
            let text = decoded
                .trim_start_matches('/')
                .get(7..)
                .unwrap_or("")
                .to_owned();
            let found = match lookup(catalog, &text) {
                Lookup::Found { record, .. } => Some(record.id.clone()),
                _ => None,
            };
            View::Lookup { text, found }
        }
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
        View::Lookup { text, .. } => format!("#/lookup/{}", percent_encode(text)),
    };
    let mut query = Vec::new();
    if let Some(at) = link.at {
        query.push(format!("at={at}"));
    }
    if let Some(lang) = link.lang {
        query.push(format!("lang={}", lang.code()));
    }
    if !query.is_empty() {
        hash.push('?');
        hash.push_str(&query.join("&"));
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
        check(
            "#/lookup/tf-2-11-cu113-debian-11-py310",
            "#/lookup/tf-2-11-cu113-debian-11-py310",
            &[],
        );
        check(
            "#/lookup/us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:m125?at=2026-01-01",
            "#/lookup/us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:m125?at=2026-01-01",
            &[],
        );
        check("#/lookup/a b", "#/lookup/a%20b", &[]);
    }

    #[test]
    fn a_lookup_link_carries_what_it_found() {
        let view = |hash: &str| parse(hash, &SHIPPED).link.view;
        assert_eq!(
            view("#/lookup/pytorch-2-4-cu124-v20241118-debian-11-py310"),
            View::Lookup {
                text: "pytorch-2-4-cu124-v20241118-debian-11-py310".into(),
                found: Some("pytorch/2.4".into())
            }
        );
        assert_eq!(
            view("#/LOOKUP/jax"),
            View::Lookup {
                text: "jax".into(),
                found: None
            }
        );
        assert_eq!(
            view("#/lookup/"),
            View::Lookup {
                text: String::new(),
                found: None
            }
        );
    }

    #[test]
    fn a_version_without_its_variant_opens_the_newest_python() {
        check("#/tensorflow/2.11", "#/tensorflow/2.11-py310", &[]);
        check("#/tensorflow/2.6", "#/tensorflow/2.6-py39", &[]);
        check("#/pytorch/1.13", "#/pytorch/1.13-py310", &[]);
        check("#/base/cpu", "#/base/cpu-py310", &[]);
        check("#/pytorch/2.9", "#/pytorch/2.9-ubuntu-2404", &[]);
    }

    #[test]
    fn what_cannot_be_honoured_becomes_a_notice() {
        check(
            "#/tensorflow/9.9",
            "#/tensorflow",
            &["No version tensorflow/9.9 — showing TensorFlow."],
        );
        check(
            "#/jax",
            "#/tensorflow",
            &["No framework “jax” — showing TensorFlow."],
        );
        check(
            "#/jax/0.4",
            "#/tensorflow",
            &["No framework “jax/0.4” — showing TensorFlow."],
        );
        check(
            "#/pytorch?at=2026-02-30&lang=fr",
            "#/pytorch",
            &[
                "“2026-02-30” is not a date (YYYY-MM-DD) — showing today.",
                "No language “fr” (en, es).",
            ],
        );
        check(
            "#/pytorch?at=",
            "#/pytorch",
            &["“” is not a date (YYYY-MM-DD) — showing today."],
        );
        check(
            "#/%3Cb%3Ehi",
            "#/tensorflow",
            &["No framework “<b>hi” — showing TensorFlow."],
        );
        check(
            "#/pytorch/%ZZ",
            "#/pytorch",
            &["No version pytorch/%zz — showing PyTorch."],
        );
    }

    #[test]
    fn garbage_and_huge_hashes_fall_back_quietly_sized() {
        let huge = format!("#/{}", "a/".repeat(5_000));
        let parsed = parse(&huge, &SHIPPED);
        assert_eq!(parsed.link.view, View::default());
        assert_eq!(parsed.notices.len(), 1);
        for garbage in [
            "#?",
            "#&&&",
            "#/?at",
            "#/\u{0}",
            "#//////",
            "#/tensorflow/2.16/extra",
            "#%",
            "#/%E2%82",
        ] {
            let parsed = parse(garbage, &SHIPPED);
            assert!(
                parsed.notices.len() <= 2,
                "{garbage:?}: {:?}",
                parsed.notices
            );
        }
    }

    #[test]
    fn format_then_parse_is_the_identity_for_every_view() {
        let mut links = Vec::new();
        for product in Product::ALL {
            for framework in SHIPPED.frameworks_of(product) {
                links.push(View::Framework(product, framework));
            }
        }
        for text in [
            "tf-2-16-cu123-py310",
            "gcr.io/deeplearning-platform-release/base-cu124.py310:latest",
            "nonsense ?&#%",
        ] {
            let found = match lookup(&SHIPPED, text) {
                Lookup::Found { record, .. } => Some(record.id.clone()),
                _ => None,
            };
            links.push(View::Lookup {
                text: text.to_owned(),
                found,
            });
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
