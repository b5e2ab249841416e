//! The portal's memory: users, bots, applications, webhooks, tokens, chats,
//! and the counters behind the limits.

use crate::config::{Config, RateLimit};
use crate::faults::Fault;
use bitrix24::{Color, Secret, im::ChatType};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A user of the portal (employees and bots alike).
#[derive(Debug, Clone)]
pub(crate) struct UserRec {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub work_position: String,
    /// `M`, `F` or empty.
    pub gender: String,
    pub email: String,
    pub bot: bool,
    /// `false` once dismissed (`ACTIVE`).
    pub active: bool,
    /// A portal administrator: may invite and change users and change the
    /// company structure.
    pub admin: bool,
    /// `UF_DEPARTMENT`: the departments the user belongs to.
    pub departments: Vec<i64>,
    /// `DATE_REGISTER`, ISO 8601.
    pub registered: String,
    /// Every other profile field set through user.add or user.update, by
    /// wire name (`PERSONAL_CITY`, `UF_SKILLS`...).
    pub profile: serde_json::Map<String, serde_json::Value>,
}

impl UserRec {
    /// An active employee of the top department with nothing else set.
    pub(crate) fn new(id: i64, first_name: &str, last_name: &str) -> UserRec {
        UserRec {
            id,
            first_name: first_name.into(),
            last_name: last_name.into(),
            work_position: String::new(),
            gender: String::new(),
            email: String::new(),
            bot: false,
            active: true,
            admin: false,
            departments: vec![crate::departments::TOP],
            registered: crate::wire::iso8601(crate::wire::unix_now()),
            profile: serde_json::Map::new(),
        }
    }

    pub(crate) fn full_name(&self) -> String {
        match (self.first_name.is_empty(), self.last_name.is_empty()) {
            (false, false) => format!("{} {}", self.first_name, self.last_name),
            (false, true) => self.first_name.clone(),
            _ => self.last_name.clone(),
        }
    }
}

/// Which application a bot was registered by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BotOwner {
    /// The emulator's default application ([`crate::Mock::app`]).
    DefaultApp,
    /// The application with this `client_id`.
    App(String),
    /// No application: registered through a webhook, usable with its
    /// `botToken` only.
    Webhook,
}

/// A bot, as [`crate::Mock::bot`] and [`crate::Mock::add_bot`] describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BotInfo {
    /// The bot's id (also its user id).
    pub id: i64,
    /// The bot's code.
    pub code: String,
    /// The `botToken` that webhook calls must send.
    pub token: Secret,
    /// `client_id` of the application that registered it; `None` for a bot
    /// registered through a webhook.
    pub app: Option<String>,
}

/// An OAuth application installed on the portal.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AppInfo {
    /// The application's `client_id`.
    pub client_id: String,
    /// The application's `client_secret` (for `/oauth/token/`).
    pub client_secret: Secret,
    /// The scopes in the application's card.
    pub scopes: Vec<String>,
    /// The application's token: every event the portal posts to the
    /// application carries it as `auth[application_token]`.
    pub application_token: Secret,
}

/// An incoming webhook.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookInfo {
    /// The user the webhook acts as.
    pub user_id: i64,
    /// The webhook's secret code.
    pub secret: Secret,
    /// The scopes it was given.
    pub scopes: Vec<String>,
    /// The base URL to call it: `http://127.0.0.1:PORT/rest/{user_id}/{secret}/`.
    /// It contains the secret: do not log it.
    pub url: String,
}

/// An OAuth access token with its refresh token.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TokenPair {
    /// The access token, sent as the `auth` parameter.
    pub access_token: Secret,
    /// The refresh token, for `/oauth/token/?grant_type=refresh_token`.
    pub refresh_token: Secret,
    /// The application the token belongs to.
    pub client_id: String,
    /// The user the token acts as.
    pub user_id: i64,
    /// The scopes the token carries.
    pub scopes: Vec<String>,
}

