# cookiewarden teikiamų puslapių tekstai lietuvių kalba. Kiekvienas en.ftl pranešimas yra ir čia;
# vieneto testas užtikrina, kad abu failai atitiktų vienas kitą.

language-name = Lietuvių
language-label = Kalba
language-submit = Pakeisti kalbą

index-title = Šios platformos valdomos svetainės
index-intro = Kiekviena toliau nurodyta svetainė skelbia, kokius slapukus ji naudoja, kam jie skirti ir kiek laiko saugomi.
index-policy-link = Slapukų politika
index-platform = Pačios platformos slapukai

policy-title = Svetainės { $site } slapukų politika
policy-why-heading = Kodėl { $site } naudoja slapukus
policy-why = { $site } naudoja kelis slapukus, be kurių svetainė neveiktų taip, kaip tikitės. Jums sutikus, ji gali naudoti ir kitus slapukus – lankomumui matuoti arba kitų paslaugų turiniui rodyti. Šiame puslapyje išvardyti visi svetainės nurodyti slapukai: kam jie skirti, kas juos įrašo ir kiek laiko jie lieka Jūsų naršyklėje.
policy-what-heading = Kas yra slapukas?
policy-what = Slapukas – tai nedidelis pavadintas duomenų fragmentas, kurį svetainė prašo Jūsų naršyklės išsaugoti. Naršyklė jį saugo nustatytą laiką ir kaskart, kai grįžtate į tą svetainę, jį jai grąžina. Slapukai gali išlaikyti Jūsų prisijungimą, įsiminti pirkinių krepšelio turinį arba ilgainiui atpažinti Jūsų naršyklę, kad būtų skaičiuojami apsilankymai ar taikoma reklama.
policy-types-heading = Keturios slapukų rūšys
policy-type-necessary-name = Būtinieji slapukai
policy-type-necessary = išsaugo informaciją nuo vieno apsilankymo iki kito tame pačiame įrenginyje, pavyzdžiui, pirkinių krepšelį, prisijungimą ar sąsajos nustatymą. Be jų svetainė negali veikti, todėl jie įrašomi Jūsų neklausiant.
policy-type-statistics-name = Statistikos slapukai
policy-type-statistics = seka, ką lankytojai daro svetainėje, kad būtų galima išmatuoti jos lankomumą. Jei matavimas anonimizuotas taip, kad jo niekada nebūtų galima susieti su konkrečiu asmeniu, sutikimo nereikia; vis dėlto galite jo atsisakyti.
policy-type-first-party-name = Pirmosios šalies slapukai
policy-type-first-party = įrašomi pačios svetainės, kurioje lankotės. Išskyrus būtinuosius, tokie slapukai gali rinkti asmens duomenis, sekti Jūsų veiksmus svetainėje arba rodyti reklamą.
policy-type-third-party-name = Trečiųjų šalių slapukai
policy-type-third-party = įrašomi kitos svetainės (dažnai reklamuotojo) arba jos naudai per turinį, įterptą į svetainę, kurioje lankotės. Jie leidžia tai kitai svetainei sužinoti, kuriuos puslapius peržiūrėjote, ir rinkti informaciją apie Jus.
policy-list-heading = Svetainės { $site } slapukai
policy-none = Ši svetainė nenurodo jokių šios rūšies slapukų.
policy-choices-heading = Jei persigalvosite
policy-choices = Savo pasirinkimą galite bet kada pakeisti arba atšaukti mygtuku „Slapukų nustatymai“, kuris rodomas kiekviename svetainės { $site } puslapyje. Atšaukti sutikimą ne sunkiau nei jį duoti.
policy-browser = Jūsų naršyklė taip pat rodo saugomus slapukus ir leidžia juos ištrinti arba blokuoti visose svetainėse arba tik kai kuriose. Naršyklės nustatymuose arba pagalbos skiltyje ieškokite žodžių „slapukai“ arba „svetainės duomenys“. Užblokavus būtinuosius slapukus, kai kurios svetainės dalys gali nustoti veikti.
policy-version = Politikos versija { $version }
policy-services-heading = Kitų bendrovių paslaugos
policy-services = Kai kurias svetainės { $site } funkcijas teikia kitos bendrovės, pavyzdžiui, įterptą vaizdo įrašą, žemėlapį ar lankomumo matavimo įrankį. Nė viena jų neįkeliama, kol slapukų nustatymuose neleisite jai priskirtos slapukų rūšies arba būtent tos paslaugos. Čia kiekviena nurodyta kartu su slapukais, kuriuos, kaip žinoma, ji įrašo.
column-service = Paslauga
column-category = Slapukų rūšis
policy-service-no-cookies = žinomų nėra

