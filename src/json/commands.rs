//! The table of commands: every decision Regula offers over JSON, by name, with the request it
//! reads, the function that decides and the response it writes. The CLI, the conformance tests and
//! every other adapter reach the rule engines through this table only.

use std::fmt;
use std::ops::ControlFlow;

use regula_core::{Decisions, Response};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::answer::{Answer, Context, Document, DocumentKind, Rendered};
use super::parse::{Part, parse, report};
use super::{Error, ErrorKind};
use crate::sheets::MediaType;
use crate::{
    Policy, appeals, catalog, counselling, ects, fees, grading, mobility, moodle, progress,
    scheduling,
};

/// What a command reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A JSON request (or, for `ects import`, the XML document itself).
    Json,
    /// No request: adapters send `{}` and read no input (`schedule template`).
    Nothing,
    /// A document of one of these formats, which the request carries as its `file`
    /// ([`crate::sheets::FileInput`]: `{"media_type", "name"?, "text" | "base64"}`), beside the
    /// JSON field `with` names (`mapping`) when there is one. Adapters write the request from
    /// the document's bytes with [`super::document_request`] (`schedule import`,
    /// `moodle gradebook`).
    Document {
        /// The formats it reads.
        reads: &'static [MediaType],
        /// The request's other field that adapters take as JSON beside the document (the
        /// CLI's `--mapping FILE`, HTTP's `?mapping=`), if any.
        with: Option<&'static str>,
    },
}

/// One command of the boundary.
pub struct Command {
    /// The name adapters use: `grade course`, `schedule solve`, `open-session check`.
    pub name: &'static str,
    /// What it decides, in one line, with the rules it applies.
    pub summary: &'static str,
    /// The same in Romanian, for the people who read decisions (Regula Studio's list).
    pub summary_ro: &'static str,
    /// The documents it can write, the default first; empty for a decision, which answers JSON
    /// and text.
    pub documents: &'static [DocumentKind],
    /// Whether it runs a search that reports its progress through [`Context::progress`].
    pub reports_progress: bool,
    /// Whether it answers a sealed checkpoint and reads one back with [`Context::seal_key`]
    /// (`counselling record`), so that adapters offer a key.
    pub seals_checkpoints: bool,
    /// What its request is: JSON, nothing at all, or a document (with JSON beside it).
    pub input: Input,
    /// The JSON Schema of its request (for the OpenAPI document).
    pub request_schema: fn(&mut SchemaGenerator) -> Schema,
    /// The JSON Schema of its response.
    pub response_schema: fn(&mut SchemaGenerator) -> Schema,
    run: fn(&Policy, &str, &mut Context<'_>) -> Result<Answer, Error>,
}

impl Command {
    /// Its summary in `lang`.
    pub fn summary_in(&self, lang: crate::locale::Lang) -> &'static str {
        match lang {
            crate::locale::Lang::Ro => self.summary_ro,
            _ => self.summary,
        }
    }

    /// Decides `request` (JSON text) under `policy`.
    pub(super) fn run(
        &self,
        policy: &Policy,
        request: &str,
        context: &mut Context<'_>,
    ) -> Result<Answer, Error> {
        (self.run)(policy, request, context)
    }
}

impl fmt::Debug for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Command")
            .field("name", &self.name)
            .field("documents", &self.documents)
            .field("reports_progress", &self.reports_progress)
            .field("seals_checkpoints", &self.seals_checkpoints)
            .finish()
    }
}

/// The schema of `T`, as a reference into the generator's definitions.
fn schema<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// Reads the request, decides with `decide`, and keeps the response; a refusal from the domain
/// (every problem it found) is an invalid request.
fn decision<Req, Resp, E>(
    request: &str,
    decide: impl FnOnce(&Req) -> Result<Resp, E>,
) -> Result<Answer, Error>
where
    Req: DeserializeOwned,
    Resp: Serialize + DeserializeOwned + fmt::Display + Send + 'static,
    E: fmt::Display,
{
    let request: Req = parse(request, Part::Request)?;
    let response = decide(&request).map_err(refused)?;
    Answer::new(response)
}

