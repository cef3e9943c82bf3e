//! The crate's parts depend one way, read from the sources as Rust (`syn`):
//! every path, in `use` trees (groups, renames, globs) and in expressions and
//! types alike, `super::…` and `crate::…` forms both; test code (`#[cfg(test)]`
//! items, `#[test]` functions, a module's `tests.rs` files) left out.
//!
//! - The core (`src/domain`) has no import cycle, nothing but its two
//!   outputs (the calendar export and the badge and card markup) reads
//!   `messages` (the top), and the modules build.rs compiles (its
//!   `mod domain`, read from build.rs) use nothing outside themselves.
//! - The core never imports the UI or the command line, and those two never
//!   import each other (nor the web build's page generator, `pages`). The
//!   badge and card painter (`lite`) and the browser facilities (`web`) never
//!   import the Yew UI: the badge-and-card entry is built without it.
//! - ARCHITECTURE.md's table of the core's modules is what this test reads,
//!   row for row.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use syn::visit::Visit;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// A source file's module path from the crate root: `src/domain/lookup/named.rs`
/// → `[domain, lookup, named]`; `src/domain/mod.rs` → `[domain]`; `lib.rs` → `[]`.
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Whether attributes mark test-only code.
fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("test")
            || (attr.path().is_ident("cfg")
                && attr
                    .parse_args::<syn::Meta>()
                    .is_ok_and(|meta| meta.path().is_ident("test")))
    })
}

/// Every path a file's non-test code names, resolved to segments from the
/// crate root (`super`, `self` and `crate` applied); paths that start
/// with another name (a local item, an extern crate) are left out.
struct Paths {
    here: Vec<String>,
    found: Vec<Vec<String>>,
}

impl Paths {
    fn resolve(&mut self, segments: &[String]) {
        let mut absolute = self.here.clone();
        let mut rest = segments;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                absolute.clear();
                rest = &rest[1..];
            }
            Some("super" | "self") => {}
            _ => return,
        }
        while let Some(first) = rest.first() {
            match first.as_str() {
                "super" => {
                    absolute.pop();
                }
                "self" => {}
                _ => break,
            }
            rest = &rest[1..];
        }
        absolute.extend(rest.iter().cloned());
        self.found.push(absolute);
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) => {
                prefix.push(name.ident.to_string());
                self.resolve(&prefix.clone());
                prefix.pop();
            }
            syn::UseTree::Rename(rename) => {
                prefix.push(rename.ident.to_string());
                self.resolve(&prefix.clone());
                prefix.pop();
            }
            syn::UseTree::Glob(_) => self.resolve(&prefix.clone()),
            syn::UseTree::Group(group) => group.items.iter().for_each(|t| self.use_tree(prefix, t)),
        }
    }
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Use(u) => &u.attrs,
            syn::Item::Impl(i) => &i.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if !is_test(attrs) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.resolve(&segments);
        syn::visit::visit_path(self, path);
    }
}

/// The paths each source file names, by its module path: `(file, text)` pairs.
fn paths_of(sources: &[(PathBuf, String)]) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    sources
        .iter()
        .filter(|(file, _)| file.file_name().is_none_or(|n| n != "tests.rs"))
        .map(|(file, text)| {
            let ast = syn::parse_file(text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let mut paths = Paths {
                here: module_path(file),
                found: Vec::new(),
            };
            paths.visit_file(&ast);
            (paths.here, paths.found)
        })
        .collect()
}

/// Which parts use which, at `depth` segments of the module path (1: the
/// crate's parts `domain`, `ui`, `cli`; 2 under `domain`: the core's
/// modules). Only paths inside `within` count.
fn graph(sources: &[(PathBuf, String)], within: &[&str], depth: usize) -> Graph {
    let read = paths_of(sources);
    // The parts there are: a name at that depth that is no file's module
    // (a function of the parent, such as `ui::local_today`) is not a part.
    let parts: BTreeSet<String> = read
        .iter()
        .filter_map(|(here, _)| here.get(depth - 1).cloned())
        .collect();
    let mut graph = Graph::new();
    for (here, found) in read {
        if !here.starts_with(&within.iter().map(|s| s.to_string()).collect::<Vec<_>>()) {
            continue;
        }
        let Some(from) = here.get(depth - 1) else {
            continue;
        };
        let uses = graph.entry(from.clone()).or_default();
        for path in found {
            let inside = path.len() >= depth && path.iter().zip(within).all(|(a, b)| a == b);
            if let Some(to) = path
                .get(depth - 1)
                .filter(|to| inside && *to != from && parts.contains(*to))
            {
                uses.insert(to.clone());
            }
        }
    }
    graph
}

