//! The edges of the conversion tables and of the policy's checks (EC-11). Each test here was
//! written because mutation testing (`scripts/mutants.sh`) showed a change of the code going
//! unnoticed.

use regula_core::CheckedPolicy;
use regula_ects::{ConversionPolicy, DistributionTable, GradeShare, HostGrade, convert};

fn table(scale: &str, shares: &[(&str, &str)]) -> DistributionTable {
    DistributionTable {
        scale: scale.into(),
        grades: shares
            .iter()
            .map(|(g, p)| GradeShare {
                grade: (*g).into(),
                percent: p.parse().unwrap(),
            })
            .collect(),
    }
}

/// EC-11: the shares add up to 100 within 0.01, and none is negative even when the sum is right.
#[test]
fn a_distribution_adds_up_to_100_within_a_hundredth_and_has_no_negative_share() {
    let ok = |shares: &[(&str, &str)]| table("X", shares).validated().is_ok();
    assert!(ok(&[("A", "60"), ("B", "40.01")]));
    assert!(ok(&[("A", "60"), ("B", "39.99")]));
    assert!(ok(&[("A", "100"), ("B", "0")]));
    assert!(!ok(&[("A", "60"), ("B", "40.02")]));
    assert!(!ok(&[("A", "60"), ("B", "30")]));
    assert!(!ok(&[("A", "110"), ("B", "-10")]));
}

/// EC-11: the policy as shipped has no problem; each kind of broken table is named by its field.
#[test]
fn every_problem_of_a_conversion_policy_is_named_by_its_field() {
    let shipped = ConversionPolicy::itp_2014();
    assert_eq!(shipped.problems(), []);
    let mut broken = shipped.clone();
    broken.letters.push(broken.letters[0].clone());
    let mut scale = broken.grading_scales.scales[0].clone();
    scale.name = " ".into();
    scale.failing.push(scale.passing[0].clone());
    broken.grading_scales.scales.push(scale);
    broken
        .grading_scales
        .scales
        .push(broken.grading_scales.scales[0].clone());
    broken.home_distribution.grades[0].percent = "-8".parse().unwrap();
    let fields: Vec<String> = broken.problems().iter().map(|p| p.to_string()).collect();
    let n = shipped.grading_scales.scales.len();
    let letters = shipped.letters.len();
    for expected in [
        format!("letters[{letters}].letter"),
        format!("grading_scales.scales[{n}].name"),
        format!("grading_scales.scales[{n}].failing"),
        format!("grading_scales.scales[{}].name", n + 1),
        "home_distribution.grades[0].percent".to_owned(),
        "home_distribution.grades".to_owned(),
    ] {
        assert!(
            fields.iter().any(|f| f.contains(&format!("`{expected}`"))),
            "{expected} not in {fields:#?}"
        );
    }
    assert_eq!(fields.len(), 6, "{fields:#?}");
    let none = ConversionPolicy {
        letters: Vec::new(),
        ..ConversionPolicy::itp_2014()
    };
    assert_eq!(none.problems().len(), 1);
}

/// EC-11: where two home grades overlap a host grade equally, the better home grade is given.
#[test]
fn a_tie_between_two_home_grades_goes_to_the_better_one() {
    let mut policy = ConversionPolicy::itp_2014();
    policy.home_distribution = table("RO", &[("10", "25"), ("9", "50"), ("8", "25")]);
    let host = table("X", &[("A", "50"), ("B", "50")]);
    let grade = HostGrade {
        scale: "X".into(),
        value: "A".into(),
    };
    // Host A is [0, 50): it overlaps home 10 [0, 25) and home 9 [25, 75) by 25 each.
    let converted = convert(&policy, &[host], &grade).unwrap();
    assert_eq!(converted.grade().unwrap().value(), 10);
}
