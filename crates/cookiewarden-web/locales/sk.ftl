# Texty stránok, ktoré zobrazuje cookiewarden, v slovenčine. Každá správa z en.ftl je aj tu;
# jednotkový test udržiava oba súbory v súlade.

language-name = Slovenčina
language-label = Jazyk
language-submit = Zmeniť jazyk

index-title = Weby spravované touto platformou
index-intro = Každý z nižšie uvedených webov zverejňuje, aké cookies ukladá, na čo slúžia a ako dlho zostávajú.
index-policy-link = Zásady používania cookies
index-platform = Cookies tejto platformy

policy-title = Zásady používania cookies webu { $site }
policy-why-heading = Prečo web { $site } používa cookies
policy-why = Web { $site } potrebuje niekoľko cookies, aby fungoval tak, ako očakávate. S vaším súhlasom môže používať aj ďalšie – na meranie návštevnosti alebo na zobrazovanie obsahu z iných služieb. Na tejto stránke nájdete všetky cookies, ktoré web uvádza: na čo slúžia, kto ich ukladá a ako dlho zostávajú vo vašom prehliadači.
policy-what-heading = Čo je súbor cookie?
policy-what = Súbor cookie je malý pomenovaný kúsok údajov, ktorý si web vyžiada uložiť vo vašom prehliadači. Prehliadač ho uchováva stanovený čas a pri každej ďalšej návšteve ho tomuto webu posiela späť. Vďaka cookies môžete zostať prihlásení a web si môže pamätať obsah nákupného košíka alebo dlhodobo rozpoznávať váš prehliadač, aby mohol počítať návštevy alebo cieliť reklamu.
policy-types-heading = Štyri druhy cookies
policy-type-necessary-name = Nevyhnutné cookies
policy-type-necessary = uchovávajú informácie z jednej návštevy do druhej na tom istom zariadení, napríklad obsah košíka, prihlásenie alebo nastavenie rozhrania. Web bez nich nemôže fungovať, a preto sa ukladajú bez toho, aby sa vás pýtal.
policy-type-statistics-name = Štatistické cookies
policy-type-statistics = sledujú, čo návštevníci na webe robia, aby bolo možné merať návštevnosť. Ak je meranie anonymizované, takže ho nikdy nemožno spojiť s konkrétnou osobou, nevyžaduje súhlas; napriek tomu ho môžete odmietnuť.
policy-type-first-party-name = Cookies prvej strany
policy-type-first-party = ukladá web, ktorý práve navštevujete. Okrem nevyhnutných môžu slúžiť na zber osobných údajov, sledovanie vášho správania na webe alebo zobrazovanie reklamy.
policy-type-third-party-name = Cookies tretích strán
policy-type-third-party = ukladá iný web – často web inzerenta – alebo sa ukladajú preň, a to prostredníctvom obsahu vloženého do webu, ktorý navštevujete. Ten iný web sa vďaka nim dozvie, ktoré stránky ste si pozreli, a získava o vás informácie.
policy-list-heading = Cookies webu { $site }
policy-none = Tento web neuvádza žiadne cookies tohto druhu.
policy-choices-heading = Zmena rozhodnutia
policy-choices = Svoju voľbu môžete kedykoľvek zmeniť alebo odvolať pomocou odkazu „Nastavenia cookies“, ktorý nájdete na každej stránke webu { $site }. Odvolať súhlas je rovnako jednoduché ako ho udeliť.
policy-browser = Aj váš prehliadač ukazuje, aké cookies uchováva, a umožňuje ich vymazať alebo zablokovať, a to pre všetky weby alebo len pre niektoré. V jeho nastaveniach alebo pomocníkovi hľadajte „cookies“ alebo „údaje webových stránok“. Ak zablokujete nevyhnutné cookies, niektoré časti webu nemusia fungovať.
policy-version = Verzia zásad { $version }
policy-services-heading = Služby iných spoločností
policy-services = Niektoré funkcie webu { $site } pochádzajú od iných spoločností, napríklad vložené video, mapa alebo nástroj na meranie návštevnosti. Žiadna z nich sa nenačíta, kým v nastaveniach cookies nepovolíte príslušný druh cookies alebo práve túto službu. Každá je tu uvedená spolu s cookies, o ktorých je známe, že ich ukladá.
column-service = Služba
column-category = Druh cookies
policy-service-no-cookies = žiadne známe

