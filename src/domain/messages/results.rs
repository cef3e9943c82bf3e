//! What the widget says about a result: the status region after an action,
//! a lookup, a badge, an embed attribute it could not use.

use super::*;

/// What a card's status region says after its one action, a calendar
/// download (empty on arrival). (Apart from the whole widget's, so the
/// badge-and-card entry carries none of the widget's words.)
pub fn announcement(lang: Lang, state: &State) -> String {
    let strings = lang.strings();
    match &state.announce {
        Some(Announce::Downloaded { file, ok: true }) => fill(strings.downloaded, &[file]),
        Some(Announce::Downloaded { ok: false, .. }) => strings.download_failed.to_owned(),
        _ => String::new(),
    }
}

/// What the whole widget's status region says after the last action (empty
/// on arrival): the version opened, the new date or the framework switched
/// to with the shown framework's counts, a copy or a calendar download
/// (`announcement`), a lookup's result (`lookup_announcement`).
fn widget_announcement(lang: Lang, state: &State, catalog: &Catalog) -> String {
    let widget = lang.widget_strings();
    let Some(announce) = &state.announce else {
        return String::new();
    };
    // The shown framework and its counts: `PyTorch: 2 supported · 1 deprecated`.
    let counts = joined(&[
        state.framework.name(),
        ": ",
        &status_counts(
            lang,
            &count_statuses(catalog, state.product, state.framework, state.at),
        ),
    ]);
    match announce {
        Announce::Selected => state
            .selected
            .as_deref()
            .and_then(|id| catalog.record(id))
            .map(|r| {
                joined(&[
                    &record_name(r),
                    ": ",
                    status_name(lang, status_at(r, state.at)),
                ])
            })
            .unwrap_or_default(),
        Announce::Date => joined(&[
            widget.status_on,
            " ",
            &format_date(lang, state.at),
            ". ",
            &counts,
        ]),
        Announce::View => joined(&[product_name(lang, state.product), ". ", &counts]),
        Announce::Copied { what, ok: true } if what == "link" => widget.link_copied.to_owned(),
        Announce::Copied { ok: false, what } if what == "link" => widget.copy_failed.to_owned(),
        Announce::Copied { what, ok: true } => fill(widget.copied_text, &[what]),
        Announce::Copied { what, ok: false } => fill(widget.copy_text_failed, &[what]),
        Announce::Downloaded { .. } => announcement(lang, state),
        // Said by `lookup_announcement`, where a lookup is shown.
        Announce::Lookup => String::new(),
    }
}

/// The whole widget's status region: after a lookup, what it found (`found`:
/// the lookup of the state's text, computed once by the view that shows
/// it); else `announcement`. (Apart, so a badge or card, which shows no
/// lookup, carries none of its words.)
pub fn lookup_announcement(
    lang: Lang,
    state: &State,
    catalog: &Catalog,
    found: Option<&Lookup>,
) -> String {
    match (&state.announce, state.lookup.as_deref(), found) {
        (Some(Announce::Lookup), Some(text), Some(found)) => lookup_text(lang, text, found),
        _ => widget_announcement(lang, state, catalog),
    }
}

/// What a lookup of `text` found, in one sentence; when it offers closest
/// records instead, the sentence ends by introducing them.
pub fn lookup_text(lang: Lang, text: &str, result: &Lookup) -> String {
    let mut out = lookup_answer(lang, text, result);
    if matches!(result, Lookup::NotInCatalog { closest, .. } if !closest.is_empty()) {
        out.push(' ');
        out.push_str(lang.widget_strings().lookup_closest);
    }
    out
}

