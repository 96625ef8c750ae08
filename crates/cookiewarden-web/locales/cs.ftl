# Texty stránek, které cookiewarden zobrazuje, v češtině. Každá zpráva z en.ftl je i zde;
# jednotkový test udržuje oba soubory v souladu.

language-name = Čeština
language-label = Jazyk
language-submit = Změnit jazyk

index-title = Weby spravované touto platformou
index-intro = Každý z níže uvedených webů zveřejňuje, jaké cookies ukládá, k čemu slouží a jak dlouho zůstávají.
index-policy-link = Zásady používání cookies
index-platform = Cookies této platformy

policy-title = Zásady používání cookies webu { $site }
policy-why-heading = Proč web { $site } používá cookies
policy-why = Web { $site } potřebuje několik cookies, aby fungoval tak, jak očekáváte. S vaším souhlasem může používat i další, aby mohl měřit návštěvnost nebo zobrazovat obsah z jiných služeb. Na této stránce najdete všechny cookies, které web uvádí: k čemu slouží, kdo je ukládá a jak dlouho zůstávají ve vašem prohlížeči.
policy-what-heading = Co je soubor cookie?
policy-what = Soubor cookie je malý pojmenovaný kousek dat, který si web vyžádá uložit ve vašem prohlížeči. Prohlížeč ho po stanovenou dobu uchovává a při každé další návštěvě ho tomuto webu posílá zpět. Díky cookies můžete zůstat přihlášeni a web si může pamatovat obsah nákupního košíku nebo dlouhodobě rozpoznávat váš prohlížeč, aby mohl počítat návštěvy nebo cílit reklamu.
policy-types-heading = Čtyři druhy cookies
policy-type-necessary-name = Nezbytné cookies
policy-type-necessary = uchovávají informace z jedné návštěvy do další na stejném zařízení, například obsah košíku, přihlášení nebo nastavení rozhraní. Bez nich web nemůže fungovat, a proto se ukládají, aniž by se vás web ptal.
policy-type-statistics-name = Statistické cookies
policy-type-statistics = sledují, co návštěvníci na webu dělají, aby bylo možné měřit návštěvnost. Pokud je měření anonymizované, takže ho nikdy nelze spojit s konkrétním člověkem, souhlas nepotřebuje; přesto ho můžete odmítnout.
policy-type-first-party-name = Cookies první strany
policy-type-first-party = ukládá web, který právě navštěvujete. Kromě nezbytných mohou sloužit ke shromažďování osobních údajů, ke sledování vašeho chování na webu nebo k zobrazování reklamy.
policy-type-third-party-name = Cookies třetích stran
policy-type-third-party = ukládá jiný web – často web inzerenta – nebo se ukládají pro něj, a to prostřednictvím obsahu vloženého do webu, který navštěvujete. Tento jiný web se díky nim dozví, které stránky jste si prohlédli, a získává o vás informace.
policy-list-heading = Cookies webu { $site }
policy-none = Tento web neuvádí žádné cookies tohoto druhu.
policy-choices-heading = Změna rozhodnutí
policy-choices = Svou volbu můžete kdykoli změnit nebo odvolat pomocí odkazu „Nastavení cookies“, který najdete na každé stránce webu { $site }. Odvolat souhlas je stejně snadné jako ho udělit.
policy-browser = I váš prohlížeč ukazuje, jaké cookies uchovává, a umožňuje je smazat nebo zablokovat, a to pro všechny weby, nebo jen pro některé. V jeho nastavení nebo nápovědě hledejte „cookies“ nebo „data webů“. Pokud zablokujete nezbytné cookies, některé části webu nemusí fungovat.
policy-version = Verze zásad { $version }
policy-services-heading = Služby jiných společností
policy-services = Některé funkce webu { $site } pocházejí od jiných společností, například vložené video, mapa nebo nástroj pro měření návštěvnosti. Žádná z nich se nenačte, dokud v nastavení cookies nepovolíte příslušný druh cookies nebo právě tuto službu. Každá je zde uvedena spolu s cookies, o kterých je známo, že je ukládá.
column-service = Služba
column-category = Druh cookies
policy-service-no-cookies = žádné známé

