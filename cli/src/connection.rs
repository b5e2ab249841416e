//! Where and how to call: the portal's URL, the token and the bot token
//! from the flags or the environment, checked against the method's auth
//! modes, and the client built from them.

use crate::call::flag_used;
use crate::command::{DEFAULT_RETRIES, ENV_BOT_TOKEN, ENV_TOKEN, ENV_URL, Plan, mode_name};
use crate::exit::{Class, Failure, mask_url, webhook_secret};
use crate::ty::Note;
use bitrix24::client::{ClientBuilder, OAuthTokens, ReqwestTransport};
use bitrix24::schema::{AuthMode, MethodInfo};
use clap::ArgMatches;
use clap::parser::ValueSource;
use serde_json::{Map, Value};
use std::time::Duration;

/// Where and how to call, read from the flags and the environment.
#[derive(Debug)]
pub struct Connection {
    url: String,
    token: Option<String>,
    pub(crate) bot_token: Option<String>,
    pub(crate) mode: AuthMode,
    timeout: Option<u64>,
    retries: u32,
}

impl Connection {
    /// Reads the connection flags and checks them against the method: a URL
    /// is given, a token goes with a portal address (not a webhook URL), the
    /// method accepts the auth mode, and the bot token is there when the
    /// method needs it.
    pub fn new(
        plan: &Plan,
        matches: &ArgMatches,
        params: &Map<String, Value>,
        notes: &mut Vec<Note>,
    ) -> Result<Connection, Failure> {
        let method = plan.method;
        let params_flag = flag_used(plan);
        let text = |id: &str| {
            matches
                .get_one::<String>(id)
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
        };
        let Some(url) = text("url") else {
            return Err(Failure::config(format!(
                "no portal to call: give --url or set {ENV_URL} to an incoming webhook URL \
                 (https://{{portal}}/rest/{{user_id}}/{{secret}}/), or with --token / {ENV_TOKEN} \
                 the portal's address"
            )));
        };
        let token = text("token");
        let mode = if token.is_some() {
            if webhook_secret(&url).is_some() {
                return Err(Failure::config(format!(
                    "an OAuth token (--token or {ENV_TOKEN}) was given with a webhook URL ({}); \
                     a webhook URL carries its own secret: drop the token, or give the portal's \
                     address (https://portal.bitrix24.com) with the token",
                    mask_url(&url)
                )));
            }
            AuthMode::Oauth
        } else {
            AuthMode::Webhook
        };
        if !method.auth.contains(&mode) {
            let accepted: Vec<&str> = method.auth.iter().map(|m| mode_name(*m)).collect();
            return Err(Failure::config(format!(
                "{} does not accept {} auth; it accepts {}",
                method.name,
                mode_name(mode),
                accepted.join(", ")
            )));
        }
        let bot_token = if plan.bot_token.is_some() {
            text("bot-token")
        } else {
            None
        };
        if let Some(p) = plan.bot_token {
            let given = bot_token.is_some() || params.contains_key(p.name);
            if mode == AuthMode::Webhook && !given {
                return Err(Failure::config(format!(
                    "{} needs the bot's token with webhook auth: give --bot-token or set \
                     {ENV_BOT_TOKEN} (or `{}` in {params_flag})",
                    method.name, p.name
                )));
            }
            if mode == AuthMode::Oauth
                && matches.value_source("bot-token") == Some(ValueSource::CommandLine)
            {
                notes.push(Note(
                    "--bot-token is not sent with OAuth auth, which does not need it".into(),
                ));
            }
        }
        for p in method.params {
            if p.required_with == Some(mode)
                && !params.contains_key(p.name)
                && !plan.bot_token.is_some_and(|b| std::ptr::eq(b, p))
            {
                let flag = plan
                    .flags
                    .iter()
                    .find(|f| f.path == [p.name])
                    .map(|f| f.shown())
                    .unwrap_or_else(|| format!("`{}` in {params_flag}", p.name));
                return Err(Failure::usage(format!(
                    "{} requires {flag} with {} auth",
                    method.name,
                    mode_name(mode)
                )));
            }
        }
        Ok(Connection {
            url,
            token,
            bot_token,
            mode,
            timeout: matches.get_one::<u64>("timeout").copied(),
            retries: matches
                .get_one::<u32>("retries")
                .copied()
                .unwrap_or(DEFAULT_RETRIES),
        })
    }

    /// Where the call goes, with secrets masked.
    pub fn shown_endpoint(&self, method: &MethodInfo) -> String {
        let name = method.name;
        let v3 = method.api == bitrix24::schema::Api::V3;
        match self.mode {
            AuthMode::Webhook => {
                let url = mask_url(self.url.trim_end_matches('/'));
                match url.rsplit_once("/rest/") {
                    Some((portal, rest)) if v3 => format!("{portal}/rest/api/{rest}/{name}"),
                    _ => format!("{url}/{name}"),
                }
            }
            AuthMode::Oauth => {
                let base = self.url.trim_end_matches('/');
                let base = base.strip_suffix("/rest").unwrap_or(base);
                let rest = if v3 { "rest/api" } else { "rest" };
                format!("{base}/{rest}/{name} (OAuth token in `auth`)")
            }
        }
    }

    /// Builds the client.
    pub fn client(&self) -> Result<bitrix24::Client, Failure> {
        let mut builder = match &self.token {
            Some(token) => {
                ClientBuilder::oauth(&self.url, OAuthTokens::access_only(token.as_str()))
            }
            None => ClientBuilder::webhook(&self.url),
        };
        if let (Some(bot), AuthMode::Webhook) = (&self.bot_token, self.mode) {
            builder = builder.bot_token(bot.as_str());
        }
        let overall = self
            .timeout
            .map(Duration::from_secs)
            .unwrap_or(ReqwestTransport::TIMEOUT);
        let connect = ReqwestTransport::CONNECT_TIMEOUT.min(overall);
        let transport = ReqwestTransport::with_timeouts(connect, overall).map_err(|e| {
            Failure::new(
                Class::Internal,
                format!("the HTTP client could not be set up: {e}"),
            )
        })?;
        builder
            .max_retries(self.retries)
            .build_with(transport)
            .map_err(|e| Failure::config(e.to_string()))
    }
}
