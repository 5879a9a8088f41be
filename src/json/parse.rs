//! Reading JSON so that a rejected document names the field, the value found there and why.

use serde::de::DeserializeOwned;

use super::{Error, ErrorKind};

/// Parses `text` as a `T`, naming the field that failed (`students[1].scores.lab`), the value
/// found there (`= -3`) and why it was rejected. `what` is `request` or `policy`.
pub(super) fn parse<T: DeserializeOwned>(text: &str, what: Part) -> Result<T, Error> {
    let kind = what.kind();
    let what = what.noun();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            // Too deep inside a field that takes any shape (an enum read by its tag): the field
            // where the nesting starts, not the hundred `[0]` below it.
            return syntax(what, &inner, outside_the_nesting(&path));
        }
        let position = format!(" at line {} column {}", inner.line(), inner.column());
        let full = inner.to_string();
        let message = in_callers_terms(full.strip_suffix(&position).unwrap_or(&full));
        let message = message.as_str();
        let mut head = format!("invalid {what}");
        if path != "." {
            head.push_str(&format!(": field `{path}`"));
            if let Some(value) = value_before(text, inner.line(), inner.column())
                && !message.contains(value.trim_matches('"'))
            {
                head.push_str(&format!(" = {value}"));
            }
        }
        let error = Error::new(kind, report(&head, message));
        // A missing field is named by its own path, not its parent's: `fees` in
        // `missing field `fees``, `exams[0].form` in `exams[0]`'s.
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| {
                if path == "." {
                    name.to_owned()
                } else {
                    format!("{path}.{name}")
                }
            });
        match missing {
            Some(field) => error.at(field),
            None if path == "." => error,
            None => error.at(path),
        }
    })?;
    deserializer.end().map_err(|err| syntax(what, &err, "."))?;
    Ok(value)
}

/// A serde message in the terms of the JSON a caller wrote, never Rust's: `expected struct
/// CourseSheetSpec` becomes `expected an object (`CourseSheetSpec` in the JSON Schema)`, `expected
/// u32` a whole number of 0 or more, `invalid type: map` an object.
pub(super) fn in_callers_terms(message: &str) -> String {
    let mut out = message.to_owned();
    for (found, said) in [
        ("invalid type: map", "invalid type: an object"),
        ("invalid type: sequence", "invalid type: an array"),
        ("invalid type: unit value", "invalid type: null"),
        ("invalid type: floating point", "invalid type: the number"),
        ("invalid value: floating point", "invalid value: the number"),
    ] {
        out = out.replace(found, said);
    }
    let Some(at) = out.find("expected ") else {
        return out;
    };
    let (head, expected) = out.split_at(at + "expected ".len());
    let (shape, rest) = expected
        .split_once([',', ';', '\n'])
        .map_or((expected, ""), |(shape, _)| {
            (shape, &expected[shape.len()..])
        });
    let shape = shape.trim_end();
    let named = |kind: &str| {
        shape
            .strip_prefix(kind)
            .map(|name| name.trim().rsplit("::").next().unwrap_or(name).to_owned())
    };
    let said = if let Some(name) = named("struct variant ") {
        format!("an object (`{name}`)")
    } else if let Some(name) = named("tuple struct ").or_else(|| named("tuple variant ")) {
        format!("an array (`{name}` in the JSON Schema)")
    } else if let Some(name) = named("unit struct ").or_else(|| named("unit variant ")) {
        format!("null (`{name}`)")
    } else if let Some(name) = named("struct ") {
        format!("an object (`{name}` in the JSON Schema)")
    } else if let Some(name) = named("enum ") {
        format!("one of the shapes of `{name}` in the JSON Schema")
    } else {
        match shape {
            "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number, 0 or more".into(),
            "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number".into(),
            "f32" | "f64" => "a number".into(),
            "a sequence" => "an array".into(),
            "a map" => "an object".into(),
            "unit" => "null".into(),
            "char" => "a single character".into(),
            "a borrowed string" => "a string".into(),
            "a Decimal type representing a fixed-point number" => {
                "an exact decimal: a string such as \"2.5\", or a number".into()
            }
            other => other.to_owned(),
        }
    };
    format!("{head}{said}{rest}")
}

/// How deep arrays and objects may nest in a request or a policy, counting the outermost:
/// serde_json's recursion limit, which keeps a document of `[[[[…` from exhausting the stack. No
/// request of Regula needs more than a dozen levels; a deeper one is usually refused sooner, by
/// the type a field expects, and this limit is met inside a field read by its tag (a course's
/// `outcome`).
pub const MAX_NESTING: usize = 127;

/// How serde_json says a document nests deeper than [`MAX_NESTING`].
const RECURSION: &str = "recursion limit exceeded";

/// A document that is not JSON, or nests deeper than [`MAX_NESTING`] (said with the limit, and
/// with `field` where the nesting starts when it is inside one).
fn syntax(what: &str, err: &serde_json::Error, field: &str) -> Error {
    let message = err.to_string();
    let Some(position) = message.strip_prefix(RECURSION) else {
        return Error::new(
            ErrorKind::Syntax,
            format!("the {what} is not valid JSON: {message}"),
        );
    };
    let text = format!(
        "the {what} nests arrays and objects more than {MAX_NESTING} levels deep (the limit){position}"
    );
    match field {
        "." | "" => Error::new(ErrorKind::Syntax, text),
        _ => Error::new(ErrorKind::Syntax, format!("field `{field}`: {text}")).at(field),
    }
}

