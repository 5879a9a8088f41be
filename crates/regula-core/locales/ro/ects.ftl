# Recunoașterea creditelor ECTS (EC-1..EC-13, Regulamentul Erasmus+ al ITP)

ects-no-credits = niciun
ects-no-grade = nicio notă
ects-no-passing-grade = nicio notă de promovare

# EC-4..EC-12: verificarea unui plan de recunoaștere

ects-host-unknown = disciplina „{ $host }” de la instituția gazdă nu figurează în situația școlară
ects-host-twice = disciplina „{ $host }” de la instituția gazdă este folosită de două ori
ects-host-not-passed = disciplina „{ $host }” de la instituția gazdă nu a fost promovată și nu poate fi recunoscută
ects-grade-differs = disciplina „{ $host }”: nota { $grade }, dar { $value } pe scala { $scale } se echivalează cu { $expected }
ects-not-in-agreement = „{ $host }” nu figurează în acordul de studiu: înlocuiește o disciplină a instituției de origine doar prin decizia CSC
ects-decided-by-csc = „{ $host }” este decisă de CSC și nu poate fi echivalată altfel
ects-match-below = „{ $host }” corespunde cu „{ $home }” în proporție de { $percent }%: sub { $threshold }%
ects-no-match-given = nu este dată corespondența fișelor disciplinelor „{ $host }” și „{ $home }”
ects-replacement-credits = „{ $host }”, care înlocuiește „{ $home }”, are { $credits } credite; disciplina instituției de origine are { $expected }
ects-no-csc-mapping = nicio decizie a CSC nu recunoaște „{ $host }” drept { $homes }
ects-credits-csc = „{ $host }” are { $credits } credite; CSC a decis { $expected }
ects-credits-extra = „{ $host }” are { $credits } credite; ca disciplină extracurriculară se așteaptă { $expected }
ects-no-csc-optional = nicio decizie a CSC nu recunoaște „{ $host }” drept disciplină opțională
ects-decided-otherwise = „{ $host }” este decisă altfel de CSC
ects-supplement-not-requested = „{ $host }” este trecută în Suplimentul la diplomă, unde o asemenea disciplină se trece numai la cererea scrisă a studentului, iar studentul nu a cerut-o
ects-left-out-automatic = „{ $host }” nu este trecută în Suplimentul la diplomă, unde o disciplină promovată care nu echivalează nicio disciplină se trece fără cerere
ects-left-out-requested = „{ $host }” nu este trecută în Suplimentul la diplomă, deși studentul a cerut-o în scris
ects-home-unknown = disciplina „{ $home }” nu figurează în planul de învățământ
ects-home-twice = disciplina „{ $home }” este recunoscută de două ori
ects-home-passed = disciplina „{ $home }” a fost deja promovată la instituția de origine

# EC-4..EC-11: propunerea planului

