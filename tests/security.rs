//! Nothing from outside input is ever parsed as HTML, and no code is
//! evaluated from text: the widget's sources contain no construct that could
//! (checked on the files, so a future change can't slip one in).

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_unchecked_html_or_eval_in_the_widget() {
    let mut sources = Vec::new();
    files(&root().join("src"), "rs", &mut sources);
    files(&root().join("static"), "js", &mut sources);
    assert!(sources.len() > 20, "found the sources: {sources:?}");
    let forbidden = [
        "from_html_unchecked",
        "VRaw",
        "inner_html",
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "setTimeout(\"",
    ];
    for path in &sources {
        let text = fs::read_to_string(path).expect("readable");
        for token in forbidden {
            assert!(!text.contains(token), "{} uses {token}", path.display());
        }
    }
}

#[test]
fn the_iframe_mode_listens_to_no_message() {
    let script = fs::read_to_string(root().join("static/embed-frame.js")).expect("embed-frame.js");
    assert!(!script.contains("addEventListener('message'") && !script.contains("onmessage"));
    assert!(script.contains("postMessage({ type: 'dlvm-timeline:height'"));
}

#[test]
fn the_widget_requests_no_other_origin() {
    // Every URL the widget's own scripts load is relative to themselves.
    for name in ["embed.js", "embed-frame.js"] {
        let script = fs::read_to_string(root().join("static").join(name)).expect("script");
        assert!(
            !script.contains("http://") && !script.contains("https://"),
            "{name} names an address"
        );
        // What it fetches (the wasm, the stylesheet) sits next to it.
        for (at, _) in script.match_indices("fetch(") {
            let argument = &script[at + "fetch(".len()..];
            assert!(
                argument.starts_with("new URL('./")
                    || argument.starts_with("url)")
                    || argument.starts_with("new URL(path, import.meta.url)"),
                "{name} fetches something not beside it: {}",
                &argument[..argument.len().min(40)]
            );
        }
        // `fetch(url)` is the stylesheet loader's, which loads only the
        // entries' stylesheets, each `new URL('./…')`.
        for (at, _) in script.match_indices("constructed(") {
            let argument = &script[at + "constructed(".len()..];
            assert!(
                argument.starts_with("url)") || argument.starts_with("STYLESHEETS["),
                "{name} loads a stylesheet not beside it: {}",
                &argument[..argument.len().min(40)]
            );
        }
        for (at, _) in script.match_indices("import.meta.url).href") {
            let before = &script[..at];
            assert!(
                before.ends_with("new URL('./cards.css', ")
                    || before.ends_with("new URL('./style.css', ")
                    || before.ends_with("new URL('./', "),
                "{name}: an address not beside it"
            );
        }
    }
    // The entries' glue and wasm (`path` above, and what `import(glue)`
    // loads): each a file beside embed.js.
    let embed = fs::read_to_string(root().join("static/embed.js")).expect("embed.js");
    let entries = embed
        .split("const ENTRIES = {")
        .nth(1)
        .and_then(|rest| rest.split("};").next())
        .expect("embed.js lists its entries");
    let files: Vec<&str> = entries.split('\'').skip(1).step_by(2).collect();
    assert_eq!(files.len(), 4, "{entries}");
    for file in files {
        assert!(
            file.starts_with("./") && !file.contains("//"),
            "entry file {file}"
        );
    }
    assert!(embed.contains("import(glue)") && embed.matches("import(").count() == 1);
    let embed = fs::read_to_string(root().join("static/embed.js")).expect("embed.js");
    assert!(embed.contains("lite: new URL('./cards.css', import.meta.url).href"));
    assert!(embed.contains("full: new URL('./style.css', import.meta.url).href"));
}
