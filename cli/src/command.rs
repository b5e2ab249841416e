//! The command line, built at run time from [`bitrix24::METHODS`]: one
//! subcommand per method, one flag per param.
//!
//! Flag names come from wire names in kebab-case (`USERS` → `--users`,
//! `botId` → `--bot-id`, `ENTITY_TYPE` → `--entity-type`). Fields of an
//! object param get `--<param>.<field>` (`--fields.title`) and, when no
//! other flag of the method has that name, the short alias `--<field>`
//! (`--title`). A name that clashes with a flag of `b24` itself or with an
//! earlier param becomes `--param-<name>`.
//!
//! A pair of params the schema joins (a kind and an id, see
//! [`JoinedInfo`]) also gets one flag named after the pair that sets both:
//! `--entity KIND:ID` for `ENTITY_TYPE` and `ENTITY_ID`. It cannot be given
//! together with the flags of the two params.

use crate::parsed::{JoinedValue, SchemaValue};
use bitrix24::schema::TyInfo;
use bitrix24::schema::{AuthMode, JoinedInfo, MethodInfo, ParamInfo};
use clap::{Arg, ArgAction, Command};
use heck::ToKebabCase;

/// The flags of `b24` itself on a method's subcommand; no param flag may
/// take these names.
pub const RESERVED: &[&str] = &[
    "url",
    "token",
    "bot-token",
    "params",
    "pretty",
    "compact",
    "envelope",
    "all",
    "verbose",
    "dry-run",
    "no-check",
    "timeout",
    "retries",
    "help",
];

/// Environment variable of the webhook URL (or, with a token, the portal).
pub const ENV_URL: &str = "B24_WEBHOOK_URL";
/// Environment variable of the OAuth access token.
pub const ENV_TOKEN: &str = "B24_TOKEN";
/// Environment variable of the bot token.
pub const ENV_BOT_TOKEN: &str = "B24_BOT_TOKEN";

/// The environment variable `b24 events listen` reads the application
/// token from.
pub const ENV_APP_TOKEN: &str = "B24_APP_TOKEN";

/// Retries of a call the portal did not run, unless `--retries` says otherwise.
pub const DEFAULT_RETRIES: u32 = 3;

/// The exit statuses, for `b24 --help`.
pub const EXIT_STATUSES: &str = "\
Exit status:
  0  success
  1  internal error (the output could not be written)
  2  usage or bad input: unknown method or flag, bad value, bad JSON, missing required param
  3  the portal answered with an error code
  4  outcome unknown: sent, no answer, not resent; check the portal before retrying
  5  transport: the portal could not be reached
  6  the answer is not what the documentation describes
  7  auth: the portal refused the credentials (HTTP 401, NO_AUTH_FOUND, expired_token, ...)
  8  configuration: no or bad URL, token with a webhook URL, missing bot token

Environment: B24_WEBHOOK_URL, B24_TOKEN, B24_BOT_TOKEN (flags win).";

/// The subcommands that are not methods.
pub const BUILTINS: &[&str] = &["methods", "describe", "completions", "events", "help"];

/// One param flag of a method.
#[derive(Debug)]
pub struct Flag {
    /// The clap id: `p:` and the wire path (`p:fields.title`).
    pub id: String,
    /// The long name without dashes: `fields.title`.
    pub long: String,
    /// A short alias (`title`), when it is unique within the method.
    pub alias: Option<String>,
    /// The wire path: `["fields", "title"]`.
    pub path: Vec<&'static str>,
    /// The param or field.
    pub param: &'static ParamInfo,
    /// Its type.
    pub ty: TyInfo,
}

impl Flag {
    /// `--fields.title`.
    pub fn shown(&self) -> String {
        format!("--{}", self.long)
    }
}

