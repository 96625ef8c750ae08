# Texterna på de sidor som cookiewarden visar, på svenska. Varje meddelande i en.ftl finns också
# här; ett enhetstest håller de två filerna i takt med varandra.

language-name = Svenska
language-label = Språk
language-submit = Byt språk

index-title = Webbplatser som hanteras av den här plattformen
index-intro = Varje webbplats nedan redovisar vilka kakor den sätter, vad de används till och hur länge de finns kvar.
index-policy-link = Kakpolicy
index-platform = Plattformens egna kakor

policy-title = Kakpolicy för { $site }
policy-why-heading = Därför använder { $site } kakor
policy-why = { $site } behöver några kakor för att fungera som du förväntar dig. Om du samtycker kan webbplatsen även använda andra kakor, för att mäta hur många som besöker den eller för att visa innehåll från andra tjänster. På den här sidan listas alla kakor som webbplatsen har redovisat: vad de används till, vem som sätter dem och hur länge de finns kvar i din webbläsare.
policy-what-heading = Vad är en kaka?
policy-what = En kaka (cookie) är en liten namngiven datamängd som en webbplats ber din webbläsare att spara. Webbläsaren sparar den under en bestämd tid och skickar tillbaka den till webbplatsen varje gång du kommer tillbaka. Kakor kan hålla dig inloggad, komma ihåg vad som ligger i en kundvagn eller känna igen din webbläsare över tid för att räkna besök eller rikta reklam.
policy-types-heading = Fyra sorters kakor
policy-type-necessary-name = Nödvändiga kakor
policy-type-necessary = sparar information från ett besök till nästa på samma enhet, till exempel en kundvagn, en inloggning eller en inställning för gränssnittet. Webbplatsen fungerar inte utan dem, så de sätts utan att du tillfrågas.
policy-type-statistics-name = Statistikkakor
policy-type-statistics = följer vad besökarna gör på webbplatsen för att mäta hur många som besöker den. När mätningen är anonymiserad, så att den aldrig kan kopplas till en person, krävs inget samtycke; du kan ändå välja bort den.
policy-type-first-party-name = Förstapartskakor
policy-type-first-party = sätts av den webbplats du besöker. Utöver de nödvändiga kakorna kan de samla in personuppgifter, följa ditt beteende på webbplatsen eller visa reklam.
policy-type-third-party-name = Tredjepartskakor
policy-type-third-party = sätts av eller åt en annan webbplats, ofta en annonsör, via innehåll som är inbäddat på den webbplats du besöker. Med dem kan den andra webbplatsen se vilka sidor du har tittat på och samla in uppgifter om dig.
policy-list-heading = Kakorna på { $site }
policy-none = Webbplatsen har inte redovisat några kakor av det här slaget.
policy-choices-heading = Om du ändrar dig
policy-choices = Du kan när som helst ändra eller återkalla ditt val med knappen ”Inställningar för kakor” som finns på varje sida på { $site }. Det är lika enkelt att återkalla ett samtycke som att ge det.
policy-browser = Din webbläsare visar också de kakor den sparar och låter dig radera eller blockera dem, för alla webbplatser eller bara för vissa. Sök efter ”kakor”, ”cookies” eller ”webbplatsdata” i webbläsarens inställningar eller hjälp. Om du blockerar nödvändiga kakor kan delar av webbplatsen sluta fungera.
policy-version = Version { $version } av policyn
policy-services-heading = Tjänster från andra företag
policy-services = En del funktioner på { $site } kommer från andra företag, till exempel en inbäddad video, en karta eller ett verktyg för besöksmätning. Ingen av dem läses in förrän du i inställningarna för kakor har tillåtit det slags kakor som de hör till, eller just den tjänsten. Här listas varje tjänst med de kakor som den veterligen sätter.
column-service = Tjänst
column-category = Slag av kakor
policy-service-no-cookies = inga kända

