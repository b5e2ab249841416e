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

/// The secrets of this run, masked as `***` in everything printed.
#[derive(Debug, Default, Clone)]
pub struct Redactor {
    secrets: Vec<String>,
}

impl Redactor {
    /// Adds a secret. Values shorter than 3 characters are not masked (they
    /// would mask ordinary text); an empty value is ignored.
    pub fn add(&mut self, secret: &str) {
        let secret = secret.trim();
        if secret.chars().count() >= 3 && !self.secrets.iter().any(|s| s == secret) {
            self.secrets.push(secret.to_owned());
            // Longest first, so a secret containing another is masked whole.
            self.secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
    }

    /// Adds the secret part of a webhook URL (the segment after the user
    /// id); a portal address has none.
    pub fn add_url(&mut self, url: &str) {
        if let Some(secret) = webhook_secret(url) {
            self.add(secret);
        }
    }

    /// The text with every secret replaced by `***`.
    pub fn apply(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for secret in &self.secrets {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), "***");
            }
        }
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
    fn redaction_masks_every_secret() {
        let mut r = Redactor::default();
        r.add("tok");
        r.add("token-123");
        r.add("x");
        r.add_url("http://127.0.0.1:1/rest/1/hook-secret/");
        assert_eq!(r.apply("token-123 tok x hook-secret"), "*** *** x ***");
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