category-necessary = Nevyhnutné
category-necessary-description = Potrebné na fungovanie webu; vždy zapnuté.
category-preferences = Preferenčné
category-preferences-description = Pamätajú si voľby, ktoré menia vzhľad alebo správanie webu, napríklad región alebo nastavenie zobrazenia.
category-statistics = Štatistické
category-statistics-description = Merajú návštevnosť webu, aby ho bolo možné zlepšovať.
category-marketing = Marketingové
category-marketing-description = Reklama, sledovanie naprieč webmi a obsah vložený z iných služieb, napríklad videá.

column-provider = Poskytovateľ
column-function = Funkcia a umiestnenie
column-names = Názov cookie
column-purpose = Účel
column-duration = Doba uchovávania
column-party = Pôvod
party-first = Prvá strana
party-third = Tretia strana
name-prefix = akýkoľvek názov začínajúci sa na { $prefix }
exempt-note = Anonymizované meranie návštevnosti: beží bez súhlasu, môžete ho odmietnuť.
domain-note = ukladá sa pre doménu { $domain }

duration-session = Do zatvorenia prehliadača
duration-hour = { $n ->
    [one] { $n } hodina
    [few] { $n } hodiny
    [many] { $n } hodiny
   *[other] { $n } hodín
}
duration-day = { $n ->
    [one] { $n } deň
    [few] { $n } dni
    [many] { $n } dňa
   *[other] { $n } dní
}
duration-week = { $n ->
    [one] { $n } týždeň
    [few] { $n } týždne
    [many] { $n } týždňa
   *[other] { $n } týždňov
}
duration-month = { $n ->
    [one] { $n } mesiac
    [few] { $n } mesiace
    [many] { $n } mesiaca
   *[other] { $n } mesiacov
}
duration-year = { $n ->
    [one] { $n } rok
    [few] { $n } roky
    [many] { $n } roka
   *[other] { $n } rokov
}

not-found-title = Stránka sa nenašla
not-found-text = Na tejto adrese nič nie je.
not-found-site = Žiadny web s názvom „{ $slug }“ sa tu nespravuje.
not-found-home = Prehľad spravovaných webov

banner-title = Cookies na webe { $site }
banner-text = Web { $site } ukladá cookies, ktoré potrebuje na svoje fungovanie. S vaším súhlasom by používal aj ďalšie – na meranie návštevnosti a na zobrazovanie obsahu z iných služieb. Odmietnuť je rovnako jednoduché ako prijať a svoje rozhodnutie môžete kedykoľvek zmeniť.
banner-accept-all = Prijať všetky
banner-reject-all = Odmietnuť všetky
banner-customise = Prispôsobiť
banner-save = Uložiť výber
banner-close = Zavrieť bez súhlasu
banner-settings = Nastavenia cookies
banner-policy-link = Zásady používania cookies
banner-gpc = Váš prehliadač posiela signál Global Privacy Control, preto marketingové cookies zostávajú vypnuté.
banner-always-on = Vždy zapnuté
banner-exempt = Beží aj bez súhlasu; môžete to vypnúť.
banner-placeholder = Tento obsah vyžaduje cookies kategórie „{ $category }“.
banner-placeholder-accept = Povoliť cookies kategórie „{ $category }“
banner-opt-out-text = Web { $site } používa cookies na svoje fungovanie, na meranie návštevnosti a na reklamu. Predaj a zdieľanie svojich osobných údajov aj cielenú reklamu môžete kedykoľvek odmietnuť.
banner-privacy-choices = Vaše voľby v oblasti súkromia
banner-gpc-honoured = Vašu žiadosť o odmietnutie rešpektujeme
banner-notice-ok = Rozumiem
banner-services = Služby tohto druhu

