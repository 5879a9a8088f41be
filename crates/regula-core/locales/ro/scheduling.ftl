# Programarea examenelor (SC-1..SC-7, OX-1, OX-2, QZ-1; procedura de examinare UMC)

scheduling-session-length = sesiunea normală de la { $first } la { $last } durează { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
}; o sesiune normală durează { $expected } de zile
scheduling-committee-holder = titularul disciplinei
scheduling-committee-second = cadrul didactic al părții aplicative sau un asistent
scheduling-committee-teachers = { $min } cadre didactice distincte (are { $has })
scheduling-committee-lacks = comisiei examenului „{ $exam }” îi lipsesc: { $missing }
scheduling-committee-form-lacks = comisiei examenului „{ $exam }” ({ $form }) îi lipsesc: { $missing }
scheduling-open-questions-groups = examenul cu întrebări deschise „{ $exam }” are { $groups ->
    [one] o grupă
    [few] { $groups } grupe
   *[other] { $groups } de grupe
} într-un interval; cel mult { $max }
scheduling-outside-session = „{ $exam }” din { $day } este în afara sesiunii, { $first } – { $last }
scheduling-fixed-date = „{ $exam }” este programat la { $day }, dar data lui a fost fixată la { $fixed } de comun acord cu studenții
scheduling-spans-days = „{ $exam }” ({ $form }) se întinde pe { $span ->
    [one] o zi
    [few] { $span } zile
   *[other] { $span } de zile
}, { $first } – { $last }; cel mult { $allowed }
scheduling-outside-hours = „{ $exam }” se desfășoară la { $day } între { $start } și { $end }, în afara intervalului { $day_start }–{ $day_end }
scheduling-teacher-unavailable = „{ $exam }” la { $day }: cadrul didactic „{ $teacher }” nu este disponibil în acea zi
scheduling-room-too-small = „{ $exam }” are { $students ->
    [one] un student
    [few] { $students } studenți
   *[other] { $students } de studenți
}, dar sala „{ $room }” are { $capacity } locuri
scheduling-gap-days = grupa „{ $group }” susține „{ $first }” la { $first_day } și „{ $second }” la { $second_day }: la { $gap ->
    [one] o zi distanță
    [few] { $gap } zile distanță
   *[other] { $gap } de zile distanță
}, sunt necesare cel puțin { $min }
scheduling-gap-free-days = grupa „{ $group }” susține „{ $first }” la { $first_day } și „{ $second }” la { $second_day }: { $gap ->
    [one] o zi liberă
    [few] { $gap } zile libere
   *[other] { $gap } de zile libere
} între ele, sunt necesare cel puțin { $min }
scheduling-teacher-groups = cadrul didactic „{ $teacher }” examinează { $groups ->
    [one] o grupă
    [few] { $groups } grupe
   *[other] { $groups } de grupe
} la { $day }; cel mult { $max }
scheduling-clash-group = grupa „{ $name }” este la „{ $first }” și la „{ $second }” în același timp, la { $day }
scheduling-clash-teacher = cadrul didactic „{ $name }” este la „{ $first }” și la „{ $second }” în același timp, la { $day }
scheduling-clash-room = sala „{ $name }” găzduiește „{ $first }” și „{ $second }” în același timp, la { $day }
scheduling-quiz-split-full-time = testul disciplinei „{ $course }” este împărțit în { $exams } examene pentru studenții cu frecvență ({ $ids }); testul se susține cu tot anul deodată, inclusiv restanțierii (studenții IF și IFR pot susține separat)
scheduling-quiz-split-ifr = testul disciplinei „{ $course }” este împărțit în { $exams } examene pentru studenții IFR ({ $ids }); testul se susține cu tot anul deodată, inclusiv restanțierii (studenții IF și IFR pot susține separat)

# Programarea: de ce nu există un orar valid

