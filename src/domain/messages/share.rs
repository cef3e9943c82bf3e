//! The words of the pages made at build time (a page per version, the
//! list of versions, the standalone page's first paint): what does not
//! depend on the reader's day. Read only by the native page generator
//! (`pages`), so none of it reaches the bundle.

use super::*;

/// The product's own name, the same in both languages.
pub fn product_title(product: Product) -> &'static str {
    match product {
        Product::Vm => "Deep Learning VM",
        Product::Containers => "Deep Learning Containers",
    }
}

/// `PyTorch 2.4 (Python 3.10) on Deep Learning VM — end of patch & support
/// 24 Jul 2025 · end of availability 24 Jul 2026`: the page's title, and
/// what a link preview shows.
pub fn share_title(lang: Lang, record: &Record) -> String {
    let template = match lang {
        Lang::En => "{0} on {1} — end of patch & support {2} · end of availability {3}",
        Lang::Es => "{0} en {1} — fin de la asistencia y de los parches: {2} · fin de la disponibilidad: {3}",
    };
    about(template, lang, record, "")
}

/// `PyTorch 2.4 — end of patch & support 24 Jul 2025, end of availability
/// 24 Jul 2026`: what a page shows where no script runs (the docs
/// integrations' text, LaTeX and man output). It names no status, since a
/// status depends on the reader's day.
pub fn day_free_facts(lang: Lang, record: &Record) -> String {
    let template = match lang {
        Lang::En => "{0} — end of patch & support {1}, end of availability {2}",
        Lang::Es => {
            "{0} — fin de la asistencia y de los parches: {1}; fin de la disponibilidad: {2}"
        }
    };
    fill(
        template,
        &[
            &record_name(record),
            &format_date(lang, record.end_of_patch),
            &format_date(lang, record.end_of_availability),
        ],
    )
}

/// One or two sentences for search results and link previews.
pub fn share_description(lang: Lang, record: &Record) -> String {
    let template = match lang {
        Lang::En => "{0} on {1}, in Google's framework support policy: new image versions (patches, security fixes) until {2}; images usable for new resources until {3}. {4}",
        Lang::Es => "{0} en {1}, según la política de asistencia de frameworks de Google: versiones de imagen nuevas (parches, actualizaciones de seguridad) hasta el {2}; imágenes utilizables para recursos nuevos hasta el {3}. {4}",
    };
    about(template, lang, record, &facts_line(lang, record))
        .trim_end()
        .to_owned()
}

/// A template about one version: {0} its name, {1} its product, {2} and
/// {3} its end of patch & support and of availability, {4} `more`.
fn about(template: &str, lang: Lang, record: &Record, more: &str) -> String {
    fill(
        template,
        &[
            &version_name(record),
            product_title(record.product),
            &format_date(lang, record.end_of_patch),
            &format_date(lang, record.end_of_availability),
            more,
        ],
    )
}

/// What the end of patch & support means, in the policy's words. Hidden
/// from the public list but usable by name is what Google says of
/// deprecated VM images (Compute Engine's list), not of containers: {0}.
pub fn end_of_patch_meaning(lang: Lang, product: Product) -> String {
    let (template, hidden) = match lang {
        Lang::En => (
            "Until this date Google keeps publishing new image versions of this framework version: framework patches, security fixes, dependency updates. After it no new image versions come: its images become deprecated{0} and resources already running keep running. Troubleshooting support may ask you to upgrade to a supported version first.",
            " — hidden from the public image list, still usable by name —",
        ),
        Lang::Es => (
            "Hasta esta fecha Google sigue publicando versiones de imagen nuevas de esta versión del framework: parches del framework, actualizaciones de seguridad y de dependencias. Después ya no se publican versiones de imagen nuevas: sus imágenes pasan a estar obsoletas{0} y los recursos existentes siguen funcionando. Para recibir asistencia de solución de problemas, es posible que se te solicite actualizar a una versión del framework que se encuentre dentro del período admitido.",
            " (ocultas de la lista pública, pero se pueden usar por nombre)",
        ),
    };
    let hidden = match (lang, product) {
        (_, Product::Vm) => hidden,
        (Lang::En, Product::Containers) => ",",
        (Lang::Es, Product::Containers) => "",
    };
    fill(template, &[hidden])
}

/// What the end of availability means, in the policy's words (which say
/// nothing of resources already running then).
pub fn end_of_availability_meaning(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "After this date its images can no longer be used: services may block creating new resources from them, and they can no longer be downloaded.",
        Lang::Es => "Después de esta fecha ya no se pueden usar sus imágenes: los servicios pueden bloquear la creación de recursos nuevos a partir de ellas, y ya no se pueden descargar.",
    }
}

/// Published images never change, so the latest is the one to run (the
/// policy's rule, for both products); a VM image's family names the
/// images of one build after another (its `VERSION_DATE`).
pub fn latest_image_rule(lang: Lang, product: Product) -> &'static str {
    match (lang, product) {
        (Lang::En, Product::Vm) => "Published images never change: always run the latest image of a family. VERSION_DATE stands for an image's build date.",
        (Lang::En, Product::Containers) => "Published images never change: always run the latest image of a version.",
        (Lang::Es, Product::Vm) => "Las imágenes publicadas no cambian nunca: usa siempre la última imagen de una familia. VERSION_DATE representa la fecha de compilación de una imagen.",
        (Lang::Es, Product::Containers) => "Las imágenes publicadas no cambian nunca: usa siempre la última imagen de una versión.",
    }
}

/// Fixed words of the generated pages.
pub struct ShareWords {
    pub the_dates: &'static str,
    pub first_images: &'static str,
    pub status_on_your_date: &'static str,
    /// Shown where the status appears, until the script has run (and for
    /// good without JavaScript); {0} end of patch, {1} end of availability.
    pub without_script: &'static str,
    pub all_versions: &'static str,
    pub all_versions_title: &'static str,
    pub open_timeline: &'static str,
    pub other_language: &'static str,
    pub site_name: &'static str,
    /// The standalone page's first paint: {0} framework, {1} product.
    pub versions_and_dates: &'static str,
}

pub fn share_words(lang: Lang) -> &'static ShareWords {
    match lang {
        Lang::En => &ShareWords {
            the_dates: "The two dates",
            first_images: "First images",
            status_on_your_date: "Status on your date",
            without_script: "With JavaScript on, the status on your date shows here, with its warnings and the upgrade advice. From the dates alone: supported (new image versions) until {0}; deprecated (usable by name, no new versions) until {1}; unavailable after it.",
            all_versions: "Every version's page",
            all_versions_title: "Deep Learning VM and Containers: every framework version",
            open_timeline: "Open the timeline",
            other_language: "Español",
            site_name: "DLVM Support Timeline",
            versions_and_dates: "{0} — {1}: versions and their dates",
        },
        Lang::Es => &ShareWords {
            the_dates: "Las dos fechas",
            first_images: "Primeras imágenes",
            status_on_your_date: "Estado en tu fecha",
            without_script: "Con JavaScript activado, aquí aparece el estado en tu fecha, con sus advertencias y la recomendación de actualización. Solo con las fechas: con asistencia (versiones de imagen nuevas) hasta el {0}; obsoleta (se puede usar por nombre, sin versiones nuevas) hasta el {1}; no disponible después.",
            all_versions: "La página de cada versión",
            all_versions_title: "Deep Learning VM y Containers: todas las versiones de frameworks",
            open_timeline: "Abrir la cronología",
            other_language: "English",
            site_name: "DLVM Support Timeline",
            versions_and_dates: "{0} — {1}: versiones y sus fechas",
        },
    }
}
