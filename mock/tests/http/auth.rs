//! Each way to authenticate, and each way it fails.

use crate::{get, post_form, post_json, start};
use bitrix24_mock::Secret;
use serde_json::{Value, json};

#[tokio::test]
async fn webhook_url_with_json_body() {
    let mock = start().await;
    let reply = post_json(
        &format!("{}im.chat.add", mock.webhook_url()),
        &json!({ "TITLE": "Deal Chat", "USERS": [103, 547] }),
    )
    .await;
    let id = reply.ok().as_i64().expect("an integer chat id");
    let chats = mock.chats();
    assert_eq!(chats.len(), 1);
    assert_eq!(chats[0].id, id);
    assert_eq!(chats[0].owner, 1, "the webhook's user owns the chat");
    assert_eq!(chats[0].members, [1, 103, 547]);
}

#[tokio::test]
async fn webhook_url_forms_json_suffix_trailing_slash_any_case() {
    let mock = start().await;
    let base = mock.webhook_url();
    for method in [
        "im.chat.add.json",
        "im.chat.add/",
        "IM.CHAT.ADD",
        "imbot.v2.chat.add",
    ] {
        let body = if method.starts_with("imbot") {
            json!({ "botId": 456, "botToken": mock.bot().token.expose() })
        } else {
            json!({})
        };
        post_json(&format!("{base}{method}"), &body).await.ok();
    }
    assert_eq!(mock.chats().len(), 4);
}

#[tokio::test]
async fn oauth_token_in_json_body_query_string_and_form_body() {
    let mock = start().await;
    let token = mock.oauth_token();
    let token = token.expose();
    let url = format!("{}im.chat.add", mock.oauth_base_url());
    post_json(&url, &json!({ "TITLE": "json", "auth": token }))
        .await
        .ok();
    post_json(&format!("{url}?auth={token}"), &json!({ "TITLE": "query" }))
        .await
        .ok();
    post_form(&url, &format!("TITLE=form&auth={token}"))
        .await
        .ok();
    get(&format!("{url}?TITLE=get&auth={token}")).await.ok();
    let titles: Vec<String> = mock.chats().into_iter().map(|c| c.title).collect();
    assert_eq!(titles, ["json", "query", "form", "get"]);
    assert!(mock.chats().iter().all(|c| c.owner == 1));
}

#[tokio::test]
async fn a_token_for_another_user_acts_as_that_user() {
    let mock = start().await;
    let pair = mock.issue_token(&mock.app().client_id, 2, ["im"]);
    let url = format!("{}im.chat.add", mock.oauth_base_url());
    post_json(&url, &json!({ "auth": pair.access_token.expose() }))
        .await
        .ok();
    assert_eq!(mock.chats()[0].owner, 2);
}

#[tokio::test]
async fn bad_webhook_secret_or_user_is_no_auth_found() {
    let mock = start().await;
    let base = mock.base_url();
    let secret = mock.webhook().secret;
    for path in [
        "/rest/1/wrong-secret/im.chat.add".to_owned(),
        format!("/rest/2/{}/im.chat.add", secret.expose()),
        format!("/rest/abc/{}/im.chat.add", secret.expose()),
    ] {
        post_json(&format!("{base}{path}"), &json!({}))
            .await
            .assert_error(401, "NO_AUTH_FOUND");
    }
    assert!(mock.chats().is_empty());
}

#[tokio::test]
async fn bad_or_missing_token_is_no_auth_found() {
    let mock = start().await;
    let url = format!("{}im.chat.add", mock.oauth_base_url());
    post_json(&url, &json!({ "auth": "not-a-token" }))
        .await
        .assert_error(401, "NO_AUTH_FOUND");
    post_json(&url, &json!({}))
        .await
        .assert_error(401, "NO_AUTH_FOUND");
    // The webhook secret is not an OAuth token.
    post_json(&url, &json!({ "auth": mock.webhook().secret.expose() }))
        .await
        .assert_error(401, "NO_AUTH_FOUND");
}

