//! Enums with one URL-safe name per value (`slugs!`), and the trait their
//! one generic reader uses.

/// An enum whose values have one URL-safe name each (its slug, as ids,
/// links, embed attributes and the catalog file write it): one list gives
/// `ALL` (in the order the widget offers them), `SLUGS`, `slug` and
/// `from_slug`, so adding a value touches one place.
macro_rules! slugs {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $slug:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            pub const ALL: [$name; [$($slug),+].len()] = [$($name::$variant),+];
            pub const SLUGS: [&'static str; [$($slug),+].len()] = [$($slug),+];

            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }

            pub fn from_slug(slug: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|value| value.slug() == slug)
            }
        }

        impl $crate::domain::catalog::Slug for $name {
            const SLUGS: &'static [&'static str] = &$name::SLUGS;
            fn from_slug(slug: &str) -> Option<$name> {
                $name::from_slug(slug)
            }
        }
    };
}
pub(crate) use slugs;

/// What `slugs!` gives an enum, for readers of any of them: the embed
/// attributes and the catalog's fields read a slug or say which were
/// expected, in one place each.
pub trait Slug: Sized {
    const SLUGS: &'static [&'static str];
    fn from_slug(slug: &str) -> Option<Self>;
}
