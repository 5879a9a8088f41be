//! Requests and outcomes of `ects recognise|check|convert|import`, each answered with a
//! [`Response`].

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use regula_core::locale::{Arg, Message};
use regula_core::{Decision, PolicyHistory, Response, Versioned};
use serde::{Deserialize, Serialize};

use crate::EctsError;
use crate::convert::{Conversion, ConversionPolicy, DistributionTable, HostGrade, convert};
use crate::elmo::{
    ElmoWarning, Institution, Learner, RecognitionDocument, Transcript, export_recognition,
    import_elmo,
};
use crate::minimums::{Consequences, Period, consequences};
use crate::plan::{Mobility, PlanViolation, RecognitionPlan, check, propose_explained};

/// The ITP 2014 conversion policy (the ECTS grading table), from 13 March 2014.
pub fn itp_2014() -> PolicyHistory<ConversionPolicy> {
    PolicyHistory::single(
        "ITP 2014",
        Versioned {
            effective_from: regula_core::catalogue::seed::ITP_ERASMUS_FROM,
            note: "ITP-ERASMUS 2014 §12: ECTS letters A 10, B 9, C 8, D 7, E 5; illustrative home distribution".into(),
            policy: ConversionPolicy::itp_2014(),
        },
    )
}

/// `regula ects recognise`: propose the recognition plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecogniseRequest {
    /// The day of the CSC's decision (selects the policy version); the latest when absent.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The mobility's courses, transcript and matches.
    pub mobility: Mobility,
    /// The mobility period, for EC-1, EC-3 and EC-13.
    #[serde(default)]
    pub period: Option<Period>,
    /// The host's transcript as an ELMO document (XML text), in place of
    /// `mobility.host_courses` and its distribution tables: its courses' ids are qualified by
    /// their issuer (`issuer/local id`), as the matches must name them.
    #[serde(default)]
    pub elmo: Option<String>,
}

/// The outcome of a [`RecogniseRequest`]: the proposed plan, and the minimums and their
/// consequences when the period is given. The explanation has one step per line of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Recognition {
    /// The proposed plan.
    pub plan: RecognitionPlan,
    /// The minimums and consequences, when the period is given.
    pub consequences: Option<Consequences>,
    /// What could not be used of the ELMO document, when the request gave one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcript_warnings: Vec<ElmoWarning>,
}

impl fmt::Display for Recognition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new("ects-plan-header").arg("lines", self.plan.lines.len());
        write!(f, "{header}")?;
        if let Some(c) = &self.consequences {
            let minimums = Message::new(if c.active_study {
                "ects-minimums-active"
            } else {
                "ects-minimums-short"
            })
            .arg("passed", Arg::Number(c.passed_ects.value()))
            .arg("required", Arg::Number(c.required_ects.value()));
            write!(f, "\n\n{minimums}")?;
            if !c.repayment.is_empty() {
                let repayment = Message::new("ects-repayment").arg(
                    "conditions",
                    Arg::List(c.repayment.iter().map(|b| b.message.clone()).collect()),
                );
                write!(f, "\n{repayment}")?;
            }
            if !c.still_to_sit.is_empty() {
                let still =
                    Message::new("ects-still-to-sit").arg("courses", c.still_to_sit.join(", "));
                write!(f, "\n{still}")?;
            }
        }
        Ok(())
    }
}

/// Answers a [`RecogniseRequest`].
pub fn answer_recognise(
    history: &PolicyHistory<ConversionPolicy>,
    request: &RecogniseRequest,
) -> Result<Response<Recognition>, EctsError> {
    let version = history.in_force_on_or_latest(request.date)?;
    let (mobility, transcript_warnings) =
        with_transcript(&version.policy, &request.mobility, request.elmo.as_deref())?;
    let decision = propose_explained(&version.policy, &mobility)?;
    let consequences = request
        .period
        .map(|p| consequences(&version.policy, &mobility, &decision.outcome, p))
        .transpose()?;
    let decision = Decision {
        outcome: Recognition {
            plan: decision.outcome,
            consequences,
            transcript_warnings,
        },
        explanation: decision.explanation,
    };
    Ok(Response::new(history, version, decision))
}

