//! Who the client calls as: an incoming webhook or an OAuth token, and the
//! refresh of OAuth tokens.

use super::error::{ConfigError, RefreshError};
use super::transport::{HttpRequest, TransportError, TransportRef};
use crate::Secret;
use crate::schema::Api;
use serde::Deserialize;
use std::future::Future;
use std::pin::Pin;

/// A boxed future, as returned by [`RefreshTokens::refresh`].
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// How calls are authorized.
#[derive(Debug)]
pub(crate) enum Auth {
    /// `https://{portal}/rest/{user_id}/{secret}/{method}`
    Webhook {
        /// `https://{portal}/rest/{user_id}/{secret}/`
        base: Secret,
        /// The same with the secret masked, for messages.
        shown: String,
    },
    /// `https://{portal}/rest/{method}` with `auth` in the body.
    OAuth {
        /// `https://{portal}/rest/`
        base: String,
        tokens: std::sync::RwLock<OAuthTokens>,
    },
}

impl Auth {
    pub(crate) fn webhook(url: &str) -> Result<Auth, ConfigError> {
        const SHAPE: &str =
            "expected an incoming webhook URL such as https://portal.bitrix24.com/rest/1/<secret>/";
        let shape = |reason: &str| ConfigError::Url {
            url: match url.trim() {
                "" => "\"\"".to_owned(),
                _ => format!("{:?}", mask_webhook(url)),
            },
            reason: format!("{reason}; {SHAPE}"),
        };
        if url.trim().is_empty() {
            return Err(shape("the URL is empty"));
        }
        if !url.contains("://") {
            return Err(shape("it has no scheme (https://)"));
        }
        let parsed = parse(url, &mask_webhook(url)).map_err(|e| match e {
            ConfigError::Url { url, reason } if !reason.contains(SHAPE) => ConfigError::Url {
                url,
                reason: format!("{reason}; {SHAPE}"),
            },
            other => other,
        })?;
        let segments: Vec<&str> = parsed
            .path_segments()
            .map(|s| s.filter(|p| !p.is_empty()).collect())
            .unwrap_or_default();
        let shown = mask_webhook(url);
        let bad = |reason: &str| ConfigError::Url {
            url: shown.clone(),
            reason: reason.to_owned(),
        };
        let n = segments.len();
        if n < 3 || segments[n - 3] != "rest" {
            return Err(bad(
                "expected an incoming webhook URL such as https://portal.bitrix24.com/rest/1/<secret>/",
            ));
        }
        if segments[n - 2].parse::<u64>().is_err() {
            return Err(bad(
                "the segment after /rest/ must be the user id, a number",
            ));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(bad("a webhook URL has no query or fragment"));
        }
        let mut base = format!("{}://{}", parsed.scheme(), host_port(&parsed));
        for s in &segments {
            base.push('/');
            base.push_str(s);
        }
        base.push('/');
        let shown = mask_webhook(&base);
        Ok(Auth::Webhook {
            base: Secret::new(base),
            shown,
        })
    }

    pub(crate) fn oauth(portal: &str, tokens: OAuthTokens) -> Result<Auth, ConfigError> {
        let parsed = parse(portal, portal)?;
        // Accept `https://portal.bitrix24.com`, `.../` or `.../rest/`.
        let path = parsed.path().trim_end_matches('/');
        let path = path.strip_suffix("/rest").unwrap_or(path);
        let base = format!("{}://{}{}/rest/", parsed.scheme(), host_port(&parsed), path);
        Ok(Auth::OAuth {
            base,
            tokens: std::sync::RwLock::new(tokens),
        })
    }

    /// The URL of a method of `api`: REST 3.0 answers under `/rest/api/`.
    pub(crate) fn url(&self, method: &str, api: Api) -> String {
        let base = match self {
            Auth::Webhook { base, .. } => base.expose(),
            Auth::OAuth { base, .. } => base.as_str(),
        };
        match api {
            Api::V2 => format!("{base}{method}"),
            Api::V3 => format!("{}{method}", v3_base(base)),
        }
    }

