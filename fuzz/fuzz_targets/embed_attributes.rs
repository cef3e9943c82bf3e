//! Any embed attributes (values split on NUL): a configuration or located
//! errors, each naming a known attribute.
#![no_main]
use dlvm_timeline::domain::embed::{parse_attributes, ATTRIBUTES};
use dlvm_timeline::shipped::SHIPPED;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let pairs: Vec<(String, String)> = ATTRIBUTES
        .iter()
        .zip(text.split('\0'))
        .map(|(name, value)| (name.to_string(), value.to_owned()))
        .collect();
    if let Err(errors) = parse_attributes(&pairs, &SHIPPED) {
        assert!(!errors.is_empty());
        for error in errors {
            assert!(ATTRIBUTES.contains(&error.attribute));
        }
    }
});
