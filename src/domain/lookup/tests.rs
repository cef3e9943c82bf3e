// On the fixture catalog (crate::testing), which is native only.
#![cfg(not(target_arch = "wasm32"))]
use super::*;
use crate::testing::FIXTURE;

/// The id a text finds in the fixture catalog, or what went wrong.
fn found(text: &str) -> Result<String, String> {
    found_in(&FIXTURE, text)
}

/// The id a text finds in `catalog`, or what went wrong.
fn found_in(catalog: &Catalog, text: &str) -> Result<String, String> {
    match lookup(catalog, text) {
        Lookup::Found { record, .. } => Ok(record.id.to_string()),
        Lookup::Unreadable(why) => Err(format!("unreadable: {why:?}")),
        other => Err(format!(
            "{}: {}",
            other.slug(),
            other
                .closest()
                .iter()
                .map(|r| r.id.as_ref())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

#[test]
fn the_issues_examples() {
    assert_eq!(
        found("tf-2-11-cu113-debian-11-py310"),
        Ok("tensorflow/2.11-py310".into())
    );
    assert_eq!(
        found("pytorch-2-4-cu124-v20241118-debian-11-py310"),
        Ok("pytorch/2.4".into())
    );
    assert_eq!(
        found("pytorch-2-9-cu129-ubuntu-2204-nvidia-580-v20260416"),
        Ok("pytorch/2.9-ubuntu-2204".into())
    );
    assert_eq!(
        found("us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310"),
        Ok("containers/tensorflow/2.17".into())
    );
    assert_eq!(
        found("us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:m125"),
        Ok("containers/tensorflow/2.17".into())
    );
}

/// Every family pattern and container image in the catalog, as printed,
/// without the placeholder and with a date in its place, finds its record.
#[test]
fn every_pattern_of_both_products_finds_its_record() {
    every_pattern_finds_its_record(&FIXTURE);
}

fn every_pattern_finds_its_record(catalog: &Catalog) {
    for record in catalog.records.iter() {
        let mut names: Vec<String> = Vec::new();
        for pattern in record.image_families.iter() {
            names.push(pattern.to_string());
            names.push(pattern.replace("-VERSION_DATE", ""));
            names.push(pattern.replace("VERSION_DATE", "v20240101"));
        }
        for uri in record.container_images.iter() {
            names.push(uri.to_string());
            names.push(format!("{uri}:latest"));
            names.push(uri.rsplit('/').next().unwrap_or_default().to_owned());
            names.push(uri.replace(
                "us-docker.pkg.dev/deeplearning-platform-release/",
                "gcr.io/deeplearning-platform-release/",
            ));
        }
        assert!(!names.is_empty(), "{} has names", record.id);
        for name in names {
            assert_eq!(
                found_in(catalog, &name),
                Ok(record.id.to_string()),
                "{name}"
            );
        }
    }
}

#[test]
fn names_seen_in_release_notes_find_their_records() {
    for (name, id) in [
        ("common-cu121-debian-11-py310", "base/cu121"),
        ("common-cpu-debian-11-py310", "base/cpu-py310"),
        ("tf-2-12-gpu-debian-11-py310", "tensorflow/2.12"),
        ("tf-2-12-cu118-debian-11-py310", "tensorflow/2.12"),
        ("tf-2-6-cu113-debian-11-py39", "tensorflow/2.6-py39"),
        ("pytorch-1-13-cu113-debian-11-py310", "pytorch/1.13-py310"),
        (
            "common-cu129-ubuntu-2404-nvidia-580",
            "base/cu129-ubuntu-2404",
        ),
        (
            "pytorch-2-7-cu128-ubuntu-2204-nvidia-570-v20250101",
            "pytorch/2.7",
        ),
        ("COMMON-CPU-DEBIAN-11-PY310-CONDA", "base/cpu-py310"),
        ("  tf-2-16-cu123-py310  ", "tensorflow/2.16"),
    ] {
        assert_eq!(found(name), Ok(id.to_owned()), "{name}");
    }
}

#[test]
fn the_pasted_image_belongs_to_the_record_it_found_only() {
    let found = lookup(&FIXTURE, "pytorch-2-4-cu124-v20241118-debian-11-py310");
    let record = |id: &str| FIXTURE.record(id).expect("in the fixture");
    assert_eq!(
        found.image_of(record("pytorch/2.4")).and_then(|i| i.built),
        Date::from_ymd(2024, 11, 18)
    );
    assert_eq!(found.image_of(record("pytorch/2.3")), None);
    assert_eq!(
        lookup(&FIXTURE, "tf-2-11-cpu").image_of(record("tensorflow/2.11-py310")),
        None
    );
}

#[test]
fn a_dated_name_gives_its_build_date_and_family() {
    let Lookup::Found { image, .. } =
        lookup(&FIXTURE, "pytorch-2-4-cu124-v20241118-debian-11-py310")
    else {
        panic!("found")
    };
    assert_eq!(image.built, Date::from_ymd(2024, 11, 18));
    assert_eq!(image.family, "pytorch-2-4-cu124-debian-11-py310");
    let Lookup::Found { image, .. } = lookup(
        &FIXTURE,
        "gcr.io/deeplearning-platform-release/pytorch-cu124.2-4.py310:latest",
    ) else {
        panic!("found")
    };
    assert_eq!(
        (image.built, image.family.as_str()),
        (
            None,
            "gcr.io/deeplearning-platform-release/pytorch-cu124.2-4.py310"
        )
    );
}

#[test]
fn what_fits_several_records_is_ambiguous_and_none_not_in_the_catalog() {
    // No Python: both TF 2.11 variants fit.
    assert_eq!(
        found("tf-2-11-cpu"),
        Err("ambiguous: tensorflow/2.11-py310, tensorflow/2.11-py37".into())
    );
    // No OS: both PyTorch 2.9 families fit.
    assert_eq!(
        found("pytorch-2-9-cu129-nvidia-580"),
        Err("ambiguous: pytorch/2.9-ubuntu-2404, pytorch/2.9-ubuntu-2204".into())
    );
    // No such version: the nearest ones instead.
    assert_eq!(
        found("tf-2-18-cu123-py310"),
        Err("not-in-catalog: tensorflow/2.17, tensorflow/2.16, tensorflow/2.15".into())
    );
    // A Python this version never had.
    assert_eq!(
        found("tf-2-16-cpu-py39"),
        Err("not-in-catalog: tensorflow/2.16, tensorflow/2.17, tensorflow/2.15".into())
    );
    // A CPU name for a GPU-only version.
    assert_eq!(
        found("pytorch-2-4-cpu-py310"),
        Err("not-in-catalog: pytorch/2.4, pytorch/2.3, pytorch/2.2".into())
    );
    // No such container product.
    assert_eq!(
        found("us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu124.2-9.py310")
            .map_err(|e| e.starts_with("not-in-catalog")),
        Err(true)
    );
}

#[test]
fn malformed_input_is_unreadable_not_a_guess() {
    for (text, why) in [
        ("", Unreadable::Empty),
        ("   ", Unreadable::Empty),
        ("jax-0-4-py310", Unreadable::UnknownFramework("jax".into())),
        ("tf-ent-2-8-cpu", Unreadable::UnknownPart("ent".into())),
        ("tf-2-x-cpu", Unreadable::UnknownPart("2".into())),
        (
            "tf-2-16-cpu-py310-banana",
            Unreadable::UnknownPart("banana".into()),
        ),
        ("common-gpu-py310", Unreadable::UnknownPart("gpu".into())),
        (
            "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/ubuntu:22.04",
            Unreadable::UnknownFramework("ubuntu".into()),
        ),
        // Another registry or project: Vertex AI's images of the same names.
        ("us-docker.pkg.dev/x/ubuntu:22.04", Unreadable::OtherProject),
        (
            "gcr.io/cloud-aiplatform/prediction/tf2-cpu.2-11",
            Unreadable::OtherProject,
        ),
        (
            "asia-docker.pkg.dev/vertex-ai/training/tf-gpu.2-11.py310:latest",
            Unreadable::OtherProject,
        ),
        (
            "projects/ml-images/global/images/pytorch-2-4-cu124-debian-11-py310",
            Unreadable::OtherProject,
        ),
        (
            "tf2-cpu.2-17.py310.extra",
            Unreadable::UnknownPart("extra".into()),
        ),
        (
            "<script>alert(1)</script>",
            Unreadable::UnknownFramework("script>".into()),
        ),
    ] {
        assert_eq!(read_image_name(text), Err(why), "{text:?}");
    }
    assert_eq!(
        read_image_name(&"tf-2-16-".repeat(100)),
        Err(Unreadable::TooLong)
    );
    assert!(matches!(lookup(&FIXTURE, "🙂"), Lookup::Unreadable(_)));
}

#[test]
fn every_family_seen_verbatim_finds_its_record() {
    let checked = every_family_seen_finds_its_record(&FIXTURE);
    assert!(checked >= 15, "{checked} families seen verbatim");
    // Even where the verbatim name states another OS than the row's.
    assert_eq!(
        found("common-cu121-ubuntu-2004-py310"),
        Ok("base/cu121".to_owned())
    );
    assert_eq!(
        found("tf-2-12-gpu-debian-11-py310"),
        Ok("tensorflow/2.12".to_owned())
    );
}

/// Checks every family name `catalog` saw verbatim; how many there were.
fn every_family_seen_finds_its_record(catalog: &Catalog) -> usize {
    let mut checked = 0;
    for record in catalog.records.iter() {
        for family in record.families_seen.iter() {
            assert_eq!(
                found_in(catalog, family),
                Ok(record.id.to_string()),
                "{family}"
            );
            checked += 1;
        }
    }
    checked
}

/// How Terraform, gcloud and the Compute Engine API write a VM image: a
/// path or URL whose last segment is the image or family. The product is
/// told by that segment (container names join parts with `.`), never by
/// the slashes around it.
#[test]
fn compute_engine_image_paths_are_vm_images() {
    for text in [
        "projects/deeplearning-platform-release/global/images/family/pytorch-2-4-cu124-debian-11-py310",
        "https://www.googleapis.com/compute/v1/projects/deeplearning-platform-release/global/images/pytorch-2-4-cu124-v20241118-debian-11-py310",
        "deeplearning-platform-release/pytorch-2-4-cu124-debian-11-py310",
        "family/pytorch-2-4-cu124-debian-11-py310",
    ] {
        assert_eq!(found(text), Ok("pytorch/2.4".into()), "{text}");
    }
    let dated = read_image_name(
        "projects/deeplearning-platform-release/global/images/pytorch-2-4-cu124-v20241118-debian-11-py310",
    )
    .unwrap();
    assert_eq!(dated.family, "pytorch-2-4-cu124-debian-11-py310");
    assert_eq!(dated.built, Date::from_ymd(2024, 11, 18));
    // A container keeps its product behind any registry path, tag or digest.
    assert_eq!(
        found("gcr.io/deeplearning-platform-release/pytorch-cu124.2-4.py310@sha256:9e8d7c6b5a4f"),
        Ok("containers/pytorch/2.4".into())
    );
}

/// The shipped catalog's own names (skipped when testing with a refreshed
/// catalog): a refresh that brings a name the lookup cannot read fails here.
mod shipped_data {
    use super::*;
    use crate::shipped::SHIPPED;

    #[test]
    fn every_name_the_shipped_catalog_prints_or_saw_finds_its_record() {
        every_pattern_finds_its_record(&SHIPPED);
        every_family_seen_finds_its_record(&SHIPPED);
    }
}

/// What a looked-up name adds to its record on 2026-12-03: the facts it
/// fills (with their origin), the warnings, and the upgrade's changes.
struct Filled {
    name: &'static str,
    record: &'static str,
    filled: &'static [(&'static str, &'static str)],
    warnings: &'static [&'static str],
    changes: &'static [&'static str],
}

const FILLED: &[Filled] = &[
    // The record's OS is unknown: the name's Debian 11 fills it.
    Filled {
        name: "pytorch-2-4-cu124-v20241118-debian-11-py310",
        record: "pytorch/2.4",
        filled: &[("os", "Debian 11")],
        warnings: &["unavailable", "python-eol", "os-eol"],
        changes: &[
            "Python: 3.10 → 3.12",
            "OS: Debian 11 → Ubuntu 24.04",
            "NVIDIA driver: unknown → 580",
        ],
    },
    // The name says nothing of the OS: it stays unknown.
    Filled {
        name: "pytorch-2-4-cu124-v20241118-py310",
        record: "pytorch/2.4",
        filled: &[],
        warnings: &["unavailable", "python-eol"],
        changes: &[
            "Python: 3.10 → 3.12",
            "OS: unknown → Ubuntu 24.04",
            "NVIDIA driver: unknown → 580",
        ],
    },
    // OS and driver both from the name: the advice keeps the OS.
    Filled {
        name: "pytorch-2-4-cu124-ubuntu-2204-nvidia-570-py310",
        record: "pytorch/2.4",
        filled: &[("os", "Ubuntu 22.04"), ("driver", "570")],
        warnings: &["unavailable", "python-eol"],
        changes: &["Python: 3.10 → 3.12", "NVIDIA driver: 570 → 580"],
    },
    // An undated Compute Engine image path on Ubuntu 24.04: the OS the
    // advice moves to already.
    Filled {
        name: "projects/deeplearning-platform-release/global/images/family/pytorch-2-4-cu124-ubuntu-2404-py310",
        record: "pytorch/2.4",
        filled: &[("os", "Ubuntu 24.04")],
        warnings: &["unavailable", "python-eol"],
        changes: &["Python: 3.10 → 3.12", "NVIDIA driver: unknown → 580"],
    },
    // A container URI with its tag: the OS glued in the container's name.
    Filled {
        name: "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu124.2-4.ubuntu2204.py310:m125",
        record: "containers/pytorch/2.4",
        filled: &[("os", "Ubuntu 22.04")],
        warnings: &["unavailable", "python-eol"],
        changes: &[
            "Python: 3.10 → 3.12",
            "OS: Ubuntu 22.04 → Ubuntu 24.04",
            "NVIDIA driver: unknown → 580",
        ],
    },
    // A name that contradicts its record's OS: placed, nothing filled, the
    // record's Debian 11 is what is judged (`disagreements` says the rest).
    Filled {
        name: "common-cu124-v20240101-ubuntu-2204-py310",
        record: "base/cu124",
        filled: &[],
        warnings: &["unavailable", "python-eol", "os-eol"],
        changes: &[
            "Python: 3.10 → 3.12",
            "OS: Debian 11 → Ubuntu 24.04",
            "NVIDIA driver: unknown → 580",
        ],
    },
    // Everything the name says, the record knows: nothing is filled.
    Filled {
        name: "pytorch-2-9-cu129-ubuntu-2404-nvidia-580",
        record: "pytorch/2.9-ubuntu-2404",
        filled: &[],
        warnings: &[],
        changes: &[],
    },
];

#[test]
fn the_facts_a_name_prints_fill_what_its_record_leaves_unknown() {
    for case in FILLED {
        check_filled(case);
    }
}

/// One case of `FILLED`, on 2026-12-03.
fn check_filled(case: &Filled) {
    use crate::domain::catalog::DerivedField;
    use crate::domain::messages::{change_texts, facts_line, Lang};
    use crate::domain::policy::{evaluate, Policy};
    let at = Date::from_ymd(2026, 12, 3).unwrap();
    let Lookup::Found { record, image } = lookup(&FIXTURE, case.name) else {
        panic!("{}: not found", case.name);
    };
    assert_eq!(record.id.as_ref(), case.record, "{}", case.name);
    let filled = image.filled(record);
    let value = |field: DerivedField| filled.fact(field).unwrap_or_default().to_owned();
    let from_name: Vec<(&str, String)> = DerivedField::ALL
        .into_iter()
        .filter(|f| filled.derived_from(*f) == Some(Origin::ImageName))
        .map(|f| (f.slug(), value(f)))
        .collect();
    let expected: Vec<(&str, String)> = case
        .filled
        .iter()
        .map(|(f, v)| (*f, (*v).to_owned()))
        .collect();
    assert_eq!(from_name, expected, "{}", case.name);
    for (_, value) in &expected {
        let marked = format!("{value}{}", Lang::En.strings().from_image_name);
        assert!(
            facts_line(Lang::En, &filled).contains(&marked),
            "{}",
            case.name
        );
    }
    let e = evaluate(&FIXTURE, &filled, at, Policy { warn_days: 90 });
    let kinds: Vec<&str> = e.warnings.iter().map(|w| w.kind.slug()).collect();
    for kind in case.warnings {
        assert!(kinds.contains(kind), "{}: {kind} in {kinds:?}", case.name);
    }
    assert_eq!(
        kinds.contains(&"os-eol"),
        case.warnings.contains(&"os-eol"),
        "{}",
        case.name
    );
    let changes = e
        .advice
        .as_ref()
        .map(|a| change_texts(Lang::En, a))
        .unwrap_or_default();
    assert_eq!(changes, case.changes, "{}", case.name);
}

/// A disagreement as the tests write it: (field, name says, record says).
type Said = (&'static str, String, String);

/// The record a name finds and its disagreements with it.
fn disagreements(text: &str) -> Result<(String, Vec<Said>), String> {
    match lookup(&FIXTURE, text) {
        Lookup::Found { record, image } => Ok((
            record.id.to_string(),
            image
                .disagreements(record)
                .into_iter()
                .map(|d| (d.field.slug(), d.name_says, d.record_says))
                .collect(),
        )),
        other => Err(other.slug().to_owned()),
    }
}

#[test]
fn a_name_that_contradicts_its_record_is_placed_and_says_so() {
    use crate::domain::messages::{disagreement_text, Lang};
    let said = |field, name: &str, record: &str| (field, name.to_owned(), record.to_owned());
    // The OS: Google rebuilt the family on another OS under one record.
    assert_eq!(
        disagreements("common-cu124-ubuntu-2204"),
        Ok((
            "base/cu124".to_owned(),
            vec![said("os", "Ubuntu 22.04", "Debian 11")]
        ))
    );
    // The CUDA of a renamed family; the OS the record leaves unknown fills in.
    assert_eq!(
        disagreements("tf-2-15-cu121-v20240417-debian-11"),
        Ok((
            "tensorflow/2.15".to_owned(),
            vec![said("cuda", "12.1", "12.2")]
        ))
    );
    let Lookup::Found { record, image } = lookup(&FIXTURE, "tf-2-15-cu121-v20240417-debian-11")
    else {
        panic!("placed above");
    };
    let filled = image.filled(record);
    assert_eq!(
        (filled.cuda.as_deref(), filled.os.as_deref()),
        (Some("12.2"), Some("Debian 11")),
        "the record's fact stays; the unknown one is filled"
    );
    assert_eq!(
        disagreement_text(Lang::En, &image.disagreements(record)).as_deref(),
        Some("Your image name says CUDA 12.1, where the catalog says CUDA 12.2: the catalog's facts are kept.")
    );
    // A value one of the record's own names prints is no disagreement
    // (`tf-2-6-cu110-…` of a CUDA 11.3 record).
    assert_eq!(
        disagreements("tf-2-6-cu110-py39"),
        Ok(("tensorflow/2.6-py39".to_owned(), vec![]))
    );
    // Two records contradicted alike: which one is not guessed.
    assert_eq!(
        disagreements("pytorch-2-9-cu129-ubuntu-2004-nvidia-580"),
        Err("ambiguous".to_owned())
    );
    // The record agreeing beats the one contradicted.
    assert_eq!(
        disagreements("pytorch-2-9-cu129-ubuntu-2204-nvidia-580"),
        Ok(("pytorch/2.9-ubuntu-2204".to_owned(), vec![]))
    );
    // Python is a record's own: a Python no record of the version has is
    // not in the catalog, never placed with a note.
    assert_eq!(
        disagreements("pytorch-1-13-cu113-py38"),
        Err("not-in-catalog".to_owned())
    );
}

#[test]
fn the_accelerator_a_name_states_narrows_a_cpu_and_gpu_record() {
    let narrowed = |text: &str| {
        let Lookup::Found { record, image } = lookup(&FIXTURE, text) else {
            panic!("{text}: not found");
        };
        let filled = image.filled(record);
        (
            image.narrowed(record).map(|a| a.slug()),
            filled
                .accelerators
                .iter()
                .map(|a| a.slug())
                .collect::<Vec<_>>(),
            filled.cuda.as_deref().map(str::to_owned),
        )
    };
    // A CPU image of a CPU and GPU record: no CUDA (the GPU image's).
    assert_eq!(
        narrowed("tf-2-15-cpu-py310"),
        (Some("cpu"), vec!["cpu"], None)
    );
    assert_eq!(
        narrowed("tf-2-15-cu122-py310"),
        (Some("gpu"), vec!["gpu"], Some("12.2".to_owned()))
    );
    // A GPU-only record leaves nothing to narrow.
    assert_eq!(
        narrowed("pytorch-2-4-cu124-py310"),
        (None, vec!["gpu"], Some("12.4".to_owned()))
    );
}

#[test]
fn copies_variants_and_lines_as_they_are_written() {
    // The ml-images project's copies read as the image they copy.
    let copy = "projects/ml-images/global/images/c2-deeplearning-pytorch-2-3-cu121-v20240922-debian-11-py310";
    assert_eq!(found(copy), Ok("pytorch/2.3".into()));
    let Ok(image) = read_image_name(copy) else {
        panic!("read above");
    };
    assert_eq!(image.family, "pytorch-2-3-cu121-debian-11-py310");
    assert_eq!(
        found("c0-deeplearning-common-cpu-v20250325-debian-11"),
        Ok("base/cpu-py310".into())
    );
    // That project's other images are not Deep Learning ones.
    assert_eq!(
        found("projects/ml-images/global/images/pytorch-2-3-cu121-debian-11-py310"),
        Err("unreadable: OtherProject".into())
    );
    // PyTorch/XLA images are their framework version's.
    assert_eq!(
        found("pytorch-1-12-xla-v20220316-debian-10"),
        Ok("pytorch/1.12".into())
    );
    // The Notebooks container host's family has no version: it rolls.
    assert_eq!(lookup(&FIXTURE, "common-container").slug(), "rolling");
    // TensorFlow Enterprise with the version its name prints.
    assert_eq!(
        lookup(
            &FIXTURE,
            "c6-deeplearning-tf2-ent-2-3-cu110-v20200826-debian-9"
        ),
        Lookup::Retired {
            version: Some("2.3".to_owned()),
            as_of: FIXTURE.as_of
        }
    );
    assert_eq!(
        lookup(&FIXTURE, "tf-ent-latest-gpu"),
        Lookup::Retired {
            version: None,
            as_of: FIXTURE.as_of
        }
    );
}
