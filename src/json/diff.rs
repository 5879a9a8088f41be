//! The what-if an institution asks before it amends its regulation: which decisions of a request
//! change between two policies, and why (`regula policy diff OLD NEW REQUEST…`, issue #26).

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::{Context, decide};
use crate::Policy;
use crate::locale::Lang;

/// What one request decides under two policies, and where the decisions differ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct PolicyDiff {
    /// The command decided.
    pub command: String,
    /// The name of the policy before the change (`grading`'s), or its refusal.
    pub before: String,
    /// The name of the policy after the change, or its refusal.
    pub after: String,
    /// Every value of the decision that differs, by its path in the response: outcomes, the
    /// rules cited and their articles, the sentences that explain them. Empty when the change
    /// leaves the decision as it was.
    pub changes: Vec<Change>,
}

/// One value of a decision that a policy change changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Change {
    /// The path in the response (`outcome.students[0].grade`); `.` when one side is refused.
    pub path: String,
    /// The value under the old policy (JSON), absent when it had none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Value>,
    /// The value under the new policy (JSON), absent when it has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Value>,
}

/// Decides `request` under `old` and under `new`, in `lang` (the new policy's language when
/// `None`), and lists what differs. A request
/// one policy refuses (an invalid request, a rule it does not adopt) differs as a whole, its
/// refusal given as the value.
pub fn diff_policies(
    command: &str,
    old: &Policy,
    new: &Policy,
    request: &str,
    lang: Option<Lang>,
) -> Result<PolicyDiff, super::Error> {
    // One language for both sides, so that only what the policies change differs: the one
    // asked for, else the new policy's, else the old one's, else English.
    let lang = lang.or(new.language).or(old.language);
    let run = |policy: &Policy| -> Result<Value, super::Error> {
        let mut context = Context {
            lang,
            ..Context::default()
        };
        decide(command, policy, request, &mut context).map(|answer| answer.json().clone())
    };
    let (before, after) = (run(old), run(new));
    // A command that does not exist is no what-if: said as deciding says it.
    for side in [&before, &after] {
        if let Err(err) = side
            && err.kind() == super::ErrorKind::UnknownCommand
        {
            return Err(err.clone());
        }
    }
    let name = |side: &Result<Value, super::Error>| match side {
        Ok(json) => json["policy"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        Err(err) => format!("refused: {}", err.message()),
    };
    let mut changes = Vec::new();
    match (&before, &after) {
        (Ok(before), Ok(after)) => {
            for key in ["outcome", "explanation"] {
                compare(key, before.get(key), after.get(key), &mut changes);
            }
        }
        (before, after) if before.as_ref().err() != after.as_ref().err() => changes.push(Change {
            path: ".".into(),
            before: Some(side_value(before)),
            after: Some(side_value(after)),
        }),
        _ => {}
    }
    Ok(PolicyDiff {
        command: command.to_owned(),
        before: name(&before),
        after: name(&after),
        changes,
    })
}

fn side_value(side: &Result<Value, super::Error>) -> Value {
    match side {
        Ok(json) => json.get("outcome").cloned().unwrap_or(Value::Null),
        Err(err) => Value::String(format!("refused: {}", err.message())),
    }
}

/// Whether `value` is a step of an explanation (or a breach): it cites a rule.
fn is_step(value: &Value) -> bool {
    value.get("rule").is_some() && value.get("citation").is_some() && value.get("text").is_some()
}

/// The values of `before` and `after` that differ, leaf by leaf; a step of an explanation by
/// its rule, citation and sentence (its message's arguments are in the sentence).
fn compare(path: &str, before: Option<&Value>, after: Option<&Value>, out: &mut Vec<Change>) {
    match (before, after) {
        (Some(b), Some(a)) if b == a => {}
        (Some(b), Some(a)) if is_step(b) && is_step(a) => {
            for key in ["rule", "citation", "text"] {
                compare(&format!("{path}.{key}"), b.get(key), a.get(key), out);
            }
        }
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            for (key, value) in b {
                compare(&format!("{path}.{key}"), Some(value), a.get(key), out);
            }
            for (key, value) in a.iter().filter(|(k, _)| !b.contains_key(*k)) {
                compare(&format!("{path}.{key}"), None, Some(value), out);
            }
        }
        (Some(Value::Array(b)), Some(Value::Array(a))) => {
            for i in 0..b.len().max(a.len()) {
                compare(&format!("{path}[{i}]"), b.get(i), a.get(i), out);
            }
        }
        (None, None) => {}
        (before, after) => out.push(Change {
            path: path.to_owned(),
            before: before.cloned(),
            after: after.cloned(),
        }),
    }
}

impl fmt::Display for PolicyDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = if self.changes.is_empty() {
            "policy-diff-unchanged"
        } else {
            "policy-diff-head"
        };
        let message = crate::locale::Message::new(id)
            .arg("command", self.command.as_str())
            .arg("before", self.before.as_str())
            .arg("after", self.after.as_str())
            .arg("changes", self.changes.len());
        write!(f, "{message}")?;
        for change in &self.changes {
            let show = |value: &Option<Value>| match value {
                None => "—".to_owned(),
                Some(Value::String(text)) => text.clone(),
                Some(other) => other.to_string(),
            };
            write!(
                f,
                "\n  {}\n    − {}\n    + {}",
                change.path,
                show(&change.before),
                show(&change.after)
            )?;
        }
        Ok(())
    }
}
