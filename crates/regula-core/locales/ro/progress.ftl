# PR-1..PR-7: situația școlară
progress-result-admis = admis
progress-result-respins = respins
progress-result = { $result }
progress-none = niciuna
progress-measure-credits-year = creditele obținute în an
progress-measure-credits-total = creditele obținute în anii de studiu
progress-measure-failed-credits-year = creditele nepromovate în an
progress-measure-failed-credits-total = creditele restante din anii de studiu
progress-measure-failed-courses-year = disciplinele nepromovate în an
progress-measure-failed-courses-total = disciplinele restante din anii de studiu
progress-measure-credit-points-year = punctajul (creditele-puncte) anului
progress-compare-below = { $measure }: { $value }, sub { $limit }
progress-compare-at-most = { $measure }: { $value }, cel mult { $limit }
progress-compare-above = { $measure }: { $value }, peste { $limit }
progress-compare-at-least = { $measure }: { $value }, cel puțin { $limit }
progress-outcome-exmatriculated = exmatriculat
progress-outcome-repeat = repetă anul
progress-outcome-additional-year = an suplimentar
progress-outcome-promoted = promovat în anul următor
progress-outcome-completed = anul terminal încheiat
progress-ledger = Situația școlară a studentului { $student }: { $lines ->
    [one] { $lines } înregistrare
    [few] { $lines } înregistrări
   *[other] { $lines } de înregistrări
}, anul { $year } din { $years }, încheiat la sfârșitul anului universitar { $closing }.
progress-tally = Credite obținute: { $credits_year } în an, { $credits_total } în anii de studiu; restante: { $failed_year } în an, { $failed_total } în anii de studiu ({ $outstanding }).
progress-credit-points = Punctajul anului: Σ(notă × credite) la disciplinele promovate = { $points }.
progress-credit-index = Indicele de credit = punctajul / { $divisor } = { $points } / { $divisor } = { $index }.
progress-decided = { $student }, anul { $year }: { $conditions } (rândul { $row } al tabelului): { $outcome }.
progress-decided-default = { $student }, anul { $year }: niciun rând anterior al tabelului nu se aplică (rândul { $row }): { $outcome }.
progress-decided-default-outstanding = { $student }, anul { $year }: niciun rând anterior al tabelului nu se aplică (rândul { $row }): { $outcome }, cu { $outstanding ->
    [one] { $outstanding } disciplină restantă
    [few] { $outstanding } discipline restante
   *[other] { $outstanding } de discipline restante
}.
progress-line = { $student }, anul { $year }: { $outcome }; { $credits } credite în anii de studiu, { $outstanding ->
    [one] { $outstanding } restanță
    [few] { $outstanding } restanțe
   *[other] { $outstanding } de restanțe
}; { $average }
progress-line-average = media { $average }
progress-line-no-average = fără medie
progress-not-integralist = are restanțe ({ $courses })
progress-not-budget-funded = nu ocupă un loc bugetat
progress-below-minimum-average = media { $average } este sub minimul de { $minimum }
progress-no-average = nu are medie
progress-ranking-year = { $student }: media { $average }, punctajul { $points }, { $outstanding ->
    [one] { $outstanding } restanță
    [few] { $outstanding } restanțe
   *[other] { $outstanding } de restanțe
}.
progress-awarded = { $award }: { $count ->
    [one] { $count } acordată
   *[other] { $count } acordate
} ({ $students }).
progress-rank-place = { $award }
progress-rank-reserve = lista de rezervă, poziția { $position }
progress-rank-not-selected = neselectat
progress-rank-line = { $rank }. { $student }: { $total } — { $standing }
progress-rank-excluded = { $student }: neclasat — { $reasons }