fn crate_sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut folders = vec![root.clone()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("readable");
                files.push((
                    path.strip_prefix(&root).expect("under src").to_owned(),
                    text,
                ));
            }
        }
    }
    files.sort();
    files
}

/// The modules in layers, lowest first; `Err` names the modules of a cycle.
fn layers(graph: &Graph) -> Result<Vec<Vec<String>>, Graph> {
    let mut placed: BTreeSet<String> = BTreeSet::new();
    let mut left = graph.clone();
    let mut layers = Vec::new();
    while !left.is_empty() {
        let ready: Vec<String> = left
            .iter()
            .filter(|(_, uses)| {
                uses.iter()
                    .all(|u| placed.contains(u) || !graph.contains_key(u))
            })
            .map(|(m, _)| m.clone())
            .collect();
        if ready.is_empty() {
            return Err(left);
        }
        for module in &ready {
            left.remove(module);
        }
        placed.extend(ready.iter().cloned());
        layers.push(ready);
    }
    Ok(layers)
}

fn core_graph() -> Graph {
    graph(&crate_sources(), &["domain"], 2)
}

#[test]
fn the_core_has_no_import_cycles_and_messages_is_its_top_but_for_its_outputs() {
    let graph = core_graph();
    layers(&graph).unwrap_or_else(|cycle| panic!("an import cycle among {cycle:?}"));
    let readers_of_messages: Vec<&String> = graph
        .iter()
        .filter(|(_, uses)| uses.contains("messages"))
        .map(|(m, _)| m)
        .collect();
    assert_eq!(
        readers_of_messages,
        ["calendar", "markup"],
        "only the calendar export and the badge and card markup read messages"
    );
    // The modules build.rs compiles use nothing outside themselves.
    let catalog_part = build_script_modules();
    assert!(catalog_part.len() > 1 && catalog_part.contains(&"catalog".to_owned()));
    for module in &catalog_part {
        for used in &graph[module] {
            assert!(
                catalog_part.contains(used),
                "{module} uses {used}: build.rs would not compile"
            );
        }
    }
}

