# Catalogul de examen și administrarea examenelor (CA-1..CA-7, SC-2, SC-7..SC-9, GR-10, GR-11, GR-14;
# procedura de examinare UMC)

# SC-7: comisia

catalog-committee-no-holder = examenul „{ $exam }”: titularul disciplinei, { $holder }, nu face parte din comisie
catalog-committee-no-assistant = examenul „{ $exam }”: titularul a predat ambele părți, deci participă un asistent desemnat de directorul de departament; nu există niciunul
catalog-committee-no-applied-teacher = examenul „{ $exam }”: cadrul didactic al părții aplicative nu face parte din comisie
catalog-committee-too-small = examenul „{ $exam }”: comisia are { $teachers ->
    [one] un cadru didactic
    [few] { $teachers } cadre didactice
   *[other] { $teachers } de cadre didactice
}; sunt necesare cel puțin două
catalog-committee-delegated-no-assistant = examenul „{ $exam }”: notarea este delegată unui asistent, dar comisia nu are niciunul

# CA-1..CA-3: antetul și structura catalogului

catalog-not-signed-by-dean = catalogul nu este semnat de decan
catalog-not-signed-by-secretary = catalogul nu este semnat de secretar
catalog-issued = { $kind } la { $course } ({ $form }), emis și semnat de decan și de secretar.
catalog-layout = { $students ->
    [one] Un student
    [few] { $students } studenți
   *[other] { $students } de studenți
}, în ordinea numelui, inițialei tatălui și prenumelui; { $recognised ->
    [one] o notă recunoscută precompletată
    [few] { $recognised } note recunoscute precompletate
   *[other] { $recognised } de note recunoscute precompletate
}.
catalog-rows-full = Rânduri complete, este necesar un catalog suplimentar pentru: { $students }.

# CA-4..CA-6, GR-10, GR-11: înscrierile în catalog

catalog-signs = { $signer } semnează coloana { $column } a studentului { $student }.
catalog-corrects = { $by } corectează coloana { $column } a studentului { $student } din { $from } în { $to }; { $from } rămâne în istoric.
catalog-annuls = { $by } anulează rezultatul { $mark } al studentului { $student } din coloana { $column }: { $reason }. Valoarea rămâne în catalog, tăiată.
catalog-annuls-retake = { $by } anulează rezultatul { $mark } al studentului { $student } din coloana { $column }: { $reason }. Valoarea rămâne în catalog, tăiată; examenul se repetă.
catalog-reconnected = { $student } a pierdut conexiunea la „{ $exam }” la { $at } dintr-un motiv tehnic dovedit și s-a reconectat la { $back }, în intervalul examenului: primește un alt test; intervalul se încheie tot la { $window_end }.
catalog-failure-not-proven = motivul tehnic nu este dovedit
catalog-reconnected-late = reconectarea de la { $back } a avut loc după încheierea intervalului la { $window_end }, care nu se prelungește
catalog-no-reconnection = reconectarea nu a fost posibilă în timpul examenului
catalog-connection-lost = { $student } a pierdut conexiunea la „{ $exam }” la { $at }; { $why }: examenul este nepromovat și { $student } devine restanțier; în catalog se trece absent.
catalog-backup-sitting = { $student } a pierdut conexiunea la „{ $exam }” la { $at } dintr-un motiv tehnic dovedit și nu s-a putut reconecta până la încheierea examenului, la { $window_end }: potrivit politicii, susține examenul într-o sesiune de rezervă { $when }; nicio celulă nu se schimbă.
catalog-backup-same-day = în ziua examenului, până la ora 24:00 a zilei de { $last }
catalog-backup-within-days = { $days ->
    [one] în cel mult o zi de la examen, până la ora 24:00 a zilei de { $last }
    [few] în cel mult { $days } zile de la examen, până la ora 24:00 a zilei de { $last }
   *[other] în cel mult { $days } de zile de la examen, până la ora 24:00 a zilei de { $last }
}
catalog-backup-retake-session = în sesiunea de restanțe
catalog-enters = { $by } trece { $mark } studentului { $student } în coloana { $column } ({ $session }, { $date }).
catalog-entry-signed = Înscrierea are toate semnăturile necesare.
catalog-entry-incomplete = Înscrierea este incompletă: lipsesc { $missing }.
catalog-slot-dean = contrasemnătura decanului
catalog-slot-examiner = examinatorul (titularul disciplinei)
catalog-slot-applied-teacher = cadrul didactic al părții aplicative
catalog-slot-second-examiner = al doilea examinator sau asistentul
catalog-slot-member = membrul comisiei { $member }
catalog-slot-nobody = { $slot } (nimeni din comisie nu o poate da)
catalog-incomplete = { $student }, coloana { $column } (examenul { $exam }): lipsesc { $missing }
catalog-missing = lipsesc: { $missing }
catalog-recorded = Catalogul { $catalog } — { $events ->
    [one] un eveniment
    [few] { $events } evenimente
   *[other] { $events } de evenimente
} în istoric
catalog-incomplete-entries = Înscrieri incomplete (CA-5):
catalog-in-order = Catalogul este în regulă
catalog-not-in-order = Catalogul nu este în regulă

