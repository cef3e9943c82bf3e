//! Any pasted text: the lookup answers, and what it finds really fits.
#![no_main]
use dlvm_timeline::domain::lookup::{lookup, Lookup};
use dlvm_timeline::shipped::SHIPPED;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Lookup::Found { record, image } = lookup(&SHIPPED, text) {
        assert_eq!(record.product, image.product);
        assert_eq!(record.framework, image.framework);
        assert_eq!(record.version.as_ref(), image.version);
    }
});
