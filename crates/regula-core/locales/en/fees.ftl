# Retake fees (FE-1..FE-4, UMC exam procedure)

fees-exempt = { $course } ({ $year }) was not completed during an Erasmus+ mobility and is taken within { $max_age ->
    [one] { $max_age } academic year
   *[other] { $max_age } academic years
}: no fee.
fees-free = { $course } belongs to the current academic year { $current }: a current-year retake is free.
fees-charged = { $course } is outstanding from { $year }, { $age ->
    [one] { $age } academic year
   *[other] { $age } academic years
} ago: { $fee }.
fees-charged-beyond-schedule = { $course } is outstanding from { $year }, { $age ->
    [one] { $age } academic year
   *[other] { $age } academic years
} ago: { $fee }, the policy's amount beyond the regulation's schedule.
fees-not-covered = { $course } is outstanding from { $year }, { $age } academic years ago: the regulation sets fees up to { $years } years only, so this exam is not covered and no amount is given.
fees-total-only = Total { $total }.
fees-total = Total { $total }, payable by: { $channels }.
fees-assessment = total { $total } for { $exams ->
    [one] { $exams } exam
   *[other] { $exams } exams
}
fees-assessment-not-covered = total { $total } for { $exams ->
    [one] { $exams } exam
   *[other] { $exams } exams
} ({ $not_covered } not covered by the regulation)
fees-header = Retake fees in { $year }
fees-header-student = Retake fees of { $student } in { $year }
fees-free-presentation = { $course } belongs to the current academic year ({ $year }): presentation { $number } of the { $free } free ones (absences count as presentations): no fee.
fees-per-credit = { $course } ({ $year }): { $rate } × { $credits } credits = { $fee }.
fees-per-credit-by-year = { $course } ({ $year }), a course of year { $study_year } of study: { $rate } × { $credits } credits = { $fee }.
fees-tuition-share = { $course } ({ $year }): a share of the tuition, { $tuition } / { $per } × { $credits } credits = { $fee }.
fees-flat = { $course } ({ $year }): { $fee } per presentation.
fees-rounded = { $course }: the exact fee { $exact } is rounded { $rounding }: { $fee }.
fees-rounding-ban = to the ban
fees-rounding-leu = to the leu
fees-free-first = { $course } ({ $year }): exam { $number } of the first { $free } that the policy's rule for this kind makes free: no fee.
fees-not-covered-by-formula = { $course } ({ $year }): the policy's sources set no fee for this exam, so it is not covered and no amount is given; the faculty decides.

# A fee statement as CSV (`fees statement`).
fees-csv-heading = course,academic_year,age,status,amount,currency,rule
fees-csv-free = free
fees-csv-charged = charged
fees-csv-exempt = exempt
fees-csv-not-covered = not covered
fees-csv-total = total
