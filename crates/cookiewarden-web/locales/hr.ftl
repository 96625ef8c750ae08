# Tekstovi stranica koje poslužuje cookiewarden, na hrvatskom. Svaka poruka iz en.ftl postoji
# i ovdje; jedinični test drži obje datoteke usklađenima.

language-name = Hrvatski
language-label = Jezik
language-submit = Promijenite jezik

index-title = Web-mjesta kojima upravlja ova platforma
index-intro = Svako web-mjesto u nastavku objavljuje kolačiće koje postavlja, čemu služe i koliko dugo ostaju.
index-policy-link = Politika kolačića
index-platform = Kolačići same platforme

policy-title = Politika kolačića web-mjesta { $site }
policy-why-heading = Zašto web-mjesto { $site } upotrebljava kolačiće
policy-why = Web-mjesto { $site } treba nekoliko kolačića da bi radilo onako kako očekujete. Uz Vašu privolu može upotrebljavati i druge, kako bi mjerilo posjećenost ili prikazivalo sadržaj drugih servisa. Na ovoj je stranici popis svih kolačića koje web-mjesto navodi: čemu služe, tko ih postavlja i koliko dugo ostaju u Vašem pregledniku.
policy-what-heading = Što je kolačić?
policy-what = Kolačić je mali podatak s nazivom koji web-mjesto traži od Vašeg preglednika da ga sačuva. Preglednik ga čuva određeno vrijeme i šalje ga natrag tom web-mjestu pri svakom Vašem sljedećem posjetu. Zahvaljujući kolačićima možete ostati prijavljeni, a web-mjesto može zapamtiti sadržaj košarice ili s vremenom prepoznavati Vaš preglednik kako bi brojalo posjete ili ciljano prikazivalo oglase.
policy-types-heading = Četiri vrste kolačića
policy-type-necessary-name = Nužni kolačići
policy-type-necessary = čuvaju podatke od jednog posjeta do drugog na istom uređaju, primjerice košaricu, prijavu ili postavku sučelja. Web-mjesto bez njih ne može raditi pa se postavljaju bez traženja Vaše privole.
policy-type-statistics-name = Statistički kolačići
policy-type-statistics = prate što posjetitelji rade na web-mjestu kako bi se izmjerila njegova posjećenost. Kad je mjerenje anonimizirano, tako da se nikad ne može povezati s određenom osobom, privola nije potrebna, no i tada se iz njega možete isključiti.
policy-type-first-party-name = Kolačići prve strane
policy-type-first-party = postavlja ih web-mjesto koje posjećujete. Osim nužnih, mogu prikupljati osobne podatke, pratiti Vaše ponašanje na web-mjestu ili služiti za oglašavanje.
policy-type-third-party-name = Kolačići treće strane
policy-type-third-party = postavlja ih drugo web-mjesto, često oglašivač, ili netko u njegovo ime, putem sadržaja ugrađenog u web-mjesto koje posjećujete. Tako to drugo web-mjesto može saznati koje ste stranice pregledali i prikupljati podatke o Vama.
policy-list-heading = Kolačići web-mjesta { $site }
policy-none = Ovo web-mjesto ne navodi nijedan kolačić ove vrste.
policy-choices-heading = Ako se predomislite
policy-choices = Svoj odabir možete u bilo kojem trenutku promijeniti ili povući gumbom „Postavke kolačića“ koji se nalazi na svakoj stranici web-mjesta { $site }. Povući privolu jednako je jednostavno kao i dati je.
policy-browser = I Vaš preglednik prikazuje kolačiće koje čuva te Vam omogućuje da ih izbrišete ili blokirate, za sva web-mjesta ili samo za neka. U njegovim postavkama ili pomoći potražite „kolačići“ ili „podaci o web-lokacijama“. Ako blokirate nužne kolačiće, neki dijelovi web-mjesta možda neće raditi.
policy-version = Verzija politike: { $version }
policy-services-heading = Servisi drugih tvrtki
policy-services = Pojedine značajke web-mjesta { $site } dolaze od drugih tvrtki, primjerice ugrađeni videozapis, karta ili alat za mjerenje posjećenosti. Nijedna se ne učitava dok u postavkama kolačića ne dopustite vrstu kolačića kojoj pripada ili baš taj servis. Ovdje je svaka navedena s kolačićima za koje je poznato da ih postavlja.
column-service = Servis
column-category = Vrsta kolačića
policy-service-no-cookies = nema poznatih

