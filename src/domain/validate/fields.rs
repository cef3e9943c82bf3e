//! One JSON object's fields, read with a located problem for each missing,
//! mistyped, unknown or unacceptable one.

use super::catalog::{Slug, Text};
use super::date::Date;
use super::{Level, Location, Problem};
use serde_json::{Map, Value};

/// Reads one JSON object's fields, recording a located problem for each
/// missing, mistyped or unknown one.
pub(super) struct Fields<'v, 'p> {
    object: &'v Map<String, Value>,
    location: Location,
    problems: &'p mut Vec<Problem>,
}

pub(super) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

impl<'v, 'p> Fields<'v, 'p> {
    pub(super) fn new(
        value: &'v Value,
        location: Location,
        known: &[&str],
        problems: &'p mut Vec<Problem>,
    ) -> Option<Fields<'v, 'p>> {
        let Value::Object(object) = value else {
            problems.push(Problem {
                level: Level::Error,
                location,
                reason: format!("expected an object, found {}", describe(value)),
            });
            return None;
        };
        let mut fields = Fields {
            object,
            location,
            problems,
        };
        for name in object.keys() {
            if !known.contains(&name.as_str()) {
                fields.error(
                    name,
                    format!("unknown field (known fields: {})", known.join(", ")),
                );
            }
        }
        Some(fields)
    }

    pub(super) fn push(&mut self, level: Level, field: &str, reason: String) {
        let mut location = self.location.clone();
        location.field = Some(field.to_owned());
        self.problems.push(Problem {
            level,
            location,
            reason,
        });
    }

    pub(super) fn error(&mut self, field: &str, reason: String) {
        self.push(Level::Error, field, reason);
    }

    /// `None` for absent or null, after reporting a wrong type.
    /// `text`, the value of `field`, read as one of `T`'s slugs, or an
    /// error naming them.
    pub(super) fn slug<T: Slug>(&mut self, field: &str, text: &str) -> Option<T> {
        let value = T::from_slug(text);
        if value.is_none() {
            self.error(
                field,
                format!("{text:?} is not one of {}", T::SLUGS.join(", ")),
            );
        }
        value
    }

    pub(super) fn optional_text(&mut self, field: &str) -> Option<Text> {
        match self.object.get(field) {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) if text.trim().is_empty() => {
                self.error(
                    field,
                    "is empty; write null when the value is unknown".to_owned(),
                );
                None
            }
            Some(Value::String(text)) => {
                if let Some(why) = control_character(text) {
                    self.error(field, why);
                    return None;
                }
                Some(Text::Owned(text.clone()))
            }
            Some(other) => {
                let found = describe(other);
                self.error(field, format!("expected a string or null, found {found}"));
                None
            }
        }
    }

    pub(super) fn required_text(&mut self, field: &str) -> Option<Text> {
        match self.object.get(field) {
            None | Some(Value::Null) => {
                self.error(field, "is required".to_owned());
                None
            }
            Some(_) => self.optional_text(field),
        }
    }

    pub(super) fn optional_date(&mut self, field: &str) -> Option<Date> {
        let text = self.optional_text(field)?;
        match Date::parse_iso(&text) {
            Ok(date) => Some(date),
            Err(why) => {
                self.error(field, format!("{text:?} is not a date: {why}"));
                None
            }
        }
    }

    pub(super) fn required_date(&mut self, field: &str) -> Option<Date> {
        let text = self.required_text(field)?;
        match Date::parse_iso(&text) {
            Ok(date) => Some(date),
            Err(why) => {
                self.error(field, format!("{text:?} is not a date: {why}"));
                None
            }
        }
    }

    pub(super) fn text_list(&mut self, field: &str, required: bool) -> Option<Vec<Text>> {
        match self.object.get(field) {
            None | Some(Value::Null) if !required => Some(Vec::new()),
            None | Some(Value::Null) => {
                self.error(field, "is required".to_owned());
                None
            }
            Some(Value::Array(items)) => {
                let mut texts = Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    match item {
                        Value::String(text) if !text.trim().is_empty() => {
                            match control_character(text) {
                                Some(why) => self.error(field, format!("item {index}: {why}")),
                                None => texts.push(Text::Owned(text.clone())),
                            }
                        }
                        other => {
                            let found = describe(other);
                            self.error(
                                field,
                                format!("item {index}: expected a non-empty string, found {found}"),
                            );
                        }
                    }
                }
                Some(texts)
            }
            Some(other) => {
                let found = describe(other);
                self.error(field, format!("expected a list of strings, found {found}"));
                None
            }
        }
    }

    /// An optional object of strings (`{"python": "family-name"}`): its
    /// entries in the file's order, after reporting anything else.
    pub(super) fn string_map(&mut self, field: &str) -> Vec<(String, String)> {
        let object = match self.object.get(field) {
            None | Some(Value::Null) => return Vec::new(),
            Some(Value::Object(object)) => object,
            Some(other) => {
                let found = describe(other);
                self.error(field, format!("expected an object, found {found}"));
                return Vec::new();
            }
        };
        let mut entries = Vec::new();
        for (key, value) in object {
            match value {
                Value::String(text) => entries.push((key.clone(), text.clone())),
                other => {
                    let found = describe(other);
                    self.error(field, format!("{key}: expected a string, found {found}"));
                }
            }
        }
        entries
    }

    pub(super) fn list(&self, field: &str) -> Option<&'v Vec<Value>> {
        match self.object.get(field) {
            Some(Value::Array(items)) => Some(items),
            _ => None,
        }
    }
}

/// Why a text may not be in a catalog: a control character (line breaks
/// and tabs included) has no place in a one-line value, and the compact
/// form the bundle embeds separates its fields with control characters.
fn control_character(text: &str) -> Option<String> {
    let (at, c) = text.chars().enumerate().find(|(_, c)| c.is_control())?;
    Some(format!(
        "contains the control character U+{:04X} at character {}",
        u32::from(c),
        at + 1
    ))
}
