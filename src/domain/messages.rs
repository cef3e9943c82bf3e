//! Every word the widget shows, in English and Spanish, and the date,
//! relative-time and plural formatting of each language.
//!
//! Fixed strings are fields of `Strings` (a missing translation is a compile
//! error); messages with data are functions matching on `Lang`.

use super::catalog::{Catalog, Framework, Product, Record};
use super::date::Date;
use super::embed::{AttrError, AttrExpectation};
pub use super::lang::Lang;
use super::link::Notice;
use super::lookup::Lookup;
use super::policy::{
    count_statuses, status_at, Advice, ChangeKind, Evaluation, Severity, Status, StatusCounts,
    Warning, WarningKind,
};
use super::state::{Announce, State};
pub use super::text::fill;
use super::text::{cut, listed, push_separated};

/// Every fixed string of `lang`.
impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
        }
    }
}

pub struct Strings {
    /// The standalone page's title and heading.
    pub page_title: &'static str,
    /// The standalone page's link to the embedding demo.
    pub page_demo: &'static str,
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
    /// "unknown" said of a date (Spanish: feminine, "fecha").
    pub unknown_date: &'static str,
    pub chart_keys: &'static str,
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
    pub not_copied: &'static str,
    /// {0} what was copied.
    pub copied_text: &'static str,
    pub copy_text_failed: &'static str,
    /// {0} the file's name.
    pub downloaded: &'static str,
    pub download_failed: &'static str,
    pub timeline: &'static str,
    pub whole_history: &'static str,
    pub recent_window: &'static str,
    pub what_it_means: &'static str,
    pub dates: &'static str,
    pub image_families: &'static str,
    pub image_families_hint: &'static str,
    pub container_images: &'static str,
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
    pub open_full_view: &'static str,
    pub embed_failed: &'static str,
    pub products: &'static str,
    pub add_to_calendar: &'static str,
    pub download_ticked: &'static str,
    pub tick_for_calendar: &'static str,
    pub lookup_label: &'static str,
    pub lookup_hint: &'static str,
    pub lookup_button: &'static str,
    /// {0} the pasted text, {1} the version it is.
    pub lookup_found: &'static str,
    pub lookup_ambiguous: &'static str,
    pub lookup_not_recognized: &'static str,
    pub lookup_closest: &'static str,
    pub image_built: &'static str,
    pub use_family: &'static str,
}

pub static EN: Strings = Strings {
    page_title: "Deep Learning VM framework support timeline",
    page_demo: "Embed it in your docs: demo",
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
    unknown_date: "unknown",
    chart_keys: "Arrow keys move between versions; Enter opens one.",
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
    not_copied: "Not copied",
    copied_text: "Copied {0}.",
    copy_text_failed: "Could not copy {0}: select it and copy it with your keyboard or menu.",
    downloaded: "Calendar file {0} downloaded.",
    download_failed: "Could not make the calendar file in this browser.",
    timeline: "Timeline",
    whole_history: "Show the whole history",
    recent_window: "Show 3 years back and 2 ahead",
    what_it_means: "What this means",
    dates: "Dates",
    image_families: "Image families",
    image_families_hint: "As Google prints them; VERSION_DATE stands for an image's build date.",
    container_images: "Container images",
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
    open_full_view: "Open in full view",
    embed_failed: "The DLVM support widget could not be shown here:",
    products: "Product",
    add_to_calendar: "Add to calendar (.ics)",
    download_ticked: "Download calendar (.ics) for the ticked versions",
    tick_for_calendar: "Add to the calendar download",
    lookup_label: "Check the image you run",
    lookup_hint: "An image family, a dated image name or a container URI.",
    lookup_button: "Check",
    lookup_found: "“{0}” is {1}.",
    lookup_ambiguous: "“{0}” fits several versions; add what tells them apart (Python, OS):",
    lookup_not_recognized: "“{0}” is not recognized: it matches no version in the catalog.",
    lookup_closest: "Closest versions:",
    image_built: "Your image was built",
    use_family: "Latest image of the family",
};