/// A chat as the emulator stored it, for assertions in tests.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ChatSnapshot {
    /// The chat's id.
    pub id: i64,
    /// Its title (given or generated).
    pub title: String,
    /// Its description (empty when none was given).
    pub description: String,
    /// Its colour (given or assigned).
    pub color: Color,
    /// Open or closed.
    pub chat_type: ChatType,
    /// The owner's user id.
    pub owner: i64,
    /// Member user ids, owner and creator included, in joining order.
    pub members: Vec<i64>,
    /// The method that made it: `im.chat.add` or `imbot.v2.Chat.add`.
    pub method: String,
    /// The user (or bot) id on whose behalf it was made.
    pub created_by: i64,
    /// The bot that made it, for `imbot.v2.Chat.add`.
    pub bot_id: Option<i64>,
    /// `ENTITY_TYPE`, when given.
    pub entity_type: Option<String>,
    /// `ENTITY_ID`, when given.
    pub entity_id: Option<String>,
    /// The first message, when given.
    pub message: Option<String>,
    /// Whether an avatar was sent.
    pub has_avatar: bool,
    /// Creation time, ISO 8601.
    pub date_create: String,
    /// Id of the last message (the system message "chat created", or the
    /// first message when one was given).
    pub last_message_id: i64,
    /// How many messages the chat holds.
    pub message_count: i64,
}

/// A message posted through the emulator.
#[derive(Debug, Clone)]
pub(crate) struct MessageRec {
    pub id: i64,
    pub chat_id: i64,
    pub author: i64,
    pub text: String,
    pub date: String,
}

