# cookiewarden lapu teksti latviešu valodā. Katrs šī faila ziņojums ir arī failā en.ftl;
# vienībtests gādā, lai abi faili būtu saskaņoti.

language-name = Latviešu
language-label = Valoda
language-submit = Mainīt valodu

index-title = Šīs platformas pārvaldītās vietnes
index-intro = Katra tālāk norādītā vietne publicē, kādas sīkdatnes tā izmanto, kam tās vajadzīgas un cik ilgi tās tiek glabātas.
index-policy-link = Sīkdatņu politika
index-platform = Šīs platformas sīkdatnes

policy-title = Vietnes { $site } sīkdatņu politika
policy-why-heading = Kāpēc vietne { $site } izmanto sīkdatnes
policy-why = Vietnei { $site } ir vajadzīgas dažas sīkdatnes, lai tā darbotos tā, kā Jūs sagaidāt. Ar Jūsu piekrišanu tā var izmantot arī citas — lai novērtētu apmeklētību vai rādītu saturu no citiem pakalpojumiem. Šajā lapā ir uzskaitīta katra vietnes deklarētā sīkdatne: kam tā paredzēta, kas to iestata un cik ilgi tā paliek Jūsu pārlūkprogrammā.
policy-what-heading = Kas ir sīkdatne?
policy-what = Sīkdatne ir neliela, ar nosaukumu apzīmēta datu vienība, ko tīmekļa vietne lūdz Jūsu pārlūkprogrammai saglabāt. Pārlūkprogramma to glabā noteiktu laiku un nosūta atpakaļ šai vietnei ikreiz, kad Jūs tajā atgriežaties. Sīkdatnes var saglabāt Jūsu pieteikšanos, atcerēties iepirkumu groza saturu vai ilgākā laikā atpazīt Jūsu pārlūkprogrammu, lai uzskaitītu apmeklējumus vai rādītu mērķētu reklāmu.
policy-types-heading = Četri sīkdatņu veidi
policy-type-necessary-name = Nepieciešamās sīkdatnes
policy-type-necessary = saglabā informāciju no viena apmeklējuma līdz nākamajam tajā pašā ierīcē, piemēram, iepirkumu grozu, pieteikšanos vai saskarnes iestatījumu. Bez tām vietne nevar darboties, tāpēc tās tiek iestatītas, Jums neprasot.
policy-type-statistics-name = Statistikas sīkdatnes
policy-type-statistics = seko apmeklētāju darbībām vietnē, lai novērtētu tās apmeklētību. Ja mērījumi ir anonimizēti, tā ka tos nekad nevar saistīt ar konkrētu personu, piekrišana nav vajadzīga; tomēr Jūs varat no tiem atteikties.
policy-type-first-party-name = Pirmās puses sīkdatnes
policy-type-first-party = iestata vietne, kuru Jūs apmeklējat. Papildus nepieciešamajām sīkdatnēm tās var vākt personas datus, sekot Jūsu darbībām vietnē vai rādīt reklāmu.
policy-type-third-party-name = Trešo pušu sīkdatnes
policy-type-third-party = iestata cita tīmekļa vietne vai kāds tās uzdevumā — bieži vien reklāmdevējs —, izmantojot saturu, kas iegults Jūsu apmeklētajā vietnē. Tās ļauj šai citai vietnei uzzināt, kuras lapas Jūs skatījāt, un vākt informāciju par Jums.
policy-list-heading = Vietnes { $site } sīkdatnes
policy-none = Šī vietne nav deklarējusi nevienu šāda veida sīkdatni.
policy-choices-heading = Ja pārdomājat
policy-choices = Savu izvēli varat jebkurā laikā mainīt vai atsaukt ar pogu „Sīkdatņu iestatījumi“, kas redzama katrā vietnes { $site } lapā. Atsaukt piekrišanu ir tikpat vienkārši kā to dot.
policy-browser = Arī Jūsu pārlūkprogramma parāda saglabātās sīkdatnes un ļauj tās dzēst vai bloķēt — visām vietnēm vai tikai dažām. Meklējiet „sīkdatnes“ vai „vietņu dati“ tās iestatījumos vai palīdzības sadaļā. Ja bloķēsiet nepieciešamās sīkdatnes, dažas vietnes daļas var pārstāt darboties.
policy-version = Politikas versija { $version }
policy-services-heading = Citu uzņēmumu pakalpojumi
policy-services = Dažas vietnes { $site } funkcijas nodrošina citi uzņēmumi, piemēram, iegultu video, karti vai apmeklētības novērtēšanas rīku. Neviena no tām netiek ielādēta, kamēr sīkdatņu iestatījumos neatļausiet tai atbilstošo sīkdatņu veidu vai tieši šo pakalpojumu. Šeit katra no tām ir norādīta kopā ar sīkdatnēm, ko tā, kā zināms, iestata.
column-service = Pakalpojums
column-category = Sīkdatņu veids
policy-service-no-cookies = nav zināmu

