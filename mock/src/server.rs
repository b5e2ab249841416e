//! The HTTP side: routes, authentication, limits, faults, `batch`, and the
//! OAuth token endpoint.

use crate::conn::ConnHandle;
use crate::faults;
use crate::methods;
use crate::params::{self, Params};
use crate::state::{Caller, Portal};
use crate::wire::{ApiError, time_block, unix_now};
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use bitrix24::schema::{Api, MethodInfo};
use serde_json::{Map, Value, json};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

/// The most commands one `batch` runs; the rest end in
/// `ERROR_BATCH_LENGTH_EXCEEDED`.
pub(crate) const BATCH_MAX_LENGTH: usize = 50;

/// Scopes every application has without asking: the event methods
/// (`event.bind` and the rest) belong to the portal's basic set.
const ALWAYS_GRANTED: &[&str] = &["event"];

/// What the server and the [`crate::Mock`] handle share.
#[derive(Debug)]
pub(crate) struct Shared {
    portal: Mutex<Portal>,
    /// `http://127.0.0.1:PORT`
    pub base_url: String,
    pub member_id: String,
    pub requests: AtomicU64,
    /// Posts raised events to their handlers.
    pub courier: crate::events::Courier,
}

impl Shared {
    pub(crate) fn new(portal: Portal, base_url: String, courier: crate::events::Courier) -> Self {
        Shared {
            portal: Mutex::new(portal),
            base_url,
            member_id: crate::state::random_hex(32),
            requests: AtomicU64::new(0),
            courier,
        }
    }

    /// The portal; a panic elsewhere while it was locked does not make it
    /// unusable.
    pub(crate) fn portal(&self) -> MutexGuard<'_, Portal> {
        self.portal.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/rest/{method}", any(oauth_call::<false>))
        .route("/rest/{method}/", any(oauth_call::<false>))
        .route("/rest/{user}/{secret}/{method}", any(webhook_call::<false>))
        .route(
            "/rest/{user}/{secret}/{method}/",
            any(webhook_call::<false>),
        )
        // REST 3.0 answers under /rest/api/.
        .route("/rest/api/{method}", any(oauth_call::<true>))
        .route(
            "/rest/api/{user}/{secret}/{method}",
            any(webhook_call::<true>),
        )
        .route("/oauth/token", any(oauth_token))
        .route("/oauth/token/", any(oauth_token))
        .fallback(not_found)
        // Avatars travel as base64 in the body.
        .layer(DefaultBodyLimit::max(64 * 1024 * 1024))
        .with_state(shared)
}

fn json_response(status: u16, body: &Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body.to_string(),
    )
        .into_response()
}

fn error_response(e: &ApiError) -> Response {
    json_response(e.status, &e.body())
}

/// An error as `api` writes it: REST 3.0 as an object.
fn error_in(api: Api, e: &ApiError) -> Response {
    match api {
        Api::V2 => error_response(e),
        Api::V3 => json_response(e.status, &e.body_v3()),
    }
}

async fn not_found(State(s): State<Arc<Shared>>) -> Response {
    s.requests.fetch_add(1, Ordering::Relaxed);
    error_response(&ApiError::method_not_found())
}

/// How the caller said who it is.
enum Auth {
    Webhook { user: String, secret: String },
    Token,
}

/// The API a route serves: REST 3.0 under `/rest/api/` (`V3`), the classic
/// one elsewhere.
const fn api_of(v3: bool) -> Api {
    if v3 { Api::V3 } else { Api::V2 }
}

async fn webhook_call<const V3: bool>(
    State(s): State<Arc<Shared>>,
    ConnectInfo(conn): ConnectInfo<ConnHandle>,
    path: Result<Path<(String, String, String)>, PathRejection>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    s.requests.fetch_add(1, Ordering::Relaxed);
    let api = api_of(V3);
    let Ok(Path((user, secret, method))) = path else {
        return error_in(api, &ApiError::system("NO_AUTH_FOUND"));
    };
    let call = Call {
        auth: Auth::Webhook { user, secret },
        api,
        method,
        query,
    };
    handle(s, conn, call, headers, body).await
}

async fn oauth_call<const V3: bool>(
    State(s): State<Arc<Shared>>,
    ConnectInfo(conn): ConnectInfo<ConnHandle>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    s.requests.fetch_add(1, Ordering::Relaxed);
    let api = api_of(V3);
    let Ok(Path(method)) = path else {
        return error_in(api, &ApiError::method_not_found());
    };
    let call = Call {
        auth: Auth::Token,
        api,
        method,
        query,
    };
    handle(s, conn, call, headers, body).await
}

