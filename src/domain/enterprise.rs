//! What Google's Deep Learning VM release notes said of TensorFlow
//! Enterprise (`tf-ent-*`, `tf2-ent-*`), a line its framework support list
//! no longer has: no end dates survive, only these events (DLVM release
//! notes, as collected in the catalog's reference facts). The lookup names
//! the line; the messages say these.

use super::date::Date;

/// What a release note said happened (in the order of
/// `messages::release_notes_text`'s words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The line's first images.
    Introduced,
    /// A version's images (the note silent on Long Term Version Support).
    Released,
    /// … with Long Term Version Support.
    ReleasedLongTerm,
    /// … without it.
    ReleasedShortTerm,
    Deprecated,
    /// The end of the version's support period.
    SupportEnded,
}

/// One release note: what happened to which version (`None`: the line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReleaseNote {
    pub version: Option<&'static str>,
    pub date: Date,
    /// The release that carried it (`M53`; empty when the note names none).
    pub release: &'static str,
    pub event: Event,
}

const fn note(
    version: Option<&'static str>,
    (year, month, day): (i32, u32, u32),
    release: &'static str,
    event: Event,
) -> ReleaseNote {
    ReleaseNote {
        version,
        date: Date::known(year, month, day),
        release,
        event,
    }
}

/// Oldest first.
#[rustfmt::skip]
const RELEASE_NOTES: [ReleaseNote; 10] = [
    note(None, (2019, 11, 1), "", Event::Introduced),
    note(Some("2.1"), (2020, 1, 21), "M41", Event::Released),
    note(Some("2.3"), (2020, 8, 6), "M53", Event::Released),
    note(Some("2.5"), (2021, 5, 14), "M70", Event::ReleasedShortTerm),
    note(Some("2.6"), (2021, 8, 11), "M77", Event::ReleasedLongTerm),
    note(Some("2.5"), (2021, 8, 18), "M78", Event::Deprecated),
    note(Some("2.7"), (2021, 11, 5), "M84", Event::ReleasedShortTerm),
    note(Some("2.8"), (2022, 2, 2), "M89", Event::ReleasedLongTerm),
    note(Some("2.9"), (2022, 5, 16), "M92", Event::ReleasedShortTerm),
    note(Some("2.1"), (2023, 3, 16), "M104", Event::SupportEnded),
];

/// What the release notes said of the line and of `version` (`2.3`), oldest
/// first: the line's introduction, then the version's own notes, if any.
pub fn release_notes(version: Option<&str>) -> impl Iterator<Item = &'static ReleaseNote> + '_ {
    RELEASE_NOTES
        .iter()
        .filter(move |n| n.version.is_none() || n.version == version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_gets_the_line_and_its_own_notes_oldest_first() {
        let events = |version| {
            release_notes(version)
                .map(|n| (n.version, n.date.to_string(), n.event))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            events(Some("2.5")),
            [
                (None, "2019-11-01".to_owned(), Event::Introduced),
                (
                    Some("2.5"),
                    "2021-05-14".to_owned(),
                    Event::ReleasedShortTerm
                ),
                (Some("2.5"), "2021-08-18".to_owned(), Event::Deprecated),
            ]
        );
        // A version the notes never name, or no version: the line only.
        assert_eq!(events(Some("2.11")), events(None));
        assert_eq!(events(None).len(), 1);
    }

    #[test]
    fn the_notes_are_oldest_first() {
        assert!(RELEASE_NOTES.windows(2).all(|w| w[0].date <= w[1].date));
    }
}