category-necessary = Būtinieji
category-necessary-description = Reikalingi, kad svetainė veiktų; visada įjungti.
category-preferences = Nuostatos
category-preferences-description = Įsimena pasirinkimus, kurie keičia svetainės išvaizdą ar veikimą, pavyzdžiui, regioną ar rodymo nustatymą.
category-statistics = Statistika
category-statistics-description = Matuoja svetainės lankomumą, kad ją būtų galima tobulinti.
category-marketing = Rinkodara
category-marketing-description = Reklama, sekimas įvairiose svetainėse ir iš kitų paslaugų įterptas turinys, pavyzdžiui, vaizdo įrašai.

column-provider = Teikėjas
column-function = Funkcija ir vieta
column-names = Slapuko pavadinimas (-ai)
column-purpose = Paskirtis
column-duration = Galiojimo laikas
column-party = Šalis
party-first = Pirmoji šalis
party-third = Trečioji šalis
name-prefix = bet koks pavadinimas, kurio pradžia – { $prefix }
exempt-note = Anonimizuotas lankomumo matavimas: veikia be sutikimo, bet galite jo atsisakyti.
domain-note = įrašomas domene { $domain }

duration-session = Iki naršyklės uždarymo
duration-hour = { $n ->
    [one] { $n } valanda
    [few] { $n } valandos
    [many] { $n } valandų
   *[other] { $n } valandų
}
duration-day = { $n ->
    [one] { $n } diena
    [few] { $n } dienos
    [many] { $n } dienų
   *[other] { $n } dienų
}
duration-week = { $n ->
    [one] { $n } savaitė
    [few] { $n } savaitės
    [many] { $n } savaičių
   *[other] { $n } savaičių
}
duration-month = { $n ->
    [one] { $n } mėnuo
    [few] { $n } mėnesiai
    [many] { $n } mėnesių
   *[other] { $n } mėnesių
}
duration-year = { $n ->
    [one] { $n } metai
    [few] { $n } metai
    [many] { $n } metų
   *[other] { $n } metų
}

not-found-title = Puslapis nerastas
not-found-text = Šiuo adresu nieko nėra.
not-found-site = Čia nevaldoma jokia svetainė pavadinimu „{ $slug }“.
not-found-home = Čia valdomos svetainės

banner-title = Slapukai svetainėje { $site }
banner-text = { $site } naudoja veikimui būtinus slapukus. Jums sutikus, būtų naudojami ir kiti slapukai – lankomumui matuoti ir kitų paslaugų turiniui rodyti. Atsisakyti taip pat lengva, kaip sutikti, o savo sprendimą galite bet kada pakeisti.
banner-accept-all = Priimti visus
banner-reject-all = Atmesti visus
banner-customise = Tinkinti
banner-save = Išsaugoti pasirinkimą
banner-close = Uždaryti nesutikus
banner-settings = Slapukų nustatymai
banner-policy-link = Slapukų politika
banner-gpc = Jūsų naršyklė siunčia signalą Global Privacy Control, todėl rinkodaros slapukai lieka išjungti.
banner-always-on = Visada įjungti
banner-exempt = Veikia be sutikimo; galite išjungti.
banner-placeholder = Šiam turiniui rodyti reikia kategorijos „{ $category }“ slapukų.
banner-placeholder-accept = Leisti kategorijos „{ $category }“ slapukus
banner-opt-out-text = { $site } naudoja slapukus veikimui, lankomumui matuoti ir reklamai. Bet kada galite nesutikti, kad Jūsų asmens duomenys būtų parduodami ar perduodami ir naudojami tikslinei reklamai.
banner-privacy-choices = Jūsų privatumo pasirinkimai
banner-gpc-honoured = Atsisakymo prašymas įvykdytas
banner-notice-ok = Gerai
banner-services = Šios rūšies paslaugos

