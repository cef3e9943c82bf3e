//! Messages in both languages.
use super::*;

#[test]
fn versions_that_share_a_number_read_apart() {
    let name = |id: &str| record_name(crate::testing::FIXTURE.record(id).unwrap());
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
    use crate::domain::state::{Action, State};
    use crate::domain::theme::Theme;
    use crate::testing::FIXTURE;
    let at = Date::known(2026, 1, 1);
    let open =
        |hash: &str, lang| State::new(parse(hash, &FIXTURE), &FIXTURE, at, lang, Theme::Auto);
    let say = |s: &State| {
        let found = s
            .lookup
            .as_deref()
            .map(|text| crate::domain::lookup::lookup(&FIXTURE, text));
        lookup_announcement(s.lang, s, &FIXTURE, found.as_ref())
    };
    let s = open("#/pytorch", Lang::En);
    assert_eq!(say(&s), "", "nothing on arrival");
    let s = s.apply(&FIXTURE, Action::Select("pytorch/2.4".into()));
    assert_eq!(say(&s), "PyTorch 2.4 (Python 3.10): deprecated");
    let counts = status_counts(
        Lang::En,
        &count_statuses(
            &FIXTURE,
            Product::Vm,
            Framework::PyTorch,
            Date::known(2025, 8, 1),
        ),
    );
    let s = s.apply(&FIXTURE, Action::SetDate(Date::known(2025, 8, 1)));
    assert_eq!(say(&s), format!("Status on 1 Aug 2025. PyTorch: {counts}"));
    let s = open("#/base", Lang::Es).apply(&FIXTURE, Action::ChooseProduct(Product::Containers));
    assert!(say(&s).starts_with("Contenedores. Base: "), "{}", say(&s));
    let s = s.apply(&FIXTURE, Action::Copied("tf-2-11-cpu".into(), false));
    assert_eq!(
        say(&s),
        "No se pudo copiar tf-2-11-cpu: selecciónalo y cópialo con el teclado o el menú."
    );
    let s = s.apply(&FIXTURE, Action::Copied("link".into(), true));
    assert_eq!(say(&s), "Vínculo copiado");
    let s = s.apply(
        &FIXTURE,
        Action::Downloaded("dlvm-base-cu128.ics".into(), true),
    );
    assert_eq!(
        say(&s),
        "Se descargó el archivo de calendario dlvm-base-cu128.ics."
    );
    let s = s.apply(&FIXTURE, Action::lookup(&FIXTURE, "jax-0-4"));
    assert_eq!(
        say(&s),
        "«jax-0-4» no se reconoce: no corresponde a ninguna versión del catálogo."
    );
}

#[test]
fn spanish_words_agree_with_what_they_describe() {
    // "Publicada: desconocida" (a date), not "desconocido".
    assert_eq!(Lang::Es.strings().unknown_date, "desconocida");
    let tf = crate::testing::FIXTURE.record("tensorflow/2.3").unwrap();
    assert!(dates_line(Lang::Es, tf).starts_with("Publicada: desconocida · "));
    let tf = crate::testing::FIXTURE
        .record("tensorflow/2.11-py310")
        .unwrap();
    let e = crate::domain::policy::evaluate(
        &crate::testing::FIXTURE,
        tf,
        Date::known(2026, 1, 1),
        Default::default(),
    );
    let issue = e
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::DataIssue)
        .unwrap();
    // The issue's own (English) text is shown once, marked English, under
    // Data quality; the warning says where in the reader's language.
    assert!(warning_text(Lang::Es, issue).ends_with("(ver Calidad de los datos)."));
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
    use crate::testing::FIXTURE;
    let text = |lang, pasted: &str| lookup_text(lang, pasted, &lookup(&FIXTURE, pasted));
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
        "“tf-2-18-cu123-py310” is TensorFlow 2.18: newer than the catalog, as of 10 Apr 2026; refresh it. Closest versions:"
    );
    // Between two versions the catalog has.
    assert_eq!(
        text(Lang::Es, "pytorch-2-5-cu124-py310"),
        "«pytorch-2-5-cu124-py310» es PyTorch 2.5: no figura en la lista de Google del 10 abr 2026. Versiones más cercanas:"
    );
    assert_eq!(
        text(Lang::En, "pytorch-latest-gpu"),
        "“pytorch-latest-gpu” is a rolling PyTorch family: it moves to new versions, and their dates, by itself. Pin a versioned family. The newest: pytorch-2-9-cu129-ubuntu-2404-nvidia-580-VERSION_DATE."
    );
    assert_eq!(
        text(Lang::En, "tf-ent-2-11-cu113"),
        "“tf-ent-2-11-cu113” is TensorFlow Enterprise 2.11, which Google no longer lists (as of 10 Apr 2026): no dates. Google's release notes: TensorFlow Enterprise images introduced 1 Nov 2019."
    );
    assert_eq!(
        text(Lang::Es, "tf2-ent-2-5-cu110"),
        "«tf2-ent-2-5-cu110» es TensorFlow Enterprise 2.5, que Google ya no incluye (al 10 abr 2026): sin fechas. Notas de la versión de Google: imágenes de TensorFlow Enterprise presentadas el 1 nov 2019; 2.5 publicada el 14 may 2021 sin compatibilidad de versiones a largo plazo (M70); 2.5 obsoleta desde el 18 ago 2021 (M78)."
    );
    // What the release notes said of the line and of the version a name
    // prints (a retired name's answer ends with it).
    assert_eq!(
        release_notes_text(Lang::Es, Some("2.5")),
        "Notas de la versión de Google: imágenes de TensorFlow Enterprise presentadas el 1 nov 2019; 2.5 publicada el 14 may 2021 sin compatibilidad de versiones a largo plazo (M70); 2.5 obsoleta desde el 18 ago 2021 (M78)."
    );
    assert_eq!(
        release_notes_text(Lang::En, Some("2.11")),
        "Google's release notes: TensorFlow Enterprise images introduced 1 Nov 2019."
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
    let catalog = &crate::testing::FIXTURE;
    let tf = catalog.record("tensorflow/2.16").unwrap();
    assert_eq!(
        badge_text(Lang::En, tf, Status::Deprecated),
        "deprecated · available until 28 Jun 2026"
    );
    // The end of availability itself is the last day of availability.
    assert_eq!(
        badge_text(Lang::Es, tf, Status::Unavailable),
        "no disponible después del 28 jun 2026"
    );
    assert_eq!(
        badge_text(Lang::En, tf, Status::Unavailable),
        "unavailable after 28 Jun 2026"
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
        badge_more(Lang::En, tf, None),
        " — TensorFlow 2.16 (Python 3.10). End of patch & support: 28 Jun 2025. End of availability: 28 Jun 2026."
    );
    assert!(badge_more(Lang::En, tf, Some("Dates from …")).ends_with("2026. Dates from …"));
}

