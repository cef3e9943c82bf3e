//! Words for dates, relative times, counts, statuses and versions.

use super::*;

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_ES: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

/// `28 Jun 2026` / `28 jun 2026`.
#[inline(never)]
pub fn format_date(lang: Lang, date: Date) -> String {
    let months = match lang {
        Lang::En => &MONTHS_EN,
        Lang::Es => &MONTHS_ES,
    };
    let month = months
        .get(date.month().saturating_sub(1) as usize)
        .copied()
        .unwrap_or("");
    fill(
        "{0} {1} {2}",
        &[
            &decimal(date.day().into()),
            month,
            &signed_decimal(date.year().into()),
        ],
    )
}

/// A count with its noun in the right number: `1 day`, `2 days`, `1 día`.
/// A negative count is said as 0.
fn plural(count: i64, one: &str, many: &str) -> String {
    let count = u64::try_from(count).unwrap_or(0);
    joined(&[&decimal(count), " ", if count == 1 { one } else { many }])
}

/// The unit a span of days is best said in, and how many of it.
fn span(days: i64) -> (i64, SpanUnit) {
    let days = days.abs();
    if days < 60 {
        (days, SpanUnit::Day)
    } else if days < 730 {
        (((days as f64) / 30.4375).round() as i64, SpanUnit::Month)
    } else {
        (((days as f64) / 365.25).round() as i64, SpanUnit::Year)
    }
}

#[derive(Clone, Copy)]
enum SpanUnit {
    Day,
    Month,
    Year,
}

fn span_words(lang: Lang, count: i64, unit: SpanUnit) -> String {
    match (lang, unit) {
        (Lang::En, SpanUnit::Day) => plural(count, "day", "days"),
        (Lang::En, SpanUnit::Month) => plural(count, "month", "months"),
        (Lang::En, SpanUnit::Year) => plural(count, "year", "years"),
        (Lang::Es, SpanUnit::Day) => plural(count, "día", "días"),
        (Lang::Es, SpanUnit::Month) => plural(count, "mes", "meses"),
        (Lang::Es, SpanUnit::Year) => plural(count, "año", "años"),
    }
}

/// `in 3 months`, `2 years ago`, `today`; days from the evaluation date.
#[inline(never)]
pub fn relative(lang: Lang, days: i64) -> String {
    match (lang, days) {
        (Lang::En, 0) => "today".to_owned(),
        (Lang::En, 1) => "tomorrow".to_owned(),
        (Lang::En, -1) => "yesterday".to_owned(),
        (Lang::Es, 0) => "hoy".to_owned(),
        (Lang::Es, 1) => "mañana".to_owned(),
        (Lang::Es, -1) => "ayer".to_owned(),
        _ => {
            let (count, unit) = span(days);
            let words = span_words(lang, count, unit);
            let template = match (lang, days > 0) {
                (Lang::En, true) => "in {0}",
                (Lang::En, false) => "{0} ago",
                (Lang::Es, true) => "dentro de {0}",
                (Lang::Es, false) => "hace {0}",
            };
            fill(template, &[&words])
        }
    }
}

/// The status name shown on badges.
pub fn status_name(lang: Lang, status: Status) -> &'static str {
    match (lang, status) {
        (Lang::En, Status::Upcoming) => "upcoming",
        (Lang::En, Status::Supported) => "supported",
        (Lang::En, Status::Deprecated) => "deprecated",
        (Lang::En, Status::Unavailable) => "unavailable",
        (Lang::Es, Status::Upcoming) => "próxima",
        (Lang::Es, Status::Supported) => "con asistencia",
        (Lang::Es, Status::Deprecated) => "obsoleta",
        (Lang::Es, Status::Unavailable) => "no disponible",
    }
}

fn status_count(lang: Lang, status: Status, count: usize) -> String {
    let count = i64::try_from(count).unwrap_or(i64::MAX);
    let name = status_name(lang, status);
    match (lang, status) {
        // Said alike for one and many.
        (Lang::En, _) | (Lang::Es, Status::Supported) => plural(count, name, name),
        (Lang::Es, Status::Upcoming) => plural(count, name, "próximas"),
        (Lang::Es, Status::Deprecated) => plural(count, name, "obsoletas"),
        (Lang::Es, Status::Unavailable) => plural(count, name, "no disponibles"),
    }
}

