# Besedila strani, ki jih prikazuje cookiewarden, v slovenščini. Vsako sporočilo iz en.ftl je
# tudi tukaj; enotski test skrbi, da se datoteki ujemata.

language-name = Slovenščina
language-label = Jezik
language-submit = Zamenjajte jezik

index-title = Spletna mesta, ki jih upravlja ta platforma
index-intro = Vsako spodnje spletno mesto objavlja, katere piškotke nastavlja, čemu služijo in kako dolgo ostanejo.
index-policy-link = Politika piškotkov
index-platform = Piškotki te platforme

policy-title = Politika piškotkov spletnega mesta { $site }
policy-why-heading = Zakaj spletno mesto { $site } uporablja piškotke
policy-why = Spletno mesto { $site } potrebuje nekaj piškotkov, da deluje tako, kot pričakujete. Z vašo privolitvijo lahko uporablja tudi druge, da meri obiskanost ali prikazuje vsebine drugih storitev. Ta stran navaja vse piškotke, ki jih je spletno mesto prijavilo: čemu služijo, kdo jih nastavlja in kako dolgo ostanejo v vašem brskalniku.
policy-what-heading = Kaj je piškotek?
policy-what = Piškotek je majhen poimenovan podatek, za katerega spletno mesto prosi vaš brskalnik, naj ga shrani. Brskalnik ga hrani določen čas in ga ob vsakem vašem ponovnem obisku pošlje nazaj temu spletnemu mestu. Piškotki lahko poskrbijo, da ostanete prijavljeni, si zapomnijo vsebino nakupovalne košarice ali dalj časa prepoznavajo vaš brskalnik, da se štejejo obiski ali prikazujejo ciljani oglasi.
policy-types-heading = Štiri vrste piškotkov
policy-type-necessary-name = Nujni piškotki
policy-type-necessary = hranijo podatke od enega obiska do naslednjega v isti napravi, na primer košarico, prijavo ali nastavitev vmesnika. Brez njih spletno mesto ne more delovati, zato se nastavijo brez vprašanja.
policy-type-statistics-name = Statistični piškotki
policy-type-statistics = spremljajo, kaj obiskovalci počnejo na spletnem mestu, da se izmeri njegova obiskanost. Če je merjenje anonimizirano, tako da ga ni mogoče nikoli povezati s posameznikom, privolitev ni potrebna; kljub temu ga lahko zavrnete.
policy-type-first-party-name = Lastni piškotki
policy-type-first-party = izvirajo s spletnega mesta, ki ga obiskujete. Poleg nujnih lahko zbirajo osebne podatke, spremljajo vaše vedenje na spletnem mestu ali prikazujejo oglase.
policy-type-third-party-name = Piškotki tretjih oseb
policy-type-third-party = izvirajo z drugega spletnega mesta – pogosto oglaševalčevega – ali se nastavijo zanj, in sicer prek vsebine, vdelane v spletno mesto, ki ga obiskujete. Temu drugemu spletnemu mestu omogočajo, da izve, katere strani ste si ogledali, in zbira podatke o vas.
policy-list-heading = Piškotki spletnega mesta { $site }
policy-none = To spletno mesto ne navaja nobenih piškotkov te vrste.
policy-choices-heading = Če si premislite
policy-choices = Svojo izbiro lahko kadar koli spremenite ali prekličete z gumbom „Nastavitve piškotkov“, ki je na voljo na vsaki strani spletnega mesta { $site }. Privolitev je enako preprosto preklicati kot dati.
policy-browser = Tudi vaš brskalnik prikazuje piškotke, ki jih hrani, in vam omogoča, da jih izbrišete ali blokirate – za vsa spletna mesta ali le za nekatera. V njegovih nastavitvah ali pomoči poiščite „piškotki“ ali „podatki spletnih mest“. Če blokirate nujne piškotke, nekateri deli spletnega mesta morda ne bodo delovali.
policy-version = Različica politike: { $version }
policy-services-heading = Storitve drugih podjetij
policy-services = Nekatere funkcije spletnega mesta { $site } zagotavljajo druga podjetja, na primer vdelan videoposnetek, zemljevid ali orodje za merjenje obiskanosti. Nobena se ne naloži, dokler v nastavitvah piškotkov ne dovolite vrste piškotkov, ki ji pripada, ali prav te storitve. Tu je vsaka navedena skupaj s piškotki, za katere je znano, da jih nastavlja.
column-service = Storitev
column-category = Vrsta piškotkov
policy-service-no-cookies = ni znanih

