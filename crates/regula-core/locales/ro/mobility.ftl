# Mobilitatea Erasmus+ (MO-1..MO-12, Regulamentul de mobilitate studențească Erasmus+ al ITP)

mobility-kind-study = de studii
mobility-kind-training = de formare

mobility-doc-candidate-form = fișa candidatului
mobility-doc-transcript = situația școlară
mobility-doc-no-earlier-mobility = declarația că studentul nu a beneficiat de altă mobilitate
mobility-doc-europass-cv = CV-ul Europass
mobility-doc-letter-of-intent = scrisoarea de intenție
mobility-doc-recommendation = scrisoarea de recomandare a coordonatorului specializării
mobility-doc-identity-card = copia actului de identitate
mobility-doc-language-certificate = certificatul de competență lingvistică
mobility-doc-scientific-activity = documentele privind activitățile științifice
mobility-doc-social-activity = adeverințele privind activitățile sociale

# MO-5, MO-6, MO-7: apelul și comisia

mobility-committee-not-named = comisia nu este desemnată de Rector
mobility-committee-too-small = comisia are { $members ->
    [one] un membru
    [few] { $members } membri
   *[other] { $members } de membri
}; sunt necesari cel puțin { $min }
mobility-committee-no-student = niciun membru nu este student desemnat de Organizația Studenților
mobility-committee-student-candidate = membrul student { $member } este și candidat
mobility-committee-no-field = membrul { $member } nu reprezintă niciun domeniu
mobility-committee-same-field = membrii { $members } reprezintă toți domeniul „{ $field }”; membrii trebuie să reprezinte domenii diferite
mobility-committee-no-declaration = { $member } nu a semnat declarația de evitare a conflictului de interese
mobility-committee-family-tie = { $member } are relații familiale cu candidatul { $candidate }
mobility-committee-no-secretary = comisia nu are secretar: secretarul comisiei este coordonatorul Erasmus+
mobility-call-no-kind = apelul nu oferă niciun tip de mobilitate
mobility-call-no-fields = apelul nu precizează numărul locurilor pe domenii
mobility-call-field-twice = domeniul „{ $field }” apare de două ori
mobility-call-field-no-place = domeniul „{ $field }” nu oferă niciun loc
mobility-call-no-conditions = apelul nu precizează condițiile de aplicare
mobility-call-document-missing = apelul nu cere documentul „{ $document }”, necesar dosarului unei mobilități { $kind }
mobility-call-deadline-not-after = data limită ({ $deadline }) nu este după publicare ({ $published })
mobility-call-not-on-website = apelul nu este publicat pe site-ul instituției
mobility-call-not-on-boards = apelul nu este publicat pe aviziere
mobility-call-points-not-published = sistemul de punctare nu este publicat odată cu apelul

# MO-1, MO-2, MO-3: eligibilitatea

