//! The documents generated from the code (`docs/openapi.json`, `docs/policy.schema.json`,
//! `docs/rules.md`): a test compares each with what the code generates now, and writes it again
//! when `REGULA_BLESS` is set.

use std::path::PathBuf;

/// Fails when `docs/<name>` differs from `generated`, naming the command that writes it again
/// (`REGULA_BLESS=1 cargo test --test <test>`); with `REGULA_BLESS` set, writes it.
pub fn assert_fresh(name: &str, generated: &str, test: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(name);
    if std::env::var_os("REGULA_BLESS").is_some() {
        std::fs::write(&path, generated).unwrap();
        return;
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == generated,
        "docs/{name} is stale: run `REGULA_BLESS=1 cargo test --test {test}`"
    );
}
