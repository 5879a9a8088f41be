# The exam catalog and exam administration (CA-1..CA-7, SC-2, SC-7..SC-9, GR-10, GR-11, GR-14;
# the UMC exam procedure)

# SC-7: the committee

catalog-committee-no-holder = exam `{ $exam }`: the course holder, { $holder }, is not in the committee
catalog-committee-no-assistant = exam `{ $exam }`: the holder taught both parts, so an assistant named by the department director attends; there is none
catalog-committee-no-applied-teacher = exam `{ $exam }`: the teacher of the applied part is not in the committee
catalog-committee-too-small = exam `{ $exam }`: the committee has { $teachers ->
    [one] { $teachers } teacher
   *[other] { $teachers } teachers
}; at least two
catalog-committee-delegated-no-assistant = exam `{ $exam }`: grading is delegated to an assistant, but the committee has none

# CA-1..CA-3: the header and the layout

catalog-not-signed-by-dean = the catalog is not signed by the Dean
catalog-not-signed-by-secretary = the catalog is not signed by the secretary
catalog-issued = { $kind } of { $course } ({ $form }), issued and signed by the Dean and the secretary.
catalog-layout = { $students ->
    [one] { $students } student
   *[other] { $students } students
}, by surname, father's initial and first name; { $recognised ->
    [one] { $recognised } recognised grade
   *[other] { $recognised } recognised grades
} pre-filled.
catalog-rows-full = Rows full, a supplementary catalog is needed for: { $students }.

# CA-4..CA-6, GR-10, GR-11: entries

catalog-signs = { $signer } signs { $student }'s column { $column }.
catalog-corrects = { $by } corrects { $student }'s column { $column } from { $from } to { $to }; { $from } stays in the history.
catalog-annuls = { $by } annuls { $student }'s result { $mark } in column { $column }: { $reason }. The value stays in the catalog, struck.
catalog-annuls-retake = { $by } annuls { $student }'s result { $mark } in column { $column }: { $reason }. The value stays in the catalog, struck; the exam is to be held again.
catalog-reconnected = { $student } lost the connection to `{ $exam }` at { $at } for a proven technical reason and reconnected at { $back }, within the exam's window: a different test is given; the window still ends at { $window_end }.
catalog-failure-not-proven = the technical reason is not proven
catalog-reconnected-late = the reconnection at { $back } came after the window closed at { $window_end }, which is not extended
catalog-no-reconnection = reconnecting was impossible during the exam
catalog-connection-lost = { $student } lost the connection to `{ $exam }` at { $at }; { $why }: the exam is failed and { $student } becomes a restanțier; the catalog records absent.
catalog-backup-sitting = { $student } lost the connection to `{ $exam }` at { $at } for a proven technical reason and could not reconnect before the exam ended at { $window_end }: by the policy, a backup sitting { $when }; no cell changes.
catalog-backup-same-day = on the exam's day, by 24:00 on { $last }
catalog-backup-within-days = { $days ->
    [one] within 1 day of the exam, by 24:00 on { $last }
   *[other] within { $days } days of the exam, by 24:00 on { $last }
}
catalog-backup-retake-session = in the retake session
catalog-enters = { $by } enters { $mark } for { $student } in column { $column } ({ $session }, { $date }).
catalog-entry-signed = Every signature the entry needs is there.
catalog-entry-incomplete = The entry is incomplete: missing { $missing }.
catalog-slot-dean = the Dean's countersignature
catalog-slot-examiner = the examiner (the course holder)
catalog-slot-applied-teacher = the applied-part teacher
catalog-slot-second-examiner = the second examiner or the assistant
catalog-slot-member = committee member { $member }
catalog-slot-nobody = { $slot } (nobody in the committee can give it)
catalog-incomplete = { $student }, column { $column } (exam { $exam }): missing { $missing }
catalog-missing = missing: { $missing }
catalog-recorded = Catalog { $catalog } — { $events ->
    [one] { $events } event
   *[other] { $events } events
} in the history
catalog-incomplete-entries = Incomplete entries (CA-5):
catalog-in-order = The catalog is in order
catalog-not-in-order = The catalog is not in order

# GR-14: grade improvements, events of the history that keep the earlier grade

catalog-improves-raised = { $by } records the improvement of { $student }'s grade { $before } in column { $column } ({ $session }, { $date }): the improvement exam gave { $result }, so grade { $stands } stands; { $before } stays in the catalog.
catalog-improves-kept = { $by } records the improvement of { $student }'s grade { $before } in column { $column } ({ $session }, { $date }): the improvement exam gave { $result }, so grade { $stands } stands: an improvement never lowers a grade.
catalog-improves-absent = { $by } records the improvement of { $student }'s grade { $before } in column { $column } ({ $session }, { $date }): absent from the improvement exam, so grade { $stands } stands.
catalog-improvement-signed = Every signature the improvement's result needs is there.
catalog-improvement-incomplete = The improvement's result is incomplete: missing { $missing }.
catalog-signs-improvement = { $signer } signs the improvement `{ $exam }` in { $student }'s column { $column }.