/// `regula ects check`: every rule a hand-written plan breaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    /// The day of the CSC's decision; the latest policy when absent.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The mobility.
    pub mobility: Mobility,
    /// The plan to check.
    pub plan: RecognitionPlan,
    /// The host's transcript as an ELMO document, in place of `mobility.host_courses` (as for
    /// `ects recognise`).
    #[serde(default)]
    pub elmo: Option<String>,
}

/// The outcome of a [`CheckRequest`]: every rule the plan breaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlanCheck {
    /// Whether the plan breaks no rule.
    pub valid: bool,
    /// Every rule broken.
    pub violations: Vec<PlanViolation>,
    /// What could not be used of the ELMO document, when the request gave one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcript_warnings: Vec<ElmoWarning>,
}

impl fmt::Display for PlanCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.valid {
            return write!(f, "{}", Message::new("ects-plan-valid"));
        }
        let header = Message::new("ects-plan-violations").arg("violations", self.violations.len());
        write!(f, "{header}")?;
        for v in &self.violations {
            write!(f, "\n- {v}")?;
        }
        Ok(())
    }
}

/// Answers a [`CheckRequest`].
pub fn answer_check(
    history: &PolicyHistory<ConversionPolicy>,
    request: &CheckRequest,
) -> Result<Response<PlanCheck>, EctsError> {
    let version = history.in_force_on_or_latest(request.date)?;
    let (mobility, transcript_warnings) =
        with_transcript(&version.policy, &request.mobility, request.elmo.as_deref())?;
    let violations = check(&version.policy, &mobility, &request.plan)?;
    let outcome = PlanCheck {
        valid: violations.is_empty(),
        violations,
        transcript_warnings,
    };
    Ok(Response::unexplained(history, version, outcome))
}

/// `regula ects convert`: one host grade to the Romanian scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConvertRequest {
    /// The day (selects the policy version); the latest when absent.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The host grade.
    pub grade: HostGrade,
    /// The host scale's distribution table, unless the scale is `ECTS`.
    #[serde(default)]
    pub tables: Vec<DistributionTable>,
}

/// The outcome of a [`ConvertRequest`]: the host grade and its Romanian grade.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GradeConversion {
    /// The host grade.
    pub grade: HostGrade,
    /// The conversion.
    pub conversion: Conversion,
}

impl fmt::Display for GradeConversion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = match self.conversion.grade() {
            Some(grade) => Message::new("ects-converts-to").arg("grade", grade),
            None => Message::new("ects-converts-to-failing"),
        }
        .arg("value", self.grade.value.as_str())
        .arg("scale", self.grade.scale.as_str());
        write!(f, "EC-11: {message}")
    }
}

/// Answers a [`ConvertRequest`].
pub fn answer_convert(
    history: &PolicyHistory<ConversionPolicy>,
    request: &ConvertRequest,
) -> Result<Response<GradeConversion>, EctsError> {
    let version = history.in_force_on_or_latest(request.date)?;
    let tables: Vec<DistributionTable> = request
        .tables
        .iter()
        .cloned()
        .map(DistributionTable::validated)
        .collect::<Result<_, _>>()?;
    let conversion = convert(&version.policy, &tables, &request.grade)?;
    let outcome = GradeConversion {
        grade: request.grade.clone(),
        conversion,
    };
    Ok(Response::unexplained(history, version, outcome))
}

/// The mobility with the host courses and distribution tables of `elmo`, when the request gives
/// the transcript as an ELMO document (EC-11), and what could not be used of it.
fn with_transcript<'m>(
    policy: &ConversionPolicy,
    mobility: &'m Mobility,
    elmo: Option<&str>,
) -> Result<(std::borrow::Cow<'m, Mobility>, Vec<ElmoWarning>), EctsError> {
    let Some(elmo) = elmo else {
        return Ok((std::borrow::Cow::Borrowed(mobility), Vec::new()));
    };
    if !mobility.host_courses.is_empty() {
        return Err(EctsError::TranscriptTwice);
    }
    let transcript = import_elmo(elmo, &policy.grading_scales)?;
    let mut mobility = mobility.clone();
    mobility.host_courses = transcript.host_courses();
    mobility.grade_tables.extend(transcript.tables);
    Ok((std::borrow::Cow::Owned(mobility), transcript.warnings))
}

