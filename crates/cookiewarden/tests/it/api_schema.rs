//! The JSON API against schemathesis (from PyPI): thousands of calls generated from
//! `/api/openapi.json`, valid and invalid, with an administrator's read-write token made in
//! the back office. No call may get a server error.

use std::process::Command;

use crate::server::{Server, form_token};
use crate::sqlite_url;

/// Where `scripts/test` installs schemathesis, unless `COOKIEWARDEN_SCHEMATHESIS` names one.
fn schemathesis() -> Option<String> {
    let path = std::env::var("COOKIEWARDEN_SCHEMATHESIS")
        .ok()
        .unwrap_or_else(|| {
            let home = std::env::var("HOME").unwrap_or_else(|_| "/root".to_owned());
            format!("{home}/.cache/cookiewarden/schemathesis/bin/st")
        });
    if std::path::Path::new(&path).is_file() {
        return Some(path);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI=true but schemathesis is missing at {path}: scripts/test installs it"
    );
    eprintln!("skipped: no schemathesis at {path} (scripts/test installs it)");
    None
}

/// Logs in as the demo's administrator and makes a read-write token for every site, as a
/// person would in the back office.
fn admin_token(server: &Server) -> String {
    let cookies = server.demo_admin_session();
    let form = "Content-Type: application/x-www-form-urlencoded\r\n";
    let tokens = server.get("/admin/tokens", &cookies);
    let created = server.request(
        "POST",
        "/admin/tokens",
        &format!("{form}{cookies}"),
        &format!(
            "csrfmiddlewaretoken={}&label=schemathesis&access=write&sites=%2A",
            form_token(&tokens)
        ),
    );
    created
        .split("<code class=\"secret\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("no token in {created}"))
        .to_owned()
}

#[test]
fn schemathesis_finds_no_server_error_in_the_api() {
    let Some(st) = schemathesis() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&sqlite_url(dir.path()), &["--demo"]);
    let token = admin_token(&server);
    let output = Command::new(st)
        .args([
            "run",
            &format!("http://{}/api/openapi.json", server.address),
            "--header",
            &format!("Authorization: Bearer {token}"),
            "--checks",
            "not_a_server_error",
            "--max-examples",
            "40",
            "--seed",
            "20261129",
            "--no-color",
        ])
        .env("SCHEMATHESIS_HOOKS", "")
        .current_dir(dir.path())
        .output()
        .expect("schemathesis runs");
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{report}");
    assert!(
        output.status.success(),
        "schemathesis found server errors:\n{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let count = |label: &str| {
        report
            .lines()
            .find_map(|line| line.trim().strip_prefix(label))
            .map(|rest| rest.trim().split('/').next().unwrap_or_default().to_owned())
    };
    let selected = count("Selected:");
    assert!(selected.is_some(), "no summary: {report}");
    assert_eq!(
        count("Tested:"),
        selected,
        "every operation was tested: {report}"
    );
}
