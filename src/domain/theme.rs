//! The widget's colour setting, read alike by the embed attributes, the
//! reducer and the standalone page's selector (its own module, so the
//! embed reader needn't depend on the reducer for one enum).

use super::catalog::slugs;

slugs! {
    /// The widget's colours: following the page (or the OS on the standalone
    /// page), or forced.
    pub enum Theme {
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}
