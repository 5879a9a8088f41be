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
