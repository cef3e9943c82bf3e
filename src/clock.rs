//! The native tools' clock: the command line and the page generator judge
//! "today" in UTC (they have no reader's time zone to honour).

use crate::domain::date::Date;
use crate::shipped::SHIPPED;

/// Today in UTC, from the system clock; the shipped catalog's `as_of` if the
/// clock reads before 1970 or beyond what a `Date` holds.
pub fn today_utc() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::known(1970, 1, 1)
        .add_days((seconds / 86_400) as i64)
        .unwrap_or(SHIPPED.as_of)
}
