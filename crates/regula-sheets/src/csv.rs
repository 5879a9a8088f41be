//! Reads back the CSV Regula's exports write (RFC 4180: fields quoted when they hold a comma, a
//! quote or a line break; lines ended by CRLF or LF), so that the XLSX export reuses the CSV
//! export's rows instead of computing them twice.

/// The rows of a CSV text, each a list of fields; a final line ending ends no extra row.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            _ => field.push(c),
        }
    }
    if any {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::parse_csv;

    #[test]
    fn quoted_fields_and_line_endings() {
        let rows = parse_csv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n1,\"two\nlines\"\n");
        assert_eq!(
            rows,
            vec![
                vec!["a", "b"],
                vec!["x, y", "say \"hi\""],
                vec!["1", "two\nlines"]
            ]
        );
        assert_eq!(parse_csv("a,\n"), vec![vec!["a", ""]]);
        assert!(parse_csv("").is_empty());
    }
}
