// On the fixture catalog (crate::testing), which is native only.
#![cfg(not(target_arch = "wasm32"))]
use super::*;
use crate::testing::FIXTURE;

fn check(hash: &str, expect_hash: &str, expect_notices: &[&str]) {
    let parsed = parse(hash, &FIXTURE);
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
    let view = |hash: &str| parse(hash, &FIXTURE).link.view;
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
        for framework in FIXTURE.frameworks_of(product) {
            links.push(View::Framework(product, framework));
        }
    }
    for record in FIXTURE.records.iter() {
        links.push(View::Record(record.id.clone()));
    }
    for text in [
        "tf-2-16-cu123-py310",
        "gcr.io/deeplearning-platform-release/base-cu124.py310:latest",
        "nonsense ?&#%/é",
    ] {
        links.push(View::Lookup {
            text: text.to_owned(),
            found: crate::domain::lookup::found_id(&FIXTURE, text),
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
                let parsed = parse(&format(&link), &FIXTURE);
                assert_eq!(parsed.link, link);
                assert!(parsed.notices.is_empty());
            }
        }
    }
}

#[test]
fn a_version_is_shared_as_its_own_page_in_the_language_shown() {
    let record = |at: Option<Date>, lang: Option<Lang>| Link {
        view: View::Record("containers/tensorflow/2.17".into()),
        at,
        lang,
    };
    assert_eq!(
        share_target(&record(None, None), Lang::En),
        "v/containers/tensorflow/2.17.html"
    );
    // The page fixes the version and the language; a chosen date stays.
    assert_eq!(
        share_target(
            &record(Date::from_ymd(2026, 1, 1), Some(Lang::Es)),
            Lang::Es
        ),
        "v/containers/tensorflow/2.17.es.html#/containers/tensorflow/2.17?at=2026-01-01"
    );
    assert_eq!(
        share_target(&record(None, Some(Lang::Es)), Lang::Es),
        "v/containers/tensorflow/2.17.es.html"
    );
    // Views of more than one version stay on the timeline page.
    let framework = Link {
        view: View::Framework(Product::Vm, Framework::PyTorch),
        at: Date::from_ymd(2026, 1, 1),
        lang: Some(Lang::Es),
    };
    assert_eq!(
        share_target(&framework, Lang::Es),
        "index.html#/pytorch?at=2026-01-01&lang=es"
    );
    let lookup = Link {
        view: View::Lookup {
            text: "tf-2-11-cpu".into(),
            found: None,
        },
        ..Link::default()
    };
    assert_eq!(
        share_target(&lookup, Lang::En),
        "index.html#/lookup/tf-2-11-cpu"
    );
    // Every id of the catalog is a path as it is.
    for record in FIXTURE.records.iter() {
        let page = share_page(&record.id, Lang::En);
        assert!(
            page.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/.-".contains(&b)),
            "{page}"
        );
    }
}

#[test]
fn a_lookup_link_finds_its_record_only_with_a_name_reader() {
    let hash = "#/lookup/tf-2-11-cu113-debian-11-py310";
    let found = |parsed: ParsedLink| match parsed.link.view {
        View::Lookup { found, .. } => found.map(|id| id.to_string()),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        found(parse(hash, &FIXTURE)).as_deref(),
        Some("tensorflow/2.11-py310")
    );
    // The badge-and-card entry reads no image names: the link keeps its
    // text and opens no version.
    assert_eq!(found(parse_with(hash, &FIXTURE, no_lookup)), None);
}
