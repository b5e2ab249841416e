//! What goes on the wire: error bodies with their HTTP status, the `time`
//! block, dates, and PHP's way of turning arrays into JSON.

use bitrix24::schema::MethodInfo;
use serde_json::{Map, Value, json};
use std::time::{SystemTime, UNIX_EPOCH};

/// Code the portal answers for a method it does not have (REST 3.0 page).
pub(crate) const METHOD_NOT_FOUND: &str = "ERROR_METHOD_NOT_FOUND";
/// Code this emulator answers for a parameter of the wrong type or an
/// unknown enum value; the docs use it for argument errors (`user.add`).
pub(crate) const ERROR_ARGUMENT: &str = "ERROR_ARGUMENT";

/// An error answer: code, description and HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub code: String,
    pub description: String,
    pub status: u16,
}

impl ApiError {
    /// A code from the method's own table or the system table, with the
    /// documented status and message.
    pub(crate) fn of(method: Option<&MethodInfo>, code: &str) -> Self {
        let info = match method {
            Some(m) => m.error(code),
            None => bitrix24::SYSTEM_ERRORS.iter().find(|e| e.code == code),
        };
        match info {
            Some(info) => ApiError {
                code: info.code.to_owned(),
                description: info.message.to_owned(),
                status: info.status.unwrap_or(400),
            },
            None => ApiError {
                code: code.to_owned(),
                description: String::new(),
                status: 400,
            },
        }
    }

    /// A system error code (`NO_AUTH_FOUND`, `QUERY_LIMIT_EXCEEDED`...).
    pub(crate) fn system(code: &str) -> Self {
        Self::of(None, code)
    }

    /// `ERROR_METHOD_NOT_FOUND`, 404.
    pub(crate) fn method_not_found() -> Self {
        ApiError {
            code: METHOD_NOT_FOUND.to_owned(),
            description: "Method not found!".to_owned(),
            status: 404,
        }
    }

    /// `ERROR_METHOD_NOT_FOUND` for a method the schema has and the
    /// emulator does not serve yet, saying so.
    pub(crate) fn not_emulated(method: &MethodInfo) -> Self {
        ApiError {
            description: format!("{} is in the schema but not emulated yet", method.name),
            ..ApiError::method_not_found()
        }
    }

    /// `ERROR_ARGUMENT`, 400, with what was wrong.
    pub(crate) fn argument(description: impl Into<String>) -> Self {
        ApiError {
            code: ERROR_ARGUMENT.to_owned(),
            description: description.into(),
            status: 400,
        }
    }

    /// `{"error": ..., "error_description": ...}`.
    pub(crate) fn body(&self) -> Value {
        json!({ "error": self.code, "error_description": self.description })
    }

    /// The same as REST 3.0 writes it: `{"error": {"code", "message"}}`.
    pub(crate) fn body_v3(&self) -> Value {
        json!({ "error": { "code": self.code, "message": self.description } })
    }
}

/// Now as a Unix timestamp with fractions of a second.
pub(crate) fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// A Unix timestamp as `2026-02-25T11:58:35+00:00` (the portal's format;
/// the emulator's portal lives in UTC).
pub(crate) fn iso8601(ts: f64) -> String {
    let secs = ts.floor() as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
/// algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The accounting of one call against its method's time budget.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Operating {
    pub reset_at: f64,
    pub operating: f64,
}

/// The `time` block, built through the generated [`bitrix24::Time`] so its
/// field names are the schema's.
pub(crate) fn time_block(
    start: f64,
    processing_start: f64,
    finish: f64,
    operating: Option<Operating>,
) -> Value {
    let mut time = bitrix24::Time::default();
    time.start = Some(start);
    time.finish = Some(finish);
    time.duration = Some(finish - start);
    time.processing = Some(finish - processing_start);
    time.date_start = Some(iso8601(start));
    time.date_finish = Some(iso8601(finish));
    if let Some(op) = operating {
        time.operating_reset_at = Some(op.reset_at);
        time.operating = Some(op.operating);
    }
    let mut value = serde_json::to_value(&time).unwrap_or(Value::Null);
    // The portal sends the reset moment as a whole number of seconds.
    if let Some(slot) = value.get_mut("operating_reset_at")
        && let Some(secs) = slot.as_f64()
        && secs.fract() == 0.0
    {
        *slot = Value::from(secs as i64);
    }
    value
}

/// What PHP's `json_encode` makes of an array: `[]` when empty, a list when
/// the keys are `0..n` in order, an object otherwise. The batch page's
/// examples show exactly this (`"result_error": []`).
pub(crate) fn php_array(entries: Vec<(String, Value)>) -> Value {
    if entries.is_empty() {
        return Value::Array(Vec::new());
    }
    let sequential = entries
        .iter()
        .enumerate()
        .all(|(i, (k, _))| *k == i.to_string());
    if sequential {
        Value::Array(entries.into_iter().map(|(_, v)| v).collect())
    } else {
        Value::Object(entries.into_iter().collect::<Map<String, Value>>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_iso_8601_in_utc() {
        assert_eq!(iso8601(0.0), "1970-01-01T00:00:00+00:00");
        // The docs' example: 1772009915 is 2026-02-25T08:58:35Z.
        assert_eq!(iso8601(1_772_009_915.87), "2026-02-25T08:58:35+00:00");
        assert_eq!(iso8601(951_782_400.0), "2000-02-29T00:00:00+00:00");
    }

    #[test]
    fn php_arrays_become_lists_or_objects_like_json_encode() {
        assert_eq!(php_array(vec![]), json!([]));
        assert_eq!(
            php_array(vec![("0".into(), json!(1)), ("1".into(), json!(2))]),
            json!([1, 2])
        );
        assert_eq!(php_array(vec![("1".into(), json!(1))]), json!({ "1": 1 }));
        assert_eq!(php_array(vec![("a".into(), json!(1))]), json!({ "a": 1 }));
    }

    #[test]
    fn errors_take_status_and_message_from_the_tables() {
        let e = ApiError::system("QUERY_LIMIT_EXCEEDED");
        assert_eq!(
            (e.status, e.description.as_str()),
            (503, "Too many requests")
        );
        let info = MethodInfo::find("imbot.v2.Chat.add").unwrap();
        let e = ApiError::of(Some(info), "BOT_OWNERSHIP_ERROR");
        assert_eq!(e.status, 403);
        let e = ApiError::of(Some(info), "expired_token");
        assert_eq!(e.status, 401);
    }
}
