//! DESIGN.md: "the fast path pays for nothing it does not use". Grading a valid result without an
//! explanation allocates nothing; this test counts the allocations of this thread to prove it,
//! so that the batch figures of `benches/grading.rs` cannot come from a path that quietly
//! allocates.
#![allow(unsafe_code)] // a counting global allocator needs `unsafe impl GlobalAlloc`

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use regula::grading::{CourseSheet, Score};
use regula::{Decimal, Points, Policy};

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

struct Counting;

// SAFETY: every call is forwarded unchanged to the system allocator; the counter is a
// thread-local `Cell` that needs no allocation of its own.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn the_fast_path_allocates_nothing_per_result() {
    let sheet: CourseSheet =
        serde_json::from_str(include_str!("fixtures/batch-course-sheet.json")).unwrap();
    let policy = Policy::umc_2020().grading.latest().policy.clone();
    let p = |h: i64| Score::Points(Points::new(Decimal::new(h, 2)).unwrap());
    let students: Vec<[Score; 4]> = (0..1000i64)
        .map(|i| match i % 4 {
            0 => [p(i % 200), p(150), p(100), p(i % 500)],
            1 => [Score::Absent, p(200), p(50), p(400)], // not admitted (GR-7)
            2 => [p(100), Score::Absent, p(0), Score::Absent], // absent (GR-9)
            _ => [p(200), p(200), p(100), p(499)],
        })
        .collect();

    let mut passed = 0;
    let fast = allocations_during(|| {
        for scores in &students {
            passed += usize::from(sheet.evaluate(&policy, "S", scores).unwrap().passed());
        }
    });
    assert_eq!(
        fast, 0,
        "the fast path allocated {fast} times for 1000 results"
    );
    assert!(passed > 0);

    // The same for a weighted sheet (component grading, GR-2, GR-3, GR-5).
    let weighted: CourseSheet =
        serde_json::from_str(include_str!("fixtures/batch-weighted-sheet.json")).unwrap();
    let g = |h: i64| Score::Points(Points::new(Decimal::new(h, 2)).unwrap());
    let graded: Vec<[Score; 4]> = (0..1000i64)
        .map(|i| match i % 5 {
            0 => [g(100 + i % 900), g(600), g(700), g(100 + i % 900)],
            1 => [g(400), g(800), g(900), g(900)], // not admitted (GR-7)
            2 => [g(900), Score::Absent, g(500), Score::Absent], // absent (GR-9)
            3 => [g(1000), g(1000), g(1000), g(450)], // exam below its minimum (GR-5)
            _ => [g(800), Score::Absent, g(800), g(700)],
        })
        .collect();
    let mut weighted_passed = 0;
    let fast = allocations_during(|| {
        for scores in &graded {
            weighted_passed +=
                usize::from(weighted.evaluate(&policy, "S", scores).unwrap().passed());
        }
    });
    assert_eq!(
        fast, 0,
        "the weighted fast path allocated {fast} times for 1000 results"
    );
    assert!(weighted_passed > 0);

    // The counter does count: the explained path allocates for its sentences.
    let explained = allocations_during(|| {
        for scores in &students[..10] {
            sheet.evaluate_explained(&policy, "S", scores).unwrap();
        }
    });
    assert!(
        explained > 10,
        "the explained path allocated only {explained} times"
    );
}
