//! Any record text (label, notes, id, dates) in the calendar: the output has
//! CRLF lines of at most 75 octets and an independent iCalendar parser reads
//! back one event per end date.
#![no_main]
use dlvm_timeline::domain::calendar::ics;
use dlvm_timeline::domain::catalog::Text;
use dlvm_timeline::domain::date::Date;
use dlvm_timeline::domain::messages::Lang;
use dlvm_timeline::shipped::SHIPPED;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (String, String, u16, u16, bool)| {
    let (label, page, patch, avail, spanish) = input;
    let mut record = SHIPPED.records.first().cloned().expect("a shipped record");
    record.label = Text::Owned(label);
    record.end_of_patch = Date::known(2000, 1, 1).add_days(i64::from(patch)).expect("in range");
    record.end_of_availability = record.end_of_patch.add_days(i64::from(avail)).expect("in range");
    let lang = if spanish { Lang::Es } else { Lang::En };
    let text = ics(&SHIPPED, &[&record], lang, &page, Date::known(2026, 11, 26));
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    let calendar = ical::IcalParser::new(text.as_bytes())
        .next()
        .expect("a calendar")
        .expect("it parses");
    assert_eq!(calendar.events.len(), 2);
});
