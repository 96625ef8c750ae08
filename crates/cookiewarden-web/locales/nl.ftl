# Teksten van de pagina's die cookiewarden toont, in het Nederlands. Elk bericht uit en.ftl staat
# ook hier; een unittest houdt de twee bestanden gelijk.

language-name = Nederlands
language-label = Taal
language-submit = Taal wijzigen

index-title = Websites die via dit platform worden beheerd
index-intro = Elke website hieronder maakt bekend welke cookies ze plaatst, waarvoor ze dienen en hoelang ze blijven staan.
index-policy-link = Cookiebeleid
index-platform = De cookies van dit platform zelf

policy-title = Cookiebeleid van { $site }
policy-why-heading = Waarom { $site } cookies gebruikt
policy-why = { $site } heeft een paar cookies nodig om te werken zoals u verwacht. Met uw toestemming kan de website ook andere cookies gebruiken, om het bezoek te meten of om inhoud van andere diensten te tonen. Op deze pagina staat elke cookie die de website opgeeft: waarvoor die dient, wie hem plaatst en hoelang hij in uw browser blijft.
policy-what-heading = Wat is een cookie?
policy-what = Een cookie is een klein stukje gegevens met een naam, dat een website door uw browser laat bewaren. Uw browser bewaart het een bepaalde tijd en stuurt het bij elk volgend bezoek terug naar die website. Met cookies blijft u bijvoorbeeld ingelogd, onthoudt een webwinkel wat er in uw winkelwagen zit, of wordt uw browser na verloop van tijd herkend om bezoeken te tellen of gerichte advertenties te tonen.
policy-types-heading = Vier soorten cookies
policy-type-necessary-name = Noodzakelijke cookies
policy-type-necessary = bewaren informatie van het ene bezoek tot het volgende op hetzelfde apparaat, zoals een winkelwagen, een login of een instelling van de weergave. Zonder deze cookies werkt de website niet, daarom worden ze geplaatst zonder dat u erom wordt gevraagd.
policy-type-statistics-name = Analytische cookies
policy-type-statistics = volgen wat bezoekers op de website doen om het bezoek te meten. Als die meting geanonimiseerd is, zodat ze nooit naar een persoon te herleiden is, is er geen toestemming voor nodig; u kunt wel bezwaar maken.
policy-type-first-party-name = Eigen cookies (first-party)
policy-type-first-party = worden geplaatst door de website die u bezoekt. Naast de noodzakelijke cookies kunnen ze persoonsgegevens verzamelen, uw gedrag op de website volgen of advertenties tonen.
policy-type-third-party-name = Cookies van derden
policy-type-third-party = worden geplaatst door of voor een andere website, vaak een adverteerder, via inhoud die is ingesloten in de website die u bezoekt. Daarmee kan die andere website zien welke pagina's u hebt bekeken en informatie over u verzamelen.
policy-list-heading = De cookies van { $site }
policy-none = Deze website geeft geen cookies van deze soort op.
policy-choices-heading = Van gedachten veranderen
policy-choices = U kunt uw keuze altijd wijzigen of intrekken met de knop ‘Cookie-instellingen’ op elke pagina van { $site }. Intrekken is net zo eenvoudig als toestemming geven.
policy-browser = Ook uw browser laat zien welke cookies hij bewaart, en u kunt ze daar verwijderen of blokkeren, voor alle websites of voor enkele. Zoek in de instellingen of de help van uw browser naar ‘cookies’ of ‘sitegegevens’. Als u noodzakelijke cookies blokkeert, kunnen delen van de website niet meer werken.
policy-version = Versie { $version } van het beleid
policy-services-heading = Diensten van andere bedrijven
policy-services = Sommige functies van { $site } komen van andere bedrijven, zoals een ingesloten video, een kaart of een tool om het bezoek te meten. Geen daarvan wordt geladen voordat u in de cookie-instellingen de bijbehorende soort cookies toestaat, of juist die ene dienst. Hieronder staat elke dienst met de cookies waarvan bekend is dat hij ze plaatst.
column-service = Dienst
column-category = Soort cookies
policy-service-no-cookies = geen bekend

