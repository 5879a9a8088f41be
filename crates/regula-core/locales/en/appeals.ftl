# Results, catalog and appeal deadlines (AP-*, OX-2..OX-4, CA-7)

deadline-header = Deadlines of the { $form } exam that ended { $ended }
deadline-due = { $what }: by { $at } ({ $how }).
deadline-results = Results
deadline-platform = Platform
deadline-catalog = Catalog
deadline-electronic-entry = Electronic entry
deadline-student-register = Student register
deadline-how-face-to-face = { $hours } hours after the end of the exam day, { $day }
deadline-how-quiz = scored automatically by the platform when the quiz ends
deadline-how-open-questions = the teachers grade within { $hours } hours of the end
deadline-how-video = graded at the end of the verification
deadline-how-platform = grades on the platform within { $hours } hours after the evaluation
deadline-how-catalog = the completed catalog to the secretariat within { $hours } hours after the exam
deadline-how-electronic-entry = the secretary enters the grades within { $days } days after the catalog is due, to the end of { $day }
deadline-how-student-register = printed within { $days } days after the autumn session ended on { $ended }
deadline-papers-kept = The student may see the marked paper and how it was marked; the teacher keeps the papers until { $until } ({ $hours } hours after the exam, AP-1).
appeal-window-face-to-face = Appeals in writing at the Dean's office, once the results are known, until { $closes } ({ $hours } hours after the exam); a committee of specialists named by the Dean re-grades by the announced marking scheme and its decision is final.
appeal-window-face-to-face-announced = Appeals in writing at the Dean's office, once the results are known ({ $announced }), until { $closes } ({ $hours } hours after the exam); a committee of specialists named by the Dean re-grades by the announced marking scheme and its decision is final.
appeal-window-quiz = Appeals from the end of the quiz until { $closes } ({ $hours } hours), on technical grounds only, justified and proven; the regulation does not say who judges them.
appeal-window-open = Appeals from the announcement of the grades ({ $announced }) until { $closes } ({ $hours } hours after it){ $note }.
appeal-window-open-provisional = Appeals open when the grades are announced and close { $hours } hours later: at the latest { $closes }, if the grades come out on their deadline{ $note }.
appeal-window-video = Appeals online at the Dean's office until { $closes } ({ $hours } hours after the end), judged on the recordings by a committee of 3 teachers named by the Dean.
appeal-portfolio-note = ; a portfolio or project is verified like an open-question exam (§5.5.2.7(10))
# Admissibility of an appeal (AP-1..AP-4)
appeal-header = Appeal against the { $form } exam
appeal-admissible = admissible (window closes { $closes })
appeal-not-admissible = not admissible: { $reasons }
appeal-grounds-technical = technical
appeal-grounds-marking = marking
appeal-never-opened = The results were announced { $opens }, after the appeal window closed at { $closes }: the window never opened.
appeal-filed-on-time = Filed { $filed }, within the window from { $opens } to { $closes }.
appeal-filed-too-early = Filed { $filed }, before the window opened at { $opens }: too early.
appeal-filed-too-late = Filed { $filed }, after the window closed at { $closes }: too late.
appeal-quiz-technical-proven = Technical grounds, with proof: accepted for a quiz appeal.
appeal-quiz-technical-unproven = Technical grounds without proof: a quiz appeal must be justified and proven.
appeal-quiz-marking = Marking grounds: a quiz appeal is accepted on technical grounds only.
appeal-grounds-accepted = Grounds ({ $grounds }): accepted for the { $form } exam.
refusal-too-early = filed before the appeal window opened ({ $opens })
refusal-too-late = filed after the appeal window closed ({ $closed })
refusal-never-opened = the results were announced ({ $opens }) after the appeal window closed ({ $closed }): the regulation leaves no time to appeal, and the late results are a matter for the Dean
refusal-grounds = { $grounds } grounds are not accepted: a quiz appeal is on technical grounds only
refusal-unproven = technical grounds must be justified and proven
appeal-accepted-any = any grounds (technical or marking)
appeal-accepted-technical-only = technical grounds only
appeal-accepted-marking-only = marking grounds only
appeal-accepted-none = no grounds
appeal-window-quiz-policy = Appeals from the end of the quiz until { $closes } ({ $span }); the regulation does not say who judges them.
appeal-window-grounds = By the policy, an appeal against the { $form } exam is accepted on { $accepted }.
appeal-window-grounds-proven = By the policy, an appeal against the { $form } exam is accepted on { $accepted }; technical grounds must be justified and proven.
appeal-window-no-appeal = By the policy, no appeal is accepted against the { $form } exam.
appeal-grounds-policy-refused = Grounds ({ $grounds }): not accepted for the { $form } exam, whose appeals are on { $accepted }.
appeal-grounds-policy-unproven = Technical grounds without proof: an appeal against the { $form } exam must justify and prove them.
appeal-grounds-policy-proven = Technical grounds, with proof: accepted for the { $form } exam.
refusal-grounds-form = { $grounds } grounds are not accepted: an appeal against the { $form } exam is on { $accepted }
refusal-no-appeal = no appeal is accepted against the { $form } exam
# A deadline as the policy writes it: its amount, unit and moment (AP-*, OX-2..OX-4, CA-7)
deadline-span-hours = { $amount ->
    [one] 1 hour
   *[other] { $amount } hours
} after { $from }
deadline-span-calendar-days = { $amount ->
    [one] 1 calendar day
   *[other] { $amount } calendar days
} after { $from }, ending at 24:00 on { $day }
deadline-span-working-days = { $amount ->
    [one] 1 working day
   *[other] { $amount } working days
} after { $from }, ending at 24:00 on { $day }
moment-exam-end = the exam ended
moment-exam-day-end = the exam day ended
moment-grades-announced = the results were posted
moment-papers-viewed = the papers were viewed
moment-appeal-filed = the appeal was filed
moment-appeal-closes = the appeal window closed
moment-catalog-due = the catalog was due
moment-autumn-session-end = the autumn session ended
deadline-how-with-catalog = together with the catalog, by the same deadline
deadline-papers-kept-window = The student may see the marked paper and how it was marked; the teacher keeps the papers until { $until }, as long as the appeal window ({ $span }, AP-1).
deadline-papers-kept-span = The student may see the marked paper and how it was marked; the teacher keeps the papers until { $until } ({ $span }).
appeal-window-face-to-face-span = Appeals in writing at the Dean's office, once the results are known, until { $closes } ({ $span }); a committee of specialists named by the Dean re-grades by the announced marking scheme and its decision is final.
appeal-window-quiz-span = Appeals from the end of the quiz until { $closes } ({ $span }), on technical grounds only, justified and proven; the regulation does not say who judges them.
appeal-window-open-span = Appeals from the announcement of the grades until { $closes } ({ $span }){ $note }.
appeal-window-video-span = Appeals online at the Dean's office until { $closes } ({ $span }), judged on the recordings by a committee of 3 teachers named by the Dean.
appeal-span-provisional = at the latest, if the grades come out on their deadline: { $span }
appeal-decision-due = The appeal is decided by { $at } ({ $span }).
appeal-decision-due-latest = An appeal is decided by { $at } at the latest, for one filed as the window closes ({ $span }).
# The oral exam by video: who is connected, and its recording (OX-3, AP-4)
video-participant-student = the student
video-participant-committee = the committee's members
video-participant-holder = the course holder
video-sitting-valid = Connected as required ({ $required }): the sitting is valid.
video-sitting-invalid = Not connected: { $missing } (required: { $required }): the sitting is not valid.
video-recording-kept-window = The recording, on which an appeal is judged, is kept until the appeal window closes, { $until }.
video-recording-kept-span = The recording is kept until { $until } ({ $span }).
deadline-span-months = { $amount ->
    [one] 1 month
   *[other] { $amount } months
} after { $from }, ending at 24:00 on { $day }
