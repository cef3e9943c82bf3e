//! Property tests (proptest): the policy's laws on generated records and
//! dates, validation on generated catalogs and single-field corruptions, and
//! parsers that must answer — never panic — whatever text they get.
#![cfg(not(target_arch = "wasm32"))]

use dlvm_timeline::domain::catalog::{Catalog, Framework, Record};
use dlvm_timeline::domain::date::Date;
use dlvm_timeline::domain::embed::parse_attributes;
use dlvm_timeline::domain::embed::ViewKind;
use dlvm_timeline::domain::link::Notice;
use dlvm_timeline::domain::link::{format, parse, Link, View};
use dlvm_timeline::domain::lookup::{found_id, lookup, Lookup};
use dlvm_timeline::domain::policy::{evaluate, status_at, Policy, Status, WarningKind};
use dlvm_timeline::domain::synthetic::synthetic_catalog;
use dlvm_timeline::domain::validate::{read_catalog, to_json, Level};
use dlvm_timeline::testing::{fixture_with, record as builder, FIXTURE};
use proptest::prelude::*;
use serde_json::Value;

/// Day numbers from 1990 to 2040.
fn day() -> impl Strategy<Value = Date> {
    (7305i64..25568).prop_map(|n| {
        Date::known(1970, 1, 1)
            .add_days(n)
            .unwrap_or(Date::known(2000, 1, 1))
    })
}

/// A record with ordered dates (released ≤ end of patch ≤ end of
/// availability, release sometimes unknown), on the fixture's dependency table.
fn record() -> impl Strategy<Value = Record> {
    (day(), 0i64..800, 0i64..800, any::<bool>(), 0usize..3).prop_map(
        |(released, patch, avail, known, framework)| {
            let end_of_patch = released.add_days(patch).unwrap_or(released);
            let end_of_availability = end_of_patch.add_days(avail).unwrap_or(end_of_patch);
            let framework =
                [Framework::TensorFlow, Framework::PyTorch, Framework::Base][framework % 3];
            builder(&format!("{}/9.{patch}", framework.slug()))
                .label("generated")
                .python(Some("3.10"))
                .os(Some("Ubuntu 22.04"))
                .families(&[])
                .released(known.then_some(released))
                .ends(end_of_patch, end_of_availability)
                .build()
        },
    )
}

/// The fixture catalog plus `extra`.
fn with(extra: &Record) -> Catalog {
    fixture_with(vec![extra.clone()])
}