/// `regula ects import`: a transcript of records in the EMREX/ELMO format, read (EC-11).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportRequest {
    /// The day (selects the policy version and its grading scales); the latest when absent.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The ELMO document (XML text): ELMO 1.x or 2.0 (or the EMREX format before 1.0), bare or
    /// inside an EWP ToR response.
    pub elmo: String,
}

/// Answers an [`ImportRequest`]: the courses at the level that carries the ECTS credits, the
/// distribution tables and what could not be used.
pub fn answer_import(
    history: &PolicyHistory<ConversionPolicy>,
    request: &ImportRequest,
) -> Result<Response<Transcript>, EctsError> {
    answer_import_document(history, &request.elmo, request.date)
}

/// [`answer_import`] on the ELMO document itself (the request of an adapter that was given the
/// XML), without copying it into an [`ImportRequest`]: `date` selects the policy version.
pub fn answer_import_document(
    history: &PolicyHistory<ConversionPolicy>,
    elmo: &str,
    date: Option<NaiveDate>,
) -> Result<Response<Transcript>, EctsError> {
    let version = history.in_force_on_or_latest(date)?;
    let transcript = import_elmo(elmo, &version.policy.grading_scales)?;
    Ok(Response::unexplained(history, version, transcript))
}

/// `regula ects export`: the recognition of a mobility as an ELMO 2.0 document, for the student,
/// the host and the EWP network (EC-11).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// The day of the CSC's decision (also selects the policy version).
    pub decided: NaiveDate,
    /// When the document is written ("now", given by the caller), with its offset.
    pub issued: DateTime<FixedOffset>,
    /// The home institution, which issues the document.
    pub home: Institution,
    /// The host institution, which issued the transcript.
    pub host: Institution,
    /// The student.
    pub learner: Learner,
    /// The mobility.
    pub mobility: Mobility,
    /// The host's transcript as an ELMO document, in place of `mobility.host_courses`.
    #[serde(default)]
    pub elmo: Option<String>,
    /// The CSC's plan; the proposed plan when absent.
    #[serde(default)]
    pub plan: Option<RecognitionPlan>,
}

/// The outcome of an [`ExportRequest`]: the ELMO document and what it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RecognitionExport {
    /// The ELMO 2.0 document (XML text).
    pub elmo: String,
    /// How many host courses it reports the recognition of.
    pub results: usize,
    /// What could not be used of the host's ELMO document, when the request gave one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcript_warnings: Vec<ElmoWarning>,
}

impl fmt::Display for RecognitionExport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.elmo.trim_end())
    }
}

/// The fields an ELMO issuer needs, empty in `institution` (at `at`).
fn missing(at: &str, institution: &Institution) -> Option<EctsError> {
    let field = if institution
        .identifiers
        .iter()
        .all(|i| i.value.trim().is_empty())
    {
        "identifiers"
    } else if institution.titles.iter().all(|t| t.text.trim().is_empty()) {
        "titles"
    } else if institution.url.trim().is_empty() {
        "url"
    } else {
        return None;
    };
    Some(EctsError::Missing {
        field: format!("{at}.{field}"),
    })
}

/// Answers an [`ExportRequest`].
pub fn answer_export(
    history: &PolicyHistory<ConversionPolicy>,
    request: &ExportRequest,
) -> Result<Response<RecognitionExport>, EctsError> {
    if let Some(err) = missing("home", &request.home).or_else(|| missing("host", &request.host)) {
        return Err(err);
    }
    for (field, value) in [
        ("learner.given_names", &request.learner.given_names),
        ("learner.family_name", &request.learner.family_name),
    ] {
        if value.trim().is_empty() {
            return Err(EctsError::Missing {
                field: field.into(),
            });
        }
    }
    let version = history.in_force_on_or_latest(Some(request.decided))?;
    let (mobility, transcript_warnings) =
        with_transcript(&version.policy, &request.mobility, request.elmo.as_deref())?;
    let plan = match &request.plan {
        Some(plan) => plan.clone(),
        None => propose_explained(&version.policy, &mobility)?.outcome,
    };
    let elmo = export_recognition(&RecognitionDocument {
        home: &request.home,
        host: &request.host,
        learner: &request.learner,
        mobility: &mobility,
        plan: &plan,
        decided: request.decided,
        issued: request.issued,
    });
    let outcome = RecognitionExport {
        elmo,
        results: plan.lines.len(),
        transcript_warnings,
    };
    Ok(Response::unexplained(history, version, outcome))
}
