# Words shared by Regula's decisions.

rounding-half-up = half-up
rounding-half-even = half-even
rounding-down = down
rounding-up = up
condition-met = met
condition-not-met = not met
score-absent = absent
policy-applied = policy { $policy }, in force from { $from }
response-why = Why:
policy-diff-head = `{ $command }` under { $before }, then under { $after }: { $changes ->
    [one] one value changes:
   *[other] { $changes } values change:
}
policy-diff-unchanged = `{ $command }` under { $before }, then under { $after }: the decision does not change.
response-decided-under = Decided under policy { $policy }, in force from { $from }.
exam-form-face-to-face-written = face-to-face written
exam-form-face-to-face-oral = face-to-face oral
exam-form-online-quiz = online quiz
exam-form-online-open-questions = online open-question
exam-form-online-portfolio = online portfolio/project
exam-form-oral-by-video = oral-by-video

common-sentence = { $what }.