category-necessary = Nužni
category-necessary-description = Potrebni za rad web-mjesta; uvijek uključeni.
category-preferences = Postavke
category-preferences-description = Pamte odabire koji mijenjaju izgled ili ponašanje web-mjesta, primjerice regiju ili postavku prikaza.
category-statistics = Statistika
category-statistics-description = Mjere posjećenost web-mjesta kako bi se ono moglo poboljšati.
category-marketing = Marketing
category-marketing-description = Oglašavanje, praćenje s jednog web-mjesta na drugo i sadržaj ugrađen iz drugih servisa, primjerice videozapisi.

column-provider = Pružatelj
column-function = Funkcija i mjesto
column-names = Naziv(i) kolačića
column-purpose = Svrha
column-duration = Trajanje
column-party = Strana
party-first = Prva strana
party-third = Treća strana
name-prefix = svaki naziv koji počinje s { $prefix }
exempt-note = Anonimizirano mjerenje posjećenosti: uključeno bez privole, možete ga isključiti.
domain-note = postavlja se na domeni { $domain }

duration-session = Do zatvaranja preglednika
duration-hour = { $n ->
    [one] { $n } sat
    [few] { $n } sata
   *[other] { $n } sati
}
duration-day = { $n ->
    [one] { $n } dan
    [few] { $n } dana
   *[other] { $n } dana
}
duration-week = { $n ->
    [one] { $n } tjedan
    [few] { $n } tjedna
   *[other] { $n } tjedana
}
duration-month = { $n ->
    [one] { $n } mjesec
    [few] { $n } mjeseca
   *[other] { $n } mjeseci
}
duration-year = { $n ->
    [one] { $n } godina
    [few] { $n } godine
   *[other] { $n } godina
}

not-found-title = Stranica nije pronađena
not-found-text = Na ovoj adresi nema ničega.
not-found-site = Ovdje se ne upravlja nijednim web-mjestom s nazivom „{ $slug }“.
not-found-home = Pogledajte web-mjesta kojima se ovdje upravlja

banner-title = Kolačići na web-mjestu { $site }
banner-text = Web-mjesto { $site } postavlja kolačiće koji su mu potrebni za rad. Uz Vašu privolu upotrebljavalo bi i druge, za mjerenje posjećenosti i prikaz sadržaja drugih servisa. Odbiti je jednako jednostavno kao i prihvatiti, a odluku možete promijeniti u bilo kojem trenutku.
banner-accept-all = Prihvatite sve
banner-reject-all = Odbijte sve
banner-customise = Prilagodite
banner-save = Spremite odabir
banner-close = Zatvorite bez prihvaćanja
banner-settings = Postavke kolačića
banner-policy-link = Politika kolačića
banner-gpc = Vaš preglednik šalje signal Global Privacy Control pa marketinški kolačići ostaju isključeni.
banner-always-on = Uvijek uključeno
banner-exempt = Uključeno bez privole; možete to isključiti.
banner-placeholder = Za ovaj sadržaj potrebni su kolačići iz kategorije „{ $category }“.
banner-placeholder-accept = Dopustite kolačiće iz kategorije „{ $category }“
banner-opt-out-text = Web-mjesto { $site } upotrebljava kolačiće za rad, mjerenje posjećenosti i oglašavanje. U bilo kojem trenutku možete isključiti prodaju i dijeljenje svojih osobnih podataka te ciljano oglašavanje.
banner-privacy-choices = Vaše postavke privatnosti
banner-gpc-honoured = Vaš je zahtjev za isključivanje uvažen
banner-notice-ok = U redu
banner-services = Servisi ove vrste

