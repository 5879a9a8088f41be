# Exam scheduling (SC-1..SC-7, OX-1, OX-2, QZ-1; the UMC exam procedure)

scheduling-session-length = the regular session from { $first } to { $last } lasts { $days ->
    [one] { $days } day
   *[other] { $days } days
}; a regular session lasts { $expected } days
scheduling-committee-holder = the course holder
scheduling-committee-second = the applied-part teacher or an assistant
scheduling-committee-teachers = { $min } distinct teachers (has { $has })
scheduling-committee-lacks = the committee of `{ $exam }` lacks { $missing }
scheduling-committee-form-lacks = the committee of `{ $exam }` ({ $form } exam) lacks { $missing }
scheduling-open-questions-groups = the open-question exam `{ $exam }` holds { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} in one slot; at most { $max }
scheduling-outside-session = `{ $exam }` on { $day } is outside the session, { $first } to { $last }
scheduling-fixed-date = `{ $exam }` is on { $day } but its date was fixed on { $fixed } by agreement with the students
scheduling-spans-days = `{ $exam }` ({ $form }) spans { $span ->
    [one] { $span } day
   *[other] { $span } days
}, { $first } to { $last }; at most { $allowed }
scheduling-outside-hours = `{ $exam }` runs on { $day } from { $start } to { $end }, outside { $day_start }–{ $day_end }
scheduling-teacher-unavailable = `{ $exam }` on { $day }: teacher `{ $teacher }` is unavailable that day
scheduling-room-too-small = `{ $exam }` has { $students ->
    [one] { $students } student
   *[other] { $students } students
} but room `{ $room }` seats { $capacity }
scheduling-gap-days = group `{ $group }` sits `{ $first }` on { $first_day } and `{ $second }` on { $second_day }: { $gap ->
    [one] { $gap } day
   *[other] { $gap } days
} apart, at least { $min } needed
scheduling-gap-free-days = group `{ $group }` sits `{ $first }` on { $first_day } and `{ $second }` on { $second_day }: { $gap ->
    [one] { $gap } free day
   *[other] { $gap } free days
} apart, at least { $min } needed
scheduling-teacher-groups = teacher `{ $teacher }` examines { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} on { $day }; at most { $max }
scheduling-clash-group = group `{ $name }` is in `{ $first }` and `{ $second }` at the same time on { $day }
scheduling-clash-teacher = teacher `{ $name }` is in `{ $first }` and `{ $second }` at the same time on { $day }
scheduling-clash-room = room `{ $name }` is in `{ $first }` and `{ $second }` at the same time on { $day }
scheduling-quiz-split-full-time = the quiz of `{ $course }` is split over { $exams } exams for full-time students ({ $ids }); a quiz is held with the whole year at once, restanțieri included (full-time and IFR students may sit separately)
scheduling-quiz-split-ifr = the quiz of `{ $course }` is split over { $exams } exams for IFR students ({ $ids }); a quiz is held with the whole year at once, restanțieri included (full-time and IFR students may sit separately)

# Scheduling: why there is no valid timetable

scheduling-infeasible-group = group `{ $group }` has { $exams } exams, but a { $days }-day session with { $gap } days between exams fits at most { $fits }
scheduling-fixed-outside = its fixed date { $fixed } is outside the session
scheduling-fixed-unavailable = a committee member is unavailable on its fixed date { $fixed }
scheduling-committee-never-available = its committee is unavailable on every day of the session
scheduling-no-possible-day = exam `{ $exam }` has no possible day: { $why }
scheduling-exam-overloads-teacher = exam `{ $exam }` alone gives teacher `{ $teacher }` { $groups } groups in a day; at most { $max }
scheduling-teacher-overloaded = teacher `{ $teacher }` examines { $groups } groups but may examine at most { $max } a day on { $available } available days
scheduling-no-day-found = exam `{ $exam }` found no day: on its { $possible } possible days, the other exams of its groups are within { $gap } days ({ $blocked_by_gap } times, SC-4) or its teachers already examine { $max } groups ({ $blocked_by_load } times, SC-5)
scheduling-no-room-large-enough = exam `{ $exam }` has { $students } students but the largest room seats { $largest }
scheduling-no-start = exam `{ $exam }` on { $day }: no start between { $day_start } and { $day_end } when its groups and teachers are free
scheduling-no-start-with-room = exam `{ $exam }` on { $day }: no start between { $day_start } and { $day_end } when its groups, teachers and a large enough room are free
scheduling-solved = Solved — soft cost { $cost }, { $steps } steps
scheduling-moved = moved: { $exams }
scheduling-infeasible = No valid timetable — { $unplaced ->
    [one] { $unplaced } exam
   *[other] { $unplaced } exams
} unplaced after { $steps } steps. Why:
scheduling-not-found = No valid timetable found — { $unplaced ->
    [one] { $unplaced } exam
   *[other] { $unplaced } exams
} unplaced after { $steps } steps; not proven impossible: a longer search (more steps, a time limit) may find one. Where it was stuck:
scheduling-valid = valid: no rule is broken
scheduling-violations = { $violations ->
    [one] { $violations } violation
   *[other] { $violations } violations
}