category-necessary = Nujni
category-necessary-description = Potrebni za delovanje spletnega mesta; vedno vklopljeni.
category-preferences = Funkcionalni
category-preferences-description = Zapomnijo si izbire, ki spremenijo videz ali delovanje spletnega mesta, na primer regijo ali nastavitev prikaza.
category-statistics = Statistični
category-statistics-description = Merijo obiskanost spletnega mesta, da ga je mogoče izboljšati.
category-marketing = Trženjski
category-marketing-description = Oglaševanje, sledenje med spletnimi mesti in vsebine, vdelane iz drugih storitev, na primer videoposnetki.

column-provider = Ponudnik
column-function = Funkcija in mesto uporabe
column-names = Ime piškotka
column-purpose = Namen
column-duration = Trajanje
column-party = Izvor
party-first = Lastni
party-third = Tretje osebe
name-prefix = katero koli ime, ki se začne z { $prefix }
exempt-note = Anonimizirano merjenje obiskanosti: deluje brez privolitve, lahko ga zavrnete.
domain-note = nastavljen za domeno { $domain }

duration-session = Do zaprtja brskalnika
duration-hour = { $n ->
    [one] { $n } ura
    [two] { $n } uri
    [few] { $n } ure
   *[other] { $n } ur
}
duration-day = { $n ->
    [one] { $n } dan
    [two] { $n } dneva
    [few] { $n } dnevi
   *[other] { $n } dni
}
duration-week = { $n ->
    [one] { $n } teden
    [two] { $n } tedna
    [few] { $n } tedni
   *[other] { $n } tednov
}
duration-month = { $n ->
    [one] { $n } mesec
    [two] { $n } meseca
    [few] { $n } meseci
   *[other] { $n } mesecev
}
duration-year = { $n ->
    [one] { $n } leto
    [two] { $n } leti
    [few] { $n } leta
   *[other] { $n } let
}

not-found-title = Strani ni mogoče najti
not-found-text = Na tem naslovu ni ničesar.
not-found-site = Tukaj se ne upravlja nobeno spletno mesto z imenom „{ $slug }“.
not-found-home = Seznam tukaj upravljanih spletnih mest

banner-title = Piškotki na spletnem mestu { $site }
banner-text = Spletno mesto { $site } nastavlja piškotke, ki jih potrebuje za delovanje. Z vašo privolitvijo bi uporabljalo tudi druge, da meri obiskanost in prikazuje vsebine drugih storitev. Zavrniti je enako preprosto kot sprejeti, svojo odločitev pa lahko kadar koli spremenite.
banner-accept-all = Sprejmem vse
banner-reject-all = Zavrnem vse
banner-customise = Nastavitve
banner-save = Potrdim izbiro
banner-close = Zaprem brez privolitve
banner-settings = Nastavitve piškotkov
banner-policy-link = Politika piškotkov
banner-gpc = Vaš brskalnik pošilja signal Global Privacy Control, zato trženjski piškotki ostanejo izklopljeni.
banner-always-on = Vedno vklopljeni
banner-exempt = Deluje tudi brez privolitve; lahko to izklopite.
banner-placeholder = Ta vsebina potrebuje piškotke kategorije „{ $category }“.
banner-placeholder-accept = Dovolim piškotke kategorije „{ $category }“
banner-opt-out-text = Spletno mesto { $site } uporablja piškotke za delovanje, merjenje obiskanosti in oglaševanje. Prodajo in deljenje svojih osebnih podatkov ter ciljano oglaševanje lahko kadar koli zavrnete.
banner-privacy-choices = Vaše izbire glede zasebnosti
banner-gpc-honoured = Vašo zavrnitev upoštevamo
banner-notice-ok = V redu
banner-services = Storitve te vrste

