use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::Duration;

use crate::{cookiewarden, sqlite_url};

/// A running `serve`, stopped with SIGTERM when dropped.
struct Server {
    child: Child,
    address: String,
    banner: Vec<String>,
}

impl Server {
    fn start(database: &str, extra: &[&str]) -> Server {
        let mut child = cookiewarden()
            .args(["serve", "--listen", "127.0.0.1:0", "--database", database])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().expect("serve prints its address").unwrap();
        let address = first
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.strip_suffix('/'))
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .to_owned();
        let banner = lines
            .map_while(Result::ok)
            .take_while(|line| !line.starts_with("Stop with Ctrl-C"))
            .collect();
        Server {
            child,
            address,
            banner,
        }
    }

    /// A plain HTTP/1.1 request; returns the status line and the whole response.
    fn get(&self, path: &str, headers: &str) -> String {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n{headers}\r\n",
            self.address
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }

    fn terminate(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap();
        self.child.wait().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_demo_serves_every_policy_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(&sqlite_url(dir.path()), &["--demo"]);
    assert!(
        server
            .banner
            .iter()
            .any(|l| l.contains("/sites/shop/cookies-policy")),
        "{:?}",
        server.banner
    );
    assert!(
        server
            .banner
            .iter()
            .any(|l| l.contains("/sites/opendata-portal/cookies-policy"))
    );

    let platform = server.get("/cookies-policy", "");
    assert!(platform.starts_with("HTTP/1.1 200"), "{platform}");
    for cookie in [
        "sessionid",
        "csrftoken",
        "django_language",
        "cookies_preferences",
    ] {
        assert!(
            platform.contains(&format!("<code>{cookie}</code>")),
            "{cookie}"
        );
    }
    let french = server.get(
        "/sites/opendata-portal/cookies-policy",
        "Cookie: django_language=fr\r\n",
    );
    assert!(french.contains(r#"<html lang="fr">"#) && french.contains("2 semaines"));
    assert!(server.get("/healthz", "").ends_with("ok\n"));

    // On SQLite the signing keys are created next to the database, readable by the owner only.
    let key_file = dir.path().join("cookiewarden-keys.toml");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let keys = std::fs::read_to_string(&key_file).unwrap();

    assert!(server.terminate().success());

    // A restart keeps the keys and the sites.
    let server = Server::start(&sqlite_url(dir.path()), &[]);
    assert_eq!(std::fs::read_to_string(&key_file).unwrap(), keys);
    assert!(
        server
            .get("/sites/shop/cookies-policy", "")
            .starts_with("HTTP/1.1 200")
    );
}