category-necessary = Nödvändiga
category-necessary-description = Behövs för att webbplatsen ska fungera; alltid på.
category-preferences = Preferenser
category-preferences-description = Kommer ihåg val som ändrar hur webbplatsen ser ut eller fungerar, till exempel en region eller en visningsinställning.
category-statistics = Statistik
category-statistics-description = Mäter hur många som besöker webbplatsen, så att den kan bli bättre.
category-marketing = Marknadsföring
category-marketing-description = Reklam, spårning mellan webbplatser och inbäddat innehåll från andra tjänster, till exempel videor.

column-provider = Leverantör
column-function = Funktion och plats
column-names = Kakans namn
column-purpose = Syfte
column-duration = Lagringstid
column-party = Part
party-first = Förstapart
party-third = Tredjepart
name-prefix = alla namn som börjar med { $prefix }
exempt-note = Anonymiserad besöksmätning: på utan samtycke, du kan välja bort den.
domain-note = satt på { $domain }

duration-session = Tills webbläsaren stängs
duration-hour = { $n ->
    [one] { $n } timme
   *[other] { $n } timmar
}
duration-day = { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
}
duration-week = { $n ->
    [one] { $n } vecka
   *[other] { $n } veckor
}
duration-month = { $n ->
    [one] { $n } månad
   *[other] { $n } månader
}
duration-year = { $n ->
    [one] { $n } år
   *[other] { $n } år
}

not-found-title = Sidan hittades inte
not-found-text = Det finns ingenting på den här adressen.
not-found-site = Ingen webbplats med namnet ”{ $slug }” hanteras här.
not-found-home = Se webbplatserna som hanteras här

banner-title = Kakor på { $site }
banner-text = { $site } sätter de kakor som behövs för att webbplatsen ska fungera. Om du samtycker används även andra kakor, för att mäta hur många som besöker webbplatsen och för att visa innehåll från andra tjänster. Det är lika enkelt att avvisa som att godkänna, och du kan när som helst ändra dig.
banner-accept-all = Godkänn alla
banner-reject-all = Avvisa alla
banner-customise = Anpassa
banner-save = Spara mina val
banner-close = Stäng utan att godkänna
banner-settings = Inställningar för kakor
banner-policy-link = Kakpolicy
banner-gpc = Din webbläsare skickar Global Privacy Control, så kakor för marknadsföring förblir avstängda.
banner-always-on = Alltid på
banner-exempt = På utan samtycke; du kan stänga av mätningen.
banner-placeholder = Det här innehållet kräver kakor i kategorin ”{ $category }”.
banner-placeholder-accept = Tillåt kakor i kategorin ”{ $category }”
banner-opt-out-text = { $site } använder kakor för att fungera, för att mäta hur många som besöker webbplatsen och för reklam. Du kan när som helst säga nej till att dina personuppgifter säljs eller delas och till riktad reklam.
banner-privacy-choices = Dina integritetsval
banner-gpc-honoured = Ditt nej respekteras
banner-notice-ok = OK
banner-services = Tjänster av det här slaget

