//! The instances a folder holds, as researchers lay them out: every ITC2007 `.exam` file, and every
//! Toronto `.crs` file with its `.stu` beside it. This module sees file names only; the adapter
//! lists the folder and reads the files.

use super::{BenchmarkKind, REFERENCES, Reference};

/// An instance found among a folder's file names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The instance's name: the file name without its extension (`exam_comp_set1`, `hec-s-92`).
    pub name: String,
    /// Which benchmark.
    pub kind: BenchmarkKind,
    /// The files to read, in the order the parser takes them (`.exam`; or `.crs`, `.stu`).
    pub files: Vec<String>,
}

/// The standard number of periods of each Toronto instance ("version I", Carter, Laporte & Lee
/// 1996; Qu et al. 2009, Table 4): a Toronto file does not carry it.
pub const TORONTO_PERIODS: [(&str, u32); 13] = [
    ("car-f-92", 32),
    ("car-s-91", 35),
    ("ear-f-83", 24),
    ("hec-s-92", 18),
    ("kfu-s-93", 20),
    ("lse-f-91", 18),
    ("pur-s-93", 42),
    ("rye-s-93", 23),
    ("sta-f-83", 13),
    ("tre-s-92", 23),
    ("uta-s-92", 35),
    ("ute-s-92", 10),
    ("yor-f-83", 21),
];

/// The standard number of periods of the Toronto instance `name`, if it is a known one.
pub fn toronto_periods(name: &str) -> Option<u32> {
    TORONTO_PERIODS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, periods)| periods)
}

/// The published reference of the instance `name`, if Regula knows one.
pub fn reference(name: &str) -> Option<&'static Reference> {
    REFERENCES.iter().find(|r| r.instance == name)
}

/// Every instance among `file_names` (names, not paths), ITC2007 first, each kind by name. A
/// `.crs` without its `.stu` is not an instance.
pub fn discover<S: AsRef<str>>(file_names: &[S]) -> Vec<Found> {
    let names: Vec<&str> = file_names.iter().map(AsRef::as_ref).collect();
    let mut found: Vec<Found> = Vec::new();
    for name in &names {
        if let Some(stem) = name.strip_suffix(".exam") {
            found.push(Found {
                name: stem.to_owned(),
                kind: BenchmarkKind::Itc2007,
                files: vec![(*name).to_owned()],
            });
        } else if let Some(stem) = name.strip_suffix(".crs") {
            let stu = format!("{stem}.stu");
            if names.contains(&stu.as_str()) {
                found.push(Found {
                    name: stem.to_owned(),
                    kind: BenchmarkKind::Toronto,
                    files: vec![(*name).to_owned(), stu],
                });
            }
        }
    }
    found.sort_by(|a, b| {
        let order = |k: BenchmarkKind| match k {
            BenchmarkKind::Itc2007 => 0,
            BenchmarkKind::Toronto => 1,
        };
        (order(a.kind), &a.name).cmp(&(order(b.kind), &b.name))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_s_instances_are_its_exam_files_and_its_crs_files_with_a_stu() {
        let found = discover(&[
            "yor-f-83.stu",
            "SOURCES.md",
            "exam_comp_set4.exam",
            "yor-f-83.crs",
            "lonely.crs",
            "exam_comp_set1.exam",
        ]);
        let names: Vec<(&str, BenchmarkKind)> =
            found.iter().map(|f| (f.name.as_str(), f.kind)).collect();
        assert_eq!(
            names,
            [
                ("exam_comp_set1", BenchmarkKind::Itc2007),
                ("exam_comp_set4", BenchmarkKind::Itc2007),
                ("yor-f-83", BenchmarkKind::Toronto),
            ]
        );
        assert_eq!(found[2].files, ["yor-f-83.crs", "yor-f-83.stu"]);
        assert_eq!(toronto_periods("yor-f-83"), Some(21));
        assert_eq!(toronto_periods("lonely"), None);
        assert_eq!(
            reference("exam_comp_set4").and_then(|r| r.cost),
            Some(18141)
        );
    }
}