    /// The URL of a method with secrets masked, for messages and spans
    /// (of the classic API).
    pub(crate) fn shown_url(&self, method: &str) -> String {
        match self {
            Auth::Webhook { shown, .. } => format!("{shown}{method}"),
            Auth::OAuth { base, .. } => format!("{base}{method}"),
        }
    }

    /// Every credential the client holds for this auth: the webhook's
    /// secret segment, or the current OAuth access and refresh tokens.
    pub(crate) fn secrets(&self) -> Vec<Secret> {
        match self {
            Auth::Webhook { base, .. } => {
                // `.../rest/{user}/{secret}/`: the last segment.
                let path = base.expose().trim_end_matches('/');
                path.rsplit('/')
                    .next()
                    .map(Secret::new)
                    .into_iter()
                    .collect()
            }
            Auth::OAuth { tokens, .. } => {
                let tokens = read(tokens);
                std::iter::once(tokens.access_token.clone())
                    .chain(tokens.refresh_token.clone())
                    .collect()
            }
        }
    }

    /// The current access token (OAuth only).
    pub(crate) fn access_token(&self) -> Option<Secret> {
        match self {
            Auth::OAuth { tokens, .. } => Some(read(tokens).access_token.clone()),
            Auth::Webhook { .. } => None,
        }
    }

    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Auth::Webhook { .. } => "webhook",
            Auth::OAuth { .. } => "oauth",
        }
    }
}

pub(crate) fn read(
    tokens: &std::sync::RwLock<OAuthTokens>,
) -> std::sync::RwLockReadGuard<'_, OAuthTokens> {
    tokens
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn parse(url: &str, shown: &str) -> Result<url::Url, ConfigError> {
    let parsed = url::Url::parse(url).map_err(|e| ConfigError::Url {
        url: shown.to_owned(),
        reason: e.to_string(),
    })?;
    match parsed.scheme() {
        "https" => {}
        "http" if is_loopback(&parsed) => {}
        "http" => {
            return Err(ConfigError::Insecure {
                url: shown.to_owned(),
            });
        }
        other => {
            return Err(ConfigError::Url {
                url: shown.to_owned(),
                reason: format!("scheme `{other}`; expected https"),
            });
        }
    }
    if parsed.host().is_none() {
        return Err(ConfigError::Url {
            url: shown.to_owned(),
            reason: "no host".into(),
        });
    }
    Ok(parsed)
}

/// A base URL (`https://portal/rest/1/secret/`, `https://portal/rest/`)
/// with REST 3.0's `api/` after its last `/rest/`.
fn v3_base(base: &str) -> String {
    match base.rfind("/rest/") {
        Some(at) => format!("{}/rest/api/{}", &base[..at], &base[at + "/rest/".len()..]),
        None => format!("{base}api/"),
    }
}

fn host_port(url: &url::Url) -> String {
    let host = match url.host() {
        Some(url::Host::Ipv6(ip)) => format!("[{ip}]"),
        Some(h) => h.to_string(),
        None => String::new(),
    };
    match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host,
    }
}

fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Masks the secret of a webhook URL: `.../rest/1/***/`. When the segment
/// after `/rest/` is not a user id, the URL is malformed and that segment may
/// itself be the secret, so everything after `/rest/` is masked.
pub(crate) fn mask_webhook(url: &str) -> String {
    let Some(rest) = url.find("/rest/") else {
        return "<webhook URL>".to_owned();
    };
    let after = &url[rest + "/rest/".len()..];
    let mut parts = after.splitn(3, '/');
    let user = parts.next().unwrap_or("");
    if user.is_empty() || !user.bytes().all(|b| b.is_ascii_digit()) {
        return format!("{}/rest/***", &url[..rest]);
    }
    match parts.next() {
        Some(_secret) => {
            let tail = parts.next().map(|t| format!("/{t}")).unwrap_or_default();
            format!("{}/rest/{user}/***{tail}", &url[..rest])
        }
        None => format!("{}/rest/{user}", &url[..rest]),
    }
}

