//! The ITC2007 examination parser. Invariants: never a panic; an instance that parses is scored
//! by the official cost function for any in-range solution without a panic.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use regula::scheduling::benchmarks::{BenchSolution, Cost, parse_itc2007};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(instance) = parse_itc2007("fuzz.exam", text) {
        let n = instance.exams.len();
        let solution = BenchSolution {
            period: (0..n).map(|e| e % instance.periods.len().max(1)).collect(),
            room: (0..n).map(|e| e % instance.rooms.len().max(1)).collect(),
        };
        if !instance.periods.is_empty() && !instance.rooms.is_empty() {
            let _ = Cost::of(&instance, &solution);
        }
    }
});
