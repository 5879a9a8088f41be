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
grading-default-point = { $default } ex officio (din oficiu) is added: { $earned } + { $default } = { $total ->
    [one] { $total } point
   *[other] { $total } points
}.
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
grading-mean-rounded = The mean { $total } rounds { $rounding } to grade { $grade }.
grading-mean-lowest-grade = The mean { $total } rounds { $rounding } to 0; the lowest grade is { $grade }.
grading-mean-held-below-pass = The mean { $total } would round { $rounding } to { $rounded }, but a mean below { $pass } never passes: grade { $grade }.
# GR-5
grading-passed = { $total } ≥ { $pass } points: the course is passed.
grading-not-passed = { $total } < { $pass } points: the course is not passed.
grading-passed-by-grade = Grade { $grade } ≥ { $pass_grade }: the course is passed.
grading-not-passed-by-grade = Grade { $grade } < { $pass_grade }: the course is not passed.
grading-mean-passed = The mean { $total } ≥ { $pass }: the course is passed.
grading-mean-not-passed = The mean { $total } < { $pass }: the course is not passed.
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
# GR-8: the weighted average
average-reason-facultative = an extra-curricular course is outside the contract's credits and never counts
average-reason-optional-unrequested = an optional course counts only on the student's written request, and there is none
average-reason-optional-requested = an optional course the student asked in writing to count
average-reason-compulsory = a compulsory course
average-not-counted = { $course } is not counted: { $reason }.
average-not-numeric = { $course } is not counted: its result ({ $result }) is not a numeric grade.
average-failed-left-out = { $course } is not counted: grade { $grade } does not pass and the policy leaves failed grades out.
average-counts = { $course } counts ({ $reason }): grade { $grade } × { $credits ->
    [one] { $credits } credit
   *[other] { $credits } credits
}.
average-result = Average = Σ(grade × credits) / Σ credits = { $weighted } / { $credits } = { $exact } → { $average } ({ $decimals } decimals, rounded { $rounding }).
average-none = No course counts, so there is no average.
average-reason-facultative-counted = a facultative course of the plan, which the policy counts
average-reason-beyond-plan = a course beyond the study plan never counts
average-reason-optional-always = an optional course, which the policy always counts
average-reason-optional-never = the policy counts no optional course
average-reason-left-out-obtained = the policy leaves out a course { $obtained }
average-counts-zero = { $course } counts ({ $reason }) with 0 points: its result ({ $result }) does not pass, and its { $credits ->
    [one] { $credits } credit stays
   *[other] { $credits } credits stay
} in the divisor.
average-result-fixed = Average = Σ(grade × credits) / { $credits } credits (the policy's fixed divisor) = { $weighted } / { $credits } = { $exact } → { $average } ({ $decimals } decimals, rounded { $rounding }).
obtained-exam = passed at an exam of the programme
obtained-recognised = recognised from a mobility or a transfer
obtained-advanced = taken in advance from a later year
obtained-re-enrolled = taken at a second enrolment
# QZ-3..QZ-5, GR-9: the online quiz
quiz-absent = { $student } did not show up to the online quiz: the exam is not passed and the catalog records absent.
quiz-bank = The bank of { $bank } questions meets the minimum of { $minimum } for a session on { $date } (policy in force from { $from }); each test draws { $questions } of them.
quiz-bonus = Semester activity adds a bonus of { $bonus } of at most { $maximum ->
    [one] { $maximum } point
   *[other] { $maximum } points
}, as announced at the start of the semester.
quiz-score = Each of the { $questions } questions is worth (10 − { $max_bonus } bonus) / { $questions } = { $value } points; { $full } answered fully correctly: { $answers } points from the answers, { $total } in total.
quiz-score-partial-credit = Each of the { $questions } questions is worth (10 − { $max_bonus } bonus) / { $questions } = { $value } points; { $full } answered fully correctly, multiple-answer questions scoring partial credit (each wrong choice marked takes back { $penalty } correct choice's share; a question never scores below 0): { $answers } points from the answers, { $total } in total.
quiz-score-penalty-by-options = Each of the { $questions } questions is worth (10 − { $max_bonus } bonus) / { $questions } = { $value } points; { $full } answered fully correctly, each correct choice marked earning its share of the question and each wrong choice marked costing 1/(options − 1) of it, by the question's number of options (a question never scores below 0): { $answers } points from the answers, { $total } in total.
quiz-score-penalty-table = Each of the { $questions } questions is worth (10 − { $max_bonus } bonus) / { $questions } = { $value } points; { $full } answered fully correctly, each correct choice marked earning its share of the question and each wrong choice marked costing the fraction of it the policy sets by the question's number of options ({ $penalties }; a question never scores below 0): { $answers } points from the answers, { $total } in total.
quiz-header = Online quiz { $course }; each question is worth { $value } points
average-header = Average of { $student }:{ " " }
average-outcome = average { $average } over { $courses ->
    [one] { $courses } course
   *[other] { $courses } courses
} ({ $credits ->
    [one] { $credits } credit
   *[other] { $credits } credits
})
average-outcome-none = no average: no course counts
average-not-passed = ; not passed: { $courses }

# Grade improvement (GR-12..GR-14)
grading-improve-header = Grade improvement requests (GR-12..GR-14)
grading-improve-may = { $student } may sit the grade improvement in { $course }; the grade that stands is { $grade }
grading-improve-may-not = { $student } may not sit the grade improvement in { $course }, whose grade stays { $grade }: { $reasons }
grading-improve-deadline = The request was made on { $requested }; the last day for it was { $deadline }.
grading-improve-late = the request of { $requested } came after its last day, { $deadline }
grading-improve-not-passed = the course was not passed (`grade` = { $grade }, below the pass grade { $pass }): only a passed course's grade can be improved
grading-improve-not-integralist = only a student who has passed every exam of the year may improve a grade
grading-improve-not-current-year = only a course of the student's current year of study can be improved
grading-improve-continuous = a course assessed entirely during the semester cannot be improved
grading-improve-once = this course's grade has already been improved once, the most allowed
grading-improve-semester-quota = the student already has { $max } grade improvements this semester, the most allowed
grading-improve-year-quota = the student already has { $max } grade improvements this year, the most allowed
grading-improve-result = the improvement exam gave { $result }
grading-improve-absent = the student did not sit the improvement exam
grading-improve-stands = The higher grade stands: { $result }, against { $before } before, so the grade is { $grade }.
# GR-2 (weighted scheme)
grading-weights = The course sheet of { $course } weighs its components as { $weights }.
grading-weight-term = { $activity } { $weight }%
# GR-6 (weighted scheme)
grading-absent-component = Absent from { $activity }: it counts as { $grade } in the mean.
# GR-3 (weighted scheme)
grading-weighted-mean = The weighted mean is { $mean } = { $terms }.
grading-weighted-term = { $weight }% × { $activity } { $grade }
grading-default-point-weighted = With { $default } ex officio (din oficiu), the mean counts for the other { $rest }: { $default } + { $earned } × { $rest }/10 = { $total }.
# GR-5 (weighted scheme)
grading-minimums-met = Every minimum is met: { $minimums }.
grading-minimums-not-met = A minimum is not met, so the course is not passed: { $minimums }.
grading-minimum = { $what } { $value } against a minimum of { $minimum } ({ $verdict })
grading-term-mean = the mean

# Moodle exports read (issue #29): the text of `moodle gradebook` and `moodle quiz`.
moodle-gradebook-header = { $course }: { $students } students read from the Moodle gradebook
moodle-quiz-header = { $course }: { $attempts } attempts read from the Moodle quiz report
moodle-left-out = Left out, or read by the mapping's choice:
moodle-no-student-key = no ID number or e-mail to match the student by: the row is left out
moodle-column-not-mapped = a grade item mapped to no activity: left out
moodle-course-total-ignored = Moodle's course total: left out (Regula computes the total)
moodle-column-ignored = not a grade to read: left out
moodle-dash-read-as-absent = no grade: read as absent
moodle-dash-read-as-zero = no grade: read as 0 points
moodle-overall-average = Moodle's overall average is not an attempt: left out
moodle-attempt-not-finished = an attempt not finished: left out
moodle-activity-not-mapped = no column is mapped to this activity: its scores are left out