my-consent-title = Jūsų slapukų pasirinkimai svetainėje { $site }
my-consent-none = Šioje svetainėje dar nieko nepasirinkote: naudojami tik būtinieji slapukai.
my-consent-none-starts-on = Šioje svetainėje dar nieko nepasirinkote: Jūsų buvimo vietoje jos slapukai įjungti, kol neišjungsite jų toliau šiame puslapyje.
my-consent-id = Sutikimo ID
my-consent-date = Sprendimo data
my-consent-change = Keisti pasirinkimą
my-consent-withdraw = Atšaukti sutikimą
my-consent-back = Grįžti į svetainę
my-consent-opt-out = Atsisakyti pardavimo, perdavimo ir tikslinės reklamos
my-consent-opt-out-explained = Vienu veiksmu sustabdomas Jūsų asmens duomenų pardavimas ir perdavimas bei tikslinė reklama šioje svetainėje; kiti svetainės slapukai lieka nepakeisti.
my-consent-opted-out = Šioje svetainėje atsisakėte duomenų pardavimo, perdavimo ir tikslinės reklamos.
audience-heading = Lankomumo matavimas
audience-explained = Kad būtų galima sužinoti, kurie puslapiai skaitomi, kiekvienas apsilankymas skaičiuojamas be jokių slapukų: adresas ir naršyklė naudojami tik tam, kad būtų galima atskirti tos pačios dienos apsilankymus, ir niekada nesaugomi. Iš šių skaičių nieko neįmanoma atpažinti, ir jie niekam neperduodami.
audience-opt-out = Neskaičiuoti mano apsilankymų
audience-stop = Nebeskaičiuoti mano apsilankymų
audience-resume = Vėl skaičiuoti mano apsilankymus
audience-stopped = Jūsų apsilankymai neskaičiuojami.
stats-title = Svetainės { $site } statistika
stats-views = Puslapių peržiūros
stats-visitors = Lankytojai
stats-visitors-note = Lankytojai skaičiuojami kartą per dieną, be slapukų: jei žmogus grįžta kelias dienas, jis skaičiuojamas kiekvieną dieną iš naujo.
stats-audience = Puslapių peržiūros ir lankytojai per dieną
stats-top-path = Populiariausi puslapiai
stats-top-referrer = Pagrindiniai nukreipimo šaltiniai
stats-top-browser = Naršyklės
stats-top-os = Operacinės sistemos
stats-top-device = Įrenginiai
stats-top-language = Kalbos
stats-none = (nėra)
stats-decisions = Sutikimo sprendimai
stats-acceptance = Sutikimai pagal kategoriją (%)
stats-acceptance-language = Sutikimai pagal kalbą (%)
stats-undecided = Lankytojai, kurie taip ir nepasirinko (apytiksliai)
stats-nothing = Kol kas nieko nesuskaičiuota.
admin-statistics = Statistika
choice-on = Įjungta
choice-off = Išjungta