mobility-eligible = { $applicant } este eligibil(ă) pentru o mobilitate { $kind }
mobility-not-eligible = { $applicant } nu este (încă) eligibil(ă) pentru o mobilitate { $kind }:
mobility-condition-pending = în așteptare
mobility-condition-failed = neîndeplinită
mobility-condition = { $condition }: { $reason }
mobility-active = înscris(ă) în semestrul mobilității, cu contractul de studiu semnat
mobility-not-enrolled = nu este înscris(ă) în semestrul mobilității
mobility-no-study-contract = contractul de studiu al semestrului mobilității nu este semnat
mobility-not-enrolled-no-contract = nu este înscris(ă) în semestrul mobilității și nu are contract de studiu semnat
mobility-extension-year = studenții aflați în anul de prelungire nu pot aplica
mobility-no-extension-year = nu este în anul de prelungire
mobility-semesters = { $completed ->
    [one] un semestru încheiat
    [few] { $completed } semestre încheiate
   *[other] { $completed } de semestre încheiate
}, minimum { $min } necesare
mobility-credits = { $earned } din cele { $due ->
    [one] un credit datorat
    [few] { $due } credite datorate
   *[other] { $due } de credite datorate
} obținute
mobility-citizen-romanian = cetățean român
mobility-citizen-eu-valid = cetățean UE cu certificat de înregistrare în România valabil până la { $until }
mobility-citizen-eu-expired = cetățean UE al cărui certificat de înregistrare în România a expirat la { $until } (verificat la { $on })
mobility-citizen-eu-no-certificate = cetățean UE fără certificat de înregistrare sau de reședință în România
mobility-citizen-other = nici cetățean român, nici cetățean UE cu certificat de înregistrare în România
mobility-language-exempt = nu se cere un nivel lingvistic când limba este „{ $language }”
mobility-language-met = „{ $language }” la nivelul { $level }, minimum { $min } necesar
mobility-language-below = „{ $language }” la nivelul { $level }, sub nivelul { $min } necesar
mobility-language-dean-test = nicio dovadă pentru „{ $language }” la nivelul { $min }: decanul organizează evaluarea competențelor lingvistice (MO-3)
mobility-language-no-proof = nicio dovadă pentru „{ $language }” la nivelul { $min }
mobility-plan-fits = programa din străinătate se încadrează în planul de învățământ
mobility-plan-prolongs = programa din străinătate nu se încadrează în planul de învățământ (studiile s-ar prelungi)
mobility-training-fits = stagiul se încadrează în planul de învățământ fără a întrerupe anul de studiu
mobility-training-interrupts = stagiul ar întrerupe sau ar repeta anul de studiu
mobility-earlier = a beneficiat deja de o mobilitate Erasmus+ { $kind }
mobility-no-earlier = nu a beneficiat de o altă mobilitate Erasmus+ { $kind }
mobility-committee-condition = { $description }: { $met }
mobility-cycle-bachelor = de licență
mobility-cycle-master = de master
mobility-cycle-doctorate = de doctorat
mobility-months-left = { $used ->
    [one] o lună folosită
    [few] { $used } luni folosite
   *[other] { $used } de luni folosite
} din cele { $budget } ale ciclului { $cycle }: eligibil(ă) pentru încă cel mult { $left ->
    [one] o lună
    [few] { $left } luni
   *[other] { $left } de luni
}
mobility-months-asked-fit = { $asked ->
    [one] o lună cerută
    [few] { $asked } luni cerute
   *[other] { $asked } de luni cerute
}; { $used } din cele { $budget } luni ale ciclului { $cycle } folosite, deci mai rămân cel mult { $left }
mobility-months-asked-too-many = { $asked ->
    [one] o lună cerută
    [few] { $asked } luni cerute
   *[other] { $asked } de luni cerute
}, dar { $used } din cele { $budget } luni ale ciclului { $cycle } sunt folosite: mai rămân doar { $left }
mobility-months-too-few-left = { $used } din cele { $budget } luni ale ciclului { $cycle } folosite: mai rămân { $left }, mai puțin decât cea mai scurtă mobilitate, de { $min } luni

# MO-3, MO-4: dosarul de aplicare

mobility-dossier-complete = Dosarul lui { $applicant }: complet
mobility-dossier-incomplete = Dosarul lui { $applicant }: incomplet, poate fi completat până la { $deadline }
mobility-dossier-not-considered = Dosarul lui { $applicant }: nu se ia în considerare (MO-4), termenul limită { $deadline } a trecut
mobility-defect = { $document }: { $detail }
mobility-recommended-missing = Recomandate, nepredate: { $documents }
mobility-note = Notă: { $note }
mobility-no-certificate-asked = Nu se solicită certificatul de competență lingvistică atunci când limba este „{ $language }”.
mobility-dean-tests-language = lipsește certificatul de competență lingvistică pentru „{ $language }”: decanul organizează evaluarea studentului (MO-3)
mobility-defect-late = predat la { $at }, după termenul limită { $deadline }
mobility-defect-missing = nepredat
mobility-defect-unsigned = nesemnat
mobility-defect-data-missing = lipsesc date necesare
mobility-defect-language = în limba „{ $language }”, solicitat în „{ $wanted }”
mobility-defect-language-unknown = limba nu este precizată; solicitat în „{ $wanted }”
mobility-defect-too-long = { $characters ->
    [one] un caracter
    [few] { $characters } caractere
   *[other] { $characters } de caractere
}, cel mult { $max } permise
mobility-letter-length = Scrisoarea de intenție are { $characters ->
    [one] un caracter
    [few] { $characters } caractere
   *[other] { $characters } de caractere
}, cel mult { $max }.
mobility-letter-length-unknown = lungimea scrisorii de intenție nu a fost dată, deci nu a fost verificată
mobility-defect-step = { $document }: { $detail }.
mobility-dossier-step-complete = Toate documentele necesare au fost predate la timp.
mobility-dossier-step-incomplete = { $problems ->
    [one] O problemă
    [few] { $problems } probleme
   *[other] { $problems } de probleme
}; dosarul poate fi completat până la { $deadline }.
mobility-dossier-step-not-considered = { $problems ->
    [one] O problemă
    [few] { $problems } probleme
   *[other] { $problems } de probleme
} la termenul limită { $deadline }: aplicația nu se ia în considerare.

