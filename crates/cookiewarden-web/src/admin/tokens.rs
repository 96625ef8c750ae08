//! API tokens in the back office: a user makes tokens for their scripts (limited to some of
//! their sites, read only or read and write), sees the secret once, and revokes them. Only the
//! SHA-256 of a secret is stored. Administrators see and revoke everyone's tokens.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use cookiewarden_core::{Access, Account, ApiToken, Slug, TokenScope};
use cookiewarden_store::NewToken;
use minijinja::context;
use serde::Serialize;

use crate::admin::extract::{CheckedForm, SignedIn, TokenOnly};
use crate::admin::form::form_status;
use crate::admin::page::Frame;
use crate::http::request::no_store;
use crate::ops::audit::entry;
use crate::ops::auth::secret_hash;
use crate::ops::{now_ms, random_bytes};
use crate::view::{rfc3339, view};
use crate::{App, Error};
use cookiewarden_core::AuditAction;

/// Every token starts so, which lets secret scanners recognise a leaked one.
const TOKEN_PREFIX: &str = "cwt_";

/// The longest label kept.
const MAX_LABEL_CHARS: usize = 100;

/// The form's value for "every site the user may work on".
const ALL_SITES: &str = "*";

#[derive(Serialize)]
struct TokenRow {
    id: i64,
    owner: String,
    label: String,
    sites: String,
    access: &'static str,
    created: String,
    last_used: String,
}

