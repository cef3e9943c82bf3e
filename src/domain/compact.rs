//! The shipped catalog's compact form: the build script writes the
//! validated catalog as one text (fields, records and sections separated by
//! ASCII separator characters), and the bundle decodes it at start-up into
//! the model, borrowing every string from that text.
//!
//! This replaced generated `static` Rust data: those tables of pointers and
//! lengths cost about 3 KB of the gzip budget more than the text does, and
//! decoding 72 records takes microseconds. A test checks that decoding the
//! compact form of a catalog gives that catalog back.

use super::catalog::{
    Accelerator, Catalog, Dependency, DependencyKind, Derived, Framework, List, Origin, Product,
    Record, Source, Text,
};
use super::date::Date;

/// Separates sections (metadata, sources, dependencies, records).
const SECTION: char = '\u{1c}';
/// Separates entries of a section.
const ENTRY: char = '\u{1e}';
/// Separates fields of an entry.
const FIELD: char = '\u{1f}';
/// Separates items of a list field.
const ITEM: char = '\u{1d}';

#[cfg(not(target_arch = "wasm32"))]
fn optional(value: &Option<Text>) -> &str {
    value.as_deref().unwrap_or("")
}

#[cfg(not(target_arch = "wasm32"))]
fn date(value: Option<Date>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn list(items: &[Text]) -> String {
    items
        .iter()
        .map(|t| t.as_ref())
        .collect::<Vec<_>>()
        .join(&ITEM.to_string())
}

/// The compact text of a validated catalog (its strings contain no
/// separator characters, which are control characters). Written by the
/// build script (and native tests); the bundle only decodes.
#[cfg(not(target_arch = "wasm32"))]
pub fn compact(catalog: &Catalog) -> String {
    let join = |fields: Vec<String>| fields.join(&FIELD.to_string());
    let sources: Vec<String> = catalog
        .sources
        .iter()
        .map(|s| {
            join(vec![
                s.name.to_string(),
                s.url.to_string(),
                date(s.page_date),
                date(s.read),
            ])
        })
        .collect();
    let dependencies: Vec<String> = catalog
        .dependencies
        .iter()
        .map(|d| {
            join(vec![
                d.kind.slug().to_owned(),
                d.name.to_string(),
                d.label.to_string(),
                date(d.released),
                d.end_of_life.to_string(),
                d.basis.to_string(),
            ])
        })
        .collect();
    let records: Vec<String> = catalog
        .records
        .iter()
        .map(|r| {
            join(vec![
                r.id.to_string(),
                r.product.slug().to_owned(),
                r.framework.slug().to_owned(),
                r.version.to_string(),
                r.label.to_string(),
                optional(&r.python).to_owned(),
                optional(&r.os).to_owned(),
                optional(&r.cuda).to_owned(),
                optional(&r.driver).to_owned(),
                r.accelerators
                    .iter()
                    .map(|a| a.slug())
                    .collect::<Vec<_>>()
                    .join(&ITEM.to_string()),
                list(&r.image_families),
                list(&r.container_images),
                optional(&r.patch_version).to_owned(),
                date(r.released),
                r.end_of_patch.to_string(),
                r.end_of_availability.to_string(),
                list(&r.notes),
                optional(&r.data_issue).to_owned(),
                list(&r.families_seen),
                // One letter per derivable field: `-` printed, else the
                // origin's index (`0` family name, `1` container name, …).
                r.derived
                    .slots()
                    .map(|o| o.map_or('-', |o| char::from(b'0' + o as u8)))
                    .collect::<String>(),
                list(&r.flags),
                list(&r.conflicts_with),
            ])
        })
        .collect();
    let entries = |items: Vec<String>| items.join(&ENTRY.to_string());
    [
        catalog.as_of.to_string(),
        entries(sources),
        entries(dependencies),
        entries(records),
    ]
    .join(&SECTION.to_string())
}

fn text(value: &'static str) -> Text {
    Text::Borrowed(value)
}

fn optional_text(value: &'static str) -> Option<Text> {
    (!value.is_empty()).then(|| text(value))
}

fn optional_date(value: &str) -> Option<Option<Date>> {
    if value.is_empty() {
        Some(None)
    } else {
        Date::parse_iso(value).ok().map(Some)
    }
}

fn items(value: &'static str) -> List<Text> {
    List::Owned(
        value
            .split(ITEM)
            .filter(|i| !i.is_empty())
            .map(text)
            .collect(),
    )
}

/// `read` applied to each item, or `None` if it refuses one. A loop, not
/// `collect::<Option<Vec<_>>>()`: that adapter is over 1 KB of the bundle.
fn every<I, T>(items: impl Iterator<Item = I>, read: impl Fn(I) -> Option<T>) -> Option<Vec<T>> {
    let mut all = Vec::new();
    for item in items {
        all.push(read(item)?);
    }
    Some(all)
}

/// The entries of a section, each read from its fields.
fn entries<T>(
    section: Option<&'static str>,
    read: impl Fn(&[&'static str]) -> Option<T>,
) -> Option<Vec<T>> {
    let fields = |entry: &'static str| read(&entry.split(FIELD).collect::<Vec<_>>());
    every(section?.split(ENTRY).filter(|e| !e.is_empty()), fields)
}

/// Reads the compact text back; `None` if it is not one (a build bug).
pub fn decode(compact: &'static str) -> Option<Catalog> {
    let mut sections = compact.split(SECTION);
    let as_of = Date::parse_iso(sections.next()?).ok()?;
    let sources = entries(sections.next(), |f| match f {
        [name, url, page_date, read] => Some(Source {
            name: text(name),
            url: text(url),
            page_date: optional_date(page_date)?,
            read: optional_date(read)?,
        }),
        _ => None,
    })?;
    let dependencies = entries(sections.next(), |f| match f {
        [kind, name, label, released, end_of_life, basis] => Some(Dependency {
            kind: DependencyKind::from_slug(kind)?,
            name: text(name),
            label: text(label),
            released: optional_date(released)?,
            end_of_life: Date::parse_iso(end_of_life).ok()?,
            basis: text(basis),
        }),
        _ => None,
    })?;
    let records = entries(sections.next(), |f| match f {
        [id, product, framework, version, label, python, os, cuda, driver, accelerators, families, containers, patch, released, eop, eoa, notes, issue, seen, derived, flags, conflicts] => {
            Some(Record {
                id: text(id),
                product: Product::from_slug(product)?,
                framework: Framework::from_slug(framework)?,
                version: text(version),
                label: text(label),
                python: optional_text(python),
                os: optional_text(os),
                cuda: optional_text(cuda),
                driver: optional_text(driver),
                accelerators: List::Owned(every(accelerators.split(ITEM), Accelerator::from_slug)?),
                image_families: items(families),
                container_images: items(containers),
                patch_version: optional_text(patch),
                released: optional_date(released)?,
                end_of_patch: Date::parse_iso(eop).ok()?,
                end_of_availability: Date::parse_iso(eoa).ok()?,
                notes: items(notes),
                data_issue: optional_text(issue),
                families_seen: items(seen),
                derived: {
                    let mut origins = Derived::default();
                    for (slot, letter) in origins.slots_mut().zip(derived.bytes()) {
                        *slot = Origin::ALL
                            .get(usize::from(letter.wrapping_sub(b'0')))
                            .copied();
                    }
                    origins
                },
                flags: items(flags),
                conflicts_with: items(conflicts),
            })
        }
        _ => None,
    })?;
    if !super::catalog::in_display_order(&records) {
        return None;
    }
    Some(Catalog {
        as_of,
        sources: List::Owned(sources),
        dependencies: List::Owned(dependencies),
        records: List::Owned(records),
    })
}
