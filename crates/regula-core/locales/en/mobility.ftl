# Erasmus+ mobility (MO-1..MO-12, the ITP Erasmus+ student mobility regulation)

mobility-kind-study = study
mobility-kind-training = training

mobility-doc-candidate-form = candidate form
mobility-doc-transcript = transcript
mobility-doc-no-earlier-mobility = declaration of no earlier mobility
mobility-doc-europass-cv = Europass CV
mobility-doc-letter-of-intent = letter of intent
mobility-doc-recommendation = recommendation of the programme coordinator
mobility-doc-identity-card = identity card copy
mobility-doc-language-certificate = language certificate
mobility-doc-scientific-activity = proof of scientific activity
mobility-doc-social-activity = proof of social activity

# MO-5, MO-6, MO-7: the call and the committee

mobility-committee-not-named = the committee is not named by the Rector
mobility-committee-too-small = the committee has { $members ->
    [one] { $members } member
   *[other] { $members } members
}; it needs at least { $min }
mobility-committee-no-student = no member is a student named by the students' organisation
mobility-committee-student-candidate = student member { $member } is also a candidate
mobility-committee-no-field = member { $member } represents no field
mobility-committee-same-field = members { $members } all represent `{ $field }`; the members come from different fields
mobility-committee-no-declaration = { $member } has not signed the conflict-of-interest declaration
mobility-committee-family-tie = { $member } has a family tie with candidate { $candidate }
mobility-committee-no-secretary = no secretary: the Erasmus+ coordinator is the committee's secretary
mobility-call-no-kind = the call offers no kind of mobility
mobility-call-no-fields = the call states no places per field
mobility-call-field-twice = field `{ $field }` is listed twice
mobility-call-field-no-place = field `{ $field }` offers no place
mobility-call-no-conditions = the call states no conditions
mobility-call-document-missing = the call does not list the { $document } a { $kind } dossier needs
mobility-call-deadline-not-after = the deadline { $deadline } is not after the publication on { $published }
mobility-call-not-on-website = the call is not published on the website
mobility-call-not-on-boards = the call is not published on the notice boards
mobility-call-points-not-published = the points system is not published with the call

# MO-1, MO-2, MO-3: eligibility

mobility-eligible = { $applicant } is eligible for a { $kind } mobility
mobility-not-eligible = { $applicant } is not (yet) eligible for a { $kind } mobility:
mobility-condition-pending = pending
mobility-condition-failed = failed
mobility-condition = { $condition }: { $reason }
mobility-active = enrolled for the mobility semester with a signed study contract
mobility-not-enrolled = not enrolled for the mobility semester
mobility-no-study-contract = the study contract of the mobility semester is not signed
mobility-not-enrolled-no-contract = not enrolled for the mobility semester and no signed study contract
mobility-extension-year = students in an extension year cannot apply
mobility-no-extension-year = not in an extension year
mobility-semesters = { $completed ->
    [one] { $completed } semester
   *[other] { $completed } semesters
} completed, at least { $min } required
mobility-credits = { $earned } of the { $due ->
    [one] { $due } credit
   *[other] { $due } credits
} due earned
mobility-citizen-romanian = Romanian citizen
mobility-citizen-eu-valid = EU citizen with a Romanian registration certificate valid until { $until }
mobility-citizen-eu-expired = EU citizen whose Romanian registration certificate expired on { $until } (checked on { $on })
mobility-citizen-eu-no-certificate = EU citizen without a Romanian registration or residence certificate
mobility-citizen-other = neither a Romanian nor an EU citizen with a Romanian registration certificate
mobility-language-exempt = no language level is asked where the language is `{ $language }`
mobility-language-met = `{ $language }` at { $level }, at least { $min } required
mobility-language-below = `{ $language }` at { $level }, below the { $min } required
mobility-language-dean-test = no proof of `{ $language }` at { $min }: the Dean arranges a language test (MO-3)
mobility-language-no-proof = no proof of `{ $language }` at { $min }
mobility-plan-fits = the plan abroad fits the home study plan
mobility-plan-prolongs = the plan abroad does not fit the home study plan (the studies would be prolonged)
mobility-training-fits = the training fits the study plan without interrupting the study year
mobility-training-interrupts = the training would interrupt or repeat the study year
mobility-earlier = already had an Erasmus+ { $kind } mobility
mobility-no-earlier = no earlier Erasmus+ { $kind } mobility
mobility-committee-condition = { $description }: { $met }
mobility-cycle-bachelor = bachelor's
mobility-cycle-master = master's
mobility-cycle-doctorate = doctoral
mobility-months-left = { $used ->
    [one] { $used } month
   *[other] { $used } months
} of the { $budget } of the { $cycle } cycle used: eligible for up to { $left ->
    [one] { $left } more month
   *[other] { $left } more months
}
mobility-months-asked-fit = { $asked ->
    [one] { $asked } month
   *[other] { $asked } months
} asked; { $used } of the { $budget } months of the { $cycle } cycle used, so up to { $left } more remain
mobility-months-asked-too-many = { $asked ->
    [one] { $asked } month
   *[other] { $asked } months
} asked, but { $used } of the { $budget } months of the { $cycle } cycle are used: only { $left } remain
mobility-months-too-few-left = { $used } of the { $budget } months of the { $cycle } cycle used: { $left ->
    [one] { $left } remains
   *[other] { $left } remain
}, fewer than the shortest mobility of { $min } months

