//! The call for applications (MO-5) and the selection committee (MO-6), validated: every
//! violation is reported, not the first.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use regula_calendar::Instant;
use regula_core::Breach;
use regula_core::locale::Message;
use serde::{Deserialize, Serialize};

use crate::dossier::CommitteeAsks;
use crate::model::{MobilityKind, Requirement};
use crate::policy::MobilityPolicy;
use crate::rules::{MO_5, MO_6, MO_7};

/// A member of the selection committee (MO-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The member's name.
    pub name: String,
    /// The member's id, when the member is a student (to compare with the candidates).
    #[serde(default)]
    pub id: Option<String>,
    /// The field of science the member represents.
    #[serde(default)]
    pub field: String,
    /// A student, named by the students' organisation.
    #[serde(default)]
    pub student_organisation: bool,
    /// Signed the conflict-of-interest declaration.
    pub declaration_signed: bool,
    /// Candidates (by id) the member has a family tie with.
    #[serde(default)]
    pub family_ties: Vec<String>,
}

/// The selection committee (MO-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Committee {
    /// Named by the Rector.
    pub named_by_rector: bool,
    /// The members.
    pub members: Vec<Member>,
    /// The secretary: the Erasmus+ coordinator, who writes the minutes.
    #[serde(default)]
    pub secretary: Option<String>,
}

/// The places a field offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldPlaces {
    /// The field (or the partner agreement's subject area).
    pub field: String,
    /// The places.
    pub places: u32,
}

/// The call for applications (MO-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Call {
    /// The kinds of mobility offered.
    pub kinds: Vec<MobilityKind>,
    /// The places per field.
    pub fields: Vec<FieldPlaces>,
    /// The conditions stated.
    pub conditions: Vec<String>,
    /// The documents asked for.
    pub documents: Vec<crate::model::DocumentKind>,
    /// What the committee asks for beyond the fixed list.
    #[serde(default)]
    pub asks: CommitteeAsks,
    /// The selection committee.
    pub committee: Committee,
    /// The day the call was published.
    pub published_on: NaiveDate,
    /// Published on the institution's website.
    pub on_website: bool,
    /// Published on the notice boards.
    pub on_notice_boards: bool,
    /// The points system was published with the call (MO-7).
    pub points_system_published: bool,
    /// The deadline for applications.
    pub deadline: Instant,
}

/// Every way the committee breaks MO-6 as the policy reads it (`policy.committee`: each
/// requirement — the Rector's decision, a student member, a secretary, the declarations, no
/// family tie — asked only where the policy asks it); `candidates` are the ids of those who
/// applied. A student member who is a candidate is always a breach.
pub fn validate_committee(
    policy: &MobilityPolicy,
    committee: &Committee,
    candidates: &[&str],
) -> Vec<Breach> {
    let mut found = Vec::new();
    let candidates: HashSet<&str> = candidates.iter().copied().collect();
    let asks = &policy.committee;
    if asks.named_by_rector && !committee.named_by_rector {
        found.push(Breach::new(
            &MO_6,
            Message::new("mobility-committee-not-named"),
        ));
    }
    let n = committee.members.len();
    if n < policy.committee.min_members as usize {
        found.push(Breach::new(
            &MO_6,
            Message::new("mobility-committee-too-small")
                .arg("members", n)
                .arg("min", u64::from(policy.committee.min_members)),
        ));
    }
    let students: Vec<&Member> = committee
        .members
        .iter()
        .filter(|m| m.student_organisation)
        .collect();
    let applying: Vec<&&Member> = students
        .iter()
        .filter(|m| m.id.as_deref().is_some_and(|id| candidates.contains(id)))
        .collect();
    if asks.student_member && students.is_empty() {
        found.push(Breach::new(
            &MO_6,
            Message::new("mobility-committee-no-student"),
        ));
    }
    for m in &applying {
        found.push(Breach::new(
            &MO_6,
            Message::new("mobility-committee-student-candidate").arg("member", m.name.as_str()),
        ));
    }
    if policy.committee.distinct_fields {
        let mut by_field: HashMap<&str, Vec<&str>> = HashMap::new();
        for m in committee.members.iter().filter(|m| !m.student_organisation) {
            if m.field.trim().is_empty() {
                found.push(Breach::new(
                    &MO_6,
                    Message::new("mobility-committee-no-field").arg("member", m.name.as_str()),
                ));
            } else {
                by_field.entry(m.field.as_str()).or_default().push(&m.name);
            }
        }
        let mut shared: Vec<(&str, Vec<&str>)> =
            by_field.into_iter().filter(|(_, v)| v.len() > 1).collect();
        shared.sort();
        for (field, names) in shared {
            found.push(Breach::new(
                &MO_6,
                Message::new("mobility-committee-same-field")
                    .arg("members", names.join(", "))
                    .arg("field", field),
            ));
        }
    }
    for m in &committee.members {
        if asks.conflict_declarations && !m.declaration_signed {
            found.push(Breach::new(
                &MO_6,
                Message::new("mobility-committee-no-declaration").arg("member", m.name.as_str()),
            ));
        }
        for c in m
            .family_ties
            .iter()
            .filter(|c| asks.no_family_ties && candidates.contains(c.as_str()))
        {
            found.push(Breach::new(
                &MO_6,
                Message::new("mobility-committee-family-tie")
                    .arg("member", m.name.as_str())
                    .arg("candidate", c.as_str()),
            ));
        }
    }
    if asks.secretary
        && committee
            .secretary
            .as_deref()
            .is_none_or(|s| s.trim().is_empty())
    {
        found.push(Breach::new(
            &MO_6,
            Message::new("mobility-committee-no-secretary"),
        ));
    }
    found
}

