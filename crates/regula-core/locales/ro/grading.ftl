# Notarea (GR-1..GR-9, procedura de examinare UMC, §5.3): pașii explicației unei note.

# GR-2
grading-split = Fișa disciplinei { $course } împarte cele 10 puncte astfel: { $split }.
# GR-6
grading-absent-activity = Absent la { $activity }: 0 puncte pentru această activitate.
# GR-7
grading-admitted = Admis la evaluarea finală: { $conditions }.
grading-not-admitted = Neadmis la evaluarea finală, care nu se ia în calcul: { $conditions }.
grading-condition-attendance = { $activity } { $score } (se cere prezența) — { $verdict }
grading-condition-points = { $activity } { $score } (se cere minimum { $minimum ->
    [one] { $minimum } punct
    [few] { $minimum } puncte
   *[other] { $minimum } de puncte
}) — { $verdict }
# GR-9
grading-absent-final = Absent la evaluarea finală ({ $activity }): disciplina nu este promovată, iar în catalog se trece „absent”.
# GR-3
grading-total = Punctajul total este de { $total ->
    [one] { $total } punct
    [few] { $total } puncte
   *[other] { $total } de puncte
}: { $terms }.
grading-term-absent = 0 (absent)
grading-default-point = Se adaugă { $default } din oficiu: { $earned } + { $default } = { $total ->
    [one] { $total } punct
    [few] { $total } puncte
   *[other] { $total } de puncte
}.
# GR-4
grading-rounded = { $total ->
    [one] { $total } punct se rotunjește
    [few] { $total } puncte se rotunjesc
   *[other] { $total } de puncte se rotunjesc
} { $rounding } la nota { $grade }.
grading-lowest-grade = { $total ->
    [one] { $total } punct se rotunjește
    [few] { $total } puncte se rotunjesc
   *[other] { $total } de puncte se rotunjesc
} { $rounding } la 0; nota minimă este { $grade }.
grading-held-below-pass = { $total ->
    [one] { $total } punct s-ar rotunji
    [few] { $total } puncte s-ar rotunji
   *[other] { $total } de puncte s-ar rotunji
} { $rounding } la { $rounded }, dar un punctaj sub { $pass } puncte nu este niciodată de promovare: nota { $grade }.
grading-mean-rounded = Media { $total } se rotunjește { $rounding } la nota { $grade }.
grading-mean-lowest-grade = Media { $total } se rotunjește { $rounding } la 0; nota minimă este { $grade }.
grading-mean-held-below-pass = Media { $total } s-ar rotunji { $rounding } la { $rounded }, dar o medie sub { $pass } nu este niciodată de promovare: nota { $grade }.
# GR-5
grading-passed = { $total } ≥ { $pass } puncte: disciplina este promovată.
grading-not-passed = { $total } < { $pass } puncte: disciplina nu este promovată.
grading-passed-by-grade = Nota { $grade } ≥ { $pass_grade }: disciplina este promovată.
grading-not-passed-by-grade = Nota { $grade } < { $pass_grade }: disciplina nu este promovată.
grading-mean-passed = Media { $total } ≥ { $pass }: disciplina este promovată.
grading-mean-not-passed = Media { $total } < { $pass }: disciplina nu este promovată.
# GR-1
grading-qualifier-admis = Disciplină cu calificativ: { $total ->
    [one] { $total } punct atinge
    [few] { $total } puncte ating
   *[other] { $total } de puncte ating
} cele { $pass } necesare, deci rezultatul este „admis”.
grading-qualifier-respins = Disciplină cu calificativ: { $total ->
    [one] { $total } punct nu atinge
    [few] { $total } puncte nu ating
   *[other] { $total } de puncte nu ating
} cele { $pass } necesare, deci rezultatul este „respins”.
# Rezultatul unei discipline
grading-course = Disciplina { $course }
grading-outcome-passed = nota { $grade }, promovat — punctaj total { $total ->
    [one] { $total } punct
    [few] { $total } puncte
   *[other] { $total } de puncte
}
grading-outcome-not-passed = nota { $grade }, nepromovat — punctaj total { $total ->
    [one] { $total } punct
    [few] { $total } puncte
   *[other] { $total } de puncte
}
grading-outcome-admis = admis — punctaj total { $total ->
    [one] { $total } punct
    [few] { $total } puncte
   *[other] { $total } de puncte
}
grading-outcome-respins = respins — punctaj total { $total ->
    [one] { $total } punct
    [few] { $total } puncte
   *[other] { $total } de puncte
}
grading-outcome-absent = absent — nepromovat{ $earned }
grading-outcome-not-admitted = neadmis la evaluarea finală — nepromovat{ $earned }
grading-outcome-earned = { " — " }{ $total ->
    [one] { $total } punct obținut
    [few] { $total } puncte obținute
   *[other] { $total } de puncte obținute
} la celelalte activități
# GR-8: media ponderată
average-reason-facultative = o disciplină facultativă nu face parte din creditele contractului și nu intră niciodată în medie
average-reason-optional-unrequested = o disciplină opțională intră în medie numai la cererea scrisă a studentului, iar aceasta lipsește
average-reason-optional-requested = o disciplină opțională pe care studentul a cerut în scris să fie luată în calcul
average-reason-compulsory = o disciplină obligatorie
average-not-counted = { $course } nu se ia în calcul: { $reason }.
average-not-numeric = { $course } nu se ia în calcul: rezultatul său ({ $result }) nu este o notă.
average-failed-left-out = { $course } nu se ia în calcul: nota { $grade } nu este de promovare, iar politica exclude notele de nepromovare.
average-counts = { $course } se ia în calcul ({ $reason }): nota { $grade } × { $credits ->
    [one] { $credits } credit
    [few] { $credits } credite
   *[other] { $credits } de credite
}.
average-result = Media = Σ(notă × credite) / Σ credite = { $weighted } / { $credits } = { $exact } → { $average } ({ $decimals ->
    [one] { $decimals } zecimală
    [few] { $decimals } zecimale
   *[other] { $decimals } de zecimale
}, rotunjire { $rounding }).
average-none = Nicio disciplină nu se ia în calcul, deci nu există medie.
average-reason-facultative-counted = o disciplină facultativă din planul de învățământ, pe care politica o ia în calcul
average-reason-beyond-plan = o disciplină din afara planului de învățământ nu intră niciodată în medie
average-reason-optional-always = o disciplină opțională, pe care politica o ia întotdeauna în calcul
average-reason-optional-never = politica nu ia în calcul nicio disciplină opțională
average-reason-left-out-obtained = politica exclude disciplinele { $obtained }
average-counts-zero = { $course } se ia în calcul ({ $reason }) cu 0 puncte: rezultatul său ({ $result }) nu este de promovare, iar { $credits ->
    [one] creditul său rămâne
   *[other] cele { $credits } credite ale sale rămân
} la numitor.
average-result-fixed = Media = Σ(notă × credite) / { $credits } de credite (numitorul fix al politicii) = { $weighted } / { $credits } = { $exact } → { $average } ({ $decimals ->
    [one] { $decimals } zecimală
    [few] { $decimals } zecimale
   *[other] { $decimals } de zecimale
}, rotunjire { $rounding }).
obtained-exam = promovate la un examen al programului
obtained-recognised = recunoscute dintr-o mobilitate sau un transfer
obtained-advanced = promovate în avans dintr-un an superior
obtained-re-enrolled = promovate la o a doua înscriere
# QZ-3..QZ-5, GR-9: testul online
quiz-absent = { $student } nu s-a prezentat la testul online: examenul nu este promovat, iar în catalog se trece „absent”.
quiz-bank = Baza de { $bank ->
    [one] { $bank } întrebare
    [few] { $bank } întrebări
   *[other] { $bank } de întrebări
} atinge minimul de { $minimum } pentru o sesiune din { $date } (politică în vigoare de la { $from }); fiecare test extrage { $questions } dintre ele.
quiz-bonus = Activitatea din semestru adaugă un bonus de { $bonus } din maximum { $maximum ->
    [one] { $maximum } punct
    [few] { $maximum } puncte
   *[other] { $maximum } de puncte
}, anunțat la începutul semestrului.
quiz-score = Fiecare dintre { $questions ->
    [one] întrebarea
    [few] cele { $questions } întrebări
   *[other] cele { $questions } de întrebări
} valorează (10 − { $max_bonus } bonus) / { $questions } = { $value } puncte; { $full } cu răspuns complet corect: { $answers } puncte din răspunsuri, { $total } în total.
quiz-score-partial-credit = Fiecare dintre { $questions ->
    [one] întrebarea
    [few] cele { $questions } întrebări
   *[other] cele { $questions } de întrebări
} valorează (10 − { $max_bonus } bonus) / { $questions } = { $value } puncte; { $full } cu răspuns complet corect; întrebările cu mai multe răspunsuri corecte se punctează parțial (fiecare variantă greșită marcată anulează { $penalty } din cota unei variante corecte; o întrebare nu are niciodată sub 0 puncte): { $answers } puncte din răspunsuri, { $total } în total.
quiz-score-penalty-by-options = Fiecare dintre { $questions ->
    [one] întrebarea
    [few] cele { $questions } întrebări
   *[other] cele { $questions } de întrebări
} valorează (10 − { $max_bonus } bonus) / { $questions } = { $value } puncte; { $full } cu răspuns complet corect; fiecare variantă corectă marcată aduce cota ei din întrebare, iar fiecare variantă greșită marcată scade 1/(variante − 1) din întrebare, după numărul de variante ale întrebării (o întrebare nu are niciodată sub 0 puncte): { $answers } puncte din răspunsuri, { $total } în total.
quiz-score-penalty-table = Fiecare dintre { $questions ->
    [one] întrebarea
    [few] cele { $questions } întrebări
   *[other] cele { $questions } de întrebări
} valorează (10 − { $max_bonus } bonus) / { $questions } = { $value } puncte; { $full } cu răspuns complet corect; fiecare variantă corectă marcată aduce cota ei din întrebare, iar fiecare variantă greșită marcată scade fracțiunea din întrebare pe care politica o stabilește după numărul de variante ({ $penalties }; o întrebare nu are niciodată sub 0 puncte): { $answers } puncte din răspunsuri, { $total } în total.
quiz-header = Test online { $course }; fiecare întrebare valorează { $value } puncte
average-header = Media studentului { $student }:{ " " }
average-outcome = media { $average } din { $courses ->
    [one] { $courses } disciplină
    [few] { $courses } discipline
   *[other] { $courses } de discipline
} ({ $credits ->
    [one] { $credits } credit
    [few] { $credits } credite
   *[other] { $credits } de credite
})
average-outcome-none = fără medie: nicio disciplină nu se ia în calcul
average-not-passed = ; nepromovate: { $courses }

