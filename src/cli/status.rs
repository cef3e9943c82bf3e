//! `status [DATE]`: the shipped records' statuses on a day.

use super::Outcome;
use crate::clock::today_utc;
use crate::domain::date::Date;
use crate::domain::policy::status_at;
use crate::shipped::SHIPPED;
use std::fmt::Write;

/// The command: on `date`, default today (UTC) or the catalog's as_of if later.
pub(super) fn run(date: Option<Date>) -> Outcome {
    status(date.unwrap_or_else(|| SHIPPED.as_of.max(today_utc())))
}

fn status(at: Date) -> Outcome {
    let mut out = format!("status on {at} (catalog as of {})\n", SHIPPED.as_of);
    for record in SHIPPED.records.iter() {
        let _ = writeln!(
            out,
            "{:<26} {:<12} end of patch {}  end of availability {}",
            record.id,
            status_at(record, at).slug(),
            record.end_of_patch,
            record.end_of_availability
        );
    }
    Outcome::printed(0, out)
}