/// Every way the call breaks MO-5 (and MO-7's publication of the points system), the
/// committee's violations of MO-6 included.
pub fn validate_call(policy: &MobilityPolicy, call: &Call, candidates: &[&str]) -> Vec<Breach> {
    let mut found = Vec::new();
    if call.kinds.is_empty() {
        found.push(Breach::new(&MO_5, Message::new("mobility-call-no-kind")));
    }
    if call.fields.is_empty() {
        found.push(Breach::new(&MO_5, Message::new("mobility-call-no-fields")));
    }
    let mut seen = HashSet::new();
    for f in &call.fields {
        if !seen.insert(f.field.as_str()) {
            found.push(Breach::new(
                &MO_5,
                Message::new("mobility-call-field-twice").arg("field", f.field.as_str()),
            ));
        }
        if f.places == 0 {
            found.push(Breach::new(
                &MO_5,
                Message::new("mobility-call-field-no-place").arg("field", f.field.as_str()),
            ));
        }
    }
    if call.conditions.is_empty() {
        found.push(Breach::new(
            &MO_5,
            Message::new("mobility-call-no-conditions"),
        ));
    }
    for kind in &call.kinds {
        for rule in &policy.documents {
            let needed = match rule.requirement(*kind) {
                Requirement::Required => true,
                Requirement::IfAsked => match rule.document {
                    crate::model::DocumentKind::Recommendation => call.asks.recommendation,
                    _ => false,
                },
                _ => false,
            };
            if needed && !call.documents.contains(&rule.document) {
                found.push(Breach::new(
                    &MO_5,
                    Message::new("mobility-call-document-missing")
                        .arg("document", rule.document.term())
                        .arg("kind", kind.term()),
                ));
            }
        }
    }
    if call.deadline.local_date() <= call.published_on {
        found.push(Breach::new(
            &MO_5,
            Message::new("mobility-call-deadline-not-after")
                .arg("deadline", call.deadline)
                .arg("published", call.published_on),
        ));
    }
    if !call.on_website {
        found.push(Breach::new(
            &MO_5,
            Message::new("mobility-call-not-on-website"),
        ));
    }
    if !call.on_notice_boards {
        found.push(Breach::new(
            &MO_5,
            Message::new("mobility-call-not-on-boards"),
        ));
    }
    if !call.points_system_published {
        found.push(Breach::new(
            &MO_7,
            Message::new("mobility-call-points-not-published"),
        ));
    }
    found.extend(validate_committee(policy, &call.committee, candidates));
    found
}
