//! Properties of the ELMO importer (EC-11, issue #16): arbitrary bytes and arbitrary well-formed
//! documents never make it panic, and a credit is counted once — at the deepest level of the
//! learning-opportunity tree that carries ECTS credits — whatever the tree.

use proptest::prelude::*;
use regula_core::Decimal;
use regula_ects::{GradingScales, import_elmo};

/// A learning opportunity of a generated tree: its ECTS credits (tenths), if any, and its parts.
#[derive(Clone, Debug)]
struct Node {
    ects: Option<u32>,
    parts: Vec<Node>,
}

fn node() -> impl Strategy<Value = Node> {
    let leaf = proptest::option::of(0u32..300).prop_map(|ects| Node {
        ects,
        parts: Vec::new(),
    });
    leaf.prop_recursive(4, 40, 4, |inner| {
        (
            proptest::option::of(0u32..600),
            proptest::collection::vec(inner, 0..4),
        )
            .prop_map(|(ects, parts)| Node { ects, parts })
    })
}

/// The node as ELMO, with ids `L<n>` in document order.
fn write(node: &Node, next: &mut usize, out: &mut String) {
    *next += 1;
    out.push_str(&format!(
        "<learningOpportunitySpecification><identifier type=\"local\">L{next}</identifier><title>T</title>\
         <specifies><learningOpportunityInstance><status>passed</status><resultLabel>A</resultLabel>"
    ));
    if let Some(tenths) = node.ects {
        out.push_str(&format!(
            "<credit><scheme>ects</scheme><value>{}</value></credit>",
            Decimal::new(i64::from(tenths), 1)
        ));
    }
    out.push_str("</learningOpportunityInstance></specifies>");
    for part in &node.parts {
        out.push_str("<hasPart>");
        write(part, next, out);
        out.push_str("</hasPart>");
    }
    out.push_str("</learningOpportunitySpecification>");
}

/// Whether the node or a part of it carries ECTS credits.
fn carries(node: &Node) -> bool {
    node.ects.is_some() || node.parts.iter().any(carries)
}

