//! The core's modules depend one way: no module of `src/domain` reaches
//! (directly or through others) a module that reaches it back, and nothing
//! but the calendar export reads `messages`, the top of the core. Read from
//! the sources' `super::` paths (test code left out), so a new cycle fails
//! here rather than in a review.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each core module and the core modules its (non-test) code names.
fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    for entry in fs::read_dir(&root).expect("src/domain") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            for inner in fs::read_dir(&path).expect("a module folder") {
                files.push(inner.expect("entry").path());
            }
        } else {
            files.push(path);
        }
    }
    let module_of = |path: &Path| -> String {
        let relative = path.strip_prefix(&root).expect("under src/domain");
        let first = relative.components().next().expect("a component");
        first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned()
    };
    let modules: BTreeSet<String> = files
        .iter()
        .map(|p| module_of(p))
        .filter(|m| m != "mod")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in &files {
        let module = module_of(path);
        if module == "mod" || path.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = fs::read_to_string(path).expect("readable");
        // Inline test modules come last; `mod tests;` files are skipped.
        let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
        let names = graph.entry(module.clone()).or_default();
        for (index, _) in code.match_indices("super::") {
            let mut rest = &code[index..];
            while let Some(after) = rest.strip_prefix("super::") {
                rest = after;
            }
            // `super::catalog::X`, or a group: `super::{catalog, date}`.
            let named: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group
                    .split('}')
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .map(|part| part.trim().split("::").next().unwrap_or(""))
                    .collect(),
                None => vec![rest
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or("")],
            };
            for name in named {
                if modules.contains(name) && name != module {
                    names.insert(name.to_owned());
                }
            }
        }
    }
    graph
}

#[test]
fn the_core_has_no_import_cycles_and_messages_is_its_top() {
    let graph = dependencies();
    // Kahn's algorithm: a module is placed once everything it uses is.
    let mut placed: Vec<String> = Vec::new();
    let mut left: BTreeMap<String, BTreeSet<String>> = graph.clone();
    while !left.is_empty() {
        let ready: Vec<String> = left
            .iter()
            .filter(|(_, uses)| uses.iter().all(|u| placed.contains(u)))
            .map(|(m, _)| m.clone())
            .collect();
        assert!(!ready.is_empty(), "an import cycle among {left:?}");
        for module in ready {
            left.remove(&module);
            placed.push(module);
        }
    }
    println!("layers, lowest first: {placed:?}");
    let readers_of_messages: Vec<&String> = graph
        .iter()
        .filter(|(_, uses)| uses.contains("messages"))
        .map(|(m, _)| m)
        .collect();
    assert_eq!(
        readers_of_messages,
        ["calendar"],
        "only the calendar export reads messages"
    );
    // The modules build.rs compiles use nothing outside themselves.
    let catalog_part = ["catalog", "compact", "date", "family", "validate"];
    for module in catalog_part {
        for used in &graph[module] {
            assert!(
                catalog_part.contains(&used.as_str()),
                "{module} uses {used}: build.rs would not compile"
            );
        }
    }
}
