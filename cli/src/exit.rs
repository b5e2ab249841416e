//! Exit statuses, one per kind of failure, and the redaction of secrets
//! from everything `b24` prints.

use std::process::ExitCode;

/// What kind of failure ended the run; each has its own exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Something unexpected: the output could not be written.
    Internal,
    /// Usage or bad input: unknown method or flag, a bad value, bad JSON,
    /// an unreadable input file, a missing required param.
    Usage,
    /// The portal answered with an error code.
    Api,
    /// The request may have been processed, but no answer came; not resent.
    OutcomeUnknown,
    /// The portal could not be reached.
    Transport,
    /// The answer is not what the documentation describes.
    Decode,
    /// The credentials did not work: refused by the portal, or expired.
    Auth,
    /// The configuration is missing or wrong: no URL, a bad URL, plain
    /// HTTP, a token with a webhook URL, a missing bot token.
    Config,
}

impl Class {
    /// The exit status.
    pub fn code(self) -> u8 {
        match self {
            Class::Internal => 1,
            Class::Usage => 2,
            Class::Api => 3,
            Class::OutcomeUnknown => 4,
            Class::Transport => 5,
            Class::Decode => 6,
            Class::Auth => 7,
            Class::Config => 8,
        }
    }
}

impl From<Class> for ExitCode {
    fn from(class: Class) -> ExitCode {
        ExitCode::from(class.code())
    }
}

/// A failure: its class and the message for stderr.
#[derive(Debug)]
pub struct Failure {
    /// The kind, which gives the exit status.
    pub class: Class,
    /// What to print (without the leading `error: `).
    pub message: String,
}

impl Failure {
    /// A failure of `class` with `message`.
    pub fn new(class: Class, message: impl Into<String>) -> Failure {
        Failure {
            class,
            message: message.into(),
        }
    }

    /// A usage error.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure::new(Class::Usage, message)
    }

    /// A configuration error.
    pub fn config(message: impl Into<String>) -> Failure {
        Failure::new(Class::Config, message)
    }
}

/// Treats a closed stdout (`b24 methods | head -1`) as success: the reader
/// has what it wanted.
pub fn ignore_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

/// The secrets of this run, masked as `***` where they are sent: in a
/// webhook URL's path (`/rest/1/<secret>/`), as the `auth` param, and as the
/// value of a token param or flag (`"botToken": "<secret>"`, `auth=<secret>`,
/// `--token <secret>`), and as a whole argument clap quotes back
/// (`unexpected argument '<secret>'`). The same letters anywhere else are left alone, so a
/// short secret neither garbles other words (`tok` in `--token`) nor hints at
/// itself by doing so.
#[derive(Debug, Clone)]
pub struct Redactor {
    secrets: Vec<String>,
    /// Names a secret is sent under: params, and flags (with their `--`).
    keys: Vec<String>,
}

impl Default for Redactor {
    fn default() -> Self {
        let keys = [
            "auth",
            "access_token",
            "refresh_token",
            "--url",
            "--token",
            "--bot-token",
        ];
        Redactor {
            secrets: Vec::new(),
            keys: keys.map(str::to_owned).to_vec(),
        }
    }
}

/// Characters a secret can be made of: an occurrence of a secret next to
/// one of them is part of another word.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '~')
}