my-consent-title = Vaše izbire glede piškotkov na spletnem mestu { $site }
my-consent-none = Na tem spletnem mestu se še niste odločili: nastavljeni so le nujni piškotki.
my-consent-none-starts-on = Na tem spletnem mestu se še niste odločili: tam, kjer ste, so njegovi piškotki vklopljeni, dokler jih spodaj ne izklopite.
my-consent-id = Identifikator privolitve
my-consent-date = Datum odločitve
my-consent-change = Sprememba izbire
my-consent-withdraw = Prekličem privolitev
my-consent-back = Nazaj na spletno mesto
my-consent-opt-out = Zavrnem prodajo in deljenje podatkov ter ciljano oglaševanje
my-consent-opt-out-explained = Z enim dejanjem ustavite prodajo in deljenje svojih osebnih podatkov ter ciljano oglaševanje na tem spletnem mestu; drugi piškotki spletnega mesta ostanejo nespremenjeni.
my-consent-opted-out = Prodajo in deljenje podatkov ter ciljano oglaševanje ste na tem spletnem mestu zavrnili.
audience-heading = Merjenje obiskanosti
audience-explained = Da je mogoče vedeti, katere strani se berejo, se vsak obisk šteje brez kakršnih koli piškotkov: naslov in brskalnik služita le za razlikovanje obiskov istega dne in se nikoli ne shranita. Na podlagi teh številk ni mogoče nikogar prepoznati in se z nikomer ne delijo.
audience-opt-out = Ne štejte mojih obiskov
audience-stop = Ne štejte več mojih obiskov
audience-resume = Znova štejte moje obiske
audience-stopped = Vaši obiski se ne štejejo.
stats-title = Statistika spletnega mesta { $site }
stats-views = Ogledi strani
stats-visitors = Obiskovalci
stats-visitors-note = Obiskovalci se štejejo enkrat na dan, brez piškotkov: kdor se vrača več dni, je štet vsak dan znova.
stats-audience = Ogledi strani in obiskovalci po dnevih
stats-top-path = Najbolj obiskane strani
stats-top-referrer = Najpogostejša napotitvena spletna mesta
stats-top-browser = Brskalniki
stats-top-os = Operacijski sistemi
stats-top-device = Naprave
stats-top-language = Jeziki
stats-none = (nič)
stats-decisions = Odločitve o privolitvi
stats-acceptance = Sprejetost po kategorijah (%)
stats-acceptance-language = Sprejetost po jezikih (%)
stats-undecided = Obiskovalci, ki se niso nikoli odločili (ocena)
stats-nothing = Nič še ni prešteto.
admin-statistics = Statistika
choice-on = Vklopljeno
choice-off = Izklopljeno

