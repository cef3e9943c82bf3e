//! Any pasted text: the lookup answers, what it finds really fits, and its
//! answer is said in every language without a panic.
#![no_main]
use dlvm_timeline::domain::lookup::{lookup, Lookup};
use dlvm_timeline::domain::messages::{lookup_text, Lang};
use dlvm_timeline::shipped::SHIPPED;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = lookup(&SHIPPED, text);
    for lang in [Lang::En, Lang::Es] {
        lookup_text(lang, text, &found);
    }
    if let Lookup::Found { record, image } = found {
        assert_eq!(record.product, image.product);
        assert_eq!(record.framework, image.framework);
        assert_eq!(record.version.as_ref(), image.version);
    }
});