/// What the URL says of a call: who makes it, to which API, which method,
/// and the query string.
struct Call {
    auth: Auth,
    api: Api,
    method: String,
    query: Option<String>,
}

/// What a URL's method name points at.
#[derive(Clone, Copy)]
enum Target {
    Batch,
    Method(&'static MethodInfo),
}

impl Target {
    fn name(&self) -> &'static str {
        match self {
            Target::Batch => "batch",
            Target::Method(info) => info.name,
        }
    }

    fn info(&self) -> Option<&'static MethodInfo> {
        match self {
            Target::Batch => None,
            Target::Method(info) => Some(info),
        }
    }
}

/// Finds a method by name. The portal lowercases method names before it
/// looks them up (and `batch` retries with the original spelling), so any
/// case works: `imbot.v2.Chat.add` as the docs spell it, or
/// `imbot.v2.chat.add`. A `.json` suffix picks the JSON transport, the
/// default; XML is not emulated.
/// REST 3.0 (`api`) serves its own methods only, and no `batch` of the
/// classic form.
fn resolve(name: &str, api: Api) -> Option<Target> {
    let name = name.trim();
    let name = if name.len() > 5 && name.to_ascii_lowercase().ends_with(".json") {
        &name[..name.len() - 5]
    } else {
        name
    };
    if name.eq_ignore_ascii_case("batch") && api == Api::V2 {
        return Some(Target::Batch);
    }
    bitrix24::METHODS
        .iter()
        .copied()
        .find(|m| m.api == api && m.name.eq_ignore_ascii_case(name))
        .map(Target::Method)
}