# CA-7: the catalog's deadlines

catalog-no-end-time = Exam `{ $exam }` has no end time (`ends_at`): its catalog deadlines are not computed.
catalog-deadlines = Exam `{ $exam }` ended { $ended }: the catalog is due by { $catalog_due } ({ $catalog_status }), the electronic entry by { $entry_due } ({ $entry_status }).
catalog-due-done = done { $at }
catalog-due-late = done late, { $at }
catalog-due-pending = pending
catalog-due-overdue = overdue

# SC-8: admission to the exam room

catalog-admission-header = Admission (SC-8)
catalog-admitted = { $student }: admitted
catalog-not-admitted = { $student }: not admitted — { $reasons }
catalog-card-other-year = the student card is stamped for { $stamped }, not for the current year { $year }
catalog-no-card = no student card
catalog-no-identity-document = no { $accepted } besides the student card
catalog-identity-expired = every identity document shown expired before the exam day { $exam_day }
catalog-no-identity-document-alone = no { $accepted }
catalog-no-document = no { $document }
catalog-document-expired = the { $document } expired before the exam day { $exam_day }
catalog-no-alternative = the policy names no documents that admit a student
catalog-alternative-missing = with { $alternative }: { $missing }
catalog-shows-card = a student card stamped for { $year }
catalog-shows-identity-document = an identity document
catalog-shows-identity-card = an identity card
catalog-shows-passport = a passport
catalog-shows-driving-licence = a driving licence
catalog-and = { $first } and { $second }
catalog-or = { $first } or { $second }
catalog-id-identity-card = identity card
catalog-id-passport = passport
catalog-id-driving-licence = driving licence
catalog-id-other = other document
catalog-admission-step = { $student } shows { $shown }: admitted.
catalog-not-admitted-step = { $student } is not admitted: { $reasons }.

# SC-9: the open session

