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
response-decided-under = Decided under policy { $policy }, in force from { $from }.
exam-form-face-to-face-written = face-to-face written
exam-form-face-to-face-oral = face-to-face oral
exam-form-online-quiz = online quiz
exam-form-online-open-questions = online open-question
exam-form-online-portfolio = online portfolio/project
exam-form-oral-by-video = oral-by-video

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

common-sentence = { $what }.
common-number = { $n }
common-date = { $date }
common-term = { $term }
common-mark = { $mark }
