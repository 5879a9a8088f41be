//! The grade register and the counselling file replayed from JSON (the first byte picks which).
//! Invariant: a register that reads back prints and reads again to the same register, with the
//! same head.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use regula::catalog::Catalog;
use regula::counselling::SemesterFile;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if pick % 2 == 0 {
        if let Ok(catalog) = serde_json::from_str::<Catalog>(text) {
            let printed = serde_json::to_string(&catalog).expect("prints");
            let again: Catalog = serde_json::from_str(&printed).expect("reads back");
            assert_eq!(again.head, catalog.head);
            assert_eq!(again, catalog);
        }
    } else if let Ok(file) = serde_json::from_str::<SemesterFile>(text) {
        let printed = serde_json::to_string(&file).expect("prints");
        let again: SemesterFile = serde_json::from_str(&printed).expect("reads back");
        assert_eq!(again.head, file.head);
        assert_eq!(again, file);
    }
});