/// At most one notice of each kind (so at most one per problem a link can
/// have: its path, its date, its language).
fn one_notice_per_kind(notices: &[Notice]) -> Result<(), TestCaseError> {
    for (i, notice) in notices.iter().enumerate() {
        let kind = std::mem::discriminant(notice);
        let again = notices
            .iter()
            .skip(i + 1)
            .any(|n| std::mem::discriminant(n) == kind);
        prop_assert!(!again, "{:?}", notices);
    }
    prop_assert!(notices.len() <= 3, "{:?}", notices);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn status_never_goes_back(record in record(), a in day(), b in day()) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(status_at(&record, early) <= status_at(&record, late));
    }

    #[test]
    fn boundaries_are_exactly_the_policys(record in record()) {
        let eop = record.end_of_patch;
        let eoa = record.end_of_availability;
        let after = |d: Date| d.add_days(1).unwrap_or(d);
        prop_assert_eq!(status_at(&record, eop), Status::Supported);
        prop_assert_eq!(status_at(&record, eoa), if eoa == eop { Status::Supported } else { Status::Deprecated });
        prop_assert_eq!(status_at(&record, after(eoa)), Status::Unavailable);
        if let Some(released) = record.released {
            prop_assert_eq!(status_at(&record, released), Status::Supported);
            if let Some(before) = released.add_days(-1) {
                prop_assert_eq!(status_at(&record, before), Status::Upcoming);
            }
        }
    }

    #[test]
    fn days_remaining_agree_with_status(record in record(), at in day()) {
        let catalog = with(&record);
        let e = evaluate(&catalog, &record, at, Policy::default());
        match e.status {
            Status::Upcoming => prop_assert!(e.days_to_release.is_some_and(|d| d > 0)),
            Status::Supported => prop_assert!(e.days_to_end_of_patch >= 0),
            Status::Deprecated => prop_assert!(e.days_to_end_of_patch < 0 && e.days_to_end_of_availability >= 0),
            Status::Unavailable => prop_assert!(e.days_to_end_of_availability < 0),
        }
    }

    #[test]
    fn warnings_agree_with_status_and_dates(record in record(), at in day(), warn_days in 0i64..400) {
        let catalog = with(&record);
        let e = evaluate(&catalog, &record, at, Policy { warn_days });
        let has = |kind| e.warnings.iter().any(|w| w.kind == kind);
        prop_assert_eq!(has(WarningKind::Unavailable), e.status == Status::Unavailable);
        prop_assert_eq!(has(WarningKind::Deprecated), e.status == Status::Deprecated);
        prop_assert_eq!(
            has(WarningKind::EndOfPatchSoon),
            e.status == Status::Supported && e.days_to_end_of_patch <= warn_days
        );
        prop_assert_eq!(
            has(WarningKind::EndOfAvailabilitySoon),
            e.status != Status::Unavailable && (0..=warn_days).contains(&e.days_to_end_of_availability)
        );
        for pair in e.warnings.windows(2) {
            prop_assert!(pair[0].severity() <= pair[1].severity(), "most severe first");
        }
    }

    #[test]
    fn advice_is_supported_and_of_the_same_framework_when_one_exists(record in record(), at in day()) {
        let catalog = with(&record);
        let e = evaluate(&catalog, &record, at, Policy::default());
        match (&e.advice, e.status) {
            (Some(_), Status::Supported) => prop_assert!(false, "a supported record gets no advice"),
            (Some(advice), _) => {
                prop_assert_eq!(status_at(advice.to, at), Status::Supported);
                let same_exists = catalog
                    .records_of(record.product, record.framework)
                    .any(|r| r.id != record.id && status_at(r, at) == Status::Supported);
                prop_assert_eq!(advice.same_framework, same_exists);
                if advice.same_framework {
                    prop_assert_eq!(advice.to.framework, record.framework);
                }
            }
            (None, Status::Supported) => {}
            (None, _) => prop_assert!(!catalog.records.iter().any(|r| r.id != record.id && status_at(r, at) == Status::Supported)),
        }
    }

    #[test]
    fn generated_catalogs_are_valid(count in 1usize..120) {
        let report = read_catalog(&to_json(&synthetic_catalog(count, &FIXTURE)));
        prop_assert_eq!(report.errors().count(), 0);
    }

    /// Each single-field corruption is rejected by an error naming that
    /// record and that field.
    #[test]
    fn single_field_corruptions_are_located(count in 2usize..40, pick in any::<prop::sample::Index>(), corruption in 0usize..7) {
        let catalog = synthetic_catalog(count, &FIXTURE);
        let mut value: Value = serde_json::from_str(&to_json(&catalog)).expect("JSON");
        let index = pick.index(count);
        let id = catalog.records[index].id.to_string();
        let other = catalog.records[(index + 1) % count].id.to_string();
        let record = value.pointer_mut(&format!("/records/{index}")).and_then(Value::as_object_mut).expect("record");
        let field = match corruption {
            0 => { record.insert("end_of_patch".into(), "2100-01-01".into()); "end_of_patch" }
            1 => { record.insert("released".into(), "2021-02-29".into()); "released" }
            2 => { record.insert("framework".into(), "jax".into()); "framework" }
            3 => { record.insert("id".into(), other.clone().into()); "id" }
            4 => { record.insert("python".into(), "2.7".into()); "python" }
            5 => { record.insert("colour".into(), "red".into()); "colour" }
            _ => { record.insert("accelerators".into(), serde_json::json!(["tpu"])); "accelerators" }
        };
        let report = read_catalog(&value.to_string());
        prop_assert!(report.catalog.is_none());
        let named = report.problems.iter().any(|p| {
            p.level == Level::Error
                && p.location.field.as_deref() == Some(field)
                && (p.location.record.as_deref() == Some(id.as_str()) || p.location.record.as_deref() == Some(other.as_str()))
        });
        prop_assert!(named, "no error names record {} field {}: {:?}", id, field, report.problems);
    }

    #[test]
    fn links_parse_anything_and_their_canonical_form_is_stable(text in ".{0,300}") {
        let first = parse(&text, &FIXTURE);
        let canonical = format(&first.link);
        let again = parse(&canonical, &FIXTURE);
        prop_assert_eq!(&again.link, &first.link);
        prop_assert!(again.notices.is_empty(), "{:?}", again.notices);
    }

    #[test]
    fn any_pasted_text_survives_its_lookup_link(text in ".{0,300}") {
        // Whatever a reader pastes, the shared link reopens that text and
        // the record it found (the hash carries it percent-encoded).
        let link = Link {
            view: View::Lookup { text: text.clone(), found: found_id(&FIXTURE, &text) },
            ..Link::default()
        };
        let hash = format(&link);
        prop_assert!(!hash[1..].contains(['#', '?', ' ']), "{}", hash);
        let parsed = parse(&hash, &FIXTURE);
        prop_assert_eq!(parsed.link, link);
    }

    #[test]
    fn links_of_the_shape_parse_anything(path in "[a-z0-9./%?&=-]{0,80}") {
        let parsed = parse(&format!("#/{path}"), &FIXTURE);
        one_notice_per_kind(&parsed.notices)?;
    }

    #[test]
    fn repeated_keys_give_one_notice_per_kind(
        path in "[a-z0-9./]{0,12}",
        pairs in prop::collection::vec("(at|lang)(=[a-z0-9-]{0,5})?", 1..40),
    ) {
        let parsed = parse(&format!("#/{path}?{}", pairs.join("&")), &FIXTURE);
        one_notice_per_kind(&parsed.notices)?;
    }

    #[test]
    fn embed_attributes_give_a_config_or_errors_naming_given_attributes(
        values in prop::collection::vec(prop::option::of(".{0,60}"), 9),
    ) {
        let names = dlvm_timeline::domain::embed::ATTRIBUTES;
        let pairs: Vec<(String, String)> = names
            .iter()
            .zip(values)
            .filter_map(|(n, v)| Some((n.to_string(), v?)))
            .collect();
        let given = |name: &str| pairs.iter().any(|(n, _)| n == name);
        match parse_attributes(&pairs, &FIXTURE) {
            Ok(config) => {
                // What it opens exists: a record the catalog has, or a
                // framework its product has.
                match &config.link.view {
                    View::Record(id) => prop_assert!(FIXTURE.record(id).is_some()),
                    View::Framework(product, framework) => {
                        prop_assert!(FIXTURE.records_of(*product, *framework).next().is_some())
                    }
                    View::Product(_) => {}
                    View::Lookup { .. } => prop_assert!(false, "attributes open no lookup"),
                }
                if matches!(config.view, ViewKind::Card | ViewKind::Badge) {
                    prop_assert!(matches!(config.link.view, View::Record(_)));
                }
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for error in &errors {
                    // An attribute that was given, or the version a card or
                    // badge needs and did not get.
                    let missing_version = error.attribute == "data-version" && error.found.is_none();
                    prop_assert!(given(error.attribute) || missing_version, "{:?}", error);
                }
            }
        }
    }

    #[test]
    fn a_lookup_finds_only_catalog_records_and_offers_at_most_three(text in ".{0,400}") {
        let in_catalog = |record: &Record| FIXTURE.records.iter().any(|r| std::ptr::eq(r, record));
        let result = lookup(&FIXTURE, &text);
        match &result {
            Lookup::Found { record, .. } => {
                prop_assert!(in_catalog(record));
                prop_assert_eq!(found_id(&FIXTURE, &text), Some(record.id.clone()));
            }
            Lookup::Rolling { pin, .. } => {
                prop_assert!(pin.is_none_or(in_catalog));
                prop_assert_eq!(found_id(&FIXTURE, &text), None);
            }
            other => {
                let closest = other.closest();
                prop_assert!(closest.len() <= 3, "{} closest", closest.len());
                prop_assert!(closest.iter().all(|r| in_catalog(r)));
                prop_assert_eq!(found_id(&FIXTURE, &text), None);
            }
        }
    }

    #[test]
    fn catalog_reader_answers_anything(text in ".{0,400}") {
        let report = read_catalog(&text);
        prop_assert_eq!(report.catalog.is_some(), report.errors().next().is_none());
    }
}