my-consent-title = Vaši odabiri kolačića na web-mjestu { $site }
my-consent-none = Na ovom web-mjestu još niste odlučili: postavljeni su samo nužni kolačići.
my-consent-none-starts-on = Na ovom web-mjestu još niste odlučili: u Vašoj su regiji njegovi kolačići uključeni dok ih ne isključite u nastavku.
my-consent-id = ID privole
my-consent-date = Datum odluke
my-consent-change = Promijenite odabir
my-consent-withdraw = Povucite privolu
my-consent-back = Natrag na web-mjesto
my-consent-opt-out = Isključite prodaju, dijeljenje i ciljano oglašavanje
my-consent-opt-out-explained = Jednom radnjom zaustavljate prodaju i dijeljenje svojih osobnih podataka te ciljano oglašavanje na ovom web-mjestu; ostali kolačići web-mjesta ostaju kakvi jesu.
my-consent-opted-out = Isključili ste prodaju, dijeljenje i ciljano oglašavanje na ovom web-mjestu.
audience-heading = Mjerenje posjećenosti
audience-explained = Da bi se znalo koje se stranice čitaju, svaki se posjet broji bez ikakvih kolačića: adresa i preglednik služe samo za razlikovanje posjeta unutar istog dana i nikad se ne pohranjuju. Na temelju tih brojki nitko ne može biti prepoznat i one se ne dijele.
audience-opt-out = Ne želim da se moji posjeti broje
audience-stop = Prestanite brojati moje posjete
audience-resume = Ponovno brojite moje posjete
audience-stopped = Vaši se posjeti ne broje.
stats-title = Statistika web-mjesta { $site }
stats-views = Pregledi stranica
stats-visitors = Posjetitelji
stats-visitors-note = Posjetitelji se broje jednom dnevno, bez kolačića: u razdoblju od nekoliko dana osoba koja se vraćala broji se za svaki dan.
stats-audience = Pregledi stranica i posjetitelji po danu
stats-top-path = Najposjećenije stranice
stats-top-referrer = Najčešći izvori posjeta
stats-top-browser = Preglednici
stats-top-os = Operacijski sustavi
stats-top-device = Uređaji
stats-top-language = Jezici
stats-none = (nema)
stats-decisions = Odluke o privoli
stats-acceptance = Prihvaćanje po kategoriji (%)
stats-acceptance-language = Prihvaćanje po jeziku (%)
stats-undecided = Posjetitelji koji nikad nisu odlučili (procjena)
stats-nothing = Još ništa nije izbrojeno.
admin-statistics = Statistika
choice-on = Uključeno
choice-off = Isključeno

