# Teksterne på de sider, cookiewarden viser, på dansk. Hver besked i en.ftl findes også her;
# en enhedstest holder de to filer i trit med hinanden.

language-name = Dansk
language-label = Sprog
language-submit = Skift sprog

index-title = Hjemmesider, der administreres på denne platform
index-intro = Hver hjemmeside herunder oplyser, hvilke cookies den sætter, hvad de bruges til, og hvor længe de bliver gemt.
index-policy-link = Cookiepolitik
index-platform = Platformens egne cookies

policy-title = Cookiepolitik for { $site }
policy-why-heading = Derfor bruger { $site } cookies
policy-why = { $site } har brug for nogle få cookies for at virke, som du forventer. Hvis du giver samtykke, kan hjemmesiden også bruge andre cookies til at måle, hvor mange der besøger den, eller til at vise indhold fra andre tjenester. Her på siden står alle de cookies, hjemmesiden har oplyst: hvad de bruges til, hvem der sætter dem, og hvor længe de bliver i din browser.
policy-what-heading = Hvad er en cookie?
policy-what = En cookie er en lille navngiven stump data, som en hjemmeside beder din browser om at gemme. Din browser gemmer den i et bestemt tidsrum og sender den tilbage til hjemmesiden, hver gang du kommer igen. Cookies kan holde dig logget ind, huske, hvad der ligger i en indkøbskurv, eller genkende din browser over tid for at tælle besøg eller målrette reklamer.
policy-types-heading = Fire slags cookies
policy-type-necessary-name = Nødvendige cookies
policy-type-necessary = gemmer oplysninger fra ét besøg til det næste på den samme enhed, fx en indkøbskurv, et login eller en indstilling af visningen. Hjemmesiden kan ikke fungere uden dem, så de bliver sat, uden at du bliver spurgt.
policy-type-statistics-name = Statistiske cookies
policy-type-statistics = registrerer, hvad de besøgende gør på hjemmesiden, for at måle trafikken. Når målingen er anonymiseret, så den aldrig kan føres tilbage til en person, kræver den ikke samtykke; du kan stadig fravælge den.
policy-type-first-party-name = Førstepartscookies
policy-type-first-party = sættes af den hjemmeside, du besøger. Ud over de nødvendige cookies kan de indsamle personoplysninger, følge din adfærd på hjemmesiden eller vise reklamer.
policy-type-third-party-name = Tredjepartscookies
policy-type-third-party = sættes af eller for en anden hjemmeside, ofte en annoncør, via indhold, der er indlejret på den hjemmeside, du besøger. De gør det muligt for den anden hjemmeside at se, hvilke sider du har set, og at indsamle oplysninger om dig.
policy-list-heading = Cookies på { $site }
policy-none = Hjemmesiden har ikke oplyst nogen cookies af denne slags.
policy-choices-heading = Hvis du fortryder
policy-choices = Du kan til enhver tid ændre eller trække dit valg tilbage med knappen »Cookieindstillinger«, som findes på alle sider på { $site }. Det er lige så nemt at trække et samtykke tilbage som at give det.
policy-browser = Din browser viser også de cookies, den gemmer, og lader dig slette eller blokere dem for alle hjemmesider eller kun for nogle. Søg efter »cookies« eller »webstedsdata« i browserens indstillinger eller hjælp. Hvis du blokerer nødvendige cookies, kan dele af hjemmesiden holde op med at virke.
policy-version = Version { $version } af politikken
policy-services-heading = Tjenester fra andre virksomheder
policy-services = Nogle af funktionerne på { $site } kommer fra andre virksomheder, fx en indlejret video, et kort eller et værktøj til at måle trafikken. Ingen af dem indlæses, før du i cookieindstillingerne har tilladt den slags cookies, de hører til, eller netop den ene tjeneste. Her står hver tjeneste med de cookies, den så vidt vides sætter.
column-service = Tjeneste
column-category = Slags cookies
policy-service-no-cookies = ingen kendte