admin-login-title = Prijava v cookiewarden
admin-username = Uporabniško ime
admin-password = Geslo
admin-login-submit = Prijavite se
admin-login-failed = Napačno uporabniško ime ali geslo.
admin-login-locked = Preveč neuspešnih poskusov. Poskusite znova čez { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}.
admin-csrf-failed = Ta obrazec je potekel ali je bil poslan z drugega spletnega mesta. Znova naložite stran in poskusite še enkrat.
admin-login-busy = Trenutno se prijavlja preveč ljudi. Poskusite znova čez nekaj trenutkov.
admin-home-title = Spletna mesta
admin-signed-in-as = Prijavljeni uporabnik: { $user }
admin-logout = Odjavite se
admin-logout-everywhere = Odjavite se povsod
admin-no-sites = Niste še član nobenega spletnega mesta; doda vas lahko skrbnik.
admin-site-policy = Politika piškotkov
admin-role-admin = skrbnik
admin-role-editor = urednik
admin-role-viewer = bralec
admin-consents = Dnevnik privolitev
admin-consents-title = Dnevnik privolitev spletnega mesta { $site }
admin-consents-count = { $total ->
    [0] Noben zapis se ne ujema
    [one] Ujema se { $total } zapis
    [two] Ujemata se { $total } zapisa
    [few] Ujemajo se { $total } zapisi
   *[other] Ujema se { $total } zapisov
}; na tej strani: { $shown }.
admin-col-time = Zabeleženo (UTC)
admin-col-id = Identifikator privolitve
admin-col-method = Način
admin-col-choices = Dovoljeno
admin-col-language = Jezik
admin-col-rules = Regija in pravila
admin-filter-from = Od
admin-filter-to = Do
admin-filter-method = Način
admin-filter-any = kateri koli
admin-filter-id = Identifikator privolitve
admin-filter-submit = Filtrirajte
admin-export-csv = Prenesite kot CSV
admin-not-member = Niste član tega spletnega mesta.
admin-bad-filter = Neveljavna vrednost filtra `{ $value }`: datumi so v obliki LLLL-MM-DD, načini pa tako, kot so zabeleženi.
admin-users = Uporabniki
admin-audit = Revizijski dnevnik
admin-col-user = Uporabnik
admin-col-roles = Vloge
admin-col-state = Stanje
admin-col-actor = Kdo
admin-col-action = Kaj
admin-col-target = Predmet
admin-col-before = Prej
admin-col-after = Potem
admin-state-active = aktiven
admin-state-disabled = onemogočen
admin-disable = Onemogočite
admin-enable = Omogočite
admin-not-admin = To lahko storijo le skrbniki.
admin-not-yourself = Svojega računa ne morete onemogočiti.
admin-unknown-user = Takega uporabnika ni.
admin-settings = Nastavitve
admin-settings-title = Nastavitve spletnega mesta { $site }
admin-field-name = Ime
admin-field-origins = Naslovi spletnega mesta
admin-field-origins-help = Naslovi, s katerih se streže spletno mesto, vsak v svoji vrstici, na primer https://www.example.org. Pasica se odziva le na strani s teh naslovov.
admin-field-languages = Jeziki
admin-field-languages-help = Kode jezikov, ločene z vejicami, na primer sl, en.
admin-field-default-language = Privzeti jezik
admin-field-default-language-help = Uporabi se, kadar brskalnik obiskovalca ne zahteva nobenega od jezikov spletnega mesta.
admin-field-consent-lifetime = Veljavnost izbire
admin-field-consent-lifetime-help = Kako dolgo velja obiskovalčeva izbira, preden ga pasica znova vpraša; največ 13 mesecev. Vpiše se v angleščini, na primer 6 months.
admin-field-refusal-cooldown = Veljavnost zavrnitve
admin-field-refusal-cooldown-help = Kako dolgo pasica po zavrnitvi vsega ne sprašuje znova, tudi če se politika spremeni; največ 400 dni. Vpiše se v angleščini, na primer 6 months (privzeto).
admin-field-cookie-domain = Skupna domena piškotkov
admin-field-cookie-domain-help = Nadrejena domena vseh naslovov spletnega mesta, na primer example.org, da si vse njene poddomene delijo eno izbiro. Pustite prazno, če naj ima vsak gostitelj svojo izbiro.
admin-field-default-region = Privzeta regija
admin-field-default-region-help = Regija obiskovalcev, ki jih glava z regijo iz vašega posredniškega strežnika ne umesti: koda ISO 3166, na primer SI ali US-CA. Če polje pustite prazno, velja EU.
admin-field-regions = Pravila po regijah
admin-field-regions-help = Ena vrstica za vsako pravilo, namesto privzetih pravil (opt-out v Združenih državah, opt-in drugod): regije, dvopičje, opt-in, opt-out ali notice in po želji, kako dolgo se tam upošteva zavrnitev, na primer US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Pot do politike piškotkov
admin-field-policy-path-help = Kje na spletnem mestu je politika piškotkov, na primer /politika-piskotkov.
admin-field-statistics-retention = Hramba surovih podatkov o obiskanosti
admin-field-statistics-retention-help = Največ 25 mesecev. Dnevni seštevki ostanejo tudi po izbrisu surovih podatkov.
admin-field-statistics-query = Ohranjeni parametri poizvedbe
admin-field-statistics-query-help = Parametri, ki se ohranijo v merjenih poteh strani, ločeni z vejicami, na primer q, page. Pustite prazno, če naj se ne ohrani noben.
admin-field-statistics-cookie = Prepoznavanje obiskovalcev, ki se vračajo
admin-field-statistics-cookie-help = Nastavi lastni piškotek za 13 mesecev, ki se nikoli ne podaljša, in ga navede v politiki.
admin-services = Storitve
admin-services-help = Storitve drugih podjetij, ki jih uporablja to spletno mesto. Prehod zadrži njihove oznake, dokler jih obiskovalec ne dovoli, politika pa jih navaja skupaj z njihovimi piškotki. Lastne storitve spletnega mesta so skupaj z gostitelji in delčki kode opisane v njegovi datoteki z definicijo.
admin-services-none = To spletno mesto ne navaja nobenih storitev.
admin-service-add = Dodajte storitev
admin-service-remove = Odstranite
admin-service-own = lastna storitev spletnega mesta
admin-service-catalogue = iz kataloga
admin-save = Shranite
admin-saved = Shranjeno.
admin-missing-texts = Piškotek { $cookie } nima funkcije ali namena, zapisanega v teh jezikih: { $languages }. Obiskovalci, ki berejo v teh jezikih, namesto tega vidijo besedilo v jeziku { $default }.
admin-read-only = Te nastavitve si lahko ogledate; spreminjajo jih lahko le uredniki in skrbniki.
admin-not-editor = Spletno mesto lahko spreminjajo le njegovi uredniki in skrbniki.
admin-cookies = Deklarirani piškotki
admin-col-pattern = Ime
admin-col-category = Kategorija
admin-col-party = Izvor
admin-col-duration = Trajanje
admin-col-provider = Ponudnik
admin-col-status = Stanje
admin-delete = Izbrišite
admin-unknown-cookie = To spletno mesto takega piškotka ne navaja.
admin-add-cookie = Nova deklaracija piškotka
admin-field-cookie-name = Ime
admin-field-cookie-name-help = Končajte ga z *, da zajamete vse piškotke, katerih ime se tako začne.
admin-field-provider = Ponudnik
admin-field-category = Kategorija
admin-field-party = Izvor
admin-field-party-help = first: nastavi ga spletno mesto samo; third: nastavi ga domena drugega podjetja.
admin-field-duration = Trajanje
admin-field-duration-help = Vpiše se v angleščini, na primer 13 months, 1 day ali session.
admin-field-domain = Domena
admin-field-domain-help = Neobvezno: domena, za katero se piškotek nastavi, če to ni domena spletnega mesta.
admin-field-path = Pot
admin-field-function = Funkcija in mesto uporabe
admin-field-function-help = Kaj piškotek počne in kje na spletnem mestu se nastavi.
admin-field-purpose = Namen
admin-field-purpose-help = Zakaj ga spletno mesto potrebuje, z besedami, ki jih obiskovalec razume.
admin-add = Dodajte
admin-field-exempt = Izvzet iz privolitve
admin-field-exempt-help = Velja le za lastno merjenje obiskanosti s hrambo največ 13 mesecev.
admin-field-status = Stanje
admin-field-status-help = Deklaracija, označena kot draft, ne pride v objavljeno politiko, dokler je ne označite kot active.
admin-edit = Uredite
admin-edit-cookie-title = Deklaracija piškotka { $name }
admin-preview = Predogled politike
admin-preview-notice = Predogled: politika, kot jo bodo brali obiskovalci, { $drafts ->
    [0] brez deklaracij, označenih kot draft.
    [one] ko bo aktivirana { $drafts } deklaracija, označena kot draft.
    [two] ko bosta aktivirani { $drafts } deklaraciji, označeni kot draft.
    [few] ko bodo aktivirane { $drafts } deklaracije, označene kot draft.
   *[other] ko bo aktiviranih { $drafts } deklaracij, označenih kot draft.
}
admin-new-site = Novo spletno mesto
admin-field-slug = Identifikator
admin-field-slug-help = Male črke, števke in vezaji. Pojavi se v naslovih in ga pozneje ni mogoče spremeniti.
admin-create = Ustvarite
admin-tokens = Žetoni API
admin-api-document = Opis API (OpenAPI)
admin-token-created = Tu je novi žeton. Kopirajte ga zdaj: ne bo več prikazan.
admin-field-label = Oznaka
admin-field-sites = Spletna mesta
admin-field-access = Dostop
admin-access-read = samo branje
admin-access-write = branje in pisanje
admin-all-sites = vsa spletna mesta, na katerih delate
admin-col-created = Ustvarjeno (UTC)
admin-col-last-used = Zadnja uporaba (UTC)
admin-revoke = Razveljavite
admin-no-tokens = Žetonov še ni.
admin-new-token = Nov žeton
admin-unknown-token = Takega žetona ni.
admin-add-user = Dodajte uporabnika
admin-field-role = Vloga
admin-field-member-of = Spletna mesta
admin-field-member-of-help = Spletna mesta, na katerih dela urednik ali bralec; skrbnik dela na vseh.
admin-texts = Besedila pasice in politike
admin-texts-help = Besedila spletnega mesta napišite v vsakem od njegovih jezikov; prazno polje ohrani besedilo platforme, ki je v njem prikazano sivo.
admin-field-banner-title = Naslov pasice
admin-field-banner-text = Odstavek pasice
admin-field-policy-intro = Uvodni odstavek politike

admin-nav = Skrbniški vmesnik
admin-site-nav = Strani spletnega mesta { $site }
admin-older = Starejši zapisi
admin-newer = Novejši zapisi
admin-show-oldest = Najprej najstarejši
admin-show-newest = Najprej najnovejši
admin-confirm-title = Potrdite
admin-confirm-delete-cookie = Želite izbrisati deklaracijo piškotka { $name }? Piškotek takoj izgine iz objavljene politike; že shranjeni zapisi privolitev ostanejo nespremenjeni.
admin-confirm-revoke-token = Želite razveljaviti žeton „{ $label }“? Vsak skript, ki ga uporablja, bo odslej zavrnjen.
admin-cancel = Prekličite
admin-sorted-ascending = razvrščeno naraščajoče
admin-sorted-descending = razvrščeno padajoče
admin-pages = Strani tabele
stats-show-numbers = Številke
stats-demo-data = Te številke so izmišljeni predstavitveni podatki, ustvarjeni ob zagonu predstavitve na prazni zbirki podatkov.
admin-col-links = Povezave
admin-newest = Najnovejše spremembe
admin-older-changes = Starejše spremembe
