//! The HTTP service's limits as its OpenAPI document states them: the timeouts, the solves that
//! run and wait (`503` with `Retry-After` beyond), and a solve's progress as server-sent events.

use serde_json::{Value, json};

use super::openapi::error;

/// The limits, with the flags of `regula serve` that set them and their defaults.
pub(super) const LIMITS: &str = "Limits, each set by a flag of `regula serve` (default in brackets): \
a connection whose request headers have not all arrived `--header-timeout` seconds after the service \
started waiting for them is closed without a response — one that sends nothing, one that sends a byte \
at a time, an idle keep-alive connection [60, as nginx's client_header_timeout]; a request whose whole \
body has not arrived `--body-timeout` seconds after its headers is answered 408 and its connection \
closed [60, as nginx's client_body_timeout]; a body larger than `--body-limit` bytes is answered 413 \
[4194304] — a body sent with `Content-Encoding: gzip` is read as it decompresses and the limit counts \
the decompressed bytes (answers are gzipped for a client that sends `Accept-Encoding: gzip`, never an \
event stream); a `schedule solve` runs at most `--max-solve-seconds`, whatever `?time_limit=` asks [60]; \
at most `--max-solves` solves run at once [one less than the cores, at least 1] and at most \
`--solve-queue` more wait for one of them to end, in the order they came [twice --max-solves]; one \
more is answered 503 with `Retry-After` (seconds: `--max-solve-seconds`). A client that disconnects \
leaves the queue, or stops its solve.";

/// The `408` of a body too slow to arrive.
pub(super) fn request_timeout() -> Value {
    error(
        "The request's body did not arrive within the service's `--body-timeout` (60 s by default) after its headers; the connection is closed.",
    )
}

/// The `503` of a solve beyond the queue.
pub(super) fn busy() -> Value {
    let mut response = error(
        "As many solves are running (`--max-solves`) and waiting (`--solve-queue`) as the service runs and queues; try again after `Retry-After` seconds.",
    );
    response["headers"] = json!({ "Retry-After": {
        "description": "Seconds to wait before trying again: the service's `--max-solve-seconds`, by when every solve running now has ended.",
        "required": true,
        "schema": { "type": "integer", "minimum": 1 }
    }});
    response
}

/// The `text/event-stream` answer of a solve asked with `Accept: text/event-stream`.
pub(super) fn events(result: &Value) -> Value {
    json!({
        "description": "With `Accept: text/event-stream`, the solve's progress as server-sent events, each on its own lines: `event: progress` with `data:` a `SolveProgress` (at most one every 100 ms, the first at once), then one `event: result` with `data:` the JSON the call answers without the header (on one line), or one `event: problem` with `data:` a problem document when the solve fails after it has reported. A request refused before the solver's first report (an invalid request, a full queue) is answered as without the header, with its status and a problem document. Closing the connection stops the solve.",
        "schema": { "type": "string" },
        "x-events": {
            "progress": { "$ref": "#/components/schemas/SolveProgress" },
            "result": result,
            "problem": { "$ref": "#/components/schemas/ProblemDetails" }
        }
    })
}

/// The data of a `progress` event.
pub(super) fn progress() -> Value {
    json!({
        "type": "object",
        "description": "A report of a running solve.",
        "properties": {
            "iteration": { "type": "integer", "minimum": 0, "description": "Search steps so far." },
            "unassigned": { "type": "integer", "minimum": 0, "description": "Exams without a day." },
            "soft_cost": { "type": "integer", "minimum": 0, "description": "The soft cost of the current days." },
            "best_soft_cost": { "type": ["integer", "null"], "minimum": 0, "description": "The best soft cost with every exam placed, if any yet." },
            "elapsed_ms": { "type": "integer", "minimum": 0, "description": "Milliseconds since the solve started." }
        },
        "required": ["iteration", "unassigned", "soft_cost", "best_soft_cost", "elapsed_ms"]
    })
}
