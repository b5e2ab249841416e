//! `batch`: up to 50 calls in one request (settings/how-to-call-rest-api/batch.md).
//!
//! Each command travels as `method?query`, its params encoded as PHP query
//! text; the answer holds each command's result or error under its key.

use super::{Client, Error, Transport, query};
use crate::{Method, MethodError, Secret, SystemError};
use serde_json::{Map, Value};
use std::marker::PhantomData;

/// The most commands one batch may hold; the portal refuses more with
/// `ERROR_BATCH_LENGTH_EXCEEDED`, so [`Batch::add`] refuses them first.
pub const MAX_COMMANDS: usize = 50;

/// A batch being assembled. `Debug` lists method names only: command texts
/// can carry secrets such as a bot token.
pub struct Batch<'c, T: Transport> {
    client: &'c Client<T>,
    halt: bool,
    commands: Vec<(&'static str, String)>,
    /// The secret params of the commands, kept out of what comes back.
    secrets: Vec<Secret>,
}

impl<T: Transport> std::fmt::Debug for Batch<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let methods: Vec<&str> = self.commands.iter().map(|(m, _)| *m).collect();
        f.debug_struct("Batch")
            .field("halt", &self.halt)
            .field("methods", &methods)
            .finish()
    }
}

/// A handle to one command's result in [`BatchResults`].
#[derive(Debug)]
pub struct BatchKey<M> {
    index: usize,
    method: PhantomData<fn() -> M>,
}

impl<M> Clone for BatchKey<M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M> Copy for BatchKey<M> {}

impl<'c, T: Transport> Batch<'c, T> {
    pub(super) fn new(client: &'c Client<T>) -> Self {
        Batch {
            client,
            halt: false,
            commands: Vec::new(),
            secrets: Vec::new(),
        }
    }

    /// Stop at the first command that fails (default: run them all).
    pub fn halt(mut self, halt: bool) -> Self {
        self.halt = halt;
        self
    }

    /// Adds a call; the key reads its result back. Refused when the batch
    /// already holds [`MAX_BATCH_COMMANDS`](super::MAX_BATCH_COMMANDS) commands.
    pub fn add<M: Method>(&mut self, request: &M) -> Result<BatchKey<M>, Error<M::Error>> {
        if M::INFO.api == crate::schema::Api::V3 {
            return Err(Error::Request {
                method: M::NAME,
                reason: "REST 3.0 methods cannot be sent in a batch (the portal's batch runs classic methods only); call it on its own".into(),
            });
        }
        if self.commands.len() >= MAX_COMMANDS {
            return Err(Error::Request {
                method: M::NAME,
                reason: format!(
                    "a batch holds at most {MAX_COMMANDS} commands (the portal answers ERROR_BATCH_LENGTH_EXCEEDED beyond that); send this one in another batch"
                ),
            });
        }
        let params = match serde_json::to_value(request) {
            Ok(Value::Object(map)) => map,
            Ok(_) => {
                return Err(Error::Request {
                    method: M::NAME,
                    reason: "the request is not a JSON object".into(),
                });
            }
            Err(e) => {
                return Err(Error::Request {
                    method: M::NAME,
                    reason: e.to_string(),
                });
            }
        };
        let mut params = params;
        if let Some((name, token)) = self.client.bot_token_param(M::INFO) {
            params
                .entry(name)
                .or_insert_with(|| Value::String(token.expose().to_owned()));
        }
        super::scrub::request_secrets(
            M::INFO.params,
            &Value::Object(params.clone()),
            &mut self.secrets,
        );
        let query = query::encode(&params);
        let command = if query.is_empty() {
            M::NAME.to_owned()
        } else {
            format!("{}?{query}", M::NAME)
        };
        self.commands.push((M::NAME, command));
        Ok(BatchKey {
            index: self.commands.len() - 1,
            method: PhantomData,
        })
    }

    /// How many commands the batch holds.
    pub fn len(&self) -> usize {
        self.commands.len()
    }

    /// Whether the batch holds no command.
    pub fn is_empty(&self) -> bool {
        self.commands.is_empty()
    }

