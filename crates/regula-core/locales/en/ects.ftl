# ECTS credit recognition (EC-1..EC-13, the ITP Erasmus+ regulation)

ects-no-credits = no
ects-no-grade = none
ects-no-passing-grade = no passing grade

# EC-4..EC-12: checking a recognition plan

ects-host-unknown = host course `{ $host }` is not on the transcript
ects-host-twice = host course `{ $host }` is used twice
ects-host-not-passed = host course `{ $host }` was not passed and cannot be recognised
ects-grade-differs = host course `{ $host }`: grade { $grade } but { $scale } { $value } converts to { $expected }
ects-not-in-agreement = `{ $host }` is not in the learning agreement: it replaces a home course only by a CSC decision
ects-decided-by-csc = `{ $host }` is decided by the CSC and cannot be matched otherwise
ects-match-below = `{ $host }` matches `{ $home }` { $percent }%: below { $threshold }%
ects-no-match-given = no syllabus match of `{ $host }` with `{ $home }` is given
ects-replacement-credits = `{ $host }` replacing `{ $home }` carries { $credits } credits; the home course has { $expected }
ects-no-csc-mapping = no CSC decision recognises `{ $host }` as { $homes }
ects-credits-csc = `{ $host }` carries { $credits } credits; the CSC decided { $expected }
ects-credits-extra = `{ $host }` carries { $credits } credits; extra-curricular: expected { $expected }
ects-no-csc-optional = no CSC decision recognises `{ $host }` as an optional course
ects-decided-otherwise = `{ $host }` is decided by the CSC otherwise
ects-supplement-not-requested = `{ $host }` is listed in the Diploma Supplement, which takes such a course only at the student's written request, and the student did not ask
ects-left-out-automatic = `{ $host }` is left out of the Diploma Supplement, which takes a passed course replacing no home course without a request
ects-left-out-requested = `{ $host }` is left out of the Diploma Supplement, though the student asked for it in writing
ects-home-unknown = home course `{ $home }` is not in the study plan
ects-home-twice = home course `{ $home }` is recognised twice
ects-home-passed = home course `{ $home }` was already passed at home

# EC-4..EC-11: the proposed plan

ects-csc-optional = an optional course of the specialisation
ects-csc-mapping = recognised as { $homes }
ects-csc-extra = extra-curricular
ects-csc-decided = By the CSC's decision, { $host } is { $what }, { $credits ->
    [one] { $credits } credit
   *[other] { $credits } credits
}; grade { $grade }. Reasons: { $reasons }
ects-csc-decided-override = By the CSC's decision, { $host } is { $what } (EC-12: { $credits } credits instead of the home courses' { $home_credits }); grade { $grade }. Reasons: { $reasons }
ects-replaces = { $host } replaces { $home } ({ $percent }% of its syllabus, at least { $threshold }% by EC-5), with the home course's { $credits ->
    [one] { $credits } credit
   *[other] { $credits } credits
}; grade { $grade }.
ects-extra-curricular = { $host } matches no remaining home course at { $threshold }%: extra-curricular, { $credits ->
    [one] { $credits } credit
   *[other] { $credits } credits
}, in the Diploma Supplement.
ects-already-passed = { $host } matches { $homes }, already passed at home, which is not recognised again: extra-curricular (EC-9), { $credits ->
    [one] { $credits } credit
   *[other] { $credits } credits
}, in the Diploma Supplement.
ects-extra-curricular-requested = { $host } matches no remaining home course at { $threshold }%: extra-curricular, { $credits ->
    [one] { $credits } credit
   *[other] { $credits } credits
}, in the Diploma Supplement only because the student asked for it in writing.
ects-extra-curricular-not-requested = { $host } matches no remaining home course at { $threshold }%: passed, but left out of the Diploma Supplement, which lists such a course only at the student's written request, and the student did not ask; its { $credits ->
    [one] { $credits } credit is
   *[other] { $credits } credits are
} not recognised.
ects-already-passed-requested = { $host } matches { $homes }, already passed at home, which is not recognised again: extra-curricular (EC-9), { $credits ->
    [one] { $credits } credit
   *[other] { $credits } credits
}, in the Diploma Supplement only because the student asked for it in writing.
ects-already-passed-not-requested = { $host } matches { $homes }, already passed at home, which is not recognised again: left out of the Diploma Supplement (EC-9), which lists such a course only at the student's written request, and the student did not ask; its { $credits ->
    [one] { $credits } credit is
   *[other] { $credits } credits are
} not recognised.
ects-not-passed = { $host } was not passed: not recognised; the home course stays to be sat.
ects-home-credits = { $credits ->
    [one] { $credits } home credit
   *[other] { $credits } home credits
} recognised.

# EC-1, EC-3, EC-13: the minimums and their consequences

ects-minimum-credits = { $passed } ECTS passed, { $required } required
ects-shorter-than-three-months = the mobility from { $start } to { $end } is shorter than { $months } months
ects-plan-header = Recognition plan: { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}
ects-minimums-active = EC-1: { $passed } ECTS passed, { $required } required; EC-3: the whole period counts as active study
ects-minimums-short = EC-1: { $passed } ECTS passed, { $required } required; EC-3: shorter than 3 months
ects-repayment = EC-13: grant repayment flagged — { $conditions }
ects-still-to-sit = Still to sit at home, without the fee in the next semester (FE-4): { $courses }
ects-plan-valid = The plan breaks no rule
ects-plan-violations = { $violations ->
    [one] { $violations } violation
   *[other] { $violations } violations
}
ects-converts-to = { $value } on scale { $scale } converts to { $grade }
ects-converts-to-failing = { $value } on scale { $scale } is not a passing grade: not recognised
ects-transcript-header = Transcript of records (ELMO) from { $issuers }: { $courses ->
    [one] { $courses } course
   *[other] { $courses } courses
}, { $credits } ECTS
ects-transcript-course = { $id } “{ $title }”, { $credits } ECTS, { $verdict }, grade { $grade } (scale { $scale })
ects-course-passed = passed
ects-course-failed = failed
ects-transcript-warnings = { $warnings ->
    [one] { $warnings } problem in the document
   *[other] { $warnings } problems in the document
} (for the secretariat and developers):
