# Student counselling (CO-1..CO-6, the UTCN counselling centre's operational procedure)

counselling-role-study-counsellor = study counsellor (consilier de studii)
counselling-role-career-counsellor = career counsellor (consilier de carieră)
counselling-role-vice-dean = vice-dean for teaching (prodecan didactic)
counselling-role-centre = counselling centre (CCOC)
counselling-role-centre-director = director of the counselling centre (director CCOC)

counselling-action-submit-report = write and send a study counsellor's semester report
counselling-action-register-report = register a study counsellor's report
counselling-action-analyse-report = analyse a study counsellor's report
counselling-action-submit-summary = write and send the faculty's semester summary
counselling-action-register-summary = register a faculty's summary at the centre
counselling-action-verify-summary = verify a faculty's summary
counselling-action-approve-summary = approve a faculty's summary

# CO-1, CO-2: the organisation and the activities

counselling-holders-none = faculty `{ $faculty }` has no { $role }
counselling-holders-none-due = faculty `{ $faculty }` has no { $role }; one was due by { $due }
counselling-holders-few = faculty `{ $faculty }` has { $count ->
    [one] one holder
   *[other] { $count } holders
} of the role { $role }, fewer than the { $min } it needs
counselling-holders-many = faculty `{ $faculty }` has { $count ->
    [one] one holder
   *[other] { $count } holders
} of the role { $role }, more than the { $max } it may have
counselling-university-holders-none = the university has no { $role }
counselling-university-holders-none-due = the university has no { $role }; one was due by { $due }
counselling-university-holders-few = the university has { $count ->
    [one] one holder
   *[other] { $count } holders
} of the role { $role }, fewer than the { $min } it needs
counselling-university-holders-many = the university has { $count ->
    [one] one holder
   *[other] { $count } holders
} of the role { $role }, more than the { $max } it may have
counselling-holders-ratio = faculty `{ $faculty }` has { $students } students and { $count ->
    [one] one holder
   *[other] { $count } holders
} of the role { $role }: with at most { $per } students each it needs { $needed }
counselling-appointment-late = { $person } ({ $holder }) was appointed on { $on }, after the deadline of { $due }
counselling-appointment-undated = { $person } ({ $holder }) has no appointment date; the appointment was due by { $due }
counselling-activity-english = activity `{ $activity }` on { $date } was held in English without the international office's help
counselling-activity-french = activity `{ $activity }` on { $date } was held in French without the international office's help

# CO-3: the counselling hour

counselling-week-of = week of { $monday } ({ $held } h held of { $hours } h)
counselling-hours-missing = report `{ $report }`: the counselling hour ({ $hours } a week) was held in { $held } of { $weeks } teaching weeks; missing: { $missing }
counselling-hours-held = report `{ $report }`: the counselling hour ({ $hours } a week) was held in every one of the { $weeks } teaching weeks.

# CO-3..CO-6: the flow of documents

counselling-report-sent = { $by } sent report `{ $report }` of faculty `{ $faculty }` ({ $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
}) on { $when }.
counselling-report-registered = { $by } registered report `{ $report }` on { $when }.
counselling-report-analysed = { $by } analysed report `{ $report }` with { $vice_dean } on { $when }.
counselling-report-analysed-alone = { $by } analysed report `{ $report }` alone on { $when }.
counselling-summary-sent = { $by } sent the summary of faculty `{ $faculty }` to the counselling centre on { $when }.
counselling-summary-registered = { $by } registered the summary of faculty `{ $faculty }` on { $when }.
counselling-summary-verified = { $by } verified the summary of faculty `{ $faculty }` on { $when }.
counselling-summary-approved = { $by } approved the summary of faculty `{ $faculty }` on { $when }.
counselling-matrix = The matrix gives this step to the { $role }; { $by } holds that role.
counselling-missing = { $faculty } — { $document }: { $step } (due { $due })
counselling-missing-overdue = { $faculty } — { $document }: { $step } (due { $due }, overdue)
counselling-complete = The semester's counselling file is complete.
counselling-not-complete = The semester's counselling file is not complete.
counselling-still-to-do = Still to do: { $what }.
counselling-semester = semester { $number } of { $year }, { $from } – { $to }
counselling-file = Counselling file of { $semester } — { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} in the history
counselling-faculty-figures = Faculty { $faculty }: { $activities } activities, { $attendances } attendances, { $students } students ({ $reports } reports)
counselling-university-figures = University ({ $registered } of { $faculties } faculty summaries registered): { $activities } activities, { $attendances } attendances, { $students } students

# CO-4: the attendance lists (CSV)

counselling-csv-heading = faculty,report,counsellor,activity,date,form,channel,occasion,language,student,level
counselling-form-individual = individual
counselling-form-group = group
counselling-channel-in-person = in person
counselling-channel-phone = by phone
counselling-channel-escouniv = on ESCOUNIV
counselling-channel-email = by e-mail
counselling-channel-faculty-website = on the faculty website
counselling-channel-student-groups = in the student groups
counselling-occasion-hour = counselling hour
counselling-occasion-ad-hoc = when information arises
counselling-language-ro = Romanian
counselling-language-en = English
counselling-language-fr = French
counselling-level-bachelor = bachelor
counselling-level-master = master

# CO-6: refusals

counselling-role = { $role }
counselling-role-of = { $role } of `{ $faculty }`
counselling-action-of = { $action } of faculty `{ $faculty }`
counselling-not-responsible = { $person } ({ $roles }) may not { $action }: CO-6 gives it to { $allowed }
counselling-refused = refused, nothing recorded: { $reason }
