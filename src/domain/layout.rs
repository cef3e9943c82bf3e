//! Timeline geometry: where each record's bars, the year ticks and the
//! evaluation-date line go along the time axis, as fractions of the plot.
//! Pure arithmetic, so the chart can be checked without a browser.
//!
//! Days are whole: a segment from day A to day B (inclusive) covers
//! [A, B + 1) on the axis.

use super::catalog::Record;
use super::date::Date;
use super::text::push_decimal;

/// The span of days the chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start: Date,
    /// Exclusive.
    pub end: Date,
}

/// The same day `years` later (earlier when negative); 29 February becomes
/// 28 February in a common year. `None` only beyond the calendar's range.
fn shift_years(date: Date, years: i32) -> Option<Date> {
    let year = date.year().checked_add(years)?;
    Date::from_ymd(year, date.month(), date.day())
        .or_else(|| Date::from_ymd(year, date.month(), 28))
}

fn new_year(year: i32) -> Option<Date> {
    Date::from_ymd(year, 1, 1)
}

impl Window {
    pub const YEARS_BACK: i32 = 3;
    pub const YEARS_AHEAD: i32 = 2;

    /// The default: 3 years before `at` to 2 years after.
    pub fn recent(at: Date) -> Window {
        Window {
            start: shift_years(at, -Window::YEARS_BACK).unwrap_or(at),
            end: shift_years(at, Window::YEARS_AHEAD).unwrap_or(at),
        }
    }

    /// Whole years covering every date of the records and `at`.
    pub fn whole<'r>(records: impl IntoIterator<Item = &'r Record>, at: Date) -> Window {
        let mut first = at;
        let mut last = at;
        for record in records {
            let earliest = record.released.unwrap_or(record.end_of_patch);
            first = first.min(earliest).min(record.end_of_patch);
            last = last.max(record.end_of_availability);
        }
        Window {
            start: new_year(first.year()).unwrap_or(first),
            end: new_year(last.year().saturating_add(1)).unwrap_or(last),
        }
    }

    fn days(self) -> i64 {
        self.start.days_until(self.end).max(1)
    }
}

/// Horizontal positions are fractions of the plot's width in basis points
/// (0 to 10,000) and the chart draws them in percent: the plot stretches to
/// any width while its text keeps the reader's font size (a scaled view box
/// shrank the labels to 4–5 px on a phone). Heights are the stylesheet's.
pub const FULL: u32 = 10_000;

/// A horizontal piece of a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub x: u32,
    pub width: u32,
    /// The segment goes on beyond the window's start (or end).
    pub cut_start: bool,
    pub cut_end: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar<'r> {
    pub record: &'r Record,
    /// Release (or the window's start) → end of patch.
    pub supported: Option<Span>,
    /// End of patch → end of availability.
    pub deprecated: Option<Span>,
    /// The release date is unknown: the supported segment's start fades.
    pub unknown_release: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tick {
    pub x: u32,
    pub year: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout<'r> {
    pub window: Window,
    /// One per record, in the order given.
    pub bars: Vec<Bar<'r>>,
    pub ticks: Vec<Tick>,
    /// The evaluation-date line, when the date is in the window.
    pub at_x: Option<u32>,
}

/// `1234` → `12.34%`: an SVG length for a position in basis points
/// (integer formatting only: float formatting costs the bundle KBs).
pub fn percent(basis_points: u32) -> String {
    let mut out = String::with_capacity(8);
    push_decimal(&mut out, (basis_points / 100).into(), 0);
    out.push('.');
    push_decimal(&mut out, (basis_points % 100).into(), 2);
    out.push('%');
    out
}

/// The x of the start of `day` in basis points, clamped to the plot.
fn x(window: Window, day: Date) -> u32 {
    let offset = window.start.days_until(day) as f64;
    let fraction = (offset / window.days() as f64).clamp(0.0, 1.0);
    (fraction * f64::from(FULL)).round() as u32
}

/// Days `first` to `last` inclusive; `None` when empty or off the plot.
fn span(window: Window, first: Option<Date>, last: Date) -> Option<Span> {
    let after_last = last.add_days(1)?;
    let start = first.unwrap_or(window.start);
    if start >= after_last || after_last <= window.start || start >= window.end {
        return None;
    }
    let x0 = x(window, start);
    let x1 = x(window, after_last);
    Some(Span {
        x: x0,
        width: x1 - x0,
        cut_start: start < window.start,
        cut_end: after_last > window.end,
    })
}