category-necessary = Nepieciešamās
category-necessary-description = Vajadzīgas vietnes darbībai; vienmēr ieslēgtas.
category-preferences = Preferenču
category-preferences-description = Atceras izvēles, kas maina vietnes izskatu vai darbību, piemēram, reģionu vai attēlojuma iestatījumu.
category-statistics = Statistikas
category-statistics-description = Novērtē vietnes apmeklētību, lai to uzlabotu.
category-marketing = Mārketinga
category-marketing-description = Reklāma, izsekošana dažādās vietnēs un no citiem pakalpojumiem iegults saturs, piemēram, video.

column-provider = Nodrošinātājs
column-function = Funkcija un vieta
column-names = Sīkdatnes nosaukums(-i)
column-purpose = Nolūks
column-duration = Glabāšanas ilgums
column-party = Puse
party-first = Pirmā puse
party-third = Trešā puse
name-prefix = jebkurš nosaukums, kas sākas ar { $prefix }
exempt-note = Anonimizēta apmeklētības mērīšana: darbojas bez piekrišanas, bet Jūs varat no tās atteikties.
domain-note = iestatīta domēnā { $domain }

duration-session = Līdz pārlūkprogrammas aizvēršanai
duration-hour = { $n ->
    [zero] { $n } stundas
    [one] { $n } stunda
   *[other] { $n } stundas
}
duration-day = { $n ->
    [zero] { $n } dienas
    [one] { $n } diena
   *[other] { $n } dienas
}
duration-week = { $n ->
    [zero] { $n } nedēļas
    [one] { $n } nedēļa
   *[other] { $n } nedēļas
}
duration-month = { $n ->
    [zero] { $n } mēneši
    [one] { $n } mēnesis
   *[other] { $n } mēneši
}
duration-year = { $n ->
    [zero] { $n } gadi
    [one] { $n } gads
   *[other] { $n } gadi
}

not-found-title = Lapa nav atrasta
not-found-text = Šajā adresē nekā nav.
not-found-site = Šeit netiek pārvaldīta neviena vietne ar nosaukumu „{ $slug }“.
not-found-home = Skatīt šeit pārvaldītās vietnes

banner-title = Sīkdatnes vietnē { $site }
banner-text = Vietne { $site } izmanto sīkdatnes, kas tai vajadzīgas darbībai. Ar Jūsu piekrišanu tā izmantotu arī citas — lai novērtētu apmeklētību un rādītu saturu no citiem pakalpojumiem. Atteikties ir tikpat vienkārši kā piekrist, un savu izvēli varat mainīt jebkurā laikā.
banner-accept-all = Pieņemt visas
banner-reject-all = Noraidīt visas
banner-customise = Pielāgot
banner-save = Saglabāt izvēli
banner-close = Aizvērt, nepiekrītot
banner-settings = Sīkdatņu iestatījumi
banner-policy-link = Sīkdatņu politika
banner-gpc = Jūsu pārlūkprogramma sūta Global Privacy Control signālu, tāpēc mārketinga sīkdatnes paliek izslēgtas.
banner-always-on = Vienmēr ieslēgtas
banner-exempt = Darbojas bez piekrišanas; varat to izslēgt.
banner-placeholder = Šim saturam vajadzīgas „{ $category }“ sīkdatnes.
banner-placeholder-accept = Atļaut „{ $category }“ sīkdatnes
banner-opt-out-text = Vietne { $site } izmanto sīkdatnes darbībai, apmeklētības novērtēšanai un reklāmai. Jūs jebkurā laikā varat atteikties no savas personiskās informācijas pārdošanas un kopīgošanas, kā arī no mērķētas reklāmas.
banner-privacy-choices = Jūsu privātuma izvēles
banner-gpc-honoured = Atteikšanās pieprasījums ir ievērots
banner-notice-ok = Labi
banner-services = Šāda veida pakalpojumi

