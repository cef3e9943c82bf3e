//! Any location hash: parsing answers, and link state → hash → state is the
//! identity (the canonical hash parses back to the same state, quietly).
#![no_main]
use dlvm_timeline::domain::link::{format, parse};
use dlvm_timeline::shipped::SHIPPED;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|hash: &str| {
    let parsed = parse(hash, &SHIPPED);
    let canonical = format(&parsed.link);
    let again = parse(&canonical, &SHIPPED);
    assert_eq!(again.link, parsed.link, "{canonical}");
    assert!(again.notices.is_empty(), "{canonical}: {:?}", again.notices);
    assert_eq!(format(&again.link), canonical);
});
