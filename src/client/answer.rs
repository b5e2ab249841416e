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
    error: Option<String>,
    error_description: Option<String>,
    time: Option<crate::Time>,
    total: Option<i64>,
    next: Option<i64>,
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
            error: Some(code),
            error_description,
            ..
        }) => Answer::Error {
            code,
            description: error_description,
            status,
        },
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