# GR-14: mărirea de notă, eveniment al istoricului care păstrează nota anterioară

catalog-improves-raised = { $by } consemnează mărirea notei { $before } a studentului { $student } din coloana { $column } ({ $session }, { $date }): la examenul de mărire a obținut { $result }, deci rămâne nota { $stands }; { $before } rămâne în catalog.
catalog-improves-kept = { $by } consemnează mărirea notei { $before } a studentului { $student } din coloana { $column } ({ $session }, { $date }): la examenul de mărire a obținut { $result }, deci rămâne nota { $stands }: o mărire nu scade niciodată nota.
catalog-improves-absent = { $by } consemnează mărirea notei { $before } a studentului { $student } din coloana { $column } ({ $session }, { $date }): absent la examenul de mărire, deci rămâne nota { $stands }.
catalog-improvement-signed = Rezultatul măririi are toate semnăturile necesare.
catalog-improvement-incomplete = Rezultatul măririi este incomplet: lipsesc { $missing }.
catalog-signs-improvement = { $signer } semnează mărirea „{ $exam }” din coloana { $column } a studentului { $student }.

# CA-7: termenele catalogului

catalog-no-end-time = Examenul „{ $exam }” nu are oră de încheiere („ends_at”): termenele catalogului nu se calculează.
catalog-deadlines = Examenul „{ $exam }” s-a încheiat { $ended }: catalogul se predă până la { $catalog_due } ({ $catalog_status }), înscrierea electronică până la { $entry_due } ({ $entry_status }).
catalog-due-done = predat { $at }
catalog-due-late = predat cu întârziere, { $at }
catalog-due-pending = în termen
catalog-due-overdue = termen depășit

# SC-8: accesul în sala de examen

catalog-admission-header = Accesul la examen (SC-8)
catalog-admitted = { $student }: admis
catalog-not-admitted = { $student }: neadmis — { $reasons }
catalog-card-other-year = carnetul de student este vizat pentru { $stamped }, nu pentru anul universitar curent { $year }
catalog-no-card = lipsește carnetul de student
catalog-no-identity-document = lipsește { $accepted }, pe lângă carnetul de student
catalog-identity-expired = toate actele de identitate prezentate au expirat înainte de ziua examenului, { $exam_day }
catalog-no-identity-document-alone = lipsește { $accepted }
catalog-no-document = lipsește { $document }
catalog-document-expired = { $document } a expirat înainte de ziua examenului, { $exam_day }
catalog-no-alternative = politica nu numește documentele care permit accesul la examen
catalog-alternative-missing = cu { $alternative }: { $missing }
catalog-shows-card = carnetul de student vizat pentru { $year }
catalog-shows-identity-document = un act de identitate
catalog-shows-identity-card = cartea de identitate
catalog-shows-passport = pașaportul
catalog-shows-driving-licence = permisul de conducere
catalog-and = { $first } și { $second }
catalog-or = { $first } sau { $second }
catalog-id-identity-card = cartea de identitate
catalog-id-passport = pașaportul
catalog-id-driving-licence = permisul de conducere
catalog-id-other = alt document
catalog-admission-step = { $student } prezintă { $shown }: admis.
catalog-not-admitted-step = { $student } nu este admis: { $reasons }.

# SC-9: sesiunea deschisă

