//! Calendar dates, as the policy speaks of them: whole days, no time zone.
//!
//! The policy's boundaries are calendar dates ("after this date ..."), and the
//! evaluation date is the reader's local date, so nothing here knows about
//! hours or zones. Parsing is strict `YYYY-MM-DD` because every date that
//! reaches us comes from JSON, a URL or an HTML attribute that a person typed.

use chrono::{Datelike, NaiveDate};
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

/// Why a text is not a date; shown to people, so it says what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` with digits in every place.
    Shape,
    /// Of the right form, but no such day (month 13, 30 February ...).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape => f.write_str("expected a date as YYYY-MM-DD"),
            DateError::NoSuchDay => f.write_str("no such day in the calendar"),
        }
    }
}

impl Date {
    pub const fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => Some(Date(date)),
            None => None,
        }
    }

    /// For dates written into generated code by the build script, which has
    /// already validated them; an impossible date there would be a build
    /// script bug, and falls back to the earliest date rather than panicking.
    pub const fn known(year: i32, month: u32, day: u32) -> Date {
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => Date(date),
            None => Date(NaiveDate::MIN),
        }
    }

    /// Strict `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse_iso(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes.get(4) == Some(&b'-')
            && bytes.get(7) == Some(&b'-')
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return Err(DateError::Shape);
        }
        let number = |range: std::ops::Range<usize>| -> Result<u32, DateError> {
            text.get(range)
                .and_then(|part| part.parse::<u32>().ok())
                .ok_or(DateError::Shape)
        };
        let year = number(0..4)? as i32;
        let month = number(5..7)?;
        let day = number(8..10)?;
        Date::from_ymd(year, month, day).ok_or(DateError::NoSuchDay)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0.signed_duration_since(self.0).num_days()
    }

    /// `None` only beyond chrono's range (about ±262,000 years).
    pub fn add_days(self, days: i64) -> Option<Date> {
        let delta = chrono::TimeDelta::try_days(days)?;
        self.0.checked_add_signed(delta).map(Date)
    }

    /// Days since 1970-01-01, for layout arithmetic.
    pub fn day_number(self) -> i64 {
        Date::known(1970, 1, 1).days_until(self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_parse(input: &str, expect: Result<&str, DateError>) {
        let got = Date::parse_iso(input).map(|d| d.to_string());
        assert_eq!(got, expect.map(str::to_owned), "parsing {input:?}");
    }

    #[test]
    fn parses_only_strict_iso_dates() {
        check_parse("2026-04-10", Ok("2026-04-10"));
        check_parse("2024-02-29", Ok("2024-02-29"));
        check_parse("1970-01-01", Ok("1970-01-01"));
        check_parse("9999-12-31", Ok("9999-12-31"));
        check_parse("2023-02-29", Err(DateError::NoSuchDay));
        check_parse("2026-13-01", Err(DateError::NoSuchDay));
        check_parse("2026-00-10", Err(DateError::NoSuchDay));
        check_parse("2026-04-31", Err(DateError::NoSuchDay));
        check_parse("2026-4-10", Err(DateError::Shape));
        check_parse("2026/04/10", Err(DateError::Shape));
        check_parse("2026-04-10T00:00", Err(DateError::Shape));
        check_parse("+026-04-10", Err(DateError::Shape));
        check_parse("", Err(DateError::Shape));
        check_parse("２０２６-04-10", Err(DateError::Shape));
    }

    #[test]
    fn day_arithmetic_crosses_leap_days_and_years() {
        let d = |s| Date::parse_iso(s).unwrap();
        assert_eq!(d("2024-02-28").days_until(d("2024-03-01")), 2);
        assert_eq!(d("2023-02-28").days_until(d("2023-03-01")), 1);
        assert_eq!(d("2026-04-10").days_until(d("2025-04-10")), -365);
        assert_eq!(d("2026-04-10").add_days(180), Some(d("2026-10-07")));
        assert_eq!(d("1970-01-02").day_number(), 1);
        assert_eq!(d("9999-12-31").add_days(i64::MAX), None);
    }
}