category-necessary = Nezbytné
category-necessary-description = Potřebné pro fungování webu; vždy zapnuté.
category-preferences = Preferenční
category-preferences-description = Pamatují si volby, které mění vzhled nebo chování webu, například region nebo nastavení zobrazení.
category-statistics = Statistické
category-statistics-description = Měří návštěvnost webu, aby ho bylo možné zlepšovat.
category-marketing = Marketingové
category-marketing-description = Reklama, sledování napříč weby a obsah vložený z jiných služeb, například videa.

column-provider = Poskytovatel
column-function = Funkce a umístění
column-names = Název cookie
column-purpose = Účel
column-duration = Doba uložení
column-party = Původ
party-first = První strana
party-third = Třetí strana
name-prefix = jakýkoli název začínající na { $prefix }
exempt-note = Anonymizované měření návštěvnosti: běží bez souhlasu, můžete ho odmítnout.
domain-note = ukládá se pro doménu { $domain }

duration-session = Do zavření prohlížeče
duration-hour = { $n ->
    [one] { $n } hodina
    [few] { $n } hodiny
    [many] { $n } hodiny
   *[other] { $n } hodin
}
duration-day = { $n ->
    [one] { $n } den
    [few] { $n } dny
    [many] { $n } dne
   *[other] { $n } dní
}
duration-week = { $n ->
    [one] { $n } týden
    [few] { $n } týdny
    [many] { $n } týdne
   *[other] { $n } týdnů
}
duration-month = { $n ->
    [one] { $n } měsíc
    [few] { $n } měsíce
    [many] { $n } měsíce
   *[other] { $n } měsíců
}
duration-year = { $n ->
    [one] { $n } rok
    [few] { $n } roky
    [many] { $n } roku
   *[other] { $n } let
}

not-found-title = Stránka nenalezena
not-found-text = Na této adrese nic není.
not-found-site = Žádný web s názvem „{ $slug }“ se tu nespravuje.
not-found-home = Přehled spravovaných webů

banner-title = Cookies na webu { $site }
banner-text = Web { $site } ukládá cookies, které potřebuje ke svému fungování. S vaším souhlasem by používal i další, aby mohl měřit návštěvnost a zobrazovat obsah z jiných služeb. Odmítnout je stejně snadné jako přijmout a svůj názor můžete kdykoli změnit.
banner-accept-all = Přijmout vše
banner-reject-all = Odmítnout vše
banner-customise = Přizpůsobit
banner-save = Uložit výběr
banner-close = Zavřít bez souhlasu
banner-settings = Nastavení cookies
banner-policy-link = Zásady používání cookies
banner-gpc = Váš prohlížeč odesílá signál Global Privacy Control, proto marketingové cookies zůstávají vypnuté.
banner-always-on = Vždy zapnuté
banner-exempt = Běží i bez souhlasu; můžete to vypnout.
banner-placeholder = Tento obsah vyžaduje cookies kategorie „{ $category }“.
banner-placeholder-accept = Povolit cookies kategorie „{ $category }“
banner-opt-out-text = Web { $site } používá cookies ke svému fungování, k měření návštěvnosti a k reklamě. Prodej a sdílení svých osobních údajů i cílenou reklamu můžete kdykoli odmítnout.
banner-privacy-choices = Vaše volby v oblasti soukromí
banner-gpc-honoured = Vaši žádost o odmítnutí respektujeme
banner-notice-ok = Rozumím
banner-services = Služby tohoto druhu