catalog-open-session-header = Sesiunea deschisă (SC-9)
catalog-open-session-eligible = { $student } — { $course }: poate susține examenul în sesiunea deschisă
catalog-open-session-not-eligible = { $student } — { $course }: nu este eligibil — { $reasons }
catalog-not-before = nu înainte de { $date }
catalog-date-too-early = data convenită este prea devreme
catalog-open-session-trainee = { $category } se califică dacă sunt îmbarcați mai mult de { $months ->
    [one] o lună
    [few] { $months } luni
   *[other] { $months } de luni
} din semestru sau în timpul sesiunii; nu este cazul
catalog-open-session-ifr-no-voyage = { $category } se califică prin voiajele din timpul sesiunii; nu este dat niciunul
catalog-open-session-no-documents = voiajele din timpul sesiunii nu sunt dovedite cu documente
catalog-open-session-not-granted = sesiunea deschisă este doar pentru categoriile cărora regulamentul le-o acordă — { $categories } — iar „{ $category }” nu este printre ele
catalog-open-session-no-request = studentul nu a cerut-o în scris
catalog-open-session-no-proof = dovada „{ $document }” nu se află printre documentele prezentate
catalog-open-session-sat = { $student } a susținut { $course } în sesiunea normală, ceea ce exclude sesiunea deschisă pentru această disciplină
catalog-open-session-criteria = coordonatorul disciplinei nu a constatat îndeplinirea criteriilor de competență din fișa disciplinei
catalog-open-session-may = { $student } poate susține { $course } în sesiunea deschisă.
catalog-open-session-may-not = { $student } nu poate susține { $course } în sesiunea deschisă: { $reasons }.
catalog-open-session-earliest = Examenul are loc la cel puțin { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
} după verificarea planului de către secretariat: nu înainte de { $earliest }.
catalog-open-session-date-ok = Examenul are loc la cel puțin { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
} după verificarea planului de către secretariat: nu înainte de { $earliest }. Data convenită, { $date }, respectă termenul.
catalog-open-session-date-early = Examenul are loc la cel puțin { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
} după verificarea planului de către secretariat: nu înainte de { $earliest }. Data convenită, { $date }, este prea devreme.
catalog-examined-together = { $course }: { $students } examinați împreună
catalog-examined-together-from = { $course }: { $students } examinați împreună, de la { $date }

# SC-2: sesiunile de restanțe

catalog-retake-header = Sesiuni de restanțe (SC-2)
catalog-retake-september = sesiunea de restanțe
catalog-retake-before-final = sesiunea de restanțe dinaintea examenului de finalizare a studiilor
catalog-retake-may = { $student } poate susține { $course } în { $session }
catalog-retake-may-not = { $student } nu poate susține { $course } în { $session }: { $reasons }
catalog-retake-passed = { $student } a promovat { $course }: sesiunea de restanțe este pentru restanțieri
catalog-retake-outside-period = sesiunea de la { $from } la { $to } nu se află într-o perioadă de restanțe pentru student: { $periods }
catalog-retake-too-many-credits = disciplinele restante ale studentului au { $credits } credite; sesiunea este pentru cel mult { $max }
catalog-retake-over-cap = studentul are deja { $max } restanțe aprobate în această sesiune, cel mult câte poate susține un student într-una
catalog-retake-period = { $from }..{ $to }{ $whom }
catalog-retake-for-final = {" "}(anii terminali)
catalog-retake-for-others = {" "}(ceilalți ani)
catalog-retake-for-all = {""}
catalog-retake-final-year = este pentru studenții din anul terminal
catalog-retake-no-request = se organizează la cererea studenților, iar aceasta lipsește
catalog-retake-conditions = studentul nu îndeplinește condițiile pentru examenul de finalizare a studiilor
catalog-retake-ends-late = se încheie la { $to }, nu înainte de începerea examenului de finalizare, la { $start }
catalog-retake-no-final-exam-date = prima zi a examenului de finalizare nu este dată

# CA-1..CA-6: catalogul tipărit (HTML) și exportul CSV

catalog-kind-current-year = catalog de an curent
catalog-kind-retake = catalog de restanță
catalog-kind-differences = catalog de diferențe
catalog-form-full-time = cu frecvență (IF)
catalog-form-reduced-attendance = cu frecvență redusă (IFR)
catalog-csv-heading = nr,student,nume,nota_echivalata
catalog-csv-session-heading = sesiunea_{ $k },data_{ $k },nota_{ $k },in_litere_{ $k },semnaturi_{ $k },valori_taiate_{ $k },mariri_{ $k }
catalog-csv-annulled = { $mark } (anulată, GR-11)
catalog-csv-improvement = { $before } → mărire { $result } ({ $session }, { $date }): rămâne { $stands }
catalog-html-title = Catalog { $id } — { $course }
catalog-html-heading = CATALOG
catalog-html-heading-supplementary = CATALOG SUPLIMENTAR
catalog-html-programme = Specializarea
catalog-html-year = Anul universitar
catalog-html-course = Disciplina
catalog-html-series = Seria / grupa
catalog-html-study-form = Forma de învățământ
catalog-html-kind = Tipul catalogului
catalog-html-holder = Titular de disciplină
catalog-html-number = Nr. catalog
catalog-html-attached = Atașat la catalogul nr. { $original } (CA-2).
catalog-html-nr = Nr. crt.
catalog-html-name = Numele, inițiala tatălui, prenumele
catalog-html-recognised = Nota echivalată
catalog-html-session = Sesiunea { $k }
catalog-html-unsigned = — nesemnat —
catalog-html-annulled = anulat de { $by } la { $date }: { $reason }
catalog-html-annulled-retake = anulat de { $by } la { $date }: { $reason }; examen repetat
catalog-html-improvement = → mărire { $result } ({ $session }, { $date })
catalog-html-stands = rămâne nota { $stands } (GR-14)
catalog-html-dean = Decan
catalog-html-secretary = Secretar
catalog-line = Catalogul { $id }
catalog-supplementary-line = Catalogul suplimentar { $id }, atașat la { $first } (CA-2)

