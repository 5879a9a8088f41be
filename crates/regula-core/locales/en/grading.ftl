# Grading (GR-1..GR-9, UMC exam procedure, §5.3): the steps that explain a grade.

# GR-2
grading-split = The course sheet of { $course } splits the 10 points as { $split }.
# GR-6
grading-absent-activity = Absent from { $activity }: 0 points for that activity.
# GR-7
grading-admitted = Admitted to the final evaluation: { $conditions }.
grading-not-admitted = Not admitted to the final evaluation, so it is not counted: { $conditions }.
grading-condition-attendance = { $activity } { $score } (needs attendance) — { $verdict }
grading-condition-points = { $activity } { $score } (needs at least { $minimum ->
    [one] { $minimum } point
   *[other] { $minimum } points
}) — { $verdict }
# GR-9
grading-absent-final = Did not sit the final evaluation ({ $activity }): the course is not passed and the catalog records absent.
# GR-3
grading-total = The total is { $total ->
    [one] { $total } point
   *[other] { $total } points
}: { $terms }.
grading-term-absent = 0 (absent)
# GR-4
grading-rounded = { $total ->
    [one] { $total } point rounds
   *[other] { $total } points round
} { $rounding } to grade { $grade }.
grading-lowest-grade = { $total ->
    [one] { $total } point rounds
   *[other] { $total } points round
} { $rounding } to 0; the lowest grade is { $grade }.
grading-held-below-pass = { $total ->
    [one] { $total } point would round
   *[other] { $total } points would round
} { $rounding } to { $rounded }, but a total below { $pass } points never passes: grade { $grade }.
# GR-5
grading-passed = { $total } ≥ { $pass } points: the course is passed.
grading-not-passed = { $total } < { $pass } points: the course is not passed.
# GR-1
grading-qualifier-admis = A qualifier course: { $total ->
    [one] { $total } point reaches
   *[other] { $total } points reach
} the { $pass } needed, so the result is admis.
grading-qualifier-respins = A qualifier course: { $total ->
    [one] { $total } point falls
   *[other] { $total } points fall
} short of the { $pass } needed, so the result is respins.
# The outcome of a course
grading-course = Course { $course }
grading-outcome-passed = grade { $grade }, passed — total { $total ->
    [one] { $total } point
   *[other] { $total } points
}
grading-outcome-not-passed = grade { $grade }, not passed — total { $total ->
    [one] { $total } point
   *[other] { $total } points
}
grading-outcome-admis = admis — total { $total ->
    [one] { $total } point
   *[other] { $total } points
}
grading-outcome-respins = respins — total { $total ->
    [one] { $total } point
   *[other] { $total } points
}
grading-outcome-absent = absent — not passed{ $earned }
grading-outcome-not-admitted = not admitted to the final evaluation — not passed{ $earned }
grading-outcome-earned = { " — " }{ $total ->
    [one] { $total } point
   *[other] { $total } points
} earned in the other activities
