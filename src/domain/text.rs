//! Small text helpers the parsers and the messages share: message
//! templates, lists, cutting long input for display.

/// Fills `{0}`, `{1}`, … in `template` with `args` (one routine for every
/// message with data, instead of a `format!` per message: less code in the
/// bundle). A placeholder without an argument is left empty.
#[inline(never)]
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    // A char pattern: a byte search, not the substring searcher the size
    // lint keeps out (lints/wasm/clippy.toml).
    #[allow(clippy::disallowed_methods)]
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match (
            after.get(..digits).and_then(|d| d.parse::<usize>().ok()),
            after.get(digits..digits + 1),
        ) {
            (Some(index), Some("}")) => {
                out.push_str(args.get(index).copied().unwrap_or(""));
                rest = after.get(digits + 1..).unwrap_or("");
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Appends `part` to a list, after `separator` unless the list is empty.
/// Lists are built so rather than with `join`: each element type of `join`
/// is another generic copy in the bundle (over 500 bytes gzip for two).
pub fn push_separated(list: &mut String, separator: &str, part: &str) {
    if !list.is_empty() {
        list.push_str(separator);
    }
    list.push_str(part);
}

/// `a, b, c`.
pub fn listed(values: &[&str]) -> String {
    let mut list = String::new();
    for value in values {
        push_separated(&mut list, ", ", value);
    }
    list
}

/// `text` cut to its first `max` characters, with `…` when cut: a
/// 10,000-character link or attribute value makes a short message.
pub fn cut(text: &str, max: usize) -> String {
    // The byte offset of the character after the first `max`, if any.
    match text.char_indices().nth(max) {
        None => text.to_owned(),
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_numbered_placeholders() {
        assert_eq!(fill("{1} before {0}", &["a", "b"]), "b before a");
        assert_eq!(fill("{0}{0}", &["x"]), "xx");
        assert_eq!(
            fill("missing {3}, brace { and {x}", &["a"]),
            "missing , brace { and {x}"
        );
        assert_eq!(fill("tail {", &[]), "tail {");
        assert_eq!(
            fill("{99999999999999999999}", &[]),
            "{99999999999999999999}"
        );
    }

    #[test]
    fn long_text_is_cut_at_a_character_boundary() {
        assert_eq!(cut("short", 80), "short");
        assert_eq!(cut(&"x".repeat(80), 80), "x".repeat(80));
        assert_eq!(cut(&"é".repeat(100), 80), format!("{}…", "é".repeat(80)));
        assert_eq!(listed(&["a", "b", "c"]), "a, b, c");
    }
}
