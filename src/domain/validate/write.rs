//! The catalog format written back from the model.

use super::catalog::{Catalog, DerivedField, Text};
use super::date::Date;
use serde_json::Value;

/// Writes a catalog in the format `read_catalog` reads (used to check
/// generated catalogs through the reader, and round trips).
pub fn to_json(catalog: &Catalog) -> String {
    use serde_json::json;
    let text = |t: &Option<Text>| t.as_deref().map(str::to_owned);
    let date = |d: Option<Date>| d.map(|d| d.to_string());
    let records: Vec<Value> = catalog
        .records
        .iter()
        .map(|r| {
            let mut value = json!({
                "id": r.id, "product": r.product.slug(), "framework": r.framework.slug(), "version": r.version, "label": r.label,
                "python": text(&r.python), "os": text(&r.os), "cuda": text(&r.cuda), "driver": text(&r.driver),
                "accelerators": r.accelerators.iter().map(|a| a.slug()).collect::<Vec<_>>(),
                "image_families": r.image_families, "container_images": r.container_images,
                "patch_version": text(&r.patch_version),
                "released": date(r.released), "end_of_patch": r.end_of_patch.to_string(),
                "end_of_availability": r.end_of_availability.to_string(), "notes": r.notes,
            });
            if let Value::Object(map) = &mut value {
                if let Some(issue) = &r.data_issue {
                    map.insert("data_issue".to_owned(), Value::String(issue.to_string()));
                }
                // The newer fields only when they say something.
                if !r.families_seen.is_empty() {
                    map.insert("image_families_seen".to_owned(), json!(r.families_seen));
                }
                let derived: serde_json::Map<String, Value> = DerivedField::ALL
                    .into_iter()
                    .filter_map(|f| Some((f.slug().to_owned(), Value::from(r.derived_from(f)?.slug()))))
                    .collect();
                if !derived.is_empty() {
                    map.insert("derived".to_owned(), Value::Object(derived));
                }
                if !r.flags.is_empty() {
                    map.insert("flags".to_owned(), json!(r.flags));
                }
                if !r.conflicts_with.is_empty() {
                    map.insert("conflicts_with".to_owned(), json!(r.conflicts_with));
                }
            }
            value
        })
        .collect();
    let value = json!({
        "as_of": catalog.as_of.to_string(),
        "sources": catalog.sources.iter().map(|s| json!({
            "name": s.name, "url": s.url, "page_date": date(s.page_date), "read": date(s.read),
        })).collect::<Vec<_>>(),
        "dependencies": catalog.dependencies.iter().map(|d| json!({
            "kind": d.kind.slug(), "name": d.name, "label": d.label, "released": date(d.released),
            "end_of_life": d.end_of_life.to_string(), "basis": d.basis,
        })).collect::<Vec<_>>(),
        "records": records,
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}
