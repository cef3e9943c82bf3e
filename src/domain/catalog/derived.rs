//! Which record fields the catalog derived (the source doesn't print
//! them), and from what.

use super::slugs;

slugs! {
    /// A record field whose value the source does not print.
    pub enum DerivedField {
        Python = "python",
        Os = "os",
        Cuda = "cuda",
        Driver = "driver",
    }
}

slugs! {
    /// Where a derived value was read.
    pub enum Origin {
        /// From an image family or image-name pattern (`-py310`, `-debian-11`,
        /// `-nvidia-580`).
        FamilyName = "family-name",
        /// From a container image name (`ubuntu2204`).
        ContainerName = "container-name",
        /// From the words of a release note ("on Debian 11").
        ReleaseNotes = "release-notes",
        /// From the image name a reader gave the lookup (`…-debian-11-py310`),
        /// for that image only (`ImageName::filled`); a catalog never says it.
        ImageName = "image-name",
    }
}

/// Where each derivable field's value comes from when the row does not
/// print it (`None`: printed, or no value). One slot per `DerivedField`,
/// in its order: an array, since the bundle decodes it from one letter per
/// field (a struct of four fields measured 0.1 KB more gzip).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Derived([Option<Origin>; 4]);

impl Derived {
    /// Where `field`'s value was read, if the catalog derived it.
    pub fn of(&self, field: DerivedField) -> Option<Origin> {
        self.0.get(field as usize).copied().flatten()
    }

    /// Says `field`'s value was read from `origin`.
    pub fn set(&mut self, field: DerivedField, origin: Option<Origin>) {
        if let Some(slot) = self.0.get_mut(field as usize) {
            *slot = origin;
        }
    }

    /// Every field's origin, in `DerivedField` order.
    pub fn slots(&self) -> impl Iterator<Item = Option<Origin>> + '_ {
        self.0.iter().copied()
    }

    /// Every field's slot, in `DerivedField` order.
    pub fn slots_mut(&mut self) -> impl Iterator<Item = &mut Option<Origin>> {
        self.0.iter_mut()
    }
}
