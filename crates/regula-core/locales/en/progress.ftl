# PR-1..PR-7: a student's progress
progress-result-admis = admis
progress-result-respins = respins
progress-result = { $result }
progress-none = none
progress-measure-credits-year = credits earned in the year
progress-measure-credits-total = credits earned over the years
progress-measure-failed-credits-year = credits failed in the year
progress-measure-failed-credits-total = outstanding credits over the years
progress-measure-failed-courses-year = courses failed in the year
progress-measure-failed-courses-total = outstanding courses over the years
progress-measure-credit-points-year = credit points of the year
progress-compare-below = { $measure } { $value } below { $limit }
progress-compare-at-most = { $measure } { $value } at most { $limit }
progress-compare-above = { $measure } { $value } above { $limit }
progress-compare-at-least = { $measure } { $value } at least { $limit }
progress-outcome-exmatriculated = exmatriculated
progress-outcome-repeat = repeats the year
progress-outcome-additional-year = an additional year
progress-outcome-promoted = promoted to the next year
progress-outcome-completed = the final year completed
progress-ledger = The ledger of { $student }: { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}, year { $year } of { $years } closed at the end of { $closing }.
progress-tally = Credits earned: { $credits_year } in the year, { $credits_total } over the years; outstanding: { $failed_year } in the year, { $failed_total } over the years ({ $outstanding }).
progress-credit-points = Credit points of the year: Σ(grade × credits) over the passed courses = { $points }.
progress-credit-index = Credit index = credit points / { $divisor } = { $points } / { $divisor } = { $index }.
progress-decided = { $student }, year { $year }: { $conditions } (row { $row } of the table): { $outcome }.
progress-decided-default = { $student }, year { $year }: no earlier row of the table holds (row { $row }): { $outcome }.
progress-decided-default-outstanding = { $student }, year { $year }: no earlier row of the table holds (row { $row }): { $outcome }, with { $outstanding ->
    [one] { $outstanding } outstanding course
   *[other] { $outstanding } outstanding courses
}.
progress-line = { $student }, year { $year }: { $outcome }; { $credits } credits over the years, { $outstanding } outstanding { $outstanding ->
    [one] course
   *[other] courses
}; { $average }
progress-line-average = average { $average }
progress-line-no-average = no average
progress-not-integralist = courses outstanding ({ $courses })
progress-not-budget-funded = not on a budget-funded place
progress-below-minimum-average = average { $average } below the minimum { $minimum }
progress-no-average = no average
progress-ranking-year = { $student }: average { $average }, credit points { $points }, { $outstanding ->
    [one] { $outstanding } outstanding course
   *[other] { $outstanding } outstanding courses
}.
progress-awarded = { $award }: { $count } awarded ({ $students }).
progress-rank-place = { $award }
progress-rank-reserve = reserve list, position { $position }
progress-rank-not-selected = not selected
progress-rank-line = { $rank }. { $student }: { $total } — { $standing }
progress-rank-excluded = { $student }: not ranked — { $reasons }