my-consent-title = Vaše nastavení cookies na webu { $site }
my-consent-none = Na tomto webu jste zatím nic nezvolili: ukládají se jen nezbytné cookies.
my-consent-none-starts-on = Na tomto webu jste zatím nic nezvolili: v místě, kde se nacházíte, jsou jeho cookies zapnuté, dokud je níže nevypnete.
my-consent-id = Identifikátor souhlasu
my-consent-date = Datum rozhodnutí
my-consent-change = Změnit nastavení
my-consent-withdraw = Odvolat souhlas
my-consent-back = Zpět na web
my-consent-opt-out = Odmítnout prodej, sdílení a cílenou reklamu
my-consent-opt-out-explained = Jediným krokem zastavíte prodej a sdílení svých osobních údajů i cílenou reklamu na tomto webu; ostatní cookies webu zůstanou beze změny.
my-consent-opted-out = Prodej, sdílení a cílenou reklamu jste na tomto webu odmítli.
audience-heading = Měření návštěvnosti
audience-explained = Aby bylo vidět, které stránky se čtou, započítává se každá návštěva bez jakýchkoli cookies: adresa a prohlížeč slouží jen k rozlišení návštěv v rámci jednoho dne a nikdy se neuchovávají. Z těchto počtů nelze nikoho poznat a s nikým se nesdílejí.
audience-opt-out = Nezapočítávat mé návštěvy
audience-stop = Přestat započítávat mé návštěvy
audience-resume = Znovu započítávat mé návštěvy
audience-stopped = Vaše návštěvy se nezapočítávají.
stats-title = Statistiky webu { $site }
stats-views = Zobrazení stránek
stats-visitors = Návštěvníci
stats-visitors-note = Návštěvníci se počítají jednou denně a bez cookies: kdo se během několika dní vrací, je započítán každý den znovu.
stats-audience = Zobrazení stránek a návštěvníci podle dnů
stats-top-path = Nejčtenější stránky
stats-top-referrer = Nejčastější odkazující weby
stats-top-browser = Prohlížeče
stats-top-os = Operační systémy
stats-top-device = Zařízení
stats-top-language = Jazyky
stats-none = (žádné)
stats-decisions = Rozhodnutí o souhlasu
stats-acceptance = Souhlas podle kategorií (%)
stats-acceptance-language = Souhlas podle jazyků (%)
stats-undecided = Návštěvníci, kteří se nikdy nerozhodli (odhad)
stats-nothing = Zatím nebylo nic započítáno.
admin-statistics = Statistiky
choice-on = Zapnuto
choice-off = Vypnuto