/// The modules build.rs compiles: those declared in its `mod domain`.
fn build_script_modules() -> Vec<String> {
    let text = fs::read_to_string("build.rs").expect("build.rs");
    let file = syn::parse_file(&text).expect("build.rs parses");
    file.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "domain" => m.content.as_ref(),
            _ => None,
        })
        .expect("build.rs declares mod domain")
        .1
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) => Some(m.ident.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_core_imports_neither_ui_nor_cli_and_they_import_not_each_other() {
    let parts = graph(&crate_sources(), &[], 1);
    let uses = |part: &str| parts.get(part).cloned().unwrap_or_default();
    assert!(!parts.is_empty());
    for forbidden in ["ui", "cli", "lite", "web"] {
        assert!(
            !uses("domain").contains(forbidden),
            "domain uses {forbidden}"
        );
    }
    for part in ["lite", "web"] {
        assert!(!uses(part).contains("ui"), "{part} uses ui");
        assert!(!uses(part).contains("cli"), "{part} uses cli");
    }
    assert!(!uses("web").contains("lite"), "web uses lite");
    assert!(!uses("ui").contains("cli"), "ui uses cli");
    assert!(!uses("cli").contains("ui"), "cli uses ui");
    // The web build's page generator stands apart from the command line.
    for (a, b) in [
        ("pages", "cli"),
        ("pages", "ui"),
        ("cli", "pages"),
        ("ui", "pages"),
    ] {
        assert!(!uses(a).contains(b), "{a} uses {b}");
    }
    assert!(
        uses("ui").contains("domain") && uses("cli").contains("domain"),
        "{parts:?}"
    );
}

/// The table ARCHITECTURE.md shows (between its `layers` markers), as this
/// test reads the sources: a row per module, lowest layer first.
fn layer_table(graph: &Graph) -> String {
    let mut table = String::from("| layer | module | uses |\n|---|---|---|\n");
    for (number, layer) in layers(graph).expect("no cycle").iter().enumerate() {
        for module in layer {
            let uses: Vec<&str> = graph[module].iter().map(String::as_str).collect();
            let uses = if uses.is_empty() {
                "—".to_owned()
            } else {
                uses.join(", ")
            };
            table.push_str(&format!("| {} | {module} | {uses} |\n", number + 1));
        }
    }
    table
}

#[test]
fn the_architecture_documents_the_layers_as_they_are() {
    let architecture =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
            .expect("ARCHITECTURE.md");
    let start = "<!-- layers: written from tests/layering.rs -->\n";
    let shown = architecture
        .split(start)
        .nth(1)
        .and_then(|rest| rest.split("<!-- /layers -->").next())
        .expect("ARCHITECTURE.md has the layers markers");
    let read = layer_table(&core_graph());
    assert_eq!(
        shown, read,
        "ARCHITECTURE.md's layer table differs from the sources; it should read:\n{read}"
    );
}

/// The test's own test: a cycle written with `crate::` paths, inside an
/// expression and a `use` group, is caught.
#[test]
fn a_cycle_through_crate_paths_and_use_groups_fails() {
    let source = |path: &str, text: &str| (PathBuf::from(path), text.to_owned());
    let sources = [
        source(
            "domain/policy.rs",
            "fn f() { let _ = crate::domain::state::State::default(); }",
        ),
        source(
            "domain/state.rs",
            "use crate::domain::{date::Date, policy::{self, Policy}};",
        ),
        source("domain/date.rs", "pub struct Date;"),
        // Test code is left out: this would be a cycle too.
        source("domain/tests.rs", "use super::policy;"),
        source(
            "domain/lookup.rs",
            "#[cfg(test)]\nmod tests { use super::super::state; }\nuse super::date::Date;",
        ),
    ];
    let graph = graph(&sources, &["domain"], 2);
    assert_eq!(graph["policy"], BTreeSet::from(["state".to_owned()]));
    assert_eq!(
        graph["state"],
        BTreeSet::from(["date".to_owned(), "policy".to_owned()])
    );
    assert_eq!(graph["lookup"], BTreeSet::from(["date".to_owned()]));
    let cycle = layers(&graph).expect_err("a cycle");
    assert_eq!(cycle.keys().collect::<Vec<_>>(), ["policy", "state"]);
}

/// … and so is a part that imports one it must not, in any form.
#[test]
fn a_forbidden_import_between_parts_is_seen() {
    let source = |path: &str, text: &str| (PathBuf::from(path), text.to_owned());
    let sources = [
        source("ui/app.rs", "fn f() { crate::cli::run(&[]); }"),
        source(
            "cli/mod.rs",
            "use crate::{domain::catalog::Catalog, ui::app};",
        ),
        source("domain/state.rs", "use super::super::ui::web;"),
    ];
    let parts = graph(&sources, &[], 1);
    assert_eq!(parts["ui"], BTreeSet::from(["cli".to_owned()]));
    assert_eq!(
        parts["cli"],
        BTreeSet::from(["domain".to_owned(), "ui".to_owned()])
    );
    assert_eq!(parts["domain"], BTreeSet::from(["ui".to_owned()]));
}

/// The UI has no hub with a circle: `app` assembles the parts, which read
/// only what they share (`ctx`, `widgets`, `web`), never `app` or each other.
#[test]
fn ui_parts_read_what_they_share_never_app_or_each_other() {
    let ui = graph(&crate_sources(), &["ui"], 2);
    let shared = ["ctx", "widgets", "web"];
    for (module, uses) in &ui {
        let allowed: &[&str] = match module.as_str() {
            "app" | "embed" => continue,
            "instance" => &["ctx", "web"],
            _ => &shared,
        };
        for used in uses {
            assert!(
                allowed.contains(&used.as_str()),
                "ui::{module} uses ui::{used}"
            );
        }
    }
    layers(&ui).unwrap_or_else(|cycle| panic!("an import cycle in the UI: {cycle:?}"));
    assert!(
        ui["app"].contains("ctx") && ui["table"].contains("widgets"),
        "{ui:?}"
    );
}
