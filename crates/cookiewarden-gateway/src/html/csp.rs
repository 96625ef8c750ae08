//! Makes room for the banner in the page's Content-Security-Policy instead of breaking either.

/// The tags that bring the banner to a page: its loader, with the nonce the page's policy
/// gets, when it has one.
pub(crate) fn banner_tags(loader_url: &str, nonce: &str) -> String {
    format!(r#"<script src="{loader_url}" nonce="{nonce}"></script>"#)
}

/// Makes a Content-Security-Policy (one header value, possibly several policies separated by
/// commas) allow the banner: its loader and styles are same-origin files and it talks to the
/// same origin. A directive that works with nonces or hashes gets the banner's nonce (adding
/// `'self'` would not be enough under `'strict-dynamic'`); one that lists sources without
/// `'self'` gets `'self'` (a nonce there would switch off its `'unsafe-inline'`); one that
/// already allows the banner is left alone.
pub fn allow_banner(policy: &str, nonce: &str) -> String {
    policy
        .split(',')
        .map(|one| allow_in_policy(one.trim(), nonce))
        .collect::<Vec<_>>()
        .join(", ")
}

fn allow_in_policy(policy: &str, nonce: &str) -> String {
    let mut directives: Vec<Vec<String>> = policy
        .split(';')
        .map(|d| {
            d.split_ascii_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|d| !d.is_empty())
        .collect();
    let has = |directives: &[Vec<String>], name: &str| {
        directives
            .iter()
            .position(|d| d[0].eq_ignore_ascii_case(name))
    };
    // For each kind of fetch the banner makes, the directive that governs it (CSP3 fallback).
    for chain in [
        &["script-src-elem", "script-src", "default-src"][..],
        &["style-src-elem", "style-src", "default-src"][..],
        &["connect-src", "default-src"][..],
    ] {
        let Some(index) = chain.iter().find_map(|name| has(&directives, name)) else {
            continue;
        };
        let sources = &directives[index][1..];
        let lower = |s: &String| s.to_ascii_lowercase();
        let nonce_based = sources.iter().map(lower).any(|s| {
            s.starts_with("'nonce-")
                || s.starts_with("'sha256-")
                || s.starts_with("'sha384-")
                || s.starts_with("'sha512-")
                || s == "'strict-dynamic'"
        });
        let addition = if nonce_based && chain[0] != "connect-src" {
            format!("'nonce-{nonce}'")
        } else if !sources.iter().map(lower).any(|s| s == "'self'" || s == "*") {
            "'self'".to_owned()
        } else {
            continue;
        };
        let mut changed: Vec<String> = directives[index]
            .iter()
            .filter(|s| !(addition == "'self'" && s.eq_ignore_ascii_case("'none'")))
            .cloned()
            .collect();
        changed.push(addition);
        if directives[index][0].eq_ignore_ascii_case("default-src") {
            // Widening default-src would widen every directive that falls back to it (objects,
            // frames, images…): the banner's kind of fetch gets a directive of its own instead,
            // starting from what default-src allowed.
            changed[0] = chain[0].to_owned();
            directives.push(changed);
        } else {
            directives[index] = changed;
        }
    }
    directives
        .iter()
        .map(|d| d.join(" "))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_gets_a_nonce_or_self_where_it_needs_it_and_nothing_else() {
        assert_eq!(
            allow_banner(
                "script-src 'nonce-abc' 'strict-dynamic'; object-src 'none'",
                "N"
            ),
            "script-src 'nonce-abc' 'strict-dynamic' 'nonce-N'; object-src 'none'"
        );
        assert_eq!(
            allow_banner(
                "default-src https://cdn.example; script-src https://cdn.example",
                "N"
            ),
            "default-src https://cdn.example; script-src https://cdn.example 'self'; \
             style-src-elem https://cdn.example 'self'; connect-src https://cdn.example 'self'"
        );
        assert_eq!(
            allow_banner("default-src 'self'; img-src *", "N"),
            "default-src 'self'; img-src *"
        );
        assert_eq!(
            allow_banner("default-src 'none'; script-src 'self'", "N"),
            "default-src 'none'; script-src 'self'; style-src-elem 'self'; connect-src 'self'",
            "default-src stays 'none' for everything else"
        );
        assert_eq!(
            allow_banner("frame-ancestors 'none'", "N"),
            "frame-ancestors 'none'"
        );
        assert_eq!(
            allow_banner("script-src 'sha256-x', style-src 'none'", "N"),
            "script-src 'sha256-x' 'nonce-N', style-src 'self'"
        );
    }
}