# MO-3, MO-4: the dossier

mobility-dossier-complete = Dossier of { $applicant }: complete
mobility-dossier-incomplete = Dossier of { $applicant }: incomplete, can be completed until { $deadline }
mobility-dossier-not-considered = Dossier of { $applicant }: not considered (MO-4), the deadline { $deadline } passed
mobility-defect = { $document }: { $detail }
mobility-recommended-missing = Recommended, not handed in: { $documents }
mobility-note = Note: { $note }
mobility-no-certificate-asked = No language certificate is asked where the language is `{ $language }`.
mobility-dean-tests-language = no language certificate for `{ $language }`: the Dean arranges a language test (MO-3)
mobility-defect-late = handed in on { $at }, after the deadline { $deadline }
mobility-defect-missing = not handed in
mobility-defect-unsigned = not signed
mobility-defect-data-missing = data missing
mobility-defect-language = in `{ $language }`, asked in `{ $wanted }`
mobility-defect-language-unknown = its language is not given; asked in `{ $wanted }`
mobility-defect-too-long = { $characters ->
    [one] { $characters } character
   *[other] { $characters } characters
}, at most { $max } allowed
mobility-letter-length = The letter of intent has { $characters ->
    [one] { $characters } character
   *[other] { $characters } characters
}, at most { $max }.
mobility-letter-length-unknown = the letter of intent's length was not given, so it was not checked
mobility-defect-step = { $document }: { $detail }.
mobility-dossier-step-complete = Every needed document is in, in time.
mobility-dossier-step-incomplete = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}; the dossier can be completed until { $deadline }.
mobility-dossier-step-not-considered = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
} at the deadline { $deadline }: the application is not considered.

# MO-7, MO-8: selection

mobility-selection-header = Selection: { $awards }
mobility-procedure-valid = The call, the committee and the minutes break no rule.
mobility-field-header = { $field } — { $places ->
    [one] { $places } place
   *[other] { $places } places
}, { $selected } selected
mobility-outcome-confirmed = selected, { $award } { $confirmed }
mobility-confirmed-feminine = confirmed
mobility-confirmed-masculine = confirmed
mobility-outcome-provisional = selected, provisional (waiting for { $waiting })
mobility-outcome-reserve = reserve { $position }
mobility-outcome-not-selected = not selected
mobility-excluded = excluded: { $reasons }
mobility-exclusion-given = { $reason }
mobility-excluded-kind = the call offers no { $kind } mobility
mobility-excluded-condition = { $rule } { $condition }: { $reason }
mobility-excluded-document = MO-4 { $document }: { $detail }
mobility-not-ranked = { $candidate } is not ranked in `{ $field }`: { $reasons }.
mobility-field-ranked = Field `{ $field }`: { $ranked } ranked for { $places ->
    [one] { $places } place
   *[other] { $places } places
} by points, ties broken by { $tie_break }; selected: { $selected }.
mobility-awaited-enrolment-proof = the host's proof of enrolment
mobility-awaited-learning-agreement = the signed learning agreement
mobility-awaited-funding = the institution's funding
mobility-grant-confirmed = { $candidate }: { $the_award } is { $confirmed }.
mobility-grant-provisional = { $candidate }: the decision is provisional, waiting for { $waiting }.
mobility-minutes-missing-part = the minutes do not give { $part }
mobility-minutes-composition = the committee's composition
mobility-minutes-criteria = the selection criteria
mobility-minutes-applications = the applications submitted
mobility-minutes-results = the results of the evaluation
mobility-minutes-unsigned = { $member } has not signed the minutes
mobility-minutes-not-member = { $signer } signed the minutes but is not a member of the committee
mobility-minutes-no-majority = no simple majority: { $in_favour } in favour, { $against } against, { $abstentions } abstentions
mobility-minutes-no-countersignature = the Rector has not countersigned the decision