pub fn layout<'r>(records: &[&'r Record], window: Window, at: Date) -> Layout<'r> {
    let bars = records
        .iter()
        .map(|record| Bar {
            record,
            // Unknown release: the bar starts at the window's edge, faded.
            supported: span(window, record.released, record.end_of_patch),
            deprecated: span(
                window,
                record.end_of_patch.add_days(1),
                record.end_of_availability,
            ),
            unknown_release: record.released.is_none(),
        })
        .collect();
    let ticks = (window.start.year()..=window.end.year())
        .filter_map(|year| {
            let day = new_year(year)?;
            (day > window.start && day < window.end).then(|| Tick {
                x: x(window, day),
                year,
            })
        })
        .collect();
    let at_x = (at >= window.start && at < window.end).then(|| x(window, at));
    Layout {
        window,
        bars,
        ticks,
        at_x,
    }
}

// On the fixture catalog (crate::testing), which is native only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::testing::FIXTURE;

    fn d(text: &str) -> Date {
        Date::parse_iso(text).unwrap()
    }

    #[test]
    fn recent_window_is_three_years_back_and_two_ahead() {
        assert_eq!(
            Window::recent(d("2026-11-26")),
            Window {
                start: d("2023-11-26"),
                end: d("2028-11-26")
            }
        );
        // A leap day has no twin three years back.
        assert_eq!(Window::recent(d("2024-02-29")).start, d("2021-02-28"));
        // The last parseable date still gets a window (chrono reaches far beyond it).
        assert_eq!(Window::recent(d("9999-12-31")).end.year(), 10001);
    }

    #[test]
    fn whole_window_covers_every_date_in_whole_years() {
        let window = Window::whole(FIXTURE.records.iter(), d("2026-11-26"));
        // Earliest: PyTorch 1.12's release 2022-07-06 and TF 2.11 py310's
        // printed end of patch 2022-11-15; latest: 2028-08-04.
        assert_eq!(
            window,
            Window {
                start: d("2022-01-01"),
                end: d("2029-01-01")
            }
        );
        let far = Window::whole(FIXTURE.records.iter(), d("2040-06-01"));
        assert_eq!(far.end, d("2041-01-01"));
    }

    #[test]
    fn bars_split_at_end_of_patch_and_clip_to_the_window() {
        // 1000 days from 2024-01-01: ten basis points per day.
        let window = Window {
            start: d("2024-01-01"),
            end: d("2024-01-01").add_days(1000).unwrap(),
        };
        let pt23 = FIXTURE.record("pytorch/2.3").unwrap(); // 2024-08-20, 2025-04-24, 2026-04-24
        let pt29 = FIXTURE.record("pytorch/2.9-ubuntu-2404").unwrap(); // unknown, 2028-08-04 twice
        let tf23 = FIXTURE.record("tensorflow/2.3").unwrap(); // unknown, 2023-09-01, 2024-09-01
        let l = layout(&[pt23, pt29, tf23], window, d("2025-01-01"));
        let span = |x: u32, width: u32, cut_start, cut_end| {
            Some(Span {
                x,
                width,
                cut_start,
                cut_end,
            })
        };
        // 2024-08-20 is day 232; 2025-04-25 day 480; 2026-04-25 day 845.
        assert_eq!(l.bars[0].supported, span(2320, 2480, false, false));
        assert_eq!(l.bars[0].deprecated, span(4800, 3650, false, false));
        assert!(!l.bars[0].unknown_release);
        // Unknown release: from the window's start; equal end dates: no deprecated part.
        assert_eq!(l.bars[1].supported, span(0, FULL, false, true));
        assert_eq!(l.bars[1].deprecated, None);
        assert!(l.bars[1].unknown_release);
        // Ended before the window: only the deprecated tail shows (to 2024-09-01, day 244).
        assert_eq!(l.bars[2].supported, None);
        assert_eq!(l.bars[2].deprecated, span(0, 2450, true, false));
        assert_eq!(
            l.ticks,
            vec![
                Tick {
                    x: 3660,
                    year: 2025
                },
                Tick {
                    x: 7310,
                    year: 2026
                }
            ]
        );
        assert_eq!(l.at_x, Some(3660));
        let outside = layout(&[pt23], window, d("2030-01-01"));
        assert_eq!(outside.at_x, None);
    }

    #[test]
    fn positions_print_as_percentages() {
        assert_eq!(percent(0), "0.00%");
        assert_eq!(percent(3660), "36.60%");
        assert_eq!(percent(5), "0.05%");
        assert_eq!(percent(FULL), "100.00%");
    }

    #[test]
    fn a_record_printed_with_end_of_patch_before_release_has_no_supported_bar() {
        let tf = FIXTURE.record("tensorflow/2.11-py310").unwrap();
        let l = layout(&[tf], Window::recent(d("2023-06-01")), d("2023-06-01"));
        assert_eq!(l.bars[0].supported, None);
        assert!(l.bars[0].deprecated.is_some());
    }
}