catalog-open-session-header = Open session (SC-9)
catalog-open-session-eligible = { $student } — { $course }: may sit the exam in the open session
catalog-open-session-not-eligible = { $student } — { $course }: not eligible — { $reasons }
catalog-not-before = not before { $date }
catalog-date-too-early = the agreed date is too early
catalog-open-session-trainee = { $category } qualify when at sea more than { $months ->
    [one] { $months } month
   *[other] { $months } months
} of the semester or during the session; neither holds
catalog-open-session-ifr-no-voyage = { $category } qualify by voyages during the session; none is given
catalog-open-session-no-documents = the voyages during the session are not proven by documents
catalog-open-session-not-granted = the open session is only for the categories the policy grants it to — { $categories } — and `{ $category }` is not one of them
catalog-open-session-no-request = the student has not asked for it in writing
catalog-open-session-no-proof = the proof `{ $document }` is not among the documents shown
catalog-open-session-sat = { $student } sat { $course } in the normal session, which removes the open session for that course
catalog-open-session-criteria = the course coordinator has not found the syllabus' competence criteria met
catalog-open-session-may = { $student } may sit { $course } in the open session.
catalog-open-session-may-not = { $student } may not sit { $course } in the open session: { $reasons }.
catalog-open-session-earliest = The exam is held at least { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the Dean's office checked the plan: not before { $earliest }.
catalog-open-session-date-ok = The exam is held at least { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the Dean's office checked the plan: not before { $earliest }. The agreed date { $date } respects it.
catalog-open-session-date-early = The exam is held at least { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the Dean's office checked the plan: not before { $earliest }. The agreed date { $date } is too early.
catalog-examined-together = { $course }: { $students } examined together
catalog-examined-together-from = { $course }: { $students } examined together, from { $date }

# SC-2: the retake sessions

catalog-retake-header = Retake sessions (SC-2)
catalog-retake-september = the retake session
catalog-retake-before-final = the retake session before the final exams
catalog-retake-may = { $student } may sit { $course } in { $session }
catalog-retake-may-not = { $student } may not sit { $course } in { $session }: { $reasons }
catalog-retake-passed = { $student } has passed { $course }: a retake session is for restanțieri
catalog-retake-outside-period = the session from { $from } to { $to } is not within a retake period for the student: { $periods }
catalog-retake-too-many-credits = the student's outstanding courses carry { $credits } credits; this session is for at most { $max }
catalog-retake-over-cap = the student already has { $max } retakes granted in this session, the most a student may sit in one
catalog-retake-period = { $from }..{ $to }{ $whom }
catalog-retake-for-final = {" "}(final years)
catalog-retake-for-others = {" "}(other years)
catalog-retake-for-all = {""}
catalog-retake-final-year = it is for final-year students
catalog-retake-no-request = it is held at the students' request, and there is none
catalog-retake-conditions = the student does not meet the conditions for the final exam
catalog-retake-ends-late = it ends on { $to }, not before the final exam starts on { $start }
catalog-retake-no-final-exam-date = the final exam's first day is not given

# CA-1..CA-6: the printed catalog (HTML) and the CSV export

catalog-kind-current-year = current-year catalog
catalog-kind-retake = retake catalog
catalog-kind-differences = differences catalog
catalog-form-full-time = full-time (IF)
catalog-form-reduced-attendance = reduced attendance (IFR)
catalog-csv-heading = nr,student,name,recognised
catalog-csv-session-heading = session_{ $k },date_{ $k },mark_{ $k },in_words_{ $k },signatures_{ $k },struck_{ $k },improvements_{ $k }
catalog-csv-annulled = { $mark } (annulled, GR-11)
catalog-csv-improvement = { $before } → improvement { $result } ({ $session }, { $date }): { $stands } stands
catalog-html-title = Catalog { $id } — { $course }
catalog-html-heading = CATALOG
catalog-html-heading-supplementary = SUPPLEMENTARY CATALOG
catalog-html-programme = Programme
catalog-html-year = Academic year
catalog-html-course = Course
catalog-html-series = Series / group
catalog-html-study-form = Study form
catalog-html-kind = Kind of catalog
catalog-html-holder = Course holder
catalog-html-number = Catalog no.
catalog-html-attached = Attached to catalog no. { $original } (CA-2).
catalog-html-nr = No.
catalog-html-name = Surname, father's initial, first name
catalog-html-recognised = Recognised grade
catalog-html-session = Session { $k }
catalog-html-unsigned = — unsigned —
catalog-html-annulled = annulled by { $by } on { $date }: { $reason }
catalog-html-annulled-retake = annulled by { $by } on { $date }: { $reason }; exam to be held again
catalog-html-improvement = → improvement { $result } ({ $session }, { $date })
catalog-html-stands = grade { $stands } stands (GR-14)
catalog-html-dean = Dean
catalog-html-secretary = Secretary
catalog-line = Catalog { $id }
catalog-supplementary-line = Supplementary catalog { $id }, attached to { $first } (CA-2)

# CA-2..CA-6, GR-10, GR-11, GR-13, GR-14, SC-7: refusals

catalog-refused-unknown-student = student `{ $student }` is not on catalog `{ $catalog }`
catalog-refused-unknown-exam = exam `{ $exam }` is not recorded in catalog `{ $catalog }`
catalog-refused-not-exam-day = exam `{ $exam }` is on { $exam_day }; a grade is entered on the exam day only, not on { $at } (CA-4)
catalog-refused-not-authorised = { $by } may not { $action }: { $why }
catalog-refused-row-full = student `{ $student }` has all { $columns } session columns filled; print a supplementary catalog for them (CA-2)
catalog-refused-row-not-full = student `{ $student }` has { $used } of { $columns } columns filled: no supplementary catalog is needed (CA-2)
catalog-refused-already-entered = student `{ $student }` already has a grade for exam `{ $exam }` (column { $column }); change it by a correction (CA-6)
catalog-refused-recognised = student `{ $student }` has a recognised grade { $grade }; it is not examined again (CA-3)
catalog-refused-no-entry = student `{ $student }` has no entry in column { $column }
catalog-refused-no-change = student `{ $student }`, column { $column }: the correction writes the value already there ({ $mark })
catalog-refused-unknown-signer = { $signer } is not among those who sign exam `{ $exam }`'s grades ({ $expected })
catalog-refused-already-signed = { $signer } already signed student `{ $student }`'s column { $column }
catalog-refused-out-of-order = event at { $at } is dated before the last event ({ $last }); the history only grows
catalog-improve-empty = { $student } has no entry in column { $column }: there is no grade to improve
catalog-improve-annulled = { $student }'s column { $column } was annulled (GR-11): an annulled result is not improved
catalog-improve-not-passed = { $student }'s column { $column } holds { $mark }, not a passing grade (at least { $pass }): only the grade of a course passed is improved (GR-13)
catalog-improve-same-exam = `{ $exam }` is the exam that gave { $student }'s column { $column }: an improvement is another, later exam
catalog-improve-not-after = `{ $exam }` is on { $date }, not after the exam day of { $student }'s column { $column } ({ $exam_day }): an improvement exam follows the exam whose grade it improves
catalog-improve-again = { $student }'s column { $column } already holds the result of the improvement exam `{ $exam }`: an exam's result is recorded once
catalog-improve-none = { $student }'s column { $column } has no improvement at `{ $exam }` to sign
catalog-action-correct = correct { $student }'s column { $column }
catalog-action-annul = annul { $student }'s column { $column }
catalog-action-technical-failure = record a technical failure of { $student } in `{ $exam }`
catalog-action-enter = enter grades of exam `{ $exam }`
catalog-why-holder-corrects = only the course holder, { $holder }, corrects a grade (CA-6)
catalog-why-dean-annuls = only the Dean, { $dean }, annuls a result obtained by fraud (GR-11)
catalog-why-committee-records = a member of the exam's committee records it (GR-10)
catalog-why-not-delegated = the assistant grades only if the holder delegates it (SC-7), and { $holder } did not
catalog-why-holder-enters = grades are written by the course holder, { $holder } (CA-4)
catalog-why-committee-enters = grades are written by a member of the committee the Dean named
