//! The schema's walk: the `elmo` elements (the root, or inside an EWP response), each `report`
//! and its issuer, grading schemes and learning-opportunity trees, and the courses at the level
//! that carries the ECTS credits.

use std::collections::HashMap;

use regula_core::{Credits, Decimal};

use super::decimal::parse_xs_decimal;
use super::scales::{GradingScale, GradingScales, same_grade};
use super::tree::{Tree, parse};
use super::{
    ELMO_NAMESPACE, ELMO_PRE_1_0_NAMESPACE, ElmoError, ElmoWarning, ImportedCourse, Issuer, Title,
    Transcript,
};
use crate::convert::{DistributionTable, GradeShare, HostGrade};
use crate::plan::HostCourse;

/// The identifier types that name an institution, most stable first.
const ISSUER_KEYS: [&str; 4] = ["schac", "erasmus", "pic", "erasmus-charter"];

/// Reads an ELMO transcript (1.x or 2.0; bare, or inside an EWP Transcript of Records response).
/// Courses are the learning opportunities that carry ECTS credits and have no part that carries
/// its own; every problem with one course is a warning and the rest is imported. `scales` decides
/// pass or fail where the document gives no status, and orients result distributions.
pub fn import_elmo(xml: &str, scales: &GradingScales) -> Result<Transcript, ElmoError> {
    let tree = parse(xml)?;
    let root = &tree.elements[0];
    let elmos: Vec<usize> = if &*root.name == "elmo" {
        vec![0]
    } else {
        (0..tree.elements.len())
            .filter(|&e| &*tree.elements[e].name == "elmo")
            .collect()
    };
    if elmos.is_empty() {
        return Err(ElmoError {
            line: root.line,
            column: root.column,
            message: format!(
                "not an ELMO document: the root element is <{}> and no <elmo> is inside it",
                root.name
            ),
        });
    }
    let mut transcript = Transcript::default();
    let mut reader = Reader {
        tree: &tree,
        scales,
        transcript: &mut transcript,
        seen: HashMap::new(),
    };
    for elmo in elmos {
        let element = &tree.elements[elmo];
        match element.namespace.as_deref() {
            Some(ELMO_NAMESPACE) => {}
            // EMREX before ELMO 1.0: the elements 1.0 kept, in the ELMO project's namespace or
            // in none; what 1.x added (status, grading schemes, identifiers on the instance) is
            // simply absent, which the walk already tolerates.
            namespace @ (Some(ELMO_PRE_1_0_NAMESPACE) | None) => {
                let form =
                    namespace.map_or("no namespace".to_owned(), |n| format!("the namespace {n}"));
                reader.warn(
                    None,
                    elmo,
                    format!(
                        "an EMREX document before ELMO 1.0 ({form}): read as ELMO 1.0, whose \
                         elements it shares"
                    ),
                );
            }
            Some(other) => {
                return Err(ElmoError {
                    line: element.line,
                    column: element.column,
                    message: format!(
                        "an <elmo> in the namespace {other}: Regula reads ELMO 1.0 and later \
                         ({ELMO_NAMESPACE}) and the EMREX format before it \
                         ({ELMO_PRE_1_0_NAMESPACE}, or no namespace)"
                    ),
                });
            }
        }
        let reports: Vec<usize> = tree.children(elmo, "report").collect();
        if reports.is_empty() {
            return Err(ElmoError {
                line: element.line,
                column: element.column,
                message: "an <elmo> without a <report>: ELMO, and the EMREX format before 1.0, \
                          put every course in a report of its issuer (another layout must be \
                          converted first)"
                    .into(),
            });
        }
        for report in reports {
            reader.report(report);
        }
    }
    Ok(transcript)
}

struct Reader<'a> {
    tree: &'a Tree,
    scales: &'a GradingScales,
    transcript: &'a mut Transcript,
    /// Each qualified course id read so far: the line of its first course, and how many.
    seen: HashMap<String, (u32, u32)>,
}

/// What one learning opportunity's instance says.
struct Instance {
    status: Option<String>,
    scheme: Option<String>,
    result: Option<String>,
    ects: Option<(Decimal, usize)>,
    distribution: Vec<(String, u64)>,
    /// Its date (`date`, the result's), trimmed.
    date: Option<String>,
}