my-consent-title = Jūsu sīkdatņu izvēle vietnē { $site }
my-consent-none = Šajā vietnē Jūsu izvēle vēl nav izdarīta: tiek izmantotas tikai nepieciešamās sīkdatnes.
my-consent-none-starts-on = Šajā vietnē Jūsu izvēle vēl nav izdarīta: Jūsu reģionā vietnes sīkdatnes ir ieslēgtas, līdz Jūs tās izslēdzat tālāk.
my-consent-id = Piekrišanas ID
my-consent-date = Izvēles datums
my-consent-change = Mainīt izvēli
my-consent-withdraw = Atsaukt piekrišanu
my-consent-back = Atpakaļ uz vietni
my-consent-opt-out = Atteikties no pārdošanas, kopīgošanas un mērķētas reklāmas
my-consent-opt-out-explained = Ar vienu darbību tiek pārtraukta Jūsu personiskās informācijas pārdošana un kopīgošana, kā arī mērķēta reklāma šajā vietnē; pārējās vietnes sīkdatnes paliek nemainītas.
my-consent-opted-out = Jūsu atteikšanās no pārdošanas, kopīgošanas un mērķētas reklāmas šajā vietnē ir reģistrēta.
audience-heading = Apmeklētības mērīšana
audience-explained = Lai zinātu, kuras lapas tiek lasītas, katrs apmeklējums tiek uzskaitīts bez sīkdatnēm: adrese un pārlūkprogramma tiek izmantotas tikai tam, lai vienas dienas apmeklējumus atšķirtu citu no cita, un tās nekad netiek saglabātas. Pēc šiem skaitļiem nevienu nevar atpazīt, un tie netiek nodoti citiem.
audience-opt-out = Neuzskaitīt manus apmeklējumus
audience-stop = Pārtraukt manu apmeklējumu uzskaiti
audience-resume = Atsākt manu apmeklējumu uzskaiti
audience-stopped = Jūsu apmeklējumi netiek uzskaitīti.
stats-title = Vietnes { $site } statistika
stats-views = Lapu skatījumi
stats-visitors = Apmeklētāji
stats-visitors-note = Apmeklētāji tiek uzskaitīti reizi dienā un bez sīkdatnēm: ja cilvēks atgriežas vairākas dienas, viņš tiek uzskaitīts katru dienu.
stats-audience = Lapu skatījumi un apmeklētāji dienā
stats-top-path = Populārākās lapas
stats-top-referrer = Galvenās novirzošās vietnes
stats-top-browser = Pārlūkprogrammas
stats-top-os = Operētājsistēmas
stats-top-device = Ierīces
stats-top-language = Valodas
stats-none = (nav)
stats-decisions = Piekrišanas lēmumi
stats-acceptance = Piekrišana pa kategorijām (%)
stats-acceptance-language = Piekrišana pa valodām (%)
stats-undecided = Apmeklētāji, kuri izvēli tā arī neizdarīja (aplēse)
stats-nothing = Pagaidām nekas nav uzskaitīts.
admin-statistics = Statistika
choice-on = Ieslēgts
choice-off = Izslēgts

