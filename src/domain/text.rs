//! Small text helpers the parsers and the messages share: message
//! templates, lists, numbers, cutting long input for display.
//!
//! Code that reaches the bundle builds its text with these rather than with
//! `format!`, `write!` or `to_string` on a number: the badge-and-card entry
//! then links none of `core::fmt` (its formatter, padding and integer
//! printing: 1.6 KB gzip). The size lint (lints/wasm/clippy.toml) keeps it
//! so.

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

/// `parts` one after another (what `format!("{a}{b}…")` makes).
pub fn joined(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// Appends `n` in decimal, zero-padded to at least `width` digits.
pub fn push_decimal(out: &mut String, n: u64, width: usize) {
    // The digits before the last one, then the last (at most 20 deep).
    if n >= 10 || width > 1 {
        push_decimal(out, n / 10, width.saturating_sub(1));
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// `n` in decimal (what `n.to_string()` makes of an integer).
pub fn decimal(n: u64) -> String {
    let mut out = String::new();
    push_decimal(&mut out, n, 0);
    out
}

/// `n` in decimal with its sign (what `n.to_string()` makes of an `i64`).
pub fn signed_decimal(n: i64) -> String {
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    push_decimal(&mut out, n.unsigned_abs(), 0);
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
        Some((end, _)) => joined(&[text.get(..end).unwrap_or(text), "…"]),
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
    fn numbers_are_written_as_format_writes_them() {
        for n in [0, 7, 10, 99, 2026, 65_535, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(decimal(n), format!("{n}"));
            for width in [0, 2, 4, 25] {
                let mut out = String::from("x");
                push_decimal(&mut out, n, width);
                assert_eq!(out, format!("x{n:0width$}"));
            }
        }
        for n in [0, -1, 7, -2026, i64::MIN, i64::MAX] {
            assert_eq!(signed_decimal(n), format!("{n}"));
        }
        assert_eq!(joined(&["a", "", "bc", "é"]), "abcé");
        assert_eq!(joined(&[]), "");
    }

    #[test]
    fn long_text_is_cut_at_a_character_boundary() {
        assert_eq!(cut("short", 80), "short");
        assert_eq!(cut(&"x".repeat(80), 80), "x".repeat(80));
        assert_eq!(cut(&"é".repeat(100), 80), format!("{}…", "é".repeat(80)));
        assert_eq!(listed(&["a", "b", "c"]), "a, b, c");
    }
}