#[tokio::test]
async fn expired_token_then_refresh_then_call_again() {
    let mock = start().await;
    let app = mock.app();
    let url = format!("{}im.chat.add", mock.oauth_base_url());
    let old = mock.oauth_token();
    mock.expire_token(&old);
    post_json(&url, &json!({ "auth": old.expose() }))
        .await
        .assert_error(401, "expired_token");

    // The documented refresh request: GET with everything in the query.
    let refresh = mock.refresh_token();
    let reply = get(&format!(
        "{}?grant_type=refresh_token&client_id={}&client_secret={}&refresh_token={}",
        mock.oauth_token_url(),
        app.client_id,
        app.client_secret.expose(),
        refresh.expose()
    ))
    .await;
    assert_eq!(reply.status, 200, "{reply:?}");
    for key in [
        "access_token",
        "client_endpoint",
        "domain",
        "expires",
        "expires_in",
        "member_id",
        "refresh_token",
        "scope",
        "server_endpoint",
        "status",
        "user_id",
    ] {
        assert!(reply.body.get(key).is_some(), "{key} missing: {reply:?}");
    }
    assert_eq!(reply.body["client_endpoint"], mock.oauth_base_url());
    assert_eq!(reply.body["expires_in"], 3600);
    assert_eq!(
        reply.body["scope"],
        "im,imbot,crm,task,tasks,user,department,humanresources,userfieldconfig,salescenter"
    );
    assert_eq!(reply.body["user_id"], 1);
    let new_token = reply.body["access_token"].as_str().expect("a token");
    let new_refresh = reply.body["refresh_token"].as_str().expect("a token");
    assert_ne!(new_token, old.expose());
    assert_ne!(new_refresh, refresh.expose());
    post_json(&url, &json!({ "auth": new_token })).await.ok();

    // A refresh token is single-use.
    let again = post_form(
        &mock.oauth_token_url(),
        &format!(
            "grant_type=refresh_token&client_id={}&client_secret={}&refresh_token={}",
            app.client_id,
            app.client_secret.expose(),
            refresh.expose()
        ),
    )
    .await;
    assert_eq!(
        (again.status, again.body["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    // The new one works, by POST form too.
    let reply = post_form(
        &mock.oauth_token_url(),
        &format!(
            "grant_type=refresh_token&client_id={}&client_secret={}&refresh_token={new_refresh}",
            app.client_id,
            app.client_secret.expose(),
        ),
    )
    .await;
    assert_eq!(reply.status, 200, "{reply:?}");
}

#[tokio::test]
async fn refresh_errors_follow_the_oauth_server() {
    let mock = start().await;
    let app = mock.app();
    let refresh = mock.refresh_token();
    let url = mock.oauth_token_url();
    let error = |reply: crate::Reply| {
        (
            reply.status,
            reply.body["error"].as_str().map(str::to_owned),
        )
    };
    let wrong_secret = get(&format!(
        "{url}?grant_type=refresh_token&client_id={}&client_secret=nope&refresh_token={}",
        app.client_id,
        refresh.expose()
    ))
    .await;
    assert_eq!(error(wrong_secret), (401, Some("invalid_client".into())));
    let missing = get(&format!("{url}?grant_type=refresh_token")).await;
    assert_eq!(error(missing), (400, Some("invalid_request".into())));
    mock.expire_refresh_token(&refresh);
    let expired = get(&format!(
        "{url}?grant_type=refresh_token&client_id={}&client_secret={}&refresh_token={}",
        app.client_id,
        app.client_secret.expose(),
        refresh.expose()
    ))
    .await;
    assert_eq!(error(expired), (400, Some("invalid_grant".into())));
    // Another application cannot use this application's refresh token.
    let other = mock.add_app(["im"]);
    let foreign = get(&format!(
        "{url}?grant_type=refresh_token&client_id={}&client_secret={}&refresh_token={}",
        other.client_id,
        other.client_secret.expose(),
        mock.issue_token(&app.client_id, 1, ["im"])
            .refresh_token
            .expose()
    ))
    .await;
    assert_eq!(error(foreign), (400, Some("invalid_grant".into())));
}

#[tokio::test]
async fn insufficient_scope_for_webhooks_and_tokens() {
    let mock = start().await;
    let crm_only = mock.add_webhook(1, ["crm"]);
    post_json(&format!("{}im.chat.add", crm_only.url), &json!({}))
        .await
        .assert_error(403, "insufficient_scope");

    let im_only = mock.issue_token(&mock.app().client_id, 1, ["im"]);
    let url = format!("{}imbot.v2.Chat.add", mock.oauth_base_url());
    post_json(
        &url,
        &json!({ "botId": 456, "auth": im_only.access_token.expose() }),
    )
    .await
    .assert_error(403, "insufficient_scope");
    // The same token may call the im method.
    post_json(
        &format!("{}im.chat.add", mock.oauth_base_url()),
        &json!({ "auth": im_only.access_token.expose() }),
    )
    .await
    .ok();
    assert_eq!(mock.chats().len(), 1);
}

#[tokio::test]
async fn invalid_credentials_when_the_user_may_not_call_the_method() {
    let mock = start().await;
    mock.deny_method(1, "im.chat.add");
    post_json(&format!("{}im.chat.add", mock.webhook_url()), &json!({}))
        .await
        .assert_error(403, "INVALID_CREDENTIALS");
    // Another user's webhook is not affected.
    let anna = mock.add_webhook(2, ["im"]);
    post_json(&format!("{}im.chat.add", anna.url), &json!({}))
        .await
        .ok();
    mock.allow_all_methods();
    post_json(&format!("{}im.chat.add", mock.webhook_url()), &json!({}))
        .await
        .ok();
}

#[tokio::test]
async fn fixed_secrets_from_the_config() {
    let mock = bitrix24_mock::Mock::start(
        bitrix24_mock::Config::default()
            .webhook_secret("s3cret")
            .access_token("tok3n"),
    )
    .await
    .expect("starts");
    assert!(mock.webhook_url().ends_with("/rest/1/s3cret/"));
    assert_eq!(mock.oauth_token(), Secret::new("tok3n"));
    let reply = post_json(
        &format!("{}rest/im.chat.add", mock.base_url() + "/"),
        &json!({ "auth": "tok3n" }),
    )
    .await;
    assert!(reply.ok().is_i64());
    let _: Value = reply.body;
}
