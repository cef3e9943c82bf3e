//! The calendar export, read back with an independent iCalendar parser (the
//! `ical` crate): one event per end date, stable UIDs, alarms, valid lines.

#![cfg(not(target_arch = "wasm32"))]

use dlvm_timeline::domain::calendar::{file_name, ics};
use dlvm_timeline::domain::date::Date;
use dlvm_timeline::domain::messages::Lang;
use dlvm_timeline::testing::FIXTURE;
use ical::parser::ical::component::IcalCalendar;

const PAGE: &str = "https://docs.example.com/dlvm/";
const STAMP: Date = Date::known(2026, 11, 26);

fn parse(text: &str) -> IcalCalendar {
    let mut calendars = ical::IcalParser::new(text.as_bytes());
    let calendar = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none(), "only one calendar");
    calendar
}

fn value<'a>(properties: &'a [ical::property::Property], name: &str) -> Option<&'a str> {
    properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}

fn file(ids: &[&str], lang: Lang) -> String {
    let records: Vec<_> = ids
        .iter()
        .map(|id| FIXTURE.record(id).expect("in the fixture"))
        .collect();
    ics(&FIXTURE, &records, lang, PAGE, STAMP)
}

#[test]
fn lines_are_crlf_and_at_most_75_octets() {
    let text = file(
        &[
            "tensorflow/2.16",
            "containers/vllm/0.5",
            "base/cu129-ubuntu-2404",
        ],
        Lang::Es,
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

#[test]
fn one_event_per_end_date_with_three_alarms() {
    let calendar = parse(&file(&["tensorflow/2.16", "pytorch/2.7"], Lang::En));
    assert_eq!(value(&calendar.properties, "VERSION"), Some("2.0"));
    let events: Vec<(String, String, String, Vec<String>)> = calendar
        .events
        .iter()
        .map(|e| {
            let triggers = e
                .alarms
                .iter()
                .filter_map(|a| value(&a.properties, "TRIGGER").map(str::to_owned))
                .collect();
            (
                value(&e.properties, "UID").unwrap_or_default().to_owned(),
                value(&e.properties, "DTSTART")
                    .unwrap_or_default()
                    .to_owned(),
                value(&e.properties, "DTEND").unwrap_or_default().to_owned(),
                triggers,
            )
        })
        .collect();
    let alarms = || vec!["-P90D".to_owned(), "-P30D".to_owned(), "-P7D".to_owned()];
    assert_eq!(
        events,
        vec![
            (
                "tensorflow/2.16-end-of-patch@dlvm-support-timeline".into(),
                "20250628".into(),
                "20250629".into(),
                alarms()
            ),
            (
                "tensorflow/2.16-end-of-availability@dlvm-support-timeline".into(),
                "20260628".into(),
                "20260629".into(),
                alarms()
            ),
            (
                "pytorch/2.7-end-of-patch@dlvm-support-timeline".into(),
                "20260413".into(),
                "20260414".into(),
                alarms()
            ),
            (
                "pytorch/2.7-end-of-availability@dlvm-support-timeline".into(),
                "20270413".into(),
                "20270414".into(),
                alarms()
            ),
        ]
    );
}

#[test]
fn uids_are_stable_so_a_newer_file_updates_events() {
    let first = parse(&file(&["pytorch/2.4"], Lang::En));
    let later = parse(&ics(
        &FIXTURE,
        &[FIXTURE.record("pytorch/2.4").expect("in the fixture")],
        Lang::Es,
        PAGE,
        Date::known(2027, 1, 1),
    ));
    let uids = |c: &IcalCalendar| {
        c.events
            .iter()
            .filter_map(|e| value(&e.properties, "UID").map(str::to_owned))
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&first), uids(&later));
}

#[test]
fn spanish_descriptions_write_dates_in_spanish() {
    let calendar = parse(&file(&["pytorch/2.4"], Lang::Es));
    let event = calendar.events.first().expect("an event");
    let description = value(&event.properties, "DESCRIPTION").expect("description");
    assert!(description.contains(" el 24 jul 2025."), "{description}");
    assert!(description.contains(" al 10 abr 2026 "), "{description}");
    assert!(!description.contains("2025-07-24"), "{description}");
}

#[test]
fn descriptions_name_the_catalog_date_and_the_deep_link_escaped() {
    let calendar = parse(&file(&["tensorflow/2.11-py37"], Lang::En));
    let event = calendar.events.first().expect("an event");
    let summary = value(&event.properties, "SUMMARY").expect("summary");
    assert_eq!(
        summary,
        "TensorFlow 2.11 (Python 3.7): End of patch & support"
    );
    let description = value(&event.properties, "DESCRIPTION").expect("description");
    // The parser leaves TEXT escapes in place: commas are escaped.
    assert!(
        description.contains("catalog as of 10 Apr 2026"),
        "{description}"
    );
    assert!(
        description.contains("https://docs.example.com/dlvm/v/tensorflow/2.11-py37.html"),
        "{description}"
    );
    assert!(
        description.contains("(Google's support policy pages)"),
        "{description}"
    );
    assert_eq!(
        value(&event.properties, "URL"),
        Some("https://docs.example.com/dlvm/v/tensorflow/2.11-py37.html")
    );
    let spanish = parse(&file(&["tensorflow/2.11-py37"], Lang::Es));
    let summary = value(&spanish.events[0].properties, "SUMMARY").expect("summary");
    // Each event links to its version's page in the file's language.
    assert_eq!(
        value(&spanish.events[0].properties, "URL"),
        Some("https://docs.example.com/dlvm/v/tensorflow/2.11-py37.es.html")
    );
    assert_eq!(
        summary,
        "TensorFlow 2.11 (Python 3.7): Fin de la asistencia y de los parches"
    );
}

#[test]
fn file_names() {
    let one = [FIXTURE
        .record("containers/tensorflow/2.17")
        .expect("in the fixture")];
    assert_eq!(file_name(&one), "dlvm-containers-tensorflow-2.17.ics");
    assert_eq!(file_name(&[]), "dlvm-support-dates.ics");
}

/// Found by fuzzing (fuzz/fuzz_targets/calendar.rs): a page address with a
/// line break broke the URL line. Addresses are now percent-encoded.
#[test]
fn a_page_address_with_line_breaks_cannot_break_a_line() {
    let record = FIXTURE.record("pytorch/2.4").expect("in the fixture");
    let text = ics(
        &FIXTURE,
        &[record],
        Lang::En,
        "https://x.example/a b\r\nX-EVIL:1\n",
        STAMP,
    );
    assert!(!text.contains("\r\nX-EVIL"), "{text}");
    for line in text.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r') && line.len() <= 75,
            "{line:?}"
        );
    }
    let calendar = parse(&text);
    assert_eq!(calendar.events.len(), 2);
    assert!(value(&calendar.events[0].properties, "URL").is_some_and(
        |u| u.starts_with("https://x.example/a%20b%0D%0AX-EVIL:1%0Av/pytorch/2.4.html")
    ));
}