# MO-9..MO-12: the mobility's calendar

mobility-due-debt-clearance = clearance of debts
mobility-due-financing-contract = financing contract
mobility-due-grant-payment = grant payment
mobility-due-learning-agreement = learning agreement
mobility-due-agreement-changes = changes to the learning agreement
mobility-due-enrolment-certificate = enrolment certificate
mobility-due-attendance-certificate = attendance certificate
mobility-due-final-report = final report
mobility-due-transcript = transcript of records
mobility-due-ects-proof = proof of ECTS credits
mobility-due-europass = Europass Mobility
mobility-calendar-header = Mobility of { $duration } — as of { $today }
mobility-advice = Advice: { $advice }
mobility-deadline-line = { $document }: { $when }; { $status } — { $rule }: { $basis }
mobility-grant-period-starts = Grant period starts (MO-9): { $start }
mobility-grant-period-waits = Grant period (MO-9): not before the learning agreement and the financing contract are signed
mobility-open-debts = Open debts (MO-12): { $debts }
mobility-due-by = due by { $date }
mobility-not-before = not before { $date }
mobility-no-date = no date
mobility-status-done = done on { $on }
mobility-status-out-of-time = done on { $on }, OUT OF TIME
mobility-status-pending = pending
mobility-status-overdue = OVERDUE by { $days ->
    [one] { $days } day
   *[other] { $days } days
}
mobility-duration = { $months ->
    [one] { $months } month
   *[other] { $months } months
} { $days ->
    [one] { $days } day
   *[other] { $days } days
}
mobility-too-short = a { $kind } mobility lasts at least { $min ->
    [one] { $min } month
   *[other] { $min } months
}: from { $departure } it must last until { $shortest }, not { $return }
mobility-too-long = a mobility lasts at most { $max ->
    [one] { $max } month
   *[other] { $max } months
}: from { $departure } it must end by { $longest }, not { $return }
mobility-month = { $month } { $year }
mobility-training-season = a training mobility is best done in the summer months ({ $recommended }); this one also runs in { $outside }
mobility-duration-within = The mobility lasts { $duration } (from { $departure } to { $return }), within { $min } to { $max } months.
mobility-duration-breaks = The mobility lasts { $duration } (from { $departure } to { $return }): { $violations }.
mobility-basis-debts = every debt settled before the departure on { $departure }
mobility-basis-working-days-before = { $days ->
    [one] { $days } working day
   *[other] { $days } working days
} before the departure on { $departure }
mobility-basis-days-before = no earlier than { $days ->
    [one] { $days } day
   *[other] { $days } days
} before the departure on { $departure }
mobility-basis-signed-before = signed before the departure on { $departure }
mobility-basis-agreement-after = not signed before departure: the original within { $days ->
    [one] { $days } day
   *[other] { $days } days
} after { $departure }
mobility-basis-changes = if any, within { $months ->
    [one] { $months } month
   *[other] { $months } months
} after the departure on { $departure }
mobility-basis-days-after = within { $days ->
    [one] { $days } day
   *[other] { $days } days
} after the departure on { $departure }
mobility-basis-working-days-after = within { $days ->
    [one] { $days } working day
   *[other] { $days } working days
} after the return on { $return }
mobility-basis-after-return = after the return on { $return }, by the date the Erasmus+ coordinator sets
mobility-after-return = Due after a { $kind } mobility: { $documents }.
mobility-deadline-step = { $document }: { $when } ({ $basis }); { $status }.
mobility-debt-amount = { $debt } ({ $amount })
mobility-debt = { $debt }
mobility-debt-settled-late = { $debt } (settled only on { $settled }, not before departure)
mobility-debts-open = Not settled before departure: { $debts }.
mobility-grant-starts-after-departure = The grant period starts on { $start }, when the learning agreement and the financing contract are both signed, after the departure on { $departure }.
mobility-grant-starts = The grant period starts on { $start }: the learning agreement and the financing contract are signed.
mobility-grant-cannot-start = The grant period cannot start until the learning agreement and the financing contract are both signed.
