# Tekstene på sidene cookiewarden viser, på norsk bokmål. Hver melding i en.ftl finnes også her;
# en enhetstest holder de to filene i takt.

language-name = Norsk bokmål
language-label = Språk
language-submit = Bytt språk

index-title = Nettsteder som forvaltes av denne plattformen
index-intro = Hvert nettsted nedenfor viser hvilke informasjonskapsler det setter, hva de brukes til og hvor lenge de blir liggende.
index-policy-link = Erklæring om informasjonskapsler
index-platform = Plattformens egne informasjonskapsler

policy-title = Erklæring om informasjonskapsler for { $site }
policy-why-heading = Hvorfor { $site } bruker informasjonskapsler
policy-why = { $site } trenger noen få informasjonskapsler for å fungere slik du forventer. Hvis du samtykker, kan nettstedet også bruke andre, for å måle hvor mange som besøker det eller for å vise innhold fra andre tjenester. Denne siden viser alle informasjonskapslene nettstedet oppgir, hva de brukes til, hvem som setter dem, og hvor lenge de blir liggende i nettleseren din.
policy-what-heading = Hva er en informasjonskapsel?
policy-what = En informasjonskapsel er en liten bit data med et navn, som et nettsted ber nettleseren din om å ta vare på. Nettleseren lagrer den i en bestemt tid og sender den tilbake til nettstedet hver gang du kommer tilbake. Informasjonskapsler kan holde deg innlogget, huske hva som ligger i handlekurven, eller kjenne igjen nettleseren din over tid for å telle besøk eller målrette reklame.
policy-types-heading = Fire typer informasjonskapsler
policy-type-necessary-name = Nødvendige informasjonskapsler
policy-type-necessary = tar vare på informasjon fra ett besøk til det neste på samme enhet, for eksempel en handlekurv, en innlogging eller en innstilling for visningen. Nettstedet kan ikke fungere uten dem, og derfor settes de uten at du blir spurt.
policy-type-statistics-name = Informasjonskapsler for statistikk
policy-type-statistics = følger med på hva besøkende gjør på nettstedet, for å måle hvor mye det brukes. Når målingen er anonymisert, slik at den aldri kan spores tilbake til en person, krever den ikke samtykke; du kan likevel reservere deg mot den.
policy-type-first-party-name = Informasjonskapsler fra førstepart
policy-type-first-party = settes av nettstedet du besøker. Utover de nødvendige kan de samle inn personopplysninger, følge med på hva du gjør på nettstedet, eller vise reklame.
policy-type-third-party-name = Informasjonskapsler fra tredjepart
policy-type-third-party = settes av eller for et annet nettsted, ofte en annonsør, gjennom innhold som er bygd inn i nettstedet du besøker. De lar dette andre nettstedet se hvilke sider du har besøkt, og samle inn opplysninger om deg.
policy-list-heading = Informasjonskapslene til { $site }
policy-none = Nettstedet oppgir ingen informasjonskapsler av denne typen.
policy-choices-heading = Hvis du ombestemmer deg
policy-choices = Du kan når som helst endre eller trekke tilbake valget ditt med knappen «Innstillinger for informasjonskapsler», som finnes på alle sidene til { $site }. Det er like enkelt å trekke tilbake samtykket som å gi det.
policy-browser = Nettleseren din viser også hvilke informasjonskapsler den har lagret, og lar deg slette eller blokkere dem, for alle nettsteder eller bare for noen. Se etter «informasjonskapsler» eller «nettstedsdata» i innstillingene eller hjelpesidene til nettleseren. Hvis du blokkerer nødvendige informasjonskapsler, kan deler av nettstedet slutte å fungere.
policy-version = Versjon { $version } av erklæringen
policy-services-heading = Tjenester fra andre selskaper
policy-services = Noen av funksjonene på { $site } kommer fra andre selskaper, for eksempel en innebygd video, et kart eller et verktøy for å måle besøk. Ingen av dem lastes inn før du i innstillingene for informasjonskapsler har tillatt den typen informasjonskapsler de hører til, eller akkurat den ene tjenesten. Her står hver tjeneste med informasjonskapslene den er kjent for å sette.
column-service = Tjeneste
column-category = Type informasjonskapsler
policy-service-no-cookies = ingen kjente