impl Reader<'_> {
    fn warn(&mut self, course: Option<&str>, element: usize, message: String) {
        let e = &self.tree.elements[element];
        self.transcript.warnings.push(ElmoWarning {
            course: course.map(str::to_owned),
            element: e.name.to_string(),
            line: e.line,
            column: e.column,
            message,
        });
    }

    fn titles(&self, e: usize) -> Vec<Title> {
        self.tree
            .children(e, "title")
            .map(|t| {
                let element = &self.tree.elements[t];
                Title {
                    lang: element.attribute("xml:lang").unwrap_or_default().to_owned(),
                    text: element
                        .token()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                }
            })
            .filter(|t| !t.text.is_empty())
            .collect()
    }

    fn report(&mut self, report: usize) {
        let tree = self.tree;
        let Some(issuer) = tree.child(report, "issuer") else {
            self.warn(
                None,
                report,
                "a report without an <issuer>: its courses are not imported".into(),
            );
            return;
        };
        let titles = self.titles(issuer);
        let identifiers: Vec<(String, String)> = tree
            .children(issuer, "identifier")
            .map(|i| {
                let element = &tree.elements[i];
                (
                    element.attribute("type").unwrap_or_default().to_lowercase(),
                    element.token().to_owned(),
                )
            })
            .filter(|(_, v)| !v.is_empty())
            .collect();
        let name = english(&titles).unwrap_or_default();
        let key = ISSUER_KEYS
            .iter()
            .find_map(|k| identifiers.iter().find(|(t, _)| t == k))
            .or(identifiers.first())
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| name.clone());
        if key.is_empty() {
            self.warn(
                None,
                issuer,
                "an issuer without identifier or title: its courses are not imported".into(),
            );
            return;
        }
        let country = tree.child_token(issuer, "country").map(str::to_owned);
        if !self.transcript.issuers.iter().any(|i| i.key == key) {
            self.transcript.issuers.push(Issuer {
                key: key.clone(),
                name,
                titles,
                country: country.clone(),
            });
        }
        // The report's grading schemes: local id → every description (valid in this file only).
        let schemes: Vec<(String, String)> = tree
            .children(report, "gradingScheme")
            .map(|g| {
                let text: Vec<&str> = tree
                    .children(g, "description")
                    .map(|d| tree.elements[d].token())
                    .collect();
                (
                    tree.elements[g]
                        .attribute("localId")
                        .unwrap_or_default()
                        .to_owned(),
                    text.join(" / "),
                )
            })
            .collect();
        // Every learning opportunity of the report, parents before their parts.
        let mut nodes: Vec<(usize, Option<usize>)> = Vec::new(); // (element, parent node)
        let mut pending: Vec<(usize, Option<usize>)> = tree
            .children(report, "learningOpportunitySpecification")
            .map(|e| (e, None))
            .collect();
        pending.reverse();
        while let Some((e, parent)) = pending.pop() {
            let node = nodes.len();
            nodes.push((e, parent));
            let parts: Vec<usize> = tree
                .children(e, "hasPart")
                .flat_map(|h| tree.children(h, "learningOpportunitySpecification"))
                .collect();
            pending.extend(parts.into_iter().rev().map(|p| (p, Some(node))));
        }
        let instances: Vec<Option<Instance>> =
            nodes.iter().map(|&(e, _)| self.instance(e, &key)).collect();
        // Which nodes have a part (at any depth) that carries ECTS credits.
        let mut part_has_ects = vec![false; nodes.len()];
        for node in (0..nodes.len()).rev() {
            let carries = instances[node].as_ref().is_some_and(|i| i.ects.is_some());
            if let Some(parent) = nodes[node].1
                && (carries || part_has_ects[node])
            {
                part_has_ects[parent] = true;
            }
        }
        let mut ancestor_has_ects = vec![false; nodes.len()];
        for node in 0..nodes.len() {
            if let Some(parent) = nodes[node].1 {
                ancestor_has_ects[node] = ancestor_has_ects[parent]
                    || instances[parent].as_ref().is_some_and(|i| i.ects.is_some());
            }
        }
        let dropped = self.repeated(&nodes, &instances, &part_has_ects, &key);
        for (node, instance) in instances.into_iter().enumerate() {
            let element = nodes[node].0;
            let Some(instance) = instance else { continue };
            if dropped[node] {
                continue;
            }
            let label = self.label(element, &key);
            match instance.ects {
                Some((credits, _)) if part_has_ects[node] => {
                    self.warn(
                        label.as_deref(),
                        element,
                        format!(
                            "its {credits} ECTS credits are not counted: its parts carry their \
                             own, and the schema counts each credit at one level only"
                        ),
                    );
                }
                Some(_) => self.course(element, instance, &key, country.as_deref(), &schemes),
                None if instance.result.is_some()
                    && !ancestor_has_ects[node]
                    && !part_has_ects[node] =>
                {
                    self.warn(
                        label.as_deref(),
                        element,
                        "a result without ECTS credits, at no level that carries them: not imported"
                            .into(),
                    );
                }
                None => {}
            }
        }
    }

    /// EC-11: the same course repeated in parallel trees of a report (Ladok lists a programme's
    /// courses under the programme and again under a module with their parts) is counted once.
    /// Two learning opportunities that carry credits (their own or their parts') are the same
    /// course when they are in different trees, do not disagree on the date or the result, and
    /// have the same identifier — or, identifiers differing, the same title, credits and date.
    /// Two at the top level are left alone (a flat list that repeats a course: a retake); at least
    /// one must be part of another learning opportunity. Of each group,
    /// the one whose parts carry the credits is kept (the credits count at that level, as
    /// everywhere), else the first; the others and their parts are dropped, each with a warning
    /// naming the one kept. Returns which nodes are dropped.
    fn repeated(
        &mut self,
        nodes: &[(usize, Option<usize>)],
        instances: &[Option<Instance>],
        part_has_ects: &[bool],
        issuer: &str,
    ) -> Vec<bool> {
        let tree = self.tree;
        let n = nodes.len();
        // Each node's tree (its top-level ancestor), depth, and credits: its own ECTS, else the
        // sum its parts count.
        let mut root = vec![0; n];
        let mut depth = vec![0usize; n];
        for node in 0..n {
            if let Some(parent) = nodes[node].1 {
                root[node] = root[parent];
                depth[node] = depth[parent] + 1;
            } else {
                root[node] = node;
            }
        }
        let own = |node: usize| {
            instances[node]
                .as_ref()
                .and_then(|i| i.ects.map(|(v, _)| v))
        };
        let mut below = vec![Decimal::ZERO; n];
        for node in (0..n).rev() {
            if let Some(parent) = nodes[node].1 {
                let counted = if part_has_ects[node] {
                    below[node]
                } else {
                    own(node).unwrap_or_default()
                };
                below[parent] += counted;
            }
        }
        struct Candidate {
            node: usize,
            id: Option<String>,
            title: Option<String>,
            credits: Decimal,
            date: Option<String>,
            result: Option<String>,
        }
        // What identifies each learning opportunity (index = node).
        let candidates: Vec<Candidate> = (0..n)
            .map(|node| {
                let e = nodes[node].0;
                let instance = instances[node].as_ref();
                Candidate {
                    node,
                    id: local_id(tree, e),
                    title: english(&self.titles(e)).map(|t| t.to_lowercase()),
                    credits: own(node).unwrap_or(below[node]),
                    date: instance.and_then(|i| i.date.clone()),
                    result: instance.and_then(|i| i.result.clone()),
                }
            })
            .collect();
        // The same course: no different date or result, and the same identifier — or the same
        // title, credits and date.
        let same = |x: &Candidate, y: &Candidate| {
            let differ = |x: &Option<String>, y: &Option<String>, same: fn(&str, &str) -> bool| matches!((x, y), (Some(x), Some(y)) if !same(x, y));
            let same_id = matches!((&x.id, &y.id), (Some(a), Some(b)) if a == b);
            !differ(&x.date, &y.date, |a, b| a == b)
                && !differ(&x.result, &y.result, same_grade)
                && (same_id
                    || (x.title.is_some()
                        && x.title == y.title
                        && x.credits == y.credits
                        && x.date.is_some()
                        && x.date == y.date))
        };
        // Groups of courses, at most one per tree; the first member is the reference. Trees
        // whose tops are the same course (a flat list repeating it: a retake) are kept apart,
        // their parts too.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        // The groups by their first member's identifier, and by its title, credits and date: a
        // course is compared with those only, in time linear in the document.
        type ByTitle<'k> = HashMap<(&'k str, Decimal, &'k str), Vec<usize>>;
        let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_title: ByTitle<'_> = HashMap::new();
        let counted = (0..n).filter(|&node| {
            instances[node].as_ref().is_some_and(|i| i.ects.is_some()) || part_has_ects[node]
        });
        for c in counted {
            let candidate = &candidates[c];
            let title_key = match (&candidate.title, &candidate.date) {
                (Some(t), Some(d)) => Some((t.as_str(), candidate.credits.normalize(), d.as_str())),
                _ => None,
            };
            let mut possible: Vec<usize> = Vec::new();
            if let Some(list) = candidate.id.as_deref().and_then(|id| by_id.get(id)) {
                possible.extend(list);
            }
            if let Some(list) = title_key.and_then(|k| by_title.get(&k)) {
                possible.extend(list);
            }
            possible.sort_unstable();
            let joins = possible.into_iter().find(|&g| {
                let group = &groups[g];
                let first = &candidates[group[0]];
                group.iter().all(|&m| root[m] != root[c])
                    && !same(&candidates[root[first.node]], &candidates[root[c]])
                    && same(first, candidate)
            });
            match joins {
                Some(g) => groups[g].push(c),
                None => {
                    if let Some(id) = candidate.id.as_deref() {
                        by_id.entry(id).or_default().push(groups.len());
                    }
                    if let Some(key) = title_key {
                        by_title.entry(key).or_default().push(groups.len());
                    }
                    groups.push(vec![c]);
                }
            }
        }
        let mut dropped = vec![false; n];
        let mut order: Vec<usize> = (0..groups.len()).filter(|&g| groups[g].len() > 1).collect();
        // Outer courses first: a part is settled by the course it belongs to.
        order.sort_by_key(|&g| {
            let deepest = groups[g].iter().map(|&m| depth[m]).max();
            (deepest, groups[g][0])
        });
        let within = |marks: &[bool], node: usize| {
            let mut at = Some(node);
            while let Some(x) = at {
                if marks[x] {
                    return true;
                }
                at = nodes[x].1;
            }
            false
        };
        // The courses kept: their parts are counted with them, never dropped for another.
        let mut settled = vec![false; n];
        for g in order {
            let alive: Vec<usize> = groups[g]
                .iter()
                .copied()
                .filter(|&m| !within(&dropped, m))
                .collect();
            let fixed: Vec<usize> = alive
                .iter()
                .copied()
                .filter(|&m| nodes[m].1.is_some_and(|p| within(&settled, p)))
                .collect();
            if alive.len() < 2 || fixed.len() == alive.len() {
                continue;
            }
            let choice = if fixed.is_empty() { &alive } else { &fixed };
            let kept = choice
                .iter()
                .copied()
                .find(|&m| part_has_ects[m])
                .unwrap_or(choice[0]);
            settled[kept] = true;
            let k = &candidates[kept];
            let kept_element = &tree.elements[nodes[k.node].0];
            let (kept_line, kept_column) = (kept_element.line, kept_element.column);
            let kept_label = self.label(nodes[k.node].0, issuer).unwrap_or_default();
            let why_kept = if part_has_ects[k.node] {
                "; its parts carry the credits, and are counted"
            } else {
                ""
            };
            for &m in alive.iter().filter(|&&m| m != kept && !fixed.contains(&m)) {
                let c = &candidates[m];
                let element = nodes[c.node].0;
                let how = if c.id.is_some() && c.id == k.id {
                    "the same identifier".to_owned()
                } else {
                    format!(
                        "the same title, {} ECTS credits and date {}",
                        c.credits,
                        c.date.as_deref().unwrap_or_default()
                    )
                };
                let parts = if part_has_ects[c.node] {
                    " nor its parts"
                } else {
                    ""
                };
                let label = self.label(element, issuer);
                self.warn(
                    label.as_deref(),
                    element,
                    format!(
                        "the course {kept_label} again, in another tree ({how}): counted once, as \
                         the <learningOpportunitySpecification> at line {kept_line}, column \
                         {kept_column}{why_kept}; this one is not counted{parts}"
                    ),
                );
                dropped[c.node] = true;
            }
        }
        for node in 0..n {
            if let Some(parent) = nodes[node].1
                && dropped[parent]
            {
                dropped[node] = true;
            }
        }
        dropped
    }

    /// A course's label for warnings: its qualified id, or its title.
    fn label(&self, e: usize, issuer: &str) -> Option<String> {
        local_id(self.tree, e)
            .map(|id| format!("{issuer}/{id}"))
            .or_else(|| english(&self.titles(e)))
    }

    /// What the instance of learning opportunity `e` of issuer `issuer` says; problems are
    /// warnings, which name the course as every other warning does (`issuer/local id`).
    fn instance(&mut self, e: usize, issuer: &str) -> Option<Instance> {
        let tree = self.tree;
        let label = self.label(e, issuer);
        let label = label.as_deref();
        let Some(instance) = tree
            .child(e, "specifies")
            .and_then(|s| tree.child(s, "learningOpportunityInstance"))
        else {
            self.warn(
                label,
                e,
                "no <specifies><learningOpportunityInstance>, which the schema requires: no \
                 result, credits or status to read, not imported"
                    .into(),
            );
            return None;
        };
        let mut ects: Option<(Decimal, usize)> = None;
        for credit in tree.children(instance, "credit") {
            let scheme = tree.child_token(credit, "scheme").unwrap_or_default();
            if !scheme.eq_ignore_ascii_case("ects") {
                continue;
            }
            let Some(value) = tree.child(credit, "value") else {
                self.warn(
                    label,
                    credit,
                    "ECTS credits without a <value>: ignored".into(),
                );
                continue;
            };
            match parse_xs_decimal(tree.elements[value].token()) {
                Ok(v) if v.is_sign_negative() && !v.is_zero() => {
                    self.warn(label, value, format!("negative ECTS credits ({v}): ignored"));
                }
                Ok(v) => match ects {
                    Some((first, _)) if first != v => self.warn(
                        label,
                        value,
                        format!("a second ECTS value ({v}) differs from the first ({first}): the first is kept"),
                    ),
                    Some(_) => {}
                    None => ects = Some((v, value)),
                },
                Err(why) => self.warn(label, value, format!("ECTS credits: {why}: ignored")),
            }
        }
        let mut distribution = Vec::new();
        if let Some(d) = tree.child(instance, "resultDistribution") {
            for category in tree.children(d, "category") {
                let element = &tree.elements[category];
                let name = element
                    .attribute("label")
                    .unwrap_or_default()
                    .trim()
                    .to_owned();
                match element.attribute("count").map(|c| c.trim().parse::<u64>()) {
                    Some(Ok(count)) if !name.is_empty() => distribution.push((name, count)),
                    _ => {
                        self.warn(
                            label,
                            category,
                            "a category without a label or a whole, non-negative count: the \
                             distribution is not used"
                                .into(),
                        );
                        distribution.clear();
                        break;
                    }
                }
            }
        }
        Some(Instance {
            status: tree.child_token(instance, "status").map(str::to_owned),
            scheme: tree
                .child_token(instance, "gradingSchemeLocalId")
                .map(str::to_owned),
            result: tree.child_token(instance, "resultLabel").map(str::to_owned),
            ects,
            distribution,
            date: tree.child_token(instance, "date").map(str::to_owned),
        })
    }

    /// Imports learning opportunity `e`, which carries ECTS credits, as a course.
    fn course(
        &mut self,
        e: usize,
        instance: Instance,
        issuer: &str,
        country: Option<&str>,
        schemes: &[(String, String)],
    ) {
        let tree = self.tree;
        let titles = self.titles(e);
        let Some(local) = local_id(tree, e) else {
            let title = english(&titles);
            self.warn(
                title.as_deref(),
                e,
                "a course without an identifier: not imported".into(),
            );
            return;
        };
        let mut id = format!("{issuer}/{local}");
        let line = tree.elements[e].line;
        let entry = self.seen.entry(id.clone()).or_insert((line, 0));
        entry.1 += 1;
        let (first, n) = *entry;
        if n > 1 {
            let qualified = format!("{id}#{n}");
            self.warn(
                Some(&qualified),
                e,
                format!(
                    "the id {id} is also the course's on line {first}: this one is {qualified}"
                ),
            );
            id = qualified;
        }
        let title = english(&titles).unwrap_or_else(|| {
            self.warn(
                Some(&id),
                e,
                "a course without a title: its id stands for it".into(),
            );
            local.clone()
        });
        let Some((value, credit_element)) = instance.ects else {
            return;
        };
        let credits = match Credits::new(value) {
            Ok(c) => c,
            Err(why) => {
                self.warn(
                    Some(&id),
                    credit_element,
                    format!("ECTS credits: {why}: not imported"),
                );
                return;
            }
        };
        let description = instance
            .scheme
            .as_deref()
            .and_then(|s| schemes.iter().find(|(k, _)| k == s))
            .map(|(_, d)| d.as_str())
            .unwrap_or_default();
        let result = instance.result.clone().unwrap_or_default();
        let scale = self.scales.identify(description, country, &result).cloned();
        let passed = match instance.status.as_deref().map(str::to_lowercase).as_deref() {
            Some("passed") => {
                if let Some(s) = scale.as_ref().filter(|s| s.fails(&result)) {
                    self.warn(Some(&id), e, format!("status passed, but {result} fails on the {} scale: counted as passed, as the status says", s.name));
                }
                true
            }
            Some("failed") => {
                if let Some(s) = scale
                    .as_ref()
                    .filter(|s| s.rank(&result).is_some() && !s.fails(&result))
                {
                    self.warn(Some(&id), e, format!("status failed, but {result} passes on the {} scale: counted as failed, as the status says", s.name));
                }
                false
            }
            Some("in-progress") => {
                self.warn(
                    Some(&id),
                    e,
                    "in progress: nothing to recognise yet, not imported".into(),
                );
                return;
            }
            other => {
                if let Some(status) = other {
                    self.warn(Some(&id), e, format!("the status {status:?} is not one of the schema's (passed, failed, in-progress): read as absent"));
                }
                // The schema: no status means passed — unless the grade fails on a known scale.
                match scale.as_ref().filter(|s| s.fails(&result)) {
                    Some(s) => {
                        self.warn(
                            Some(&id),
                            e,
                            format!(
                                "no status, and {result} fails on the {} scale: counted as failed",
                                s.name
                            ),
                        );
                        false
                    }
                    None => true,
                }
            }
        };
        if instance.result.is_none() {
            self.warn(
                Some(&id),
                e,
                "no grade (resultLabel): the CSC converts it by hand".into(),
            );
        }
        let scale_name = match (&scale, &instance.scheme) {
            (Some(s), _) => s.name.clone(),
            (None, Some(scheme)) => format!("{issuer}:{scheme}"),
            (None, None) => format!("{issuer}:unknown"),
        };
        let mut grade = HostGrade {
            scale: scale_name.clone(),
            value: result.clone(),
        };
        if !instance.distribution.is_empty()
            && scale_name != "ECTS"
            && let Some((table, category)) = self.table(
                e,
                &id,
                &scale_name,
                scale.as_ref(),
                &instance.distribution,
                &result,
            )
        {
            grade = HostGrade {
                scale: table.scale.clone(),
                value: category,
            };
            self.transcript.tables.push(table);
        }
        self.transcript.courses.push(ImportedCourse {
            course: HostCourse {
                id,
                title,
                credits,
                passed,
                grade,
            },
            issuer: issuer.to_owned(),
            local_id: local,
            titles,
            kind: tree.child_token(e, "type").map(str::to_owned),
            status: instance.status,
            result: instance.result,
            line: tree.elements[e].line,
        });
    }

    /// A course's distribution table, best grade first, passing grades only, and the category of
    /// its result (the result itself, or the range that holds it).
    fn table(
        &mut self,
        e: usize,
        id: &str,
        scale_name: &str,
        scale: Option<&GradingScale>,
        distribution: &[(String, u64)],
        result: &str,
    ) -> Option<(DistributionTable, String)> {
        let mut categories: Vec<(String, u64)> = distribution.to_vec();
        let ranked = scale.filter(|s| categories.iter().all(|(l, _)| s.rank(l).is_some()));
        if let Some(s) = ranked {
            categories.sort_by_key(|(l, _)| s.rank(l));
            categories.retain(|(l, _)| !s.fails(l));
        } else if categories.iter().all(|(l, _)| bounds(l).is_some()) {
            categories.sort_by(|a, b| bounds(&b.0).map(|x| x.0).cmp(&bounds(&a.0).map(|x| x.0)));
            self.warn(Some(id), e, "a numeric distribution on a scale Regula does not know: the higher grades are taken as the better, and every category as passing".into());
        } else {
            self.warn(Some(id), e, format!("a distribution on a scale Regula does not know ({scale_name}): it cannot be put in order, so it is not used"));
            return None;
        }
        let total: u64 = categories.iter().map(|(_, c)| c).sum();
        if total == 0 {
            self.warn(
                Some(id),
                e,
                "a distribution with no passing student: not used".into(),
            );
            return None;
        }
        let category = categories
            .iter()
            .find(|(l, _)| same_grade(l, result))
            .or_else(|| {
                let grade = parse_xs_decimal(&result.replace(',', ".")).ok()?;
                categories.iter().find(|(l, _)| {
                    bounds(l).is_some_and(|(low, high)| low <= grade && grade <= high)
                })
            })
            .map(|(l, _)| l.clone())
            .unwrap_or_else(|| result.to_owned());
        let mut grades: Vec<GradeShare> = categories
            .iter()
            .map(|(label, count)| GradeShare {
                grade: label.clone(),
                percent: (Decimal::from(*count) * Decimal::ONE_HUNDRED / Decimal::from(total))
                    .round_dp(4),
            })
            .collect();
        let sum: Decimal = grades.iter().map(|g| g.percent).sum();
        if let Some(last) = grades.last_mut() {
            last.percent += Decimal::ONE_HUNDRED - sum;
        }
        Some((
            DistributionTable {
                scale: format!("{scale_name}#{id}"),
                grades,
            },
            category,
        ))
    }
}

