//! The fee rules of the catalogue (`RULES.md`, "Fees").

use regula_core::{Regulation, Rule};

/// FE-1: current-year students pay nothing to retake an exam.
pub const FE_1: Rule = Rule::new(
    "FE-1",
    Regulation::UmcExam,
    "§5 Reguli generale",
    "current-year students pay nothing to retake an exam",
);
/// FE-2: restanțieri from earlier years pay per exam by its age: 50, 100, 150, 200 RON.
pub const FE_2: Rule = Rule::new(
    "FE-2",
    Regulation::UmcExam,
    "§5 Reguli generale",
    "an outstanding exam from an earlier year costs 50 RON (1 year old), 100 (2), 150 (3), 200 (4)",
);
/// FE-3: how fees are paid.
pub const FE_3: Rule = Rule::new(
    "FE-3",
    Regulation::UmcExam,
    "§5 Reguli generale",
    "fees are paid online (Taxe online), by bank transfer to the Treasury, or at the cash desk",
);
/// FE-4: courses not completed during an Erasmus+ mobility are retaken without the fee.
pub const FE_4: Rule = Rule::new(
    "FE-4",
    Regulation::ItpErasmus,
    "§12",
    "courses of the mobility semester not completed may be taken at home in the next semester without the fee",
);