# The timetable's documents: iCalendar, text table, HTML page

scheduling-ics-group = Exams of group { $group }
scheduling-ics-teacher = Exams examined by { $teacher }
scheduling-ics-summary = Exam: { $title } ({ $form })
scheduling-ics-groups = Groups: { $groups }
scheduling-ics-committee = Committee: { $committee }
scheduling-col-date = date
scheduling-col-time = time
scheduling-col-exam = exam
scheduling-col-course = course
scheduling-col-groups = groups
scheduling-col-committee = committee
scheduling-col-start = start
scheduling-col-end = end
scheduling-col-room = room
scheduling-col-minutes = minutes
scheduling-html-title = Exam session { $first } – { $last }

# SC-1, SC-4, SC-CLASH: students placed as individuals (restanțieri)

scheduling-clash-student = student `{ $name }` sits `{ $first }` and `{ $second }` at the same time on { $day }
scheduling-student-gap = student `{ $student }` sits `{ $first }` on { $first_day } and `{ $second }` on { $second_day }: { $gap ->
    [one] { $gap } day
   *[other] { $gap } days
} apart, at least { $min } needed

# SC-PAIR, SC-LOAD: links between exams and the daily load

scheduling-pair-before = `{ $first }` must end before `{ $then }` starts
scheduling-pair-same-day = `{ $first }` and `{ $second }` must be on the same day
scheduling-pair-same-period = `{ $first }` and `{ $second }` must start at the same time on the same day
scheduling-pair-different-periods = `{ $first }` and `{ $second }` must not be at the same time
scheduling-unit-group = group `{ $group }`
scheduling-unit-student = student `{ $student }`
scheduling-load-day = { $who } has { $exams ->
    [one] { $exams } exam
   *[other] { $exams } exams
} on { $day }; at most { $max }
scheduling-load-window = { $who } has { $exams ->
    [one] { $exams } exam
   *[other] { $exams } exams
} in the { $days } consecutive days from { $from }; at most { $max }
scheduling-too-many-rooms = `{ $exam }` is split over { $rooms } rooms; at most { $max }
scheduling-preferences-not-kept = { $count ->
    [one] { $count } preference not kept (not a violation):
   *[other] { $count } preferences not kept (not violations):
}
scheduling-prefer-start = `{ $exam }` starts at { $start }, not at the preferred { $preferred }
scheduling-prefer-room = `{ $exam }` is not in a preferred room ({ $preferred })

# SC-5, SC-COURSE, SC-LAST, SC-3: the variants other regulations write

scheduling-teacher-groups-course = teacher `{ $teacher }` examines { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} of `{ $course }` on { $day }; at most { $max }
scheduling-teacher-groups-form = teacher `{ $teacher }` examines { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} in exams of the form { $form } on { $day }; at most { $max }
scheduling-course-groups = { $groups ->
    [one] { $groups } group sits
   *[other] { $groups } groups sit
} `{ $course }` ({ $form }) on { $day }; at most { $max }
scheduling-last-exam-early = group `{ $group }` sits its last exam, `{ $exam }`, on { $day }; a group's last exam falls within the session's last { $days ->
    [one] day
   *[other] { $days } days
}, from { $from }
scheduling-last-exam-impossible = no exam of group `{ $group }` may be held within the session's last { $days ->
    [one] day
   *[other] { $days } days
}, from { $from }
scheduling-hours-too-short = its { $minutes } minutes fit the examination hours of no day of the session
scheduling-exam-overloads-course = exam `{ $exam }` alone brings { $groups } groups of `{ $course }` ({ $form }) to one day; at most { $max }