/// The credits counted once: each node's that carries them while none of its parts does.
fn counted(node: &Node) -> Decimal {
    let below: Decimal = node.parts.iter().map(counted).sum();
    match node.ects {
        Some(tenths) if !node.parts.iter().any(carries) => Decimal::new(i64::from(tenths), 1),
        _ => below,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Arbitrary bytes: an answer or an error with a line and column, never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(err) = import_elmo(&text, &GradingScales::european()) {
            prop_assert!(err.line >= 1 && err.column >= 1, "{err}");
        }
    }

    /// Arbitrary XML-looking text made of ELMO's own tags, well-formed or not: never a panic.
    #[test]
    fn arbitrary_elmo_tags_never_panic(
        pieces in proptest::collection::vec(
            prop_oneof![
                Just("<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\">".to_owned()),
                Just("</elmo>".to_owned()), Just("<report>".to_owned()), Just("</report>".to_owned()),
                Just("<issuer><identifier type=\"erasmus\">X</identifier></issuer>".to_owned()),
                Just("<learningOpportunitySpecification>".to_owned()),
                Just("</learningOpportunitySpecification>".to_owned()),
                Just("<hasPart>".to_owned()), Just("</hasPart>".to_owned()),
                Just("<specifies><learningOpportunityInstance>".to_owned()),
                Just("</learningOpportunityInstance></specifies>".to_owned()),
                Just("<credit><scheme>ects</scheme><value>7.5</value></credit>".to_owned()),
                Just("<category label=\"A\" count=\"3\"/>".to_owned()),
                Just("<resultDistribution>".to_owned()), Just("</resultDistribution>".to_owned()),
                Just("<![CDATA[x]]>".to_owned()), Just("&amp;".to_owned()), Just("&bogus;".to_owned()),
                "[a-zA-Z0-9 <>/&;\"=.-]{0,12}",
            ],
            0..60,
        )
    ) {
        let _ = import_elmo(&pieces.concat(), &GradingScales::european());
    }

    /// Schema (credit): "if this tree node contains ECTS credits earned, then all of its
    /// descendants and ancestors MUST NOT" — whatever tree a document sends, each credit is
    /// counted once, at the deepest level that carries credits.
    #[test]
    fn ec_11_a_credit_is_counted_once_whatever_the_tree(roots in proptest::collection::vec(node(), 1..4)) {
        let mut los = String::new();
        let mut next = 0;
        for root in &roots {
            write(root, &mut next, &mut los);
        }
        let xml = format!(
            "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"><report>\
             <issuer><identifier type=\"erasmus\">X UNI01</identifier><title>X</title></issuer>{los}\
             </report></elmo>"
        );
        let t = import_elmo(&xml, &GradingScales::european()).unwrap();
        let imported: Decimal = t.courses.iter().map(|c| c.course.credits.value()).sum();
        let expected: Decimal = roots.iter().map(counted).sum();
        prop_assert_eq!(imported, expected);
    }

    /// EC-11 across parallel trees (issue #29): a set of courses emitted into one to three trees
    /// of the same report — under a programme, or flat in the first — with identifiers that
    /// differ from tree to tree but the same title, credits and date, some trees splitting a
    /// course into two parts with their own credits: the imported credits are the set's, each
    /// counted once.
    #[test]
    fn ec_11_a_credit_counts_once_across_parallel_trees(
        courses in proptest::collection::vec(
            (0u8..2, proptest::sample::select(vec![20u32, 25, 50, 75]), 1u8..3),
            1..8,
        ),
        trees in proptest::collection::vec(
            (any::<bool>(), proptest::collection::vec(any::<bool>(), 8)),
            1..4,
        ),
        first_flat in any::<bool>(),
    ) {
        let instance = |tenths: u32, day: u8| {
            format!(
                "<specifies><learningOpportunityInstance><date>2024-01-0{day}</date>\
                 <status>passed</status><resultLabel>A</resultLabel><credit><scheme>ects</scheme>\
                 <value>{}</value></credit></learningOpportunityInstance></specifies>",
                Decimal::new(i64::from(tenths), 1)
            )
        };
        let los = |id: &str, title: &str, inner: &str, parts: &str| {
            format!(
                "<learningOpportunitySpecification><identifier type=\"local\">{id}</identifier>\
                 <title xml:lang=\"en\">{title}</title>{inner}{parts}</learningOpportunitySpecification>"
            )
        };
        let sum: u32 = courses.iter().map(|c| c.1).sum();
        let mut body = String::new();
        for (t, (programme_credits, split)) in trees.iter().enumerate() {
            let mut items = Vec::new();
            for (i, &(title, tenths, day)) in courses.iter().enumerate() {
                let title = format!("Course {title}");
                let parts = if split[i] {
                    let half = tenths / 2;
                    [(1, half), (2, tenths - half)]
                        .iter()
                        .map(|&(j, part)| {
                            let id = format!("T{t}C{i}.{j}");
                            let inner = instance(part, day);
                            format!("<hasPart>{}</hasPart>", los(&id, &format!("{title}, part {j}"), &inner, ""))
                        })
                        .collect()
                } else {
                    String::new()
                };
                items.push(los(&format!("T{t}C{i}"), &title, &instance(tenths, day), &parts));
            }
            if t == 0 && first_flat {
                body.push_str(&items.concat());
            } else {
                let parts: String = items.iter().map(|i| format!("<hasPart>{i}</hasPart>")).collect();
                let inner = if *programme_credits {
                    format!(
                        "<specifies><learningOpportunityInstance><credit><scheme>ects</scheme>\
                         <value>{}</value></credit></learningOpportunityInstance></specifies>",
                        Decimal::new(i64::from(sum), 1)
                    )
                } else {
                    "<specifies><learningOpportunityInstance/></specifies>".to_owned()
                };
                body.push_str(&los(&format!("P{t}"), "Programme", &inner, &parts));
            }
        }
        let xml = format!(
            "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"><report>\
             <issuer><identifier type=\"erasmus\">X UNI01</identifier><title>X</title></issuer>{body}\
             </report></elmo>"
        );
        let t = import_elmo(&xml, &GradingScales::european()).unwrap();
        let imported: Decimal = t.courses.iter().map(|c| c.course.credits.value()).sum();
        prop_assert_eq!(imported, Decimal::new(i64::from(sum), 1), "{}", t);
        let merged = t.warnings.iter().filter(|w| w.message.contains("in another tree")).count();
        prop_assert_eq!(merged, courses.len() * (trees.len() - 1), "{}", t);
    }
}
