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
policy-diff-head = „{ $command }” conform { $before }, apoi conform { $after }: { $changes ->
    [one] se schimbă o valoare:
    [few] se schimbă { $changes } valori:
   *[other] se schimbă { $changes } de valori:
}
policy-diff-unchanged = „{ $command }” conform { $before }, apoi conform { $after }: decizia nu se schimbă.
response-decided-under = Decizie luată conform politicii { $policy }, în vigoare de la { $from }.
exam-form-face-to-face-written = scris, față în față
exam-form-face-to-face-oral = oral, față în față
exam-form-online-quiz = test online
exam-form-online-open-questions = online, cu întrebări deschise
exam-form-online-portfolio = online, portofoliu/proiect
exam-form-oral-by-video = oral, prin videoconferință

common-sentence = { $what }.
