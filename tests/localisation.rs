//! Decisions in the language of the people who read them (issue #14): every message has a
//! Romanian and an English text using the same arguments, every message the code builds exists
//! in both, a Romanian text never carries the cedilla letters ş/ţ or a decimal point, and
//! representative decisions are pinned in both languages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regula::Policy;
use regula::json::{self, Context};
use regula::locale::{Lang, Message, message_ids};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn messages(lang: Lang) -> BTreeMap<String, Vec<String>> {
    message_ids(lang).into_iter().collect()
}

#[test]
fn every_message_has_a_romanian_and_an_english_text_with_the_same_arguments() {
    let ro = messages(Lang::Ro);
    let en = messages(Lang::En);
    let only_ro: Vec<_> = ro.keys().filter(|id| !en.contains_key(*id)).collect();
    let only_en: Vec<_> = en.keys().filter(|id| !ro.contains_key(*id)).collect();
    assert!(only_en.is_empty(), "no Romanian text for {only_en:?}");
    assert!(only_ro.is_empty(), "no English text for {only_ro:?}");
    for (id, variables) in &ro {
        assert_eq!(
            Some(variables),
            en.get(id),
            "`{id}` uses different arguments in Romanian and in English"
        );
    }
}

/// The message identifiers the code names: string literals of the form `grading-total` in the
/// sources of every crate, under the prefixes of the message files.
fn identifiers_in_code() -> BTreeSet<String> {
    let prefixes: BTreeSet<String> = messages(Lang::En)
        .keys()
        .filter_map(|id| id.split('-').next().map(str::to_owned))
        .collect();
    let mut found = BTreeSet::new();
    let mut files = Vec::new();
    collect(&root().join("crates"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let well_formed = literal.contains('-')
                && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !literal.starts_with('-')
                && !literal.ends_with('-');
            if well_formed
                && literal
                    .split('-')
                    .next()
                    .is_some_and(|p| prefixes.contains(p))
            {
                found.insert(literal.to_owned());
            }
        }
    }
    found
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() && !path.ends_with("tests") {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn every_message_the_code_builds_has_a_text_in_both_languages() {
    let code = identifiers_in_code();
    assert!(
        code.contains("grading-total"),
        "the scan finds the messages"
    );
    for lang in Lang::ALL {
        let texts = messages(lang);
        let missing: Vec<_> = code.iter().filter(|id| !texts.contains_key(*id)).collect();
        assert!(missing.is_empty(), "no {lang} text for {missing:?}");
    }
}

/// Every step of every explanation in a JSON answer, with its message.
fn steps(json: &Value, out: &mut Vec<(Message, String)>) {
    match json {
        Value::Object(map) => {
            if let (Some(id), Some(text)) = (map.get("message"), map.get("text")) {
                let message: Message = serde_json::from_value(serde_json::json!({
                    "id": id, "args": map.get("args").cloned().unwrap_or(Value::Null)
                }))
                .unwrap();
                out.push((message, text.as_str().unwrap().to_owned()));
            }
            map.values().for_each(|v| steps(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| steps(v, out)),
        _ => {}
    }
}

fn example_path(command: &str) -> PathBuf {
    root()
        .join("examples/requests")
        .join(format!("{}.json", command.replace(' ', "-")))
}

fn example(command: &str) -> String {
    std::fs::read_to_string(example_path(command)).unwrap()
}

fn answer(command: &str, lang: Lang) -> json::Answer {
    decided(command, lang, None)
}

/// `command` decided on its example request in `lang`, writing `document` if given.
fn decided(command: &str, lang: Lang, document: Option<json::Document>) -> json::Answer {
    let mut context = Context {
        lang: Some(lang),
        document,
        ..Context::default()
    };
    json::decide(
        command,
        &Policy::umc_2020(),
        &example(command),
        &mut context,
    )
    .unwrap()
}

/// Every command that decides (documents are checked apart), each with its example request:
/// all of them explain themselves in messages.
fn localised() -> Vec<&'static str> {
    let names: Vec<&'static str> = json::commands()
        .iter()
        .filter(|c| c.documents.is_empty())
        .map(|c| c.name)
        .filter(|name| example_path(name).exists())
        .collect();
    assert!(names.len() >= 20, "{names:?}");
    names
}

#[test]
fn every_step_renders_in_both_languages_with_every_argument_given() {
    let mut with_messages = 0;
    for command in localised() {
        let mut found = Vec::new();
        steps(answer(command, Lang::Ro).json(), &mut found);
        // A solved timetable is data only: its JSON has no sentence.
        with_messages += usize::from(!found.is_empty());
        for (message, text) in found {
            let ro = message
                .try_render(Lang::Ro)
                .unwrap_or_else(|e| panic!("{command}: {e:?}"));
            assert_eq!(ro, text, "the JSON text is the Romanian rendering");
            message
                .try_render(Lang::En)
                .unwrap_or_else(|e| panic!("{command}: {e:?}"));
        }
    }
    assert!(
        with_messages >= 20,
        "{with_messages} commands explain themselves in messages"
    );
}

/// A text rendered whole: no message fell back to its identifier (`[grading-total]`) and no
/// argument was left out (`{$total}`), in any language.
fn assert_rendered_whole(text: &str, what: &str) {
    assert!(
        !text.contains("{$"),
        "{what}: an argument not given in {text:?}"
    );
    let prefixes: BTreeSet<String> = messages(Lang::En)
        .keys()
        .filter_map(|id| id.split('-').next().map(|p| format!("[{p}-")))
        .collect();
    for prefix in prefixes {
        assert!(
            !text.contains(&prefix),
            "{what}: a message without a text ({prefix}…) in {text:?}"
        );
    }
}

/// A Romanian text for people: comma-below ș/ț only, and a decimal comma.
fn assert_romanian_typography(text: &str, what: &str) {
    for cedilla in ['ş', 'ţ', 'Ş', 'Ţ'] {
        assert!(
            !text.contains(cedilla),
            "{what}: the cedilla letter {cedilla} in {text:?}"
        );
    }
    let chars: Vec<char> = text.chars().collect();
    for window in chars.windows(3) {
        assert!(
            !(window[0].is_ascii_digit() && window[1] == '.' && window[2].is_ascii_digit()),
            "{what}: a decimal point in {text:?}"
        );
    }
}

#[test]
fn romanian_texts_use_comma_below_letters_and_a_decimal_comma() {
    for (file, text) in regula::locale::message_files(Lang::Ro) {
        for cedilla in ['ş', 'ţ', 'Ş', 'Ţ'] {
            assert!(
                !text.contains(cedilla),
                "{file}: the cedilla letter {cedilla}"
            );
        }
    }
    for command in localised() {
        let answer = answer(command, Lang::Ro);
        let mut found = Vec::new();
        steps(answer.json(), &mut found);
        for (_, text) in found {
            assert_romanian_typography(&text, command);
        }
        // The whole readable answer, but for the citations of the regulation (§5.5.1.4(3)), and
        // for an ELMO document written for other systems (XML Schema's numbers: 1.0, 7.5).
        let text = answer.to_text();
        let readable = text
            .rsplit_once("</elmo>")
            .map_or(text.as_str(), |(_, after)| after);
        assert_romanian_typography(&without_citations(readable), command);
        assert_rendered_whole(&answer.to_text(), command);
        assert_rendered_whole(&self::answer(command, Lang::En).to_text(), command);
    }
}

/// The text without the articles it cites: from each „§” to the parenthesis, comma or colon that
/// ends it.
fn without_citations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut in_citation = false;
    for c in text.chars() {
        match c {
            '§' => in_citation = true,
            '(' if in_citation => depth += 1,
            ')' if in_citation && depth > 0 => depth -= 1,
            ')' | ',' | ':' if in_citation && depth == 0 => in_citation = false,
            _ if in_citation => {}
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn the_language_changes_only_the_text_a_person_reads() {
    for command in localised() {
        let mut ro = answer(command, Lang::Ro).json().clone();
        let mut en = answer(command, Lang::En).json().clone();
        let mut found = Vec::new();
        steps(&ro, &mut found);
        if !found.is_empty() {
            assert_ne!(
                ro, en,
                "{command}: the text does not change with the language"
            );
        }
        strip_text(&mut ro);
        strip_text(&mut en);
        assert_eq!(ro, en, "{command}: machine fields differ between languages");
    }
}

fn strip_text(json: &mut Value) {
    match json {
        Value::Object(map) => {
            if map.contains_key("message") {
                map.remove("text");
            }
            map.values_mut().for_each(strip_text);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_text),
        _ => {}
    }
}

/// GR-1..GR-9: a course's grades explained, as the Dean's office reads them.
#[test]
fn gr_grade_course_in_romanian() {
    insta::assert_snapshot!(answer("grade course", Lang::Ro).to_text());
}

/// QZ-3..QZ-5, GR-4, GR-5: an online quiz, in Romanian.
#[test]
fn qz_grade_quiz_in_romanian() {
    insta::assert_snapshot!(answer("grade quiz", Lang::Ro).to_text());
}

/// GR-8: a weighted average, in Romanian.
#[test]
fn gr8_grade_average_in_romanian() {
    insta::assert_snapshot!(answer("grade average", Lang::Ro).to_text());
}

/// FE-1..FE-4: retake fees, in Romanian (money as „150,00 lei”).
#[test]
fn fe_fees_in_romanian() {
    insta::assert_snapshot!(answer("fees", Lang::Ro).to_text());
}

/// AP-1, AP-5, CA-7, OX-*: an exam's deadlines, in Romanian (instants as „… 2021, 14:00”).
#[test]
fn ap_deadlines_in_romanian() {
    insta::assert_snapshot!(answer("deadlines", Lang::Ro).to_text());
}

/// AP-1..AP-4: an appeal's admissibility and its refusals, in Romanian.
#[test]
fn ap_appeal_check_in_romanian() {
    insta::assert_snapshot!(answer("appeal check", Lang::Ro).to_text());
}

/// EC-4..EC-13: a recognition plan proposed, in Romanian.
#[test]
fn ec_ects_recognise_in_romanian() {
    insta::assert_snapshot!(answer("ects recognise", Lang::Ro).to_text());
}

/// EC-4..EC-12: a hand-written plan checked, every rule it breaks, in Romanian.
#[test]
fn ec_ects_check_in_romanian() {
    insta::assert_snapshot!(answer("ects check", Lang::Ro).to_text());
}

/// MO-1..MO-3: eligibility, in Romanian.
#[test]
fn mo_mobility_eligibility_in_romanian() {
    insta::assert_snapshot!(answer("mobility eligibility", Lang::Ro).to_text());
}

/// MO-3, MO-4: dossiers, in Romanian.
#[test]
fn mo_mobility_dossier_in_romanian() {
    insta::assert_snapshot!(answer("mobility dossier", Lang::Ro).to_text());
}

/// MO-5..MO-8: a selection with its procedure, in Romanian.
#[test]
fn mo_mobility_select_in_romanian() {
    insta::assert_snapshot!(answer("mobility select", Lang::Ro).to_text());
}

/// MO-9..MO-12: a mobility's calendar in working days, in Romanian.
#[test]
fn mo_mobility_calendar_in_romanian() {
    insta::assert_snapshot!(answer("mobility calendar", Lang::Ro).to_text());
}

/// CA-1..CA-7, SC-7: a catalog checked, in Romanian.
#[test]
fn ca_catalog_check_in_romanian() {
    insta::assert_snapshot!(answer("catalog check", Lang::Ro).to_text());
}

/// CA-4..CA-6: entries in the grade register, in Romanian.
#[test]
fn ca_catalog_record_in_romanian() {
    insta::assert_snapshot!(answer("catalog record", Lang::Ro).to_text());
}

/// SC-8: admission at the door, in Romanian.
#[test]
fn sc8_catalog_admit_in_romanian() {
    insta::assert_snapshot!(answer("catalog admit", Lang::Ro).to_text());
}

/// SC-9: the open session, in Romanian.
#[test]
fn sc9_open_session_in_romanian() {
    insta::assert_snapshot!(answer("open-session check", Lang::Ro).to_text());
}

/// SC-2: the retake sessions, in Romanian.
#[test]
fn sc2_retake_session_in_romanian() {
    insta::assert_snapshot!(answer("retake-session check", Lang::Ro).to_text());
}

/// CO-1..CO-6: what a counselling semester lacks, in Romanian.
#[test]
fn co_counselling_status_in_romanian() {
    insta::assert_snapshot!(answer("counselling status", Lang::Ro).to_text());
}

/// CO-3..CO-6: the counselling file's flow, in Romanian.
#[test]
fn co_counselling_record_in_romanian() {
    insta::assert_snapshot!(answer("counselling record", Lang::Ro).to_text());
}

/// SC-1..SC-7, OX-1, OX-2: a timetable's violations, in Romanian.
#[test]
fn sc_schedule_check_in_romanian() {
    insta::assert_snapshot!(answer("schedule check", Lang::Ro).to_text());
}

/// MO-9..MO-12: the same calendar in English.
#[test]
fn mo_mobility_calendar_in_english() {
    insta::assert_snapshot!(answer("mobility calendar", Lang::En).to_text());
}

/// GR-1..GR-9: the same decision in English.
#[test]
fn gr_grade_course_in_english() {
    insta::assert_snapshot!(answer("grade course", Lang::En).to_text());
}

#[test]
fn plural_forms_follow_romanian_grammar() {
    let total = |points: &str| {
        Message::new("grading-total")
            .arg(
                "total",
                regula::locale::Arg::Points(points.parse().unwrap()),
            )
            .arg("terms", "…")
            .render(Lang::Ro)
    };
    assert_eq!(total("1"), "Punctajul total este de 1 punct: ….");
    assert_eq!(total("2"), "Punctajul total este de 2 puncte: ….");
    assert_eq!(total("7.75"), "Punctajul total este de 7,75 puncte: ….");
    assert_eq!(total("20"), "Punctajul total este de 20 de puncte: ….");
    assert_eq!(total("0"), "Punctajul total este de 0 puncte: ….");
}

#[test]
fn an_institution_sets_its_default_language_and_a_call_overrides_it() {
    let mut policy = Policy::umc_2020();
    policy.language = Some(Lang::Ro);
    let policy = json::load_policy(&serde_json::to_string(&policy).unwrap()).unwrap();
    let request = example("grade course");
    let by_default = json::decide("grade course", &policy, &request, &mut Context::default())
        .unwrap()
        .to_text();
    assert!(by_default.starts_with("Disciplina NAV-201"), "{by_default}");
    let mut english = Context {
        lang: Some(Lang::En),
        ..Context::default()
    };
    let chosen = json::decide("grade course", &policy, &request, &mut english)
        .unwrap()
        .to_text();
    assert!(chosen.starts_with("Course NAV-201"), "{chosen}");
}

/// A document of `command` in `lang`.
fn document(command: &str, document: json::Document, lang: Lang) -> String {
    decided(command, lang, Some(document)).to_text()
}

/// Every document a person reads (issue #14): the timetable as text, HTML and iCalendar, the
/// catalog as CSV and HTML, the counselling attendance lists.
fn documents() -> Vec<(&'static str, json::Document)> {
    use regula::calendar::Instant;
    use regula::scheduling::export::Audience;
    let stamp = Instant::parse("stamp", "2022-01-10T09:00:00+02:00").unwrap();
    vec![
        ("schedule export", json::Document::Text),
        ("schedule export", json::Document::Html),
        (
            "schedule export",
            json::Document::ICalendar {
                audience: Audience::Group("NAV-2-A".into()),
                stamp,
            },
        ),
        ("catalog export", json::Document::Csv),
        ("catalog export", json::Document::Html),
        ("counselling attendance", json::Document::Csv),
    ]
}

/// What a person reads of a document: the page without its style sheet, the calendar's names and
/// descriptions without its machine lines.
fn readable(text: &str) -> String {
    let text = match (text.find("<style>"), text.find("</style>")) {
        (Some(start), Some(end)) => format!("{}{}", &text[..start], &text[end..]),
        _ => text.to_owned(),
    };
    if text.starts_with("BEGIN:VCALENDAR") {
        return text
            .lines()
            .filter(|l| {
                ["SUMMARY:", "DESCRIPTION:", "X-WR-CALNAME:", " "]
                    .iter()
                    .any(|p| l.starts_with(p))
            })
            .collect::<Vec<_>>()
            .join("\n");
    }
    text
}

#[test]
fn every_document_is_written_in_the_language_asked_with_romanian_typography() {
    for (command, kind) in documents() {
        let ro = document(command, kind.clone(), Lang::Ro);
        let en = document(command, kind.clone(), Lang::En);
        assert_ne!(ro, en, "{command} {kind:?}: the same in both languages");
        assert_romanian_typography(&readable(&ro), command);
        assert_rendered_whole(&ro, command);
        assert_rendered_whole(&en, command);
    }
}

/// The timetable as a text table, in Romanian (dates as „21 ianuarie 2022”).
#[test]
fn sc_schedule_export_text_in_romanian() {
    insta::assert_snapshot!(document("schedule export", json::Document::Text, Lang::Ro));
}

/// A group's iCalendar, in Romanian.
#[test]
fn sc_schedule_export_ics_in_romanian() {
    let (_, ics) = documents().swap_remove(2);
    insta::assert_snapshot!(document("schedule export", ics, Lang::Ro));
}

/// CA-2..CA-6: the catalog as CSV, in Romanian.
#[test]
fn ca_catalog_export_csv_in_romanian() {
    insta::assert_snapshot!(document("catalog export", json::Document::Csv, Lang::Ro));
}

/// CA-1..CA-6: the printed catalog in English (the Romanian form is pinned by regula-catalog).
#[test]
fn ca_catalog_export_html_in_english() {
    insta::assert_snapshot!(document("catalog export", json::Document::Html, Lang::En));
}

/// CO-4: the attendance lists, in Romanian.
#[test]
fn co_counselling_attendance_in_romanian() {
    insta::assert_snapshot!(document(
        "counselling attendance",
        json::Document::Csv,
        Lang::Ro
    ));
}

/// CA-6: a refusal of the rules is written in the language of the call (the field path stays).
#[test]
fn ca6_a_refusal_reads_in_romanian() {
    let mut request: Value = serde_json::from_str(&example("catalog record")).unwrap();
    for command in request["commands"].as_array_mut().unwrap() {
        if command["action"] == "correct" {
            command["by"] = "asist. Marin Ana".into();
        }
    }
    let refuse = |lang| {
        let mut context = Context {
            lang: Some(lang),
            ..Context::default()
        };
        json::decide_value(
            "catalog record",
            &Policy::umc_2020(),
            &request,
            &mut context,
        )
        .unwrap_err()
        .message()
        .to_owned()
    };
    let ro = refuse(Lang::Ro);
    assert!(
        ro.contains("asist. Marin Ana nu poate corecta coloana 1 a studentului „NAV-1001”: numai titularul disciplinei, prof. Ionescu Mihai, corectează o notă (CA-6)"),
        "{ro}"
    );
    assert_romanian_typography(&ro, "catalog record");
    let en = refuse(Lang::En);
    assert!(
        en.contains("asist. Marin Ana may not correct NAV-1001's column 1"),
        "{en}"
    );
}