pub static ES: Strings = Strings {
    page_title: "Cronología de la asistencia de frameworks en Deep Learning VM",
    page_demo: "Insértalo en tu documentación: demostración",
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
    unknown_date: "desconocida",
    chart_keys: "Las flechas recorren las versiones; Intro abre una.",
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
    not_copied: "No copiado",
    copied_text: "Se copió {0}.",
    copy_text_failed: "No se pudo copiar {0}: selecciónalo y cópialo con el teclado o el menú.",
    downloaded: "Se descargó el archivo de calendario {0}.",
    download_failed: "No se pudo crear el archivo de calendario en este navegador.",
    timeline: "Cronología",
    whole_history: "Mostrar todo el historial",
    recent_window: "Mostrar 3 años atrás y 2 adelante",
    what_it_means: "Qué significa",
    dates: "Fechas",
    image_families: "Familias de imágenes",
    image_families_hint: "Tal como las publica Google; VERSION_DATE representa la fecha de compilación de la imagen.",
    container_images: "Imágenes de contenedor",
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
    open_full_view: "Abrir en la vista completa",
    embed_failed: "No se pudo mostrar aquí el widget de asistencia de DLVM:",
    products: "Producto",
    add_to_calendar: "Agregar al calendario (.ics)",
    download_ticked: "Descargar calendario (.ics) de las versiones marcadas",
    tick_for_calendar: "Agregar a la descarga del calendario",
    lookup_label: "Comprueba la imagen que usas",
    lookup_hint: "Una familia de imágenes, un nombre de imagen con fecha o el URI de un contenedor.",
    lookup_button: "Comprobar",
    lookup_found: "«{0}» es {1}.",
    lookup_ambiguous: "«{0}» corresponde a varias versiones; agrega lo que las distingue (Python, SO):",
    lookup_not_recognized: "«{0}» no se reconoce: no corresponde a ninguna versión del catálogo.",
    lookup_closest: "Versiones más cercanas:",
    image_built: "Tu imagen se compiló",
    use_family: "Última imagen de la familia",
};

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
    format!("{} {month} {}", date.day(), date.year())
}

/// A count with its noun in the right number: `1 day`, `2 days`, `1 día`.
/// Counts are formatted as `u32` (saturating): the bundle then carries no
/// `i64` formatter.
fn plural(count: i64, one: &str, many: &str) -> String {
    let count = u32::try_from(count).unwrap_or(u32::MAX);
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
    let count = u32::try_from(count).unwrap_or(u32::MAX);
    match (lang, status) {
        (Lang::En, _) => format!("{count} {}", status_name(lang, status)),
        (Lang::Es, Status::Upcoming) => plural(count.into(), "próxima", "próximas"),
        (Lang::Es, Status::Supported) => format!("{count} con asistencia"),
        (Lang::Es, Status::Deprecated) => plural(count.into(), "obsoleta", "obsoletas"),
        (Lang::Es, Status::Unavailable) => plural(count.into(), "no disponible", "no disponibles"),
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
    let mut name = match record.framework {
        Framework::Base => record.label.to_string(),
        Framework::Vllm => format!("vLLM {} ({})", record.version, record.label),
        framework => format!("{} {}", framework.name(), record.label),
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
            name = format!("{name} (Python {python})");
        }
    }
    match record.product {
        Product::Vm => name,
        // "DLC" is the product's own short name in both languages.
        Product::Containers => format!("{name} · DLC"),
    }
}

