//! The catalog's lists (sources, dependencies, records) read into the
//! model, each entry located by its index in the file.

use super::catalog::{
    Accelerator, Catalog, Dependency, DependencyKind, Derived, DerivedField, Framework, List,
    Origin, Product, Record, Source,
};
use super::fields::Fields;
use super::{
    Location, Places, Problem, CATALOG_FIELDS, DEPENDENCY_FIELDS, RECORD_FIELDS, SOURCE_FIELDS,
};
use serde_json::Value;

/// Reads the entries of one list, keeping each one's index in the file.
fn read_list<T>(
    values: Option<&Vec<Value>>,
    name: &str,
    problems: &mut Vec<Problem>,
    read: impl Fn(&Value, String, &mut Vec<Problem>) -> Option<T>,
) -> (Vec<T>, Vec<usize>) {
    let mut entries = Vec::new();
    let mut places = Vec::new();
    for (index, value) in values.into_iter().flatten().enumerate() {
        if let Some(entry) = read(value, format!("{name}[{index}]"), problems) {
            entries.push(entry);
            places.push(index);
        }
    }
    (entries, places)
}

pub(super) fn read_root(
    value: &Value,
    location: Location,
    problems: &mut Vec<Problem>,
) -> Option<(Catalog, Places)> {
    let (as_of, lists) = {
        let mut fields = Fields::new(value, location, CATALOG_FIELDS, problems)?;
        let as_of = fields.required_date("as_of");
        let lists = ["sources", "dependencies", "records"].map(|field| {
            let found = fields.list(field);
            if found.is_none() {
                fields.error(field, "expected a list".to_owned());
            }
            found
        });
        (as_of, lists)
    };
    let [sources_value, dependencies_value, records_value] = lists;
    let (sources, _) = read_list(sources_value, "sources", problems, read_source);
    let (dependencies, dependency_places) = read_list(
        dependencies_value,
        "dependencies",
        problems,
        read_dependency,
    );
    let (records, record_places) = read_list(records_value, "records", problems, read_record);
    let catalog = Catalog {
        as_of: as_of?,
        sources: List::Owned(sources),
        dependencies: List::Owned(dependencies),
        records: List::Owned(records),
    };
    let places = Places {
        dependencies: dependency_places,
        records: record_places,
    };
    Some((catalog, places))
}

fn read_source(value: &Value, path: String, problems: &mut Vec<Problem>) -> Option<Source> {
    let location = Location {
        path,
        record: None,
        field: None,
    };
    let mut fields = Fields::new(value, location, SOURCE_FIELDS, problems)?;
    let name = fields.required_text("name");
    let url = fields.required_text("url");
    let page_date = fields.optional_date("page_date");
    let read = fields.optional_date("read");
    if let Some(url) = &url {
        if !url.starts_with("https://") {
            fields.error("url", format!("{url:?} is not an https:// address"));
        }
    }
    Some(Source {
        name: name?,
        url: url?,
        page_date,
        read,
    })
}

fn read_dependency(value: &Value, path: String, problems: &mut Vec<Problem>) -> Option<Dependency> {
    let location = Location {
        path,
        record: value.get("name").and_then(Value::as_str).map(str::to_owned),
        field: None,
    };
    let mut fields = Fields::new(value, location, DEPENDENCY_FIELDS, problems)?;
    let kind_text = fields.required_text("kind");
    let kind = kind_text
        .as_deref()
        .and_then(|k| fields.slug::<DependencyKind>("kind", k));
    let name = fields.required_text("name");
    let label = fields.required_text("label");
    let released = fields.optional_date("released");
    let end_of_life = fields.required_date("end_of_life");
    let basis = fields.required_text("basis");
    Some(Dependency {
        kind: kind?,
        name: name?,
        label: label?,
        released,
        end_of_life: end_of_life?,
        basis: basis?,
    })
}