admin-login-title = Přihlášení do cookiewarden
admin-username = Uživatelské jméno
admin-password = Heslo
admin-login-submit = Přihlásit se
admin-login-failed = Nesprávné uživatelské jméno nebo heslo.
admin-login-locked = Příliš mnoho neúspěšných pokusů. Zkuste to znovu za { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}.
admin-csrf-failed = Platnost formuláře vypršela, nebo byl odeslán z jiného webu. Načtěte stránku znovu a zkuste to ještě jednou.
admin-login-busy = Právě se přihlašuje příliš mnoho lidí. Zkuste to prosím za chvíli znovu.
admin-home-title = Weby
admin-signed-in-as = Přihlášený uživatel: { $user }
admin-logout = Odhlásit se
admin-logout-everywhere = Odhlásit se všude
admin-no-sites = Zatím nejste členem žádného webu; přidat vás může administrátor.
admin-site-policy = Zásady cookies
admin-role-admin = administrátor
admin-role-editor = editor
admin-role-viewer = čtenář
admin-consents = Záznamy souhlasů
admin-consents-title = Záznamy souhlasů webu { $site }
admin-consents-count = { $total ->
    [0] Neodpovídá žádný záznam
    [one] Odpovídá jeden záznam
    [few] Odpovídají { $total } záznamy
    [many] Odpovídá { $total } záznamu
   *[other] Odpovídá { $total } záznamů
}; na této stránce: { $shown }.
admin-col-time = Zaznamenáno (UTC)
admin-col-id = Identifikátor souhlasu
admin-col-method = Způsob
admin-col-choices = Povoleno
admin-col-language = Jazyk
admin-col-rules = Region a pravidla
admin-filter-from = Od
admin-filter-to = Do
admin-filter-method = Způsob
admin-filter-any = jakýkoli
admin-filter-id = Identifikátor souhlasu
admin-filter-submit = Filtrovat
admin-export-csv = Stáhnout jako CSV
admin-not-member = Nejste členem tohoto webu.
admin-bad-filter = Neplatná hodnota filtru `{ $value }`: data se zadávají ve tvaru RRRR-MM-DD, způsoby tak, jak byly zaznamenány.
admin-users = Uživatelé
admin-audit = Auditní protokol
admin-col-user = Uživatel
admin-col-roles = Role
admin-col-state = Stav
admin-col-actor = Kdo
admin-col-action = Co
admin-col-target = Objekt
admin-col-before = Před
admin-col-after = Po
admin-state-active = aktivní
admin-state-disabled = deaktivovaný
admin-disable = Deaktivovat
admin-enable = Aktivovat
admin-not-admin = Tuto akci mohou provést jen administrátoři.
admin-not-yourself = Vlastní účet nemůžete deaktivovat.
admin-unknown-user = Takový uživatel neexistuje.
admin-settings = Nastavení
admin-settings-title = Nastavení webu { $site }
admin-field-name = Název
admin-field-origins = Adresy webu
admin-field-origins-help = Adresy, ze kterých se web zobrazuje, každá na samostatném řádku, například https://www.example.org. Lišta odpovídá jen stránkám z těchto adres.
admin-field-languages = Jazyky
admin-field-languages-help = Kódy jazyků oddělené čárkami, například cs, en.
admin-field-default-language = Výchozí jazyk
admin-field-default-language-help = Použije se, když prohlížeč návštěvníka nežádá žádný z jazyků webu.
admin-field-consent-lifetime = Platnost volby
admin-field-consent-lifetime-help = Jak dlouho platí volba návštěvníka, než se lišta zeptá znovu; nejvýše 13 měsíců. Zadává se anglicky, například 6 months.
admin-field-refusal-cooldown = Platnost odmítnutí
admin-field-refusal-cooldown-help = Jak dlouho se lišta po odmítnutí všeho znovu neptá, a to ani při změně zásad; nejvýše 400 dní. Zadává se anglicky, například 6 months (výchozí hodnota).
admin-field-cookie-domain = Sdílená doména cookies
admin-field-cookie-domain-help = Nadřazená doména všech adres webu, například example.org, aby všechny její subdomény sdílely jednu volbu. Pokud má mít každý hostitel vlastní volbu, ponechte pole prázdné.
admin-field-default-region = Výchozí region
admin-field-default-region-help = Region návštěvníků, které hlavička s regionem z vašeho předřazeného serveru neurčí: kód ISO 3166, například CZ nebo US-CA. Pokud pole ponecháte prázdné, použije se EU.
admin-field-regions = Pravidla podle regionů
admin-field-regions-help = Jeden řádek na pravidlo, místo výchozích pravidel (opt-out ve Spojených státech, opt-in jinde): regiony, dvojtečka, opt-in, opt-out nebo notice a případně, jak dlouho se tam respektuje odmítnutí, například US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Cesta k zásadám cookies
admin-field-policy-path-help = Kde se na webu nacházejí zásady cookies, například /zasady-cookies.
admin-field-statistics-retention = Doba uchování surových dat o návštěvnosti
admin-field-statistics-retention-help = Nejvýše 25 měsíců. Denní souhrny zůstávají i po smazání surových dat.
admin-field-statistics-query = Zachované parametry dotazu
admin-field-statistics-query-help = Parametry, které se v měřených cestách stránek zachovají, oddělené čárkami, například q, page. Pokud se nemá zachovat žádný, ponechte pole prázdné.
admin-field-statistics-cookie = Rozpoznávat vracející se návštěvníky
admin-field-statistics-cookie-help = Uloží soubor cookie první strany na 13 měsíců bez prodlužování a uvede ho v zásadách.
admin-services = Služby
admin-services-help = Služby jiných společností, které tento web používá. Brána zadržuje jejich tagy, dokud je návštěvník nepovolí, a zásady je uvádějí s jejich cookies. Vlastní služby webu, s jejich hostiteli a úryvky kódu, jsou popsány v jeho definičním souboru.
admin-services-none = Tento web neuvádí žádné služby.
admin-service-add = Přidat službu
admin-service-remove = Odebrat
admin-service-own = vlastní služba webu
admin-service-catalogue = z katalogu
admin-save = Uložit
admin-saved = Uloženo.
admin-missing-texts = Soubor cookie { $cookie } nemá funkci ani účel napsané v těchto jazycích: { $languages }. Návštěvníci, kteří čtou v těchto jazycích, místo nich vidí text v jazyce { $default }.
admin-read-only = Tato nastavení si můžete prohlédnout; měnit je mohou jen editoři a administrátoři.
admin-not-editor = Změny na tomto webu mohou provádět jen jeho editoři a administrátoři.
admin-cookies = Deklarované cookies
admin-col-pattern = Název
admin-col-category = Kategorie
admin-col-party = Původ
admin-col-duration = Doba uložení
admin-col-provider = Poskytovatel
admin-col-status = Stav
admin-delete = Smazat
admin-unknown-cookie = Tento web takový soubor cookie neuvádí.
admin-add-cookie = Deklarovat soubor cookie
admin-field-cookie-name = Název
admin-field-cookie-name-help = Zakončete ho znakem *, chcete-li deklarovat všechny cookies, jejichž název takto začíná.
admin-field-provider = Poskytovatel
admin-field-category = Kategorie
admin-field-party = Původ
admin-field-party-help = first: ukládá ho web sám; third: ukládá ho doména jiné společnosti.
admin-field-duration = Doba uložení
admin-field-duration-help = Zadává se anglicky, například 13 months, 1 day nebo session.
admin-field-domain = Doména
admin-field-domain-help = Nepovinné: doména, pro kterou se soubor cookie ukládá, pokud to není doména webu.
admin-field-path = Cesta
admin-field-function = Funkce a umístění
admin-field-function-help = Co soubor cookie dělá a kde na webu se ukládá.
admin-field-purpose = Účel
admin-field-purpose-help = Proč ho web potřebuje – slovy, kterým návštěvník rozumí.
admin-add = Přidat
admin-field-exempt = Výjimka ze souhlasu
admin-field-exempt-help = Nárok na výjimku má jen měření návštěvnosti první strany s dobou uložení nejvýše 13 měsíců.
admin-field-status = Stav
admin-field-status-help = Deklarace ve stavu draft se do zveřejněných zásad nedostane, dokud ji nepřepnete na active.
admin-edit = Upravit
admin-edit-cookie-title = Deklarace souboru cookie { $name }
admin-preview = Náhled zásad
admin-preview-notice = Náhled: zásady tak, jak je uvidí návštěvníci, { $drafts ->
    [0] bez deklarací ve stavu draft.
    [one] po aktivaci jedné deklarace ve stavu draft.
    [few] po aktivaci { $drafts } deklarací ve stavu draft.
    [many] po aktivaci { $drafts } deklarace ve stavu draft.
   *[other] po aktivaci { $drafts } deklarací ve stavu draft.
}
admin-new-site = Nový web
admin-field-slug = Identifikátor
admin-field-slug-help = Malá písmena, číslice a pomlčky. Objevuje se v adresách a později ho nelze změnit.
admin-create = Vytvořit
admin-tokens = Tokeny API
admin-api-document = Popis API (OpenAPI)
admin-token-created = Tady je nový token. Zkopírujte si ho hned: znovu se už nezobrazí.
admin-field-label = Označení
admin-field-sites = Weby
admin-field-access = Přístup
admin-access-read = jen čtení
admin-access-write = čtení i zápis
admin-all-sites = všechny weby, na kterých pracujete
admin-col-created = Vytvořeno (UTC)
admin-col-last-used = Naposledy použito (UTC)
admin-revoke = Zneplatnit
admin-no-tokens = Zatím žádný token.
admin-new-token = Nový token
admin-unknown-token = Takový token neexistuje.
admin-add-user = Přidat uživatele
admin-field-role = Role
admin-field-member-of = Weby
admin-field-member-of-help = Weby, na kterých pracuje editor nebo čtenář; administrátor pracuje na všech.
admin-texts = Texty lišty a zásad
admin-texts-help = Napište vlastní texty webu v každém z jeho jazyků; prázdné pole ponechá text platformy, který je v něm zobrazen šedě.
admin-field-banner-title = Nadpis lišty
admin-field-banner-text = Odstavec lišty
admin-field-policy-intro = Úvodní odstavec zásad

admin-nav = Administrace
admin-site-nav = Stránky webu { $site }
admin-older = Starší záznamy
admin-newer = Novější záznamy
admin-show-oldest = Zobrazit nejdříve nejstarší
admin-show-newest = Zobrazit nejdříve nejnovější
admin-confirm-title = Potvrďte prosím
admin-confirm-delete-cookie = Smazat deklaraci souboru cookie { $name }? Soubor cookie okamžitě zmizí ze zveřejněných zásad; již uložené záznamy souhlasů zůstanou beze změny.
admin-confirm-revoke-token = Zneplatnit token „{ $label }“? Každý skript, který ho používá, bude od této chvíle odmítnut.
admin-cancel = Zrušit
admin-sorted-ascending = seřazeno vzestupně
admin-sorted-descending = seřazeno sestupně
admin-pages = Stránky tabulky
stats-show-numbers = Čísla
stats-demo-data = Tato čísla jsou vymyšlená ukázková data, vytvořená při spuštění ukázky nad prázdnou databází.
admin-col-links = Přejít na
admin-newest = Nejnovější změny
admin-older-changes = Starší změny