/// The label of a version in its framework's chart and table: the row label
/// as the source prints it, except vLLM's, which names the PyTorch it is
/// built on (`0.5 (PyTorch 2.4)`), so the visible label starts the name.
pub fn bar_label(record: &Record) -> String {
    match record.framework {
        Framework::Vllm => format!("{} ({})", record.version, record.label),
        _ => record.label.to_string(),
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
    format!(
        "{}: {released} · {}: {} · {}: {}",
        strings.released,
        strings.end_of_patch,
        format_date(lang, record.end_of_patch),
        strings.end_of_availability,
        format_date(lang, record.end_of_availability)
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

/// The status explained in the policy's terms: what still works, what no
/// longer does.
#[inline(never)]
pub fn explain_status(lang: Lang, e: &Evaluation) -> String {
    let r = e.record;
    let template = match (lang, e.status) {
        (Lang::En, Status::Upcoming) => "{0} is not released yet on this date: the release notes date its first images {3}.",
        (Lang::En, Status::Supported) => "{0} is supported until {1}: Google keeps publishing new image versions with framework patches, security fixes and dependency updates. After that date no new images come; they stay usable until {2}.",
        (Lang::En, Status::Deprecated) => "{0} is deprecated: no new image versions since its end of patch & support ({1}), so no more patches or security fixes. Its images are hidden from the public image list but can still be used by name (gcloud compute images list --show-deprecated). Running resources keep running, and new ones can be created until {2}. Troubleshooting support may ask you to upgrade first.",
        (Lang::En, Status::Unavailable) => "{0} is unavailable since its end of availability ({2}): new resources can no longer be created from its images, and they can't be downloaded. Resources already running keep running, with no patches or security fixes.",
        (Lang::Es, Status::Upcoming) => "{0} aún no se publicó en esta fecha: las notas de la versión fechan sus primeras imágenes el {3}.",
        (Lang::Es, Status::Supported) => "{0} tiene asistencia hasta el {1}: Google sigue publicando versiones de imagen nuevas con parches del framework, actualizaciones de seguridad y de dependencias. Después de esa fecha no habrá imágenes nuevas; se podrán usar hasta el {2}.",
        (Lang::Es, Status::Deprecated) => "{0} es obsoleta: no hay versiones de imagen nuevas desde el fin de la asistencia y de los parches ({1}), así que no recibe más parches ni actualizaciones de seguridad. Sus imágenes están ocultas de la lista pública, pero se pueden usar por nombre (gcloud compute images list --show-deprecated). Los recursos existentes siguen funcionando y se pueden crear nuevos hasta el {2}. Para recibir asistencia de solución de problemas, es posible que se te solicite actualizar primero.",
        (Lang::Es, Status::Unavailable) => "{0} no está disponible desde el fin de la disponibilidad ({2}): ya no se pueden crear recursos nuevos a partir de sus imágenes ni descargarlas. Los recursos que ya funcionan siguen funcionando, sin parches ni actualizaciones de seguridad.",
    };
    let released = r.released.map(|d| format_date(lang, d)).unwrap_or_default();
    fill(
        template,
        &[
            &record_name(r),
            &format_date(lang, r.end_of_patch),
            &format_date(lang, r.end_of_availability),
            &released,
        ],
    )
}

/// One warning in words.
#[inline(never)]
pub fn warning_text(lang: Lang, w: &Warning) -> String {
    // {0} the date, {1} how far it is, {2} what it is about.
    let template = match (lang, w.kind) {
        (Lang::En, WarningKind::Unavailable) => "Unavailable since {0} ({1}): no new resources can be created from these images.",
        (Lang::En, WarningKind::EndOfAvailabilitySoon) => "End of availability on {0} ({1}): after it no new resources can be created from these images.",
        (Lang::En, WarningKind::Deprecated) => "Deprecated: no patches or security fixes since {0} ({1}).",
        (Lang::En, WarningKind::EndOfPatchSoon) => "End of patch & support on {0} ({1}): plan the upgrade.",
        (Lang::En, WarningKind::PythonEol) => "Python {2} reached its end of life on {0} ({1}).",
        (Lang::En, WarningKind::PythonEolSoon) => "Python {2} reaches its end of life on {0} ({1}).",
        (Lang::En, WarningKind::OsEol) => "{2} stopped getting free security updates on {0} ({1}).",
        (Lang::En, WarningKind::OsEolSoon) => "{2} stops getting free security updates on {0} ({1}).",
        (Lang::En, WarningKind::DriverEol) => "NVIDIA driver branch {2} reached its end of life on {0} ({1}).",
        (Lang::En, WarningKind::DriverEolSoon) => "NVIDIA driver branch {2} reaches its end of life on {0} ({1}).",
        (Lang::En, WarningKind::DataIssue) => "{2}",
        (Lang::En, WarningKind::NewerImageAvailable) => "This image was built on {0} ({1}); newer images of the family have come since. Published images never change: always use the latest image of the family, {2}.",
        (Lang::En, WarningKind::CatalogStale) => "The catalog is from {0} ({1}); Google's pages may have changed since.",
        (Lang::Es, WarningKind::Unavailable) => "No disponible desde el {0} ({1}): ya no se pueden crear recursos a partir de estas imágenes.",
        (Lang::Es, WarningKind::EndOfAvailabilitySoon) => "Fin de la disponibilidad el {0} ({1}): después no se podrán crear recursos a partir de estas imágenes.",
        (Lang::Es, WarningKind::Deprecated) => "Obsoleta: sin parches ni actualizaciones de seguridad desde el {0} ({1}).",
        (Lang::Es, WarningKind::EndOfPatchSoon) => "Fin de la asistencia y de los parches el {0} ({1}): planifica la actualización.",
        (Lang::Es, WarningKind::PythonEol) => "Python {2} llegó al fin de su vida útil el {0} ({1}).",
        (Lang::Es, WarningKind::PythonEolSoon) => "Python {2} llega al fin de su vida útil el {0} ({1}).",
        (Lang::Es, WarningKind::OsEol) => "{2} dejó de recibir actualizaciones de seguridad gratuitas el {0} ({1}).",
        (Lang::Es, WarningKind::OsEolSoon) => "{2} deja de recibir actualizaciones de seguridad gratuitas el {0} ({1}).",
        (Lang::Es, WarningKind::DriverEol) => "La rama {2} del controlador NVIDIA llegó al fin de su vida útil el {0} ({1}).",
        (Lang::Es, WarningKind::DriverEolSoon) => "La rama {2} del controlador NVIDIA llega al fin de su vida útil el {0} ({1}).",
        (Lang::Es, WarningKind::DataIssue) => "{2}",
        (Lang::Es, WarningKind::NewerImageAvailable) => "Esta imagen se compiló el {0} ({1}); desde entonces hay imágenes más nuevas de la familia. Las imágenes publicadas no cambian nunca: usa siempre la última imagen de la familia, {2}.",
        (Lang::Es, WarningKind::CatalogStale) => "El catálogo es del {0} ({1}); las páginas de Google pueden haber cambiado desde entonces.",
    };
    if let (WarningKind::DataIssue, Some(issue)) = (w.kind, &w.subject) {
        return format!("{}{issue}", data_issue_prefix(lang));
    }
    let date = w.date.map(|d| format_date(lang, d)).unwrap_or_default();
    let when = w.days.map(|d| relative(lang, d)).unwrap_or_default();
    fill(
        template,
        &[&date, &when, w.subject.as_deref().unwrap_or("")],
    )
}

/// What a `data-issue` warning says before the issue's own (English) text.
pub fn data_issue_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Source data issue: ",
        Lang::Es => "Problema en los datos de origen: ",
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
#[inline(never)]
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
#[inline(never)]
pub fn advice_text(lang: Lang, e: &Evaluation) -> String {
    // {0} the advised record, {1} its end of patch, {2} the framework, {3} the date.
    let template = match (&e.advice, lang) {
        (Some(a), Lang::En) if a.same_framework => "Move to {0}, supported until {1}.",
        (Some(_), Lang::En) => "No {2} version is supported on {3}. The supported image whose support lasts longest is {0}, until {1}.",
        (None, Lang::En) => "No version in the catalog is supported on {3}.",
        (Some(a), Lang::Es) if a.same_framework => "Pasa a {0}, con asistencia hasta el {1}.",
        (Some(_), Lang::Es) => "Ninguna versión de {2} tiene asistencia el {3}. La imagen con asistencia que dura más es {0}, hasta el {1}.",
        (None, Lang::Es) => "Ninguna versión del catálogo tiene asistencia el {3}.",
    };
    let (to, until) = match &e.advice {
        Some(a) => (record_name(a.to), format_date(lang, a.to.end_of_patch)),
        None => (String::new(), String::new()),
    };
    fill(
        template,
        &[
            &to,
            &until,
            e.record.framework.name(),
            &format_date(lang, e.at),
        ],
    )
}

#[inline(never)]
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    // {0} what was asked (cut), {1} the framework shown instead.
    let (template, asked, showing) = match notice {
        Notice::UnknownFramework { asked } => (
            [
                "No framework “{0}” — showing the default view.",
                "No existe el framework «{0}»: se muestra la vista predeterminada.",
            ],
            asked.as_str(),
            "",
        ),
        Notice::NotInProduct { framework, product } => (
            match product {
                Product::Vm => [
                    "VM images have no {1} — showing the default view.",
                    "Las imágenes de VM no incluyen {1}: se muestra la vista predeterminada.",
                ],
                Product::Containers => [
                    "Containers have no {1} — showing the default view.",
                    "Los contenedores no incluyen {1}: se muestra la vista predeterminada.",
                ],
            },
            "",
            framework.name(),
        ),
        Notice::UnknownVersion { asked, showing } => (
            [
                "No version {0} — showing {1}.",
                "No existe la versión {0}: se muestra {1}.",
            ],
            asked.as_str(),
            showing.name(),
        ),
        Notice::BadDate { asked } => (
            [
                "“{0}” is not a date (YYYY-MM-DD) — showing today.",
                "«{0}» no es una fecha (AAAA-MM-DD): se muestra hoy.",
            ],
            asked.as_str(),
            "",
        ),
        Notice::BadLang { asked } => (
            [
                "No language “{0}” (en, es).",
                "No existe el idioma «{0}» (en, es).",
            ],
            asked.as_str(),
            "",
        ),
    };
    let [en, es] = template;
    let template = match lang {
        Lang::En => en,
        Lang::Es => es,
    };
    fill(template, &[&cut(asked, 60), showing])
}

/// Beside the hide toggle: how many versions it hides (nothing when none).
pub fn hidden_note(lang: Lang, hidden: usize) -> String {
    match (lang, hidden) {
        (_, 0) => String::new(),
        (Lang::En, 1) => "(1 hidden)".to_owned(),
        (Lang::En, n) => format!("({n} hidden)"),
        (Lang::Es, 1) => "(1 oculta)".to_owned(),
        (Lang::Es, n) => format!("({n} ocultas)"),
    }
}

/// What the widget's status region says after the last action (empty on
/// arrival): the version opened, the new date or the framework switched to
/// with the shown framework's counts, a copy or a calendar download, a
/// lookup's result.
pub fn announcement(lang: Lang, state: &State, catalog: &Catalog) -> String {
    let strings = lang.strings();
    let Some(announce) = &state.announce else {
        return String::new();
    };
    // The shown framework and its counts: `PyTorch: 2 supported · 1 deprecated`.
    let counts = format!(
        "{}: {}",
        state.framework.name(),
        status_counts(
            lang,
            &count_statuses(catalog, state.product, state.framework, state.at)
        )
    );
    match announce {
        Announce::Selected => state
            .selected
            .as_deref()
            .and_then(|id| catalog.record(id))
            .map(|r| {
                format!(
                    "{}: {}",
                    record_name(r),
                    status_name(lang, status_at(r, state.at))
                )
            })
            .unwrap_or_default(),
        Announce::Date => format!(
            "{} {}. {counts}",
            strings.status_on,
            format_date(lang, state.at)
        ),
        Announce::View => format!("{}. {counts}", product_name(lang, state.product)),
        Announce::Copied { what, ok: true } if what == "link" => strings.link_copied.to_owned(),
        Announce::Copied { ok: false, what } if what == "link" => strings.copy_failed.to_owned(),
        Announce::Copied { what, ok: true } => fill(strings.copied_text, &[what]),
        Announce::Copied { what, ok: false } => fill(strings.copy_text_failed, &[what]),
        Announce::Downloaded { file, ok: true } => fill(strings.downloaded, &[file]),
        Announce::Downloaded { ok: false, .. } => strings.download_failed.to_owned(),
        Announce::Lookup => state
            .lookup
            .as_deref()
            .map(|text| lookup_text(lang, text, &super::lookup::lookup(catalog, text)))
            .unwrap_or_default(),
    }
}

/// What a lookup of `text` found, in one sentence; when it offers closest
/// records instead, the sentence ends by introducing them.
pub fn lookup_text(lang: Lang, text: &str, result: &Lookup) -> String {
    let strings = lang.strings();
    let mut out = match result {
        Lookup::Found { record, .. } => fill(strings.lookup_found, &[text, &record_name(record)]),
        Lookup::NoMatch {
            ambiguous: true, ..
        } => fill(strings.lookup_ambiguous, &[text]),
        _ => fill(strings.lookup_not_recognized, &[text]),
    };
    if matches!(result, Lookup::NoMatch { ambiguous: false, closest, .. } if !closest.is_empty()) {
        out.push(' ');
        out.push_str(strings.lookup_closest);
    }
    out
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

/// What a badge says: the status once and the one date that matters next —
/// `supported · until 4 Aug 2028`, `deprecated · available until 13 Apr
/// 2027`, `unavailable since 24 Jul 2026`.
pub fn badge_text(lang: Lang, record: &Record, status: Status) -> String {
    // {0} the status, {1} the date that matters.
    let (template, date) = match (lang, status) {
        (Lang::En, Status::Upcoming) => ("{0} · from {1}", record.released),
        (Lang::En, Status::Supported) => ("{0} · until {1}", Some(record.end_of_patch)),
        (Lang::En, Status::Deprecated) => (
            "{0} · available until {1}",
            Some(record.end_of_availability),
        ),
        (Lang::En, Status::Unavailable) => ("{0} since {1}", Some(record.end_of_availability)),
        (Lang::Es, Status::Upcoming) => ("{0} · desde el {1}", record.released),
        (Lang::Es, Status::Supported) => ("{0} · hasta el {1}", Some(record.end_of_patch)),
        (Lang::Es, Status::Deprecated) => (
            "{0} · disponible hasta el {1}",
            Some(record.end_of_availability),
        ),
        (Lang::Es, Status::Unavailable) => ("{0} desde el {1}", Some(record.end_of_availability)),
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
/// support: 24 Jul 2025. End of availability: 24 Jul 2026.`).
pub fn badge_more(lang: Lang, record: &Record) -> String {
    let strings = lang.strings();
    format!(
        " — {}. {}: {}. {}: {}.",
        record_name(record),
        strings.end_of_patch,
        format_date(lang, record.end_of_patch),
        strings.end_of_availability,
        format_date(lang, record.end_of_availability)
    )
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
    let template = format!("{{0}}: {expected}; {found}.");
    fill(
        &template,
        &[
            error.attribute,
            &detail,
            error.found.as_deref().unwrap_or(""),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_that_share_a_number_read_apart() {
        let name = |id: &str| record_name(crate::shipped::SHIPPED.record(id).unwrap());
        assert_eq!(name("tensorflow/2.11-py37"), "TensorFlow 2.11 (Python 3.7)");
        assert_eq!(
            name("tensorflow/2.11-py310"),
            "TensorFlow 2.11 (Python 3.10)"
        );
        assert_eq!(name("tensorflow/2.6-py39"), "TensorFlow 2.6 (py39)");
        assert_eq!(name("tensorflow/2.10"), "TensorFlow 2.10");
        assert_eq!(
            name("containers/pytorch/1.12-py37"),
            "PyTorch 1.12 (Python 3.7) · DLC"
        );
    }

    #[test]
    fn the_status_region_says_what_happened_in_both_languages() {
        use crate::domain::link::parse;
        use crate::domain::state::{Action, State, Theme};
        use crate::shipped::SHIPPED;
        let at = Date::known(2026, 1, 1);
        let open =
            |hash: &str, lang| State::new(parse(hash, &SHIPPED), &SHIPPED, at, lang, Theme::Auto);
        let say = |s: &State| announcement(s.lang, s, &SHIPPED);
        let s = open("#/pytorch", Lang::En);
        assert_eq!(say(&s), "", "nothing on arrival");
        let s = s.apply(&SHIPPED, Action::Select("pytorch/2.4".into()));
        assert_eq!(say(&s), "PyTorch 2.4 (Python 3.10): deprecated");
        let counts = status_counts(
            Lang::En,
            &count_statuses(
                &SHIPPED,
                Product::Vm,
                Framework::PyTorch,
                Date::known(2025, 8, 1),
            ),
        );
        let s = s.apply(&SHIPPED, Action::SetDate(Date::known(2025, 8, 1)));
        assert_eq!(say(&s), format!("Status on 1 Aug 2025. PyTorch: {counts}"));
        let s =
            open("#/base", Lang::Es).apply(&SHIPPED, Action::ChooseProduct(Product::Containers));
        assert!(say(&s).starts_with("Contenedores. Base: "), "{}", say(&s));
        let s = s.apply(&SHIPPED, Action::Copied("tf-2-11-cpu".into(), false));
        assert_eq!(
            say(&s),
            "No se pudo copiar tf-2-11-cpu: selecciónalo y cópialo con el teclado o el menú."
        );
        let s = s.apply(&SHIPPED, Action::Copied("link".into(), true));
        assert_eq!(say(&s), "Vínculo copiado");
        let s = s.apply(
            &SHIPPED,
            Action::Downloaded("dlvm-base-cu128.ics".into(), true),
        );
        assert_eq!(
            say(&s),
            "Se descargó el archivo de calendario dlvm-base-cu128.ics."
        );
        let s = s.apply(&SHIPPED, Action::lookup(&SHIPPED, "jax-0-4"));
        assert_eq!(
            say(&s),
            "«jax-0-4» no se reconoce: no corresponde a ninguna versión del catálogo."
        );
    }

    #[test]
    fn spanish_words_agree_with_what_they_describe() {
        // "Publicada: desconocida" (a date), not "desconocido".
        assert_eq!(Lang::Es.strings().unknown_date, "desconocida");
        let tf = crate::shipped::SHIPPED.record("tensorflow/2.3").unwrap();
        assert!(dates_line(Lang::Es, tf).starts_with("Publicada: desconocida · "));
        assert_eq!(
            data_issue_prefix(Lang::Es),
            "Problema en los datos de origen: "
        );
    }

    #[test]
    fn the_hidden_note_counts_in_both_languages() {
        assert_eq!(hidden_note(Lang::En, 0), "");
        assert_eq!(hidden_note(Lang::En, 1), "(1 hidden)");
        assert_eq!(hidden_note(Lang::Es, 8), "(8 ocultas)");
    }

    #[test]
    fn a_lookup_says_what_it_found_in_both_languages() {
        use crate::domain::lookup::lookup;
        use crate::shipped::SHIPPED;
        let text = |lang, pasted: &str| lookup_text(lang, pasted, &lookup(&SHIPPED, pasted));
        assert_eq!(
            text(Lang::En, "tf-2-11-cu113-debian-11-py310"),
            "“tf-2-11-cu113-debian-11-py310” is TensorFlow 2.11 (Python 3.10)."
        );
        assert_eq!(
            text(Lang::Es, "tf-2-11-cpu"),
            "«tf-2-11-cpu» corresponde a varias versiones; agrega lo que las distingue (Python, SO):"
        );
        assert_eq!(
            text(Lang::En, "tf-2-18-cu123-py310"),
            "“tf-2-18-cu123-py310” is not recognized: it matches no version in the catalog. Closest versions:"
        );
        // Nothing to offer: no dangling "closest".
        assert_eq!(
            text(Lang::Es, "jax-0-4"),
            "«jax-0-4» no se reconoce: no corresponde a ninguna versión del catálogo."
        );
    }

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
    fn badges_say_status_once_and_the_date_that_matters() {
        let catalog = &crate::shipped::SHIPPED;
        let tf = catalog.record("tensorflow/2.16").unwrap();
        assert_eq!(
            badge_text(Lang::En, tf, Status::Deprecated),
            "deprecated · available until 28 Jun 2026"
        );
        assert_eq!(
            badge_text(Lang::Es, tf, Status::Unavailable),
            "no disponible desde el 28 jun 2026"
        );
        let base = catalog.record("base/cu128").unwrap();
        assert_eq!(
            badge_text(Lang::En, base, Status::Supported),
            "supported · until 13 Apr 2026"
        );
        assert_eq!(
            badge_text(Lang::Es, base, Status::Supported),
            "con asistencia · hasta el 13 abr 2026"
        );
        let pt = catalog.record("pytorch/2.9-ubuntu-2204").unwrap();
        assert_eq!(badge_text(Lang::En, pt, Status::Upcoming), "upcoming");
        assert_eq!(
            badge_more(Lang::En, tf),
            " — TensorFlow 2.16 (Python 3.10). End of patch & support: 28 Jun 2025. End of availability: 28 Jun 2026."
        );
    }

    #[test]
    fn notices_cut_long_input() {
        let asked = "x".repeat(10_000);
        let text = notice_text(Lang::En, &Notice::BadDate { asked });
        assert!(text.chars().count() < 120, "{text}");
        assert!(text.contains('…'));
    }
}