my-consent-title = Vaše nastavenia cookies na webe { $site }
my-consent-none = Na tomto webe ste sa ešte nerozhodli: ukladajú sa len nevyhnutné cookies.
my-consent-none-starts-on = Na tomto webe ste sa ešte nerozhodli: v mieste, kde sa nachádzate, sú jeho cookies zapnuté, kým ich nižšie nevypnete.
my-consent-id = Identifikátor súhlasu
my-consent-date = Dátum rozhodnutia
my-consent-change = Zmeniť nastavenia
my-consent-withdraw = Odvolať súhlas
my-consent-back = Späť na web
my-consent-opt-out = Odmietnuť predaj, zdieľanie a cielenú reklamu
my-consent-opt-out-explained = Jediným krokom zastavíte predaj a zdieľanie svojich osobných údajov aj cielenú reklamu na tomto webe; ostatné cookies webu zostanú bez zmeny.
my-consent-opted-out = Predaj, zdieľanie a cielenú reklamu ste na tomto webe odmietli.
audience-heading = Meranie návštevnosti
audience-explained = Aby bolo vidieť, ktoré stránky sa čítajú, započítava sa každá návšteva bez akýchkoľvek cookies: adresa a prehliadač slúžia len na rozlíšenie návštev v rámci jedného dňa a nikdy sa neuchovávajú. Z týchto počtov nemožno nikoho rozpoznať a s nikým sa nezdieľajú.
audience-opt-out = Nezapočítavať moje návštevy
audience-stop = Prestať započítavať moje návštevy
audience-resume = Znova započítavať moje návštevy
audience-stopped = Vaše návštevy sa nezapočítavajú.
stats-title = Štatistiky webu { $site }
stats-views = Zobrazenia stránok
stats-visitors = Návštevníci
stats-visitors-note = Návštevníci sa počítajú raz denne a bez cookies: kto sa počas niekoľkých dní vracia, započíta sa každý deň znova.
stats-audience = Zobrazenia stránok a návštevníci podľa dní
stats-top-path = Najčítanejšie stránky
stats-top-referrer = Najčastejšie odkazujúce weby
stats-top-browser = Prehliadače
stats-top-os = Operačné systémy
stats-top-device = Zariadenia
stats-top-language = Jazyky
stats-none = (žiadne)
stats-decisions = Rozhodnutia o súhlase
stats-acceptance = Súhlas podľa kategórií (%)
stats-acceptance-language = Súhlas podľa jazykov (%)
stats-undecided = Návštevníci, ktorí sa nikdy nerozhodli (odhad)
stats-nothing = Zatiaľ sa nič nezapočítalo.
admin-statistics = Štatistiky
choice-on = Zapnuté
choice-off = Vypnuté