admin-login-title = Prisijungimas prie platformos cookiewarden
admin-username = Naudotojo vardas
admin-password = Slaptažodis
admin-login-submit = Prisijungti
admin-login-failed = Neteisingas naudotojo vardas arba slaptažodis.
admin-login-locked = Per daug nesėkmingų bandymų. { $minutes ->
    [one] Bandykite dar kartą po { $minutes } minutės.
    [few] Bandykite dar kartą po { $minutes } minučių.
    [many] Bandykite dar kartą po { $minutes } minučių.
   *[other] Bandykite dar kartą po { $minutes } minučių.
}
admin-csrf-failed = Ši forma nebegalioja arba buvo išsiųsta iš kitos svetainės. Įkelkite puslapį iš naujo ir bandykite dar kartą.
admin-login-busy = Šiuo metu jungiasi per daug žmonių. Bandykite dar kartą po akimirkos.
admin-home-title = Svetainės
admin-signed-in-as = Prisijungta kaip { $user }
admin-logout = Atsijungti
admin-logout-everywhere = Atsijungti visur
admin-no-sites = Kol kas nepriklausote jokiai svetainei; administratorius gali Jus pridėti.
admin-site-policy = Slapukų politika
admin-role-admin = administratorius
admin-role-editor = redaktorius
admin-role-viewer = peržiūrėtojas
admin-consents = Sutikimų žurnalas
admin-consents-title = Svetainės { $site } sutikimų žurnalas
admin-consents-count = { $total ->
    [0] Atitinkančių įrašų nėra
    [one] Atitinka { $total } įrašas
    [few] Atitinka { $total } įrašai
    [many] Atitinka { $total } įrašų
   *[other] Atitinka { $total } įrašų
}; šiame puslapyje – { $shown }.
admin-col-time = Užregistruota (UTC)
admin-col-id = Sutikimo ID
admin-col-method = Būdas
admin-col-choices = Leista
admin-col-language = Kalba
admin-col-rules = Regionas ir taisyklės
admin-filter-from = Nuo
admin-filter-to = Iki
admin-filter-method = Būdas
admin-filter-any = bet koks
admin-filter-id = Sutikimo ID
admin-filter-submit = Filtruoti
admin-export-csv = Atsisiųsti CSV formatu
admin-not-member = Nepriklausote šiai svetainei.
admin-bad-filter = Netinkama filtro reikšmė `{ $value }`: datos nurodomos formatu MMMM-MM-DD, būdai – taip, kaip užregistruoti.
admin-users = Naudotojai
admin-audit = Veiksmų žurnalas
admin-col-user = Naudotojas
admin-col-roles = Vaidmenys
admin-col-state = Būsena
admin-col-actor = Kas
admin-col-action = Ką
admin-col-target = Kam
admin-col-before = Prieš
admin-col-after = Po
admin-state-active = aktyvus
admin-state-disabled = išjungtas
admin-disable = Išjungti
admin-enable = Įjungti
admin-not-admin = Tai gali daryti tik administratoriai.
admin-not-yourself = Negalite išjungti savo paskyros.
admin-unknown-user = Tokio naudotojo nėra.
admin-settings = Nustatymai
admin-settings-title = Svetainės { $site } nustatymai
admin-field-name = Pavadinimas
admin-field-origins = Kilmės adresai
admin-field-origins-help = Adresai, kuriais pasiekiama svetainė, po vieną eilutėje, pavyzdžiui, https://www.example.org. Slapukų juosta atsako tik šių adresų puslapiams.
admin-field-languages = Kalbos
admin-field-languages-help = Kalbų kodai, atskirti kableliais, pavyzdžiui, lt, en.
admin-field-default-language = Numatytoji kalba
admin-field-default-language-help = Naudojama, kai lankytojo naršyklė neprašo nė vienos svetainės kalbos.
admin-field-consent-lifetime = Pasirinkimas galioja
admin-field-consent-lifetime-help = Kiek laiko galioja lankytojo pasirinkimas, kol slapukų juosta vėl paklausia, pavyzdžiui, 6 months (vienetai angliškai); ne ilgiau kaip 13 mėnesių.
admin-field-refusal-cooldown = Atsisakymas galioja
admin-field-refusal-cooldown-help = Kiek laiko po visų slapukų atsisakymo slapukų juosta vėl neklausia, net jei politika pasikeičia, pavyzdžiui, 6 months (numatytoji reikšmė); ne ilgiau kaip 400 dienų.
admin-field-cookie-domain = Bendras slapukų domenas
admin-field-cookie-domain-help = Visų kilmės adresų pagrindinis domenas, pavyzdžiui, example.org, kad visi jo subdomenai turėtų vieną bendrą pasirinkimą. Palikite tuščią, jei pasirinkimas turi būti atskiras kiekvienam serveriui (host).
admin-field-default-region = Numatytasis regionas
admin-field-default-region-help = Regionas lankytojų, kurių vietos nenustato Jūsų priekinio serverio regiono antraštė: ISO 3166 kodas, pavyzdžiui, FR arba US-CA. Palikus tuščią, naudojama EU.
admin-field-regions = Taisyklės pagal regioną
admin-field-regions-help = Viena taisyklė eilutėje, vietoj numatytųjų (JAV – opt-out, kitur – opt-in): regionai, dvitaškis, opt-in, opt-out arba notice ir, jei reikia, kiek laiko ten galioja atsisakymas, pavyzdžiui, US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Slapukų politikos kelias
admin-field-policy-path-help = Kur svetainėje yra slapukų politika, pavyzdžiui, /cookies-policy.
admin-field-statistics-retention = Neapdorotų lankomumo duomenų saugojimo laikas
admin-field-statistics-retention-help = Ne ilgiau kaip 25 mėnesius. Ištrynus neapdorotus duomenis, dienos sumos išlieka.
admin-field-statistics-query = Išsaugomi užklausos parametrai
admin-field-statistics-query-help = Parametrai, paliekami matuojamų puslapių keliuose, atskirti kableliais, pavyzdžiui, q, page. Palikite tuščią, jei nereikia palikti nė vieno.
admin-field-statistics-cookie = Atpažinti grįžtančius lankytojus
admin-field-statistics-cookie-help = Įrašo 13 mėnesių galiojantį pirmosios šalies slapuką, kuris niekada nepratęsiamas, ir nurodo jį politikoje.
admin-services = Paslaugos
admin-services-help = Kitų bendrovių paslaugos, kurias naudoja ši svetainė. Šliuzas sulaiko jų žymes, kol lankytojas jų neleis, o politikoje jos išvardytos kartu su jų slapukais. Pačios svetainės paslaugos su jų serveriais (host) ir kodo fragmentais aprašytos jos apibrėžties faile.
admin-services-none = Ši svetainė nenurodo jokių paslaugų.
admin-service-add = Pridėti paslaugą
admin-service-remove = Pašalinti
admin-service-own = pačios svetainės
admin-service-catalogue = iš katalogo
admin-save = Išsaugoti
admin-saved = Išsaugota.
admin-missing-texts = Slapuko { $cookie } funkcija arba paskirtis neparašyta šiomis kalbomis: { $languages }. Šiomis kalbomis skaitantys lankytojai vietoj jos mato tekstą šia kalba: { $default }.
admin-read-only = Šiuos nustatymus galite peržiūrėti; keisti juos gali tik redaktoriai ir administratoriai.
admin-not-editor = Keisti svetainę gali tik jos redaktoriai ir administratoriai.
admin-cookies = Aprašyti slapukai
admin-col-pattern = Pavadinimas
admin-col-category = Kategorija
admin-col-party = Šalis
admin-col-duration = Galiojimo laikas
admin-col-provider = Teikėjas
admin-col-status = Būsena
admin-delete = Ištrinti
admin-unknown-cookie = Ši svetainė tokio slapuko neaprašė.
admin-add-cookie = Aprašyti slapuką
admin-field-cookie-name = Pavadinimas
admin-field-cookie-name-help = Pabaigoje parašykite *, kad aprašas galiotų visiems taip prasidedantiems slapukams.
admin-field-provider = Teikėjas
admin-field-category = Kategorija
admin-field-party = Šalis
admin-field-party-help = first – įrašo pati svetainė; third – įrašo kitos įmonės domenas.
admin-field-duration = Galiojimo laikas
admin-field-duration-help = Pavyzdžiui, 13 months, 1 day arba session (vienetai angliškai).
admin-field-domain = Domenas
admin-field-domain-help = Neprivaloma: domenas, kuriame įrašomas slapukas, jei tai ne pačios svetainės domenas.
admin-field-path = Kelias
admin-field-function = Funkcija ir vieta
admin-field-function-help = Ką slapukas daro ir kurioje svetainės vietoje jis įrašomas.
admin-field-purpose = Paskirtis
admin-field-purpose-help = Kodėl svetainei jo reikia – lankytojui suprantamais žodžiais.
admin-add = Pridėti
admin-field-exempt = Sutikimas nereikalingas
admin-field-exempt-help = Tinka tik pačios svetainės lankomumo matavimui, kai duomenys saugomi ne ilgiau kaip 13 mėnesių.
admin-field-status = Būsena
admin-field-status-help = Juodraštis (draft) neįtraukiamas į paskelbtą politiką, kol nepadaromas aktyvus (active).
admin-edit = Redaguoti
admin-edit-cookie-title = Slapuko { $name } aprašas
admin-preview = Politikos peržiūra
admin-preview-notice = Peržiūra: politika tokia, kokią ją matys lankytojai, { $drafts ->
    [0] be juodraščių.
    [one] su { $drafts } aktyvuotu juodraščiu.
    [few] su { $drafts } aktyvuotais juodraščiais.
    [many] su { $drafts } aktyvuotų juodraščių.
   *[other] su { $drafts } aktyvuotų juodraščių.
}
admin-new-site = Nauja svetainė
admin-field-slug = Identifikatorius
admin-field-slug-help = Mažosios raidės, skaitmenys ir brūkšneliai. Jis rodomas adresuose ir vėliau jo pakeisti negalima.
admin-create = Sukurti
admin-tokens = API prieigos raktai
admin-api-document = API aprašas (OpenAPI)
admin-token-created = Štai naujas prieigos raktas. Nukopijuokite jį dabar: daugiau jis nebus rodomas.
admin-field-label = Žymė
admin-field-sites = Svetainės
admin-field-access = Prieiga
admin-access-read = tik skaityti
admin-access-write = skaityti ir rašyti
admin-all-sites = visos svetainės, su kuriomis dirbate
admin-col-created = Sukurta (UTC)
admin-col-last-used = Paskutinį kartą naudota (UTC)
admin-revoke = Panaikinti
admin-no-tokens = Prieigos raktų dar nėra.
admin-new-token = Naujas prieigos raktas
admin-unknown-token = Tokio prieigos rakto nėra.
admin-add-user = Pridėti naudotoją
admin-field-role = Vaidmuo
admin-field-member-of = Svetainės
admin-field-member-of-help = Svetainės, su kuriomis dirba redaktorius ar peržiūrėtojas; administratorius dirba su visomis.
admin-texts = Slapukų juostos ir politikos tekstai
admin-texts-help = Parašykite svetainės tekstus kiekviena jos kalba; tuščiai paliktame lauke lieka platformos tekstas, jame rodomas pilkai.
admin-field-banner-title = Juostos antraštė
admin-field-banner-text = Juostos tekstas
admin-field-policy-intro = Politikos įžanga

admin-nav = Administravimas
admin-site-nav = Svetainės { $site } puslapiai
admin-older = Senesni įrašai
admin-newer = Naujesni įrašai
admin-show-oldest = Pirmiausia rodyti seniausius
admin-show-newest = Pirmiausia rodyti naujausius
admin-confirm-title = Patvirtinkite
admin-confirm-delete-cookie = Ištrinti slapuko { $name } aprašą? Slapukas iš karto pašalinamas iš paskelbtos politikos; jau išsaugoti sutikimų įrašai lieka nepakeisti.
admin-confirm-revoke-token = Panaikinti prieigos raktą „{ $label }“? Visi jį naudojantys scenarijai nuo šiol bus atmetami.
admin-cancel = Atšaukti
admin-sorted-ascending = surūšiuota didėjimo tvarka
admin-sorted-descending = surūšiuota mažėjimo tvarka
admin-pages = Lentelės puslapiai
stats-show-numbers = Skaičiai
stats-demo-data = Šie skaičiai – sintetiniai demonstraciniai duomenys, sukurti paleidžiant demonstracinę versiją su tuščia duomenų baze.
admin-col-links = Eiti į
admin-newest = Naujausi pakeitimai
admin-older-changes = Senesni pakeitimai