fn refused(err: impl fmt::Display) -> Error {
    Error::new(
        ErrorKind::InvalidRequest,
        report("invalid request", &err.to_string()),
    )
}

/// The language of the call (set by [`super::decide`]): the language documents are written in.
fn lang() -> crate::locale::Lang {
    crate::locale::current()
}

fn rendered(media_type: &'static str, body: String) -> Result<Answer, Error> {
    Answer::document(Rendered {
        media_type,
        body,
        encoding: None,
    })
}

/// The rows a CSV export wrote (header first), as an XLSX workbook of one sheet: the writer
/// types the cells and computes nothing (`docs/spreadsheets.md`).
fn xlsx(sheet: &str, csv: &str) -> Result<Answer, Error> {
    let rows = crate::sheets::parse_csv(csv);
    let bytes = crate::sheets::table_to_xlsx(sheet, &rows)
        .map_err(|err| Error::new(ErrorKind::InvalidRequest, err))?;
    Answer::binary(crate::sheets::XLSX_MEDIA_TYPE, bytes)
}

fn unsupported(command: &str, document: &Document) -> Error {
    Error::new(
        ErrorKind::Unsupported,
        format!("`{command}` cannot write {:?}", document.kind()),
    )
}

/// `schedule template`: nothing (`{}`) for the empty template, or a plan to fill it with.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplateRequest {
    /// A plan (a `schedule check`/`solve` request's `plan`) to write into the template: the
    /// workbook `schedule import` reads back as the same plan.
    #[serde(default)]
    pub plan: Option<scheduling::SessionPlan>,
}

/// `schedule import`: a workbook. Adapters build it from the file's bytes
/// ([`super::document_request`]).
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportRequest {
    /// The XLSX or ODS workbook (`media_type` and `base64`).
    pub file: crate::sheets::FileInput,
}

