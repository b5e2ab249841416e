//! `bitrix24-mock`: runs the emulator until it is interrupted, after printing
//! the URLs and credentials to use.

use bitrix24_mock::{Config, Mock, RateLimit};
use std::io::Write as _;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
usage: bitrix24-mock [--port N] [--enterprise] [--rate PER_SEC] [--burst N]
                     [--operating-limit SECONDS|off] [--webhook-secret S] [--access-token T]
                     [--application-token T]

Runs a local Bitrix24 portal emulator on 127.0.0.1 until interrupted (Ctrl-C).

  --port N               port to listen on; 0 (the default) picks a free one
  --enterprise           Enterprise rate limit: 5 requests/s, bursts of 250
                         (default: 2 requests/s, bursts of 50)
  --rate PER_SEC         request-rate limit: how fast the counter drains
  --burst N              request-rate limit: counter value that blocks
  --operating-limit S    each method's execution-time budget in seconds, or
                         `off` (default: 480)
  --webhook-secret S     fixed secret for the default webhook (default: random)
  --access-token T       fixed value for the default OAuth token (default: random)
  --application-token T  fixed application token of the default application, which
                         its events carry (default: random)
";

fn parse(args: &[String]) -> Result<Config, String> {
    let mut config = Config::default();
    let mut rate = RateLimit::STANDARD;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--port" => {
                let v = value("--port")?;
                config = config.port(v.parse().map_err(|_| format!("bad port: {v}"))?);
            }
            "--enterprise" => rate = RateLimit::ENTERPRISE,
            "--rate" => {
                let v = value("--rate")?;
                rate.per_second = v
                    .parse::<f64>()
                    .ok()
                    .filter(|r| *r >= 0.0)
                    .ok_or_else(|| format!("bad rate: {v}"))?;
            }
            "--burst" => {
                let v = value("--burst")?;
                rate.burst = v.parse().map_err(|_| format!("bad burst: {v}"))?;
            }
            "--operating-limit" => {
                let v = value("--operating-limit")?;
                let limit = if v == "off" {
                    None
                } else {
                    let secs = v
                        .parse::<f64>()
                        .ok()
                        .filter(|s| s.is_finite() && *s >= 0.0)
                        .ok_or_else(|| format!("bad operating limit: {v}"))?;
                    Some(Duration::from_secs_f64(secs))
                };
                config = config.operating_limit(limit);
            }
            "--webhook-secret" => config = config.webhook_secret(value("--webhook-secret")?),
            "--access-token" => config = config.access_token(value("--access-token")?),
            "--application-token" => {
                config = config.application_token(value("--application-token")?)
            }
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    Ok(config.rate_limit(rate))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let config = match parse(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("bitrix24-mock: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mock = match Mock::start(config).await {
        Ok(m) => m,
        Err(e) => {
            eprintln!("bitrix24-mock: cannot listen: {e}");
            return ExitCode::FAILURE;
        }
    };
    let app = mock.app();
    let bot = mock.bot();
    let banner = format!(
        "bitrix24-mock listening on {}\n\
         webhook URL:    {}\n\
         OAuth base URL: {}\n\
         OAuth token:    {}\n\
         refresh token:  {}\n\
         token endpoint: {}\n\
         client_id:      {}\n\
         client_secret:  {}\n\
         app token:      {} (auth[application_token] of its events)\n\
         bot:            id {}, botToken {}\n\
         users:          1 (webhook and token owner), 2, 3, 103, 547\n",
        mock.base_url(),
        mock.webhook_url(),
        mock.oauth_base_url(),
        mock.oauth_token().expose(),
        mock.refresh_token().expose(),
        mock.oauth_token_url(),
        app.client_id,
        app.client_secret.expose(),
        app.application_token.expose(),
        bot.id,
        bot.token.expose(),
    );
    // The server keeps running when whoever reads stdout stops reading
    // (`bitrix24-mock | head -2`): the banner is for people, not a contract.
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(banner.as_bytes()).and_then(|()| out.flush());
    drop(out);
    std::future::pending::<()>().await;
    ExitCode::SUCCESS
}