scheduling-infeasible-group = grupa „{ $group }” are { $exams ->
    [one] un examen
    [few] { $exams } examene
   *[other] { $exams } de examene
}, dar într-o sesiune de { $days } zile cu { $gap } zile între examene încap cel mult { $fits }
scheduling-fixed-outside = data fixată, { $fixed }, este în afara sesiunii
scheduling-fixed-unavailable = un membru al comisiei nu este disponibil la data fixată, { $fixed }
scheduling-committee-never-available = comisia nu este disponibilă în nicio zi a sesiunii
scheduling-no-possible-day = examenul „{ $exam }” nu are nicio zi posibilă: { $why }
scheduling-exam-overloads-teacher = doar examenul „{ $exam }” îi dă cadrului didactic „{ $teacher }” { $groups } grupe într-o zi; cel mult { $max }
scheduling-teacher-overloaded = cadrul didactic „{ $teacher }” examinează { $groups } grupe, dar poate examina cel mult { $max } pe zi în cele { $available } zile disponibile
scheduling-no-day-found = examenul „{ $exam }” nu și-a găsit o zi: în cele { $possible } zile posibile, celelalte examene ale grupelor sale sunt la mai puțin de { $gap } zile ({ $blocked_by_gap } cazuri, SC-4) sau cadrele sale didactice examinează deja { $max } grupe ({ $blocked_by_load } cazuri, SC-5)
scheduling-no-room-large-enough = examenul „{ $exam }” are { $students ->
    [one] un student
    [few] { $students } studenți
   *[other] { $students } de studenți
}, dar cea mai mare sală are { $largest } locuri
scheduling-no-start = examenul „{ $exam }” la { $day }: nicio oră de început între { $day_start } și { $day_end } când grupele și cadrele didactice sunt libere
scheduling-no-start-with-room = examenul „{ $exam }” la { $day }: nicio oră de început între { $day_start } și { $day_end } când grupele, cadrele didactice și o sală suficient de mare sunt libere
scheduling-solved = Programare reușită — cost { $cost }, { $steps ->
    [one] un pas
    [few] { $steps } pași
   *[other] { $steps } de pași
}
scheduling-moved = mutate: { $exams }
scheduling-infeasible = Nu există un orar valid — { $unplaced ->
    [one] un examen neprogramat
    [few] { $unplaced } examene neprogramate
   *[other] { $unplaced } de examene neprogramate
} după { $steps ->
    [one] un pas
    [few] { $steps } pași
   *[other] { $steps } de pași
}. Motivare:
scheduling-not-found = Nu s-a găsit un orar valid — { $unplaced ->
    [one] un examen neprogramat
    [few] { $unplaced } examene neprogramate
   *[other] { $unplaced } de examene neprogramate
} după { $steps ->
    [one] un pas
    [few] { $steps } pași
   *[other] { $steps } de pași
}; nu s-a dovedit că e imposibil: o căutare mai lungă (mai mulți pași, o limită de timp) poate găsi unul. Unde s-a blocat:
scheduling-valid = valid: nicio regulă nu este încălcată
scheduling-violations = { $violations ->
    [one] o încălcare
    [few] { $violations } încălcări
   *[other] { $violations } de încălcări
}

# Documentele orarului: iCalendar, tabel text, pagină HTML

scheduling-ics-group = Examenele grupei { $group }
scheduling-ics-teacher = Examenele la care examinează { $teacher }
scheduling-ics-summary = Examen: { $title } ({ $form })
scheduling-ics-groups = Grupe: { $groups }
scheduling-ics-committee = Comisia: { $committee }
scheduling-col-date = data
scheduling-col-time = ora
scheduling-col-exam = examen
scheduling-col-course = disciplina
scheduling-col-groups = grupe
scheduling-col-committee = comisia
scheduling-col-start = inceput
scheduling-col-end = sfarsit
scheduling-col-room = sala
scheduling-col-minutes = minute
scheduling-html-title = Sesiunea de examene { $first } – { $last }