category-necessary = Nødvendige
category-necessary-description = Skal til, for at hjemmesiden virker; altid slået til.
category-preferences = Præferencer
category-preferences-description = Husker valg, der ændrer, hvordan hjemmesiden ser ud eller opfører sig, fx en region eller en visningsindstilling.
category-statistics = Statistik
category-statistics-description = Måler trafikken på hjemmesiden, så den kan blive bedre.
category-marketing = Marketing
category-marketing-description = Reklamer, sporing på tværs af hjemmesider og indlejret indhold fra andre tjenester, fx videoer.

column-provider = Udbyder
column-function = Funktion og placering
column-names = Cookiens navn(e)
column-purpose = Formål
column-duration = Varighed
column-party = Part
party-first = Førstepart
party-third = Tredjepart
name-prefix = alle navne, der begynder med { $prefix }
exempt-note = Anonymiseret besøgsmåling: slået til uden samtykke, du kan fravælge den.
domain-note = sat på { $domain }

duration-session = Indtil browseren lukkes
duration-hour = { $n ->
    [one] { $n } time
   *[other] { $n } timer
}
duration-day = { $n ->
    [one] { $n } dag
   *[other] { $n } dage
}
duration-week = { $n ->
    [one] { $n } uge
   *[other] { $n } uger
}
duration-month = { $n ->
    [one] { $n } måned
   *[other] { $n } måneder
}
duration-year = { $n ->
    [one] { $n } år
   *[other] { $n } år
}

not-found-title = Siden blev ikke fundet
not-found-text = Der er ikke noget på denne adresse.
not-found-site = Der administreres ingen hjemmeside med navnet »{ $slug }« her.
not-found-home = Se de hjemmesider, der administreres her

banner-title = Cookies på { $site }
banner-text = { $site } sætter de cookies, der skal til, for at hjemmesiden virker. Hvis du giver samtykke, bruger den også andre cookies til at måle trafikken og vise indhold fra andre tjenester. Det er lige så nemt at afvise som at acceptere, og du kan altid ændre dit valg.
banner-accept-all = Accepter alle
banner-reject-all = Afvis alle
banner-customise = Tilpas
banner-save = Gem mine valg
banner-close = Luk uden at acceptere
banner-settings = Cookieindstillinger
banner-policy-link = Cookiepolitik
banner-gpc = Din browser sender Global Privacy Control, så marketingcookies forbliver slået fra.
banner-always-on = Altid slået til
banner-exempt = Slået til uden samtykke; du kan slå målingen fra.
banner-placeholder = Dette indhold kræver cookies i kategorien »{ $category }«.
banner-placeholder-accept = Tillad cookies i kategorien »{ $category }«
banner-opt-out-text = { $site } bruger cookies for at virke, for at måle trafikken og til reklamer. Du kan til enhver tid fravælge salg og deling af dine personoplysninger og målrettede reklamer.
banner-privacy-choices = Dine privatlivsvalg
banner-gpc-honoured = Dit fravalg bliver respekteret
banner-notice-ok = OK
banner-services = Tjenester af denne slags