fn read_record(value: &Value, path: String, problems: &mut Vec<Problem>) -> Option<Record> {
    let location = Location {
        path,
        record: id_of(value),
        field: None,
    };
    let mut fields = Fields::new(value, location, RECORD_FIELDS, problems)?;
    let id = fields.required_text("id");
    // Absent means a VM image: catalogs from before containers stay valid.
    let product = match fields.optional_text("product") {
        None => Some(Product::Vm),
        Some(slug) => fields.slug::<Product>("product", &slug),
    };
    let framework_text = fields.required_text("framework");
    let framework = framework_text
        .as_deref()
        .and_then(|slug| fields.slug::<Framework>("framework", slug));
    let version = fields.required_text("version");
    let label = fields.required_text("label");
    let python = fields.optional_text("python");
    let os = fields.optional_text("os");
    let cuda = fields.optional_text("cuda");
    let driver = fields.optional_text("driver");
    let accelerators = read_accelerators(&mut fields);
    let image_families = fields.text_list("image_families", true);
    let container_images = fields.text_list("container_images", false);
    let patch_version = fields.optional_text("patch_version");
    let released = fields.optional_date("released");
    let end_of_patch = fields.required_date("end_of_patch");
    let end_of_availability = fields.required_date("end_of_availability");
    let notes = fields.text_list("notes", false);
    let data_issue = fields.optional_text("data_issue");
    let families_seen = fields.text_list("image_families_seen", false);
    let derived = read_derived(&mut fields);
    let flags = fields.text_list("flags", false);
    let conflicts_with = fields.text_list("conflicts_with", false);
    Some(Record {
        id: id?,
        product: product?,
        framework: framework?,
        version: version?,
        label: label?,
        python,
        os,
        cuda,
        driver,
        accelerators: List::Owned(accelerators),
        image_families: List::Owned(image_families?),
        container_images: List::Owned(container_images?),
        patch_version,
        released,
        end_of_patch: end_of_patch?,
        end_of_availability: end_of_availability?,
        notes: List::Owned(notes?),
        data_issue,
        families_seen: List::Owned(families_seen?),
        derived,
        flags: List::Owned(flags?),
        conflicts_with: List::Owned(conflicts_with?),
    })
}

/// Each accelerator once: a record listing one twice, or none at all, is a
/// slip in the file to report, not to tidy up silently.
fn read_accelerators(fields: &mut Fields) -> Vec<Accelerator> {
    let texts = fields.text_list("accelerators", true);
    let mut accelerators = Vec::new();
    for text in texts.iter().flatten() {
        match fields.slug::<Accelerator>("accelerators", text) {
            Some(a) if !accelerators.contains(&a) => accelerators.push(a),
            Some(_) => fields.error("accelerators", format!("{text:?} is listed twice")),
            None => {}
        }
    }
    if texts.as_ref().is_some_and(Vec::is_empty) {
        fields.error("accelerators", "lists no accelerator".to_owned());
    }
    accelerators
}

/// Where each derived field's value came from (`{"driver": "family-name"}`),
/// one slot per field; an unknown field or origin is reported and left out.
fn read_derived(fields: &mut Fields) -> Derived {
    let mut derived = Derived::default();
    for (name, from) in fields.string_map("derived") {
        let Some(field) = fields.slug::<DerivedField>("derived", &name) else {
            continue;
        };
        // `image-name` is a lookup's, for one reader's image: never a catalog's.
        let in_catalogs = Origin::SLUGS
            .iter()
            .filter(|s| **s != Origin::ImageName.slug());
        match Origin::from_slug(&from).filter(|o| *o != Origin::ImageName) {
            Some(from) => derived.set(field, Some(from)),
            None => fields.error(
                "derived",
                format!(
                    "{name}: {from:?} is not one of {}",
                    in_catalogs.copied().collect::<Vec<_>>().join(", ")
                ),
            ),
        }
    }
    derived
}

fn id_of(value: &Value) -> Option<String> {
    value.get("id").and_then(Value::as_str).map(str::to_owned)
}
