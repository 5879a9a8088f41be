//! A decision is made only by rules the policy adopts: every rule an answer cites is checked
//! against the policy's sources, and a decision that needs a rule the policy does not adopt is
//! refused, naming the rule and where the policy says so (issue #26).

use serde_json::Value;

use super::{Error, ErrorKind};
use crate::Policy;
use crate::sources::Adoption;

/// `Ok` when every rule `json` cites (every object with a `rule` and a `citation`: the steps of
/// an explanation, breaches, violations) is adopted by `policy`; else the error naming each rule
/// it does not adopt, once, in the order the answer cites them.
pub(super) fn check(policy: &Policy, command: &str, json: &Value) -> Result<(), Error> {
    let mut refused: Vec<String> = Vec::new();
    visit(json, &mut |rule| {
        let why = match policy.adoption(rule) {
            Adoption::Cited(_) => return,
            Adoption::NotAdopted => "lists it in `sources.not_adopted`",
            Adoption::Uncited => "gives it no article in `sources.articles`",
        };
        if !refused.iter().any(|r| r.starts_with(&format!("{rule} "))) {
            let summary = crate::catalogue::find(rule).map_or("", |r| &r.summary);
            refused.push(format!("{rule} ({summary}): the policy {why}"));
        }
    });
    if refused.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        ErrorKind::NotAdopted,
        format!(
            "`{command}` cannot be decided under policy `{}`: the decision needs {} it does not adopt:\n{}",
            policy.sources.principal().title,
            if refused.len() == 1 {
                "a rule"
            } else {
                "rules"
            },
            refused.join("\n")
        ),
    ))
}

fn visit(json: &Value, found: &mut impl FnMut(&str)) {
    match json {
        Value::Object(map) => {
            if let (Some(Value::String(rule)), Some(Value::Object(_))) =
                (map.get("rule"), map.get("citation"))
            {
                found(rule);
            }
            map.values().for_each(|v| visit(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| visit(v, found)),
        _ => {}
    }
}