/// `2 supported · 1 deprecated · 10 unavailable` (zero counts left out,
/// except that an empty framework says so).
#[inline(never)]
pub fn status_counts(lang: Lang, counts: &StatusCounts) -> String {
    let mut out = String::new();
    for status in Status::ALL {
        let count = counts.get(status);
        if count > 0 {
            push_separated(&mut out, " · ", &status_count(lang, status, count));
        }
    }
    if out.is_empty() {
        out.push_str(match lang {
            Lang::En => "no versions",
            Lang::Es => "sin versiones",
        });
    }
    out
}

/// `TensorFlow 2.16 (Python 3.10)`; base labels already name themselves;
/// containers say so.
pub fn record_name(record: &Record) -> String {
    joined(&[&version_name(record), product_mark(record.product)])
}

/// What follows a name of the product: nothing for VM images, ` · DLC` for
/// containers ("DLC" is the product's own short name in both languages).
pub fn product_mark(product: Product) -> &'static str {
    match product {
        Product::Vm => "",
        Product::Containers => " · DLC",
    }
}

/// The version's name without its product (for text that names the
/// product anyway): `TensorFlow 2.17 (Python 3.10)`.
pub fn version_name(record: &Record) -> String {
    let mut name = match record.framework {
        Framework::Base => record.label.as_ref().to_owned(),
        Framework::Vllm => fill("vLLM {0} ({1})", &[&record.version, &record.label]),
        framework => joined(&[framework.name(), " ", &record.label]),
    };
    // Records that share a version (their ids carry a variant) must not
    // read alike: a label that names no Python gets it (`TensorFlow 2.11
    // (Python 3.7)` beside `TensorFlow 2.11 (Python 3.10)`).
    if let (false, Some(python)) = (record.id.ends_with(record.version.as_ref()), &record.python) {
        // `py39`, `Python 3.10` (a byte scan: `str::contains` brings a
        // substring searcher of ~1 KB into the bundle).
        let names_python = record
            .label
            .as_bytes()
            .windows(2)
            .any(|pair| pair.eq_ignore_ascii_case(b"py"));
        if !names_python {
            name = fill("{0} (Python {1})", &[&name, python]);
        }
    }
    name
}

/// The label of a version in its framework's chart and table: the row label
/// as the source prints it, except vLLM's, which names the PyTorch it is
/// built on (`0.5 (PyTorch 2.4)`), so the visible label starts the name.
pub fn bar_label(record: &Record) -> String {
    match record.framework {
        Framework::Vllm => fill("{0} ({1})", &[&record.version, &record.label]),
        _ => record.label.as_ref().to_owned(),
    }
}

/// A record's dates in one line: `Released: 20 Aug 2024 · End of patch &
/// support: 24 Apr 2025 · End of availability: 24 Apr 2026`.
pub fn dates_line(lang: Lang, record: &Record) -> String {
    let strings = lang.strings();
    let released = record
        .released
        .map(|d| format_date(lang, d))
        .unwrap_or_else(|| strings.unknown_date.to_owned());
    fill(
        "{0}: {1} · {2}: {3} · {4}: {5}",
        &[
            strings.released,
            &released,
            strings.end_of_patch,
            &format_date(lang, record.end_of_patch),
            strings.end_of_availability,
            &format_date(lang, record.end_of_availability),
        ],
    )
}

/// "VM images" / "Containers".
pub fn product_name(lang: Lang, product: Product) -> &'static str {
    match (lang, product) {
        (Lang::En, Product::Vm) => "VM images",
        (Lang::En, Product::Containers) => "Containers",
        (Lang::Es, Product::Vm) => "Imágenes de VM",
        (Lang::Es, Product::Containers) => "Contenedores",
    }
}

pub fn severity_name(lang: Lang, severity: Severity) -> &'static str {
    match (lang, severity) {
        (Lang::En, Severity::Critical) => "critical",
        (Lang::En, Severity::Warning) => "warning",
        (Lang::En, Severity::Info) => "info",
        (Lang::Es, Severity::Critical) => "crítica",
        (Lang::Es, Severity::Warning) => "advertencia",
        (Lang::Es, Severity::Info) => "información",
    }
}

/// The shape that goes with a status wherever it is shown (status is never
/// told by colour alone).
pub fn status_shape(status: Status) -> &'static str {
    match status {
        Status::Upcoming => "◇",
        Status::Supported => "●",
        Status::Deprecated => "◐",
        Status::Unavailable => "✕",
    }
}