/// Every command, in the order of the documentation.
pub(super) static COMMANDS: &[Command] = &[
    Command {
        name: "grade course",
        summary: "Grade students in a course from their points per activity (GR-1..GR-7, GR-9).",
        summary_ro: "Notează studenții la o disciplină după punctele fiecărei activități (GR-1..GR-7, GR-9).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<grading::request::CourseRequest>,
        response_schema: schema::<Response<grading::request::CourseResults>>,
        run: |p, text, _| {
            decision(text, |r: &grading::request::CourseRequest| {
                grading::request::grade_course(&p.grading, r)
            })
        },
    },
    Command {
        name: "grade quiz",
        summary: "Score an online multiple-choice quiz (QZ-2..QZ-5, GR-4, GR-9).",
        summary_ro: "Punctează un test online cu alegere multiplă (QZ-2..QZ-5, GR-4, GR-9).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<grading::request::QuizRequest>,
        response_schema: schema::<Response<grading::request::QuizResults>>,
        run: |p, text, _| {
            decision(text, |r: &grading::request::QuizRequest| {
                grading::request::grade_quiz(&p.grading, r)
            })
        },
    },
    Command {
        name: "grade average",
        summary: "A student's credit-weighted average (GR-8).",
        summary_ro: "Media unui student, ponderată cu creditele (GR-8).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<grading::request::AverageRequest>,
        response_schema: schema::<Response<grading::request::StudentAverage>>,
        run: |p, text, _| {
            decision(text, |r: &grading::request::AverageRequest| {
                grading::request::grade_average(&p.grading, r)
            })
        },
    },
    Command {
        name: "grade improve",
        summary: "Decide requests for grade improvement (mărire de notă): the deadline, eligibility and quotas, and the grade that stands, never lower (GR-12..GR-14).",
        summary_ro: "Decide cererile de mărire a notei: termenul, condițiile și limitele, și nota care rămâne, niciodată mai mică (GR-12..GR-14).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<grading::request::ImprovementRequest>,
        response_schema: schema::<Response<grading::request::ImprovementOutcome>>,
        run: |p, text, _| {
            decision(text, |r: &grading::request::ImprovementRequest| {
                grading::request::grade_improve(&p.grading, r)
            })
        },
    },
    Command {
        name: "progress year-end",
        summary: "Year-end decisions of a group or a faculty: credits earned and outstanding, the year's average, promoted, repeating, exmatriculated (PR-1..PR-6, GR-8).",
        summary_ro: "Deciziile de sfârșit de an ale unei grupe sau facultăți: credite obținute și restante, media anului, promovat, repetent, exmatriculat (PR-1..PR-6, GR-8).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<progress::request::YearEndRequest>,
        response_schema: schema::<Response<progress::request::YearEndOutcome>>,
        run: |p, text, _| {
            decision(text, |r: &progress::request::YearEndRequest| {
                progress::request::answer_year_end(&p.progress, &p.grading, &p.fees, r)
            })
        },
    },
    Command {
        name: "progress rank",
        summary: "Rank students by their year's results for the policy's award (a scholarship): eligibility, points, tie-breaks on raw values, places and the reserve list (PR-7).",
        summary_ro: "Ierarhizează studenții după rezultatele anului pentru distincția politicii (o bursă): eligibilitate, punctaj, departajări pe valorile brute, locuri și lista de rezervă (PR-7).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<progress::request::RankRequest>,
        response_schema: schema::<Response<progress::request::RankOutcome>>,
        run: |p, text, _| {
            decision(text, |r: &progress::request::RankRequest| {
                progress::request::answer_rank(&p.progress, &p.grading, r)
            })
        },
    },
    Command {
        name: "deadlines",
        summary: "Result, platform, catalog and appeal deadlines of an exam (AP-*, OX-2..OX-4, CA-7).",
        summary_ro: "Termenele unui examen: rezultatele, platforma, catalogul și contestațiile (AP-*, OX-2..OX-4, CA-7).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<appeals::request::DeadlinesRequest>,
        response_schema: schema::<Response<appeals::request::DeadlinesOutcome>>,
        run: |p, text, _| {
            decision(text, |r: &appeals::request::DeadlinesRequest| {
                appeals::request::answer_deadlines(&p.appeals, r)
            })
        },
    },
    Command {
        name: "appeal check",
        summary: "Whether an appeal filed at an instant, on given grounds, is admissible (AP-1..AP-4).",
        summary_ro: "Dacă o contestație depusă la un moment dat, pe motivele date, este admisibilă (AP-1..AP-4).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<appeals::request::AppealRequest>,
        response_schema: schema::<Response<appeals::request::AppealVerdict>>,
        run: |p, text, _| {
            decision(text, |r: &appeals::request::AppealRequest| {
                appeals::request::answer_appeal(&p.appeals, r)
            })
        },
    },
    Command {
        name: "fees",
        summary: "What a student owes for outstanding exams (FE-1..FE-4).",
        summary_ro: "Cât datorează un student pentru examenele restante (FE-1..FE-4).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<fees::request::FeeRequest>,
        response_schema: schema::<Response<fees::request::FeeOutcome>>,
        run: |p, text, _| {
            decision(text, |r: &fees::request::FeeRequest| {
                fees::request::answer_fees(&p.fees, r)
            })
        },
    },
    Command {
        name: "fees statement",
        summary: "The fee statement of `fees` as CSV or XLSX: one line per exam (status, amount, rule) and the total (FE-1..FE-4).",
        summary_ro: "Situația taxelor din `fees` ca CSV sau XLSX: un rând pe examen (stare, sumă, regulă) și totalul (FE-1..FE-4).",
        documents: &[DocumentKind::Csv, DocumentKind::Xlsx],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<fees::request::FeeRequest>,
        response_schema: schema::<Rendered>,
        run: |p, text, cx| {
            let r: fees::request::FeeRequest = parse(text, Part::Request)?;
            let decided = fees::request::answer_fees(&p.fees, &r).map_err(refused)?;
            let csv = fees::statement_csv(&decided.outcome, lang());
            match cx.document.as_ref().unwrap_or(&Document::Csv) {
                Document::Csv => rendered("text/csv", csv),
                Document::Xlsx => xlsx("Fees", &csv),
                other => Err(unsupported("fees statement", other)),
            }
        },
    },
    Command {
        name: "schedule check",
        summary: "Every violation of a timetable, each with its rule and what it involves (SC-*, OX-1, OX-2).",
        summary_ro: "Fiecare încălcare a unei programări, cu regula ei și cu ce privește (SC-*, OX-1, OX-2).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<scheduling::request::CheckRequest>,
        response_schema: schema::<Response<scheduling::Report>>,
        run: |p, text, _| {
            decision(text, |r: &scheduling::request::CheckRequest| {
                scheduling::request::answer_check(&p.scheduling, r)
            })
        },
    },
    Command {
        name: "schedule solve",
        summary: "Build a timetable (or repair `current`), stopping at the budget with the best found.",
        summary_ro: "Construiește o programare a examenelor (sau o repară pe cea `current`), oprindu-se la buget cu cea mai bună găsită.",
        documents: &[],
        reports_progress: true,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<scheduling::request::SolveRequest>,
        response_schema: schema::<Response<scheduling::request::Solution>>,
        run: |p, text, cx| {
            let mut run_on = |_: &scheduling::Progress| ControlFlow::Continue(());
            let progress: &mut dyn FnMut(&scheduling::Progress) -> ControlFlow<()> =
                match cx.progress.as_deref_mut() {
                    Some(progress) => progress,
                    None => &mut run_on,
                };
            decision(text, |r: &scheduling::request::SolveRequest| {
                scheduling::request::answer_solve(&p.scheduling, r, progress)
            })
        },
    },
    Command {
        name: "schedule export",
        summary: "A timetable as a text table, an HTML page, one group's or teacher's iCalendar, CSV or XLSX.",
        summary_ro: "O programare ca tabel text, pagină HTML, iCalendar al unei grupe sau al unui cadru didactic, CSV sau XLSX.",
        documents: &[
            DocumentKind::Text,
            DocumentKind::Html,
            DocumentKind::ICalendar,
            DocumentKind::Csv,
            DocumentKind::Xlsx,
        ],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<scheduling::request::ExportRequest>,
        response_schema: schema::<Rendered>,
        run: |_, text, cx| {
            let r: scheduling::request::ExportRequest = parse(text, Part::Request)?;
            let (plan, timetable) = (&r.plan, &r.timetable);
            match cx.document.as_ref().unwrap_or(&Document::Text) {
                Document::Text => rendered(
                    "text/plain",
                    scheduling::export::to_text(plan, timetable, lang()),
                ),
                Document::Html => rendered(
                    "text/html",
                    scheduling::export::to_html(plan, timetable, lang()),
                ),
                Document::ICalendar { audience, stamp } => rendered(
                    "text/calendar",
                    scheduling::export::to_ics(plan, timetable, audience, *stamp, lang())
                        .map_err(refused)?,
                ),
                Document::Csv => rendered(
                    "text/csv",
                    scheduling::export::to_csv(plan, timetable, lang()),
                ),
                Document::Xlsx => xlsx(
                    "Timetable",
                    &scheduling::export::to_csv(plan, timetable, lang()),
                ),
            }
        },
    },
    Command {
        name: "schedule template",
        summary: "The session-plan workbook to fill in (one sheet per part of the plan, a header row each; docs/spreadsheets.md), empty or filled with a plan.",
        summary_ro: "Registrul de completat al planului sesiunii (o foaie pe fiecare parte a planului, cu rândul de antet; docs/spreadsheets.md), gol sau completat cu un plan.",
        documents: &[DocumentKind::Xlsx],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Nothing,
        request_schema: schema::<TemplateRequest>,
        response_schema: schema::<Rendered>,
        run: |_, text, _| {
            let r: TemplateRequest = parse(text, Part::Request)?;
            let bytes = match &r.plan {
                None => crate::sheets::template(),
                Some(plan) => crate::sheets::plan_to_workbook(plan),
            }
            .map_err(|err| Error::new(ErrorKind::InvalidRequest, err))?;
            Answer::binary(crate::sheets::XLSX_MEDIA_TYPE, bytes)
        },
    },
    Command {
        name: "schedule import",
        summary: "Read a session plan from an XLSX or ODS workbook following the template: the `plan` of `schedule check` and `schedule solve`, every problem named by its cell, every row left out reported.",
        summary_ro: "Citește planul sesiunii dintr-un registru XLSX sau ODS după model: `plan`-ul pentru `schedule check` și `schedule solve`, fiecare problemă numită după celula ei, fiecare rând omis semnalat.",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Document {
            reads: &MediaType::WORKBOOKS,
            with: None,
        },
        request_schema: schema::<ImportRequest>,
        response_schema: schema::<Response<crate::sheets::ImportedPlan>>,
        run: |p, text, _| {
            let r: ImportRequest = parse(text, Part::Request)?;
            let bytes = r.file.workbook_bytes().map_err(|problem| {
                Error::new(ErrorKind::InvalidRequest, problem.to_string()).at(problem.place.clone())
            })?;
            let imported = crate::sheets::read_plan(&bytes).map_err(refused)?;
            let day = imported.plan.session.first_day;
            let version = p
                .scheduling
                .in_force_on_or_latest(Some(day))
                .map_err(refused)?;
            Answer::new(Response::unexplained(&p.scheduling, version, imported))
        },
    },
    Command {
        name: "ects recognise",
        summary: "Propose the recognition plan that recognises the most home credits (EC-1, EC-3..EC-13).",
        summary_ro: "Propune planul de recunoaștere care recunoaște cele mai multe credite de acasă (EC-1, EC-3..EC-13).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<ects::request::RecogniseRequest>,
        response_schema: schema::<Response<ects::request::Recognition>>,
        run: |p, text, _| {
            decision(text, |r: &ects::request::RecogniseRequest| {
                ects::request::answer_recognise(&p.ects, r)
            })
        },
    },
    Command {
        name: "ects check",
        summary: "Every rule a recognition plan written by hand breaks (EC-4..EC-12).",
        summary_ro: "Fiecare regulă încălcată de un plan de recunoaștere scris de mână (EC-4..EC-12).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<ects::request::CheckRequest>,
        response_schema: schema::<Response<ects::request::PlanCheck>>,
        run: |p, text, _| {
            decision(text, |r: &ects::request::CheckRequest| {
                ects::request::answer_check(&p.ects, r)
            })
        },
    },
    Command {
        name: "ects convert",
        summary: "Convert one host grade to the Romanian 10..1 scale (EC-11).",
        summary_ro: "Convertește o notă a instituției gazdă pe scala românească 10..1 (EC-11).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<ects::request::ConvertRequest>,
        response_schema: schema::<Response<ects::request::GradeConversion>>,
        run: |p, text, _| {
            decision(text, |r: &ects::request::ConvertRequest| {
                ects::request::answer_convert(&p.ects, r)
            })
        },
    },
    Command {
        name: "ects import",
        summary: "Read a transcript of records in the EMREX/ELMO format: courses at the level that carries the ECTS credits, distribution tables, problems per course (EC-11).",
        summary_ro: "Citește o situație școlară în format EMREX/ELMO: disciplinele de la nivelul care poartă creditele ECTS, tabelele de distribuție, problemele fiecărei discipline (EC-11).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<ects::request::ImportRequest>,
        response_schema: schema::<Response<ects::Transcript>>,
        run: |p, text, _| {
            // The ELMO document itself is a request too: XML in place of `{"elmo": "<…>"}`.
            if text.trim_start().starts_with('<') {
                let response =
                    ects::request::answer_import_document(&p.ects, text, None).map_err(refused)?;
                return Answer::new(response);
            }
            decision(text, |r: &ects::request::ImportRequest| {
                ects::request::answer_import(&p.ects, r)
            })
        },
    },
    Command {
        name: "ects export",
        summary: "Write the recognition of a mobility as an ELMO 2.0 document: each host course, its grade and credits, and what it became (EC-4..EC-11).",
        summary_ro: "Scrie recunoașterea unei mobilități ca document ELMO 2.0: fiecare disciplină de la gazdă, nota și creditele ei, și ce a devenit (EC-4..EC-11).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<ects::request::ExportRequest>,
        response_schema: schema::<Response<ects::request::RecognitionExport>>,
        run: |p, text, _| {
            decision(text, |r: &ects::request::ExportRequest| {
                ects::request::answer_export(&p.ects, r)
            })
        },
    },
    Command {
        name: "mobility eligibility",
        summary: "Who may apply: every condition of MO-1 (study) or MO-2 (training), every unmet one listed.",
        summary_ro: "Cine poate candida: fiecare condiție a MO-1 (studiu) sau MO-2 (plasament), cu fiecare condiție neîndeplinită.",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<mobility::request::EligibilityRequest>,
        response_schema: schema::<Response<Decisions<mobility::EligibilityVerdict>>>,
        run: |p, text, _| {
            decision(text, |r: &mobility::request::EligibilityRequest| {
                mobility::request::answer_eligibility(&p.mobility, r)
            })
        },
    },
    Command {
        name: "mobility dossier",
        summary: "Whether each application dossier is complete, signed and in time (MO-3, MO-4).",
        summary_ro: "Dacă fiecare dosar de candidatură este complet, semnat și la timp (MO-3, MO-4).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<mobility::request::DossierRequest>,
        response_schema: schema::<Response<Decisions<mobility::DossierVerdict>>>,
        run: |p, text, _| {
            decision(text, |r: &mobility::request::DossierRequest| {
                mobility::request::answer_dossier(&p.mobility, r)
            })
        },
    },
    Command {
        name: "mobility select",
        summary: "Validate the call and committee, score, rank and give the places per field (MO-5..MO-8).",
        summary_ro: "Verifică apelul și comisia, punctează, ierarhizează și atribuie locurile pe domenii (MO-5..MO-8).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<mobility::request::SelectRequest>,
        response_schema: schema::<Response<mobility::request::SelectOutcome>>,
        run: |p, text, _| {
            decision(text, |r: &mobility::request::SelectRequest| {
                mobility::request::answer_select(&p.mobility, r)
            })
        },
    },
    Command {
        name: "mobility calendar",
        summary: "A mobility's duration, document deadlines and what is overdue (MO-9..MO-12).",
        summary_ro: "Durata unei mobilități, termenele documentelor și ce a depășit termenul (MO-9..MO-12).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<mobility::request::CalendarRequest>,
        response_schema: schema::<Response<mobility::MobilityCalendar>>,
        run: |p, text, _| {
            decision(text, |r: &mobility::request::CalendarRequest| {
                mobility::request::answer_calendar(&p.mobility, r)
            })
        },
    },
    Command {
        name: "catalog record",
        summary: "Record entries, signatures and corrections: all of them, or none (CA-2..CA-6).",
        summary_ro: "Înregistrează note, semnături și corecturi: pe toate, sau niciuna (CA-2..CA-6).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<catalog::request::RecordRequest>,
        response_schema: schema::<Response<catalog::request::Recorded>>,
        run: |p, text, _| {
            decision(text, |r: &catalog::request::RecordRequest| {
                // GR-13: a grade improvement is of a grade at least the grading policy's pass
                // grade in force on the same day.
                let grading = p.grading.in_force_on_or_latest(r.date())?;
                catalog::request::answer_record(&p.catalog, grading.policy.pass_grade, r)
            })
        },
    },
    Command {
        name: "catalog check",
        summary: "What a catalog still lacks: signatures (CA-5), committees (SC-7), deadlines (CA-7).",
        summary_ro: "Ce îi lipsește încă unui catalog: semnături (CA-5), comisii (SC-7), termene (CA-7).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<catalog::request::CheckRequest>,
        response_schema: schema::<Response<catalog::request::CatalogCheck>>,
        run: |p, text, _| {
            decision(text, |r: &catalog::request::CheckRequest| {
                catalog::request::answer_check(&p.catalog, &p.appeals, r)
            })
        },
    },
    Command {
        name: "catalog supplementary",
        summary: "The supplementary catalog of students whose columns are full (CA-2).",
        summary_ro: "Catalogul suplimentar al studenților cu coloanele completate (CA-2).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<catalog::request::SupplementaryRequest>,
        response_schema: schema::<Response<catalog::Catalog>>,
        run: |p, text, _| {
            decision(text, |r: &catalog::request::SupplementaryRequest| {
                catalog::request::answer_supplementary(&p.catalog, r)
            })
        },
    },
    Command {
        name: "catalog export",
        summary: "The catalog as CSV, or as a printable HTML page laid out like the official form.",
        summary_ro: "Catalogul ca CSV sau ca pagină HTML de tipărit, așezată ca formularul oficial.",
        documents: &[DocumentKind::Csv, DocumentKind::Html, DocumentKind::Xlsx],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<catalog::request::ExportRequest>,
        response_schema: schema::<Rendered>,
        run: |p, text, cx| {
            let r: catalog::request::ExportRequest = parse(text, Part::Request)?;
            let rules = &p.catalog.latest().policy;
            match cx.document.as_ref().unwrap_or(&Document::Csv) {
                Document::Csv => rendered("text/csv", catalog::to_csv(&r.catalog, rules, lang())),
                Document::Html => {
                    rendered("text/html", catalog::to_html(&r.catalog, rules, lang()))
                }
                Document::Xlsx => xlsx("Catalog", &catalog::to_csv(&r.catalog, rules, lang())),
                other => Err(unsupported("catalog export", other)),
            }
        },
    },
    Command {
        name: "catalog admit",
        summary: "Who is admitted to the examination room (SC-8).",
        summary_ro: "Cine este admis în sala de examen (SC-8).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<catalog::request::AdmitRequest>,
        response_schema: schema::<Response<catalog::request::Admissions>>,
        run: |p, text, _| {
            decision(text, |r: &catalog::request::AdmitRequest| {
                catalog::request::answer_admit(&p.catalog, r)
            })
        },
    },
    Command {
        name: "open-session check",
        summary: "Who may sit which course's exam in the open session, and from when (SC-9).",
        summary_ro: "Cine poate susține examenul cărei discipline în sesiunea deschisă, și de când (SC-9).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<catalog::request::OpenSessionRequest>,
        response_schema: schema::<Response<catalog::request::OpenSessionOutcome>>,
        run: |p, text, _| {
            decision(text, |r: &catalog::request::OpenSessionRequest| {
                catalog::request::answer_open_session(&p.catalog, r)
            })
        },
    },
    Command {
        name: "retake-session check",
        summary: "Who may sit an outstanding exam in a retake session (within the policy's retake periods, September in the UMC preset) or the one before the final exams, within the policy's caps (SC-2).",
        summary_ro: "Cine poate susține un examen restant într-o sesiune de restanțe (în perioadele politicii, septembrie în presetarea UMC) sau în cea dinaintea examenelor de finalizare, în limitele politicii (SC-2).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<catalog::request::RetakeSessionRequest>,
        response_schema: schema::<Response<catalog::request::RetakeSessionOutcome>>,
        run: |p, text, _| {
            decision(text, |r: &catalog::request::RetakeSessionRequest| {
                catalog::request::answer_retake_session(&p.catalog, r)
            })
        },
    },
    Command {
        name: "counselling record",
        summary: "Record steps of a semester's counselling document flow, all or none, each checked against the responsibility matrix (CO-3..CO-6).",
        summary_ro: "Înregistrează pașii circuitului documentelor de consiliere ai unui semestru, toți sau niciunul, fiecare verificat după matricea responsabilităților (CO-3..CO-6).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: true,
        input: Input::Json,
        request_schema: schema::<counselling::request::RecordRequest>,
        response_schema: schema::<Response<counselling::request::Recorded>>,
        run: |p, text, context| {
            decision(text, |r: &counselling::request::RecordRequest| {
                counselling::request::answer_record(&p.counselling, r, context.seal_key)
            })
        },
    },
    Command {
        name: "counselling status",
        summary: "What a semester's counselling file still lacks at a moment, with due dates (CO-1..CO-5).",
        summary_ro: "Ce îi lipsește încă dosarului de consiliere al unui semestru la un moment dat, cu termene (CO-1..CO-5).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<counselling::request::StatusRequest>,
        response_schema: schema::<Response<counselling::SemesterStatus>>,
        run: |p, text, _| {
            decision(text, |r: &counselling::request::StatusRequest| {
                counselling::request::answer_status(&p.counselling, r)
            })
        },
    },
    Command {
        name: "counselling consolidate",
        summary: "The faculties' and the university's consolidations: attendances and unique students by channel, kind and level (CO-4, CO-5).",
        summary_ro: "Centralizările facultăților și ale universității: participări și studenți unici pe canal, tip și nivel (CO-4, CO-5).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<counselling::request::FileRequest>,
        response_schema: schema::<Response<counselling::Consolidation>>,
        run: |p, text, _| {
            decision(text, |r: &counselling::request::FileRequest| {
                counselling::request::answer_consolidate(&p.counselling, r)
            })
        },
    },
    Command {
        name: "counselling attendance",
        summary: "The consolidated attendance lists in electronic form, one line per student per activity (CO-4).",
        summary_ro: "Listele de prezență centralizate în format electronic, un rând pe student și activitate (CO-4).",
        documents: &[DocumentKind::Csv, DocumentKind::Xlsx],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Json,
        request_schema: schema::<counselling::request::FileRequest>,
        response_schema: schema::<Rendered>,
        run: |p, text, cx| {
            let r: counselling::request::FileRequest = parse(text, Part::Request)?;
            let csv =
                counselling::attendance_csv_with(&p.counselling.latest().policy, &r.file, lang());
            match cx.document.as_ref().unwrap_or(&Document::Csv) {
                Document::Csv => rendered("text/csv", csv),
                Document::Xlsx => xlsx("Attendance", &csv),
                other => Err(unsupported("counselling attendance", other)),
            }
        },
    },
    Command {
        name: "moodle gradebook",
        summary: "Read a Moodle gradebook export (CSV, XLSX, ODS) into a course sheet's scores by the course holder's mapping, every row and column left out said; graded at once on request (GR-1..GR-7).",
        summary_ro: "Citește un export al catalogului Moodle (CSV, XLSX, ODS) în punctele fișei disciplinei după corespondența dată de titular, cu fiecare rând și coloană omisă semnalată; notat pe loc la cerere (GR-1..GR-7).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Document {
            reads: &MediaType::ALL,
            with: Some("mapping"),
        },
        request_schema: schema::<moodle::request::GradebookRequest>,
        response_schema: schema::<Response<moodle::request::GradebookImport>>,
        run: |p, text, _| {
            decision(text, |r: &moodle::request::GradebookRequest| {
                moodle::request::answer_gradebook(&p.grading, r)
            })
        },
    },
    Command {
        name: "moodle quiz",
        summary: "Read a Moodle quiz results report (CSV, XLSX, ODS) into the attempts `grade quiz` scores, unfinished attempts and the overall average said; graded at once on request (QZ-4).",
        summary_ro: "Citește raportul de rezultate al unui test Moodle (CSV, XLSX, ODS) în încercările punctate de `grade quiz`, cu încercările neterminate și media generală semnalate; notat pe loc la cerere (QZ-4).",
        documents: &[],
        reports_progress: false,
        seals_checkpoints: false,
        input: Input::Document {
            reads: &MediaType::ALL,
            with: Some("mapping"),
        },
        request_schema: schema::<moodle::request::QuizImportRequest>,
        response_schema: schema::<Response<moodle::request::QuizImport>>,
        run: |p, text, _| {
            decision(text, |r: &moodle::request::QuizImportRequest| {
                moodle::request::answer_quiz(&p.grading, r)
            })
        },
    },
];