category-necessary = Nødvendige
category-necessary-description = Trengs for at nettstedet skal fungere; alltid på.
category-preferences = Preferanser
category-preferences-description = Husker valg som endrer hvordan nettstedet ser ut eller oppfører seg, for eksempel en region eller en visningsinnstilling.
category-statistics = Statistikk
category-statistics-description = Måler bruken av nettstedet for å gjøre det bedre.
category-marketing = Markedsføring
category-marketing-description = Reklame, sporing på tvers av nettsteder og innhold som er bygd inn fra andre tjenester, for eksempel videoer.

column-provider = Leverandør
column-function = Funksjon og plassering
column-names = Navn på informasjonskapsel(er)
column-purpose = Formål
column-duration = Lagringstid
column-party = Part
party-first = Førstepart
party-third = Tredjepart
name-prefix = alle navn som begynner med { $prefix }
exempt-note = Anonymisert besøksmåling: på uten samtykke, men du kan reservere deg.
domain-note = satt på { $domain }

duration-session = Til nettleseren lukkes
duration-hour = { $n ->
    [one] { $n } time
   *[other] { $n } timer
}
duration-day = { $n ->
    [one] { $n } dag
   *[other] { $n } dager
}
duration-week = { $n ->
    [one] { $n } uke
   *[other] { $n } uker
}
duration-month = { $n ->
    [one] { $n } måned
   *[other] { $n } måneder
}
duration-year = { $n ->
    [one] { $n } år
   *[other] { $n } år
}

not-found-title = Fant ikke siden
not-found-text = Det finnes ingenting på denne adressen.
not-found-site = Ingen nettsteder med navnet «{ $slug }» forvaltes her.
not-found-home = Se nettstedene som forvaltes her

banner-title = Informasjonskapsler på { $site }
banner-text = { $site } setter informasjonskapslene som trengs for at nettstedet skal fungere. Hvis du samtykker, brukes også andre, for å måle besøk og for å vise innhold fra andre tjenester. Det er like enkelt å avslå som å godta, og du kan ombestemme deg når som helst.
banner-accept-all = Godta alle
banner-reject-all = Avvis alle
banner-customise = Tilpass
banner-save = Lagre valgene mine
banner-close = Lukk uten å godta
banner-settings = Innstillinger for informasjonskapsler
banner-policy-link = Erklæring om informasjonskapsler
banner-gpc = Nettleseren din sender Global Privacy Control, så informasjonskapsler for markedsføring forblir slått av.
banner-always-on = Alltid på
banner-exempt = På uten samtykke; du kan slå det av.
banner-placeholder = Dette innholdet krever informasjonskapsler i kategorien «{ $category }».
banner-placeholder-accept = Tillat informasjonskapsler for «{ $category }»
banner-opt-out-text = { $site } bruker informasjonskapsler for å fungere, for å måle besøk og til reklame. Du kan når som helst reservere deg mot salg og deling av personopplysningene dine og mot målrettet reklame.
banner-privacy-choices = Dine personvernvalg
banner-gpc-honoured = Reservasjonen din er tatt til følge
banner-notice-ok = OK
banner-services = Tjenester av denne typen