async fn handle(
    s: Arc<Shared>,
    conn: ConnHandle,
    url: Call,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Call {
        auth,
        api,
        method,
        query,
    } = url;
    let error_response = move |e: &ApiError| error_in(api, e);
    let start = unix_now();
    // Like the portal: an unknown method is reported before auth is looked at.
    let Some(target) = resolve(&method, api) else {
        return error_response(&ApiError::method_not_found());
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    // REST 3.0 reads JSON bodies only.
    let json = content_type.is_some_and(|t| t.contains("json"));
    if api == Api::V3 && !body.is_empty() && !json {
        return error_response(&ApiError {
            code: "BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION".into(),
            description: "REST 3.0 reads a JSON body (Content-Type: application/json)".into(),
            status: 400,
        });
    }
    let mut params = match params::read_request(query.as_deref(), content_type, &body) {
        Ok(p) => p,
        Err(e) => return error_response(&e),
    };
    let token = params.take_auth();
    let (caller, plan) = {
        let mut portal = s.portal();
        let caller = match &auth {
            Auth::Webhook { user, secret } => portal
                .webhook_caller(user, secret)
                .ok_or_else(|| ApiError::system("NO_AUTH_FOUND")),
            Auth::Token => portal
                .token_caller(token.as_deref())
                .map_err(ApiError::system),
        };
        let caller = match caller {
            Ok(c) => c,
            Err(e) => return error_response(&e),
        };
        if !portal.take_request(&caller.limit_key) {
            return error_response(&ApiError::system("QUERY_LIMIT_EXCEEDED"));
        }
        let plan = faults::plan(&mut portal.faults, target.name());
        (caller, plan)
    };
    // The work runs in its own task: like a PHP request, it finishes even
    // when the client hangs up.
    let worker = tokio::spawn(async move {
        if !plan.delay_before.is_zero() {
            tokio::time::sleep(plan.delay_before).await;
        }
        if plan.drop_before {
            // Nothing is done; the answer below is never sent.
            conn.kill();
            return error_response(&ApiError::system("INTERNAL_SERVER_ERROR"));
        }
        if let Some(code) = &plan.error_before {
            return error_response(&ApiError::of(target.info(), code));
        }
        let (status, body) = match target {
            Target::Batch => (200, run_batch(&s, &caller, params, start)),
            Target::Method(info) => match call(&s, &caller, info, params.map, start) {
                Ok((done, time)) => {
                    let mut body = json!({ "result": done.result, "time": time });
                    if let Some(total) = done.total {
                        body["total"] = json!(total);
                    }
                    if let Some(next) = done.next {
                        body["next"] = json!(next);
                    }
                    (200, body)
                }
                Err(e) => (
                    e.status,
                    match api {
                        Api::V2 => e.body(),
                        Api::V3 => e.body_v3(),
                    },
                ),
            },
        };
        if !plan.delay_after.is_zero() {
            tokio::time::sleep(plan.delay_after).await;
        }
        if let Some(code) = &plan.error_after {
            return error_response(&ApiError::of(target.info(), code));
        }
        if plan.drop_connection {
            conn.kill();
        }
        json_response(status, &body)
    });
    match worker.await {
        Ok(response) => response,
        Err(_) => error_response(&ApiError::system("INTERNAL_SERVER_ERROR")),
    }
}

/// Whether a caller granted `scopes` may call the method: it needs any one
/// of its permissions (the page's "Scope:" line: `task` for `tasks.*`, any
/// of `user`, `user_brief`, `user_basic` for `user.get`).
fn permitted(info: &MethodInfo, scopes: &[String]) -> bool {
    ALWAYS_GRANTED.iter().any(|s| info.permitted_by(s))
        || scopes.iter().any(|s| info.permitted_by(s))
}

/// One method call, from the scope check on: what a top-level call and each
/// `batch` command go through.
fn call(
    s: &Shared,
    caller: &Caller,
    info: &'static MethodInfo,
    params: Map<String, Value>,
    start: f64,
) -> Result<(methods::Done, Value), ApiError> {
    let mut portal = s.portal();
    if !permitted(info, &caller.scopes) {
        return Err(ApiError::of(Some(info), "insufficient_scope"));
    }
    if portal
        .denied
        .contains(&(caller.user_id, info.name.to_owned()))
    {
        return Err(ApiError::of(Some(info), "INVALID_CREDENTIALS"));
    }
    if !portal.operating_allows(&caller.limit_key, info.name) {
        return Err(ApiError::of(Some(info), "OPERATION_TIME_LIMIT"));
    }
    let processing_start = unix_now();
    let clock = Instant::now();
    let outcome = methods::run(&mut portal, info, caller, params, &s.base_url);
    for out in crate::events::outgoing(&mut portal, &s.base_url, &s.member_id) {
        s.courier.send(out);
    }
    let measured = clock.elapsed().as_secs_f64();
    let operating = portal.record_operating(&caller.limit_key, info.name, measured);
    let result = outcome?;
    let time = time_block(start, processing_start, unix_now(), Some(operating));
    Ok((result, time))
}

/// `batch`: runs `cmd` in order, collects results and errors per command.
/// The page: at most 50 commands (the rest end in
/// `ERROR_BATCH_LENGTH_EXCEEDED`), no `batch` inside `batch`
/// (`ERROR_BATCH_METHOD_NOT_ALLOWED`), `halt` stops at the first error, and
/// the call itself answers 200 whatever its commands did.
fn run_batch(s: &Shared, caller: &Caller, params: Params, start: f64) -> Value {
    let halt = params::php_truthy(get_ci(&params.map, "halt"));
    let commands: Vec<(String, Value)> = match get_ci(&params.map, "cmd") {
        Some(Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), v.clone()))
            .collect(),
        Some(Value::Object(map)) => {
            let mut out: Vec<(String, Value)> = params
                .cmd_order
                .iter()
                .filter_map(|k| map.get(k).map(|v| (k.clone(), v.clone())))
                .collect();
            for (k, v) in map {
                if !out.iter().any(|(seen, _)| seen == k) {
                    out.push((k.clone(), v.clone()));
                }
            }
            out
        }
        _ => Vec::new(),
    };
    let mut results: Vec<(String, Value)> = Vec::new();
    let mut errors: Vec<(String, Value)> = Vec::new();
    let mut times: Vec<(String, Value)> = Vec::new();
    let mut totals: Vec<(String, Value)> = Vec::new();
    let mut nexts: Vec<(String, Value)> = Vec::new();
    let mut done = Map::new();
    for (i, (key, command)) in commands.into_iter().enumerate() {
        let outcome = if i >= BATCH_MAX_LENGTH {
            Err(ApiError::system("ERROR_BATCH_LENGTH_EXCEEDED"))
        } else {
            batch_command(s, caller, &command, &done)
        };
        match outcome {
            Ok((outcome, time)) => {
                done.insert(key.clone(), outcome.result.clone());
                results.push((key.clone(), outcome.result));
                if let Some(total) = outcome.total {
                    totals.push((key.clone(), json!(total)));
                }
                if let Some(next) = outcome.next {
                    nexts.push((key.clone(), json!(next)));
                }
                times.push((key, time));
            }
            Err(e) => {
                errors.push((key, e.body()));
                if halt {
                    break;
                }
            }
        }
    }
    let result = json!({
        "result": crate::wire::php_array(results),
        "result_error": crate::wire::php_array(errors),
        "result_total": crate::wire::php_array(totals),
        "result_next": crate::wire::php_array(nexts),
        "result_time": crate::wire::php_array(times),
    });
    // The outer call is not counted in any method's `operating` (limits page).
    let time = time_block(start, start, unix_now(), None);
    json!({ "result": result, "time": time })
}

