//! `b24 events listen`: a handler on loopback that prints each verified
//! event as one JSON line (`{"event", "scope", "ts", "data"}`), its data
//! typed by the schema when the event is known, with every token shown as
//! `***`. Refused bodies are answered as the handler does and noted on
//! stderr.

use crate::exit::{Class, Failure};
use bitrix24::Secret;
use bitrix24::events::{EventSet, HandlerError, Incoming, redact};
use serde_json::{Value, json};
use std::io::Write;

/// One event as the line `listen` prints.
pub fn line(incoming: &Incoming) -> Value {
    let scope = bitrix24::schema::event(&incoming.event).map(|e| e.scope);
    // The data as its scope's type reads it (numbers as numbers, `1`/`0`
    // as booleans), or as sent for an event the schema does not know.
    let typed = match scope {
        Some("imbot") => incoming
            .event::<bitrix24::imbot::Event>()
            .ok()
            .and_then(|e| e.to_data().ok()),
        Some("im") => incoming
            .event::<bitrix24::im::Event>()
            .ok()
            .and_then(|e| e.to_data().ok()),
        _ => None,
    };
    let data = typed.unwrap_or_else(|| incoming.data.clone());
    json!({
        "event": incoming.event,
        "scope": scope,
        "ts": incoming.ts,
        "data": redact(&data),
    })
}

/// Serves POST `/` on 127.0.0.1:`port` until the process ends; the address
/// is written to stderr first (`listening on http://127.0.0.1:PORT/`).
pub fn run(port: u16, token: Secret) -> Result<(), Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(Class::Config, format!("cannot start: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| {
                Failure::new(Class::Config, format!("cannot listen on port {port}: {e}"))
            })?;
        let addr = listener
            .local_addr()
            .map_err(|e| Failure::new(Class::Config, e.to_string()))?;
        eprintln!("listening on http://{addr}/");
        let app = bitrix24::events::router(token, |event: Raw, incoming: Incoming| async move {
            let _ = event;
            let text = line(&incoming).to_string();
            let mut out = std::io::stdout().lock();
            writeln!(out, "{text}").and_then(|()| out.flush())?;
            Ok::<(), HandlerError>(())
        });
        axum::serve(listener, app)
            .await
            .map_err(|e| Failure::new(Class::Config, format!("the server stopped: {e}")))
    })
}

/// Takes every event as it is; [`line`] types it by its own scope.
struct Raw;

impl EventSet for Raw {
    const NAMES: &'static [&'static str] = &[];
    fn name(&self) -> &str {
        ""
    }
    fn from_data(_: &str, _: Value) -> Result<Self, serde_json::Error> {
        Ok(Raw)
    }
    fn to_data(&self) -> Result<Value, serde_json::Error> {
        Ok(Value::Null)
    }
}