#[test]
fn notices_cut_long_input() {
    let asked = "x".repeat(10_000);
    let text = notice_text(Lang::En, &Notice::BadDate { asked });
    assert!(text.chars().count() < 120, "{text}");
    assert!(text.contains('…'));
}

#[test]
fn the_freshness_notice_names_the_date_and_its_age_in_both_languages() {
    let catalog = &crate::testing::FIXTURE;
    assert_eq!(catalog.as_of, Date::known(2026, 4, 10));
    assert_eq!(
        stale_notice(Lang::En, catalog, Date::known(2026, 10, 7)),
        None
    );
    assert_eq!(
        stale_notice(Lang::En, catalog, Date::known(2026, 11, 30)).as_deref(),
        Some(
            "Dates from Google's pages as of 10 Apr 2026, 8 months ago — newer versions may exist."
        )
    );
    assert_eq!(
        stale_notice(Lang::Es, catalog, Date::known(2026, 11, 30)).as_deref(),
        Some("Fechas de las páginas de Google al 10 abr 2026, hace 8 meses: puede haber versiones más nuevas.")
    );
    assert_eq!(
        policy_page(catalog),
        Some("https://docs.cloud.google.com/deep-learning-vm/docs/framework-support-policy")
    );
}

#[test]
fn derived_values_say_where_they_come_from_in_both_languages() {
    let record = |id: &str| crate::testing::FIXTURE.record(id).unwrap();
    assert_eq!(
        facts_line(Lang::En, record("tensorflow/2.12")),
        "Python 3.10 · CUDA 11.8 · Debian 11 (from the family name)"
    );
    assert_eq!(
        facts_line(Lang::En, record("pytorch/2.0")),
        "Python 3.10 · CUDA 11.8 · Debian 11 (from the release notes)"
    );
    assert_eq!(
        facts_line(Lang::Es, record("pytorch/2.7")),
        "Python 3.10 · CUDA 12.8 · Ubuntu 22.04 (según el nombre de la familia) · Controlador NVIDIA 570 (según el nombre de la familia)"
    );
    assert_eq!(
        facts_line(Lang::En, record("containers/vllm/0.5")),
        "Python 3.10 (from the container image name) · CUDA 12.1 · Ubuntu 22.04 (from the container image name)"
    );
}

#[test]
fn statuses_say_what_the_policy_says_of_each_product() {
    use crate::domain::policy::{evaluate, Policy};
    let catalog = &crate::testing::FIXTURE;
    let explained = |id: &str, at: Date, lang: Lang| {
        let record = catalog.record(id).unwrap();
        explain_status(lang, &evaluate(catalog, record, at, Policy::default()))
    };
    // Deprecated: hidden from Compute Engine's list but usable by name is
    // what Google says of VM images, not of containers; the status says
    // what holds for both (a VM version's page adds the list's rule).
    let at = Date::known(2026, 1, 1);
    for lang in [Lang::En, Lang::Es] {
        for id in ["pytorch/2.4", "containers/pytorch/2.4"] {
            let deprecated = explained(id, at, lang);
            assert!(
                deprecated.contains("(24 Jul 2025)") || deprecated.contains("(24 jul 2025)"),
                "{deprecated}"
            );
            assert!(!deprecated.contains("gcloud"), "{deprecated}");
        }
    }
    // Unavailable: nothing said of running resources, which the policy
    // leaves unsaid after the end of availability.
    let at = Date::known(2026, 11, 30);
    let unavailable = explained("pytorch/2.4", at, Lang::En);
    assert!(
        unavailable.contains("after its end of availability (24 Jul 2026)"),
        "{unavailable}"
    );
    assert!(!unavailable.contains("running"), "{unavailable}");
    assert!(!explained("pytorch/2.4", at, Lang::Es).contains("siguen funcionando"));
}

#[test]
fn advice_from_another_product_names_the_product_given() {
    use crate::domain::policy::{evaluate, Policy};
    let catalog = &crate::testing::FIXTURE;
    let at = Date::known(2026, 11, 30);
    let record = catalog.record("containers/pytorch/2.4").unwrap();
    let e = evaluate(catalog, record, at, Policy::default());
    let advice = e.advice.as_ref().expect("a supported record");
    assert_eq!(
        advice.to.product,
        Product::Vm,
        "no container supported then"
    );
    let text = advice_text(Lang::En, &e);
    assert!(
        text.starts_with("No PyTorch · DLC version is supported on 30 Nov 2026."),
        "{text}"
    );
    assert!(
        !text.contains(&format!("{} · DLC,", version_name(advice.to))),
        "{text}"
    );
}
