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
use super::text::push_separated;

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

/// Reads a location hash (with or without its leading `#`).
pub fn parse(hash: &str, catalog: &Catalog) -> ParsedLink {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let mut notices = Vec::new();
    let decoded = percent_decode(path);
    let trimmed = decoded.trim_start_matches('/');
    let view = match trimmed.split_at_checked("lookup/".len()) {
        // The pasted text as written (not lowercased: it is shown back).
        Some((prefix, text)) if prefix.eq_ignore_ascii_case("lookup/") => View::Lookup {
            text: text.to_owned(),
            found: found_id(catalog, text),
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
        View::Product(product) => format!("#/{}", product.id_prefix().trim_end_matches('/')),
        View::Framework(product, framework) => {
            format!("#/{}{}", product.id_prefix(), framework.slug())
        }
        View::Record(id) => format!("#/{id}"),
        View::Lookup { text, .. } => format!("#/lookup/{}", percent_encode(text, keep_in_hash)),
    };
    // `?at=…&lang=…`, each part only when chosen.
    let mut query = String::new();
    if let Some(at) = link.at {
        push_separated(&mut query, "&", &format!("at={at}"));
    }
    if let Some(lang) = link.lang {
        push_separated(&mut query, "&", &format!("lang={}", lang.code()));
    }
    if !query.is_empty() {
        hash.push('?');
        hash.push_str(&query);
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
            .map(|n| crate::domain::messages::notice_text(Lang::En, n))
            .collect();
        assert_eq!(notices, expect_notices, "notices of {hash:?}");
    }

    #[test]
    fn every_link_form() {
        // No framework named: the product's landing framework, which the
        // state picks for the evaluation date.
        check("", "#/", &[]);
        check("#", "#/", &[]);
        check("#/", "#/", &[]);
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
        check("#/containers", "#/containers", &[]);
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
        // A framework the product lacks: the product, with a notice.
        check(
            "#/vllm",
            "#/",
            &["VM images have no vLLM inference — showing the default view."],
        );
        check(
            "#/jax/0.4",
            "#/",
            &["No framework “jax/0.4” — showing the default view."],
        );
        // One notice per kind of problem, however often a key repeats.
        check(
            "#/?at&at&at&at=x&lang=fr&lang=de",
            "#/",
            &[
                "“” is not a date (YYYY-MM-DD) — showing today.",
                "No language “fr” (en, es).",
            ],
        );
        // Anything else is encoded, so the text survives the hash as typed.
        check("#/lookup/a b", "#/lookup/a%20b", &[]);
        check("#/LOOKUP/Tf%3F%23%25é", "#/lookup/Tf%3F%23%25%C3%A9", &[]);
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
            view("#/lookup/jax-0-4"),
            View::Lookup {
                text: "jax-0-4".into(),
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
    fn percent_encoding_keeps_only_what_it_is_told_to() {
        assert_eq!(percent_encode("a b/é\n", keep_in_hash), "a%20b/%C3%A9%0A");
        assert_eq!(
            percent_encode("https://x.test/a b#/c", |b| b.is_ascii_graphic()),
            "https://x.test/a%20b#/c"
        );
        assert_eq!(
            percent_decode(&percent_encode("«ü» 100%", keep_in_hash)),
            "«ü» 100%"
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
        for text in [
            "tf-2-16-cu123-py310",
            "gcr.io/deeplearning-platform-release/base-cu124.py310:latest",
            "nonsense ?&#%/é",
        ] {
            links.push(View::Lookup {
                text: text.to_owned(),
                found: crate::domain::lookup::found_id(&SHIPPED, text),
            });
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