/// An OAuth token pair, as the authorization server returns it.
///
/// `Debug` masks both tokens.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct OAuthTokens {
    /// The token sent as `auth` with each call; lives an hour.
    pub access_token: Secret,
    /// The token that buys a new pair; lives 180 days.
    pub refresh_token: Option<Secret>,
    /// When the access token expires, as a Unix timestamp.
    #[serde(default)]
    pub expires: Option<i64>,
    /// The portal's REST address, such as `https://portal.bitrix24.com/rest/`.
    #[serde(default)]
    pub client_endpoint: Option<String>,
    /// The portal's unique id.
    #[serde(default)]
    pub member_id: Option<String>,
    /// Comma-separated scopes granted.
    #[serde(default)]
    pub scope: Option<String>,
}

impl OAuthTokens {
    /// A pair from stored tokens.
    pub fn new(access_token: impl Into<Secret>, refresh_token: impl Into<Secret>) -> Self {
        OAuthTokens {
            access_token: access_token.into(),
            refresh_token: Some(refresh_token.into()),
            expires: None,
            client_endpoint: None,
            member_id: None,
            scope: None,
        }
    }

    /// An access token alone, which cannot be refreshed.
    pub fn access_only(access_token: impl Into<Secret>) -> Self {
        OAuthTokens {
            refresh_token: None,
            ..OAuthTokens::new(access_token, "")
        }
    }
}

/// Exchanges a refresh token for a new pair. The client calls it once when a
/// call fails with `expired_token`, however many calls failed at once, and
/// lends it the client's own transport: a hook that talks HTTP sends
/// through `http`, so the refresh goes out the way every call does.
pub trait RefreshTokens: Send + Sync {
    /// Returns a new pair for `current`.
    fn refresh<'a>(
        &'a self,
        current: &'a OAuthTokens,
        http: TransportRef<'a>,
    ) -> BoxFuture<'a, Result<OAuthTokens, RefreshError>>;
}

/// The documented refresh endpoint: `POST https://oauth.bitrix.info/oauth/token/`
/// with `grant_type=refresh_token`, the application's `client_id` and
/// `client_secret`, and the refresh token. All of them travel in the POST
/// body, never in the URL. The request goes through the client's transport.
pub struct OAuthServer {
    endpoint: String,
    client_id: String,
    client_secret: Secret,
}

impl std::fmt::Debug for OAuthServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthServer")
            .field("endpoint", &self.endpoint)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

impl OAuthServer {
    /// The Bitrix24 authorization server for cloud portals.
    pub const ENDPOINT: &'static str = "https://oauth.bitrix.info/oauth/token/";

    /// A refresher for the application `client_id` / `client_secret`.
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        OAuthServer {
            endpoint: Self::ENDPOINT.to_owned(),
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }

    /// Uses another authorization server (an on-premise portal, or a test
    /// server). HTTPS only, except loopback hosts.
    pub fn with_endpoint(mut self, endpoint: &str) -> Result<Self, ConfigError> {
        parse(endpoint, endpoint)?;
        self.endpoint = endpoint.to_owned();
        Ok(self)
    }
}