# Mărirea de notă (GR-12..GR-14)
grading-improve-header = Cereri de mărire de notă (GR-12..GR-14)
grading-improve-may = { $student } poate susține mărirea de notă la { $course }; nota care rămâne este { $grade }
grading-improve-may-not = { $student } nu poate susține mărirea de notă la { $course }, a cărei notă rămâne { $grade }: { $reasons }
grading-improve-deadline = Cererea a fost făcută pe { $requested }; ultima zi pentru ea era { $deadline }.
grading-improve-late = cererea din { $requested } a venit după ultima zi, { $deadline }
grading-improve-not-passed = disciplina nu a fost promovată (`grade` = { $grade }, sub nota de promovare { $pass }): doar nota unei discipline promovate poate fi mărită
grading-improve-not-integralist = doar un student integralist poate cere mărirea unei note
grading-improve-not-current-year = doar nota unei discipline din anul curent de studiu poate fi mărită
grading-improve-continuous = nota unei discipline evaluate integral pe parcursul semestrului nu poate fi mărită
grading-improve-once = nota acestei discipline a mai fost mărită o dată, cât se permite
grading-improve-semester-quota = studentul are deja { $max } măriri de notă în acest semestru, cât se permite
grading-improve-year-quota = studentul are deja { $max } măriri de notă în acest an, cât se permite
grading-improve-result = la examenul de mărire a obținut { $result }
grading-improve-absent = studentul nu s-a prezentat la examenul de mărire
grading-improve-stands = Rămâne nota mai mare: { $result }, față de { $before } înainte, deci nota este { $grade }.
# GR-2 (notare pe componente)
grading-weights = Fișa disciplinei { $course } ponderează componentele astfel: { $weights }.
grading-weight-term = { $activity } { $weight }%
# GR-6 (notare pe componente)
grading-absent-component = Absent la { $activity }: contează cu { $grade } în medie.
# GR-3 (notare pe componente)
grading-weighted-mean = Media ponderată este { $mean } = { $terms }.
grading-weighted-term = { $weight }% × { $activity } { $grade }
grading-default-point-weighted = Cu { $default } din oficiu, media contează pentru restul de { $rest }: { $default } + { $earned } × { $rest }/10 = { $total }.
# GR-5 (notare pe componente)
grading-minimums-met = Toate minimele sunt îndeplinite: { $minimums }.
grading-minimums-not-met = Un minim nu este îndeplinit, deci disciplina nu este promovată: { $minimums }.
grading-minimum = { $what } { $value } față de minimul de { $minimum } ({ $verdict })
grading-term-mean = media

# Exporturi Moodle citite (issue #29): textul comenzilor `moodle gradebook` și `moodle quiz`.
moodle-gradebook-header = { $course }: { $students } studenți citiți din catalogul de note Moodle
moodle-quiz-header = { $course }: { $attempts } încercări citite din raportul testului Moodle
moodle-left-out = Omise sau citite după alegerea din corespondență:
moodle-no-student-key = fără număr ID sau e-mail după care să fie găsit studentul: rândul este omis
moodle-column-not-mapped = un element de notare care nu corespunde niciunei activități: omis
moodle-course-total-ignored = totalul cursului din Moodle: omis (Regula calculează totalul)
moodle-column-ignored = nu este o notă de citit: omis
moodle-dash-read-as-absent = fără notă: citit ca absent
moodle-dash-read-as-zero = fără notă: citit ca 0 puncte
moodle-overall-average = media generală din Moodle nu este o încercare: omisă
moodle-attempt-not-finished = o încercare neterminată: omisă
moodle-activity-not-mapped = nicio coloană nu corespunde acestei activități: punctajele ei sunt omise
