//! `b24`: call any Bitrix24 REST method of the `bitrix24` schema from the
//! shell. Its subcommands and flags are built at run time from
//! [`bitrix24::METHODS`], so a new YAML descriptor gives a new command.
//!
//! ```text
//! b24 im.chat.add --url "$B24_WEBHOOK_URL" --users 103,547 --title "Deal chat" --color pink
//! b24 methods
//! b24 describe imbot.v2.Chat.add
//! b24 completions bash
//! ```
//!
//! Exit status: 0 ok, 1 internal, 2 usage or bad input, 3 the portal's
//! error, 4 outcome unknown, 5 transport, 6 unexpected answer, 7 auth,
//! 8 configuration. See the README.

mod answer;
mod call;
mod command;
mod connection;
mod exit;
#[cfg(test)]
mod fuzz_tests;
mod input;
mod listen;
mod pages;
mod parsed;
mod show;
mod suggest;
mod ty;
#[cfg(test)]
#[path = "../../tests/support/type_samples.rs"]
mod type_samples;

use bitrix24::schema::MethodInfo;
use command::{BUILTINS, ENV_APP_TOKEN, ENV_BOT_TOKEN, ENV_TOKEN, ENV_URL, Plan};
use exit::{Class, Failure, Redactor};
use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let mut redactor = prescan(&args);
    match run(args, &mut redactor) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("error: {}", redactor.apply(&failure.message));
            failure.class.into()
        }
    }
}

/// The secrets on the command line and in the environment, known before
/// parsing so that even clap's own messages never show them.
fn prescan(args: &[OsString]) -> Redactor {
    let mut redactor = Redactor::default();
    let mut secret_flags = vec![
        "--url".to_owned(),
        "--token".into(),
        "--bot-token".into(),
        "--app-token".into(),
    ];
    for method in bitrix24::METHODS {
        for flag in Plan::new(method).flags.iter().filter(|f| f.param.secret) {
            redactor.add_key(flag.param.name);
            secret_flags.push(flag.shown());
            if let Some(alias) = &flag.alias {
                secret_flags.push(format!("--{alias}"));
            }
        }
    }
    for flag in &secret_flags {
        redactor.add_key(flag);
    }
    let mut add = |flag: &str, value: &str| {
        if flag == "--url" {
            redactor.add_url(value);
        } else {
            redactor.add(value);
        }
    };
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    for (i, arg) in args.iter().enumerate() {
        for flag in &secret_flags {
            if arg == flag {
                if let Some(value) = args.get(i + 1) {
                    add(flag, value);
                }
            } else if let Some(value) = arg.strip_prefix(&format!("{flag}=")) {
                add(flag, value);
            }
        }
    }
    if let Ok(url) = std::env::var(ENV_URL) {
        redactor.add_url(&url);
    }
    for var in [ENV_TOKEN, ENV_BOT_TOKEN, ENV_APP_TOKEN] {
        if let Ok(value) = std::env::var(var) {
            redactor.add(&value);
        }
    }
    redactor
}

/// Parses the command line and runs what it says.
fn run(mut args: Vec<OsString>, redactor: &mut Redactor) -> Result<ExitCode, Failure> {
    let methods: &[&'static MethodInfo] = bitrix24::METHODS;
    let mut cmd = command::root(methods);
    let matches = match cmd.try_get_matches_from_mut(args.clone()) {
        Ok(m) => m,
        Err(e) => return Ok(clap_exit(e, redactor)),
    };
    match matches.subcommand() {
        Some(("methods", sub)) => {
            if sub.get_flag("json") {
                call::write_json(&show::methods_json(methods), stdout_pretty())?;
            } else {
                print_text(&show::methods(methods))?;
            }
        }
        Some(("describe", sub)) => {
            let name = sub
                .get_one::<String>("method")
                .map(String::as_str)
                .unwrap_or("");
            let method = find(methods, name)?;
            let system = sub.get_flag("system-errors");
            if sub.get_flag("json") {
                call::write_json(&show::describe_json(method, system), stdout_pretty())?;
            } else {
                print_text(&show::describe(method, system))?;
            }
        }
        Some(("events", sub)) => {
            if let Some(("listen", listen)) = sub.subcommand() {
                let port = listen.get_one::<u16>("port").copied().unwrap_or(0);
                let token = listen
                    .get_one::<String>("app-token")
                    .cloned()
                    .unwrap_or_default();
                listen::run(port, bitrix24::Secret::new(token))?;
            }
        }
        Some(("completions", sub)) => {
            if let Some(shell) = sub.get_one::<clap_complete::Shell>("shell") {
                let mut out = Vec::new();
                clap_complete::generate(*shell, &mut cmd, "b24", &mut out);
                print_text(&String::from_utf8_lossy(&out))?;
            }
        }
        Some((name, sub)) => match methods.iter().find(|m| m.command_name() == name) {
            Some(method) => call::run(&Plan::new(method), sub, redactor)?,
            None => {
                // An external subcommand: a method in another case, or a typo.
                let method = find(methods, name)?;
                let Some(slot) = args.iter_mut().skip(1).find(|a| *a == name) else {
                    return Err(Failure::usage(format!("unknown method `{name}`")));
                };
                *slot = OsString::from(method.command_name().as_ref());
                return run(args, redactor);
            }
        },
        None => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// A method by its command name (its wire name, `@v3` for a REST 3.0
/// method a classic one shares it with), in any case; otherwise a usage
/// error with the closest names.
fn find(methods: &[&'static MethodInfo], name: &str) -> Result<&'static MethodInfo, Failure> {
    if let Some(m) = methods.iter().find(|m| m.command_name() == name) {
        return Ok(m);
    }
    if let Some(m) =
        bitrix24::schema::method(name).filter(|m| methods.iter().any(|k| std::ptr::eq(*k, *m)))
    {
        return Ok(m);
    }
    let names: Vec<String> = methods
        .iter()
        .map(|m| m.command_name().into_owned())
        .collect();
    let candidates = names
        .iter()
        .map(String::as_str)
        .chain(BUILTINS.iter().copied());
    let close = suggest::ranked(name, candidates);
    let mut message = format!("unknown method `{name}`");
    match close.as_slice() {
        [] => {}
        [one] => message.push_str(&format!("\n  tip: did you mean `{one}`?")),
        many => {
            let list: Vec<String> = many.iter().take(5).map(|m| format!("`{m}`")).collect();
            message.push_str(&format!(
                "\n  tip: did you mean one of {}?",
                list.join(", ")
            ));
        }
    }
    message.push_str("\n  `b24 methods` lists the methods");
    Err(Failure::usage(message))
}

/// Prints clap's own message (help, version, usage errors) with secrets
/// masked, and returns its exit status (0 for help, 2 for errors).
fn clap_exit(e: clap::Error, redactor: &Redactor) -> ExitCode {
    let code = u8::try_from(e.exit_code()).unwrap_or(Class::Usage.code());
    if e.use_stderr() {
        let text = if std::io::stderr().is_terminal() {
            e.render().ansi().to_string()
        } else {
            e.render().to_string()
        };
        eprint!("{}", redactor.apply(&text));
    } else {
        // Help and version: stdout, as clap would.
        let _ = e.print();
    }
    ExitCode::from(code)
}

fn stdout_pretty() -> bool {
    std::io::stdout().is_terminal()
}

fn print_text(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .or_else(exit::ignore_broken_pipe)
        .map_err(|e| Failure::new(Class::Internal, format!("cannot write the output: {e}")))
}
