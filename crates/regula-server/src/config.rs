//! What the service is started with.

use std::time::Duration;

use regula::Policy;

/// The service's configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// The policy every decision is made under.
    pub policy: Policy,
    /// The API tokens; when any is given, every request but `/healthz` needs
    /// `Authorization: Bearer <token>`.
    pub tokens: Vec<String>,
    /// The largest request body accepted, in bytes.
    pub body_limit: usize,
    /// The longest a `schedule solve` may run, whatever the request asks.
    pub max_solve: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            policy: Policy::umc_2020(),
            tokens: Vec::new(),
            body_limit: 4 * 1024 * 1024,
            max_solve: Duration::from_secs(60),
        }
    }
}

/// Reads API tokens: one per line, blank lines and `#` comments ignored.
pub fn parse_tokens(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}
