# Termenele rezultatelor, ale catalogului și ale contestațiilor (AP-*, OX-2..OX-4, CA-7)

deadline-header = Termenele examenului ({ $form }) încheiat la { $ended }
deadline-due = { $what }: până la { $at } ({ $how }).
deadline-results = Rezultatele
deadline-platform = Platforma
deadline-catalog = Catalogul
deadline-electronic-entry = Înregistrarea electronică
deadline-student-register = Registrul matricol
deadline-how-face-to-face = la { $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} după sfârșitul zilei examenului, { $day }
deadline-how-quiz = punctat automat de platformă la încheierea testului
deadline-how-open-questions = cadrele didactice notează în cel mult { $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} de la încheiere
deadline-how-video = notat la sfârșitul verificării
deadline-how-platform = notele pe platformă în cel mult { $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} după evaluare
deadline-how-catalog = catalogul completat se predă secretariatului în cel mult { $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} după examen
deadline-how-electronic-entry = secretariatul înregistrează notele în cel mult { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
} de la termenul catalogului, până la sfârșitul zilei de { $day }
deadline-how-student-register = tipărit în cel mult { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
} de la încheierea sesiunii de toamnă, { $ended }
deadline-papers-kept = Studentul poate vedea lucrarea corectată și modul de notare; cadrul didactic păstrează lucrările până la { $until } ({ $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} după examen, AP-1).
appeal-window-face-to-face = Contestațiile se depun în scris la decanat, după afișarea rezultatelor, până la { $closes } ({ $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} după examen); o comisie de specialiști numită de decan reevaluează după baremul anunțat, iar decizia ei este definitivă.
appeal-window-face-to-face-announced = Contestațiile se depun în scris la decanat, după afișarea rezultatelor ({ $announced }), până la { $closes } ({ $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} după examen); o comisie de specialiști numită de decan reevaluează după baremul anunțat, iar decizia ei este definitivă.
appeal-window-quiz = Contestațiile se depun de la încheierea testului până la { $closes } ({ $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
}), numai pentru motive tehnice, justificate și dovedite; regulamentul nu precizează cine le soluționează.
appeal-window-open = Contestațiile se depun de la anunțarea notelor ({ $announced }) până la { $closes } ({ $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} după aceasta){ $note }.
appeal-window-open-provisional = Contestațiile se deschid la anunțarea notelor și se închid după { $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
}: cel târziu la { $closes }, dacă notele apar la termen{ $note }.
appeal-window-video = Contestațiile se depun online la decanat până la { $closes } ({ $hours ->
    [one] o oră
    [few] { $hours } ore
   *[other] { $hours } de ore
} după încheiere) și se soluționează pe baza înregistrărilor de o comisie de 3 cadre didactice numită de decan.
appeal-portfolio-note = ; un portofoliu sau un proiect se verifică la fel ca un examen cu întrebări deschise (§5.5.2.7(10))
# Admisibilitatea unei contestații (AP-1..AP-4)
appeal-header = Contestație la examenul ({ $form })
appeal-admissible = admisibilă (termenul se încheie { $closes })
appeal-not-admissible = inadmisibilă: { $reasons }
appeal-grounds-technical = tehnice
appeal-grounds-marking = privind notarea
appeal-never-opened = Rezultatele au fost anunțate { $opens }, după încheierea termenului de contestație, { $closes }: termenul nu s-a deschis niciodată.
appeal-filed-on-time = Depusă { $filed }, în termenul de la { $opens } până la { $closes }.
appeal-filed-too-early = Depusă { $filed }, înainte de deschiderea termenului, { $opens }: prea devreme.
appeal-filed-too-late = Depusă { $filed }, după încheierea termenului, { $closes }: prea târziu.
appeal-quiz-technical-proven = Motive tehnice, dovedite: admise pentru contestația unui test online.
appeal-quiz-technical-unproven = Motive tehnice nedovedite: contestația unui test online trebuie justificată și dovedită.
appeal-quiz-marking = Motive privind notarea: contestația unui test online se admite numai pentru motive tehnice.
appeal-grounds-accepted = Motive { $grounds }: admise pentru examenul ({ $form }).
refusal-too-early = depusă înainte de deschiderea termenului de contestație ({ $opens })
refusal-too-late = depusă după încheierea termenului de contestație ({ $closed })
refusal-never-opened = rezultatele au fost anunțate ({ $opens }) după încheierea termenului de contestație ({ $closed }): regulamentul nu lasă timp pentru contestație, iar întârzierea rezultatelor este de competența decanului
refusal-grounds = motivele { $grounds } nu sunt admise: contestația unui test online se face numai pentru motive tehnice
refusal-unproven = motivele tehnice trebuie justificate și dovedite
appeal-accepted-any = orice motive (tehnice sau privind notarea)
appeal-accepted-technical-only = numai motive tehnice
appeal-accepted-marking-only = numai motive privind notarea
appeal-accepted-none = niciun motiv
appeal-window-quiz-policy = Contestații de la încheierea testului până la { $closes } ({ $span }); regulamentul nu spune cine le soluționează.
appeal-window-grounds = Potrivit politicii, contestația unui examen ({ $form }) se admite pentru { $accepted }.
appeal-window-grounds-proven = Potrivit politicii, contestația unui examen ({ $form }) se admite pentru { $accepted }; motivele tehnice trebuie justificate și dovedite.
appeal-window-no-appeal = Potrivit politicii, nu se admite nicio contestație pentru examenul ({ $form }).
appeal-grounds-policy-refused = Motive { $grounds }: nu se admit pentru examenul ({ $form }), ale cărui contestații se fac pentru { $accepted }.
appeal-grounds-policy-unproven = Motive tehnice nedovedite: contestația examenului ({ $form }) trebuie să le justifice și să le dovedească.
appeal-grounds-policy-proven = Motive tehnice, dovedite: admise pentru examenul ({ $form }).
refusal-grounds-form = motivele { $grounds } nu sunt admise: contestația examenului ({ $form }) se face pentru { $accepted }
refusal-no-appeal = nu se admite nicio contestație pentru examenul ({ $form })
# Un termen așa cum îl scrie politica: durata, unitatea și momentul (AP-*, OX-2..OX-4, CA-7)
deadline-span-hours = { $amount ->
    [one] o oră
    [few] { $amount } ore
   *[other] { $amount } de ore
} de la { $from }
deadline-span-calendar-days = { $amount ->
    [one] o zi calendaristică
    [few] { $amount } zile calendaristice
   *[other] { $amount } de zile calendaristice
} de la { $from }, până la ora 24:00 a zilei de { $day }
deadline-span-working-days = { $amount ->
    [one] o zi lucrătoare
    [few] { $amount } zile lucrătoare
   *[other] { $amount } de zile lucrătoare
} de la { $from }, până la ora 24:00 a zilei de { $day }
moment-exam-end = încheierea examenului
moment-exam-day-end = sfârșitul zilei examenului
moment-grades-announced = afișarea rezultatelor
moment-papers-viewed = vizualizarea lucrărilor
moment-appeal-filed = depunerea contestației
moment-appeal-closes = încheierea termenului de contestație
moment-catalog-due = termenul catalogului
moment-autumn-session-end = încheierea sesiunii de toamnă
deadline-how-with-catalog = odată cu catalogul, în același termen
deadline-papers-kept-window = Studentul poate vedea lucrarea corectată și modul de notare; cadrul didactic păstrează lucrările până la { $until }, cât durează termenul de contestație ({ $span }, AP-1).
deadline-papers-kept-span = Studentul poate vedea lucrarea corectată și modul de notare; cadrul didactic păstrează lucrările până la { $until } ({ $span }).
appeal-window-face-to-face-span = Contestațiile se depun în scris la decanat, după afișarea rezultatelor, până la { $closes } ({ $span }); o comisie de specialiști numită de decan reevaluează după baremul anunțat, iar decizia ei este definitivă.
appeal-window-quiz-span = Contestațiile se depun de la încheierea testului până la { $closes } ({ $span }), numai pentru motive tehnice, justificate și dovedite; regulamentul nu precizează cine le soluționează.
appeal-window-open-span = Contestațiile se depun de la anunțarea notelor până la { $closes } ({ $span }){ $note }.
appeal-window-video-span = Contestațiile se depun online la decanat până la { $closes } ({ $span }) și se soluționează pe baza înregistrărilor de o comisie de 3 cadre didactice numită de decan.
appeal-span-provisional = cel târziu, dacă notele apar la termen: { $span }
appeal-decision-due = Contestația se soluționează până la { $at } ({ $span }).
appeal-decision-due-latest = O contestație se soluționează cel târziu până la { $at }, pentru una depusă la încheierea termenului ({ $span }).
# Examenul oral prin videoconferință: cine este conectat și înregistrarea (OX-3, AP-4)
video-participant-student = studentul
video-participant-committee = membrii comisiei
video-participant-holder = titularul disciplinei
video-sitting-valid = Conectați cum se cere ({ $required }): examinarea este valabilă.
video-sitting-invalid = Nu au fost conectați: { $missing } (se cer: { $required }): examinarea nu este valabilă.
video-recording-kept-window = Înregistrarea, pe baza căreia se soluționează contestația, se păstrează până la închiderea termenului de contestație, { $until }.
video-recording-kept-span = Înregistrarea se păstrează până la { $until } ({ $span }).
deadline-span-months = { $amount ->
    [one] o lună
    [few] { $amount } luni
   *[other] { $amount } de luni
} de la { $from }, până la ora 24:00 a zilei de { $day }