/// What a lookup of `text` found, in one sentence (the command line lists
/// the closest records its own way).
pub fn lookup_answer(lang: Lang, text: &str, result: &Lookup) -> String {
    let widget = lang.widget_strings();
    match result {
        Lookup::Found { record, .. } => fill(widget.lookup_found, &[text, &record_name(record)]),
        Lookup::Ambiguous { .. } => fill(widget.lookup_ambiguous, &[text]),
        Lookup::NotInCatalog {
            image,
            newer,
            as_of,
            ..
        } => fill(
            if *newer {
                widget.lookup_newer
            } else {
                widget.lookup_not_listed
            },
            &[
                text,
                &joined(&[image.framework.name(), " ", &image.version]),
                &format_date(lang, *as_of),
            ],
        ),
        Lookup::Rolling { framework, pin } => {
            let mut out = fill(widget.lookup_rolling, &[text, framework.name()]);
            if let Some(family) =
                pin.and_then(|r| r.image_families.first().or(r.container_images.first()))
            {
                out.push(' ');
                out.push_str(&fill(widget.lookup_pin, &[family]));
            }
            out
        }
        Lookup::Retired { version, as_of } => retired_text(lang, text, version.as_deref(), *as_of),
        Lookup::Unreadable(_) => fill(widget.lookup_not_recognized, &[text]),
    }
}

/// A TensorFlow Enterprise name's answer: a line Google no longer lists,
/// then what its release notes said of it.
fn retired_text(lang: Lang, text: &str, version: Option<&str>, as_of: Date) -> String {
    let line = match version {
        Some(version) => joined(&["TensorFlow Enterprise ", version]),
        None => "TensorFlow Enterprise".to_owned(),
    };
    let as_of = format_date(lang, as_of);
    joined(&[
        &fill(lang.widget_strings().lookup_retired, &[text, &line, &as_of]),
        " ",
        &release_notes_text(lang, version),
    ])
}

/// What Google's release notes said of TensorFlow Enterprise and of
/// `version`, in one sentence (a retired name's answer ends with it). Its
/// words are here, not in `Strings`, which both bundles carry whole: only
/// the whole widget's lookup and the command line say them.
pub fn release_notes_text(lang: Lang, version: Option<&str>) -> String {
    // By `Event`: {0} the version, {1} the date, {2} the release.
    let (sentence, events) = match lang {
        Lang::En => (
            "Google's release notes: {0}.",
            [
                "TensorFlow Enterprise images introduced {1}",
                "{0} released {1} ({2})",
                "{0} released {1} with Long Term Version Support ({2})",
                "{0} released {1} without Long Term Version Support ({2})",
                "{0} deprecated {1} ({2})",
                "{0} reached the end of its support period {1} ({2})",
            ],
        ),
        Lang::Es => (
            "Notas de la versión de Google: {0}.",
            [
                "imágenes de TensorFlow Enterprise presentadas el {1}",
                "{0} publicada el {1} ({2})",
                "{0} publicada el {1} con compatibilidad de versiones a largo plazo ({2})",
                "{0} publicada el {1} sin compatibilidad de versiones a largo plazo ({2})",
                "{0} obsoleta desde el {1} ({2})",
                "{0} llegó al final de su período de asistencia el {1} ({2})",
            ],
        ),
    };
    let mut said = String::new();
    for note in release_notes(version) {
        let event = events.get(note.event as usize).copied().unwrap_or_default();
        let date = format_date(lang, note.date);
        let of = note.version.unwrap_or_default();
        push_separated(&mut said, "; ", &fill(event, &[of, &date, note.release]));
    }
    fill(sentence, &[&said])
}

/// What a name says that its record's own facts contradict, in one
/// sentence (`None` when nothing does): the record's facts are kept.
pub fn disagreement_text(lang: Lang, disagreements: &[Disagreement]) -> Option<String> {
    if disagreements.is_empty() {
        return None;
    }
    let (mut name_says, mut record_says) = (String::new(), String::new());
    for d in disagreements {
        push_separated(
            &mut name_says,
            ", ",
            &fact_text(lang, d.field, &d.name_says),
        );
        push_separated(
            &mut record_says,
            ", ",
            &fact_text(lang, d.field, &d.record_says),
        );
    }
    Some(fill(
        lang.widget_strings().name_disagrees,
        &[&name_says, &record_says],
    ))
}

