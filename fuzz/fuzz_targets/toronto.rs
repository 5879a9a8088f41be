//! The Toronto parser: the `.crs` and `.stu` files, split at the first NUL byte, and the number of
//! periods from the first byte. Invariant: never a panic.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use regula::scheduling::benchmarks::parse_toronto;

fuzz_target!(|data: &[u8]| {
    let Some((&periods, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (crs, stu) = text.split_once('\0').unwrap_or((text, ""));
    let _ = parse_toronto("fuzz", crs, stu, u32::from(periods));
});
