//! Calendar dates, as the policy speaks of them: whole days, no time zone.
//!
//! The policy's boundaries are calendar dates ("after this date ..."), and the
//! evaluation date is the reader's local date, so nothing here knows about
//! hours or zones. Parsing is strict `YYYY-MM-DD` because every date that
//! reaches us comes from JSON, a URL or an HTML attribute that a person typed.
//!
//! A date is a day number (days since 1970-01-01) in the proleptic Gregorian
//! calendar, converted with Howard Hinnant's `days_from_civil` algorithms.
//! (chrono did this before; its lookup tables cost about 1.5 KB of the gzip
//! budget. The tests check every day of four centuries against chrono.)

use super::text::push_decimal;
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

/// The supported span: years -100,000 to 100,000, far beyond any real date.
const MIN_YEAR: i32 = -100_000;
const MAX_YEAR: i32 = 100_000;

const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a valid civil date.
const fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = if month <= 2 {
        year as i64 - 1
    } else {
        year as i64
    };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let year_of_era = y - era * 400;
    let m = month as i64;
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The civil date (year, month, day) of a day number.
const fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
    (year as i32, month, day)
}

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
        if year < MIN_YEAR || year > MAX_YEAR || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date(days_from_civil(year, month, day) as i32))
    }

    /// A date known to be valid: constants in the code and dates the
    /// compact catalog text carries (validated when the build wrote it). An
    /// impossible date there would be a bug, and falls back to 1970-01-01
    /// rather than panicking.
    pub const fn known(year: i32, month: u32, day: u32) -> Date {
        match Date::from_ymd(year, month, day) {
            Some(date) => date,
            None => Date(0),
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
        civil_from_days(self.0 as i64).0
    }

    pub fn month(self) -> u32 {
        civil_from_days(self.0 as i64).1
    }

    pub fn day(self) -> u32 {
        civil_from_days(self.0 as i64).2
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0 as i64 - self.0 as i64
    }

    /// `None` beyond the supported span (years ±100,000).
    pub fn add_days(self, days: i64) -> Option<Date> {
        let number = (self.0 as i64).checked_add(days)?;
        let (year, _, _) = civil_from_days(number);
        (MIN_YEAR..=MAX_YEAR)
            .contains(&year)
            .then_some(Date(number as i32))
    }

    /// Days since 1970-01-01, for layout arithmetic.
    pub fn day_number(self) -> i64 {
        self.0 as i64
    }
}

impl Date {
    /// `YYYY-MM-DD` (as `format!("{:04}-{:02}-{:02}")` writes it, a
    /// negative year's sign counted in its four), built without `core::fmt`
    /// (see `text`).
    pub fn iso(self) -> String {
        self.written("-")
    }

    /// The ISO date with `separator` between its numbers (`YYYYMMDD` for a
    /// calendar file's dates).
    pub fn written(self, separator: &str) -> String {
        let mut out = String::with_capacity(10);
        let year = self.year();
        if year < 0 {
            out.push('-');
        }
        push_decimal(
            &mut out,
            year.unsigned_abs().into(),
            if year < 0 { 3 } else { 4 },
        );
        out.push_str(separator);
        push_decimal(&mut out, self.month().into(), 2);
        out.push_str(separator);
        push_decimal(&mut out, self.day().into(), 2);
        out
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
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
    fn iso_is_what_format_writes_across_the_span() {
        for (y, m, d) in [
            (2026, 4, 10),
            (1970, 1, 1),
            (5, 6, 7),
            (-5, 1, 31),
            (-100_000, 1, 1),
            (100_000, 12, 31),
        ] {
            let date = Date::known(y, m, d);
            assert_eq!(date.iso(), format!("{y:04}-{m:02}-{d:02}"));
        }
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
    fn agrees_with_chrono_on_every_day_of_four_centuries_and_far_away() {
        use chrono::{Datelike, NaiveDate};
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let check = |date: NaiveDate| {
            let ours = Date::from_ymd(date.year(), date.month(), date.day()).unwrap();
            assert_eq!(ours.day_number(), (date - epoch).num_days(), "{date}");
            assert_eq!(
                (ours.year(), ours.month(), ours.day()),
                (date.year(), date.month(), date.day())
            );
        };
        let mut day = NaiveDate::from_ymd_opt(1800, 1, 1).unwrap();
        while day.year() < 2200 {
            check(day);
            day = day.succ_opt().unwrap();
        }
        for (y, m, d) in [
            (-4713, 11, 24),
            (0, 2, 29),
            (-1, 12, 31),
            (9999, 12, 31),
            (99_999, 2, 28),
            (-99_999, 3, 1),
        ] {
            check(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        }
        assert_eq!(Date::from_ymd(2023, 2, 29), None);
        assert_eq!(Date::from_ymd(2024, 2, 29).map(|d| d.day()), Some(29));
        assert_eq!(Date::from_ymd(1900, 2, 29), None);
        assert_eq!(Date::from_ymd(2000, 2, 29).map(|d| d.day()), Some(29));
        assert_eq!(Date::from_ymd(2026, 0, 1), None);
        assert_eq!(Date::from_ymd(2026, 13, 1), None);
        assert_eq!(Date::from_ymd(2026, 1, 0), None);
        assert_eq!(Date::from_ymd(MAX_YEAR + 1, 1, 1), None);
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