# MO-7, MO-8: selecția

mobility-selection-header = Selecție: { $awards }
mobility-procedure-valid = Apelul, comisia și procesul-verbal respectă regulamentul.
mobility-field-header = { $field } — { $places ->
    [one] un loc
    [few] { $places } locuri
   *[other] { $places } de locuri
}, { $selected ->
    [one] un candidat selectat
    [few] { $selected } candidați selectați
   *[other] { $selected } de candidați selectați
}
mobility-outcome-confirmed = selectat, { $award } { $confirmed }
mobility-confirmed-feminine = confirmată
mobility-confirmed-masculine = confirmat
mobility-outcome-provisional = selectat provizoriu (se așteaptă: { $waiting })
mobility-outcome-reserve = rezervă { $position }
mobility-outcome-not-selected = neselectat
mobility-excluded = exclus: { $reasons }
mobility-exclusion-given = { $reason }
mobility-excluded-kind = apelul nu oferă mobilități { $kind }
mobility-excluded-condition = { $rule } { $condition }: { $reason }
mobility-excluded-document = MO-4 { $document }: { $detail }
mobility-not-ranked = { $candidate } nu este clasat(ă) în domeniul „{ $field }”: { $reasons }.
mobility-field-ranked = Domeniul „{ $field }”: { $ranked ->
    [one] un candidat clasat
    [few] { $ranked } candidați clasați
   *[other] { $ranked } de candidați clasați
} pentru { $places ->
    [one] un loc
    [few] { $places } locuri
   *[other] { $places } de locuri
} după punctaj, la egalitate decide { $tie_break }; selectați: { $selected }.
mobility-awaited-enrolment-proof = dovada de înmatriculare de la instituția parteneră
mobility-awaited-learning-agreement = acordul de studiu semnat
mobility-awaited-funding = fondurile instituției de la agenția națională
mobility-grant-confirmed = { $candidate }: { $the_award } este { $confirmed }.
mobility-grant-provisional = { $candidate }: decizia este provizorie, se așteaptă: { $waiting }.
mobility-minutes-missing-part = procesul-verbal nu cuprinde { $part }
mobility-minutes-composition = componența comisiei
mobility-minutes-criteria = criteriile de selecție
mobility-minutes-applications = însumarea aplicațiilor depuse
mobility-minutes-results = rezultatul evaluării
mobility-minutes-unsigned = { $member } nu a semnat procesul-verbal
mobility-minutes-not-member = { $signer } a semnat procesul-verbal, dar nu este membru al comisiei
mobility-minutes-no-majority = nu există majoritate simplă: { $in_favour } pentru, { $against } împotrivă, { $abstentions } abțineri
mobility-minutes-no-countersignature = decizia nu este contrasemnată de Rector

# MO-9..MO-12: calendarul mobilității

