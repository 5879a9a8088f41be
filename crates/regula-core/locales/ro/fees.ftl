# Taxele de restanță (FE-1..FE-4, procedura de examinare UMC)

fees-exempt = { $course } ({ $year }) nu a fost susținută din cauza unei mobilități Erasmus+ și se susține în cel mult { $max_age ->
    [one] un an universitar
    [few] { $max_age } ani universitari
   *[other] { $max_age } de ani universitari
}: fără taxă.
fees-free = { $course } aparține anului universitar curent { $current }: restanța din anul curent este gratuită.
fees-charged = { $course } este restanță din { $year }, de acum { $age ->
    [one] un an universitar
    [few] { $age } ani universitari
   *[other] { $age } de ani universitari
}: { $fee }.
fees-charged-beyond-schedule = { $course } este restanță din { $year }, de acum { $age ->
    [one] un an universitar
    [few] { $age } ani universitari
   *[other] { $age } de ani universitari
}: { $fee }, suma stabilită de politică dincolo de grila regulamentului.
fees-not-covered = { $course } este restanță din { $year }, de acum { $age ->
    [one] un an universitar
    [few] { $age } ani universitari
   *[other] { $age } de ani universitari
}: regulamentul stabilește taxe doar până la { $years } ani, deci acest examen nu este acoperit și nu se dă nicio sumă.
fees-total-only = Total { $total }.
fees-total = Total { $total }, de plătit prin: { $channels }.
fees-assessment = total { $total } pentru { $exams ->
    [one] un examen
    [few] { $exams } examene
   *[other] { $exams } de examene
}
fees-assessment-not-covered = total { $total } pentru { $exams ->
    [one] un examen
    [few] { $exams } examene
   *[other] { $exams } de examene
} ({ $not_covered ->
    [one] unul neacoperit
   *[other] { $not_covered } neacoperite
} de regulament)
fees-header = Taxe de restanță în anul universitar { $year }
fees-header-student = Taxe de restanță ale studentului { $student } în anul universitar { $year }
fees-free-presentation = { $course } aparține anului universitar curent ({ $year }): prezentarea { $number } din cele { $free } gratuite (absențele se socotesc prezentări): fără taxă.
fees-per-credit = { $course } ({ $year }): { $rate } × { $credits } credite = { $fee }.
fees-per-credit-by-year = { $course } ({ $year }), disciplină din anul de studiu { $study_year }: { $rate } × { $credits } credite = { $fee }.
fees-tuition-share = { $course } ({ $year }): o parte din taxa de școlarizare, { $tuition } / { $per } × { $credits } credite = { $fee }.
fees-flat = { $course } ({ $year }): { $fee } pentru fiecare prezentare.
fees-rounded = { $course }: taxa exactă { $exact } se rotunjește { $rounding }: { $fee }.
fees-rounding-ban = la ban
fees-rounding-leu = la leu
fees-free-first = { $course } ({ $year }): examenul { $number } din primele { $free } pe care regula politicii pentru acest tip le face gratuite: fără taxă.
fees-not-covered-by-formula = { $course } ({ $year }): sursele politicii nu stabilesc o taxă pentru acest examen, deci nu este acoperit și nu se dă o sumă; decide facultatea.

# Situația taxelor ca CSV (`fees statement`).
fees-csv-heading = disciplina,an_universitar,vechime,situatie,suma,moneda,regula
fees-csv-free = fără taxă
fees-csv-charged = cu taxă
fees-csv-exempt = scutit
fees-csv-not-covered = neacoperit de regulament
fees-csv-total = total
