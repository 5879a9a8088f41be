# Consilierea studenților (CO-1..CO-6, procedura operațională UTCN a CCOC)

counselling-role-study-counsellor = consilier de studii
counselling-role-career-counsellor = consilier de carieră
counselling-role-vice-dean = prodecan didactic
counselling-role-centre = Centrul de Consiliere și Orientare în Carieră (CCOC)
counselling-role-centre-director = director CCOC

counselling-action-submit-report = întocmirea și transmiterea raportului semestrial al consilierului de studii
counselling-action-register-report = înregistrarea raportului consilierului de studii
counselling-action-analyse-report = analiza raportului consilierului de studii
counselling-action-submit-summary = întocmirea și transmiterea sintezei semestriale a facultății
counselling-action-register-summary = înregistrarea sintezei facultății la CCOC
counselling-action-verify-summary = verificarea sintezei facultății
counselling-action-approve-summary = aprobarea sintezei facultății

# CO-1, CO-2: organizarea și activitățile

counselling-holders-none = facultatea „{ $faculty }” nu are { $role }
counselling-holders-none-due = facultatea „{ $faculty }” nu are { $role }; termenul de numire era { $due }
counselling-holders-few = facultatea „{ $faculty }” are { $count ->
    [one] un titular
    [few] { $count } titulari
   *[other] { $count } de titulari
} ai rolului de { $role }, mai puțin decât minimul de { $min }
counselling-holders-many = facultatea „{ $faculty }” are { $count ->
    [one] un titular
    [few] { $count } titulari
   *[other] { $count } de titulari
} ai rolului de { $role }, mai mult decât maximul de { $max }
counselling-university-holders-none = universitatea nu are { $role }
counselling-university-holders-none-due = universitatea nu are { $role }; termenul de numire era { $due }
counselling-university-holders-few = universitatea are { $count ->
    [one] un titular
    [few] { $count } titulari
   *[other] { $count } de titulari
} ai rolului de { $role }, mai puțin decât minimul de { $min }
counselling-university-holders-many = universitatea are { $count ->
    [one] un titular
    [few] { $count } titulari
   *[other] { $count } de titulari
} ai rolului de { $role }, mai mult decât maximul de { $max }
counselling-holders-ratio = facultatea „{ $faculty }” are { $students ->
    [one] un student
    [few] { $students } studenți
   *[other] { $students } de studenți
} și { $count ->
    [one] un titular
    [few] { $count } titulari
   *[other] { $count } de titulari
} ai rolului de { $role }: cu cel mult { $per } studenți pentru fiecare, îi trebuie { $needed }
counselling-appointment-late = { $person } ({ $holder }) a fost numit(ă) la { $on }, după termenul de { $due }
counselling-appointment-undated = { $person } ({ $holder }) nu are data numirii; numirea trebuia făcută până la { $due }
counselling-activity-english = activitatea „{ $activity }” din { $date } s-a desfășurat în limba engleză fără sprijinul biroului de relații internaționale
counselling-activity-french = activitatea „{ $activity }” din { $date } s-a desfășurat în limba franceză fără sprijinul biroului de relații internaționale

# CO-3: ora de consiliere

counselling-week-of = săptămâna din { $monday } ({ $held } h ținute din { $hours } h)
counselling-hours-missing = raportul „{ $report }”: ora de consiliere ({ $hours } pe săptămână) s-a ținut în { $held } din { $weeks } săptămâni de activitate didactică; lipsesc: { $missing }
counselling-hours-held = raportul „{ $report }”: ora de consiliere ({ $hours } pe săptămână) s-a ținut în fiecare dintre cele { $weeks } săptămâni de activitate didactică.

# CO-3..CO-6: circuitul documentelor

counselling-report-sent = { $by } a transmis raportul „{ $report }” al facultății „{ $faculty }” ({ $activities ->
    [one] o activitate
    [few] { $activities } activități
   *[other] { $activities } de activități
}) la { $when }.
counselling-report-registered = { $by } a înregistrat raportul „{ $report }” la { $when }.
counselling-report-analysed = { $by } a analizat raportul „{ $report }” împreună cu { $vice_dean } la { $when }.
counselling-report-analysed-alone = { $by } a analizat singur(ă) raportul „{ $report }” la { $when }.
counselling-summary-sent = { $by } a transmis sinteza facultății „{ $faculty }” centrului de consiliere la { $when }.
counselling-summary-registered = { $by } a înregistrat sinteza facultății „{ $faculty }” la { $when }.
counselling-summary-verified = { $by } a verificat sinteza facultății „{ $faculty }” la { $when }.
counselling-summary-approved = { $by } a aprobat sinteza facultății „{ $faculty }” la { $when }.
counselling-matrix = Matricea de responsabilități atribuie acest pas rolului { $role }; { $by } deține acest rol.
counselling-missing = { $faculty } — { $document }: { $step } (termen { $due })
counselling-missing-overdue = { $faculty } — { $document }: { $step } (termen { $due }, depășit)
counselling-complete = Dosarul de consiliere al semestrului este complet.
counselling-not-complete = Dosarul de consiliere al semestrului nu este complet.
counselling-still-to-do = De făcut: { $what }.
counselling-semester = semestrul { $number } al anului universitar { $year }, { $from } – { $to }
counselling-file = Dosarul de consiliere pentru { $semester } — { $steps ->
    [one] un pas
    [few] { $steps } pași
   *[other] { $steps } de pași
} în istoric
counselling-faculty-figures = Facultatea { $faculty }: { $activities } activități, { $attendances } participări, { $students } studenți ({ $reports } rapoarte)
counselling-university-figures = Universitatea ({ $registered } din { $faculties } sinteze de facultate înregistrate): { $activities } activități, { $attendances } participări, { $students } studenți

# CO-4: centralizatorul participărilor (CSV)

counselling-csv-heading = facultatea,raportul,consilierul,activitatea,data,forma,canalul,ocazia,limba,studentul,nivelul
counselling-form-individual = informare individuală
counselling-form-group = informare de grup
counselling-channel-in-person = direct
counselling-channel-phone = telefonic
counselling-channel-escouniv = platforma ESCOUNIV
counselling-channel-email = e-mail
counselling-channel-faculty-website = site-ul facultății
counselling-channel-student-groups = grupurile studenților
counselling-occasion-hour = ora de orientare și consiliere
counselling-occasion-ad-hoc = la apariția unor informații de interes
counselling-language-ro = română
counselling-language-en = engleză
counselling-language-fr = franceză
counselling-level-bachelor = licență
counselling-level-master = master

# CO-6: refuzurile

counselling-role = { $role }
counselling-role-of = { $role } la „{ $faculty }”
counselling-action-of = { $action } a facultății „{ $faculty }”
counselling-not-responsible = { $person } ({ $roles }) nu poate face pasul „{ $action }”: matricea de responsabilități (CO-6) îl atribuie rolului { $allowed }
counselling-refused = refuzat, nimic nu a fost înregistrat: { $reason }
