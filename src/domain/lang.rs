//! The widget's languages and how a language tag picks one: by its primary
//! subtag, as the web uses tags (`es-419`, `es-MX` → Spanish; `en-GB` →
//! English). Messages in each language live in `messages`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// `es`, `es-419`, `ES_es` → Spanish; `en-GB` → English; others → None.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of the candidates (link, page, browser …) that names a
    /// supported language; English when none does.
    pub fn choose<'a>(candidates: impl IntoIterator<Item = Option<&'a str>>) -> Lang {
        candidates
            .into_iter()
            .flatten()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_choice_order() {
        assert_eq!(Lang::choose([Some("es"), Some("en")]), Lang::Es);
        assert_eq!(
            Lang::choose([None, Some("es-419"), Some("en-US")]),
            Lang::Es
        );
        assert_eq!(Lang::choose([Some("fr"), None, Some("ES_es")]), Lang::Es);
        assert_eq!(Lang::choose([Some("de"), Some("")]), Lang::En);
        assert_eq!(Lang::choose([None, None, None]), Lang::En);
    }

    #[test]
    fn tags_match_by_their_primary_language() {
        for (tag, lang) in [
            ("es", Some(Lang::Es)),
            ("es-419", Some(Lang::Es)),
            ("es-MX", Some(Lang::Es)),
            ("ES", Some(Lang::Es)),
            ("en-GB", Some(Lang::En)),
            ("en", Some(Lang::En)),
            ("fr", None),
            ("fr-CA", None),
            ("", None),
            ("e", None),
            ("esperanto", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
    }
}