category-necessary = Noodzakelijk
category-necessary-description = Nodig om de website te laten werken; altijd aan.
category-preferences = Voorkeuren
category-preferences-description = Onthouden keuzes die bepalen hoe de website eruitziet of werkt, zoals een regio of een weergave-instelling.
category-statistics = Statistieken
category-statistics-description = Meten het bezoek aan de website om die te verbeteren.
category-marketing = Marketing
category-marketing-description = Advertenties, volgen over websites heen en ingesloten inhoud van andere diensten, zoals video's.

column-provider = Aanbieder
column-function = Functie en plaats
column-names = Naam of namen van de cookie
column-purpose = Doel
column-duration = Bewaartermijn
column-party = Herkomst
party-first = Eigen
party-third = Derden
name-prefix = elke naam die begint met { $prefix }
exempt-note = Geanonimiseerde bezoekersmeting: aan zonder toestemming, u kunt bezwaar maken.
domain-note = geplaatst op { $domain }

duration-session = Tot de browser wordt gesloten
duration-hour = { $n ->
    [one] { $n } uur
   *[other] { $n } uur
}
duration-day = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
duration-week = { $n ->
    [one] { $n } week
   *[other] { $n } weken
}
duration-month = { $n ->
    [one] { $n } maand
   *[other] { $n } maanden
}
duration-year = { $n ->
    [one] { $n } jaar
   *[other] { $n } jaar
}

not-found-title = Pagina niet gevonden
not-found-text = Op dit adres staat niets.
not-found-site = Hier wordt geen website met de naam ‘{ $slug }’ beheerd.
not-found-home = Bekijk de websites die hier worden beheerd

banner-title = Cookies op { $site }
banner-text = { $site } plaatst de cookies die nodig zijn om te werken. Met uw toestemming zou de website ook andere cookies gebruiken, om het bezoek te meten en inhoud van andere diensten te tonen. Weigeren is net zo eenvoudig als accepteren, en u kunt uw keuze altijd wijzigen.
banner-accept-all = Alles accepteren
banner-reject-all = Alles weigeren
banner-customise = Aanpassen
banner-save = Keuze opslaan
banner-close = Sluiten zonder accepteren
banner-settings = Cookie-instellingen
banner-policy-link = Cookiebeleid
banner-gpc = Uw browser stuurt Global Privacy Control mee, dus marketingcookies blijven uit.
banner-always-on = Altijd aan
banner-exempt = Aan zonder toestemming; u kunt de meting uitzetten.
banner-placeholder = Voor deze inhoud zijn cookies uit de categorie ‘{ $category }’ nodig.
banner-placeholder-accept = Cookies uit ‘{ $category }’ toestaan
banner-opt-out-text = { $site } gebruikt cookies om te werken, om het bezoek te meten en voor advertenties. U kunt altijd bezwaar maken tegen de verkoop en het delen van uw persoonsgegevens en tegen gerichte advertenties.
banner-privacy-choices = Uw privacykeuzes
banner-gpc-honoured = Uw bezwaar wordt gerespecteerd
banner-notice-ok = OK
banner-services = Diensten van deze soort