    /// Sends the batch. An error here concerns the batch as a whole; each
    /// command's own outcome is read with [`BatchResults::get`].
    pub async fn send(self) -> Result<BatchResults, Error<SystemError>> {
        const NAME: &str = "batch";
        let mut cmd = Map::new();
        for (i, (_, command)) in self.commands.iter().enumerate() {
            cmd.insert(key(i), Value::String(command.clone()));
        }
        let mut params = Map::new();
        params.insert("halt".into(), Value::from(u8::from(self.halt)));
        params.insert("cmd".into(), Value::Object(cmd));
        // The methods, never the commands: those carry the params.
        let mut methods: Vec<&str> = self.commands.iter().map(|(m, _)| *m).collect();
        methods.sort_unstable();
        methods.dedup();
        let span = tracing::info_span!(
            "bitrix24.batch",
            commands = self.commands.len(),
            methods = methods.join(",")
        );
        let started = std::time::Instant::now();
        let operating = &self.client.inner.operating;
        let outcome = async {
            // The batch call itself is not counted against `operating`, but
            // each command is, under its own method: wait for the longest
            // reset among them.
            let pause = methods
                .iter()
                .map(|m| operating.wait(m))
                .max()
                .unwrap_or_default();
            if !pause.is_zero() {
                tracing::debug!(
                    wait_ms = pause.as_millis() as u64,
                    "waiting for the time budget of a command's method"
                );
                tokio::time::sleep(pause).await;
            }
            let object = serde_json::to_vec(&params).map_err(|e| Error::Request {
                method: NAME,
                reason: e.to_string(),
            })?;
            // A batch may hold non-idempotent commands: never resend it blindly.
            let answer = self
                .client
                .exchange::<BatchBody>(NAME, crate::schema::Api::V2, false, &object, &[])
                .await;
            super::settle::<BatchBody, SystemError>(NAME, answer)
                .map_err(|e| super::scrub::error(e, &self.secrets))
        };
        let outcome = tracing::Instrument::instrument(outcome, span.clone()).await;
        super::log_finished(&span, started, &outcome);
        let body = outcome?.result;
        for (i, (method, _)) in self.commands.iter().enumerate() {
            let name = key(i);
            if let Some(time) = body.result_time.get(&name) {
                let time = serde_json::from_value::<crate::Time>(time.clone()).ok();
                operating.record(method, time.as_ref());
            }
            let code = body.result_error.get(&name).and_then(|e| e.get("error"));
            if code.and_then(Value::as_str) == Some("OPERATION_TIME_LIMIT") {
                operating.spent(method);
            }
        }
        let mut secrets = self.client.secrets(None, &[]);
        secrets.extend(self.secrets.iter().cloned());
        Ok(BatchResults {
            body,
            methods: self.commands.iter().map(|(m, _)| *m).collect(),
            secrets,
        })
    }
}

fn key(index: usize) -> String {
    format!("c{index}")
}

/// The `result` of `batch`: maps keyed by command. The portal sends an empty
/// list (`[]`) for an empty map, so each is read as any JSON value.
#[derive(Debug, Default, serde::Deserialize)]
struct BatchBody {
    #[serde(default)]
    result: Value,
    #[serde(default)]
    result_error: Value,
    /// Each command's `time` block, under its key.
    #[serde(default)]
    result_time: Value,
    /// A list command's `total`, under its key.
    #[serde(default)]
    result_total: Value,
    /// A list command's `next`, under its key.
    #[serde(default)]
    result_next: Value,
}

/// What a batch returned: each command's result or error.
#[derive(Debug)]
pub struct BatchResults {
    body: BatchBody,
    methods: Vec<&'static str>,
    /// Credentials to keep out of the errors handed back.
    secrets: Vec<Secret>,
}

impl BatchResults {
    /// The typed result or error of one command.
    pub fn get<M: Method>(&self, key: BatchKey<M>) -> Result<M::Output, Error<M::Error>> {
        let name = self::key(key.index);
        let method = self.methods.get(key.index).copied().unwrap_or(M::NAME);
        if let Some(error) = self.body.result_error.get(&name) {
            let code = error
                .get("error")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let error = M::Error::from_code(code);
            let description = self.body.result_error[&name]
                .get("error_description")
                .and_then(Value::as_str)
                .map(str::to_owned);
            let status = error.status().unwrap_or(200);
            let error = Error::Api {
                method,
                error,
                status,
                description,
            };
            return Err(super::scrub::error(error, &self.secrets));
        }
        match self.body.result.get(&name) {
            Some(value) => serde_json::from_value(value.clone()).or_else(|e| {
                // PHP's `[]` for an object output with no field set.
                if let Some(result) = crate::de::empty_list_as_object(value) {
                    return Ok(result);
                }
                let error = Error::Decode {
                    method,
                    status: 200,
                    reason: e.to_string(),
                    body: value.to_string(),
                };
                Err(super::scrub::error(error, &self.secrets))
            }),
            None => Err(Error::NotRun { method }),
        }
    }

    /// [`get`](Self::get) with the command's whole response: its `time`
    /// block and, for a list method, `total` and `next` (the batch's
    /// `result_total` and `result_next`).
    pub fn get_response<M: Method>(
        &self,
        key: BatchKey<M>,
    ) -> Result<crate::Response<M::Output>, Error<M::Error>> {
        let result = self.get(key)?;
        let name = self::key(key.index);
        let number = |member: &Value| member.get(&name).and_then(Value::as_i64);
        Ok(crate::Response {
            result,
            time: self
                .body
                .result_time
                .get(&name)
                .and_then(|t| serde_json::from_value(t.clone()).ok()),
            total: number(&self.body.result_total),
            next: number(&self.body.result_next),
        })
    }
}
