//! Event bodies, random and mutated: reading one (form or JSON), checking its
//! token and typing it give a value or an error, never a panic; an error
//! names a key or the body, and never quotes the application token.
//!
//! `FUZZ_CASES=100000 cargo test --release --test fuzz_events` runs longer
//! (see `tests/support/fuzz.rs`).

#[path = "support/fuzz.rs"]
mod fuzz;

use bitrix24::Secret;
use bitrix24::events::Incoming;

const TOKEN: &str = "fuzz-app-token-1f2e";

const PIECES: &[&str] = &[
    "event=ONIMBOTV2MESSAGEADD",
    "event=ONIMBOTV2DELETE",
    "event=ONIMV2JOINCHAT",
    "event=",
    "event[]=x",
    "data[bot][id]=456",
    "data[bot][id]=abc",
    "data[bot]=1",
    "data[message][id]=789",
    "data[message][isSystem]=1",
    "data[message][forward]=",
    "data[user][departments][]=1",
    "data[user][departments][5]=2",
    "data[chat][color]=%23ab7761",
    "data[[x]]=1",
    "data]=1",
    "[]=1",
    "data[a][b][c][d][e][f][g][h][i][j][k][l][m][n][o][p][q][r][s][t][u][v][w][x][y][z][a][b][c][d][e][f][g]=1",
    "ts=17",
    "ts=x",
    "auth[application_token]=fuzz-app-token-1f2e",
    "auth[application_token][]=fuzz-app-token-1f2e",
    "auth=fuzz-app-token-1f2e",
    "auth[expires_in]=zz",
    "%",
    "%G1=2",
    "%FF=1",
    "=",
    "&",
    "+",
];

#[test]
fn fuzz_event_bodies_never_panic_nor_leak_the_token() {
    let token = Secret::new(TOKEN);
    let ran = fuzz::run("events", 4000, |u, _| {
        let body: Vec<u8> = if fuzz::one_in(u, 4) {
            let len = fuzz::below(u, 200);
            (0..len)
                .map(|_| u.arbitrary::<u8>().unwrap_or(b'&'))
                .collect()
        } else {
            let n = fuzz::below(u, 12) + 1;
            let parts: Vec<&str> = (0..n).map(|_| *fuzz::pick(u, PIECES)).collect();
            let mut text = parts.join("&").into_bytes();
            if fuzz::one_in(u, 3) {
                let cut = fuzz::below(u, text.len() + 1);
                text.truncate(cut);
            }
            text
        };
        let json = fuzz::one_in(u, 5);
        let result = if json {
            Incoming::from_json(&body)
        } else {
            Incoming::from_form(&body)
        };
        match result {
            Err(e) => {
                let text = e.to_string();
                assert!(text.starts_with("event body"), "{text}");
                assert!(!text.contains(TOKEN), "{text}");
            }
            Ok(incoming) => {
                let _ = incoming.verify(&token);
                assert!(!format!("{incoming:?}").contains(TOKEN));
                for typed in [
                    incoming
                        .event::<bitrix24::imbot::Event>()
                        .map(|e| format!("{e:?}")),
                    incoming
                        .event::<bitrix24::im::Event>()
                        .map(|e| format!("{e:?}")),
                ] {
                    if let Err(e) = typed {
                        assert!(!e.to_string().contains(TOKEN), "{e}");
                        assert_eq!(e.key(), Some("data"));
                    }
                }
            }
        }
    });
    assert!(ran > 0);
}