my-consent-title = Dine cookievalg på { $site }
my-consent-none = Du har ikke truffet et valg på denne hjemmeside endnu: Der sættes kun nødvendige cookies.
my-consent-none-starts-on = Du har ikke truffet et valg på denne hjemmeside endnu: Der, hvor du befinder dig, er dens cookies slået til, indtil du slår dem fra herunder.
my-consent-id = Samtykke-id
my-consent-date = Valgt den
my-consent-change = Ændr mine valg
my-consent-withdraw = Træk mit samtykke tilbage
my-consent-back = Tilbage til hjemmesiden
my-consent-opt-out = Fravælg salg, deling og målrettede reklamer
my-consent-opt-out-explained = Med ét klik stopper du salg og deling af dine personoplysninger og målrettede reklamer på denne hjemmeside; hjemmesidens øvrige cookies forbliver, som de er.
my-consent-opted-out = Du har fravalgt salg, deling og målrettede reklamer på denne hjemmeside.
audience-heading = Besøgsmåling
audience-explained = For at vide, hvilke sider der bliver læst, tælles hvert besøg uden nogen cookie: Adressen og browseren bruges kun til at skelne dagens besøg fra hinanden og gemmes aldrig. Ingen kan genkendes ud fra disse tal, og de deles ikke med andre.
audience-opt-out = Tæl ikke mine besøg
audience-stop = Stop med at tælle mine besøg
audience-resume = Tæl mine besøg igen
audience-stopped = Dine besøg bliver ikke talt.
stats-title = Statistik for { $site }
stats-views = Sidevisninger
stats-visitors = Besøgende
stats-visitors-note = Besøgende tælles én gang om dagen uden cookies: Kommer en person igen på flere forskellige dage, tælles vedkommende hver dag.
stats-audience = Sidevisninger og besøgende pr. dag
stats-top-path = Mest besøgte sider
stats-top-referrer = Vigtigste henvisende sider
stats-top-browser = Browsere
stats-top-os = Styresystemer
stats-top-device = Enheder
stats-top-language = Sprog
stats-none = (ingen)
stats-decisions = Samtykkevalg
stats-acceptance = Accept pr. kategori (%)
stats-acceptance-language = Accept pr. sprog (%)
stats-undecided = Besøgende, der aldrig har valgt (skøn)
stats-nothing = Der er ikke talt noget endnu.
admin-statistics = Statistik
choice-on = Til
choice-off = Fra

