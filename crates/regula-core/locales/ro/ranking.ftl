# Motorul de clasament (MO-7 pentru selecția Erasmus+ și orice selecție prin clasament: burse)

ranking-below-minimum = „{ $criterion }” { $value }, sub minimul de { $minimum }
ranking-criterion-assessed = { $criterion } { $value } × { $weight }
ranking-criterion-step = { $criterion } { $raw } → { $value } × { $weight }
ranking-criterion-not-assessed = { $criterion } neevaluat
ranking-score = { $candidate } are { $total ->
    [one] un punct
    [few] { $total } puncte
   *[other] { $total } de puncte
}: { $terms }.
ranking-nobody = nimeni
ranking-tie-higher = valoarea mai mare la „{ $criterion }”
ranking-tie-earlier = dosarul complet mai devreme
ranking-tie-id = identificatorul candidatului
ranking-not-ranked = { $candidate } nu este clasat(ă): { $reasons }.
ranking-ranked = { $ranked ->
    [one] Un candidat clasat
    [few] { $ranked } candidați clasați
   *[other] { $ranked } de candidați clasați
} pentru { $places ->
    [one] un loc
    [few] { $places } locuri
   *[other] { $places } de locuri
} după punctaj, la egalitate decide { $tie_break }; selectați: { $selected }.