# SC-1, SC-4, SC-CLASH: studenții programați individual (restanțieri)

scheduling-clash-student = studentul „{ $name }” are „{ $first }” și „{ $second }” în același timp, la { $day }
scheduling-student-gap = studentul „{ $student }” susține „{ $first }” la { $first_day } și „{ $second }” la { $second_day }: la { $gap ->
    [one] o zi distanță
    [few] { $gap } zile distanță
   *[other] { $gap } de zile distanță
}, sunt necesare cel puțin { $min }

# SC-PAIR, SC-LOAD: legăturile dintre examene și încărcarea zilnică

scheduling-pair-before = „{ $first }” trebuie să se încheie înainte de începerea examenului „{ $then }”
scheduling-pair-same-day = „{ $first }” și „{ $second }” trebuie să aibă loc în aceeași zi
scheduling-pair-same-period = „{ $first }” și „{ $second }” trebuie să înceapă la aceeași oră, în aceeași zi
scheduling-pair-different-periods = „{ $first }” și „{ $second }” nu pot avea loc în același timp
scheduling-unit-group = grupa „{ $group }”
scheduling-unit-student = studentul „{ $student }”
scheduling-load-day = { $who } are { $exams ->
    [one] un examen
    [few] { $exams } examene
   *[other] { $exams } de examene
} la { $day }; cel mult { $max }
scheduling-load-window = { $who } are { $exams ->
    [one] un examen
    [few] { $exams } examene
   *[other] { $exams } de examene
} în { $days } zile consecutive începând cu { $from }; cel mult { $max }
scheduling-too-many-rooms = „{ $exam }” este împărțit în { $rooms } săli; cel mult { $max }
scheduling-preferences-not-kept = { $count ->
    [one] O preferință nerespectată (nu este o încălcare):
    [few] { $count } preferințe nerespectate (nu sunt încălcări):
   *[other] { $count } de preferințe nerespectate (nu sunt încălcări):
}
scheduling-prefer-start = „{ $exam }” începe la { $start }, nu la ora preferată, { $preferred }
scheduling-prefer-room = „{ $exam }” nu are loc în sălile preferate ({ $preferred })

# SC-5, SC-COURSE, SC-LAST, SC-3: variantele altor regulamente

scheduling-teacher-groups-course = cadrul didactic „{ $teacher }” examinează { $groups ->
    [one] o grupă
    [few] { $groups } grupe
   *[other] { $groups } de grupe
} la „{ $course }” la { $day }; cel mult { $max }
scheduling-teacher-groups-form = cadrul didactic „{ $teacher }” examinează { $groups ->
    [one] o grupă
    [few] { $groups } grupe
   *[other] { $groups } de grupe
} la examene de forma { $form } la { $day }; cel mult { $max }
scheduling-course-groups = { $groups ->
    [one] o grupă susține
    [few] { $groups } grupe susțin
   *[other] { $groups } de grupe susțin
} „{ $course }” ({ $form }) la { $day }; cel mult { $max }
scheduling-last-exam-early = grupa „{ $group }” susține ultimul examen, „{ $exam }”, la { $day }; ultimul examen al unei grupe cade în { $days ->
    [one] ultima zi
    [few] ultimele { $days } zile
   *[other] ultimele { $days } de zile
} ale sesiunii, de la { $from }
scheduling-last-exam-impossible = niciun examen al grupei „{ $group }” nu se poate ține în { $days ->
    [one] ultima zi
    [few] ultimele { $days } zile
   *[other] ultimele { $days } de zile
} ale sesiunii, de la { $from }
scheduling-hours-too-short = cele { $minutes } de minute ale sale nu încap în intervalul orar al niciunei zile a sesiunii
scheduling-exam-overloads-course = doar examenul „{ $exam }” aduce { $groups } grupe la „{ $course }” ({ $form }) într-o zi; cel mult { $max }
