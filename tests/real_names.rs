//! Image names as public repositories write them
//! (`tests/fixtures/real-image-names.tsv`: 99 names found in public code,
//! each with the answer it should get and where it was found), read by the
//! lookup the widget, `check-image` and `scan` share.

/// The answers depend on the shipped catalog (which versions it has), so a
/// refreshed catalog skips them (`make refresh-proof`).
mod shipped_data {
    use dlvm_timeline::domain::family::{container_name, FamilyFacts};
    use dlvm_timeline::domain::lookup::{lookup, Lookup};
    use dlvm_timeline::shipped::SHIPPED;

    /// Names whose expected answer the lookup doesn't give yet, and why.
    /// The test fails when one of them starts to get it: take it off then.
    const KNOWN_GAPS: &[(&str, &str)] = &[
        (
            "https://www.googleapis.com/compute/v1/projects/deeplearning-platform-release/global/images/family/common-container",
            "a VM family with no framework version (the Notebooks container host): not read",
        ),
        (
            "c6-deeplearning-tf2-ent-2-3-cu110-v20200826-debian-9",
            "copies in the ml-images project (cN-deeplearning-…): not read",
        ),
        ("projects/ml-images/global/images/c2-deeplearning-pytorch-2-3-cu121-v20240922-debian-11-py310", "ml-images copy"),
        ("projects/ml-images/global/images/c0-deeplearning-common-cpu-v20250325-debian-11-py310", "ml-images copy"),
        ("c1-deeplearning-tf-2-15-cu121-v20240417-debian-11", "ml-images copy"),
        ("projects/ml-images/global/images/c2-deeplearning-pytorch-1-11-xla-v20220316-debian-10", "ml-images copy"),
        (
            "pytorch-1-13-cu113-v20230925-ubuntu-2004-py310",
            "the name's OS contradicts the record's: placing it with a data-quality note is not done, so it is not in the catalog",
        ),
        ("tf-2-15-cu121", "the name's CUDA (a renamed family) contradicts the record's"),
        ("tf-2-15-cu121-v20240417-debian-11", "the name's CUDA contradicts the record's"),
        ("common-cu124-ubuntu-2204", "the name's OS contradicts the record's"),
        ("projects/deeplearning-platform-release/global/images/family/common-cu124-ubuntu-2204-py310", "the name's OS contradicts the record's"),
    ];

    /// The answer as the fixture writes it.
    fn answer(found: &Lookup) -> String {
        match found {
            Lookup::Found { record, .. } => format!("placed {}", record.id),
            Lookup::Ambiguous { .. } => "ambiguous".to_owned(),
            Lookup::NotInCatalog { image, .. } => format!(
                "not-in-catalog {} {}",
                image.framework.slug(),
                image.version
            ),
            Lookup::Rolling { framework, .. } => format!("rolling {}", framework.slug()),
            Lookup::Retired { .. } => "retired tf-ent".to_owned(),
            Lookup::Unreadable(_) => "not-recognized".to_owned(),
        }
    }

    fn fact(column: &str) -> Option<String> {
        (column != "-").then(|| column.to_owned())
    }

    #[test]
    fn every_real_name_gets_its_answer_and_its_facts() {
        let text = std::fs::read_to_string("tests/fixtures/real-image-names.tsv").unwrap();
        let rows: Vec<Vec<&str>> = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
            .collect();
        assert!(rows.len() >= 30, "{} names", rows.len());
        let mut gaps_seen = 0;
        for row in &rows {
            let [name, expected, os, cuda, driver, python, ..] = row.as_slice() else {
                panic!("a row of fewer than 6 columns: {row:?}");
            };
            let got = answer(&lookup(&SHIPPED, name));
            match KNOWN_GAPS.iter().find(|(gap, _)| gap == name) {
                Some((_, why)) => {
                    gaps_seen += 1;
                    assert_ne!(&got, expected, "{name}: no longer a gap ({why})");
                    // Never placed on a wrong record meanwhile.
                    assert!(!got.starts_with("placed"), "{name}: {got}");
                }
                None => assert_eq!(&got, expected, "{name}"),
            }
            // What the name prints, read by the one tokenizer.
            let lower = name.to_ascii_lowercase();
            let facts = FamilyFacts::read(container_name(&lower));
            let printed = FamilyFacts {
                os: fact(os),
                cuda: fact(cuda),
                driver: fact(driver),
                python: fact(python),
            };
            assert_eq!(facts, printed, "{name}");
        }
        assert_eq!(
            gaps_seen,
            KNOWN_GAPS.len(),
            "every gap is a name of the fixture"
        );
        // None is unread unless it truly isn't a Deep Learning image name.
        let unread: Vec<&str> = rows
            .iter()
            .filter(|r| answer(&lookup(&SHIPPED, r[0])) == "not-recognized")
            .filter(|r| !KNOWN_GAPS.iter().any(|(gap, _)| *gap == r[0]))
            .map(|r| r[0])
            .collect();
        assert!(
            unread
                .iter()
                .all(|n| !n.contains("deeplearning-platform-release")),
            "{unread:?}"
        );
    }
}
