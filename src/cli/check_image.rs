//! `check-image NAME…`: each name judged by the policy (`verdict`), printed
//! as text or one JSON document; exit 1 when one fails `--fail-on`.

use super::args::{Format, Judging};
use super::{json_document, present, verdict, Outcome};
use crate::clock::today_utc;
use crate::domain::policy::Policy;
use crate::shipped::SHIPPED;
use serde_json::json;

pub(super) fn run(names: &[String], judging: &Judging, format: Format) -> Outcome {
    let at = judging.at.unwrap_or_else(today_utc);
    let policy = Policy {
        warn_days: i64::from(judging.warn_days),
    };
    let verdicts: Vec<verdict::Verdict> = names
        .iter()
        .map(|name| verdict::judge(&SHIPPED, name, at, policy))
        .collect();
    let fails = |v: &verdict::Verdict| v.fails(judging.fail_on, judging.fail_on_unknown);
    let code = u8::from(verdicts.iter().any(fails));
    Outcome::printed(
        code,
        match format {
            Format::Text => {
                present::check_image_text(&verdicts, judging.fail_on, judging.fail_on_unknown)
            }
            Format::Json => json_document(&json!({
                "at": at.to_string(),
                "fail_on": judging.fail_on,
                "fail_on_unknown": judging.fail_on_unknown,
                "warn_days": judging.warn_days,
                "verdicts": verdicts.iter().map(|v| {
                    let mut value = serde_json::to_value(v).unwrap_or_default();
                    if let Some(map) = value.as_object_mut() {
                        map.insert("fails".to_owned(), json!(fails(v)));
                    }
                    value
                }).collect::<Vec<_>>(),
            })),
        },
    )
}
