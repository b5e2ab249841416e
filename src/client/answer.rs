//! Reading an answer of the portal: the envelope (`result` or `error`, with
//! `time`, `total` and `next`) decoded in one pass, and turned into the
//! caller's typed outcome.

use super::{Error, Failure};
use crate::MethodError;
use serde::Deserialize;

/// Turns what an exchange came to into the caller's typed outcome.
pub(crate) fn settle<R, E: MethodError>(
    method: &'static str,
    answer: Result<Answer<R>, Failure>,
) -> Result<crate::Response<R>, Error<E>> {
    match answer {
        Ok(Answer::Result(response)) => Ok(response),
        Ok(Answer::Error {
            code,
            description,
            status,
        }) => Err(Error::Api {
            method,
            error: E::from_code(&code),
            status,
            description,
        }),
        Ok(Answer::Undecodable {
            status,
            reason,
            body,
        }) => Err(Error::Decode {
            method,
            status,
            reason,
            body,
        }),
        Err(failure) => Err(failure.into_error(method)),
    }
}

/// What one HTTP exchange came to.
pub(crate) enum Answer<T> {
    Result(crate::Response<T>),
    Error {
        code: String,
        description: Option<String>,
        status: u16,
    },
    Undecodable {
        status: u16,
        reason: String,
        body: String,
    },
}

/// The envelope read in one pass: a result or an error.
#[derive(Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
struct Envelope<T> {
    /// `Some` whenever the key is there, even as `null`: a method whose
    /// result may be `null` (`im.chat.get` finding nothing) has an
    /// `Option` for its output, which reads the `null` as `None`.
    #[serde(default, deserialize_with = "present")]
    result: Option<T>,
    error: Option<ErrorField>,
    error_description: Option<String>,
    time: Option<crate::Time>,
    total: Option<i64>,
    next: Option<i64>,
}

/// The `error` member: the classic API's code (`"NOT_FOUND"`, with
/// `error_description` beside it), or REST 3.0's object with the code, the
/// message and, for a bad param, what was wrong with which.
enum ErrorField {
    Code(String),
    V3 {
        code: String,
        description: Option<String>,
    },
}

impl<'de> Deserialize<'de> for ErrorField {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Problem {
            #[serde(default)]
            message: Option<String>,
            #[serde(default)]
            field: Option<String>,
        }
        #[derive(Deserialize)]
        struct V3 {
            code: String,
            #[serde(default)]
            message: Option<String>,
            #[serde(default)]
            validation: Vec<Problem>,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Code(String),
            V3(V3),
        }
        Ok(match Either::deserialize(d)? {
            Either::Code(code) => ErrorField::Code(code),
            Either::V3(e) => {
                let problems: Vec<String> = e
                    .validation
                    .into_iter()
                    .filter_map(|p| match (p.field, p.message) {
                        (Some(field), Some(message)) => Some(format!("{field}: {message}")),
                        (None, Some(message)) => Some(message),
                        (Some(field), None) => Some(field),
                        (None, None) => None,
                    })
                    .collect();
                let description = match (e.message, problems.is_empty()) {
                    (Some(m), true) => Some(m),
                    (Some(m), false) => Some(format!("{m} ({})", problems.join("; "))),
                    (None, false) => Some(problems.join("; ")),
                    (None, true) => None,
                };
                ErrorField::V3 {
                    code: e.code,
                    description,
                }
            }
        })
    }
}

/// Reads a member that is there, whatever its value, as `Some`.
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

pub(crate) fn read_answer<T: serde::de::DeserializeOwned>(status: u16, body: &[u8]) -> Answer<T> {
    let undecodable = |reason: String| Answer::Undecodable {
        status,
        reason,
        body: String::from_utf8_lossy(body).into_owned(),
    };
    match serde_json::from_slice::<Envelope<T>>(body) {
        Ok(Envelope {
            error: Some(error),
            error_description,
            ..
        }) => {
            let (code, description) = match error {
                ErrorField::Code(code) => (code, error_description),
                ErrorField::V3 { code, description } => (code, description),
            };
            Answer::Error {
                code,
                description,
                status,
            }
        }
        Ok(Envelope {
            result: Some(result),
            time,
            total,
            next,
            ..
        }) => Answer::Result(crate::Response {
            result,
            time,
            total,
            next,
        }),
        Ok(_) => undecodable("neither `result` nor `error` in the body".into()),
        Err(e) => {
            // PHP sends an empty object as `[]`: an object output with no
            // field set comes as `"result": []`.
            if let Ok(Envelope {
                result: Some(raw),
                error: None,
                time,
                total,
                next,
                ..
            }) = serde_json::from_slice::<Envelope<serde_json::Value>>(body)
                && let Some(result) = crate::de::empty_list_as_object(&raw)
            {
                return Answer::Result(crate::Response {
                    result,
                    time,
                    total,
                    next,
                });
            }
            // A body that is not the documented shape may still carry an error code.
            if let Ok(e) = serde_json::from_slice::<crate::ErrorBody>(body) {
                return Answer::Error {
                    code: e.error,
                    description: e.error_description,
                    status,
                };
            }
            undecodable(e.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(body: &str) -> (String, Option<String>, u16) {
        match read_answer::<serde_json::Value>(400, body.as_bytes()) {
            Answer::Error {
                code,
                description,
                status,
            } => (code, description, status),
            Answer::Result(_) => panic!("a result: {body}"),
            Answer::Undecodable { reason, .. } => panic!("undecodable: {reason}"),
        }
    }

    #[test]
    fn a_classic_error_is_a_code_and_a_description() {
        assert_eq!(
            error_of(r#"{"error":"NOT_FOUND","error_description":"Not found"}"#),
            ("NOT_FOUND".into(), Some("Not found".into()), 400)
        );
    }

    #[test]
    fn a_rest3_error_object_gives_its_code_message_and_each_bad_field() {
        let body = r#"{"error":{"code":"BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION",
            "message":"Request validation failed","validation":[{"message":"Required","field":"id"},
            {"message":"Must be a number","field":"fields.priority"}]}}"#;
        let (code, description, _) = error_of(body);
        assert_eq!(
            code,
            "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION"
        );
        assert_eq!(
            description.as_deref(),
            Some("Request validation failed (id: Required; fields.priority: Must be a number)")
        );
        let (code, description, _) = error_of(
            r#"{"error":{"code":"BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION","message":"Access denied"}}"#,
        );
        assert_eq!(code, "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION");
        assert_eq!(description.as_deref(), Some("Access denied"));
    }
}
