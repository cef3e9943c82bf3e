// On the fixture catalog (crate::testing), which is native only.
#![cfg(not(target_arch = "wasm32"))]
use super::*;

#[test]
fn a_long_bad_value_is_quoted_cut_to_eighty_characters() {
    let long = "é".repeat(100);
    let errors = parse_attributes(&[("data-view".into(), long)], &FIXTURE).unwrap_err();
    let found = errors[0].found.clone().unwrap_or_default();
    assert_eq!(found, format!("{}…", "é".repeat(80)));
}

#[test]
fn embed_js_remounts_on_every_attribute_the_reader_knows() {
    // embed.js watches a list of its own; one missing there (as
    // data-product once was) would leave an element showing stale views.
    let script = include_str!("../../../static/embed.js");
    let watched = script
        .split("const ATTRIBUTES = [")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("embed.js has its ATTRIBUTES list");
    for attribute in ATTRIBUTES {
        assert!(watched.contains(&format!("'{attribute}'")), "{attribute}");
    }
}
use crate::domain::messages::{attr_error_text, Lang};
use crate::testing::FIXTURE;

fn parse(attrs: &[(&str, &str)]) -> Result<EmbedConfig, Vec<String>> {
    let owned: Vec<(String, String)> = attrs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    parse_attributes(&owned, &FIXTURE).map_err(|errors| {
        errors
            .iter()
            .map(|e| attr_error_text(Lang::En, e))
            .collect()
    })
}

#[test]
fn defaults_with_no_attributes() {
    assert_eq!(
        parse(&[("data-dlvm-timeline", "")]),
        Ok(EmbedConfig::default())
    );
}

#[test]
fn a_card_for_a_version_in_spanish() {
    let config = parse(&[
        ("data-view", "card"),
        ("data-version", "pytorch/2.4"),
        ("data-lang", "es"),
        ("data-at", "2026-01-01"),
        ("data-theme", "dark"),
        ("data-warn-days", "30"),
        ("data-sync-url", ""),
        ("data-testid", "host's own"),
    ])
    .expect("valid");
    assert_eq!(config.view, ViewKind::Card);
    assert_eq!(config.link.view, View::Record("pytorch/2.4".into()));
    assert_eq!(config.link.lang, Some(Lang::Es));
    assert_eq!(config.link.at, Date::from_ymd(2026, 1, 1));
    assert_eq!(
        (config.theme, config.warn_days, config.sync_url),
        (Theme::Dark, 30, true)
    );
    // A version without its variant means the newest Python.
    let config =
        parse(&[("data-view", "badge"), ("data-version", "tensorflow/2.11")]).expect("valid");
    assert_eq!(
        config.link.view,
        View::Record("tensorflow/2.11-py310".into())
    );
    let config = parse(&[("data-view", "timeline"), ("data-framework", "base")]).expect("valid");
    assert_eq!(
        config.link.view,
        View::Framework(Product::Vm, Framework::Base)
    );
    let config =
        parse(&[("data-product", "containers"), ("data-framework", "vllm")]).expect("valid");
    assert_eq!(
        config.link.view,
        View::Framework(Product::Containers, Framework::Vllm)
    );
    // vLLM is a container framework: no data-product needed.
    let config = parse(&[("data-framework", "vllm")]).expect("valid");
    assert_eq!(
        config.link.view,
        View::Framework(Product::Containers, Framework::Vllm)
    );
    let config = parse(&[("data-product", "containers")]).expect("valid");
    assert_eq!(config.link.view, View::Product(Product::Containers));
    let config = parse(&[
        ("data-view", "card"),
        ("data-version", "containers/pytorch/2.4"),
    ])
    .expect("valid");
    assert_eq!(
        config.link.view,
        View::Record("containers/pytorch/2.4".into())
    );
    let config = parse(&[
        ("data-view", "badge"),
        ("data-version", "containers/tensorflow/2.10"),
    ])
    .expect("valid");
    assert_eq!(
        config.link.view,
        View::Record("containers/tensorflow/2.10-py310".into())
    );
}

#[test]
fn each_bad_attribute_says_what_was_expected_and_found() {
    let check = |attrs: &[(&str, &str)], expect: &[&str]| {
        assert_eq!(
            parse(attrs),
            Err(expect.iter().map(|s| s.to_string()).collect()),
            "{attrs:?}"
        )
    };
    check(
        &[("data-view", "cards")],
        &["data-view: expected one of full, timeline, card, badge; found “cards”."],
    );
    check(
        &[("data-framework", "jax")],
        &["data-framework: expected one of tensorflow, pytorch, base, vllm; found “jax”."],
    );
    check(&[("data-version", "tensorflow/9.9")], &["data-version: expected a version id from the catalog, such as tensorflow/2.16; found “tensorflow/9.9”."]);
    check(&[("data-view", "card")], &["data-version: the card view needs a version id, such as tensorflow/2.16; found nothing."]);
    check(
        &[("data-framework", "base"), ("data-version", "pytorch/2.4")],
        &["data-version: expected a version of Base; found “pytorch/2.4”."],
    );
    check(
        &[("data-product", "vm"), ("data-framework", "vllm")],
        &["data-framework: expected a framework of VM images (tensorflow, pytorch, base); found “vllm”."],
    );
    check(
        &[("data-at", "tomorrow")],
        &["data-at: expected a date as YYYY-MM-DD; found “tomorrow”."],
    );

    check(
        &[("data-theme", "blue")],
        &["data-theme: expected one of auto, light, dark; found “blue”."],
    );
    check(
        &[("data-warn-days", "-5")],
        &["data-warn-days: expected a number of days from 0 to 3650; found “-5”."],
    );
    check(
        &[("data-warn-days", "1e3")],
        &["data-warn-days: expected a number of days from 0 to 3650; found “1e3”."],
    );
    check(
        &[("data-sync-url", "yes")],
        &["data-sync-url: expected one of (empty), true, false; found “yes”."],
    );
    check(
        &[("data-view", "<img src=x onerror=alert(1)>"), ("data-theme", "x")],
        &[
            "data-view: expected one of full, timeline, card, badge; found “<img src=x onerror=alert(1)>”.",
            "data-theme: expected one of auto, light, dark; found “x”.",
        ],
    );
}

#[test]
fn any_language_tag_matches_by_its_primary_language_or_falls_back_quietly() {
    let lang = |tag: &str| parse(&[("data-lang", tag)]).map(|c| c.link.lang);
    assert_eq!(lang("es-419"), Ok(Some(Lang::Es)));
    assert_eq!(lang("es-MX"), Ok(Some(Lang::Es)));
    assert_eq!(lang("en-GB"), Ok(Some(Lang::En)));
    // Not spoken: no error, the page's or the reader's language instead.
    assert_eq!(lang("fr"), Ok(None));
    assert_eq!(lang(""), Ok(None));
}

#[test]
fn long_values_are_cut_in_messages() {
    let long = "x".repeat(5_000);
    let errors = parse(&[("data-view", &long)]).expect_err("invalid");
    assert!(errors[0].chars().count() < 160, "{}", errors[0]);
}

#[test]
fn the_custom_element_writes_every_attribute_without_data() {
    for attribute in ATTRIBUTES {
        let written = written_attribute(attribute, true);
        assert_eq!(format!("data-{written}"), attribute);
        assert_eq!(data_attribute(written), Some(attribute));
        assert_eq!(written_attribute(attribute, false), attribute);
    }
    // The page's own attributes are not the widget's.
    assert_eq!(data_attribute("class"), None);
    assert_eq!(data_attribute("data-view"), None);
    assert_eq!(data_attribute("dlvm-timeline"), None);
}