admin-login-title = Prijava u cookiewarden
admin-username = Korisničko ime
admin-password = Lozinka
admin-login-submit = Prijavite se
admin-login-failed = Pogrešno korisničko ime ili lozinka.
admin-login-locked = Previše neuspjelih pokušaja. Pokušajte ponovno za { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}.
admin-csrf-failed = Ovaj je obrazac istekao ili je poslan s drugog web-mjesta. Ponovno učitajte stranicu i pokušajte opet.
admin-login-busy = Trenutačno se prijavljuje previše korisnika. Pokušajte ponovno za nekoliko trenutaka.
admin-home-title = Web-mjesta
admin-signed-in-as = Prijavljeni ste kao { $user }
admin-logout = Odjavite se
admin-logout-everywhere = Odjavite se sa svih uređaja
admin-no-sites = Još niste član nijednog web-mjesta; administrator Vas može dodati.
admin-site-policy = Politika kolačića
admin-role-admin = administrator
admin-role-editor = urednik
admin-role-viewer = čitatelj
admin-consents = Evidencija privola
admin-consents-title = Evidencija privola web-mjesta { $site }
admin-consents-count = { $total ->
    [0] Filtru ne odgovara nijedan zapis
    [one] Filtru odgovara { $total } zapis
    [few] Filtru odgovaraju { $total } zapisa
   *[other] Filtru odgovara { $total } zapisa
}; na ovoj stranici: { $shown }.
admin-col-time = Zabilježeno (UTC)
admin-col-id = ID privole
admin-col-method = Način
admin-col-choices = Dopušteno
admin-col-language = Jezik
admin-col-rules = Regija i pravila
admin-filter-from = Od
admin-filter-to = Do
admin-filter-method = Način
admin-filter-any = bilo koji
admin-filter-id = ID privole
admin-filter-submit = Filtrirajte
admin-export-csv = Preuzmite kao CSV
admin-not-member = Niste član ovog web-mjesta.
admin-bad-filter = Neispravna vrijednost filtra `{ $value }`: datumi se pišu u obliku GGGG-MM-DD, a načini onako kako su zabilježeni.
admin-users = Korisnici
admin-audit = Revizijski zapisnik
admin-col-user = Korisnik
admin-col-roles = Uloge
admin-col-state = Stanje
admin-col-actor = Tko
admin-col-action = Što
admin-col-target = Na čemu
admin-col-before = Prije
admin-col-after = Poslije
admin-state-active = aktivan
admin-state-disabled = onemogućen
admin-disable = Onemogućite
admin-enable = Omogućite
admin-not-admin = To mogu učiniti samo administratori.
admin-not-yourself = Ne možete onemogućiti vlastiti račun.
admin-unknown-user = Taj korisnik ne postoji.
admin-settings = Postavke
admin-settings-title = Postavke web-mjesta { $site }
admin-field-name = Naziv
admin-field-origins = Ishodišta
admin-field-origins-help = Adrese s kojih se web-mjesto poslužuje, jedna po retku, npr. https://www.example.org. Obavijest o kolačićima odgovara samo stranicama s tih adresa.
admin-field-languages = Jezici
admin-field-languages-help = Kodovi jezika odvojeni zarezima, npr. en, fr.
admin-field-default-language = Zadani jezik
admin-field-default-language-help = Upotrebljava se kad preglednik posjetitelja ne traži nijedan od jezika web-mjesta.
admin-field-consent-lifetime = Trajanje odabira
admin-field-consent-lifetime-help = Koliko dugo vrijedi odabir posjetitelja prije nego što obavijest ponovno pita, npr. 6 months; najviše 13 mjeseci.
admin-field-refusal-cooldown = Trajanje odbijanja
admin-field-refusal-cooldown-help = Koliko dugo obavijest ne pita ponovno nakon što je sve odbijeno, čak i ako se politika promijeni, npr. 6 months (zadano); najviše 400 dana.
admin-field-cookie-domain = Zajednička domena kolačića
admin-field-cookie-domain-help = Nadređena domena svih ishodišta, npr. example.org, kako bi sve njezine poddomene dijelile jedan odabir. Ostavite prazno da se odabir čuva zasebno za svaki host.
admin-field-default-region = Zadana regija
admin-field-default-region-help = Regija posjetitelja koje zaglavlje s regijom Vašeg ulaznog poslužitelja ne locira: kod ISO 3166, npr. FR ili US-CA. Ostavite prazno za EU.
admin-field-regions = Pravila po regijama
admin-field-regions-help = Jedno pravilo po retku, umjesto zadanih (opt-out u Sjedinjenim Državama, opt-in drugdje): regije, dvotočka, opt-in, opt-out ili notice te, po želji, koliko se dugo ondje poštuje odbijanje, npr. US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Putanja politike kolačića
admin-field-policy-path-help = Gdje se na web-mjestu nalazi politika kolačića, npr. /cookies-policy.
admin-field-statistics-retention = Čuvanje neobrađenih podataka o posjećenosti
admin-field-statistics-retention-help = Najviše 25 mjeseci. Dnevni zbrojevi ostaju i nakon brisanja neobrađenih podataka.
admin-field-statistics-query = Zadržani parametri upita
admin-field-statistics-query-help = Parametri koji se zadržavaju u putanjama mjerenih stranica, odvojeni zarezima, npr. q, page. Ostavite prazno da se ne zadrži nijedan.
admin-field-statistics-cookie = Prepoznavanje posjetitelja koji se vraćaju
admin-field-statistics-cookie-help = Postavlja kolačić prve strane na 13 mjeseci, koji se nikad ne obnavlja, i navodi ga u politici.
admin-services = Servisi
admin-services-help = Servisi drugih tvrtki koje ovo web-mjesto upotrebljava. Pristupnik zadržava njihove oznake dok ih posjetitelj ne dopusti, a politika ih navodi s njihovim kolačićima. Vlastiti servisi web-mjesta, s hostovima i isječcima koda, opisani su u njegovoj datoteci definicije.
admin-services-none = Ovo web-mjesto ne navodi nijedan servis.
admin-service-add = Dodajte servis
admin-service-remove = Uklonite
admin-service-own = vlastiti servis web-mjesta
admin-service-catalogue = iz kataloga
admin-save = Spremite
admin-saved = Spremljeno.
admin-missing-texts = Kolačić { $cookie } nema napisanu funkciju ili svrhu na jezicima: { $languages }. Posjetitelji koji čitaju na tim jezicima umjesto toga vide tekst na zadanom jeziku ({ $default }).
admin-read-only = Ove postavke možete čitati; mijenjati ih mogu samo urednici i administratori.
admin-not-editor = Samo urednici i administratori web-mjesta mogu ga mijenjati.
admin-cookies = Deklarirani kolačići
admin-col-pattern = Naziv
admin-col-category = Kategorija
admin-col-party = Strana
admin-col-duration = Trajanje
admin-col-provider = Pružatelj
admin-col-status = Stanje
admin-delete = Izbrišite
admin-unknown-cookie = Ovo web-mjesto ne navodi takav kolačić.
admin-add-cookie = Deklarirajte kolačić
admin-field-cookie-name = Naziv
admin-field-cookie-name-help = Završite ga znakom * da biste deklarirali sve kolačiće čiji naziv tako počinje.
admin-field-provider = Pružatelj
admin-field-category = Kategorija
admin-field-party = Strana
admin-field-party-help = first: postavlja ga samo web-mjesto; third: postavlja ga domena druge tvrtke.
admin-field-duration = Trajanje
admin-field-duration-help = Npr. 13 months, 1 day ili session.
admin-field-domain = Domena
admin-field-domain-help = Neobavezno: domena na kojoj se kolačić postavlja, ako to nije domena samog web-mjesta.
admin-field-path = Putanja
admin-field-function = Funkcija i mjesto
admin-field-function-help = Što kolačić radi i gdje se na web-mjestu postavlja.
admin-field-purpose = Svrha
admin-field-purpose-help = Zašto je web-mjestu potreban, riječima koje posjetitelj razumije.
admin-add = Dodajte
admin-field-exempt = Izuzet od privole
admin-field-exempt-help = Vrijedi samo za mjerenje posjećenosti prve strane s kolačićem koji se čuva najviše 13 mjeseci.
admin-field-status = Stanje
admin-field-status-help = Nacrt se ne prikazuje u objavljenoj politici dok se ne aktivira.
admin-edit = Uredite
admin-edit-cookie-title = Deklaracija kolačića { $name }
admin-preview = Pregled politike
admin-preview-notice = Pregled: politika onako kako će je čitati posjetitelji, { $drafts ->
    [0] bez nacrta deklaracija.
    [one] uz { $drafts } aktiviran nacrt deklaracije.
    [few] uz { $drafts } aktivirana nacrta deklaracija.
   *[other] uz { $drafts } aktiviranih nacrta deklaracija.
}
admin-new-site = Novo web-mjesto
admin-field-slug = Identifikator
admin-field-slug-help = Mala slova bez dijakritičkih znakova, znamenke i crtice. Pojavljuje se u adresama i poslije se ne može promijeniti.
admin-create = Stvorite
admin-tokens = API tokeni
admin-api-document = Opis API-ja (OpenAPI)
admin-token-created = Ovo je novi token. Kopirajte ga odmah: više se neće prikazati.
admin-field-label = Oznaka
admin-field-sites = Web-mjesta
admin-field-access = Pristup
admin-access-read = samo čitanje
admin-access-write = čitanje i pisanje
admin-all-sites = sva web-mjesta na kojima radite
admin-col-created = Stvoreno (UTC)
admin-col-last-used = Zadnja upotreba (UTC)
admin-revoke = Opozovite
admin-no-tokens = Još nema tokena.
admin-new-token = Novi token
admin-unknown-token = Taj token ne postoji.
admin-add-user = Dodajte korisnika
admin-field-role = Uloga
admin-field-member-of = Web-mjesta
admin-field-member-of-help = Web-mjesta na kojima radi urednik ili čitatelj; administrator radi na svima.
admin-texts = Tekstovi obavijesti i politike
admin-texts-help = Napišite vlastiti tekst web-mjesta na svakom od njegovih jezika; prazno polje zadržava tekst platforme, koji je u njemu prikazan sivo.
admin-field-banner-title = Naslov obavijesti
admin-field-banner-text = Tekst obavijesti
admin-field-policy-intro = Uvodni odlomak politike

admin-nav = Administracija
admin-site-nav = Stranice web-mjesta { $site }
admin-older = Stariji zapisi
admin-newer = Noviji zapisi
admin-show-oldest = Prikažite najprije najstarije
admin-show-newest = Prikažite najprije najnovije
admin-confirm-title = Potvrdite
admin-confirm-delete-cookie = Izbrisati deklaraciju kolačića { $name }? Kolačić odmah nestaje iz objavljene politike; već pohranjeni zapisi o privolama ostaju nepromijenjeni.
admin-confirm-revoke-token = Opozvati token „{ $label }“? Svaka skripta koja ga upotrebljava od sada će biti odbijena.
admin-cancel = Odustanite
admin-sorted-ascending = poredano uzlazno
admin-sorted-descending = poredano silazno
admin-pages = Stranice tablice
stats-show-numbers = Brojke
stats-demo-data = Ove su brojke izmišljeni demonstracijski podaci, stvoreni kad je demonstracija pokrenuta s praznom bazom podataka.
admin-col-links = Poveznice
admin-newest = Najnovije promjene
admin-older-changes = Starije promjene