impl Redactor {
    /// Adds a secret; an empty value is ignored.
    pub fn add(&mut self, secret: &str) {
        let secret = secret.trim();
        if !secret.is_empty() && !self.secrets.iter().any(|s| s == secret) {
            self.secrets.push(secret.to_owned());
            // Longest first, so a secret containing another is masked whole.
            self.secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
    }

    /// Adds a name a secret is sent under: a param (`botToken`) or a flag
    /// (`--bot-token`).
    pub fn add_key(&mut self, key: &str) {
        if !key.is_empty() && !self.keys.iter().any(|k| k == key) {
            self.keys.push(key.to_owned());
        }
    }

    /// Adds the secret part of a webhook URL (the segment after the user
    /// id); a portal address has none.
    pub fn add_url(&mut self, url: &str) {
        if let Some(secret) = webhook_secret(url) {
            self.add(secret);
        }
    }

    /// Whether the text before an occurrence puts it where a secret is sent.
    fn in_place(&self, before: &str) -> bool {
        // `…/rest/<user id>/<secret>`
        if let Some(path) = before.strip_suffix('/') {
            let digits = path.trim_end_matches(|c: char| c.is_ascii_digit());
            if digits.len() < path.len() && digits.ends_with("/rest/") {
                return true;
            }
        }
        // `"key": "<secret>"`, `key=<secret>`, `--flag <secret>`, `key: <secret>`
        let before = before.strip_suffix(['"', '\'']).unwrap_or(before);
        let before = before.strip_suffix('\\').unwrap_or(before);
        let before = before.trim_end_matches(' ');
        let key = before
            .strip_suffix(['=', ':'])
            .map(|k| k.trim_end_matches(' '))
            .unwrap_or(before);
        let key = key.strip_suffix(['"', '\'']).unwrap_or(key);
        let key = key.strip_suffix('\\').unwrap_or(key);
        self.keys.iter().any(|k| {
            key.ends_with(k.as_str())
                && !key[..key.len() - k.len()].ends_with(|c: char| word_char(c) && c != '-')
        })
    }

    /// The text with each secret replaced by `***` where it is sent.
    pub fn apply(&self, text: &str) -> String {
        let mut masked: Vec<(usize, usize)> = Vec::new();
        for secret in &self.secrets {
            for (start, _) in text.match_indices(secret.as_str()) {
                let end = start + secret.len();
                let whole =
                    !text[..start].ends_with(word_char) && !text[end..].starts_with(word_char);
                let taken = masked.iter().any(|&(s, e)| start < e && s < end);
                // clap quotes a stray argument back whole: `'<secret>'`.
                let quoted = text[..start].ends_with('\'') && text[end..].starts_with('\'');
                if whole && !taken && (quoted || self.in_place(&text[..start])) {
                    masked.push((start, end));
                }
            }
        }
        masked.sort_unstable();
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end) in masked {
            out.push_str(&text[at..start]);
            out.push_str("***");
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// The secret segment of `https://{portal}/rest/{user}/{secret}/…`.
pub fn webhook_secret(url: &str) -> Option<&str> {
    let rest = url.find("/rest/")?;
    let mut parts = url[rest + "/rest/".len()..].split('/');
    let user = parts.next()?;
    let secret = parts.next()?;
    if user.is_empty() || !user.chars().all(|c| c.is_ascii_digit()) || secret.is_empty() {
        return None;
    }
    Some(secret.split(['?', '#']).next().unwrap_or(secret))
}

/// The URL with its webhook secret masked: `…/rest/1/***/`.
pub fn mask_url(url: &str) -> String {
    match webhook_secret(url) {
        Some(secret) => url.replacen(secret, "***", 1),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhook_secrets_are_found_and_masked() {
        let url = "https://p.bitrix24.com/rest/1/s3cr3t/";
        assert_eq!(webhook_secret(url), Some("s3cr3t"));
        assert_eq!(mask_url(url), "https://p.bitrix24.com/rest/1/***/");
        assert_eq!(webhook_secret("https://p.bitrix24.com/rest/"), None);
        assert_eq!(webhook_secret("https://p.bitrix24.com/rest/x/y/"), None);
        assert_eq!(webhook_secret("https://p/rest/1/abc?x=1"), Some("abc"));
    }

    #[test]
    fn redaction_masks_secrets_where_they_are_sent() {
        let mut r = Redactor::default();
        r.add("tok");
        r.add("token-123");
        r.add("x");
        r.add_url("http://127.0.0.1:1/rest/1/port/");
        r.add_key("botToken");
        r.add_key("--bot-token");
        // Where each is sent: masked.
        assert_eq!(
            r.apply(
                r#"POST http://127.0.0.1:1/rest/1/port/im.chat.add {"botToken":"tok","auth": "x"}"#
            ),
            r#"POST http://127.0.0.1:1/rest/1/***/im.chat.add {"botToken":"***","auth": "***"}"#
        );
        assert_eq!(
            r.apply("b24 --token token-123 --bot-token=tok auth=x"),
            "b24 --token *** --bot-token=*** auth=***"
        );
        assert_eq!(
            r.apply(r#"{\"botToken\": \"tok\"}"#),
            r#"{\"botToken\": \"***\"}"#
        );
        // The same letters anywhere else: left alone.
        assert_eq!(
            r.apply("error: unexpected argument --token for the portal; x tok port"),
            "error: unexpected argument --token for the portal; x tok port"
        );
        assert_eq!(
            r.apply("error: unexpected argument 'tok' found; 'tokens'"),
            "error: unexpected argument '***' found; 'tokens'"
        );
        // Nor is a key's suffix a key (`notauth=`), nor a longer value a secret.
        assert_eq!(r.apply("notauth=x auth=xy"), "notauth=x auth=xy");
    }

    #[test]
    fn exit_codes_are_distinct() {
        let all = [
            Class::Internal,
            Class::Usage,
            Class::Api,
            Class::OutcomeUnknown,
            Class::Transport,
            Class::Decode,
            Class::Auth,
            Class::Config,
        ];
        let mut codes: Vec<u8> = all.iter().map(|c| c.code()).collect();
        codes.dedup();
        assert_eq!(codes, [1, 2, 3, 4, 5, 6, 7, 8]);
    }
}