my-consent-title = Dine valg for informasjonskapsler på { $site }
my-consent-none = Du har ikke tatt noe valg på dette nettstedet ennå: bare nødvendige informasjonskapsler er satt.
my-consent-none-starts-on = Du har ikke tatt noe valg på dette nettstedet ennå: der du befinner deg, er informasjonskapslene på helt til du slår dem av nedenfor.
my-consent-id = Samtykke-ID
my-consent-date = Dato for valget
my-consent-change = Endre valgene mine
my-consent-withdraw = Trekk tilbake samtykket mitt
my-consent-back = Tilbake til nettstedet
my-consent-opt-out = Reserver meg mot salg, deling og målrettet reklame
my-consent-opt-out-explained = Med ett klikk stanser du salg og deling av personopplysningene dine og målrettet reklame på dette nettstedet; de andre informasjonskapslene på nettstedet forblir som de er.
my-consent-opted-out = Du har reservert deg mot salg, deling og målrettet reklame på dette nettstedet.
audience-heading = Besøksmåling
audience-explained = For å vite hvilke sider som blir lest, telles hvert besøk uten informasjonskapsler: IP-adressen og nettleseren brukes bare til å skille besøkene fra én og samme dag fra hverandre, og lagres aldri. Ingen kan gjenkjennes ut fra disse tallene, og de deles ikke med noen.
audience-opt-out = Ikke tell besøkene mine
audience-stop = Slutt å telle besøkene mine
audience-resume = Tell besøkene mine igjen
audience-stopped = Besøkene dine telles ikke.
stats-title = Statistikk for { $site }
stats-views = Sidevisninger
stats-visitors = Besøkende
stats-visitors-note = Besøkende telles én gang per dag, uten informasjonskapsler: over flere dager telles en person som kommer tilbake, én gang hver dag.
stats-audience = Sidevisninger og besøkende per dag
stats-top-path = Mest leste sider
stats-top-referrer = Viktigste henvisningskilder
stats-top-browser = Nettlesere
stats-top-os = Operativsystemer
stats-top-device = Enheter
stats-top-language = Språk
stats-none = (ingen)
stats-decisions = Samtykkevalg
stats-acceptance = Andel som godtar, per kategori (%)
stats-acceptance-language = Andel som godtar, per språk (%)
stats-undecided = Besøkende som aldri tok et valg (anslag)
stats-nothing = Ingenting er telt ennå.
admin-statistics = Statistikk
choice-on = På
choice-off = Av

