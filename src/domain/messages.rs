//! Every word the widget shows, in English and Spanish, and the date,
//! relative-time and plural formatting of each language.
//!
//! Fixed strings are fields of `Strings` (a missing translation is a compile
//! error); messages with data are functions matching on `Lang`.

use super::catalog::{Framework, Record};
use super::date::Date;
use super::policy::{
    Advice, ChangeKind, Evaluation, Severity, Status, StatusCounts, Warning, WarningKind,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// `es`, `es-419`, `ES_es` → Spanish; `en-GB` → English; others → None.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of the candidates (link, page, browser …) that names a
    /// supported language; English when none does.
    pub fn choose<'a>(candidates: impl IntoIterator<Item = Option<&'a str>>) -> Lang {
        candidates
            .into_iter()
            .flatten()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
        }
    }
}

pub struct Strings {
    pub title: &'static str,
    pub frameworks: &'static str,
    pub version: &'static str,
    pub python: &'static str,
    pub cuda: &'static str,
    pub os: &'static str,
    pub status: &'static str,
    pub end_of_patch: &'static str,
    pub end_of_availability: &'static str,
    pub released: &'static str,
    pub unknown: &'static str,
    pub hide_unavailable: &'static str,
    pub status_on: &'static str,
    pub reset_to_today: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub timeline: &'static str,
    pub whole_history: &'static str,
    pub recent_window: &'static str,
    pub details: &'static str,
    pub what_it_means: &'static str,
    pub dates: &'static str,
    pub image_families: &'static str,
    pub image_families_hint: &'static str,
    pub warnings: &'static str,
    pub no_warnings: &'static str,
    pub upgrade: &'static str,
    pub what_changes: &'static str,
    pub nothing_changes: &'static str,
    pub notes: &'static str,
    pub data_quality: &'static str,
    pub select_a_version: &'static str,
    pub dismiss: &'static str,
    pub catalog_as_of: &'static str,
    pub sources: &'static str,
    pub latest_image: &'static str,
    pub legend_supported: &'static str,
    pub legend_deprecated: &'static str,
    pub legend_unknown_release: &'static str,
    pub table_caption: &'static str,
    pub open_details: &'static str,
}

pub static EN: Strings = Strings {
    title: "Deep Learning VM framework support",
    frameworks: "Framework",
    version: "Version",
    python: "Python",
    cuda: "CUDA",
    os: "OS",
    status: "Status",
    end_of_patch: "End of patch & support",
    end_of_availability: "End of availability",
    released: "Released",
    unknown: "unknown",
    hide_unavailable: "Hide unavailable versions",
    status_on: "Status on",
    reset_to_today: "Reset to today",
    language: "Language",
    theme: "Theme",
    theme_auto: "Auto",
    theme_light: "Light",
    theme_dark: "Dark",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_failed: "Could not copy: copy the address from the address bar instead",
    copy: "Copy",
    copied: "Copied",
    timeline: "Timeline",
    whole_history: "Show the whole history",
    recent_window: "Show 3 years back and 2 ahead",
    details: "Version details",
    what_it_means: "What this means",
    dates: "Dates",
    image_families: "Image families",
    image_families_hint: "As Google prints them; VERSION_DATE stands for an image's build date.",
    warnings: "Warnings",
    no_warnings: "No warnings.",
    upgrade: "Upgrade",
    what_changes: "What changes",
    nothing_changes: "Same Python, OS, CUDA major version and driver branch.",
    notes: "Notes",
    data_quality: "Data quality",
    select_a_version: "Select a version in the table or the timeline to see its details.",
    dismiss: "Dismiss",
    catalog_as_of: "Catalog as of",
    sources: "Sources",
    latest_image: "Published images never change: always run the latest image version of a family.",
    legend_supported: "supported: release to end of patch & support",
    legend_deprecated: "deprecated: end of patch to end of availability",
    legend_unknown_release: "faded start: release date unknown",
    table_caption: "Versions, their status and support dates",
    open_details: "Show details",
};

