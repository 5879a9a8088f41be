# The ranking engine (MO-7 for Erasmus+ selection, and any ranked selection: scholarships)

ranking-below-minimum = `{ $criterion }` { $value }, below the minimum of { $minimum }
ranking-criterion-assessed = { $criterion } { $value } × { $weight }
ranking-criterion-step = { $criterion } { $raw } → { $value } × { $weight }
ranking-criterion-not-assessed = { $criterion } not assessed
ranking-score = { $candidate } has { $total ->
    [one] { $total } point
   *[other] { $total } points
}: { $terms }.
ranking-nobody = nobody
ranking-tie-higher = the higher `{ $criterion }`
ranking-tie-earlier = the earlier complete dossier
ranking-tie-id = the candidate id
ranking-not-ranked = { $candidate } is not ranked: { $reasons }.
ranking-ranked = { $ranked } ranked for { $places ->
    [one] { $places } place
   *[other] { $places } places
} by points, ties broken by { $tie_break }; selected: { $selected }.