admin-login-title = Logg inn i cookiewarden
admin-username = Brukernavn
admin-password = Passord
admin-login-submit = Logg inn
admin-login-failed = Feil brukernavn eller passord.
admin-login-locked = For mange mislykkede forsøk. Prøv igjen om { $minutes ->
    [one] { $minutes } minutt
   *[other] { $minutes } minutter
}.
admin-csrf-failed = Skjemaet er utløpt eller ble sendt fra et annet nettsted. Last inn siden på nytt og prøv igjen.
admin-login-busy = Akkurat nå er det for mange som logger inn. Prøv igjen om litt.
admin-home-title = Nettsteder
admin-signed-in-as = Logget inn som { $user }
admin-logout = Logg ut
admin-logout-everywhere = Logg ut overalt
admin-no-sites = Du er ikke medlem av noe nettsted ennå; en administrator kan legge deg til.
admin-site-policy = Erklæring om informasjonskapsler
admin-role-admin = Administrator
admin-role-editor = Redaktør
admin-role-viewer = Leser
admin-consents = Samtykkelogg
admin-consents-title = Samtykkelogg for { $site }
admin-consents-count = { $total ->
    [0] Ingen treff
    [one] Ett treff
   *[other] { $total } treff
}; { $shown } på denne siden.
admin-col-time = Registrert (UTC)
admin-col-id = Samtykke-ID
admin-col-method = Metode
admin-col-choices = Godtatt
admin-col-language = Språk
admin-col-rules = Region og regler
admin-filter-from = Fra
admin-filter-to = Til
admin-filter-method = Metode
admin-filter-any = alle
admin-filter-id = Samtykke-ID
admin-filter-submit = Filtrer
admin-export-csv = Last ned som CSV
admin-not-member = Du er ikke medlem av dette nettstedet.
admin-bad-filter = Ugyldig filterverdi `{ $value }`: datoer skrives ÅÅÅÅ-MM-DD, metoder slik de er registrert.
admin-users = Brukere
admin-audit = Revisjonslogg
admin-col-user = Bruker
admin-col-roles = Roller
admin-col-state = Status
admin-col-actor = Hvem
admin-col-action = Hva
admin-col-target = Gjelder
admin-col-before = Før
admin-col-after = Etter
admin-state-active = aktiv
admin-state-disabled = deaktivert
admin-disable = Deaktiver
admin-enable = Aktiver
admin-not-admin = Bare administratorer kan gjøre dette.
admin-not-yourself = Du kan ikke deaktivere din egen konto.
admin-unknown-user = Denne brukeren finnes ikke.
admin-settings = Innstillinger
admin-settings-title = Innstillinger for { $site }
admin-field-name = Navn
admin-field-origins = Opprinnelser
admin-field-origins-help = Adressene nettstedet leveres fra, én per linje, for eksempel https://www.example.org. Banneret svarer bare sider fra disse adressene.
admin-field-languages = Språk
admin-field-languages-help = Språkkoder atskilt med komma, for eksempel en, fr.
admin-field-default-language = Standardspråk
admin-field-default-language-help = Brukes når nettleseren til en besøkende ikke ber om noen av nettstedets språk.
admin-field-consent-lifetime = Et valg gjelder i
admin-field-consent-lifetime-help = Hvor lenge en besøkendes valg gjelder før banneret spør på nytt, for eksempel 6 months; høyst 13 måneder.
admin-field-refusal-cooldown = Et avslag respekteres i
admin-field-refusal-cooldown-help = Hvor lenge banneret lar være å spørre på nytt etter at alt er avslått, også når erklæringen endres, for eksempel 6 months (standard); høyst 400 dager.
admin-field-cookie-domain = Felles domene for informasjonskapselen
admin-field-cookie-domain-help = Et overordnet domene for alle opprinnelsene, for eksempel example.org, slik at alle underdomenene deler ett og samme valg. La feltet stå tomt for å holde valget separat for hver vert.
admin-field-default-region = Standardregion
admin-field-default-region-help = Regionen til besøkende som regionheaderen fra frontserveren din ikke plasserer: en ISO 3166-kode som FR eller US-CA. La feltet stå tomt for EU.
admin-field-regions = Regler per region
admin-field-regions-help = Én linje per regel, i stedet for standardreglene (opt-out i USA, opt-in ellers): regioner, et kolon, opt-in, opt-out eller notice, og eventuelt hvor lenge et avslag respekteres der, for eksempel US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Sti til erklæringen
admin-field-policy-path-help = Hvor erklæringen om informasjonskapsler ligger på nettstedet, for eksempel /cookies-policy.
admin-field-statistics-retention = Rådata om besøk lagres i
admin-field-statistics-retention-help = Høyst 25 måneder. De daglige totalene blir liggende etter at rådataene er slettet.
admin-field-statistics-query = Spørreparametere som beholdes
admin-field-statistics-query-help = Parametere som beholdes i de målte sidestiene, atskilt med komma, for eksempel q, page. La feltet stå tomt for ikke å beholde noen.
admin-field-statistics-cookie = Kjenn igjen besøkende som kommer tilbake
admin-field-statistics-cookie-help = Setter en informasjonskapsel fra førstepart i 13 måneder, som aldri fornyes, og oppgir den i erklæringen.
admin-services = Tjenester
admin-services-help = Tjenester fra andre selskaper som nettstedet bruker. Gatewayen holder tilbake taggene deres til den besøkende tillater dem, og erklæringen viser dem med informasjonskapslene deres. Nettstedets egne tjenester, med verter og kodesnutter, er beskrevet i definisjonsfilen til nettstedet.
admin-services-none = Nettstedet har ingen tjenester oppført.
admin-service-add = Legg til tjenesten
admin-service-remove = Fjern
admin-service-own = nettstedets egen
admin-service-catalogue = fra katalogen
admin-save = Lagre
admin-saved = Lagret.
admin-missing-texts = Informasjonskapselen { $cookie } mangler funksjon eller formål på disse språkene: { $languages }. Besøkende som leser disse språkene, ser i stedet teksten på standardspråket ({ $default }).
admin-read-only = Du kan lese disse innstillingene; bare redaktører og administratorer kan endre dem.
admin-not-editor = Bare nettstedets redaktører og administratorer kan endre det.
admin-cookies = Deklarerte informasjonskapsler
admin-col-pattern = Navn
admin-col-category = Kategori
admin-col-party = Part
admin-col-duration = Lagringstid
admin-col-provider = Leverandør
admin-col-status = Tilstand
admin-delete = Slett
admin-unknown-cookie = Nettstedet har ikke deklarert noen slik informasjonskapsel.
admin-add-cookie = Deklarer en informasjonskapsel
admin-field-cookie-name = Navn
admin-field-cookie-name-help = Avslutt med * for å deklarere alle informasjonskapsler som begynner slik.
admin-field-provider = Leverandør
admin-field-category = Kategori
admin-field-party = Part
admin-field-party-help = first: satt av nettstedet selv; third: satt av domenet til et annet selskap.
admin-field-duration = Lagringstid
admin-field-duration-help = For eksempel 13 months, 1 day eller session.
admin-field-domain = Domene
admin-field-domain-help = Valgfritt: domenet informasjonskapselen settes på, når det ikke er nettstedets eget.
admin-field-path = Sti
admin-field-function = Funksjon og plassering
admin-field-function-help = Hva informasjonskapselen gjør, og hvor på nettstedet den settes.
admin-field-purpose = Formål
admin-field-purpose-help = Hvorfor nettstedet trenger den, med ord en besøkende forstår.
admin-add = Legg til
admin-field-exempt = Unntatt fra samtykke
admin-field-exempt-help = Gjelder bare besøksmåling fra førstepart som lagres i høyst 13 måneder.
admin-field-status = Tilstand
admin-field-status-help = Et utkast holdes utenfor den publiserte erklæringen til det blir gjort aktivt.
admin-edit = Rediger
admin-edit-cookie-title = Deklarasjon av { $name }
admin-preview = Forhåndsvisning av erklæringen
admin-preview-notice = Forhåndsvisning: erklæringen slik besøkende vil lese den, { $drafts ->
    [0] uten deklarasjonsutkast.
    [one] med ett deklarasjonsutkast gjort aktivt.
   *[other] med { $drafts } deklarasjonsutkast gjort aktive.
}
admin-new-site = Nytt nettsted
admin-field-slug = Identifikator
admin-field-slug-help = Små bokstaver, sifre og bindestreker. Den vises i adresser og kan ikke endres senere.
admin-create = Opprett
admin-tokens = API-tokener
admin-api-document = API-beskrivelse (OpenAPI)
admin-token-created = Her er det nye tokenet. Kopier det nå: det blir ikke vist igjen.
admin-field-label = Etikett
admin-field-sites = Nettsteder
admin-field-access = Tilgang
admin-access-read = bare lesing
admin-access-write = lesing og skriving
admin-all-sites = alle nettstedene du jobber med
admin-col-created = Opprettet (UTC)
admin-col-last-used = Sist brukt (UTC)
admin-revoke = Trekk tilbake
admin-no-tokens = Ingen tokener ennå.
admin-new-token = Nytt token
admin-unknown-token = Dette tokenet finnes ikke.
admin-add-user = Legg til en bruker
admin-field-role = Rolle
admin-field-member-of = Nettsteder
admin-field-member-of-help = Nettstedene en redaktør eller en leser jobber med; en administrator jobber med alle.
admin-texts = Tekster i banneret og erklæringen
admin-texts-help = Skriv nettstedets egne formuleringer på hvert av språkene; et felt som står tomt, beholder plattformens tekst, som vises nedtonet i feltet.
admin-field-banner-title = Overskrift i banneret
admin-field-banner-text = Avsnitt i banneret
admin-field-policy-intro = Innledende avsnitt i erklæringen

admin-nav = Administrasjon
admin-site-nav = Sider for { $site }
admin-older = Eldre oppføringer
admin-newer = Nyere oppføringer
admin-show-oldest = Vis de eldste først
admin-show-newest = Vis de nyeste først
admin-confirm-title = Bekreft
admin-confirm-delete-cookie = Vil du slette deklarasjonen av { $name }? Informasjonskapselen forsvinner straks fra den publiserte erklæringen; samtykkeoppføringer som allerede er lagret, forblir som de er.
admin-confirm-revoke-token = Vil du trekke tilbake tokenet «{ $label }»? Alle skript som bruker det, blir avvist fra nå av.
admin-cancel = Avbryt
admin-sorted-ascending = sortert i stigende rekkefølge
admin-sorted-descending = sortert i synkende rekkefølge
admin-pages = Sider i tabellen
stats-show-numbers = Tallene
stats-demo-data = Disse tallene er syntetiske demodata, laget da demoen startet med en tom database.
admin-col-links = Gå til
admin-newest = De nyeste endringene
admin-older-changes = Eldre endringer