admin-login-title = Log ind på cookiewarden
admin-username = Brugernavn
admin-password = Adgangskode
admin-login-submit = Log ind
admin-login-failed = Forkert brugernavn eller adgangskode.
admin-login-locked = For mange mislykkede forsøg. { $minutes ->
    [one] Prøv igen om { $minutes } minut.
   *[other] Prøv igen om { $minutes } minutter.
}
admin-csrf-failed = Formularen er udløbet eller blev sendt fra en anden hjemmeside. Genindlæs siden, og prøv igen.
admin-login-busy = Der er for mange, der logger ind lige nu. Prøv igen om et øjeblik.
admin-home-title = Hjemmesider
admin-signed-in-as = Logget ind som { $user }
admin-logout = Log ud
admin-logout-everywhere = Log ud alle steder
admin-no-sites = Du er ikke medlem af nogen hjemmeside endnu; en administrator kan tilføje dig.
admin-site-policy = Cookiepolitik
admin-role-admin = administrator
admin-role-editor = redaktør
admin-role-viewer = læser
admin-consents = Samtykkelog
admin-consents-title = Samtykkelog for { $site }
admin-consents-count = { $total ->
    [0] Ingen registreringer passer
    [one] Én registrering passer
   *[other] { $total } registreringer passer
}; { $shown } på denne side.
admin-col-time = Registreret (UTC)
admin-col-id = Samtykke-id
admin-col-method = Metode
admin-col-choices = Tilladt
admin-col-language = Sprog
admin-col-rules = Region og regler
admin-filter-from = Fra
admin-filter-to = Til
admin-filter-method = Metode
admin-filter-any = alle
admin-filter-id = Samtykke-id
admin-filter-submit = Filtrer
admin-export-csv = Download som CSV
admin-not-member = Du er ikke medlem af denne hjemmeside.
admin-bad-filter = Ugyldig filterværdi `{ $value }`: Datoer skrives ÅÅÅÅ-MM-DD, metoder som de er registreret.
admin-users = Brugere
admin-audit = Revisionslog
admin-col-user = Bruger
admin-col-roles = Roller
admin-col-state = Tilstand
admin-col-actor = Hvem
admin-col-action = Hvad
admin-col-target = På hvad
admin-col-before = Før
admin-col-after = Efter
admin-state-active = aktiv
admin-state-disabled = deaktiveret
admin-disable = Deaktiver
admin-enable = Aktiver
admin-not-admin = Det er kun administratorer, der kan gøre dette.
admin-not-yourself = Du kan ikke deaktivere din egen konto.
admin-unknown-user = Den bruger findes ikke.
admin-settings = Indstillinger
admin-settings-title = Indstillinger for { $site }
admin-field-name = Navn
admin-field-origins = Webadresser
admin-field-origins-help = De adresser, hjemmesiden vises fra, én pr. linje, fx https://www.example.org. Banneret svarer kun sider fra disse adresser.
admin-field-languages = Sprog
admin-field-languages-help = Sprogkoder adskilt af kommaer, fx en, fr.
admin-field-default-language = Standardsprog
admin-field-default-language-help = Bruges, når en besøgendes browser ikke beder om nogen af hjemmesidens sprog.
admin-field-consent-lifetime = Et valg gælder i
admin-field-consent-lifetime-help = Hvor længe en besøgendes valg gælder, før banneret spørger igen, fx 6 months (enheden på engelsk); højst 13 måneder.
admin-field-refusal-cooldown = En afvisning respekteres i
admin-field-refusal-cooldown-help = Hvor længe banneret ikke spørger igen, efter at alt er blevet afvist, også når politikken ændres, fx 6 months (standard); højst 400 dage.
admin-field-cookie-domain = Fælles cookiedomæne
admin-field-cookie-domain-help = Et overordnet domæne til alle webadresserne, fx example.org, så alle dets underdomæner deler ét valg. Lad feltet stå tomt for at gemme valget for hver vært for sig.
admin-field-default-region = Standardregion
admin-field-default-region-help = Regionen for besøgende, som regionsheaderen fra din frontend ikke kan placere: en ISO 3166-kode som FR eller US-CA. Lad feltet stå tomt for EU.
admin-field-regions = Regler pr. region
admin-field-regions-help = Én linje pr. regel i stedet for standardreglerne (opt-out i USA, opt-in alle andre steder): regioner, et kolon, opt-in, opt-out eller notice og eventuelt, hvor længe en afvisning respekteres dér, fx US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Sti til cookiepolitikken
admin-field-policy-path-help = Hvor cookiepolitikken ligger på hjemmesiden, fx /cookies-policy.
admin-field-statistics-retention = Rå besøgsdata gemmes i
admin-field-statistics-retention-help = Højst 25 måneder. De daglige totaler bevares, når de rå data er slettet.
admin-field-statistics-query = Forespørgselsparametre, der bevares
admin-field-statistics-query-help = Parametre, der bevares i de målte sidestier, adskilt af kommaer, fx q, page. Lad feltet stå tomt for ikke at bevare nogen.
admin-field-statistics-cookie = Genkend tilbagevendende besøgende
admin-field-statistics-cookie-help = Sætter en førstepartscookie i 13 måneder, som aldrig fornyes, og oplyser den i politikken.
admin-services = Tjenester
admin-services-help = Tjenester fra andre virksomheder, som hjemmesiden bruger. Gatewayen holder deres tags tilbage, indtil den besøgende tillader dem, og politikken viser dem med deres cookies. Hjemmesidens egne tjenester, med deres værter og kodestykker, er beskrevet i dens definitionsfil.
admin-services-none = Hjemmesiden har ingen tjenester på listen.
admin-service-add = Tilføj tjenesten
admin-service-remove = Fjern
admin-service-own = hjemmesidens egen
admin-service-catalogue = fra kataloget
admin-save = Gem
admin-saved = Gemt.
admin-missing-texts = Cookien { $cookie } mangler en funktion eller et formål på { $languages }: Besøgende, der læser de sprog, ser i stedet teksten på { $default }.
admin-read-only = Du kan se disse indstillinger; kun redaktører og administratorer kan ændre dem.
admin-not-editor = Kun hjemmesidens redaktører og administratorer kan ændre den.
admin-cookies = Oplyste cookies
admin-col-pattern = Navn
admin-col-category = Kategori
admin-col-party = Part
admin-col-duration = Varighed
admin-col-provider = Udbyder
admin-col-status = Status
admin-delete = Slet
admin-unknown-cookie = Hjemmesiden har ikke oplyst nogen cookie med det navn.
admin-add-cookie = Oplys en cookie
admin-field-cookie-name = Navn
admin-field-cookie-name-help = Afslut navnet med * for at oplyse alle cookies, der begynder sådan.
admin-field-provider = Udbyder
admin-field-category = Kategori
admin-field-party = Part
admin-field-party-help = first: sat af hjemmesiden selv; third: sat af en anden virksomheds domæne.
admin-field-duration = Varighed
admin-field-duration-help = Fx 13 months, 1 day eller session (enheder på engelsk).
admin-field-domain = Domæne
admin-field-domain-help = Valgfrit: det domæne, cookien sættes på, hvis det ikke er hjemmesidens eget.
admin-field-path = Sti
admin-field-function = Funktion og placering
admin-field-function-help = Hvad cookien gør, og hvor på hjemmesiden den sættes.
admin-field-purpose = Formål
admin-field-purpose-help = Hvorfor hjemmesiden har brug for den, med ord en besøgende forstår.
admin-add = Tilføj
admin-field-exempt = Undtaget fra samtykke
admin-field-exempt-help = Gælder kun førstepartsbesøgsmåling, der gemmes i højst 13 måneder.
admin-field-status = Status
admin-field-status-help = En kladde (draft) kommer ikke med i den offentliggjorte politik, før den gøres aktiv (active).
admin-edit = Rediger
admin-edit-cookie-title = Oplysninger om { $name }
admin-preview = Forhåndsvisning af politikken
admin-preview-notice = Forhåndsvisning: politikken, som de besøgende vil læse den, { $drafts ->
    [0] uden kladder.
    [one] med én kladde gjort aktiv.
   *[other] med { $drafts } kladder gjort aktive.
}
admin-new-site = Ny hjemmeside
admin-field-slug = Identifikator
admin-field-slug-help = Små bogstaver, tal og bindestreger. Den indgår i adresser og kan ikke ændres senere.
admin-create = Opret
admin-tokens = API-tokens
admin-api-document = Beskrivelse af API'et (OpenAPI)
admin-token-created = Her er det nye token. Kopiér det nu: Det bliver ikke vist igen.
admin-field-label = Betegnelse
admin-field-sites = Hjemmesider
admin-field-access = Adgang
admin-access-read = kun læsning
admin-access-write = læsning og skrivning
admin-all-sites = alle hjemmesider, du arbejder på
admin-col-created = Oprettet (UTC)
admin-col-last-used = Sidst brugt (UTC)
admin-revoke = Tilbagekald
admin-no-tokens = Ingen tokens endnu.
admin-new-token = Nyt token
admin-unknown-token = Det token findes ikke.
admin-add-user = Tilføj en bruger
admin-field-role = Rolle
admin-field-member-of = Hjemmesider
admin-field-member-of-help = De hjemmesider, en redaktør eller læser arbejder på; en administrator arbejder på dem alle.
admin-texts = Tekster i banneret og politikken
admin-texts-help = Skriv hjemmesidens egne tekster på hvert af dens sprog; et tomt felt beholder platformens tekst, som vises med gråt i feltet.
admin-field-banner-title = Bannerets overskrift
admin-field-banner-text = Bannerets tekst
admin-field-policy-intro = Politikkens indledning

admin-nav = Administration
admin-site-nav = Sider for { $site }
admin-older = Ældre registreringer
admin-newer = Nyere registreringer
admin-show-oldest = Vis de ældste først
admin-show-newest = Vis de nyeste først
admin-confirm-title = Bekræft venligst
admin-confirm-delete-cookie = Slet oplysningerne om { $name }? Cookien forsvinder straks fra den offentliggjorte politik; samtykkeregistreringer, der allerede er gemt, forbliver, som de er.
admin-confirm-revoke-token = Tilbagekald tokenet »{ $label }«? Alle scripts, der bruger det, bliver afvist fra nu af.
admin-cancel = Annuller
admin-sorted-ascending = sorteret stigende
admin-sorted-descending = sorteret faldende
admin-pages = Tabellens sider
stats-show-numbers = Tallene
stats-demo-data = Disse tal er opdigtede demodata, som blev lavet, da demoen startede med en tom database.
admin-col-links = Gå til
admin-newest = De nyeste ændringer
admin-older-changes = Ældre ændringer
