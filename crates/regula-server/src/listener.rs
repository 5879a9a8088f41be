//! The listening socket and the accept loop: each connection served by hyper's HTTP/1.1 with a
//! header-read timeout, so a client that sends nothing, sends its headers a byte at a time, or
//! leaves its keep-alive connection idle is closed after it; on shutdown, no new connection is
//! taken and every open one finishes the request it is serving, then closes.

use std::future::Future;
use std::io;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpSocket};
use tokio::sync::watch;

/// Connections made but not yet accepted that the kernel keeps: the standard library's (and
/// tokio's) 128 is a burst of 128 clients, after which the next ones wait a second for their SYN
/// to be sent again; Linux caps it at `net.core.somaxconn` (4096 by default).
const BACKLOG: u32 = 1024;

/// Listens on `address` (`127.0.0.1:8080`, `[::1]:8080`, `localhost:8080`: the first of its
/// addresses that can be bound) with a backlog of 1024.
pub async fn bind(address: &str) -> io::Result<TcpListener> {
    let mut failed = None;
    for addr in tokio::net::lookup_host(address).await? {
        let socket = if addr.is_ipv4() {
            TcpSocket::new_v4()?
        } else {
            TcpSocket::new_v6()?
        };
        socket.set_reuseaddr(true)?;
        match socket.bind(addr).and_then(|()| socket.listen(BACKLOG)) {
            Ok(listener) => return Ok(listener),
            Err(err) => failed = Some(err),
        }
    }
    Err(failed.unwrap_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the address names no address")
    }))
}

/// Serves `router` on `listener` until `shutdown` completes, then waits for the connections.
pub(crate) async fn run(
    listener: TcpListener,
    router: Router,
    header_timeout: Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let mut http = http1::Builder::new();
    // hyper starts this timer whenever it waits for a request's head: on a new connection and
    // on a kept-alive one after each response, so the one timeout bounds the idle time too.
    http.timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let (stop, stopping) = watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(err) => {
                    not_accepted(&err).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Small writes (an event of a solve's progress) go out at once.
        let _ = stream.set_nodelay(true);
        let connection = http.serve_connection(
            TokioIo::new(stream),
            TowerToHyperService::new(router.clone()),
        );
        let mut stopping = stopping.clone();
        tokio::spawn(async move {
            let mut connection = std::pin::pin!(connection);
            tokio::select! {
                closed = connection.as_mut() => return log_closed(closed),
                _ = stopping.wait_for(|stop| *stop) => connection.as_mut().graceful_shutdown(),
            }
            log_closed(connection.await);
            // `stopping` is dropped last: the loop below waits for every connection's.
        });
    }
    drop(listener);
    let _ = stop.send(true);
    drop(stopping);
    stop.closed().await;
    Ok(())
}

/// A connection closed by an error: a client too slow with its headers, or gone.
fn log_closed(closed: Result<(), hyper::Error>) {
    if let Err(err) = closed {
        tracing::debug!(error = %err, "connection closed");
    }
}

/// A failed accept: a connection reset before it was taken is skipped; anything else (out of
/// file descriptors) is logged and the loop waits a second for connections to close.
async fn not_accepted(err: &io::Error) {
    if matches!(
        err.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %err, "cannot accept a connection; trying again in a second");
    tokio::time::sleep(Duration::from_secs(1)).await;
}
