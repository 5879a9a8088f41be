//! A session plan and a timetable (the `schedule check` request). Invariant: the validator
//! never panics, and a valid timetable stays valid through its JSON.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use regula::scheduling::{SchedulingPolicy, SessionPlan, Timetable, validate};

#[derive(serde::Deserialize)]
struct Check {
    plan: SessionPlan,
    timetable: Timetable,
}

fuzz_target!(|data: &[u8]| {
    let Ok(check) = serde_json::from_slice::<Check>(data) else {
        return;
    };
    let policy = SchedulingPolicy::umc_2020();
    if let Ok(report) = validate(&check.plan, &policy, &check.timetable)
        && report.valid
    {
        let printed = serde_json::to_string(&check.timetable).expect("prints");
        let again: Timetable = serde_json::from_str(&printed).expect("reads back");
        let report = validate(&check.plan, &policy, &again).expect("readable");
        assert!(report.valid, "a valid timetable became invalid through its JSON");
    }
});