admin-login-title = Pieteikšanās sistēmā cookiewarden
admin-username = Lietotājvārds
admin-password = Parole
admin-login-submit = Pieteikties
admin-login-failed = Nepareizs lietotājvārds vai parole.
admin-login-locked = Pārāk daudz neveiksmīgu mēģinājumu. Mēģiniet vēlreiz pēc { $minutes ->
    [zero] { $minutes } minūtēm
    [one] { $minutes } minūtes
   *[other] { $minutes } minūtēm
}.
admin-csrf-failed = Šīs veidlapas derīgums ir beidzies, vai arī tā tika nosūtīta no citas vietnes. Pārlādējiet lapu un mēģiniet vēlreiz.
admin-login-busy = Pašlaik piesakās pārāk daudz lietotāju. Lūdzu, pēc brīža mēģiniet vēlreiz.
admin-home-title = Vietnes
admin-signed-in-as = Pieteicies lietotājs: { $user }
admin-logout = Izrakstīties
admin-logout-everywhere = Izrakstīties visur
admin-no-sites = Jums vēl nav piekļuves nevienai vietnei; administrators var Jūs pievienot.
admin-site-policy = Sīkdatņu politika
admin-role-admin = administrators
admin-role-editor = redaktors
admin-role-viewer = lasītājs
admin-consents = Piekrišanu žurnāls
admin-consents-title = Vietnes { $site } piekrišanu žurnāls
admin-consents-count = { $total ->
    [0] Neviens ieraksts neatbilst
    [zero] Atbilst { $total } ieraksti
    [one] Atbilst { $total } ieraksts
   *[other] Atbilst { $total } ieraksti
}; šajā lapā — { $shown }.
admin-col-time = Reģistrēts (UTC)
admin-col-id = Piekrišanas ID
admin-col-method = Veids
admin-col-choices = Atļauts
admin-col-language = Valoda
admin-col-rules = Reģions un noteikumi
admin-filter-from = No
admin-filter-to = Līdz
admin-filter-method = Veids
admin-filter-any = jebkurš
admin-filter-id = Piekrišanas ID
admin-filter-submit = Filtrēt
admin-export-csv = Lejupielādēt CSV formātā
admin-not-member = Jums nav piekļuves šai vietnei.
admin-bad-filter = Nederīga filtra vērtība `{ $value }`: datumus raksta formātā GGGG-MM-DD, veidus — tā, kā tie reģistrēti.
admin-users = Lietotāji
admin-audit = Audita žurnāls
admin-col-user = Lietotājs
admin-col-roles = Lomas
admin-col-state = Stāvoklis
admin-col-actor = Kas
admin-col-action = Ko
admin-col-target = Objekts
admin-col-before = Pirms
admin-col-after = Pēc
admin-state-active = aktīvs
admin-state-disabled = atspējots
admin-disable = Atspējot
admin-enable = Iespējot
admin-not-admin = To var darīt tikai administratori.
admin-not-yourself = Jūs nevarat atspējot savu kontu.
admin-unknown-user = Šāda lietotāja nav.
admin-settings = Iestatījumi
admin-settings-title = Vietnes { $site } iestatījumi
admin-field-name = Nosaukums
admin-field-origins = Izcelsmes
admin-field-origins-help = Adreses, kurās vietne ir pieejama, pa vienai katrā rindā, piemēram, https://www.example.org. Baneris atbild tikai šo adrešu lapām.
admin-field-languages = Valodas
admin-field-languages-help = Valodu kodi, atdalīti ar komatiem, piemēram, en, fr.
admin-field-default-language = Noklusējuma valoda
admin-field-default-language-help = Tiek izmantota, ja apmeklētāja pārlūkprogramma neprasa nevienu no vietnes valodām.
admin-field-consent-lifetime = Izvēle tiek glabāta
admin-field-consent-lifetime-help = Cik ilgi apmeklētāja izvēle ir spēkā, pirms baneris jautā vēlreiz, piemēram, 6 months; ne ilgāk kā 13 mēnešus.
admin-field-refusal-cooldown = Atteikums tiek ievērots
admin-field-refusal-cooldown-help = Cik ilgi baneris vairs nejautā pēc tam, kad viss ir noraidīts, arī tad, ja politika mainās, piemēram, 6 months (noklusējums); ne ilgāk kā 400 dienas.
admin-field-cookie-domain = Kopīgais sīkdatņu domēns
admin-field-cookie-domain-help = Visu izcelsmju vecākdomēns, piemēram, example.org, lai visiem tā apakšdomēniem būtu viena kopīga izvēle. Atstājiet tukšu, lai izvēle katram resursdatoram būtu atsevišķa.
admin-field-default-region = Noklusējuma reģions
admin-field-default-region-help = Reģions apmeklētājiem, kuru atrašanās vietu Jūsu priekšējā servera reģiona galvene nenosaka: ISO 3166 kods, piemēram, FR vai US-CA. Atstājiet tukšu, lai izmantotu EU.
admin-field-regions = Noteikumi pa reģioniem
admin-field-regions-help = Pa vienai rindai katram noteikumam, noklusējuma noteikumu vietā (opt-out Amerikas Savienotajās Valstīs, opt-in citur): reģioni, kols, opt-in, opt-out vai notice un, ja vajag, cik ilgi tur tiek ievērots atteikums, piemēram, US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Sīkdatņu politikas ceļš
admin-field-policy-path-help = Kur vietnē atrodas sīkdatņu politika, piemēram, /cookies-policy.
admin-field-statistics-retention = Neapstrādātie apmeklētības dati tiek glabāti
admin-field-statistics-retention-help = Ne ilgāk kā 25 mēnešus. Dienas kopsummas saglabājas arī pēc neapstrādāto datu dzēšanas.
admin-field-statistics-query = Saglabātie vaicājuma parametri
admin-field-statistics-query-help = Parametri, kas tiek saglabāti mērīto lapu ceļos, atdalīti ar komatiem, piemēram, q, page. Atstājiet tukšu, lai nesaglabātu nevienu.
admin-field-statistics-cookie = Atpazīt atkārtotus apmeklētājus
admin-field-statistics-cookie-help = Iestata pirmās puses sīkdatni uz 13 mēnešiem bez atjaunošanas un deklarē to politikā.
admin-services = Pakalpojumi
admin-services-help = Citu uzņēmumu pakalpojumi, ko izmanto šī vietne. Vārteja aiztur to tagus, līdz apmeklētājs tos atļauj, un politikā tie ir uzskaitīti kopā ar to sīkdatnēm. Pašas vietnes pakalpojumi ar to resursdatoriem un koda fragmentiem ir aprakstīti tās definīcijas failā.
admin-services-none = Šī vietne nenorāda nevienu pakalpojumu.
admin-service-add = Pievienot pakalpojumu
admin-service-remove = Noņemt
admin-service-own = pašas vietnes
admin-service-catalogue = no kataloga
admin-save = Saglabāt
admin-saved = Saglabāts.
admin-missing-texts = Sīkdatnei { $cookie } nav funkcijas vai nolūka apraksta šādās valodās: { $languages }. Apmeklētāji, kas lasa šajās valodās, tā vietā redz tekstu noklusējuma valodā ({ $default }).
admin-read-only = Jūs varat skatīt šos iestatījumus; mainīt tos var tikai redaktori un administratori.
admin-not-editor = Mainīt to var tikai vietnes redaktori un administratori.
admin-cookies = Deklarētās sīkdatnes
admin-col-pattern = Nosaukums
admin-col-category = Kategorija
admin-col-party = Puse
admin-col-duration = Ilgums
admin-col-provider = Nodrošinātājs
admin-col-status = Statuss
admin-delete = Dzēst
admin-unknown-cookie = Šī vietne šādu sīkdatni nav deklarējusi.
admin-add-cookie = Deklarēt sīkdatni
admin-field-cookie-name = Nosaukums
admin-field-cookie-name-help = Pievienojiet beigās *, lai deklarētu visas sīkdatnes, kuru nosaukums sākas ar šo tekstu.
admin-field-provider = Nodrošinātājs
admin-field-category = Kategorija
admin-field-party = Puse
admin-field-party-help = first — iestata pati vietne; third — iestata cita uzņēmuma domēns.
admin-field-duration = Ilgums
admin-field-duration-help = Piemēram, 13 months, 1 day vai session.
admin-field-domain = Domēns
admin-field-domain-help = Nav obligāts: domēns, kurā sīkdatne tiek iestatīta, ja tas nav pašas vietnes domēns.
admin-field-path = Ceļš
admin-field-function = Funkcija un vieta
admin-field-function-help = Ko sīkdatne dara un kurā vietnes daļā tā tiek iestatīta.
admin-field-purpose = Nolūks
admin-field-purpose-help = Kāpēc vietnei tā vajadzīga — apmeklētājam saprotamiem vārdiem.
admin-add = Pievienot
admin-field-exempt = Atbrīvota no piekrišanas
admin-field-exempt-help = Atbrīvojums attiecas tikai uz pirmās puses apmeklētības mērīšanu, kuras dati tiek glabāti ne ilgāk kā 13 mēnešus.
admin-field-status = Statuss
admin-field-status-help = Melnraksts netiek iekļauts publicētajā politikā, kamēr tas nav padarīts aktīvs.
admin-edit = Rediģēt
admin-edit-cookie-title = Sīkdatnes { $name } deklarācija
admin-preview = Politikas priekšskatījums
admin-preview-notice = Priekšskatījums: politika tādā veidā, kā to lasīs apmeklētāji, { $drafts ->
    [0] bez deklarāciju melnrakstiem.
    [zero] ar { $drafts } aktivizētiem deklarāciju melnrakstiem.
    [one] ar { $drafts } aktivizētu deklarācijas melnrakstu.
   *[other] ar { $drafts } aktivizētiem deklarāciju melnrakstiem.
}
admin-new-site = Jauna vietne
admin-field-slug = Identifikators
admin-field-slug-help = Mazie burti, cipari un defises. Tas redzams adresēs, un vēlāk to mainīt nevar.
admin-create = Izveidot
admin-tokens = API marķieri
admin-api-document = API apraksts (OpenAPI)
admin-token-created = Lūk, jaunais marķieris. Nokopējiet to tūlīt: tas vairs netiks parādīts.
admin-field-label = Apzīmējums
admin-field-sites = Vietnes
admin-field-access = Piekļuve
admin-access-read = tikai lasīšana
admin-access-write = lasīšana un rakstīšana
admin-all-sites = visas vietnes, ar kurām strādājat
admin-col-created = Izveidots (UTC)
admin-col-last-used = Pēdējoreiz izmantots (UTC)
admin-revoke = Atsaukt
admin-no-tokens = Marķieru vēl nav.
admin-new-token = Jauns marķieris
admin-unknown-token = Šāda marķiera nav.
admin-add-user = Pievienot lietotāju
admin-field-role = Loma
admin-field-member-of = Vietnes
admin-field-member-of-help = Vietnes, ar kurām strādā redaktors vai lasītājs; administrators strādā ar visām.
admin-texts = Banera un politikas teksti
admin-texts-help = Ierakstiet vietnes tekstus katrā tās valodā; ja lauks paliek tukšs, tiek izmantots platformas teksts, kas laukā redzams pelēkā krāsā.
admin-field-banner-title = Banera virsraksts
admin-field-banner-text = Banera teksts
admin-field-policy-intro = Politikas ievadrindkopa

admin-nav = Administrācijas panelis
admin-site-nav = Vietnes { $site } lapas
admin-older = Vecāki ieraksti
admin-newer = Jaunāki ieraksti
admin-show-oldest = Rādīt vecākos vispirms
admin-show-newest = Rādīt jaunākos vispirms
admin-confirm-title = Lūdzu, apstipriniet
admin-confirm-delete-cookie = Dzēst sīkdatnes { $name } deklarāciju? Sīkdatne tūlīt tiks izņemta no publicētās politikas; jau saglabātie piekrišanas ieraksti paliks nemainīti.
admin-confirm-revoke-token = Atsaukt marķieri „{ $label }“? Turpmāk visi skripti, kas to izmanto, tiks atraidīti.
admin-cancel = Atcelt
admin-sorted-ascending = kārtots augošā secībā
admin-sorted-descending = kārtots dilstošā secībā
admin-pages = Tabulas lapas
stats-show-numbers = Skaitļi
stats-demo-data = Šie skaitļi ir sintētiski demonstrācijas dati, kas izveidoti, kad demonstrācija tika palaista ar tukšu datubāzi.
admin-col-links = Pāriet uz
admin-newest = Jaunākās izmaiņas
admin-older-changes = Vecākas izmaiņas
