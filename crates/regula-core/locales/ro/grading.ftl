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
# GR-5
grading-passed = { $total } ≥ { $pass } puncte: disciplina este promovată.
grading-not-passed = { $total } < { $pass } puncte: disciplina nu este promovată.
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
