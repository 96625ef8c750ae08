//! The `cookiewarden` binary as an operator runs it: real processes, real files, real sockets.

mod accessibility;
mod api_schema;
mod blocking;
mod browser;
mod cli;
mod languages;
mod nodes;
mod regions;
mod serve;
mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn cookiewarden() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cookiewarden"));
    // The tests choose every setting themselves.
    for variable in [
        "COOKIEWARDEN_DATABASE",
        "COOKIEWARDEN_CONFIG",
        "COOKIEWARDEN_KEYS",
        "COOKIEWARDEN_LISTEN",
        "COOKIEWARDEN_GATEWAY_LISTEN",
        "COOKIEWARDEN_TRUST_FORWARDED_PROTO",
    ] {
        command.env_remove(variable);
    }
    command
}

pub(crate) fn run(command: &mut Command) -> Output {
    command.output().expect("the binary runs")
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub(crate) fn repo_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

pub(crate) fn test_data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// A fresh SQLite database in `dir` holding the shop example only (no demo data): its URL.
pub(crate) fn shop_database(dir: &Path) -> String {
    let url = sqlite_url(dir);
    let applied = run(cookiewarden()
        .args(["site", "apply", "--database", &url])
        .arg(repo_file("examples/shop.toml")));
    assert!(applied.status.success(), "{}", stderr(&applied));
    url
}

pub(crate) fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("cw.db").display())
}
