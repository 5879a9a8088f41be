# Cuvinte comune ale deciziilor Regula, în limba regulamentelor.
# Număr cu formă de plural: { $n -> [one] ... [few] ... *[other] ... de ... }.

rounding-half-up = la jumătate în sus
rounding-half-even = la jumătate spre par
rounding-down = în jos
rounding-up = în sus
condition-met = îndeplinită
condition-not-met = neîndeplinită
score-absent = absent
policy-applied = politica { $policy }, în vigoare de la { $from }
response-why = Motivare:
response-decided-under = Decizie luată conform politicii { $policy }, în vigoare de la { $from }.
exam-form-face-to-face-written = scris, față în față
exam-form-face-to-face-oral = oral, față în față
exam-form-online-quiz = test online
exam-form-online-open-questions = online, cu întrebări deschise
exam-form-online-portfolio = online, portofoliu/proiect
exam-form-oral-by-video = oral, prin videoconferință

month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

common-sentence = { $what }.
common-number = { $n }
common-date = { $date }
common-term = { $term }
common-mark = { $mark }
