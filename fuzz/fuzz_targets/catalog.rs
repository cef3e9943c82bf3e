//! Any catalog text: parse + validate answers (a catalog exactly when there
//! is no error), and an accepted catalog survives a write/read round trip.
#![no_main]
use dlvm_timeline::domain::validate::{read_catalog, to_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let report = read_catalog(text);
    assert_eq!(report.catalog.is_some(), report.errors().next().is_none());
    if let Some(catalog) = report.catalog {
        let again = read_catalog(&to_json(&catalog));
        assert_eq!(again.catalog.as_ref(), Some(&catalog));
    }
});