my-consent-title = Uw cookiekeuzes op { $site }
my-consent-none = U hebt op deze website nog geen keuze gemaakt: alleen noodzakelijke cookies worden geplaatst.
my-consent-none-starts-on = U hebt op deze website nog geen keuze gemaakt: waar u zich bevindt, staan de cookies van deze website aan tot u ze hieronder uitzet.
my-consent-id = Toestemmings-ID
my-consent-date = Gekozen op
my-consent-change = Mijn keuzes wijzigen
my-consent-withdraw = Mijn toestemming intrekken
my-consent-back = Terug naar de website
my-consent-opt-out = Bezwaar maken tegen verkoop, delen en gerichte advertenties
my-consent-opt-out-explained = Met één handeling stopt u de verkoop en het delen van uw persoonsgegevens en gerichte advertenties op deze website; de andere cookies van de website blijven zoals ze zijn.
my-consent-opted-out = U hebt op deze website bezwaar gemaakt tegen verkoop, delen en gerichte advertenties.
audience-heading = Bezoekersmeting
audience-explained = Om te weten welke pagina's worden gelezen, wordt elk bezoek zonder cookie geteld: het adres en de browser worden alleen gebruikt om de bezoeken van één dag van elkaar te onderscheiden, en worden nooit bewaard. Niemand is aan deze tellingen te herkennen, en ze worden niet gedeeld.
audience-opt-out = Mijn bezoeken niet tellen
audience-stop = Mijn bezoeken niet meer tellen
audience-resume = Mijn bezoeken weer tellen
audience-stopped = Uw bezoeken worden niet geteld.
stats-title = Statistieken van { $site }
stats-views = Paginaweergaven
stats-visitors = Bezoekers
stats-visitors-note = Bezoekers worden één keer per dag geteld, zonder cookies: wie op meerdere dagen terugkomt, wordt elke dag opnieuw geteld.
stats-audience = Paginaweergaven en bezoekers per dag
stats-top-path = Meest bekeken pagina's
stats-top-referrer = Belangrijkste verwijzende websites
stats-top-browser = Browsers
stats-top-os = Besturingssystemen
stats-top-device = Apparaten
stats-top-language = Talen
stats-none = (geen)
stats-decisions = Toestemmingskeuzes
stats-acceptance = Acceptatie per categorie (%)
stats-acceptance-language = Acceptatie per taal (%)
stats-undecided = Bezoekers die nooit een keuze maakten (schatting)
stats-nothing = Nog niets geteld.
admin-statistics = Statistieken
choice-on = Aan
choice-off = Uit

