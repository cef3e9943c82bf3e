//! Calendar export: an iCalendar (RFC 5545) file with one all-day event per
//! end date of each chosen record — end of patch & support, end of
//! availability — each with alarms 90, 30 and 7 days before.
//!
//! Each event's UID is built from the record id and the event kind, so
//! importing a newer file updates the events instead of duplicating them.

use super::catalog::{slugs, Catalog, Record};
use super::date::Date;
use super::lang::Lang;
use super::link::{percent_encode, share_page};
use super::messages::{format_date, product_name, record_name};
use super::text::{decimal, fill, joined};

/// Alarms, in days before each event.
pub const ALARM_DAYS: [u32; 3] = [90, 30, 7];

slugs! {
    /// The two events of a record.
    pub enum EventKind {
        EndOfPatch = "end-of-patch",
        EndOfAvailability = "end-of-availability",
    }
}

/// `\`, `;`, `,` and line breaks escaped as RFC 5545 TEXT wants them.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no line exceeds 75 octets
/// (continuations start with a space), never inside a UTF-8 character.
fn line(out: &mut String, parts: &[&str]) {
    let mut width = 0;
    for c in parts.iter().flat_map(|part| part.chars()) {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
}

/// A URI value as iCalendar needs it: every byte outside printable ASCII
/// (line breaks above all: the page address comes from the host) is
/// percent-encoded, so it can never break a content line.
fn uri(text: &str) -> String {
    percent_encode(text, |byte| byte.is_ascii_graphic())
}

fn ical_date(date: Date) -> String {
    date.written("")
}

/// The .ics file for `records`, in `lang`. `folder` is the bundle's folder
/// address (each event links to its version's own page there, `v/…`);
/// `stamp` is the day the file is made (DTSTAMP).
pub fn ics(
    catalog: &Catalog,
    records: &[&Record],
    lang: Lang,
    folder: &str,
    stamp: Date,
) -> String {
    let mut out = String::new();
    line(&mut out, &["BEGIN:VCALENDAR"]);
    line(&mut out, &["VERSION:2.0"]);
    line(
        &mut out,
        &["PRODID:-//DLVM Support Timeline//Framework support dates//EN"],
    );
    line(&mut out, &["CALSCALE:GREGORIAN"]);
    line(&mut out, &["METHOD:PUBLISH"]);
    let name = match lang {
        Lang::En => "Deep Learning VM support dates",
        Lang::Es => "Fechas de asistencia de Deep Learning VM",
    };
    line(&mut out, &["X-WR-CALNAME:", &escape(name)]);
    for record in records {
        for kind in [EventKind::EndOfPatch, EventKind::EndOfAvailability] {
            event(&mut out, catalog, record, kind, lang, folder, stamp);
        }
    }
    line(&mut out, &["END:VCALENDAR"]);
    out
}

fn event(
    out: &mut String,
    catalog: &Catalog,
    record: &Record,
    kind: EventKind,
    lang: Lang,
    folder: &str,
    stamp: Date,
) {
    let strings = lang.strings();
    let (date, what) = match kind {
        EventKind::EndOfPatch => (record.end_of_patch, strings.end_of_patch),
        EventKind::EndOfAvailability => (record.end_of_availability, strings.end_of_availability),
    };
    let name = record_name(record);
    // The version's own page, in the file's language.
    let url = uri(&joined(&[folder, &share_page(&record.id, lang)]));
    let summary = joined(&[&name, ": ", what]);
    // {0} record, {1} product, {2} event, {3} date, {4} catalog as_of, {5} link.
    let template = match lang {
        Lang::En => "{0} ({1}): {2} on {3}. Dates from the DLVM Support Timeline catalog as of {4} (Google's support policy pages). {5}",
        Lang::Es => "{0} ({1}): {2} el {3}. Fechas del catálogo de DLVM Support Timeline al {4} (páginas de la política de asistencia de Google). {5}",
    };
    let description = fill(
        template,
        &[
            &name,
            product_name(lang, record.product),
            what,
            &format_date(lang, date),
            &format_date(lang, catalog.as_of),
            &url,
        ],
    );
    line(out, &["BEGIN:VEVENT"]);
    line(
        out,
        &[
            "UID:",
            &record.id,
            "-",
            kind.slug(),
            "@dlvm-support-timeline",
        ],
    );
    line(out, &["DTSTAMP:", &ical_date(stamp), "T000000Z"]);
    line(out, &["DTSTART;VALUE=DATE:", &ical_date(date)]);
    line(
        out,
        &[
            "DTEND;VALUE=DATE:",
            &ical_date(date.add_days(1).unwrap_or(date)),
        ],
    );
    line(out, &["SUMMARY:", &escape(&summary)]);
    line(out, &["DESCRIPTION:", &escape(&description)]);
    line(out, &["URL:", &url]);
    line(out, &["TRANSP:TRANSPARENT"]);
    for days in ALARM_DAYS {
        line(out, &["BEGIN:VALARM"]);
        line(out, &["ACTION:DISPLAY"]);
        line(out, &["DESCRIPTION:", &escape(&summary)]);
        line(out, &["TRIGGER:-P", &decimal(days.into()), "D"]);
        line(out, &["END:VALARM"]);
    }
    line(out, &["END:VEVENT"]);
}

/// A file name for the download: `dlvm-tensorflow-2.16.ics`, or
/// `dlvm-support-dates.ics` for several records.
pub fn file_name(records: &[&Record]) -> String {
    match records {
        // A char pattern: no substring searcher (the size lint's concern).
        #[allow(clippy::disallowed_methods)]
        [one] => joined(&["dlvm-", &one.id.replace('/', "-"), ".ics"]),
        _ => "dlvm-support-dates.ics".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_long_lines_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        line(&mut out, &["DESCRIPTION:", &"ñ".repeat(60)]);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical:?}",
                physical.len()
            );
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}\r\n", "ñ".repeat(60)));
    }
}