mobility-due-debt-clearance = achitarea datoriilor
mobility-due-financing-contract = contractul de finanțare
mobility-due-grant-payment = virarea bursei
mobility-due-learning-agreement = acordul de studiu
mobility-due-agreement-changes = schimbările la acordul de studiu
mobility-due-enrolment-certificate = adeverința de înmatriculare
mobility-due-attendance-certificate = dovada perioadei de ședere
mobility-due-final-report = raportul final
mobility-due-transcript = situația școlară de la instituția gazdă
mobility-due-ects-proof = dovada creditelor ECTS obținute
mobility-due-europass = certificatul Europass Mobility
mobility-calendar-header = Mobilitate de { $duration } — situația la { $today }
mobility-advice = Recomandare: { $advice }
mobility-deadline-line = { $document }: { $when }; { $status } — { $rule }: { $basis }
mobility-grant-period-starts = Perioada bursei începe (MO-9): { $start }
mobility-grant-period-waits = Perioada bursei (MO-9): nu înainte de semnarea acordului de studiu și a contractului de finanțare
mobility-open-debts = Datorii neachitate (MO-12): { $debts }
mobility-due-by = până la { $date }
mobility-not-before = nu înainte de { $date }
mobility-no-date = fără termen
mobility-status-done = predat la { $on }
mobility-status-out-of-time = predat la { $on }, ÎN AFARA TERMENULUI
mobility-status-pending = în așteptare
mobility-status-overdue = ÎNTÂRZIAT cu { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
}
mobility-duration = { $months ->
    [one] o lună
    [few] { $months } luni
   *[other] { $months } de luni
} și { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
}
mobility-too-short = o mobilitate { $kind } durează cel puțin { $min ->
    [one] o lună
    [few] { $min } luni
   *[other] { $min } de luni
}: de la { $departure } trebuie să dureze până la { $shortest }, nu până la { $return }
mobility-too-long = o mobilitate durează cel mult { $max ->
    [one] o lună
    [few] { $max } luni
   *[other] { $max } de luni
}: de la { $departure } trebuie să se încheie până la { $longest }, nu la { $return }
mobility-month = { $month } { $year }
mobility-training-season = stagiul de formare se recomandă în lunile de vară ({ $recommended }); acesta se desfășoară și în { $outside }
mobility-duration-within = Mobilitatea durează { $duration } (de la { $departure } la { $return }), între { $min } și { $max } luni.
mobility-duration-breaks = Mobilitatea durează { $duration } (de la { $departure } la { $return }): { $violations }.
mobility-basis-debts = toate datoriile achitate înainte de plecarea din { $departure }
mobility-basis-working-days-before = cu { $days ->
    [one] o zi lucrătoare
    [few] { $days } zile lucrătoare
   *[other] { $days } de zile lucrătoare
} înainte de plecarea din { $departure }
mobility-basis-days-before = nu mai devreme de { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
} înainte de plecarea din { $departure }
mobility-basis-signed-before = semnat înainte de plecarea din { $departure }
mobility-basis-agreement-after = nesemnat înainte de plecare: originalul { $days ->
    [one] într-o zi
    [few] în { $days } zile
   *[other] în { $days } de zile
} de la plecarea din { $departure }
mobility-basis-changes = dacă există, { $months ->
    [one] într-o lună
    [few] în { $months } luni
   *[other] în { $months } de luni
} de la plecarea din { $departure }
mobility-basis-days-after = { $days ->
    [one] într-o zi
    [few] în { $days } zile
   *[other] în { $days } de zile
} de la plecarea din { $departure }
mobility-basis-working-days-after = { $days ->
    [one] într-o zi lucrătoare
    [few] în { $days } zile lucrătoare
   *[other] în { $days } de zile lucrătoare
} de la întoarcerea din { $return }
mobility-basis-after-return = după întoarcerea din { $return }, la data stabilită de coordonatorul Erasmus+
mobility-after-return = După o mobilitate { $kind } se predau: { $documents }.
mobility-deadline-step = { $document }: { $when } ({ $basis }); { $status }.
mobility-debt-amount = { $debt } ({ $amount })
mobility-debt = { $debt }
mobility-debt-settled-late = { $debt } (achitată abia la { $settled }, nu înainte de plecare)
mobility-debts-open = Neachitate înainte de plecare: { $debts }.
mobility-grant-starts-after-departure = Perioada bursei începe la { $start }, când acordul de studiu și contractul de finanțare sunt ambele semnate, după plecarea din { $departure }.
mobility-grant-starts = Perioada bursei începe la { $start }: acordul de studiu și contractul de finanțare sunt semnate.
mobility-grant-cannot-start = Perioada bursei nu poate începe până când acordul de studiu și contractul de finanțare nu sunt ambele semnate.
