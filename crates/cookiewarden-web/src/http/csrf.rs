//! `csrftoken`, as Django does it: the cookie holds a 32-character secret; each form carries a
//! masked copy (a random mask, then the secret shifted by it), so the token in a page changes
//! at every render and cannot be read back by compression side channels (BREACH). A request is
//! accepted when its token unmasks to the cookie's secret, compared in constant time, and when
//! the browser says it comes from this origin. Forms send the token as `csrfmiddlewaretoken`,
//! scripts as `X-CSRFToken` (Django's names).

use axum::http::{HeaderMap, header};
use axum::response::Response;
use cookie::{Cookie, SameSite};

use crate::http::origin::{RequestSource, source_of};
use crate::http::request::{cookie_header, is_https, request_cookie};
use crate::{App, Error};

/// The cookie's name (Django's).
pub(crate) const CSRF_COOKIE: &str = "csrftoken";

/// The header scripts use (Django's).
pub(crate) const CSRF_HEADER: &str = "x-csrftoken";

const ALPHABET: &[u8; 62] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const SECRET_LENGTH: usize = 32;

/// `n` characters of the alphabet, uniformly (bytes past the last multiple of 62 are redrawn).
fn random_chars(n: usize) -> Result<String, Error> {
    let mut out = String::with_capacity(n);
    while out.len() < n {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| Error::Randomness(e.to_string()))?;
        for byte in bytes {
            if usize::from(byte) < 248 && out.len() < n {
                out.push(char::from(ALPHABET[usize::from(byte) % 62]));
            }
        }
    }
    Ok(out)
}

fn position(c: u8) -> Option<usize> {
    ALPHABET.iter().position(|&a| a == c)
}

/// A new secret for the cookie.
pub(crate) fn new_secret() -> Result<String, Error> {
    random_chars(SECRET_LENGTH)
}

/// Whether a cookie value is a secret this module could have made.
pub(crate) fn is_secret(value: &str) -> bool {
    value.len() == SECRET_LENGTH && value.bytes().all(|b| position(b).is_some())
}

/// A masked copy of `secret` for one form: 64 characters.
pub(crate) fn mask(secret: &str) -> Result<String, Error> {
    let mask = random_chars(SECRET_LENGTH)?;
    let cipher: String = secret
        .bytes()
        .zip(mask.bytes())
        .map(|(s, m)| {
            let (s, m) = (position(s).unwrap_or(0), position(m).unwrap_or(0));
            char::from(ALPHABET[(s + m) % 62])
        })
        .collect();
    Ok(format!("{mask}{cipher}"))
}

/// The secret inside a token: a 64-character masked token, or (as Django accepts) the
/// 32-character secret itself.
fn unmask(token: &str) -> Option<String> {
    if !token.bytes().all(|b| position(b).is_some()) {
        return None;
    }
    match token.len() {
        SECRET_LENGTH => Some(token.to_owned()),
        64 => {
            let (mask, cipher) = token.split_at(SECRET_LENGTH);
            Some(
                cipher
                    .bytes()
                    .zip(mask.bytes())
                    .map(|(c, m)| {
                        let (c, m) = (position(c).unwrap_or(0), position(m).unwrap_or(0));
                        char::from(ALPHABET[(c + 62 - m) % 62])
                    })
                    .collect(),
            )
        }
        _ => None,
    }
}

/// Equal, in a time that does not depend on where the first difference is.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token a form sent, among its fields as pairs (forms whose fields repeat).
pub(crate) fn form_token(pairs: &[(String, String)]) -> Option<&str> {
    pairs
        .iter()
        .find(|(name, _)| name == "csrfmiddlewaretoken")
        .map(|(_, value)| value.as_str())
}

/// Checks an unsafe request: from this origin, with a token (form field or header) that
/// unmasks to the cookie's secret.
pub(crate) fn check(app: &App, headers: &HeaderMap, form_token: Option<&str>) -> bool {
    check_on(is_https(app, headers), headers, form_token)
}

/// [`check`], on a connection whose scheme is known.
fn check_on(https: bool, headers: &HeaderMap, form_token: Option<&str>) -> bool {
    if source_of(headers, https) != RequestSource::SameOrigin {
        return false;
    }
    let Some(secret) = request_cookie(headers, CSRF_COOKIE).filter(|s| is_secret(s)) else {
        return false;
    };
    let token = form_token.map(str::to_owned).or_else(|| {
        headers
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    });
    token
        .and_then(|t| unmask(&t))
        .is_some_and(|unmasked| constant_time_eq(unmasked.as_bytes(), secret.as_bytes()))
}

/// A masked token for a form of this page, and the new secret to set when the request had
/// none.
pub(crate) fn csrf_token(headers: &HeaderMap) -> Result<(String, Option<String>), Error> {
    match request_cookie(headers, CSRF_COOKIE).filter(|s| is_secret(s)) {
        Some(secret) => Ok((mask(&secret)?, None)),
        None => {
            let secret = new_secret()?;
            Ok((mask(&secret)?, Some(secret)))
        }
    }
}

pub(crate) fn set_csrf_cookie(
    app: &App,
    headers: &HeaderMap,
    response: &mut Response,
    secret: &str,
) {
    let cookie = Cookie::build((CSRF_COOKIE, secret.to_owned()))
        .path("/")
        .max_age(cookie::time::Duration::seconds(
            i64::try_from(app.csrf_lifetime_seconds).unwrap_or(i64::MAX),
        ))
        .same_site(SameSite::Lax)
        .secure(is_https(app, headers))
        .build();
    if let Some(value) = cookie_header(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(cookie: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("cookie", HeaderValue::from_str(cookie).unwrap());
        headers
    }

    #[test]
    fn masked_tokens_differ_each_time_and_unmask_to_the_secret() {
        let secret = new_secret().unwrap();
        assert!(is_secret(&secret));
        let (a, b) = (mask(&secret).unwrap(), mask(&secret).unwrap());
        assert_ne!(a, b);
        assert_eq!(unmask(&a).as_deref(), Some(secret.as_str()));
        assert_eq!(unmask(&b).as_deref(), Some(secret.as_str()));
    }

    #[test]
    fn a_request_needs_the_cookie_a_matching_token_and_this_origin() {
        let secret = new_secret().unwrap();
        let token = mask(&secret).unwrap();
        let cookie = format!("{CSRF_COOKIE}={secret}");
        assert!(check_on(false, &headers(&cookie), Some(&token)));
        assert!(
            check_on(false, &headers(&cookie), Some(&secret)),
            "the bare secret, as Django accepts"
        );
        let mut from_header = headers(&cookie);
        from_header.insert(CSRF_HEADER, HeaderValue::from_str(&token).unwrap());
        assert!(check_on(false, &from_header, None));

        let other = mask(&new_secret().unwrap()).unwrap();
        assert!(
            !check_on(false, &headers(&cookie), Some(&other)),
            "another secret's token"
        );
        assert!(!check_on(false, &headers(&cookie), None), "no token");
        assert!(!check_on(false, &headers(""), Some(&token)), "no cookie");
        assert!(!check_on(false, &headers(&cookie), Some("x")), "garbage");
        let mut cross = headers(&cookie);
        cross.insert("origin", HeaderValue::from_static("https://evil.example"));
        cross.insert("host", HeaderValue::from_static("cw.example"));
        assert!(!check_on(false, &cross, Some(&token)), "another origin");
        let mut cross_site = headers(&cookie);
        cross_site.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!check_on(false, &cross_site, Some(&token)));
    }
}