ects-csc-optional = o disciplină opțională a specializării
ects-csc-mapping = recunoscută drept { $homes }
ects-csc-extra = extracurriculară
ects-csc-decided = Prin decizia CSC, { $host } este { $what }, { $credits ->
    [one] un credit
    [few] { $credits } credite
   *[other] { $credits } de credite
}; nota { $grade }. Motivare: { $reasons }
ects-csc-decided-override = Prin decizia CSC, { $host } este { $what } (EC-12: { $credits } credite în locul celor { $home_credits } ale disciplinelor instituției de origine); nota { $grade }. Motivare: { $reasons }
ects-replaces = { $host } înlocuiește { $home } ({ $percent }% din fișa disciplinei, cel puțin { $threshold }% potrivit EC-5), cu { $credits ->
    [one] creditul
   *[other] cele { $credits } credite
} ale disciplinei instituției de origine; nota { $grade }.
ects-extra-curricular = { $host } nu corespunde în proporție de { $threshold }% niciunei discipline rămase: extracurriculară, { $credits ->
    [one] un credit
    [few] { $credits } credite
   *[other] { $credits } de credite
}, în Suplimentul la diplomă.
ects-already-passed = { $host } corespunde cu { $homes }, deja promovată la instituția de origine, care nu se recunoaște din nou: extracurriculară (EC-9), { $credits ->
    [one] un credit
    [few] { $credits } credite
   *[other] { $credits } de credite
}, în Suplimentul la diplomă.
ects-extra-curricular-requested = { $host } nu corespunde în proporție de { $threshold }% niciunei discipline rămase: extracurriculară, { $credits ->
    [one] un credit
    [few] { $credits } credite
   *[other] { $credits } de credite
}, în Suplimentul la diplomă numai pentru că studentul a cerut-o în scris.
ects-extra-curricular-not-requested = { $host } nu corespunde în proporție de { $threshold }% niciunei discipline rămase: promovată, dar nu se trece în Suplimentul la diplomă, unde o asemenea disciplină se trece numai la cererea scrisă a studentului, iar studentul nu a cerut-o; { $credits ->
    [one] creditul ei nu se recunoaște
    [few] cele { $credits } credite ale ei nu se recunosc
   *[other] cele { $credits } de credite ale ei nu se recunosc
}.
ects-already-passed-requested = { $host } corespunde cu { $homes }, deja promovată la instituția de origine, care nu se recunoaște din nou: extracurriculară (EC-9), { $credits ->
    [one] un credit
    [few] { $credits } credite
   *[other] { $credits } de credite
}, în Suplimentul la diplomă numai pentru că studentul a cerut-o în scris.
ects-already-passed-not-requested = { $host } corespunde cu { $homes }, deja promovată la instituția de origine, care nu se recunoaște din nou: nu se trece în Suplimentul la diplomă (EC-9), unde o asemenea disciplină se trece numai la cererea scrisă a studentului, iar studentul nu a cerut-o; { $credits ->
    [one] creditul ei nu se recunoaște
    [few] cele { $credits } credite ale ei nu se recunosc
   *[other] cele { $credits } de credite ale ei nu se recunosc
}.
ects-not-passed = { $host } nu a fost promovată: nu se recunoaște; disciplina instituției de origine rămâne de susținut.
ects-home-credits = { $credits ->
    [one] Un credit recunoscut
    [few] { $credits } credite recunoscute
   *[other] { $credits } de credite recunoscute
} din planul de învățământ.

# EC-1, EC-3, EC-13: minimele și consecințele

ects-minimum-credits = { $passed } ECTS promovate, { $required } necesare
ects-shorter-than-three-months = mobilitatea de la { $start } la { $end } este mai scurtă de { $months } luni
ects-plan-header = Plan de recunoaștere: { $lines ->
    [one] o linie
    [few] { $lines } linii
   *[other] { $lines } de linii
}
ects-minimums-active = EC-1: { $passed } ECTS promovate, { $required } necesare; EC-3: întreaga perioadă se consideră studiu activ
ects-minimums-short = EC-1: { $passed } ECTS promovate, { $required } necesare; EC-3: mai scurtă de 3 luni
ects-repayment = EC-13: se semnalează restituirea bursei — { $conditions }
ects-still-to-sit = De susținut la instituția de origine, fără taxă în semestrul următor (FE-4): { $courses }
ects-plan-valid = Planul respectă toate regulile
ects-plan-violations = { $violations ->
    [one] O încălcare
    [few] { $violations } încălcări
   *[other] { $violations } de încălcări
}
ects-converts-to = { $value } pe scala { $scale } se echivalează cu { $grade }
ects-converts-to-failing = { $value } pe scala { $scale } nu este o notă de promovare: nu se recunoaște
ects-transcript-header = Situația școlară (ELMO) de la { $issuers }: { $courses ->
    [one] o disciplină
    [few] { $courses } discipline
   *[other] { $courses } de discipline
}, { $credits } ECTS
ects-transcript-course = { $id } „{ $title }”, { $credits } ECTS, { $verdict }, nota { $grade } (scala { $scale })
ects-course-passed = promovată
ects-course-failed = nepromovată
ects-transcript-warnings = { $warnings ->
    [one] O problemă în document
    [few] { $warnings } probleme în document
   *[other] { $warnings } de probleme în document
} (în limba documentului, pentru secretariat și dezvoltatori):
