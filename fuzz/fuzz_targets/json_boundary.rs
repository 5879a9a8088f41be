//! Every command of the JSON boundary: the first byte picks the command, the rest is its
//! request. Invariants: never a panic; a decision is valid JSON, the same on a second call
//! (deterministic), and parses back from its JSON as the same decision; an error says what is
//! wrong.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use regula::Policy;
use regula::json::{self, Context};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let commands = json::commands();
    let command = &commands[usize::from(pick) % commands.len()];
    if command.reports_progress {
        return; // the solver: fuzzed through its plan's validation (the `timetable` target)
    }
    let Ok(request) = std::str::from_utf8(rest) else {
        return;
    };
    let policy = Policy::umc_2020();
    let first = json::decide(command.name, &policy, request, &mut Context::default());
    match first {
        Ok(answer) => {
            let text = answer.to_json_string();
            let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            let again = json::decide(command.name, &policy, request, &mut Context::default())
                .expect("the same request decided twice");
            assert_eq!(&value, again.json(), "{}: not deterministic", command.name);
            if let Some(read_back) = answer.read_back() {
                let read_back = read_back.expect("a decision reads back from its JSON");
                assert_eq!(&read_back, answer.json(), "{}: read back differs", command.name);
            }
        }
        Err(err) => assert!(!err.message().trim().is_empty()),
    }
});
