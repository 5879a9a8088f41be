//! The ELMO importer. Invariants: never a panic; an error has a line and column; a transcript
//! imported prints as JSON.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use regula::ects::{GradingScales, import_elmo};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match import_elmo(&text, &GradingScales::european()) {
        Ok(transcript) => {
            serde_json::to_string(&transcript).expect("a transcript prints");
        }
        Err(err) => assert!(err.line >= 1 && err.column >= 1),
    }
});
