//! What a status, its warnings, the upgrade advice and a link notice mean, in words.

use super::*;

/// The status explained in the policy's terms: what still works, what no
/// longer does.
#[inline(never)]
pub fn explain_status(lang: Lang, e: &Evaluation) -> String {
    let r = e.record;
    let template = match (lang, e.status) {
        (Lang::En, Status::Upcoming) => "{0} is not released yet on this date: the release notes date its first images {3}.",
        (Lang::En, Status::Supported) => "{0} is supported until {1}: Google keeps publishing new image versions with framework patches, security fixes and dependency updates. After that date no new images come; they stay usable until {2}.",
        (Lang::En, Status::Deprecated) => "{0} is deprecated: no new image versions after its end of patch & support ({1}), so no more patches or security fixes. Running resources keep running, and new ones can be created until {2}. Troubleshooting support may ask you to upgrade first.",
        (Lang::En, Status::Unavailable) => "{0} is unavailable: after its end of availability ({2}) its images can no longer be used. Services may block creating new resources from them, and they can't be downloaded.",
        (Lang::Es, Status::Upcoming) => "{0} aún no se publicó en esta fecha: las notas de la versión fechan sus primeras imágenes el {3}.",
        (Lang::Es, Status::Supported) => "{0} tiene asistencia hasta el {1}: Google sigue publicando versiones de imagen nuevas con parches del framework, actualizaciones de seguridad y de dependencias. Después de esa fecha no habrá imágenes nuevas; se podrán usar hasta el {2}.",
        (Lang::Es, Status::Deprecated) => "{0} es obsoleta: no hay versiones de imagen nuevas después del fin de la asistencia y de los parches ({1}), así que no recibe más parches ni actualizaciones de seguridad. Los recursos existentes siguen funcionando y se pueden crear nuevos hasta el {2}. Para recibir asistencia de solución de problemas, es posible que se te solicite actualizar primero.",
        (Lang::Es, Status::Unavailable) => "{0} no está disponible: después del fin de la disponibilidad ({2}) ya no se pueden usar sus imágenes. Los servicios pueden bloquear la creación de recursos nuevos a partir de ellas, y ya no se pueden descargar.",
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
        (Lang::En, WarningKind::Unavailable) => "Unavailable after {0} ({1}): these images can no longer be used.",
        (Lang::En, WarningKind::EndOfAvailabilitySoon) => "End of availability on {0} ({1}): after it no new resources can be created from these images.",
        (Lang::En, WarningKind::Deprecated) => "Deprecated: no patches or security fixes after {0} ({1}).",
        (Lang::En, WarningKind::EndOfPatchSoon) => "End of patch & support on {0} ({1}): plan the upgrade.",
        (Lang::En, WarningKind::PythonEol) => "Python {2} reached its end of life on {0} ({1}).",
        (Lang::En, WarningKind::PythonEolSoon) => "Python {2} reaches its end of life on {0} ({1}).",
        (Lang::En, WarningKind::OsEol) => "{2} stopped getting free security updates on {0} ({1}).",
        (Lang::En, WarningKind::OsEolSoon) => "{2} stops getting free security updates on {0} ({1}).",
        (Lang::En, WarningKind::DriverEol) => "NVIDIA driver branch {2} reached its end of life on {0} ({1}).",
        (Lang::En, WarningKind::DriverEolSoon) => "NVIDIA driver branch {2} reaches its end of life on {0} ({1}).",
        (Lang::En, WarningKind::DataIssue) => "Source data issue: a value is kept as the source prints it although it breaks a consistency rule (see Data quality).",
        (Lang::En, WarningKind::NewerImageAvailable) => "This image was built on {0} ({1}); newer images of the family have come since. Published images never change: always use the latest image of the family, {2}.",
        (Lang::Es, WarningKind::Unavailable) => "No disponible después del {0} ({1}): ya no se pueden usar estas imágenes.",
        (Lang::Es, WarningKind::EndOfAvailabilitySoon) => "Fin de la disponibilidad el {0} ({1}): después no se podrán crear recursos a partir de estas imágenes.",
        (Lang::Es, WarningKind::Deprecated) => "Obsoleta: sin parches ni actualizaciones de seguridad después del {0} ({1}).",
        (Lang::Es, WarningKind::EndOfPatchSoon) => "Fin de la asistencia y de los parches el {0} ({1}): planifica la actualización.",
        (Lang::Es, WarningKind::PythonEol) => "Python {2} llegó al fin de su vida útil el {0} ({1}).",
        (Lang::Es, WarningKind::PythonEolSoon) => "Python {2} llega al fin de su vida útil el {0} ({1}).",
        (Lang::Es, WarningKind::OsEol) => "{2} dejó de recibir actualizaciones de seguridad gratuitas el {0} ({1}).",
        (Lang::Es, WarningKind::OsEolSoon) => "{2} deja de recibir actualizaciones de seguridad gratuitas el {0} ({1}).",
        (Lang::Es, WarningKind::DriverEol) => "La rama {2} del controlador NVIDIA llegó al fin de su vida útil el {0} ({1}).",
        (Lang::Es, WarningKind::DriverEolSoon) => "La rama {2} del controlador NVIDIA llega al fin de su vida útil el {0} ({1}).",
        (Lang::Es, WarningKind::DataIssue) => "Problema en los datos de origen: un valor se mantiene tal como lo publica la fuente aunque incumple una regla de coherencia (ver Calidad de los datos).",
        (Lang::Es, WarningKind::NewerImageAvailable) => "Esta imagen se compiló el {0} ({1}); desde entonces hay imágenes más nuevas de la familia. Las imágenes publicadas no cambian nunca: usa siempre la última imagen de la familia, {2}.",
    };
    let date = w.date.map(|d| format_date(lang, d)).unwrap_or_default();
    let when = w.days.map(|d| relative(lang, d)).unwrap_or_default();
    fill(
        template,
        &[&date, &when, w.subject.as_deref().unwrap_or("")],
    )
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
            fill(
                "{0}: {1} → {2}",
                &[
                    change_subject(lang, c.kind),
                    c.from.as_deref().unwrap_or(unknown),
                    c.to.as_deref().unwrap_or(unknown),
                ],
            )
        })
        .collect()
}

/// The advice headline.
#[inline(never)]
pub fn advice_text(lang: Lang, e: &Evaluation) -> String {
    // {0} the advised record, {1} its end of patch, {2} the framework with
    // its product's mark, as the advised record's name has it (that may be
    // another product's image), {3} the date.
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
            &joined(&[e.record.framework.name(), product_mark(e.record.product)]),
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
        (Lang::En, n) => joined(&["(", &decimal(n as u64), " hidden)"]),
        (Lang::Es, 1) => "(1 oculta)".to_owned(),
        (Lang::Es, n) => joined(&["(", &decimal(n as u64), " ocultas)"]),
    }
}