/// One fact as the facts line writes it: `Python 3.10`, `CUDA 12.1`,
/// `Debian 11`, `NVIDIA driver 580`.
fn fact_text(lang: Lang, field: DerivedField, value: &str) -> String {
    let prefix = match field {
        DerivedField::Python => "Python ",
        DerivedField::Cuda => "CUDA ",
        DerivedField::Os => "",
        DerivedField::Driver => lang.strings().driver_prefix,
    };
    joined(&[prefix, value])
}

/// What a badge says: the status once and the one date that matters next —
/// `supported · until 4 Aug 2028`, `deprecated · available until 13 Apr
/// 2027`, `unavailable after 24 Jul 2026` (the end date itself is the last
/// day of the earlier status).
pub fn badge_text(lang: Lang, record: &Record, status: Status) -> String {
    // {0} the status, {1} the date that matters.
    let (template, date) = match (lang, status) {
        (Lang::En, Status::Upcoming) => ("{0} · from {1}", record.released),
        (Lang::En, Status::Supported) => ("{0} · until {1}", Some(record.end_of_patch)),
        (Lang::En, Status::Deprecated) => (
            "{0} · available until {1}",
            Some(record.end_of_availability),
        ),
        (Lang::En, Status::Unavailable) => ("{0} after {1}", Some(record.end_of_availability)),
        (Lang::Es, Status::Upcoming) => ("{0} · desde el {1}", record.released),
        (Lang::Es, Status::Supported) => ("{0} · hasta el {1}", Some(record.end_of_patch)),
        (Lang::Es, Status::Deprecated) => (
            "{0} · disponible hasta el {1}",
            Some(record.end_of_availability),
        ),
        (Lang::Es, Status::Unavailable) => {
            ("{0} después del {1}", Some(record.end_of_availability))
        }
    };
    let Some(date) = date else {
        // An upcoming version with no known release date has no date to give.
        return status_name(lang, status).to_owned();
    };
    fill(
        template,
        &[status_name(lang, status), &format_date(lang, date)],
    )
}

/// The rest of a badge's accessible name, after what it shows: the version
/// and both policy dates (` — PyTorch 2.4 (Python 3.10). End of patch &
/// support: 24 Jul 2025. End of availability: 24 Jul 2026.`), and the
/// freshness notice when the catalog is stale.
pub fn badge_more(lang: Lang, record: &Record, stale: Option<&str>) -> String {
    let strings = lang.strings();
    let mut more = fill(
        " — {0}. {1}: {2}. {3}: {4}.",
        &[
            &record_name(record),
            strings.end_of_patch,
            &format_date(lang, record.end_of_patch),
            strings.end_of_availability,
            &format_date(lang, record.end_of_availability),
        ],
    );
    // A stale catalog is said in the badge's name too (it has no room to
    // show the notice).
    if let Some(stale) = stale {
        more.push(' ');
        more.push_str(stale);
    }
    more
}