#[derive(Debug, Clone)]
pub(crate) struct BotRec {
    pub id: i64,
    pub code: String,
    pub token: Secret,
    pub app: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct AppRec {
    pub client_secret: Secret,
    pub scopes: Vec<String>,
    pub application_token: Secret,
}

#[derive(Debug, Clone)]
pub(crate) struct WebhookRec {
    pub user_id: i64,
    pub secret: Secret,
    pub scopes: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct TokenRec {
    pub client_id: String,
    pub user_id: i64,
    pub scopes: Vec<String>,
    pub expires_at: f64,
}

/// Who is calling, once authenticated.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    /// `webhook:{user}:{index}` or `app:{client_id}`: the key of the rate and
    /// time limits (per webhook, per application).
    pub limit_key: String,
    pub user_id: i64,
    pub scopes: Vec<String>,
    /// The application, for OAuth calls.
    pub client_id: Option<String>,
}

#[derive(Debug)]
struct Bucket {
    level: f64,
    last: Instant,
}

#[derive(Debug, Clone, Copy)]
struct Basket {
    /// Unix time of the first call recorded in it.
    opened: f64,
    seconds: f64,
}

/// The whole portal, behind one mutex in [`crate::Shared`].
#[derive(Debug)]
pub(crate) struct Portal {
    pub users: BTreeMap<i64, UserRec>,
    pub bots: BTreeMap<i64, BotRec>,
    pub apps: BTreeMap<String, AppRec>,
    pub webhooks: Vec<WebhookRec>,
    pub tokens: HashMap<String, TokenRec>,
    pub refresh_tokens: HashMap<String, TokenRec>,
    pub chats: BTreeMap<i64, ChatSnapshot>,
    pub crm: crate::crm::Crm,
    pub tasks: crate::tasks::Tasks,
    pub departments: crate::departments::Departments,
    pub events: crate::events::Events,
    pub messages: BTreeMap<i64, MessageRec>,
    pub default_app: String,
    pub default_bot: i64,
    pub default_tokens: (Secret, Secret),
    next_user_id: i64,
    next_chat_id: i64,
    next_message_id: i64,
    color_cursor: usize,
    color_numbers: HashMap<String, u32>,
    pub rate_limit: RateLimit,
    buckets: HashMap<String, Bucket>,
    pub operating_limit: Option<Duration>,
    pub operating_window: Duration,
    meters: HashMap<(String, String), Vec<Basket>>,
    pub method_costs: HashMap<String, Duration>,
    pub denied: HashSet<(i64, String)>,
    pub faults: Vec<Fault>,
    pub token_lifetime: Duration,
    pub refresh_token_lifetime: Duration,
}

/// A hard-to-guess hex string. Not cryptographic: good for a local
/// emulator's secrets, not for anything real.
pub(crate) fn random_hex(len: usize) -> String {
    use std::hash::{BuildHasher, Hasher, RandomState};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut out = String::with_capacity(len + 16);
    while out.len() < len {
        let mut h = RandomState::new().build_hasher();
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out.truncate(len);
    out
}

impl Portal {
    pub(crate) fn new(config: &Config) -> Portal {
        let mut users = BTreeMap::new();
        let seed: [(i64, &str, &str, &str, &'static str); 5] = [
            (1, "John", "Smith", "Developer", "M"),
            (2, "Anna", "Davis", "Manager", "F"),
            (3, "Peter", "Brown", "Accountant", "M"),
            (103, "Maria", "Garcia", "Sales manager", "F"),
            (547, "Oleg", "Ivanov", "Lawyer", "M"),
        ];
        for (id, first, last, position, gender) in seed {
            users.insert(
                id,
                UserRec {
                    work_position: position.into(),
                    gender: gender.into(),
                    email: format!("{}@example.com", first.to_lowercase()),
                    // John Smith, the default webhook's user, administers
                    // the portal.
                    admin: id == 1,
                    ..UserRec::new(id, first, last)
                },
            );
        }
        let default_app = "local.bitrix24mock.1".to_owned();
        let mut apps = BTreeMap::new();
        apps.insert(
            default_app.clone(),
            AppRec {
                client_secret: Secret::new(random_hex(50)),
                scopes: config.app_scopes.clone(),
                application_token: config
                    .application_token
                    .clone()
                    .unwrap_or_else(|| Secret::new(random_hex(32))),
            },
        );
        let webhooks = vec![WebhookRec {
            user_id: 1,
            secret: config
                .webhook_secret
                .clone()
                .unwrap_or_else(|| Secret::new(random_hex(16))),
            scopes: config.webhook_scopes.clone(),
        }];
        let mut portal = Portal {
            users,
            bots: BTreeMap::new(),
            apps,
            webhooks,
            tokens: HashMap::new(),
            refresh_tokens: HashMap::new(),
            chats: BTreeMap::new(),
            crm: crate::crm::Crm::default(),
            tasks: crate::tasks::Tasks::default(),
            departments: crate::departments::Departments::seeded(),
            events: crate::events::Events::default(),
            messages: BTreeMap::new(),
            default_app: default_app.clone(),
            default_bot: 456,
            default_tokens: (Secret::new(""), Secret::new("")),
            next_user_id: 1000,
            next_chat_id: 1,
            next_message_id: 1,
            color_cursor: 0,
            color_numbers: HashMap::new(),
            rate_limit: config.rate_limit,
            buckets: HashMap::new(),
            operating_limit: config.operating_limit,
            operating_window: config.operating_window,
            meters: HashMap::new(),
            method_costs: HashMap::new(),
            denied: HashSet::new(),
            faults: Vec::new(),
            token_lifetime: config.token_lifetime,
            refresh_token_lifetime: config.refresh_token_lifetime,
        };
        portal.insert_bot(456, "Support Bot", Some(default_app.clone()), None);
        let scopes = config.app_scopes.clone();
        let pair = portal.issue_token(&default_app, 1, scopes, config.access_token.clone());
        portal.default_tokens = (pair.access_token, pair.refresh_token);
        portal
    }

    pub(crate) fn add_user(&mut self, first: &str, last: &str) -> i64 {
        let id = self.next_user_id;
        self.next_user_id += 1;
        self.users.insert(
            id,
            UserRec {
                gender: "M".into(),
                email: format!("user{id}@example.com"),
                ..UserRec::new(id, first, last)
            },
        );
        id
    }

    /// The id the next user (or bot) gets.
    pub(crate) fn next_user_id(&mut self) -> i64 {
        let id = self.next_user_id;
        self.next_user_id += 1;
        id
    }

    pub(crate) fn insert_bot(
        &mut self,
        id: i64,
        name: &str,
        app: Option<String>,
        token: Option<Secret>,
    ) -> BotInfo {
        let code = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect::<String>();
        let token = token.unwrap_or_else(|| Secret::new(random_hex(32)));
        self.users.insert(
            id,
            UserRec {
                bot: true,
                departments: Vec::new(),
                ..UserRec::new(id, name, "")
            },
        );
        self.bots.insert(
            id,
            BotRec {
                id,
                code: code.clone(),
                token: token.clone(),
                app: app.clone(),
            },
        );
        BotInfo {
            id,
            code,
            token,
            app,
        }
    }

    pub(crate) fn add_bot(&mut self, name: &str, owner: BotOwner) -> BotInfo {
        let id = self.next_user_id;
        self.next_user_id += 1;
        let app = match owner {
            BotOwner::DefaultApp => Some(self.default_app.clone()),
            BotOwner::App(client_id) => Some(client_id),
            BotOwner::Webhook => None,
        };
        self.insert_bot(id, name, app, None)
    }

    pub(crate) fn bot_info(&self, id: i64) -> Option<BotInfo> {
        self.bots.get(&id).map(|b| BotInfo {
            id: b.id,
            code: b.code.clone(),
            token: b.token.clone(),
            app: b.app.clone(),
        })
    }

    pub(crate) fn add_app(&mut self, scopes: Vec<String>) -> AppInfo {
        let client_id = format!("local.{}.{}", random_hex(14), random_hex(8));
        let client_secret = Secret::new(random_hex(50));
        let application_token = Secret::new(random_hex(32));
        self.apps.insert(
            client_id.clone(),
            AppRec {
                client_secret: client_secret.clone(),
                scopes: scopes.clone(),
                application_token: application_token.clone(),
            },
        );
        AppInfo {
            client_id,
            client_secret,
            scopes,
            application_token,
        }
    }

    pub(crate) fn app_info(&self, client_id: &str) -> Option<AppInfo> {
        self.apps.get(client_id).map(|a| AppInfo {
            client_id: client_id.to_owned(),
            client_secret: a.client_secret.clone(),
            scopes: a.scopes.clone(),
            application_token: a.application_token.clone(),
        })
    }

    pub(crate) fn add_webhook(
        &mut self,
        user_id: i64,
        scopes: Vec<String>,
    ) -> (Secret, Vec<String>) {
        let secret = Secret::new(random_hex(16));
        self.webhooks.push(WebhookRec {
            user_id,
            secret: secret.clone(),
            scopes: scopes.clone(),
        });
        (secret, scopes)
    }

    /// Issues an access token and a refresh token for an application's user.
    pub(crate) fn issue_token(
        &mut self,
        client_id: &str,
        user_id: i64,
        scopes: Vec<String>,
        fixed_access: Option<Secret>,
    ) -> TokenPair {
        let now = crate::wire::unix_now();
        let access = fixed_access.unwrap_or_else(|| Secret::new(random_hex(70)));
        let refresh = Secret::new(random_hex(70));
        let rec = TokenRec {
            client_id: client_id.to_owned(),
            user_id,
            scopes: scopes.clone(),
            expires_at: now + self.token_lifetime.as_secs_f64(),
        };
        self.tokens.insert(access.expose().to_owned(), rec.clone());
        self.refresh_tokens.insert(
            refresh.expose().to_owned(),
            TokenRec {
                expires_at: now + self.refresh_token_lifetime.as_secs_f64(),
                ..rec
            },
        );
        TokenPair {
            access_token: access,
            refresh_token: refresh,
            client_id: client_id.to_owned(),
            user_id,
            scopes,
        }
    }

    /// Authenticates a webhook call.
    pub(crate) fn webhook_caller(&self, user_id: &str, secret: &str) -> Option<Caller> {
        let user_id: i64 = user_id.parse().ok()?;
        let (index, hook) = self
            .webhooks
            .iter()
            .enumerate()
            .find(|(_, h)| h.user_id == user_id && h.secret.expose() == secret)?;
        Some(Caller {
            limit_key: format!("webhook:{user_id}:{index}"),
            user_id,
            scopes: hook.scopes.clone(),
            client_id: None,
        })
    }

    /// Authenticates an OAuth call: `Err(code)` is `NO_AUTH_FOUND` or
    /// `expired_token`.
    pub(crate) fn token_caller(&self, token: Option<&str>) -> Result<Caller, &'static str> {
        let rec = token
            .filter(|t| !t.is_empty())
            .and_then(|t| self.tokens.get(t))
            .ok_or("NO_AUTH_FOUND")?;
        if crate::wire::unix_now() >= rec.expires_at {
            return Err("expired_token");
        }
        Ok(Caller {
            limit_key: format!("app:{}", rec.client_id),
            user_id: rec.user_id,
            scopes: rec.scopes.clone(),
            client_id: Some(rec.client_id.clone()),
        })
    }

    /// The leaky bucket: `false` when the request is to be refused.
    pub(crate) fn take_request(&mut self, key: &str) -> bool {
        let limit = self.rate_limit;
        let now = Instant::now();
        let bucket = self.buckets.entry(key.to_owned()).or_insert(Bucket {
            level: 0.0,
            last: now,
        });
        let drained = now.duration_since(bucket.last).as_secs_f64() * limit.per_second;
        if drained.is_finite() {
            bucket.level = (bucket.level - drained).max(0.0);
        } else {
            bucket.level = 0.0;
        }
        bucket.last = now;
        if bucket.level >= f64::from(limit.burst) {
            return false;
        }
        bucket.level += 1.0;
        true
    }

    /// Empties every request counter.
    pub(crate) fn reset_buckets(&mut self) {
        self.buckets.clear();
    }

    fn baskets(&mut self, key: &str, method: &str, now: f64) -> &mut Vec<Basket> {
        let window = self.operating_window.as_secs_f64();
        let baskets = self
            .meters
            .entry((key.to_owned(), method.to_owned()))
            .or_default();
        baskets.retain(|b| b.opened + window > now);
        baskets
    }

    /// The accumulated execution time of `method` for `key`, checked before
    /// a call: `true` when the call may run.
    pub(crate) fn operating_allows(&mut self, key: &str, method: &str) -> bool {
        let Some(limit) = self.operating_limit else {
            return true;
        };
        let now = crate::wire::unix_now();
        let used: f64 = self
            .baskets(key, method, now)
            .iter()
            .map(|b| b.seconds)
            .sum();
        used <= limit.as_secs_f64()
    }

    /// Records a call's execution time; returns the `operating` and
    /// `operating_reset_at` values to report.
    pub(crate) fn record_operating(
        &mut self,
        key: &str,
        method: &str,
        measured: f64,
    ) -> crate::wire::Operating {
        let seconds = self
            .method_costs
            .get(method)
            .map_or(measured, Duration::as_secs_f64);
        let window = self.operating_window.as_secs_f64();
        let basket_len = window / 10.0;
        let now = crate::wire::unix_now();
        let baskets = self.baskets(key, method, now);
        match baskets.last_mut() {
            Some(last) if last.opened + basket_len > now => last.seconds += seconds,
            _ => baskets.push(Basket {
                opened: now,
                seconds,
            }),
        }
        let operating = baskets.iter().map(|b| b.seconds).sum();
        let reset_at = baskets
            .first()
            .map_or(now + window, |b| (b.opened + window).floor());
        crate::wire::Operating {
            reset_at,
            operating,
        }
    }

    /// Forgets every method's accumulated execution time.
    pub(crate) fn reset_operating(&mut self) {
        self.meters.clear();
    }

    /// The next automatic colour, cycling through the palette like a portal.
    pub(crate) fn next_color(&mut self) -> Color {
        let all = Color::ALL;
        let color = all[self.color_cursor % all.len()].clone();
        self.color_cursor += 1;
        color
    }

    /// The `#NUMBER#` of the title template: how many chats of this colour
    /// were titled from it so far, plus one.
    pub(crate) fn next_color_number(&mut self, color: &Color) -> u32 {
        let n = self
            .color_numbers
            .entry(color.upper().to_owned())
            .or_insert(0);
        *n += 1;
        *n
    }

    pub(crate) fn next_chat_id(&mut self) -> i64 {
        let id = self.next_chat_id;
        self.next_chat_id += 1;
        id
    }

    pub(crate) fn next_message_id(&mut self) -> i64 {
        let id = self.next_message_id;
        self.next_message_id += 1;
        id
    }
}