admin-login-title = Prihlásenie do cookiewarden
admin-username = Používateľské meno
admin-password = Heslo
admin-login-submit = Prihlásiť sa
admin-login-failed = Nesprávne používateľské meno alebo heslo.
admin-login-locked = Príliš veľa neúspešných pokusov. Skúste to znova o { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}.
admin-csrf-failed = Platnosť formulára vypršala alebo bol odoslaný z iného webu. Načítajte stránku znova a skúste to ešte raz.
admin-login-busy = Práve sa prihlasuje príliš veľa ľudí. Skúste to, prosím, o chvíľu znova.
admin-home-title = Weby
admin-signed-in-as = Prihlásený používateľ: { $user }
admin-logout = Odhlásiť sa
admin-logout-everywhere = Odhlásiť sa všade
admin-no-sites = Zatiaľ nie ste členom žiadneho webu; pridať vás môže administrátor.
admin-site-policy = Zásady cookies
admin-role-admin = administrátor
admin-role-editor = editor
admin-role-viewer = čitateľ
admin-consents = Záznamy súhlasov
admin-consents-title = Záznamy súhlasov webu { $site }
admin-consents-count = { $total ->
    [0] Nezodpovedá žiadny záznam
    [one] Zodpovedá jeden záznam
    [few] Zodpovedajú { $total } záznamy
    [many] Zodpovedá { $total } záznamu
   *[other] Zodpovedá { $total } záznamov
}; na tejto stránke: { $shown }.
admin-col-time = Zaznamenané (UTC)
admin-col-id = Identifikátor súhlasu
admin-col-method = Spôsob
admin-col-choices = Povolené
admin-col-language = Jazyk
admin-col-rules = Región a pravidlá
admin-filter-from = Od
admin-filter-to = Do
admin-filter-method = Spôsob
admin-filter-any = akýkoľvek
admin-filter-id = Identifikátor súhlasu
admin-filter-submit = Filtrovať
admin-export-csv = Stiahnuť ako CSV
admin-not-member = Nie ste členom tohto webu.
admin-bad-filter = Neplatná hodnota filtra `{ $value }`: dátumy sa zadávajú v tvare RRRR-MM-DD, spôsoby tak, ako boli zaznamenané.
admin-users = Používatelia
admin-audit = Auditný denník
admin-col-user = Používateľ
admin-col-roles = Roly
admin-col-state = Stav
admin-col-actor = Kto
admin-col-action = Čo
admin-col-target = Objekt
admin-col-before = Pred
admin-col-after = Po
admin-state-active = aktívny
admin-state-disabled = deaktivovaný
admin-disable = Deaktivovať
admin-enable = Aktivovať
admin-not-admin = Toto môžu urobiť len administrátori.
admin-not-yourself = Vlastný účet nemôžete deaktivovať.
admin-unknown-user = Taký používateľ neexistuje.
admin-settings = Nastavenia
admin-settings-title = Nastavenia webu { $site }
admin-field-name = Názov
admin-field-origins = Adresy webu
admin-field-origins-help = Adresy, z ktorých sa web zobrazuje, každá na samostatnom riadku, napríklad https://www.example.org. Lišta odpovedá len stránkam z týchto adries.
admin-field-languages = Jazyky
admin-field-languages-help = Kódy jazykov oddelené čiarkami, napríklad sk, en.
admin-field-default-language = Predvolený jazyk
admin-field-default-language-help = Použije sa, keď prehliadač návštevníka nežiada žiadny z jazykov webu.
admin-field-consent-lifetime = Platnosť voľby
admin-field-consent-lifetime-help = Ako dlho platí voľba návštevníka, kým sa lišta opýta znova; najviac 13 mesiacov. Zadáva sa po anglicky, napríklad 6 months.
admin-field-refusal-cooldown = Platnosť odmietnutia
admin-field-refusal-cooldown-help = Ako dlho sa lišta po odmietnutí všetkého znova nepýta, a to ani pri zmene zásad; najviac 400 dní. Zadáva sa po anglicky, napríklad 6 months (predvolená hodnota).
admin-field-cookie-domain = Spoločná doména cookies
admin-field-cookie-domain-help = Nadradená doména všetkých adries webu, napríklad example.org, aby všetky jej subdomény zdieľali jednu voľbu. Ak má mať každý hostiteľ vlastnú voľbu, nechajte pole prázdne.
admin-field-default-region = Predvolený región
admin-field-default-region-help = Región návštevníkov, ktorých nelokalizuje hlavička s regiónom z vášho predradeného servera: kód ISO 3166, napríklad SK alebo US-CA. Ak pole necháte prázdne, použije sa EU.
admin-field-regions = Pravidlá podľa regiónov
admin-field-regions-help = Jeden riadok na pravidlo, namiesto predvolených pravidiel (opt-out v Spojených štátoch, opt-in inde): regióny, dvojbodka, opt-in, opt-out alebo notice a voliteľne, ako dlho sa tam rešpektuje odmietnutie, napríklad US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Cesta k zásadám cookies
admin-field-policy-path-help = Kde sa na webe nachádzajú zásady cookies, napríklad /zasady-cookies.
admin-field-statistics-retention = Doba uchovávania surových údajov o návštevnosti
admin-field-statistics-retention-help = Najviac 25 mesiacov. Denné súhrny zostávajú aj po vymazaní surových údajov.
admin-field-statistics-query = Zachované parametre dopytu
admin-field-statistics-query-help = Parametre, ktoré sa v meraných cestách stránok zachovajú, oddelené čiarkami, napríklad q, page. Ak sa nemá zachovať žiadny, nechajte pole prázdne.
admin-field-statistics-cookie = Rozpoznávať vracajúcich sa návštevníkov
admin-field-statistics-cookie-help = Uloží súbor cookie prvej strany na 13 mesiacov bez predlžovania a uvedie ho v zásadách.
admin-services = Služby
admin-services-help = Služby iných spoločností, ktoré tento web používa. Brána zadržiava ich tagy, kým ich návštevník nepovolí, a zásady ich uvádzajú s ich cookies. Vlastné služby webu s ich hostiteľmi a úryvkami kódu sú opísané v jeho definičnom súbore.
admin-services-none = Tento web neuvádza žiadne služby.
admin-service-add = Pridať službu
admin-service-remove = Odobrať
admin-service-own = vlastná služba webu
admin-service-catalogue = z katalógu
admin-save = Uložiť
admin-saved = Uložené.
admin-missing-texts = Súbor cookie { $cookie } nemá funkciu ani účel napísané v týchto jazykoch: { $languages }. Návštevníci, ktorí čítajú v týchto jazykoch, namiesto nich vidia text v jazyku { $default }.
admin-read-only = Tieto nastavenia si môžete pozrieť; meniť ich môžu len editori a administrátori.
admin-not-editor = Zmeny na tomto webe môžu robiť len jeho editori a administrátori.
admin-cookies = Deklarované cookies
admin-col-pattern = Názov
admin-col-category = Kategória
admin-col-party = Pôvod
admin-col-duration = Doba uchovávania
admin-col-provider = Poskytovateľ
admin-col-status = Stav
admin-delete = Vymazať
admin-unknown-cookie = Tento web taký súbor cookie neuvádza.
admin-add-cookie = Deklarovať súbor cookie
admin-field-cookie-name = Názov
admin-field-cookie-name-help = Ak ho ukončíte znakom *, deklarujete všetky cookies, ktorých názov sa takto začína.
admin-field-provider = Poskytovateľ
admin-field-category = Kategória
admin-field-party = Pôvod
admin-field-party-help = first: ukladá ho samotný web; third: ukladá ho doména inej spoločnosti.
admin-field-duration = Doba uchovávania
admin-field-duration-help = Zadáva sa po anglicky, napríklad 13 months, 1 day alebo session.
admin-field-domain = Doména
admin-field-domain-help = Nepovinné: doména, pre ktorú sa súbor cookie ukladá, ak to nie je doména webu.
admin-field-path = Cesta
admin-field-function = Funkcia a umiestnenie
admin-field-function-help = Čo súbor cookie robí a kde na webe sa ukladá.
admin-field-purpose = Účel
admin-field-purpose-help = Prečo ho web potrebuje – slovami, ktorým návštevník rozumie.
admin-add = Pridať
admin-field-exempt = Výnimka zo súhlasu
admin-field-exempt-help = Nárok na výnimku má len meranie návštevnosti prvej strany s dobou uchovávania najviac 13 mesiacov.
admin-field-status = Stav
admin-field-status-help = Deklarácia v stave draft sa do zverejnených zásad nedostane, kým ju neprepnete na active.
admin-edit = Upraviť
admin-edit-cookie-title = Deklarácia súboru cookie { $name }
admin-preview = Náhľad zásad
admin-preview-notice = Náhľad: zásady tak, ako ich uvidia návštevníci, { $drafts ->
    [0] bez deklarácií v stave draft.
    [one] po aktivácii jednej deklarácie v stave draft.
    [few] po aktivácii { $drafts } deklarácií v stave draft.
    [many] po aktivácii { $drafts } deklarácie v stave draft.
   *[other] po aktivácii { $drafts } deklarácií v stave draft.
}
admin-new-site = Nový web
admin-field-slug = Identifikátor
admin-field-slug-help = Malé písmená, číslice a spojovníky. Zobrazuje sa v adresách a neskôr ho nemožno zmeniť.
admin-create = Vytvoriť
admin-tokens = Tokeny API
admin-api-document = Popis API (OpenAPI)
admin-token-created = Tu je nový token. Skopírujte si ho hneď: znova sa už nezobrazí.
admin-field-label = Označenie
admin-field-sites = Weby
admin-field-access = Prístup
admin-access-read = iba čítanie
admin-access-write = čítanie aj zápis
admin-all-sites = všetky weby, na ktorých pracujete
admin-col-created = Vytvorené (UTC)
admin-col-last-used = Naposledy použité (UTC)
admin-revoke = Zneplatniť
admin-no-tokens = Zatiaľ žiadny token.
admin-new-token = Nový token
admin-unknown-token = Taký token neexistuje.
admin-add-user = Pridať používateľa
admin-field-role = Rola
admin-field-member-of = Weby
admin-field-member-of-help = Weby, na ktorých pracuje editor alebo čitateľ; administrátor pracuje na všetkých.
admin-texts = Texty lišty a zásad
admin-texts-help = Napíšte vlastné texty webu v každom z jeho jazykov; prázdne pole ponechá text platformy, ktorý sa v ňom zobrazuje sivou farbou.
admin-field-banner-title = Nadpis lišty
admin-field-banner-text = Odsek lišty
admin-field-policy-intro = Úvodný odsek zásad

admin-nav = Administrácia
admin-site-nav = Stránky webu { $site }
admin-older = Staršie záznamy
admin-newer = Novšie záznamy
admin-show-oldest = Zobraziť najprv najstaršie
admin-show-newest = Zobraziť najprv najnovšie
admin-confirm-title = Potvrďte, prosím
admin-confirm-delete-cookie = Vymazať deklaráciu súboru cookie { $name }? Súbor cookie okamžite zmizne zo zverejnených zásad; už uložené záznamy súhlasov zostanú bez zmeny.
admin-confirm-revoke-token = Zneplatniť token „{ $label }“? Každý skript, ktorý ho používa, bude odteraz odmietnutý.
admin-cancel = Zrušiť
admin-sorted-ascending = zoradené vzostupne
admin-sorted-descending = zoradené zostupne
admin-pages = Stránky tabuľky
stats-show-numbers = Čísla
stats-demo-data = Tieto čísla sú vymyslené ukážkové údaje, vytvorené pri spustení ukážky nad prázdnou databázou.
admin-col-links = Prejsť na
admin-newest = Najnovšie zmeny
admin-older-changes = Staršie zmeny
