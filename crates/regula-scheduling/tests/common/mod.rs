//! The small benchmark instances of `tests/data/`, shared by the benchmark tests.

#![allow(dead_code)] // each test file uses some of them

use std::path::PathBuf;

use regula_scheduling::benchmarks::{BenchInstance, parse_itc2007, parse_toronto};

/// A file of `tests/data/`.
pub fn read_local(file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `small.exam`: 20 exams, 10 periods, 3 rooms.
pub fn small_itc2007() -> BenchInstance {
    parse_itc2007("small.exam", &read_local("small.exam")).unwrap()
}

/// `small.crs`/`small.stu` with 10 periods.
pub fn small_toronto() -> BenchInstance {
    parse_toronto(
        "small",
        &read_local("small.crs"),
        &read_local("small.stu"),
        10,
    )
    .unwrap()
}