admin-login-title = Inloggen bij cookiewarden
admin-username = Gebruikersnaam
admin-password = Wachtwoord
admin-login-submit = Inloggen
admin-login-failed = Onjuiste gebruikersnaam of onjuist wachtwoord.
admin-login-locked = Te veel mislukte pogingen. { $minutes ->
    [one] Probeer het over { $minutes } minuut opnieuw.
   *[other] Probeer het over { $minutes } minuten opnieuw.
}
admin-csrf-failed = Dit formulier is verlopen of is vanaf een andere website verstuurd. Laad de pagina opnieuw en probeer het nog eens.
admin-login-busy = Er loggen nu te veel mensen tegelijk in. Probeer het zo nog eens.
admin-home-title = Websites
admin-signed-in-as = Ingelogd als { $user }
admin-logout = Uitloggen
admin-logout-everywhere = Overal uitloggen
admin-no-sites = U bent nog geen lid van een website; een beheerder kan u toevoegen.
admin-site-policy = Cookiebeleid
admin-role-admin = beheerder
admin-role-editor = redacteur
admin-role-viewer = lezer
admin-consents = Toestemmingslogboek
admin-consents-title = Toestemmingslogboek van { $site }
admin-consents-count = { $total ->
    [0] Geen registraties gevonden
    [one] Eén registratie gevonden
   *[other] { $total } registraties gevonden
}; { $shown } op deze pagina.
admin-col-time = Vastgelegd (UTC)
admin-col-id = Toestemmings-ID
admin-col-method = Methode
admin-col-choices = Toegestaan
admin-col-language = Taal
admin-col-rules = Regio en regels
admin-filter-from = Van
admin-filter-to = Tot en met
admin-filter-method = Methode
admin-filter-any = alle
admin-filter-id = Toestemmings-ID
admin-filter-submit = Filteren
admin-export-csv = Downloaden als CSV
admin-not-member = U bent geen lid van deze website.
admin-bad-filter = Ongeldige filterwaarde `{ $value }`: datums als JJJJ-MM-DD, methoden zoals ze zijn vastgelegd.
admin-users = Gebruikers
admin-audit = Auditlogboek
admin-col-user = Gebruiker
admin-col-roles = Rollen
admin-col-state = Status
admin-col-actor = Wie
admin-col-action = Wat
admin-col-target = Waarop
admin-col-before = Voor
admin-col-after = Na
admin-state-active = actief
admin-state-disabled = uitgeschakeld
admin-disable = Uitschakelen
admin-enable = Inschakelen
admin-not-admin = Alleen beheerders kunnen dit doen.
admin-not-yourself = U kunt uw eigen account niet uitschakelen.
admin-unknown-user = Deze gebruiker bestaat niet.
admin-settings = Instellingen
admin-settings-title = Instellingen van { $site }
admin-field-name = Naam
admin-field-origins = Websiteadressen
admin-field-origins-help = De adressen waarop de website draait, één per regel, zoals https://www.example.org. De banner reageert alleen op pagina's van deze adressen.
admin-field-languages = Talen
admin-field-languages-help = Taalcodes, gescheiden door komma's, zoals en, fr.
admin-field-default-language = Standaardtaal
admin-field-default-language-help = Wordt gebruikt als de browser van een bezoeker om geen van de talen van de website vraagt.
admin-field-consent-lifetime = Geldigheid van een keuze
admin-field-consent-lifetime-help = Hoelang de keuze van een bezoeker geldt voordat de banner het opnieuw vraagt, bijvoorbeeld 6 months (eenheid in het Engels); hooguit 13 maanden.
admin-field-refusal-cooldown = Geldigheid van een weigering
admin-field-refusal-cooldown-help = Hoelang de banner na het weigeren van alles niet opnieuw vraagt, ook als het beleid verandert, bijvoorbeeld 6 months (de standaard); hooguit 400 dagen.
admin-field-cookie-domain = Gedeeld cookiedomein
admin-field-cookie-domain-help = Een bovenliggend domein van alle websiteadressen, zoals example.org, zodat alle subdomeinen één keuze delen. Laat leeg om de keuze per host te bewaren.
admin-field-default-region = Standaardregio
admin-field-default-region-help = De regio van bezoekers die de regio-header van uw front-end niet kan plaatsen: een ISO 3166-code zoals FR of US-CA. Laat leeg voor EU.
admin-field-regions = Regels per regio
admin-field-regions-help = Eén regio-regel per tekstregel, in plaats van de standaardregels (opt-out in de Verenigde Staten, opt-in elders): regio's, een dubbele punt, opt-in, opt-out of notice, en eventueel hoelang een weigering daar wordt gerespecteerd, zoals US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Pad van het cookiebeleid
admin-field-policy-path-help = Waar het cookiebeleid op de website staat, zoals /cookies-policy.
admin-field-statistics-retention = Bewaartermijn van ruwe bezoekersgegevens
admin-field-statistics-retention-help = Hooguit 25 maanden. De dagtotalen blijven bestaan nadat de ruwe gegevens zijn verwijderd.
admin-field-statistics-query = Bewaarde queryparameters
admin-field-statistics-query-help = Parameters die in de gemeten paginapaden blijven staan, gescheiden door komma's, zoals q, page. Laat leeg om er geen te bewaren.
admin-field-statistics-cookie = Terugkerende bezoekers herkennen
admin-field-statistics-cookie-help = Plaatst een eigen cookie voor 13 maanden, die nooit wordt verlengd, en vermeldt die in het beleid.
admin-services = Diensten
admin-services-help = Diensten van andere bedrijven die deze website gebruikt. De gateway houdt hun tags tegen tot de bezoeker ze toestaat, en het beleid vermeldt ze met hun cookies. Eigen diensten van de website, met hun hosts en codefragmenten, staan beschreven in het definitiebestand van de website.
admin-services-none = Deze website vermeldt geen diensten.
admin-service-add = Dienst toevoegen
admin-service-remove = Weghalen
admin-service-own = eigen dienst
admin-service-catalogue = uit de catalogus
admin-save = Opslaan
admin-saved = Opgeslagen.
admin-missing-texts = Voor de cookie { $cookie } ontbreekt de functie of het doel in { $languages }: bezoekers die deze talen lezen, zien in plaats daarvan de tekst in { $default }.
admin-read-only = U kunt deze instellingen bekijken; alleen redacteuren en beheerders kunnen ze wijzigen.
admin-not-editor = Alleen de redacteuren en beheerders van de website kunnen dit wijzigen.
admin-cookies = Opgegeven cookies
admin-col-pattern = Naam
admin-col-category = Categorie
admin-col-party = Herkomst
admin-col-duration = Bewaartermijn
admin-col-provider = Aanbieder
admin-col-status = Status
admin-delete = Verwijderen
admin-unknown-cookie = Deze website geeft zo'n cookie niet op.
admin-add-cookie = Een cookie opgeven
admin-field-cookie-name = Naam
admin-field-cookie-name-help = Eindig de naam met * om alle cookies op te geven die zo beginnen.
admin-field-provider = Aanbieder
admin-field-category = Categorie
admin-field-party = Herkomst
admin-field-party-help = first: geplaatst door de website zelf; third: geplaatst door het domein van een ander bedrijf.
admin-field-duration = Bewaartermijn
admin-field-duration-help = Bijvoorbeeld 13 months, 1 day of session (eenheden in het Engels).
admin-field-domain = Domein
admin-field-domain-help = Optioneel: het domein waarop de cookie wordt geplaatst, als dat niet het domein van de website zelf is.
admin-field-path = Pad
admin-field-function = Functie en plaats
admin-field-function-help = Wat de cookie doet, en waar op de website hij wordt geplaatst.
admin-field-purpose = Doel
admin-field-purpose-help = Waarom de website de cookie nodig heeft, in woorden die een bezoeker begrijpt.
admin-add = Toevoegen
admin-field-exempt = Vrijgesteld van toestemming
admin-field-exempt-help = Alleen voor eigen bezoekersmeting die hooguit 13 maanden wordt bewaard.
admin-field-status = Status
admin-field-status-help = Een concept (draft) staat niet in het gepubliceerde beleid totdat het actief (active) wordt gemaakt.
admin-edit = Bewerken
admin-edit-cookie-title = Opgave van { $name }
admin-preview = Voorbeeld van het beleid
admin-preview-notice = Voorbeeld: het beleid zoals bezoekers het zullen lezen, { $drafts ->
    [0] zonder concepten.
    [one] met één concept dat actief is gemaakt.
   *[other] met { $drafts } concepten die actief zijn gemaakt.
}
admin-new-site = Nieuwe website
admin-field-slug = Identificatiecode
admin-field-slug-help = Kleine letters, cijfers en streepjes. De code staat in adressen en kan later niet meer worden gewijzigd.
admin-create = Aanmaken
admin-tokens = API-tokens
admin-api-document = Beschrijving van de API (OpenAPI)
admin-token-created = Hier is het nieuwe token. Kopieer het nu: het wordt niet nog eens getoond.
admin-field-label = Label
admin-field-sites = Websites
admin-field-access = Toegang
admin-access-read = alleen lezen
admin-access-write = lezen en schrijven
admin-all-sites = alle websites waaraan u werkt
admin-col-created = Aangemaakt (UTC)
admin-col-last-used = Laatst gebruikt (UTC)
admin-revoke = Intrekken
admin-no-tokens = Nog geen tokens.
admin-new-token = Nieuw token
admin-unknown-token = Dit token bestaat niet.
admin-add-user = Gebruiker toevoegen
admin-field-role = Rol
admin-field-member-of = Websites
admin-field-member-of-help = De websites waaraan een redacteur of lezer werkt; een beheerder werkt aan alle websites.
admin-texts = Teksten van de banner en het beleid
admin-texts-help = Schrijf de eigen teksten van de website in elk van haar talen; een leeg veld houdt de tekst van het platform, die er grijs in wordt getoond.
admin-field-banner-title = Kop van de banner
admin-field-banner-text = Tekst van de banner
admin-field-policy-intro = Inleiding van het beleid

admin-nav = Beheer
admin-site-nav = Pagina's van { $site }
admin-older = Oudere registraties
admin-newer = Nieuwere registraties
admin-show-oldest = Oudste eerst tonen
admin-show-newest = Nieuwste eerst tonen
admin-confirm-title = Bevestig uw keuze
admin-confirm-delete-cookie = De opgave van { $name } verwijderen? De cookie verdwijnt meteen uit het gepubliceerde beleid; al bewaarde toestemmingsregistraties blijven zoals ze zijn.
admin-confirm-revoke-token = Het token ‘{ $label }’ intrekken? Elk script dat het gebruikt, wordt vanaf nu geweigerd.
admin-cancel = Annuleren
admin-sorted-ascending = oplopend gesorteerd
admin-sorted-descending = aflopend gesorteerd
admin-pages = Pagina's van de tabel
stats-show-numbers = De cijfers
stats-demo-data = Deze cijfers zijn fictieve demogegevens, aangemaakt toen de demo startte met een lege database.
admin-col-links = Ga naar
admin-newest = De nieuwste wijzigingen
admin-older-changes = Oudere wijzigingen
