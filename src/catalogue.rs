//! The rule catalogue as a person reads it: every rule with its article, what it says, how Regula
//! reads it where the regulation is ambiguous (and the policy parameters that change that), and
//! — in `docs/rules.md` — the tests that give the evidence.
//!
//! The rules themselves are declared once, in [`regula_core::catalogue`]; this module renders
//! them as a policy states them ([`as_adopted`]): each rule with the article of the policy's own
//! regulation, or marked as not adopted. `regula rules` prints [`to_text`] or the JSON of
//! [`as_adopted`]; `docs/rules.md` is [`to_markdown`] (the presets' citations) with the tests
//! found in the repository, and a test keeps it fresh.

use std::collections::BTreeMap;
use std::fmt::Write;

pub use regula_core::catalogue::{Interpretation, RULES, find};

use regula_core::catalogue::seed::SEED_REGULATIONS;
use serde::Serialize;

use crate::sources::Adoption;
use crate::{Citation, Policy, Rule, RuleId};

/// The tests that cite each rule, by rule id: `crates/regula-grading/tests/properties.rs::
/// gr4_the_grade_is_monotone_in_points`, `tests/cases/grading/course-grade-half-up.json`.
pub type Evidence = BTreeMap<String, Vec<String>>;

/// A rule of the catalogue as a policy states it: its article in the policy's regulation, or
/// `adopted: false`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct AdoptedRule {
    /// The stable id.
    pub id: RuleId,
    /// The article the rule rests on in the policy's regulation; absent when not adopted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// Whether the policy adopts the rule: `false` when it lists it in `sources.not_adopted` or
    /// gives it no article. A decision that needs a rule not adopted is refused.
    pub adopted: bool,
    /// What the rule says, in one line.
    pub summary: &'static str,
    /// Regula's reading where regulations are silent or ambiguous, and its policy parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<Interpretation>,
    /// Whether Regula decides by this rule yet.
    pub implemented: bool,
}

/// Every rule of the catalogue, in its order, as `policy` states it.
pub fn as_adopted(policy: &Policy) -> Vec<AdoptedRule> {
    RULES
        .iter()
        .copied()
        .map(|rule| {
            let citation = match policy.adoption(rule.id.as_str()) {
                Adoption::Cited(citation) => Some(citation.clone()),
                Adoption::NotAdopted | Adoption::Uncited => None,
            };
            AdoptedRule {
                id: rule.id.clone(),
                adopted: citation.is_some(),
                citation,
                summary: rule.summary.as_ref(),
                interpretation: rule.interpretation,
                implemented: rule.implemented,
            }
        })
        .collect()
}

/// One rule per paragraph, as `policy` states it: `GR-4 (UMC-EXAM §5.3(3)): the total is
/// converted…`, its reading and parameters indented below; a rule the policy does not adopt
/// says so. The policy's regulations head the list.
pub fn to_text(policy: &Policy) -> String {
    let mut out = String::new();
    for regulation in policy.sources.regulations() {
        let _ = writeln!(out, "{}: {}", regulation.id, regulation.title);
    }
    out.push('\n');
    for rule in as_adopted(policy) {
        match &rule.citation {
            Some(citation) => {
                let _ = write!(out, "{} ({citation}): {}", rule.id, rule.summary);
            }
            None => {
                let _ = write!(out, "{} [not adopted]: {}", rule.id, rule.summary);
            }
        }
        if !rule.implemented {
            out.push_str(" [not implemented yet]");
        }
        out.push('\n');
        if let Some(reading) = &rule.interpretation {
            let _ = writeln!(out, "    Interpretation: {}", reading.text);
            if !reading.parameters.is_empty() {
                let _ = writeln!(out, "    Policy: {}", reading.parameters.join(", "));
            }
        }
    }
    out
}

/// `docs/rules.md`: the regulations, then every rule with its reading, its parameters and its
/// evidence; a rule no test cites says so.
pub fn to_markdown(evidence: &Evidence) -> String {
    let mut out = String::from(
        "# Rule catalogue\n\n\
         <!-- Generated from the code (regula_core::catalogue) and the tests that cite each rule.\n     \
         Do not edit: run `REGULA_BLESS=1 cargo test --test rules_catalogue` after a change. -->\n\n\
         Every rule Regula decides by, declared once in `crates/regula-core/src/catalogue/`, with the\n\
         article it comes from. Where a regulation is silent or ambiguous, **Interpretation** gives the\n\
         reading Regula takes and **Policy** the parameters (`regula policy show`) through which an\n\
         institution reads it otherwise. **Evidence** lists the tests that cite the rule.\n\n\
         | regulation | source |\n|---|---|\n",
    );
    for regulation in SEED_REGULATIONS {
        let _ = writeln!(out, "| {} | {} |", regulation.id, regulation.title);
    }
    let implemented = RULES.iter().filter(|r| r.implemented).count();
    let untested: Vec<&str> = RULES
        .iter()
        .filter(|r| r.implemented && evidence.get(r.id.as_str()).is_none_or(Vec::is_empty))
        .map(|r| r.id.as_str())
        .collect();
    let _ = writeln!(
        out,
        "\n{} rules, {implemented} implemented; implemented rules that no test cites: {}.\n",
        RULES.len(),
        if untested.is_empty() {
            "none".to_owned()
        } else {
            untested.join(", ")
        }
    );
    for rule in RULES {
        section(&mut out, rule, evidence.get(rule.id.as_str()));
    }
    out
}

fn section(out: &mut String, rule: &Rule, tests: Option<&Vec<String>>) {
    // A rule no seed regulation states has no seed article: the presets do not adopt it.
    let citation = if rule.seeded() {
        rule.citation.to_string()
    } else {
        "No seed regulation states it; the presets do not adopt it".to_owned()
    };
    let _ = writeln!(out, "## {}\n\n{citation} — {}.\n", rule.id, rule.summary);
    if !rule.implemented {
        out.push_str("**Not implemented yet.**\n\n");
    }
    if let Some(reading) = &rule.interpretation {
        let _ = writeln!(out, "**Interpretation:** {}\n", reading.text);
        if !reading.parameters.is_empty() {
            let params: Vec<String> = reading
                .parameters
                .iter()
                .map(|p| format!("`{p}`"))
                .collect();
            let _ = writeln!(out, "**Policy:** {}\n", params.join(", "));
        }
    }
    match tests.filter(|t| !t.is_empty()) {
        None => out.push_str("**Evidence:** no test cites this rule.\n\n"),
        Some(tests) => {
            let _ = writeln!(out, "**Evidence:** {} tests.\n", tests.len());
            for test in tests {
                let _ = writeln!(out, "- `{test}`");
            }
            out.push('\n');
        }
    }
}
