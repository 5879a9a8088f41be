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
