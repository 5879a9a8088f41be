//! The policy loader. Invariant: a policy that loads prints back to the same policy.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use regula::json;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(policy) = json::load_policy(text) {
        let printed = serde_json::to_string(&policy).expect("a policy prints");
        let again = json::load_policy(&printed).expect("a printed policy loads");
        assert_eq!(again, policy);
    }
});