/// An embed attribute the widget could not use: which, what was expected,
/// what was found.
#[inline(never)]
pub fn attr_error_text(lang: Lang, error: &AttrError) -> String {
    // {0} the attribute, {1} the expectation's detail, {2} the value found.
    let expected = match (lang, &error.expected) {
        (Lang::En, AttrExpectation::OneOf(_)) => "expected one of {1}",
        (Lang::Es, AttrExpectation::OneOf(_)) => "se esperaba uno de {1}",
        (Lang::En, AttrExpectation::Date) => "expected a date as YYYY-MM-DD",
        (Lang::Es, AttrExpectation::Date) => "se esperaba una fecha AAAA-MM-DD",
        (Lang::En, AttrExpectation::DayCount) => "expected a number of days from 0 to 3650",
        (Lang::Es, AttrExpectation::DayCount) => "se esperaba un número de días de 0 a 3650",
        (Lang::En, AttrExpectation::VersionId) => {
            "expected a version id from the catalog, such as tensorflow/2.16"
        }
        (Lang::Es, AttrExpectation::VersionId) => {
            "se esperaba un id de versión del catálogo, como tensorflow/2.16"
        }
        (Lang::En, AttrExpectation::VersionFor(_)) => {
            "the {1} view needs a version id, such as tensorflow/2.16"
        }
        (Lang::Es, AttrExpectation::VersionFor(_)) => {
            "la vista {1} necesita un id de versión, como tensorflow/2.16"
        }
        (Lang::En, AttrExpectation::SameFramework(_) | AttrExpectation::SameProduct(_)) => {
            "expected a version of {1}"
        }
        (Lang::Es, AttrExpectation::SameFramework(_) | AttrExpectation::SameProduct(_)) => {
            "se esperaba una versión de {1}"
        }
        (Lang::En, AttrExpectation::FrameworkOf(Product::Vm, _)) => {
            "expected a framework of VM images ({1})"
        }
        (Lang::En, AttrExpectation::FrameworkOf(Product::Containers, _)) => {
            "expected a framework of Containers ({1})"
        }
        (Lang::Es, AttrExpectation::FrameworkOf(Product::Vm, _)) => {
            "se esperaba un framework de las imágenes de VM ({1})"
        }
        (Lang::Es, AttrExpectation::FrameworkOf(Product::Containers, _)) => {
            "se esperaba un framework de los contenedores ({1})"
        }
    };
    let detail = match &error.expected {
        AttrExpectation::OneOf(values) => listed(values),
        AttrExpectation::FrameworkOf(_, values) => listed(values),
        AttrExpectation::VersionFor(view) => view.slug().to_owned(),
        AttrExpectation::SameFramework(f) => f.name().to_owned(),
        AttrExpectation::SameProduct(p) => product_name(lang, *p).to_owned(),
        AttrExpectation::Date | AttrExpectation::DayCount | AttrExpectation::VersionId => {
            String::new()
        }
    };
    let found = match (lang, &error.found) {
        (Lang::En, Some(_)) => "found “{2}”",
        (Lang::Es, Some(_)) => "se encontró «{2}»",
        (Lang::En, None) => "found nothing",
        (Lang::Es, None) => "no se encontró nada",
    };
    let template = joined(&["{0}: ", expected, "; ", found, "."]);
    fill(
        &template,
        &[
            error.attribute,
            &detail,
            error.found.as_deref().unwrap_or(""),
        ],
    )
}

/// The one freshness notice of a view, when the catalog is stale on the
/// reader's `today`: "Dates from Google's pages as of 10 Apr 2026, 8 months
/// ago — newer versions may exist."
pub fn stale_notice(lang: Lang, catalog: &Catalog, today: Date) -> Option<String> {
    let age = stale_for(catalog, today)?;
    let template = match lang {
        Lang::En => "Dates from Google's pages as of {0}, {1} — newer versions may exist.",
        Lang::Es => {
            "Fechas de las páginas de Google al {0}, {1}: puede haber versiones más nuevas."
        }
    };
    Some(fill(
        template,
        &[&format_date(lang, catalog.as_of), &relative(lang, -age)],
    ))
}

/// The page the freshness notice links: Google's support policy (else the
/// first of Google's pages).
pub fn policy_page(catalog: &Catalog) -> Option<&str> {
    catalog.policy_source().map(|s| s.url.as_ref())
}

/// A record's software in one line, saying which values the catalog read
/// from elsewhere than the row: `Python 3.7 (from the family name) · CUDA
/// 11.3 · Debian 11 (from the release notes)`.
pub fn facts_line(lang: Lang, record: &Record) -> String {
    let strings = lang.strings();
    let mut line = String::new();
    let fields = [
        (DerivedField::Python, &record.python),
        (DerivedField::Cuda, &record.cuda),
        (DerivedField::Os, &record.os),
        (DerivedField::Driver, &record.driver),
    ];
    for (field, value) in fields {
        let Some(value) = value else { continue };
        let mut part = fact_text(lang, field, value);
        if let Some(origin) = record.derived_from(field) {
            part.push_str(match origin {
                Origin::FamilyName => strings.from_family_name,
                Origin::ContainerName => strings.from_container_name,
                Origin::ReleaseNotes => strings.from_release_notes,
                Origin::ImageName => strings.from_image_name,
            });
        }
        push_separated(&mut line, " · ", &part);
    }
    line
}
