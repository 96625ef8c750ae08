//! A `cookiewarden serve` (or `gateway`) process for tests, on a free port, stopped when
//! dropped.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::Duration;

use crate::cookiewarden;

/// A running `serve`, stopped with SIGTERM when dropped.
pub(crate) struct Server {
    child: Child,
    pub(crate) address: String,
    pub(crate) banner: Vec<String>,
}

impl Server {
    pub(crate) fn start(database: &str, extra: &[&str]) -> Server {
        Server::start_command("serve", database, extra)
    }

    /// Starts `command` (`serve` or `gateway`), which prints its address first.
    pub(crate) fn start_command(command: &str, database: &str, extra: &[&str]) -> Server {
        Server::start_with_env(command, database, extra, &[])
    }

    /// [`Server::start_command`] with environment variables set.
    pub(crate) fn start_with_env(
        command: &str,
        database: &str,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Server {
        let mut child = cookiewarden()
            .args([command, "--listen", "127.0.0.1:0", "--database", database])
            .args(extra)
            .envs(env.iter().copied())
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

    /// A plain HTTP/1.1 GET; returns the whole response, status line first.
    pub(crate) fn get(&self, path: &str, headers: &str) -> String {
        self.exchange(&format!("GET {path} HTTP/1.1\r\n{headers}\r\n"))
    }

    /// A plain HTTP/1.1 POST; returns the whole response, status line first.
    pub(crate) fn post(&self, path: &str, content_type: &str, body: &str) -> String {
        self.request(
            "POST",
            path,
            &format!("Content-Type: {content_type}\r\n"),
            body,
        )
    }

    /// Any request, with `headers` (each line ending in CRLF) and a body; returns the whole
    /// response, status line first.
    pub(crate) fn request(&self, method: &str, path: &str, headers: &str, body: &str) -> String {
        self.exchange(&format!(
            "{method} {path} HTTP/1.1\r\n{headers}Content-Length: {}\r\n\r\n{body}",
            body.len()
        ))
    }

    /// Sends `request` (its request line, then headers) with `Host` and `Connection: close`
    /// added after the request line, and reads the answer to the end.
    fn exchange(&self, request: &str) -> String {
        let (request_line, rest) = request.split_once("\r\n").expect("a request line");
        self.raw(&format!(
            "{request_line}\r\nHost: {}\r\nConnection: close\r\n{rest}",
            self.address
        ))
    }

    /// Sends `request` exactly as written and reads the answer to the end.
    pub(crate) fn raw(&self, request: &str) -> String {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }

    /// Logs in as the demo's administrator with the password the demo printed: the `Cookie`
    /// header line of the session, with its CSRF cookie.
    pub(crate) fn demo_admin_session(&self) -> String {
        let password = self
            .banner
            .iter()
            .find_map(|line| line.trim().strip_prefix("password: "))
            .expect("the demo prints its password")
            .to_owned();
        let page = self.get("/admin/login", "");
        let csrf = set_cookie(&page, "csrftoken");
        let login = self.request(
            "POST",
            "/admin/login",
            &format!(
                "Content-Type: application/x-www-form-urlencoded\r\nCookie: csrftoken={csrf}\r\n"
            ),
            &format!(
                "csrfmiddlewaretoken={}&username=admin&password={password}",
                form_token(&page)
            ),
        );
        assert!(login.starts_with("HTTP/1.1 303"), "{login}");
        format!(
            "Cookie: sessionid={}; csrftoken={}\r\n",
            set_cookie(&login, "sessionid"),
            set_cookie(&login, "csrftoken")
        )
    }

    pub(crate) fn terminate(&mut self) -> std::process::ExitStatus {
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

/// A cookie's value among the `Set-Cookie` lines of a raw response.
pub(crate) fn set_cookie(response: &str, name: &str) -> String {
    response
        .lines()
        .filter_map(|line| line.strip_prefix("set-cookie: "))
        .find_map(|line| line.strip_prefix(&format!("{name}=")))
        .and_then(|rest| rest.split(';').next())
        .unwrap_or_else(|| panic!("no {name} in {response}"))
        .to_owned()
}

/// The masked CSRF token of a page's form.
pub(crate) fn form_token(html: &str) -> String {
    html.split("name=\"csrfmiddlewaretoken\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned()
}