my-consent-title = Dina val av kakor på { $site }
my-consent-none = Du har inte gjort något val på den här webbplatsen ännu: bara nödvändiga kakor sätts.
my-consent-none-starts-on = Du har inte gjort något val på den här webbplatsen ännu: där du befinner dig är webbplatsens kakor på tills du stänger av dem nedan.
my-consent-id = Samtyckes-id
my-consent-date = Valt den
my-consent-change = Ändra mina val
my-consent-withdraw = Återkalla mitt samtycke
my-consent-back = Tillbaka till webbplatsen
my-consent-opt-out = Säg nej till försäljning, delning och riktad reklam
my-consent-opt-out-explained = Med ett enda klick stoppar du försäljning och delning av dina personuppgifter och riktad reklam på den här webbplatsen; webbplatsens övriga kakor påverkas inte.
my-consent-opted-out = Du har sagt nej till försäljning, delning och riktad reklam på den här webbplatsen.
audience-heading = Besöksmätning
audience-explained = För att veta vilka sidor som läses räknas varje besök utan någon kaka: adressen och webbläsaren används bara för att skilja dagens besök åt och sparas aldrig. Ingen kan kännas igen utifrån de här siffrorna, och de delas inte med någon.
audience-opt-out = Räkna inte mina besök
audience-stop = Sluta räkna mina besök
audience-resume = Räkna mina besök igen
audience-stopped = Dina besök räknas inte.
stats-title = Statistik för { $site }
stats-views = Sidvisningar
stats-visitors = Besökare
stats-visitors-note = Besökare räknas en gång per dag, utan kakor: en person som kommer tillbaka flera olika dagar räknas en gång för varje dag.
stats-audience = Sidvisningar och besökare per dag
stats-top-path = Mest besökta sidor
stats-top-referrer = Vanligaste hänvisande webbplatser
stats-top-browser = Webbläsare
stats-top-os = Operativsystem
stats-top-device = Enheter
stats-top-language = Språk
stats-none = (inga)
stats-decisions = Samtyckesbeslut
stats-acceptance = Godkännande per kategori (%)
stats-acceptance-language = Godkännande per språk (%)
stats-undecided = Besökare som aldrig har valt (uppskattning)
stats-nothing = Inget har räknats ännu.
admin-statistics = Statistik
choice-on = På
choice-off = Av