pub static ES: Strings = Strings {
    title: "Asistencia de frameworks en Deep Learning VM",
    frameworks: "Framework",
    version: "Versión",
    python: "Python",
    cuda: "CUDA",
    os: "SO",
    status: "Estado",
    end_of_patch: "Fin de la asistencia y de los parches",
    end_of_availability: "Fin de la disponibilidad",
    released: "Publicada",
    unknown: "desconocido",
    hide_unavailable: "Ocultar versiones no disponibles",
    status_on: "Estado el",
    reset_to_today: "Volver a hoy",
    language: "Idioma",
    theme: "Tema",
    theme_auto: "Automático",
    theme_light: "Claro",
    theme_dark: "Oscuro",
    copy_link: "Copiar vínculo",
    link_copied: "Vínculo copiado",
    copy_failed: "No se pudo copiar: copia la dirección desde la barra de direcciones",
    copy: "Copiar",
    copied: "Copiado",
    timeline: "Cronología",
    whole_history: "Mostrar todo el historial",
    recent_window: "Mostrar 3 años atrás y 2 adelante",
    details: "Detalles de la versión",
    what_it_means: "Qué significa",
    dates: "Fechas",
    image_families: "Familias de imágenes",
    image_families_hint: "Tal como las publica Google; VERSION_DATE representa la fecha de compilación de la imagen.",
    warnings: "Advertencias",
    no_warnings: "Sin advertencias.",
    upgrade: "Actualización",
    what_changes: "Qué cambia",
    nothing_changes: "Mismo Python, SO, versión principal de CUDA y rama del controlador.",
    notes: "Notas",
    data_quality: "Calidad de los datos",
    select_a_version: "Selecciona una versión en la tabla o en la cronología para ver sus detalles.",
    dismiss: "Descartar",
    catalog_as_of: "Catálogo al",
    sources: "Fuentes",
    latest_image: "Las imágenes publicadas no cambian nunca: usa siempre la última versión de imagen de la familia.",
    legend_supported: "con asistencia: de la publicación al fin de la asistencia y de los parches",
    legend_deprecated: "obsoleta: del fin de los parches al fin de la disponibilidad",
    legend_unknown_release: "inicio difuminado: fecha de publicación desconocida",
    table_caption: "Versiones, su estado y sus fechas de asistencia",
    open_details: "Ver detalles",
};

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_ES: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

/// `28 Jun 2026` / `28 jun 2026`.
pub fn format_date(lang: Lang, date: Date) -> String {
    let months = match lang {
        Lang::En => &MONTHS_EN,
        Lang::Es => &MONTHS_ES,
    };
    let month = months
        .get(date.month().saturating_sub(1) as usize)
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", date.day(), date.year())
}

/// A count with its noun in the right number: `1 day`, `2 days`, `1 día`.
fn plural(count: i64, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
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
            match (lang, days > 0) {
                (Lang::En, true) => format!("in {words}"),
                (Lang::En, false) => format!("{words} ago"),
                (Lang::Es, true) => format!("dentro de {words}"),
                (Lang::Es, false) => format!("hace {words}"),
            }
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
    let count = count as i64;
    match (lang, status) {
        (Lang::En, _) => format!("{count} {}", status_name(lang, status)),
        (Lang::Es, Status::Upcoming) => plural(count, "próxima", "próximas"),
        (Lang::Es, Status::Supported) => format!("{count} con asistencia"),
        (Lang::Es, Status::Deprecated) => plural(count, "obsoleta", "obsoletas"),
        (Lang::Es, Status::Unavailable) => plural(count, "no disponible", "no disponibles"),
    }
}

/// `2 supported · 1 deprecated · 10 unavailable` (zero counts left out,
/// except that an empty framework says so).
pub fn status_counts(lang: Lang, counts: &StatusCounts) -> String {
    let parts: Vec<String> = Status::ALL
        .into_iter()
        .filter(|s| counts.get(*s) > 0)
        .map(|s| status_count(lang, s, counts.get(s)))
        .collect();
    if parts.is_empty() {
        match lang {
            Lang::En => "no versions".to_owned(),
            Lang::Es => "sin versiones".to_owned(),
        }
    } else {
        parts.join(" · ")
    }
}