fn get_ci<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    map.get(name).or_else(|| {
        map.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    })
}

/// One `method?query` command of a batch.
fn batch_command(
    s: &Shared,
    caller: &Caller,
    command: &Value,
    done: &Map<String, Value>,
) -> Result<(methods::Done, Value), ApiError> {
    let Value::String(command) = command else {
        return Err(ApiError::argument(
            "A batch command must be a string: method?param=value",
        ));
    };
    let (method, query) = command.split_once('?').unwrap_or((command, ""));
    // A batch carries classic methods only.
    let target = resolve(method, Api::V2).ok_or_else(ApiError::method_not_found)?;
    let info = match target {
        Target::Batch => return Err(ApiError::system("ERROR_BATCH_METHOD_NOT_ALLOWED")),
        Target::Method(info) => info,
    };
    let mut params = params::parse_form(query.as_bytes()).map;
    params.remove("auth");
    let params = params
        .into_iter()
        .map(|(k, v)| (k, substitute(v, done)))
        .collect();
    call(s, caller, info, params, unix_now())
}

/// Replaces `$result[cmd][field]...` references with what earlier commands
/// returned. A value that is a reference and nothing else takes the
/// referenced value as it is (a list stays a list); inside longer text, the
/// referenced scalar is spliced in.
fn substitute(value: Value, done: &Map<String, Value>) -> Value {
    match value {
        Value::String(s) if s.contains("$result[") => {
            if let Some((found, rest)) = reference(&s, done)
                && rest.is_empty()
            {
                return found;
            }
            let mut out = String::new();
            let mut rest = s.as_str();
            while let Some(pos) = rest.find("$result[") {
                out.push_str(&rest[..pos]);
                match reference(&rest[pos..], done) {
                    Some((found, after)) => {
                        out.push_str(&scalar_text(&found));
                        rest = after;
                    }
                    None => {
                        out.push_str("$result[");
                        rest = &rest[pos + "$result[".len()..];
                    }
                }
            }
            out.push_str(rest);
            Value::String(out)
        }
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| substitute(v, done)).collect())
        }
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, substitute(v, done)))
                .collect(),
        ),
        other => other,
    }
}