admin-login-title = Logga in på cookiewarden
admin-username = Användarnamn
admin-password = Lösenord
admin-login-submit = Logga in
admin-login-failed = Fel användarnamn eller lösenord.
admin-login-locked = För många misslyckade försök. { $minutes ->
    [one] Försök igen om { $minutes } minut.
   *[other] Försök igen om { $minutes } minuter.
}
admin-csrf-failed = Formuläret har gått ut eller skickades från en annan webbplats. Ladda om sidan och försök igen.
admin-login-busy = Just nu är det för många som loggar in. Försök igen om en liten stund.
admin-home-title = Webbplatser
admin-signed-in-as = Inloggad som { $user }
admin-logout = Logga ut
admin-logout-everywhere = Logga ut överallt
admin-no-sites = Du är inte medlem på någon webbplats ännu; en administratör kan lägga till dig.
admin-site-policy = Kakpolicy
admin-role-admin = administratör
admin-role-editor = redaktör
admin-role-viewer = läsare
admin-consents = Samtyckeslogg
admin-consents-title = Samtyckeslogg för { $site }
admin-consents-count = { $total ->
    [0] Inga poster matchar
    [one] En post matchar
   *[other] { $total } poster matchar
}; { $shown } på den här sidan.
admin-col-time = Registrerad (UTC)
admin-col-id = Samtyckes-id
admin-col-method = Metod
admin-col-choices = Tillåtet
admin-col-language = Språk
admin-col-rules = Region och regler
admin-filter-from = Från
admin-filter-to = Till
admin-filter-method = Metod
admin-filter-any = alla
admin-filter-id = Samtyckes-id
admin-filter-submit = Filtrera
admin-export-csv = Ladda ned som CSV
admin-not-member = Du är inte medlem på den här webbplatsen.
admin-bad-filter = Ogiltigt filtervärde `{ $value }`: datum skrivs ÅÅÅÅ-MM-DD, metoder som de registrerats.
admin-users = Användare
admin-audit = Granskningslogg
admin-col-user = Användare
admin-col-roles = Roller
admin-col-state = Läge
admin-col-actor = Vem
admin-col-action = Vad
admin-col-target = Berör
admin-col-before = Före
admin-col-after = Efter
admin-state-active = aktiv
admin-state-disabled = inaktiverad
admin-disable = Inaktivera
admin-enable = Aktivera
admin-not-admin = Det är bara administratörer som kan göra det här.
admin-not-yourself = Du kan inte inaktivera ditt eget konto.
admin-unknown-user = Användaren finns inte.
admin-settings = Inställningar
admin-settings-title = Inställningar för { $site }
admin-field-name = Namn
admin-field-origins = Webbadresser
admin-field-origins-help = Adresserna som webbplatsen visas från, en per rad, till exempel https://www.example.org. Bannern svarar bara sidor från de här adresserna.
admin-field-languages = Språk
admin-field-languages-help = Språkkoder åtskilda med kommatecken, till exempel en, fr.
admin-field-default-language = Standardspråk
admin-field-default-language-help = Används när en besökares webbläsare inte ber om något av webbplatsens språk.
admin-field-consent-lifetime = Ett val gäller i
admin-field-consent-lifetime-help = Hur länge en besökares val gäller innan bannern frågar igen, till exempel 6 months (enheten på engelska); högst 13 månader.
admin-field-refusal-cooldown = Ett nej respekteras i
admin-field-refusal-cooldown-help = Hur länge bannern låter bli att fråga igen efter att allt har avvisats, även om policyn ändras, till exempel 6 months (standard); högst 400 dagar.
admin-field-cookie-domain = Gemensam domän för kakor
admin-field-cookie-domain-help = En överordnad domän till alla webbadresser, till exempel example.org, så att alla dess underdomäner delar ett och samma val. Lämna tomt för att spara valet separat för varje värd.
admin-field-default-region = Standardregion
admin-field-default-region-help = Regionen för besökare som regionhuvudet från din frontend inte kan placera: en ISO 3166-kod som FR eller US-CA. Lämna tomt för EU.
admin-field-regions = Regler per region
admin-field-regions-help = En rad per regel, i stället för standardreglerna (opt-out i USA, opt-in på andra håll): regioner, ett kolon, opt-in, opt-out eller notice och eventuellt hur länge ett nej respekteras där, till exempel US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Sökväg till kakpolicyn
admin-field-policy-path-help = Var kakpolicyn finns på webbplatsen, till exempel /cookies-policy.
admin-field-statistics-retention = Rådata om besök sparas i
admin-field-statistics-retention-help = Högst 25 månader. Dagssummorna finns kvar när rådatan har raderats.
admin-field-statistics-query = Frågeparametrar som behålls
admin-field-statistics-query-help = Parametrar som behålls i de uppmätta sidsökvägarna, åtskilda med kommatecken, till exempel q, page. Lämna tomt för att inte behålla några.
admin-field-statistics-cookie = Känn igen återkommande besökare
admin-field-statistics-cookie-help = Sätter en förstapartskaka i 13 månader som aldrig förnyas, och redovisar den i policyn.
admin-services = Tjänster
admin-services-help = Tjänster från andra företag som webbplatsen använder. Gatewayen håller inne deras taggar tills besökaren tillåter dem, och policyn listar dem med deras kakor. Webbplatsens egna tjänster, med sina värdar och kodsnuttar, beskrivs i dess definitionsfil.
admin-services-none = Webbplatsen listar inga tjänster.
admin-service-add = Lägg till tjänsten
admin-service-remove = Ta bort
admin-service-own = webbplatsens egen
admin-service-catalogue = från katalogen
admin-save = Spara
admin-saved = Sparat.
admin-missing-texts = Kakan { $cookie } saknar funktion eller syfte på { $languages }: besökare som läser de språken ser i stället texten på { $default }.
admin-read-only = Du kan läsa de här inställningarna; bara redaktörer och administratörer kan ändra dem.
admin-not-editor = Bara webbplatsens redaktörer och administratörer kan ändra den.
admin-cookies = Redovisade kakor
admin-col-pattern = Namn
admin-col-category = Kategori
admin-col-party = Part
admin-col-duration = Lagringstid
admin-col-provider = Leverantör
admin-col-status = Status
admin-delete = Radera
admin-unknown-cookie = Webbplatsen har inte redovisat någon sådan kaka.
admin-add-cookie = Redovisa en kaka
admin-field-cookie-name = Namn
admin-field-cookie-name-help = Avsluta namnet med * för att redovisa alla kakor som börjar så.
admin-field-provider = Leverantör
admin-field-category = Kategori
admin-field-party = Part
admin-field-party-help = first: sätts av webbplatsen själv; third: sätts av ett annat företags domän.
admin-field-duration = Lagringstid
admin-field-duration-help = Till exempel 13 months, 1 day eller session (enheter på engelska).
admin-field-domain = Domän
admin-field-domain-help = Valfritt: domänen som kakan sätts på, om det inte är webbplatsens egen.
admin-field-path = Sökväg
admin-field-function = Funktion och plats
admin-field-function-help = Vad kakan gör och var på webbplatsen den sätts.
admin-field-purpose = Syfte
admin-field-purpose-help = Varför webbplatsen behöver den, med ord som en besökare förstår.
admin-add = Lägg till
admin-field-exempt = Undantagen från samtycke
admin-field-exempt-help = Gäller bara egen besöksmätning som sparas i högst 13 månader.
admin-field-status = Status
admin-field-status-help = Ett utkast (draft) hålls utanför den publicerade policyn tills det görs aktivt (active).
admin-edit = Redigera
admin-edit-cookie-title = Redovisning av { $name }
admin-preview = Förhandsgranskning av policyn
admin-preview-notice = Förhandsgranskning: policyn så som besökarna kommer att läsa den, { $drafts ->
    [0] utan utkast.
    [one] med ett utkast som gjorts aktivt.
   *[other] med { $drafts } utkast som gjorts aktiva.
}
admin-new-site = Ny webbplats
admin-field-slug = Identifierare
admin-field-slug-help = Små bokstäver, siffror och bindestreck. Den ingår i adresser och kan inte ändras senare.
admin-create = Skapa
admin-tokens = API-token
admin-api-document = Beskrivning av API:et (OpenAPI)
admin-token-created = Här är den nya token. Kopiera den nu: den visas inte igen.
admin-field-label = Benämning
admin-field-sites = Webbplatser
admin-field-access = Åtkomst
admin-access-read = endast läsning
admin-access-write = läsning och skrivning
admin-all-sites = alla webbplatser du arbetar med
admin-col-created = Skapad (UTC)
admin-col-last-used = Senast använd (UTC)
admin-revoke = Återkalla
admin-no-tokens = Inga token ännu.
admin-new-token = Ny token
admin-unknown-token = Den token finns inte.
admin-add-user = Lägg till en användare
admin-field-role = Roll
admin-field-member-of = Webbplatser
admin-field-member-of-help = Webbplatserna som en redaktör eller läsare arbetar med; en administratör arbetar med alla.
admin-texts = Texter i bannern och policyn
admin-texts-help = Skriv webbplatsens egna texter på vart och ett av dess språk; ett tomt fält behåller plattformens text, som visas i grått i fältet.
admin-field-banner-title = Bannerns rubrik
admin-field-banner-text = Bannerns text
admin-field-policy-intro = Policyns inledning

admin-nav = Administration
admin-site-nav = Sidor för { $site }
admin-older = Äldre poster
admin-newer = Nyare poster
admin-show-oldest = Visa äldsta först
admin-show-newest = Visa nyaste först
admin-confirm-title = Bekräfta
admin-confirm-delete-cookie = Radera redovisningen av { $name }? Kakan försvinner genast från den publicerade policyn; samtyckesposter som redan sparats påverkas inte.
admin-confirm-revoke-token = Återkalla token ”{ $label }”? Alla skript som använder den nekas från och med nu.
admin-cancel = Avbryt
admin-sorted-ascending = sorterat i stigande ordning
admin-sorted-descending = sorterat i fallande ordning
admin-pages = Tabellens sidor
stats-show-numbers = Siffrorna
stats-demo-data = Siffrorna är påhittade demodata som skapades när demon startade med en tom databas.
admin-col-links = Gå till
admin-newest = De senaste ändringarna
admin-older-changes = Äldre ändringar