impl TokenRow {
    fn of(token: &ApiToken) -> TokenRow {
        TokenRow {
            id: token.id,
            owner: token.owner.to_string(),
            label: token.label.clone(),
            sites: token.scope.sites.as_ref().map_or_else(
                || ALL_SITES.to_owned(),
                |sites| {
                    sites
                        .iter()
                        .map(Slug::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            ),
            access: token.scope.access.as_str(),
            created: rfc3339(token.created_at),
            last_used: token.last_used_at.map(rfc3339).unwrap_or_default(),
        }
    }
}

/// What the page shows besides the list: a refused form's message, or the new secret.
#[derive(Default)]
struct Outcome {
    error: Option<String>,
    created: Option<String>,
}

async fn render(
    app: &App,
    frame: &Frame,
    account: &Account,
    outcome: Outcome,
) -> Result<Response, Error> {
    let owner = (!account.admin).then_some(&account.name);
    let tokens: Vec<TokenRow> = app
        .store
        .tokens(owner)
        .await?
        .iter()
        .map(TokenRow::of)
        .collect();
    let sites: Vec<String> = app
        .store
        .sites()
        .await?
        .into_iter()
        .filter(|site| account.role_on(&site.slug).is_some())
        .map(|site| site.slug.to_string())
        .collect();
    frame.page_with_status(
        app,
        account,
        "admin_tokens.html",
        form_status(outcome.error.is_some()),
        context! {
            section => "tokens",
            tokens => view(&tokens),
            sites,
            error => outcome.error,
            created => outcome.created,
        },
    )
}

/// `GET /admin/tokens`: the user's tokens (everyone's for administrators) and the form of a
/// new one.
pub(crate) async fn tokens(
    State(app): State<App>,
    SignedIn { account, .. }: SignedIn,
    frame: Frame,
) -> Result<Response, Error> {
    render(&app, &frame, &account, Outcome::default()).await
}

/// The scope a new-token form asks for, or why it cannot be granted.
fn requested_scope(account: &Account, pairs: &[(String, String)]) -> Result<TokenScope, String> {
    fn values<'a>(
        pairs: &'a [(String, String)],
        key: &'a str,
    ) -> impl Iterator<Item = &'a str> + 'a {
        pairs
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    let access: Access = values(pairs, "access")
        .next()
        .unwrap_or_default()
        .parse()
        .map_err(|e: cookiewarden_core::Error| e.to_string())?;
    let chosen: Vec<&str> = values(pairs, "sites").collect();
    let sites = if chosen.is_empty() {
        return Err("choose the sites the token may use".to_owned());
    } else if chosen.contains(&ALL_SITES) {
        None
    } else {
        let sites = chosen
            .iter()
            .map(|s| s.parse::<Slug>().map_err(|e| e.to_string()))
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(foreign) = sites.iter().find(|s| account.role_on(s).is_none()) {
            return Err(format!("you are not a member of `{foreign}`"));
        }
        Some(sites)
    };
    Ok(TokenScope { sites, access })
}

/// `POST /admin/tokens`: makes a token and shows its secret, once.
pub(crate) async fn create(
    State(app): State<App>,
    SignedIn { account, .. }: SignedIn,
    frame: Frame,
    CheckedForm(pairs): CheckedForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let label = value("label").unwrap_or_default().trim().to_owned();
    let refused = |error: String| Outcome {
        error: Some(error),
        created: None,
    };
    if label.is_empty()
        || label.chars().count() > MAX_LABEL_CHARS
        || label.chars().any(char::is_control)
    {
        let error = format!("a label is 1 to {MAX_LABEL_CHARS} characters on one line");
        return render(&app, &frame, &account, refused(error)).await;
    }
    let scope = match requested_scope(&account, &pairs) {
        Ok(scope) => scope,
        Err(error) => return render(&app, &frame, &account, refused(error)).await,
    };
    let mut secret = random_bytes()?.to_vec();
    secret.extend_from_slice(&random_bytes()?);
    let secret = format!("{TOKEN_PREFIX}{}", hex::encode(secret));
    let token = NewToken {
        token_hash: secret_hash(&secret),
        owner: account.name.clone(),
        label,
        scope,
        created_at: now_ms() / 1000,
    };
    let entry = entry(
        account.name.to_string(),
        AuditAction::TokenCreate,
        String::new(),
        None,
        serde_json::to_string(&serde_json::json!({
            "label": token.label,
            "sites": token.scope.sites.as_ref().map(|s| s.iter().map(Slug::as_str).collect::<Vec<_>>()),
            "access": token.scope.access.as_str(),
        }))
        .ok(),
    );
    app.store.add_token(&token, &entry).await?;
    let outcome = Outcome {
        error: None,
        created: Some(secret),
    };
    render(&app, &frame, &account, outcome).await
}

/// The token `id` names, if it is one the user may revoke: their own, or any for
/// administrators.
async fn revocable(app: &App, account: &Account, id: &str) -> Result<Option<ApiToken>, Error> {
    let Ok(id) = id.parse::<i64>() else {
        return Ok(None);
    };
    let owner = (!account.admin).then_some(&account.name);
    Ok(app
        .store
        .tokens(owner)
        .await?
        .into_iter()
        .find(|t| t.id == id))
}

/// `GET /admin/tokens/{id}/revoke`: asks whether to revoke the token; the revocation itself
/// is the form's `POST`.
pub(crate) async fn confirm_revoke(
    State(app): State<App>,
    SignedIn { account, .. }: SignedIn,
    Path(id): Path<String>,
    frame: Frame,
) -> Result<Response, Error> {
    let Some(found) = revocable(&app, &account, &id).await? else {
        return Ok(frame.refuse(&app, StatusCode::NOT_FOUND, "admin-unknown-token"));
    };
    let translations = app.pages.translations();
    let language = frame.language(&app);
    let args = fluent_bundle::FluentArgs::from_iter([("label", found.label.clone())]);
    let hidden: [(&str, &str); 0] = [];
    frame.page(
        &app,
        &account,
        "admin_confirm.html",
        context! {
            section => "tokens",
            question => translations.message(&language, "admin-confirm-revoke-token", Some(&args)),
            confirm => translations.message(&language, "admin-revoke", None),
            action => format!("/admin/tokens/{}/revoke", found.id),
            hidden => hidden,
            cancel_url => "/admin/tokens",
        },
    )
}

/// `POST /admin/tokens/{id}/revoke`: the owner's own token, or any for administrators.
pub(crate) async fn revoke(
    State(app): State<App>,
    SignedIn { account, .. }: SignedIn,
    Path(id): Path<String>,
    frame: Frame,
    CheckedForm(_): CheckedForm<TokenOnly>,
) -> Result<Response, Error> {
    let Some(found) = revocable(&app, &account, &id).await? else {
        return Ok(frame.refuse(&app, StatusCode::NOT_FOUND, "admin-unknown-token"));
    };
    let entry = entry(
        account.name.to_string(),
        AuditAction::TokenRevoke,
        format!("token:{}", found.id),
        serde_json::to_string(&serde_json::json!({
            "owner": found.owner.as_str(),
            "label": found.label,
        }))
        .ok(),
        None,
    );
    app.store.revoke_token(found.id, &entry).await?;
    Ok(no_store(Redirect::to("/admin/tokens").into_response()))
}