/// Reads one `$result[a][b]...` at the start of `text`: the value it points
/// at (null when nothing is there) and the text after it.
fn reference<'t>(text: &'t str, done: &Map<String, Value>) -> Option<(Value, &'t str)> {
    let mut rest = text.strip_prefix("$result")?;
    let mut path = Vec::new();
    while let Some(inner) = rest.strip_prefix('[') {
        let close = inner.find(']')?;
        path.push(&inner[..close]);
        rest = &inner[close + 1..];
    }
    let (first, tail) = path.split_first()?;
    let mut current = done.get(*first);
    for segment in tail {
        current = match current {
            Some(Value::Object(map)) => map.get(*segment),
            Some(Value::Array(items)) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        };
    }
    Some((current.cloned().unwrap_or(Value::Null), rest))
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(true) => "1".to_owned(),
        Value::Bool(false) => String::new(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The OAuth server's token endpoint, on the same port:
/// `/oauth/token/?grant_type=refresh_token&client_id=..&client_secret=..&refresh_token=..`
/// (GET or POST, query or form body).
async fn oauth_token(
    State(s): State<Arc<Shared>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    s.requests.fetch_add(1, Ordering::Relaxed);
    let oauth_error = |status: u16, code: &str, description: &str| {
        json_response(
            status,
            &json!({ "error": code, "error_description": description }),
        )
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let Ok(params) = params::read_request(query.as_deref(), content_type, &body) else {
        return oauth_error(400, "invalid_request", "The request could not be read");
    };
    let text = |name: &str| match params.map.get(name) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => None,
    };
    if text("grant_type").as_deref() != Some("refresh_token") {
        return oauth_error(
            400,
            "invalid_request",
            "The emulator supports grant_type=refresh_token",
        );
    }
    let (Some(client_id), Some(client_secret), Some(refresh)) = (
        text("client_id"),
        text("client_secret"),
        text("refresh_token"),
    ) else {
        return oauth_error(
            400,
            "invalid_request",
            "client_id, client_secret and refresh_token are required",
        );
    };
    let mut portal = s.portal();
    let client_ok = portal
        .apps
        .get(&client_id)
        .is_some_and(|app| app.client_secret.expose() == client_secret);
    if !client_ok {
        return oauth_error(401, "invalid_client", "Invalid client data");
    }
    let now = unix_now();
    let valid = portal
        .refresh_tokens
        .get(&refresh)
        .filter(|r| r.client_id == client_id && now < r.expires_at)
        .cloned();
    let Some(old) = valid else {
        return oauth_error(400, "invalid_grant", "Invalid refresh token");
    };
    portal.refresh_tokens.remove(&refresh);
    let pair = portal.issue_token(&client_id, old.user_id, old.scopes.clone(), None);
    let lifetime = portal.token_lifetime.as_secs();
    let host = s.base_url.trim_start_matches("http://").to_owned();
    let endpoint = format!("{}/rest/", s.base_url);
    json_response(
        200,
        &json!({
            "access_token": pair.access_token.expose(),
            "client_endpoint": endpoint,
            "domain": host,
            "expires": (now as u64) + lifetime,
            "expires_in": lifetime,
            "member_id": s.member_id,
            "refresh_token": pair.refresh_token.expose(),
            "scope": pair.scopes.join(","),
            "server_endpoint": endpoint,
            "status": "L",
            "user_id": pair.user_id,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_one_of_the_permissions_lets_a_caller_in() {
        let scopes = |names: &[&str]| names.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        static USER_GET: MethodInfo =
            MethodInfo::new("user.get", "user").permissions(&["user", "user_brief", "user_basic"]);
        assert!(permitted(&USER_GET, &scopes(&["crm", "user_basic"])));
        assert!(!permitted(&USER_GET, &scopes(&["crm", "users"])));
        // `task` is what `tasks.*` needs, not the method's first segment.
        static TASK_ADD: MethodInfo =
            MethodInfo::new("tasks.task.add", "tasks").permissions(&["task"]);
        assert!(permitted(&TASK_ADD, &scopes(&["task"])));
        assert!(!permitted(&TASK_ADD, &scopes(&["tasks"])));
        static BIND: MethodInfo = MethodInfo::new("event.bind", "event");
        assert!(permitted(&BIND, &[]));
        // Every generated method lists at least one permission, and each of
        // them lets a caller in.
        for m in bitrix24::METHODS {
            assert!(!m.permissions.is_empty(), "{}", m.name);
            for p in m.permissions {
                assert!(permitted(m, &scopes(&[p])), "{} by {p}", m.name);
            }
        }
        assert_eq!(
            bitrix24::schema::MethodInfo::find("tasks.task.add").map(|m| m.permissions),
            Some(&["task"][..])
        );
    }

    #[test]
    fn method_names_resolve_in_any_case_with_or_without_json() {
        assert_eq!(
            resolve("imbot.v2.Chat.add", Api::V2).map(|t| t.name()),
            Some("imbot.v2.Chat.add")
        );
        assert_eq!(
            resolve("IMBOT.V2.CHAT.ADD.json", Api::V2).map(|t| t.name()),
            Some("imbot.v2.Chat.add")
        );
        assert_eq!(
            resolve("im.chat.add.JSON", Api::V2).map(|t| t.name()),
            Some("im.chat.add")
        );
        assert_eq!(resolve("Batch", Api::V2).map(|t| t.name()), Some("batch"));
        assert!(resolve("im.chat.add.xml", Api::V2).is_none());
        assert!(resolve(".json", Api::V2).is_none());
        assert!(resolve("no.such.method", Api::V2).is_none());
        assert_eq!(
            resolve("USER.CURRENT", Api::V2).map(|t| t.name()),
            Some("user.current")
        );
        // REST 3.0 serves its own methods only, and no classic batch.
        assert!(resolve("im.chat.add", Api::V3).is_none());
        assert!(resolve("batch", Api::V3).is_none());
    }

    #[test]
    fn batch_references_read_earlier_results() {
        let mut done = Map::new();
        done.insert("a".into(), json!({ "ID": 7, "LIST": [1, 2], "NAME": "x" }));
        done.insert("b".into(), json!(42));
        assert_eq!(substitute(json!("$result[b]"), &done), json!(42));
        assert_eq!(substitute(json!("$result[a][LIST]"), &done), json!([1, 2]));
        assert_eq!(
            substitute(json!("id $result[a][ID]!"), &done),
            json!("id 7!")
        );
        assert_eq!(substitute(json!("$result[a][LIST][1]"), &done), json!(2));
        assert_eq!(substitute(json!("$result[zz]"), &done), Value::Null);
        assert_eq!(
            substitute(json!("$result[oops"), &done),
            json!("$result[oops")
        );
    }
}