/// `TensorFlow 2.16 (Python 3.10)`; base labels already name themselves.
pub fn record_name(record: &Record) -> String {
    match record.framework {
        Framework::Base => record.label.to_string(),
        framework => format!("{} {}", framework.name(), record.label),
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

/// The status explained in the policy's terms: what still works, what no
/// longer does.
pub fn explain_status(lang: Lang, e: &Evaluation) -> String {
    let r = e.record;
    let eop = format_date(lang, r.end_of_patch);
    let eoa = format_date(lang, r.end_of_availability);
    let name = record_name(r);
    let released = r.released.map(|d| format_date(lang, d)).unwrap_or_default();
    match (lang, e.status) {
        (Lang::En, Status::Upcoming) => format!(
            "{name} is not released yet on this date: the release notes date its first images {released}."
        ),
        (Lang::En, Status::Supported) => format!(
            "{name} is supported until {eop}: Google keeps publishing new image versions with framework patches, security fixes and dependency updates. After that date no new images come; they stay usable until {eoa}."
        ),
        (Lang::En, Status::Deprecated) => format!(
            "{name} is deprecated: no new image versions since its end of patch & support ({eop}), so no more patches or security fixes. Its images are hidden from the public image list but can still be used by name (gcloud compute images list --show-deprecated). Running resources keep running, and new ones can be created until {eoa}. Troubleshooting support may ask you to upgrade first."
        ),
        (Lang::En, Status::Unavailable) => format!(
            "{name} is unavailable since its end of availability ({eoa}): new resources can no longer be created from its images, and they can't be downloaded. Resources already running keep running, with no patches or security fixes."
        ),
        (Lang::Es, Status::Upcoming) => format!(
            "{name} aún no se publicó en esta fecha: las notas de la versión fechan sus primeras imágenes el {released}."
        ),
        (Lang::Es, Status::Supported) => format!(
            "{name} tiene asistencia hasta el {eop}: Google sigue publicando versiones de imagen nuevas con parches del framework, actualizaciones de seguridad y de dependencias. Después de esa fecha no habrá imágenes nuevas; se podrán usar hasta el {eoa}."
        ),
        (Lang::Es, Status::Deprecated) => format!(
            "{name} es obsoleta: no hay versiones de imagen nuevas desde el fin de la asistencia y de los parches ({eop}), así que no recibe más parches ni actualizaciones de seguridad. Sus imágenes están ocultas de la lista pública, pero se pueden usar por nombre (gcloud compute images list --show-deprecated). Los recursos existentes siguen funcionando y se pueden crear nuevos hasta el {eoa}. Para recibir asistencia de solución de problemas, es posible que se te solicite actualizar primero."
        ),
        (Lang::Es, Status::Unavailable) => format!(
            "{name} no está disponible desde el fin de la disponibilidad ({eoa}): ya no se pueden crear recursos nuevos a partir de sus imágenes ni descargarlas. Los recursos que ya funcionan siguen funcionando, sin parches ni actualizaciones de seguridad."
        ),
    }
}

/// One warning in words.
pub fn warning_text(lang: Lang, w: &Warning) -> String {
    let date = w.date.map(|d| format_date(lang, d)).unwrap_or_default();
    let when = w.days.map(|d| relative(lang, d)).unwrap_or_default();
    let subject = w.subject.as_deref().unwrap_or("");
    match (lang, w.kind) {
        (Lang::En, WarningKind::Unavailable) => format!("Unavailable since {date} ({when}): no new resources can be created from these images."),
        (Lang::En, WarningKind::EndOfAvailabilitySoon) => format!("End of availability on {date} ({when}): after it no new resources can be created from these images."),
        (Lang::En, WarningKind::Deprecated) => format!("Deprecated: no patches or security fixes since {date} ({when})."),
        (Lang::En, WarningKind::EndOfPatchSoon) => format!("End of patch & support on {date} ({when}): plan the upgrade."),
        (Lang::En, WarningKind::PythonEol) => format!("Python {subject} reached its end of life on {date} ({when})."),
        (Lang::En, WarningKind::PythonEolSoon) => format!("Python {subject} reaches its end of life on {date} ({when})."),
        (Lang::En, WarningKind::OsEol) => format!("{subject} stopped getting free security updates on {date} ({when})."),
        (Lang::En, WarningKind::OsEolSoon) => format!("{subject} stops getting free security updates on {date} ({when})."),
        (Lang::En, WarningKind::DriverEol) => format!("NVIDIA driver branch {subject} reached its end of life on {date} ({when})."),
        (Lang::En, WarningKind::DriverEolSoon) => format!("NVIDIA driver branch {subject} reaches its end of life on {date} ({when})."),
        (Lang::En, WarningKind::DataIssue) => format!("Source data issue: {subject}"),
        (Lang::En, WarningKind::CatalogStale) => format!("The catalog is from {date} ({when}); Google's pages may have changed since."),
        (Lang::Es, WarningKind::Unavailable) => format!("No disponible desde el {date} ({when}): ya no se pueden crear recursos a partir de estas imágenes."),
        (Lang::Es, WarningKind::EndOfAvailabilitySoon) => format!("Fin de la disponibilidad el {date} ({when}): después no se podrán crear recursos a partir de estas imágenes."),
        (Lang::Es, WarningKind::Deprecated) => format!("Obsoleta: sin parches ni actualizaciones de seguridad desde el {date} ({when})."),
        (Lang::Es, WarningKind::EndOfPatchSoon) => format!("Fin de la asistencia y de los parches el {date} ({when}): planifica la actualización."),
        (Lang::Es, WarningKind::PythonEol) => format!("Python {subject} llegó al fin de su vida útil el {date} ({when})."),
        (Lang::Es, WarningKind::PythonEolSoon) => format!("Python {subject} llega al fin de su vida útil el {date} ({when})."),
        (Lang::Es, WarningKind::OsEol) => format!("{subject} dejó de recibir actualizaciones de seguridad gratuitas el {date} ({when})."),
        (Lang::Es, WarningKind::OsEolSoon) => format!("{subject} deja de recibir actualizaciones de seguridad gratuitas el {date} ({when})."),
        (Lang::Es, WarningKind::DriverEol) => format!("La rama {subject} del controlador NVIDIA llegó al fin de su vida útil el {date} ({when})."),
        (Lang::Es, WarningKind::DriverEolSoon) => format!("La rama {subject} del controlador NVIDIA llega al fin de su vida útil el {date} ({when})."),
        (Lang::Es, WarningKind::DataIssue) => format!("Problema en los datos de origen: {subject}"),
        (Lang::Es, WarningKind::CatalogStale) => format!("El catálogo es del {date} ({when}); las páginas de Google pueden haber cambiado desde entonces."),
    }
}

fn change_subject(lang: Lang, kind: ChangeKind) -> &'static str {
    match (lang, kind) {
        (_, ChangeKind::Python) => "Python",
        (Lang::En, ChangeKind::Os) => "OS",
        (Lang::Es, ChangeKind::Os) => "SO",
        (_, ChangeKind::CudaMajor) => "CUDA",
        (Lang::En, ChangeKind::Driver) => "NVIDIA driver",
        (Lang::Es, ChangeKind::Driver) => "Controlador NVIDIA",
    }
}

/// Each change as `Python 3.10 → 3.12`.
pub fn change_texts(lang: Lang, advice: &Advice) -> Vec<String> {
    let unknown = lang.strings().unknown;
    advice
        .changes
        .iter()
        .map(|c| {
            format!(
                "{}: {} → {}",
                change_subject(lang, c.kind),
                c.from.as_deref().unwrap_or(unknown),
                c.to.as_deref().unwrap_or(unknown)
            )
        })
        .collect()
}

/// The advice headline.
pub fn advice_text(lang: Lang, e: &Evaluation) -> String {
    let at = format_date(lang, e.at);
    let framework = e.record.framework.name();
    match (&e.advice, lang) {
        (Some(a), Lang::En) if a.same_framework => {
            format!("Move to {}, supported until {}.", record_name(a.to), format_date(lang, a.to.end_of_patch))
        }
        (Some(a), Lang::En) => format!(
            "No {framework} version is supported on {at}. The supported image whose support lasts longest is {}, until {}.",
            record_name(a.to),
            format_date(lang, a.to.end_of_patch)
        ),
        (None, Lang::En) => format!("No version in the catalog is supported on {at}."),
        (Some(a), Lang::Es) if a.same_framework => {
            format!("Pasa a {}, con asistencia hasta el {}.", record_name(a.to), format_date(lang, a.to.end_of_patch))
        }
        (Some(a), Lang::Es) => format!(
            "Ninguna versión de {framework} tiene asistencia el {at}. La imagen con asistencia que dura más es {}, hasta el {}.",
            record_name(a.to),
            format_date(lang, a.to.end_of_patch)
        ),
        (None, Lang::Es) => format!("Ninguna versión del catálogo tiene asistencia el {at}."),
    }
}

/// What a deep link or setting could not honour, and what is shown instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    UnknownFramework { asked: String },
    UnknownVersion { asked: String, showing: Framework },
    BadDate { asked: String },
    BadLang { asked: String },
}

