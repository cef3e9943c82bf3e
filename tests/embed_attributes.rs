//! The widget's reading of an instance's attributes against the case table
//! the docs integrations' checks are held to as well
//! (`tests/fixtures/embed-attributes.json`; tests/integrations/sphinx.mjs
//! runs the wheel's `_embed.read` on it): what one refuses, the other does.

/// The table names the shipped catalog's ids (the integrations carry that
/// catalog), so a refreshed catalog skips it (`make refresh-proof`).
mod shipped_data {
    use dlvm_timeline::domain::embed::parse_attributes;
    use dlvm_timeline::shipped::SHIPPED;
    use serde_json::Value;

    #[test]
    fn the_widget_refuses_what_the_case_table_says() {
        let table: Value =
            serde_json::from_str(include_str!("fixtures/embed-attributes.json")).unwrap();
        let mut wrong = Vec::new();
        for case in table["cases"].as_array().unwrap() {
            let attributes: Vec<(String, String)> = case["attributes"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(name, value)| (format!("data-{name}"), value.as_str().unwrap().to_owned()))
                .collect();
            let mut refused: Vec<String> = match parse_attributes(&attributes, &SHIPPED) {
                Ok(_) => Vec::new(),
                Err(errors) => errors
                    .iter()
                    .map(|e| e.attribute.trim_start_matches("data-").to_owned())
                    .collect(),
            };
            refused.sort();
            refused.dedup();
            let expected: Vec<String> = case["refused"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect();
            if refused != expected {
                wrong.push(format!("{}: refused {refused:?}", case["attributes"]));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
