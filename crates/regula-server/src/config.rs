//! What the service is started with.

use std::time::Duration;

use regula::Policy;
use regula::seal::SealKey;

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
    /// The longest a connection may take to send a request's headers, counted from when the
    /// service starts waiting for them: a new connection that sends nothing, a client that sends
    /// its headers a byte at a time, and an idle keep-alive connection are closed after it
    /// (without a response). 60 s by default, as nginx's `client_header_timeout`.
    pub header_timeout: Duration,
    /// The longest a request's whole body may take to arrive, counted from the end of its
    /// headers; a slower one is answered `408 Request Timeout` (a problem document) and its
    /// connection closed. 60 s by default, as nginx's `client_body_timeout` (which nginx counts
    /// between two reads; here it bounds the whole body, so a body sent a byte at a time is cut
    /// off too).
    pub body_timeout: Duration,
    /// The most `schedule solve`s that run at once; by default one less than the cores (the
    /// last one answers the other requests), at least one.
    pub max_solves: usize,
    /// The most `schedule solve`s that wait for one of the running ones to end; one more is
    /// answered `503 Service Unavailable` with `Retry-After`. Twice `max_solves` by default.
    pub solve_queue: usize,
    /// The key that seals the checkpoints of `counselling record`; without one, the service
    /// neither answers nor reads checkpoints. By default a random key of the process's own, so
    /// that its checkpoints hold until it stops: instances behind one address need one key.
    pub seal_key: Option<SealKey>,
}

/// A random sealing key of this process's own (32 bytes from the operating system); `None` when
/// the system gives no random bytes.
pub fn random_seal_key() -> Option<SealKey> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    SealKey::new(&bytes).ok()
}

/// One less than the cores, at least one: the solves the service runs at once by default.
pub fn default_max_solves() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |cores| cores.get().saturating_sub(1))
        .max(1)
}

impl Default for Config {
    fn default() -> Self {
        Config {
            policy: Policy::umc_2020(),
            tokens: Vec::new(),
            body_limit: 4 * 1024 * 1024,
            max_solve: Duration::from_secs(60),
            header_timeout: Duration::from_secs(60),
            body_timeout: Duration::from_secs(60),
            max_solves: default_max_solves(),
            solve_queue: 2 * default_max_solves(),
            seal_key: random_seal_key(),
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