# CA-2..CA-6, GR-10, GR-11, GR-13, GR-14, SC-7: refuzurile

catalog-refused-unknown-student = studentul „{ $student }” nu figurează în catalogul „{ $catalog }”
catalog-refused-unknown-exam = examenul „{ $exam }” nu este înregistrat în catalogul „{ $catalog }”
catalog-refused-not-exam-day = examenul „{ $exam }” are loc la { $exam_day }; nota se trece numai în ziua examenului, nu la { $at } (CA-4)
catalog-refused-not-authorised = { $by } nu poate { $action }: { $why }
catalog-refused-row-full = studentul „{ $student }” are toate cele { $columns } coloane de sesiune completate; pentru el se tipărește un catalog suplimentar (CA-2)
catalog-refused-row-not-full = studentul „{ $student }” are { $used } din { $columns } coloane completate: nu este necesar un catalog suplimentar (CA-2)
catalog-refused-already-entered = studentul „{ $student }” are deja o notă la examenul „{ $exam }” (coloana { $column }); se modifică printr-o corectură (CA-6)
catalog-refused-recognised = studentul „{ $student }” are nota echivalată { $grade }; nu este examinat din nou (CA-3)
catalog-refused-no-entry = studentul „{ $student }” nu are nicio înscriere în coloana { $column }
catalog-refused-no-change = studentul „{ $student }”, coloana { $column }: corectura scrie valoarea deja existentă ({ $mark })
catalog-refused-unknown-signer = { $signer } nu se numără printre cei care semnează notele examenului „{ $exam }” ({ $expected })
catalog-refused-already-signed = { $signer } a semnat deja coloana { $column } a studentului „{ $student }”
catalog-refused-out-of-order = evenimentul din { $at } este datat înaintea ultimului eveniment ({ $last }); istoricul doar crește
catalog-improve-empty = studentul „{ $student }” nu are nicio înscriere în coloana { $column }: nu există o notă de mărit
catalog-improve-annulled = coloana { $column } a studentului „{ $student }” a fost anulată (GR-11): un rezultat anulat nu se mărește
catalog-improve-not-passed = coloana { $column } a studentului „{ $student }” are { $mark }, nu o notă de promovare (cel puțin { $pass }): se mărește doar nota unei discipline promovate (GR-13)
catalog-improve-same-exam = „{ $exam }” este chiar examenul care a dat nota din coloana { $column } a studentului „{ $student }”: mărirea este un alt examen, ulterior
catalog-improve-not-after = „{ $exam }” are loc la { $date }, nu după ziua examenului din coloana { $column } a studentului „{ $student }” ({ $exam_day }): examenul de mărire urmează examenului a cărui notă o mărește
catalog-improve-again = coloana { $column } a studentului „{ $student }” are deja rezultatul examenului de mărire „{ $exam }”: rezultatul unui examen se trece o singură dată
catalog-improve-none = coloana { $column } a studentului „{ $student }” nu are o mărire la „{ $exam }” de semnat
catalog-action-correct = corecta coloana { $column } a studentului „{ $student }”
catalog-action-annul = anula coloana { $column } a studentului „{ $student }”
catalog-action-technical-failure = înregistra o problemă tehnică a studentului „{ $student }” la „{ $exam }”
catalog-action-enter = trece note la examenul „{ $exam }”
catalog-why-holder-corrects = numai titularul disciplinei, { $holder }, corectează o notă (CA-6)
catalog-why-dean-annuls = numai decanul, { $dean }, anulează un rezultat obținut prin fraudă (GR-11)
catalog-why-committee-records = o înregistrează un membru al comisiei examenului (GR-10)
catalog-why-not-delegated = asistentul notează numai dacă titularul îi deleagă notarea (SC-7), iar { $holder } nu a făcut-o
catalog-why-holder-enters = notele se trec de titularul disciplinei, { $holder } (CA-4)
catalog-why-committee-enters = notele se trec de un membru al comisiei numite de decan