/// Which document is read.
#[derive(Clone, Copy)]
pub(super) enum Part {
    Request,
    Policy,
}

impl Part {
    fn noun(self) -> &'static str {
        match self {
            Part::Request => "request",
            Part::Policy => "policy",
        }
    }

    fn kind(self) -> ErrorKind {
        match self {
            Part::Request => ErrorKind::InvalidRequest,
            Part::Policy => ErrorKind::InvalidPolicy,
        }
    }
}

/// `path` without the run of one segment repeated at its end (`total[0][0]…[0]` is `total`), when
/// the run is long enough to be a nesting rather than a table's rows and columns.
fn outside_the_nesting(path: &str) -> &str {
    // The last segment: `[i]`, or `.key` (the whole path when it is one key).
    let start = if path.ends_with(']') {
        path.rfind('[')
    } else {
        path.rfind('.')
    };
    let segment = &path[start.unwrap_or(0)..];
    let mut cut = path.len();
    let mut run = 0;
    while !segment.is_empty() && path[..cut].ends_with(segment) {
        cut -= segment.len();
        run += 1;
    }
    if run >= 8 { &path[..cut] } else { path }
}

/// One problem on one line; several as a list.
pub(super) fn report(head: &str, message: &str) -> String {
    let lines: Vec<&str> = message.lines().collect();
    match lines.as_slice() {
        [one] => format!("{head}: {one}"),
        many => format!(
            "{head} ({} problems):\n  - {}",
            many.len(),
            many.join("\n  - ")
        ),
    }
}

/// The JSON scalar that ends just before `column` of `line` (1-based), as serde_json reports the
/// position of a rejected value: `"2021-13-01"`, `-3`, `true`. serde_json counts the column in
/// bytes, so text before it in other scripts (`hyväksytty`) does not shift it.
fn value_before(text: &str, line: usize, column: usize) -> Option<String> {
    let line = text.lines().nth(line.checked_sub(1)?)?;
    if column > line.len() || !line.is_char_boundary(column) {
        return None;
    }
    let after = line[column..].chars().next();
    if after.is_some_and(|c| c.is_alphanumeric() || c == '"') {
        return None; // the position is inside a token, not at the end of a rejected value
    }
    let before = line[..column].trim_end();
    if before.ends_with(['}', ']']) {
        return None; // an object or array: the field path says enough
    }
    if let Some(inner) = before.strip_suffix('"') {
        let bytes = inner.as_bytes();
        let start = (0..bytes.len())
            .rev()
            .find(|&i| bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\\'));
        return start.map(|i| format!("{}\"", &before[i..before.len() - 1]));
    }
    let token: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_nested_deeper_than_the_limit_is_refused_with_the_limit() {
        #[derive(serde::Deserialize)]
        struct Any(#[allow(dead_code)] serde_json::Value);
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse::<Any>(&deep(MAX_NESTING), Part::Request).is_ok());
        let err = parse::<Any>(&deep(MAX_NESTING + 1), Part::Request)
            .err()
            .unwrap();
        assert_eq!(err.kind(), ErrorKind::Syntax);
        assert_eq!(
            err.message(),
            "the request nests arrays and objects more than 127 levels deep (the limit) at line 1 column 128"
        );
    }

    #[test]
    fn the_field_outside_a_nesting_drops_the_repeated_segments() {
        let deep = format!("courses[0].outcome.total{}", "[0]".repeat(100));
        assert_eq!(outside_the_nesting(&deep), "courses[0].outcome.total");
        assert_eq!(outside_the_nesting(&"[0]".repeat(127)), "");
        let keys = format!("file{}", ".a".repeat(20));
        assert_eq!(outside_the_nesting(&keys), "file");
        assert_eq!(outside_the_nesting("rows[0][0]"), "rows[0][0]");
        assert_eq!(
            outside_the_nesting("students[1].scores.lab"),
            "students[1].scores.lab"
        );
    }

    #[test]
    fn the_value_before_a_position_is_the_rejected_scalar() {
        assert_eq!(value_before(r#"{"a": -3}"#, 1, 8).as_deref(), Some("-3"));
        assert_eq!(
            value_before(r#"{"d": "2021-13-01"}"#, 1, 18).as_deref(),
            Some("\"2021-13-01\"")
        );
        assert_eq!(value_before(r#"{"a": [1]}"#, 1, 9), None);
        assert_eq!(value_before(r#"{"a": {}, "name": 1}"#, 1, 13), None);
    }

    #[test]
    fn the_column_counts_bytes_so_text_in_other_scripts_does_not_shift_it() {
        // serde_json's column after `-3` is 28 bytes in; "hyväksytty" has 10 characters and 11
        // bytes. Counted in characters, the column fell on `}` and named the wrong scalar.
        let text = r#"{"g": "hyväksytty", "w": -3}"#;
        assert_eq!(value_before(text, 1, 28).as_deref(), Some("-3"));
        assert_eq!(
            value_before("{\"g\": \"ä\"}", 1, 8),
            None,
            "inside a character"
        );
    }
}