/// The flag of a pair of joined params: `--entity KIND:ID`.
#[derive(Debug, Clone)]
pub struct JoinedFlag {
    /// The clap id: `j:` and the pair's name (`j:entity`).
    pub id: String,
    /// The long name without dashes: `entity`.
    pub long: String,
    /// The pair as the schema describes it.
    pub info: &'static JoinedInfo,
    /// The param that carries the kind, and its type.
    pub kind: (&'static ParamInfo, TyInfo),
    /// The param that carries the id, and its type.
    pub target: (&'static ParamInfo, TyInfo),
    /// Ids of the flags of the two params, which conflict with this one.
    pub conflicts: Vec<String>,
    /// Those flags as shown: `--entity-type`, `--entity-id`.
    pub separate: [String; 2],
}

impl JoinedFlag {
    /// `--entity`.
    pub fn shown(&self) -> String {
        format!("--{}", self.long)
    }

    /// Splits `KIND:ID` at the first `:` and converts both halves: the kind
    /// matched loosely and sent in its documented spelling, the id as its
    /// param's type says.
    pub fn parse(&self, text: &str) -> Result<(serde_json::Value, serde_json::Value), String> {
        let (kind_param, kind_ty) = &self.kind;
        let (id_param, id_ty) = &self.target;
        let Some((kind, id)) = text.split_once(':') else {
            let mut message = format!(
                "missing `:`; expected {} KIND:ID, the `{}` and the `{}` separated by `:`",
                self.shown(),
                kind_param.name,
                id_param.name,
            );
            let values = kind_ty.values();
            match crate::ty::match_enum(values, text.trim()) {
                Some(kind) => message.push_str(&format!(
                    ", such as {} {kind}:<{}>",
                    self.shown(),
                    id_param.name
                )),
                None if !values.is_empty() => {
                    message.push_str(&format!("; KIND is one of: {}", values.join(", ")))
                }
                None => {}
            }
            return Err(message);
        };
        let kind = crate::ty::from_flag(kind_ty, kind)
            .map_err(|e| format!("kind (`{}`): {e}", kind_param.name))?;
        let id = crate::ty::from_flag(id_ty, id)
            .map_err(|e| format!("id (`{}`): {e}", id_param.name))?;
        Ok((kind, id))
    }
}

/// How a method's flags are named: computed once, used both to build the
/// subcommand and to read its matches.
#[derive(Debug)]
pub struct Plan {
    /// The method.
    pub method: &'static MethodInfo,
    /// Its param flags, in documentation order (fields after their object).
    pub flags: Vec<Flag>,
    /// The param that carries the bot token under webhook auth (a secret
    /// param required with webhook auth): it is given with `--bot-token`.
    pub bot_token: Option<&'static ParamInfo>,
    /// Whether `--fields` is an alias of `--params` (when no param owns it).
    pub fields_alias: bool,
    /// One flag per pair of joined params.
    pub joined: Vec<JoinedFlag>,
}

/// Whether a param is the one the client fills with its bot token.
pub fn is_bot_token(param: &ParamInfo) -> bool {
    param.secret && param.required_with == Some(AuthMode::Webhook)
}

impl Plan {
    /// Names every flag of `method`.
    pub fn new(method: &'static MethodInfo) -> Plan {
        let bot_token = method.params.iter().find(|p| is_bot_token(p));
        let mut taken: Vec<String> = RESERVED.iter().map(|s| (*s).to_owned()).collect();
        let mut flags = Vec::new();
        for param in method.params {
            if bot_token.is_some_and(|b| std::ptr::eq(b, param)) {
                continue;
            }
            let long = unique(param.name, &mut taken);
            add(param, vec![param.name], long, &mut taken, &mut flags);
        }
        // Short aliases for nested fields whose leaf name is unique.
        let leaves: Vec<String> = flags
            .iter()
            .filter(|f| f.path.len() > 1)
            .map(|f| kebab(f.param.name))
            .collect();
        for flag in flags.iter_mut().filter(|f| f.path.len() > 1) {
            let leaf = kebab(flag.param.name);
            let once = leaves.iter().filter(|l| **l == leaf).count() == 1;
            if once && !taken.contains(&leaf) && leaf != "fields" {
                flag.alias = Some(leaf);
            }
        }
        let joined = method
            .joined
            .iter()
            .filter_map(|info| {
                let flag_of = |wire: &str| flags.iter().find(|f| f.path == [wire]);
                let (kind, target) = (flag_of(info.params[0])?, flag_of(info.params[1])?);
                Some(JoinedFlag {
                    id: format!("j:{}", info.name),
                    long: unique(info.name, &mut taken),
                    info,
                    kind: (kind.param, kind.ty),
                    target: (target.param, target.ty),
                    conflicts: vec![kind.id.clone(), target.id.clone()],
                    separate: [kind.shown(), target.shown()],
                })
            })
            .collect();
        let fields_alias = !flags
            .iter()
            .any(|f| f.long == "fields" || f.alias.as_deref() == Some("fields"));
        Plan {
            method,
            flags,
            bot_token,
            fields_alias,
            joined,
        }
    }

    /// The subcommand of the method.
    pub fn command(&self) -> Command {
        let m = self.method;
        let mut about = m.summary.to_owned();
        if !m.summary.ends_with('.') {
            about.push('.');
        }
        let name = m.command_name();
        let api = match m.api {
            bitrix24::schema::Api::V2 => "",
            bitrix24::schema::Api::V3 => " REST 3.0 (sent to /rest/api/).",
        };
        let mut cmd = Command::new(name.to_string())
            .about(about)
            .long_about(format!(
                "{}\n\nScope: {}.{api} Who may call it: {}. Docs: {}\n\n\
                 Typed flags are merged over --params and win on conflicts. \
                 `b24 describe {name}` shows the params and errors as a table.",
                m.summary, m.scope, m.who, m.docs_url
            ))
            .next_line_help(false);
        let lower = name.to_ascii_lowercase();
        if lower != name {
            cmd = cmd.alias(lower);
        }
        cmd = connection_args(cmd, self.bot_token.is_some());
        let mut params = Arg::new("params")
            .long("params")
            .value_name("JSON|@FILE|-")
            .help("All params as one JSON object: inline, @path, a path to a .json file, or - (stdin)")
            .help_heading("Input");
        if self.fields_alias {
            params = params.visible_alias("fields");
        }
        cmd = cmd.arg(params).arg(
            Arg::new("no-check")
                .long("no-check")
                .action(ArgAction::SetTrue)
                .help("Send --params as given: skip checking its values against the schema")
                .help_heading("Input"),
        );
        for flag in &self.flags {
            cmd = cmd.arg(param_arg(flag));
        }
        for joined in &self.joined {
            cmd = cmd.arg(joined_arg(joined));
        }
        if let Some(paging) = m.paging {
            cmd = cmd.arg(
                Arg::new("all")
                    .long("all")
                    .action(ArgAction::SetTrue)
                    .conflicts_with("envelope")
                    .help(format!(
                        "Follow every page (`next` back as `{}`) and print one JSON item a line",
                        paging.offset
                    ))
                    .help_heading("Output"),
            );
        }
        output_args(cmd)
    }
}

fn kebab(name: &str) -> String {
    let k = name.to_kebab_case();
    if k.is_empty() { name.to_owned() } else { k }
}

/// The kebab-case name of `wire`, or `param-<name>` when that is taken.
fn unique(wire: &str, taken: &mut Vec<String>) -> String {
    let base = kebab(wire);
    let mut candidates = vec![
        base.clone(),
        format!("param-{base}"),
        format!("param-{wire}"),
    ];
    candidates.extend((2..).take(50).map(|n| format!("param-{base}-{n}")));
    let chosen = candidates
        .into_iter()
        .find(|c| !taken.contains(c))
        .unwrap_or_else(|| format!("param-{wire}-{}", taken.len()));
    taken.push(chosen.clone());
    chosen
}

/// How deep object fields get their own flags (`--fields.a.b.c`); deeper
/// ones are given as JSON in their parent's flag.
pub const MAX_FIELD_DEPTH: usize = 4;

/// Adds the flag of a param and, for an object param, of its fields.
fn add(
    param: &'static ParamInfo,
    path: Vec<&'static str>,
    long: String,
    taken: &mut Vec<String>,
    flags: &mut Vec<Flag>,
) {
    let ty = param.ty;
    // A type may contain itself: fields get flags down to a fixed depth.
    let fields = match ty.base() {
        TyInfo::Struct(s) if path.len() < MAX_FIELD_DEPTH => s.fields,
        _ => &[],
    };
    flags.push(Flag {
        id: format!("p:{}", path.join(".")),
        long: long.clone(),
        alias: None,
        path: path.clone(),
        param,
        ty,
    });
    for field in fields {
        let mut sub = path.clone();
        sub.push(field.name);
        let name = format!("{long}.{}", kebab(field.name));
        let name = if taken.contains(&name) {
            format!("{long}.{}", field.name)
        } else {
            name
        };
        taken.push(name.clone());
        add(field, sub, name, taken, flags);
    }
}

/// The clap argument of a param flag.
fn param_arg(flag: &Flag) -> Arg {
    let p = flag.param;
    let mut notes = vec![format!("type: {}", p.ty)];
    if p.required {
        notes.push("required".into());
    }
    if let Some(mode) = p.required_with {
        notes.push(format!("required with {} auth", mode_name(mode)));
    }
    if let Some(default) = p.default {
        notes.push(format!("default: {default}"));
    }
    if p.secret {
        notes.push("secret".into());
    }
    let wire = flag.path.join(".");
    let first_line = p.doc.lines().next().unwrap_or("").trim();
    let help = format!("{first_line} [{}] (`{wire}`)", notes.join("; "));
    let mut long_help = format!(
        "{}\n\nWire name: `{wire}`. {}.",
        p.doc.trim(),
        notes.join("; ")
    );
    if crate::ty::takes_json(&flag.ty) {
        long_help.push_str(" Takes JSON: inline, @path, a path to a .json file, or - (stdin).");
    } else if matches!(flag.ty.base(), TyInfo::List(_)) {
        long_help
            .push_str(" A comma-separated list or a JSON array; repeat the flag to add items.");
    } else if matches!(flag.ty.base(), TyInfo::File) {
        long_help.push_str(" Base64 text, or @path to send a file's content base64-encoded.");
    } else if let TyInfo::FileData | TyInfo::FilePair = flag.ty.base() {
        let form = if matches!(flag.ty.base(), TyInfo::FileData) {
            r#"{"fileData": [name, base64]}"#
        } else {
            "[name, base64]"
        };
        long_help.push_str(&format!(
            " @path to send that file under its name, or the JSON form `{form}`."
        ));
    }
    let heading = if flag.path.len() > 1 {
        format!("Fields of --{}", flag.long.split('.').next().unwrap_or(""))
    } else {
        "Parameters".to_owned()
    };
    let mut arg = Arg::new(flag.id.clone())
        .long(flag.long.clone())
        .value_name(crate::ty::value_name(&flag.ty))
        .help(help)
        .long_help(long_help)
        .help_heading(heading);
    if let Some(alias) = &flag.alias {
        arg = arg.visible_alias(alias.clone());
    }
    let numeric = match flag.ty.base() {
        TyInfo::List(inner) => matches!(inner.base(), TyInfo::Integer | TyInfo::Double),
        other => matches!(other, TyInfo::Integer | TyInfo::Double),
    };
    if crate::ty::takes_json(&flag.ty) {
        arg.action(ArgAction::Set)
    } else if matches!(flag.ty.base(), TyInfo::List(_)) {
        arg.action(ArgAction::Append)
            .value_parser(SchemaValue(flag.ty))
            .allow_negative_numbers(numeric)
    } else {
        arg.action(ArgAction::Set)
            .value_parser(SchemaValue(flag.ty))
            .allow_negative_numbers(numeric)
    }
}

/// The clap argument of a pair of joined params.
fn joined_arg(flag: &JoinedFlag) -> Arg {
    let [kind, id] = flag.info.params;
    let first_line = flag.info.doc.lines().next().unwrap_or("").trim();
    let help = format!("{first_line} Sets `{kind}` and `{id}` together");
    let mut long_help = format!(
        "{}\n\nSets `{kind}` and `{id}` together: KIND is the `{kind}`, ID the `{id}`, \
         separated by the first `:`.",
        flag.info.doc.trim()
    );
    let values = flag.kind.1.values();
    if !values.is_empty() {
        long_help.push_str(&format!(
            " KIND is one of: {} (case, `-` and `_` are ignored).",
            values.join(", ")
        ));
    }
    long_help.push_str(&format!(
        " Not together with {} or {}.",
        flag.separate[0], flag.separate[1]
    ));
    let parser = JoinedValue(flag.clone());
    Arg::new(flag.id.clone())
        .long(flag.long.clone())
        .value_name("KIND:ID")
        .help(help)
        .long_help(long_help)
        .help_heading("Parameters")
        .action(ArgAction::Set)
        .value_parser(parser)
        .conflicts_with_all(flag.conflicts.clone())
}

/// The name of an auth mode as the docs and the flags say it.
pub fn mode_name(mode: AuthMode) -> &'static str {
    match mode {
        AuthMode::Webhook => "webhook",
        AuthMode::Oauth => "OAuth",
    }
}

/// `--url`, `--token`, `--bot-token` (only for methods that take one),
/// `--timeout`, `--retries`.
fn connection_args(cmd: Command, bot_token: bool) -> Command {
    let cmd = cmd
        .arg(
            Arg::new("url")
                .long("url")
                .env(ENV_URL)
                .hide_env_values(true)
                .value_name("URL")
                .help("Incoming webhook URL https://{portal}/rest/{user}/{secret}/; with --token, the portal's address")
                .help_heading("Connection"),
        )
        .arg(
            Arg::new("token")
                .long("token")
                .env(ENV_TOKEN)
                .hide_env_values(true)
                .value_name("TOKEN")
                .help("OAuth access token, sent as `auth`; --url is then the portal's address")
                .help_heading("Connection"),
        )
        .arg(
            Arg::new("timeout")
                .long("timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(1..=3600))
                .help("Give up waiting for an answer after this long [default: 75]")
                .help_heading("Connection"),
        )
        .arg(
            Arg::new("retries")
                .long("retries")
                .value_name("N")
                .value_parser(clap::value_parser!(u32).range(0..=10))
                .help(format!(
                    "Resend at most N times what the portal did not run (connection never \
                     opened, QUERY_LIMIT_EXCEEDED) [default: {DEFAULT_RETRIES}]"
                ))
                .help_heading("Connection"),
        );
    if !bot_token {
        return cmd;
    }
    cmd.arg(
        Arg::new("bot-token")
            .long("bot-token")
            .env(ENV_BOT_TOKEN)
            .hide_env_values(true)
            .value_name("TOKEN")
            .help("The bot's token, which this method needs with webhook auth (not with OAuth)")
            .help_heading("Connection"),
    )
}

/// `--pretty`, `--compact`, `--envelope`, `--verbose`, `--dry-run`.
fn output_args(cmd: Command) -> Command {
    cmd.arg(
        Arg::new("pretty")
            .long("pretty")
            .action(ArgAction::SetTrue)
            .overrides_with("compact")
            .help("Indent the JSON result (default on a terminal)")
            .help_heading("Output"),
    )
    .arg(
        Arg::new("compact")
            .long("compact")
            .action(ArgAction::SetTrue)
            .overrides_with("pretty")
            .help("Print the JSON result on one line (default when piped)")
            .help_heading("Output"),
    )
    .arg(
        Arg::new("envelope")
            .long("envelope")
            .action(ArgAction::SetTrue)
            .help("Print {\"result\": ..., \"total\": ..., \"next\": ...}: the result with a list method's paging")
            .help_heading("Output"),
    )
    .arg(
        Arg::new("verbose")
            .long("verbose")
            .short('v')
            .action(ArgAction::SetTrue)
            .help("Tell on stderr what is sent and how it went (secrets masked)")
            .help_heading("Output"),
    )
    .arg(
        Arg::new("dry-run")
            .long("dry-run")
            .action(ArgAction::SetTrue)
            .help("Check the params and print what would be sent (secrets masked); send nothing")
            .help_heading("Output"),
    )
}

/// The whole command line: built-in subcommands and one per method.
pub fn root(methods: &[&'static MethodInfo]) -> Command {
    let mut cmd = Command::new("b24")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Call any Bitrix24 REST method of the bitrix24 schema from the shell")
        .long_about(
            "Call any Bitrix24 REST method of the bitrix24 schema from the shell.\n\n\
             b24 METHOD --url WEBHOOK_URL [--params JSON] [--<param> VALUE ...]\n\n\
             The result is printed as JSON on stdout; errors go to stderr, with an \
             exit status per kind of failure (below).",
        )
        .after_long_help(EXIT_STATUSES)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .allow_external_subcommands(true)
        .subcommand(
            Command::new("methods")
                .about("List the methods: name, scope, summary")
                .arg(json_flag("Print the list as JSON")),
        )
        .subcommand(
            Command::new("describe")
                .about("Show a method's params, types, defaults, enum values and errors")
                .arg(
                    Arg::new("method")
                        .required(true)
                        .value_name("METHOD")
                        .help("Wire name of the method: im.chat.add"),
                )
                .arg(
                    Arg::new("system-errors")
                        .long("system-errors")
                        .action(ArgAction::SetTrue)
                        .help("Also list the system errors every method may return"),
                )
                .arg(json_flag("Print the description as JSON")),
        )
        .subcommand(
            Command::new("events")
                .about("Receive the events the portal posts")
                .subcommand_required(true)
                .subcommand(
                    Command::new("listen")
                        .about("Print each verified event posted to 127.0.0.1:PORT as a JSON line")
                        .arg(
                            Arg::new("port")
                                .long("port")
                                .required(true)
                                .value_name("N")
                                .value_parser(clap::value_parser!(u16))
                                .help("Port on 127.0.0.1 to listen on (0: any free one, printed on stderr)"),
                        )
                        .arg(
                            Arg::new("app-token")
                                .long("app-token")
                                .env(ENV_APP_TOKEN)
                                .hide_env_values(true)
                                .required(true)
                                .value_name("TOKEN")
                                .help("The application token events must carry in auth[application_token]"),
                        ),
                ),
        )
        .subcommand(
            Command::new("completions")
                .about("Print a shell completion script")
                .arg(
                    Arg::new("shell")
                        .required(true)
                        .value_name("SHELL")
                        .value_parser(clap::value_parser!(clap_complete::Shell)),
                ),
        );
    for method in methods {
        cmd = cmd.subcommand(Plan::new(method).command());
    }
    cmd
}

fn json_flag(help: &'static str) -> Arg {
    Arg::new("json")
        .long("json")
        .action(ArgAction::SetTrue)
        .help(help)
}

#[cfg(test)]
mod tests {
    use super::*;
    use bitrix24::schema::StructTy;

    fn p(name: &'static str, ty: TyInfo) -> ParamInfo {
        ParamInfo::new(name, ty, "A param.")
    }

    static INNER: [ParamInfo; 3] = [
        ParamInfo::new("title", TyInfo::String, "A field."),
        ParamInfo::new("userIds", TyInfo::List(&TyInfo::Integer), "A field."),
        ParamInfo::new("url", TyInfo::String, "A field."),
    ];
    static THING_FIELDS: StructTy = StructTy::new("ThingFields", &INNER);

    fn method(params: &'static [ParamInfo]) -> &'static MethodInfo {
        Box::leak(Box::new(
            MethodInfo::new("test.Thing.add", "test")
                .summary("Adds a thing.")
                .params(params)
                .result(TyInfo::Integer),
        ))
    }

    fn names(plan: &Plan) -> Vec<(String, Option<String>)> {
        plan.flags
            .iter()
            .map(|f| (f.long.clone(), f.alias.clone()))
            .collect()
    }

    #[test]
    fn flags_are_kebab_case_wire_names() {
        let params = Box::leak(Box::new([
            p("USERS", TyInfo::List(&TyInfo::Integer)),
            p("botId", TyInfo::Integer),
            p("ENTITY_TYPE", TyInfo::String),
            p("COPILOT_MAIN_ROLE", TyInfo::String),
        ]));
        let plan = Plan::new(method(params));
        let longs: Vec<_> = plan.flags.iter().map(|f| f.long.as_str()).collect();
        assert_eq!(
            longs,
            ["users", "bot-id", "entity-type", "copilot-main-role"]
        );
        assert!(plan.fields_alias);
        plan.command().debug_assert();
    }

    #[test]
    fn clashes_become_param_prefixed() {
        let params = Box::leak(Box::new([
            p("url", TyInfo::String),
            p("USER_ID", TyInfo::Integer),
            p("userId", TyInfo::Integer),
            p("TOKEN", TyInfo::String),
        ]));
        let plan = Plan::new(method(params));
        let longs: Vec<_> = plan.flags.iter().map(|f| f.long.as_str()).collect();
        assert_eq!(
            longs,
            ["param-url", "user-id", "param-user-id", "param-token"]
        );
        plan.command().debug_assert();
    }

    #[test]
    fn object_fields_get_dotted_flags_and_unique_aliases() {
        let params = Box::leak(Box::new([
            p("botId", TyInfo::Integer),
            p("fields", TyInfo::Struct(&THING_FIELDS)),
            p("title", TyInfo::String),
        ]));
        let plan = Plan::new(method(params));
        assert_eq!(
            names(&plan),
            [
                ("bot-id".into(), None),
                ("fields".into(), None),
                ("fields.title".into(), None), // a top-level param is `--title`
                ("fields.user-ids".into(), Some("user-ids".into())),
                ("fields.url".into(), None), // `--url` is b24's own
                ("title".into(), None),
            ]
        );
        assert!(!plan.fields_alias, "the param owns --fields");
        plan.command().debug_assert();
    }

    #[test]
    fn the_whole_schema_builds_a_valid_command_line() {
        root(bitrix24::METHODS).debug_assert();
        for method in bitrix24::METHODS {
            Plan::new(method).command().debug_assert();
        }
    }
}