/// Long input is cut, so a 10,000-character link makes a short notice.
fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    match (lang, notice) {
        (Lang::En, Notice::UnknownFramework { asked }) => {
            format!("No framework “{}” — showing TensorFlow.", shorten(asked))
        }
        (Lang::En, Notice::UnknownVersion { asked, showing }) => {
            format!(
                "No version {} — showing {}.",
                shorten(asked),
                showing.name()
            )
        }
        (Lang::En, Notice::BadDate { asked }) => format!(
            "“{}” is not a date (YYYY-MM-DD) — showing today.",
            shorten(asked)
        ),
        (Lang::En, Notice::BadLang { asked }) => {
            format!("No language “{}” (en, es).", shorten(asked))
        }
        (Lang::Es, Notice::UnknownFramework { asked }) => {
            format!(
                "No existe el framework «{}»: se muestra TensorFlow.",
                shorten(asked)
            )
        }
        (Lang::Es, Notice::UnknownVersion { asked, showing }) => {
            format!(
                "No existe la versión {}: se muestra {}.",
                shorten(asked),
                showing.name()
            )
        }
        (Lang::Es, Notice::BadDate { asked }) => format!(
            "«{}» no es una fecha (AAAA-MM-DD): se muestra hoy.",
            shorten(asked)
        ),
        (Lang::Es, Notice::BadLang { asked }) => {
            format!("No existe el idioma «{}» (en, es).", shorten(asked))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_each_locale() {
        let d = Date::known(2026, 6, 28);
        assert_eq!(format_date(Lang::En, d), "28 Jun 2026");
        assert_eq!(format_date(Lang::Es, d), "28 jun 2026");
        assert_eq!(
            format_date(Lang::Es, Date::known(2024, 9, 1)),
            "1 sept 2024"
        );
    }

    #[test]
    fn relative_times_with_plurals() {
        let check = |lang, days, expect: &str| assert_eq!(relative(lang, days), expect, "{days}");
        check(Lang::En, 0, "today");
        check(Lang::En, 1, "tomorrow");
        check(Lang::En, -1, "yesterday");
        check(Lang::En, 2, "in 2 days");
        check(Lang::En, -59, "59 days ago");
        check(Lang::En, 60, "in 2 months");
        check(Lang::En, 91, "in 3 months");
        check(Lang::En, 729, "in 24 months");
        check(Lang::En, -730, "2 years ago");
        check(Lang::Es, 0, "hoy");
        check(Lang::Es, 1, "mañana");
        check(Lang::Es, -1, "ayer");
        check(Lang::Es, 45, "dentro de 45 días");
        check(Lang::Es, -30, "hace 30 días");
        check(Lang::Es, 61, "dentro de 2 meses");
        check(Lang::Es, -400, "hace 13 meses");
        check(Lang::Es, 1000, "dentro de 3 años");
        check(Lang::Es, -365 * 10, "hace 10 años");
    }

    #[test]
    fn status_counts_agree_in_number() {
        let counts = StatusCounts {
            upcoming: 0,
            supported: 1,
            deprecated: 1,
            unavailable: 10,
        };
        assert_eq!(
            status_counts(Lang::En, &counts),
            "1 supported · 1 deprecated · 10 unavailable"
        );
        assert_eq!(
            status_counts(Lang::Es, &counts),
            "1 con asistencia · 1 obsoleta · 10 no disponibles"
        );
        let counts = StatusCounts {
            upcoming: 2,
            supported: 0,
            deprecated: 2,
            unavailable: 1,
        };
        assert_eq!(
            status_counts(Lang::Es, &counts),
            "2 próximas · 2 obsoletas · 1 no disponible"
        );
        assert_eq!(
            status_counts(Lang::En, &StatusCounts::default()),
            "no versions"
        );
    }

    #[test]
    fn language_choice_order() {
        assert_eq!(Lang::choose([Some("es"), Some("en")]), Lang::Es);
        assert_eq!(
            Lang::choose([None, Some("es-419"), Some("en-US")]),
            Lang::Es
        );
        assert_eq!(Lang::choose([Some("fr"), None, Some("ES_es")]), Lang::Es);
        assert_eq!(Lang::choose([Some("de"), Some("")]), Lang::En);
        assert_eq!(Lang::choose([None, None, None]), Lang::En);
    }

    #[test]
    fn notices_cut_long_input() {
        let asked = "x".repeat(10_000);
        let text = notice_text(Lang::En, &Notice::BadDate { asked });
        assert!(text.chars().count() < 120, "{text}");
        assert!(text.contains('…'));
    }
}
