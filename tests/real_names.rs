//! Image names as public repositories write them
//! (`tests/fixtures/real-image-names.tsv`: 99 names found in public code,
//! each with the answer it should get and where it was found), read by the
//! lookup the widget, `check-image` and `scan` share.

/// The answers depend on the shipped catalog (which versions it has), so a
/// refreshed catalog skips them (`make refresh-proof`).
mod shipped_data {
    use dlvm_timeline::domain::catalog::{DerivedField, Record};
    use dlvm_timeline::domain::family::{container_name, FamilyFacts};
    use dlvm_timeline::domain::lookup::{lookup, read_image_name, ImageName, Lookup};
    use dlvm_timeline::shipped::SHIPPED;

    /// Names whose expected answer the lookup doesn't give yet, and why.
    /// The test fails when one of them starts to get it: take it off then.
    const KNOWN_GAPS: &[(&str, &str)] = &[];

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

    /// Every fact the name prints is the image's (the record's, or filled
    /// in from the name), or a disagreement says the record's was kept.
    fn the_name_is_never_silently_overruled(name: &str, record: &Record, image: &ImageName) {
        let filled = image.filled(record);
        let disagreements = image.disagreements(record);
        let facts = &image.facts;
        for (field, printed) in [
            (DerivedField::Python, &facts.python),
            (DerivedField::Os, &facts.os),
            (DerivedField::Cuda, &facts.cuda),
            (DerivedField::Driver, &facts.driver),
        ] {
            let Some(printed) = printed else { continue };
            let said = disagreements
                .iter()
                .any(|d| d.field == field && &d.name_says == printed);
            let kept = filled.fact(field) == Some(printed.as_str());
            // A value one of the record's own names prints agrees too.
            let named = record.all_names().any(|n| {
                let f = FamilyFacts::read(container_name(n));
                [f.python, f.os, f.cuda, f.driver].contains(&Some(printed.clone()))
            });
            assert!(
                said || kept || named,
                "{name}: {field:?} {printed} is neither the image's nor said to disagree"
            );
            assert!(
                !(said && kept),
                "{name}: {field:?} said to disagree with itself"
            );
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
            let [name, expected, os, cuda, driver, python, accelerator, ..] = row.as_slice() else {
                panic!("a row of fewer than 7 columns: {row:?}");
            };
            let found = lookup(&SHIPPED, name);
            let got = answer(&found);
            if let Lookup::Found { record, image } = &found {
                the_name_is_never_silently_overruled(name, record, image);
            }
            // The accelerator the name states, where the reader reads one.
            if let (Ok(image), "cpu" | "gpu") = (read_image_name(name), *accelerator) {
                let read = image.accelerator.map(|a| a.slug());
                assert_eq!(read, Some(*accelerator), "{name}");
            }
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