/// The local id of learning opportunity `e`: its identifier of type `local`, else its first;
/// without one, its instance's (ELMO 1.2 allows identifiers there, and VIRTA puts them only
/// there), read the same way. Not a warning: the schema allows either place.
fn local_id(tree: &Tree, e: usize) -> Option<String> {
    identifier(tree, e).or_else(|| {
        let instance = tree
            .child(e, "specifies")
            .and_then(|s| tree.child(s, "learningOpportunityInstance"))?;
        identifier(tree, instance)
    })
}

/// The identifier of type `local` among `e`'s children, else the first.
fn identifier(tree: &Tree, e: usize) -> Option<String> {
    let ids: Vec<usize> = tree
        .children(e, "identifier")
        .filter(|&i| !tree.elements[i].token().is_empty())
        .collect();
    ids.iter()
        .find(|&&i| {
            tree.elements[i]
                .attribute("type")
                .is_some_and(|t| t.eq_ignore_ascii_case("local"))
        })
        .or(ids.first())
        .map(|&i| tree.elements[i].token().to_owned())
}

/// The English title (`en`, `en-GB`, `EN`…), else the first.
fn english(titles: &[Title]) -> Option<String> {
    titles
        .iter()
        .find(|t| {
            let lang = t.lang.to_ascii_lowercase();
            lang == "en" || lang.starts_with("en-")
        })
        .or(titles.first())
        .map(|t| t.text.clone())
}

/// The bounds of a numeric category: `7.5` is (7.5, 7.5), `40-59.9` is (40, 59.9), `less than
/// 20` and `< 20` are below 20.
fn bounds(label: &str) -> Option<(Decimal, Decimal)> {
    let label = label.trim().replace(',', ".");
    let number = |s: &str| parse_xs_decimal(s).ok();
    if let Some(x) = number(&label) {
        return Some((x, x));
    }
    let lower = label.to_lowercase();
    for prefix in ["less than", "<", "below", "under"] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            let high = number(rest)?;
            return Some((Decimal::MIN, high));
        }
    }
    let (a, b) = label.split_once(['-', '–'])?;
    Some((number(a)?, number(b)?))
}