impl RefreshTokens for OAuthServer {
    fn refresh<'a>(
        &'a self,
        current: &'a OAuthTokens,
        http: TransportRef<'a>,
    ) -> BoxFuture<'a, Result<OAuthTokens, RefreshError>> {
        Box::pin(async move {
            let Some(refresh) = &current.refresh_token else {
                return Err(RefreshError::NotConfigured(
                    "the client holds no refresh token".into(),
                ));
            };
            let body = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("grant_type", "refresh_token")
                .append_pair("client_id", &self.client_id)
                .append_pair("client_secret", self.client_secret.expose())
                .append_pair("refresh_token", refresh.expose())
                .finish();
            let response = http
                .send(HttpRequest {
                    url: self.endpoint.clone(),
                    content_type: "application/x-www-form-urlencoded",
                    body: body.into_bytes(),
                })
                .await
                .map_err(|e| {
                    RefreshError::Failed(match e {
                        TransportError::Connect(why) => format!("could not connect: {why}"),
                        TransportError::NoAnswer(why) => format!("no complete answer: {why}"),
                    })
                })?;
            let text = String::from_utf8_lossy(&response.body);
            #[derive(Deserialize)]
            struct Refused {
                error: String,
                #[serde(default)]
                error_description: Option<String>,
            }
            // What the server says may quote what it was sent.
            let sent = [&self.client_secret, refresh, &current.access_token];
            if let Ok(refused) = serde_json::from_str::<Refused>(&text) {
                return Err(RefreshError::Rejected {
                    code: refused.error,
                    description: refused
                        .error_description
                        .map(|d| crate::secret::scrub(&d, &sent)),
                });
            }
            serde_json::from_str::<OAuthTokens>(&text).map_err(|e| {
                RefreshError::Failed(crate::secret::scrub(
                    &format!("unexpected answer: {e}"),
                    &sent,
                ))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhook_urls_are_parsed_and_masked() {
        let auth = Auth::webhook("https://portal.bitrix24.com/rest/1/s3cr3t").unwrap();
        assert_eq!(
            auth.url("imbot.v2.Chat.add", Api::V2),
            "https://portal.bitrix24.com/rest/1/s3cr3t/imbot.v2.Chat.add"
        );
        // REST 3.0 answers under /rest/api/, for a webhook and a portal alike.
        assert_eq!(
            auth.url("tasks.task.get", Api::V3),
            "https://portal.bitrix24.com/rest/api/1/s3cr3t/tasks.task.get"
        );
        assert_eq!(
            v3_base("https://portal.example/b24/rest/"),
            "https://portal.example/b24/rest/api/"
        );
        assert_eq!(
            auth.shown_url("im.chat.add"),
            "https://portal.bitrix24.com/rest/1/***/im.chat.add"
        );
        assert!(!format!("{auth:?}").contains("s3cr3t"));
    }

    #[test]
    fn an_empty_or_schemeless_webhook_url_shows_what_one_looks_like() {
        let shape =
            "expected an incoming webhook URL such as https://portal.bitrix24.com/rest/1/<secret>/";
        let err = Auth::webhook("").unwrap_err().to_string();
        assert_eq!(
            err,
            format!("invalid portal URL \"\": the URL is empty; {shape}")
        );
        let err = Auth::webhook("portal.bitrix24.com/rest/1/s3cr3t/")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            format!(
                "invalid portal URL \"portal.bitrix24.com/rest/1/***/\": it has no scheme (https://); {shape}"
            )
        );
        let err = Auth::webhook("https://").unwrap_err().to_string();
        assert!(err.ends_with(shape), "{err}");
        assert!(!err.contains("relative URL"), "{err}");
    }

    #[test]
    fn bad_webhook_urls_say_why_without_the_secret() {
        for (url, needle) in [
            ("http://portal.bitrix24.com/rest/1/s3cr3t/", "plain HTTP"),
            (
                "https://portal.bitrix24.com/1/s3cr3t/",
                "incoming webhook URL",
            ),
            ("https://portal.bitrix24.com/rest/abc/s3cr3t/", "user id"),
            ("ftp://portal.bitrix24.com/rest/1/s3cr3t/", "scheme"),
            ("not a url s3cr3t", "invalid portal URL"),
            // No user id: the segment after /rest/ may be the secret itself.
            (
                "https://portal.bitrix24.com/rest/s3cr3t/",
                "incoming webhook URL",
            ),
            (
                "https://portal.bitrix24.com/rest/s3cr3t",
                "incoming webhook URL",
            ),
        ] {
            let e = Auth::webhook(url).unwrap_err();
            let shown = format!("{e} {e:?}");
            assert!(shown.contains(needle), "{url}: {shown}");
            assert!(!shown.contains("s3cr3t"), "{url}: {shown}");
        }
        assert!(Auth::webhook("http://127.0.0.1:8080/rest/1/x/").is_ok());
        assert!(Auth::webhook("http://localhost/rest/1/x/").is_ok());
        assert!(Auth::webhook("http://[::1]:9/rest/1/x/").is_ok());
    }

    #[test]
    fn oauth_base_accepts_the_forms_users_paste() {
        for portal in [
            "https://p.bitrix24.com",
            "https://p.bitrix24.com/",
            "https://p.bitrix24.com/rest/",
        ] {
            let auth = Auth::oauth(portal, OAuthTokens::access_only("t")).unwrap();
            assert_eq!(
                auth.url("im.chat.add", Api::V2),
                "https://p.bitrix24.com/rest/im.chat.add"
            );
        }
    }
}
