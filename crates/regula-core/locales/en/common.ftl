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
