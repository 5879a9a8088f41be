//! Running the `regula` binary from the CLI's tests.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The repository's root, where `examples/` and `tests/cases/` are.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `regula` in the repository's root with `args` and `stdin`; returns (exit code, stdout,
/// stderr).
pub fn regula(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_regula"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the regula binary runs");
    // The command may stop before reading its input (a bad policy file): a closed pipe is fine.
    match child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("cannot write stdin: {e}"),
        _ => {}
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
