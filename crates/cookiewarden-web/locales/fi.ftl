# cookiewardenin tarjoilemien sivujen tekstit suomeksi. Jokainen en.ftl:n viesti on myös tässä
# tiedostossa; yksikkötesti pitää tiedostot keskenään ajan tasalla.

language-name = Suomi
language-label = Kieli
language-submit = Vaihda kieli

index-title = Tämän alustan hallinnoimat sivustot
index-intro = Jokainen alla oleva sivusto kertoo, mitä evästeitä se asettaa, mihin niitä käytetään ja kuinka kauan ne säilyvät.
index-policy-link = Evästeseloste
index-platform = Alustan omat evästeet

policy-title = Sivuston { $site } evästeseloste
policy-why-heading = Miksi sivusto { $site } käyttää evästeitä
policy-why = Sivusto { $site } tarvitsee muutamia evästeitä toimiakseen odotetulla tavalla. Suostumuksella se voi käyttää myös muita evästeitä kävijämäärien mittaamiseen tai muiden palvelujen sisällön näyttämiseen. Tällä sivulla luetellaan kaikki sivuston ilmoittamat evästeet: mihin kukin on tarkoitettu, kuka sen asettaa ja kuinka kauan se säilyy selaimessa.
policy-what-heading = Mikä eväste on?
policy-what = Eväste on pieni, nimetty tieto, jonka verkkosivusto pyytää selainta säilyttämään. Selain tallentaa sen määräajaksi ja lähettää sen takaisin samalle sivustolle jokaisella uudella käynnillä. Evästeiden avulla kirjautuminen voi säilyä, ostoskorin sisältö voidaan muistaa tai selain voidaan tunnistaa pitkän ajan kuluessa, jotta käyntejä voidaan laskea tai mainontaa kohdentaa.
policy-types-heading = Neljä evästetyyppiä
policy-type-necessary-name = Välttämättömät evästeet
policy-type-necessary = säilyttävät tietoja käynnistä toiseen samalla laitteella, esimerkiksi ostoskorin sisällön, kirjautumisen tai käyttöliittymän asetuksen. Sivusto ei toimi ilman niitä, joten ne asetetaan kysymättä.
policy-type-statistics-name = Tilastointievästeet
policy-type-statistics = seuraavat kävijöiden toimintaa sivustolla kävijämäärien mittaamiseksi. Jos mittaus on anonymisoitu niin, ettei sitä voida koskaan yhdistää tiettyyn henkilöön, suostumusta ei tarvita; mittauksesta voi silti kieltäytyä.
policy-type-first-party-name = Ensimmäisen osapuolen evästeet
policy-type-first-party = ovat sen sivuston asettamia, jolla parhaillaan vieraillaan. Välttämättömien evästeiden lisäksi ne voivat kerätä henkilötietoja, seurata käyttäytymistä sivustolla tai näyttää mainoksia.
policy-type-third-party-name = Kolmannen osapuolen evästeet
policy-type-third-party = ovat jonkin toisen sivuston, usein mainostajan, asettamia tai sen puolesta asetettuja, ja ne tulevat mukaan vierailtavalle sivustolle upotetun sisällön kautta. Niiden avulla tuo toinen sivusto saa tietää, mitä sivuja on katsottu, ja voi kerätä tietoja kävijästä.
policy-list-heading = Sivuston { $site } evästeet
policy-none = Sivusto ei ilmoita tämäntyyppisiä evästeitä.
policy-choices-heading = Valinnan muuttaminen
policy-choices = Valintaa voi muuttaa tai suostumuksen peruuttaa milloin tahansa painikkeella ”Evästeasetukset”, joka näkyy sivuston { $site } jokaisella sivulla. Peruuttaminen on yhtä vaivatonta kuin suostumuksen antaminen.
policy-browser = Myös selain näyttää tallentamansa evästeet, ja niitä voi poistaa tai estää kaikilta sivustoilta tai vain osalta. Asetukset löytyvät selaimen asetuksista tai ohjeista hakusanoilla ”evästeet” tai ”sivustotiedot”. Jos välttämättömät evästeet estetään, osa sivustosta voi lakata toimimasta.
policy-version = Selosteen versio { $version }
policy-services-heading = Muiden yritysten palvelut
policy-services = Osa sivuston { $site } toiminnoista tulee muilta yrityksiltä, esimerkiksi upotettu video, kartta tai kävijämittauksen työkalu. Mikään niistä ei lataudu ennen kuin sen evästetyyppi tai juuri kyseinen palvelu sallitaan evästeasetuksissa. Kukin palvelu on lueteltu tässä niiden evästeiden kanssa, joita sen tiedetään asettavan.
column-service = Palvelu
column-category = Evästetyyppi
policy-service-no-cookies = ei tunnettuja

category-necessary = Välttämättömät
category-necessary-description = Tarvitaan sivuston toimintaan; aina käytössä.
category-preferences = Mieltymykset
category-preferences-description = Muistavat valintoja, jotka muuttavat sivuston ulkoasua tai toimintaa, kuten alueen tai näyttöasetuksen.
category-statistics = Tilastot
category-statistics-description = Mittaavat sivuston kävijämääriä, jotta sivustoa voidaan kehittää.
category-marketing = Markkinointi
category-marketing-description = Mainonta, sivustojen välinen seuranta ja muista palveluista upotettu sisältö, kuten videot.

column-provider = Tarjoaja
column-function = Toiminto ja sijainti
column-names = Evästeen nimi (nimet)
column-purpose = Käyttötarkoitus
column-duration = Säilytysaika
column-party = Osapuoli
party-first = Ensimmäinen osapuoli
party-third = Kolmas osapuoli
name-prefix = mikä tahansa nimi, joka alkaa merkkijonolla { $prefix }
exempt-note = Anonymisoitu kävijämittaus: käytössä ilman suostumusta, mutta siitä voi kieltäytyä.
domain-note = asetetaan verkkotunnukselle { $domain }

duration-session = Kunnes selain suljetaan
duration-hour = { $n ->
    [one] { $n } tunti
   *[other] { $n } tuntia
}
duration-day = { $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
}
duration-week = { $n ->
    [one] { $n } viikko
   *[other] { $n } viikkoa
}
duration-month = { $n ->
    [one] { $n } kuukausi
   *[other] { $n } kuukautta
}
duration-year = { $n ->
    [one] { $n } vuosi
   *[other] { $n } vuotta
}

not-found-title = Sivua ei löydy
not-found-text = Tästä osoitteesta ei löydy mitään.
not-found-site = Täällä ei hallinnoida sivustoa nimeltä ”{ $slug }”.
not-found-home = Täällä hallinnoidut sivustot

banner-title = Evästeet sivustolla { $site }
banner-text = Sivusto { $site } asettaa toimintansa edellyttämät evästeet. Suostumuksella se käyttäisi myös muita evästeitä kävijämäärien mittaamiseen ja muiden palvelujen sisällön näyttämiseen. Kieltäytyminen on yhtä helppoa kuin hyväksyminen, ja valintaa voi muuttaa milloin tahansa.
banner-accept-all = Hyväksy kaikki
banner-reject-all = Hylkää kaikki
banner-customise = Mukauta
banner-save = Tallenna valinnat
banner-close = Sulje hyväksymättä
banner-settings = Evästeasetukset
banner-policy-link = Evästeseloste
banner-gpc = Selain lähettää Global Privacy Control -signaalin, joten markkinointievästeet pysyvät pois käytöstä.
banner-always-on = Aina käytössä
banner-exempt = Käytössä ilman suostumusta; sen voi poistaa käytöstä.
banner-placeholder = Tämä sisältö edellyttää evästeitä luokasta ”{ $category }”.
banner-placeholder-accept = Salli luokan ”{ $category }” evästeet
banner-opt-out-text = Sivusto { $site } käyttää evästeitä toimintaansa, kävijämäärien mittaamiseen ja mainontaan. Henkilötietojen myynnin ja jakamisen sekä kohdennetun mainonnan voi kieltää milloin tahansa.
banner-privacy-choices = Tietosuojavalinnat
banner-gpc-honoured = Kielto on otettu huomioon
banner-notice-ok = OK
banner-services = Tämäntyyppiset palvelut

my-consent-title = Evästevalinnat sivustolla { $site }
my-consent-none = Tällä sivustolla ei ole vielä tehty valintaa: vain välttämättömät evästeet ovat käytössä.
my-consent-none-starts-on = Tällä sivustolla ei ole vielä tehty valintaa: nykyisessä sijainnissa sivuston evästeet ovat käytössä, kunnes ne poistetaan käytöstä alla.
my-consent-id = Suostumuksen tunniste
my-consent-date = Valinta tehty
my-consent-change = Muuta valintoja
my-consent-withdraw = Peruuta suostumus
my-consent-back = Takaisin sivustolle
my-consent-opt-out = Kiellä myynti, jakaminen ja kohdennettu mainonta
my-consent-opt-out-explained = Yhdellä toimenpiteellä henkilötietojen myynti ja jakaminen sekä kohdennettu mainonta lopetetaan tällä sivustolla; sivuston muut evästeet pysyvät ennallaan.
my-consent-opted-out = Myynti, jakaminen ja kohdennettu mainonta on kielletty tällä sivustolla.
audience-heading = Kävijämittaus
audience-explained = Jotta tiedetään, mitä sivuja luetaan, jokainen käynti lasketaan ilman evästeitä: osoitetta ja selainta käytetään vain saman päivän käyntien erottamiseen toisistaan, eikä niitä koskaan tallenneta. Näistä luvuista ei voi tunnistaa ketään, eikä niitä luovuteta eteenpäin.
audience-opt-out = Älä laske käyntejäni
audience-stop = Lopeta käyntieni laskeminen
audience-resume = Laske käyntini jälleen
audience-stopped = Käyntejä tästä selaimesta ei lasketa.
stats-title = Sivuston { $site } tilastot
stats-views = Sivunäytöt
stats-visitors = Kävijät
stats-visitors-note = Kävijät lasketaan kerran päivässä ilman evästeitä: useana päivänä palaava henkilö lasketaan jokaisena päivänä erikseen.
stats-audience = Sivunäytöt ja kävijät päivittäin
stats-top-path = Suosituimmat sivut
stats-top-referrer = Yleisimmät viittaavat sivustot
stats-top-browser = Selaimet
stats-top-os = Käyttöjärjestelmät
stats-top-device = Laitteet
stats-top-language = Kielet
stats-none = (ei mitään)
stats-decisions = Suostumuspäätökset
stats-acceptance = Hyväksyntä luokittain (%)
stats-acceptance-language = Hyväksyntä kielittäin (%)
stats-undecided = Kävijät, jotka eivät koskaan tehneet valintaa (arvio)
stats-nothing = Mitään ei ole vielä laskettu.
admin-statistics = Tilastot
choice-on = Päällä
choice-off = Pois

admin-login-title = Kirjautuminen cookiewardeniin
admin-username = Käyttäjätunnus
admin-password = Salasana
admin-login-submit = Kirjaudu sisään
admin-login-failed = Väärä käyttäjätunnus tai salasana.
admin-login-locked = Liian monta epäonnistunutta yritystä. Uudelleen voi yrittää { $minutes } minuutin kuluttua.
admin-csrf-failed = Lomake on vanhentunut tai se lähetettiin toiselta sivustolta. Sivu on ladattava uudelleen ennen uutta yritystä.
admin-login-busy = Juuri nyt sisäänkirjautujia on liikaa. Uudelleen voi yrittää hetken kuluttua.
admin-home-title = Sivustot
admin-signed-in-as = Kirjautuneena: { $user }
admin-logout = Kirjaudu ulos
admin-logout-everywhere = Kirjaudu ulos kaikkialta
admin-no-sites = Käyttäjätiliä ei ole vielä liitetty yhteenkään sivustoon; ylläpitäjä voi lisätä sen.
admin-site-policy = Evästeseloste
admin-role-admin = ylläpitäjä
admin-role-editor = muokkaaja
admin-role-viewer = katselija
admin-consents = Suostumusloki
admin-consents-title = Sivuston { $site } suostumusloki
admin-consents-count = { $total ->
    [0] Ei vastaavia tietueita
    [one] Yksi vastaava tietue
   *[other] { $total } vastaavaa tietuetta
}; tällä sivulla { $shown }.
admin-col-time = Tallennettu (UTC)
admin-col-id = Suostumuksen tunniste
admin-col-method = Tapa
admin-col-choices = Sallitut
admin-col-language = Kieli
admin-col-rules = Alue ja säännöt
admin-filter-from = Alkaen
admin-filter-to = Asti
admin-filter-method = Tapa
admin-filter-any = mikä tahansa
admin-filter-id = Suostumuksen tunniste
admin-filter-submit = Suodata
admin-export-csv = Lataa CSV-tiedostona
admin-not-member = Käyttäjätiliä ei ole liitetty tähän sivustoon.
admin-bad-filter = Virheellinen suodatinarvo `{ $value }`: päivämäärät muodossa VVVV-KK-PP, tavat siinä muodossa kuin ne on tallennettu.
admin-users = Käyttäjät
admin-audit = Muutosloki
admin-col-user = Käyttäjä
admin-col-roles = Roolit
admin-col-state = Tila
admin-col-actor = Kuka
admin-col-action = Mitä
admin-col-target = Kohde
admin-col-before = Ennen
admin-col-after = Jälkeen
admin-state-active = aktiivinen
admin-state-disabled = poistettu käytöstä
admin-disable = Poista käytöstä
admin-enable = Ota käyttöön
admin-not-admin = Vain ylläpitäjät voivat tehdä tämän.
admin-not-yourself = Omaa käyttäjätiliä ei voi poistaa käytöstä.
admin-unknown-user = Tällaista käyttäjää ei ole.
admin-settings = Asetukset
admin-settings-title = Sivuston { $site } asetukset
admin-field-name = Nimi
admin-field-origins = Alkuperät
admin-field-origins-help = Osoitteet, joista sivustoa tarjoillaan, yksi kullekin riville, esimerkiksi https://www.example.org. Evästebanneri vastaa vain näistä osoitteista tuleville sivuille.
admin-field-languages = Kielet
admin-field-languages-help = Kielikoodit pilkuilla erotettuina, esimerkiksi en, fr.
admin-field-default-language = Oletuskieli
admin-field-default-language-help = Käytetään, kun kävijän selain ei pyydä mitään sivuston kielistä.
admin-field-consent-lifetime = Valinnan voimassaolo
admin-field-consent-lifetime-help = Kuinka kauan kävijän valinta on voimassa, ennen kuin evästebanneri kysyy uudelleen, esimerkiksi 6 months (yksikkö englanniksi); enintään 13 kuukautta.
admin-field-refusal-cooldown = Kieltäytymisen voimassaolo
admin-field-refusal-cooldown-help = Kuinka kauan evästebanneri ei kysy uudelleen sen jälkeen, kun kaikki on hylätty, vaikka seloste muuttuisi, esimerkiksi 6 months (oletus); enintään 400 päivää.
admin-field-cookie-domain = Yhteinen evästeiden verkkotunnus
admin-field-cookie-domain-help = Kaikkien alkuperien yhteinen ylätason verkkotunnus, esimerkiksi example.org, jotta sen kaikilla aliverkkotunnuksilla on yksi yhteinen valinta. Jos kenttä jätetään tyhjäksi, valinta säilytetään erikseen kullekin isännälle.
admin-field-default-region = Oletusalue
admin-field-default-region-help = Niiden kävijöiden alue, joita etupalvelimen alueotsake ei paikanna: ISO 3166 -koodi, esimerkiksi FR tai US-CA. Tyhjä kenttä tarkoittaa EU:ta.
admin-field-regions = Aluekohtaiset säännöt
admin-field-regions-help = Yksi rivi kutakin sääntöä kohden oletusten sijaan (opt-out Yhdysvalloissa, opt-in muualla): alueet, kaksoispiste, opt-in, opt-out tai notice sekä halutessa aika, jonka kieltäytymistä siellä noudatetaan, esimerkiksi US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Evästeselosteen polku
admin-field-policy-path-help = Evästeselosteen sijainti sivustolla, esimerkiksi /cookies-policy.
admin-field-statistics-retention = Kävijämittauksen raakadatan säilytysaika
admin-field-statistics-retention-help = Enintään 25 kuukautta. Päivittäiset kokonaismäärät säilyvät raakadatan poistamisen jälkeenkin.
admin-field-statistics-query = Säilytettävät kyselyparametrit
admin-field-statistics-query-help = Mitattujen sivupolkujen parametrit, jotka säilytetään, pilkuilla erotettuina, esimerkiksi q, page. Tyhjä kenttä tarkoittaa, ettei mitään säilytetä.
admin-field-statistics-cookie = Palaavien kävijöiden tunnistus
admin-field-statistics-cookie-help = Asettaa 13 kuukaudeksi ensimmäisen osapuolen evästeen, jota ei koskaan uusita, ja ilmoittaa sen selosteessa.
admin-services = Palvelut
admin-services-help = Muiden yritysten palvelut, joita sivusto käyttää. Yhdyskäytävä pidättää niiden tagit, kunnes kävijä sallii ne, ja seloste luettelee ne evästeineen. Sivuston omat palvelut isäntineen ja koodinpätkineen kuvataan sen määritystiedostossa.
admin-services-none = Sivusto ei ilmoita palveluja.
admin-service-add = Lisää palvelu
admin-service-remove = Poista
admin-service-own = sivuston oma
admin-service-catalogue = luettelosta
admin-save = Tallenna
admin-saved = Tallennettu.
admin-missing-texts = Evästeelle { $cookie } ei ole kirjoitettu toimintoa tai käyttötarkoitusta näillä kielillä: { $languages }. Näillä kielillä lukevat kävijät näkevät sen sijaan oletuskielen tekstin ({ $default }).
admin-read-only = Näitä asetuksia voi lukea; vain muokkaajat ja ylläpitäjät voivat muuttaa niitä.
admin-not-editor = Vain sivuston muokkaajat ja ylläpitäjät voivat muuttaa sitä.
admin-cookies = Ilmoitetut evästeet
admin-col-pattern = Nimi
admin-col-category = Luokka
admin-col-party = Osapuoli
admin-col-duration = Säilytysaika
admin-col-provider = Tarjoaja
admin-col-status = Tila
admin-delete = Poista
admin-unknown-cookie = Sivusto ei ilmoita tällaista evästettä.
admin-add-cookie = Ilmoita eväste
admin-field-cookie-name = Nimi
admin-field-cookie-name-help = Tähti (*) lopussa kattaa kaikki evästeet, joiden nimi alkaa samoin.
admin-field-provider = Tarjoaja
admin-field-category = Luokka
admin-field-party = Osapuoli
admin-field-party-help = first: sivuston itsensä asettama; third: toisen yrityksen verkkotunnuksen asettama.
admin-field-duration = Säilytysaika
admin-field-duration-help = Esimerkiksi 13 months, 1 day tai session (yksiköt englanniksi).
admin-field-domain = Verkkotunnus
admin-field-domain-help = Valinnainen: verkkotunnus, jolle eväste asetetaan, jos se ei ole sivuston oma.
admin-field-path = Polku
admin-field-function = Toiminto ja sijainti
admin-field-function-help = Mitä eväste tekee ja missä kohtaa sivustoa se asetetaan.
admin-field-purpose = Käyttötarkoitus
admin-field-purpose-help = Miksi sivusto tarvitsee evästettä, kävijälle ymmärrettävin sanoin.
admin-add = Lisää
admin-field-exempt = Vapautettu suostumuksesta
admin-field-exempt-help = Vain ensimmäisen osapuolen kävijämittaus, jonka tietoja säilytetään enintään 13 kuukautta, voi olla vapautettu.
admin-field-status = Tila
admin-field-status-help = Luonnos (draft) jätetään pois julkaistusta selosteesta, kunnes se otetaan käyttöön (active).
admin-edit = Muokkaa
admin-edit-cookie-title = Evästeilmoitus: { $name }
admin-preview = Selosteen esikatselu
admin-preview-notice = Esikatselu: seloste sellaisena kuin kävijät sen näkevät, { $drafts ->
    [0] ilman luonnoksia.
    [one] yksi luonnos käyttöön otettuna.
   *[other] { $drafts } luonnosta käyttöön otettuina.
}
admin-new-site = Uusi sivusto
admin-field-slug = Tunniste
admin-field-slug-help = Pieniä kirjaimia, numeroita ja yhdysmerkkejä. Tunniste näkyy osoitteissa, eikä sitä voi muuttaa myöhemmin.
admin-create = Luo
admin-tokens = API-tunnukset
admin-api-document = API-kuvaus (OpenAPI)
admin-token-created = Tässä on uusi tunnus. Se kannattaa kopioida nyt, sillä sitä ei näytetä uudelleen.
admin-field-label = Nimike
admin-field-sites = Sivustot
admin-field-access = Käyttöoikeus
admin-access-read = vain luku
admin-access-write = luku ja kirjoitus
admin-all-sites = kaikki sivustot, joihin tilillä on pääsy
admin-col-created = Luotu (UTC)
admin-col-last-used = Viimeksi käytetty (UTC)
admin-revoke = Mitätöi
admin-no-tokens = Ei vielä tunnuksia.
admin-new-token = Uusi tunnus
admin-unknown-token = Tällaista tunnusta ei ole.
admin-add-user = Lisää käyttäjä
admin-field-role = Rooli
admin-field-member-of = Sivustot
admin-field-member-of-help = Sivustot, joilla muokkaaja tai katselija työskentelee; ylläpitäjä työskentelee kaikilla.
admin-texts = Evästebannerin ja selosteen tekstit
admin-texts-help = Sivuston omat tekstit kirjoitetaan jokaisella sen kielellä; tyhjäksi jätetty kenttä säilyttää alustan tekstin, joka näkyy kentässä harmaana.
admin-field-banner-title = Evästebannerin otsikko
admin-field-banner-text = Evästebannerin teksti
admin-field-policy-intro = Selosteen johdantokappale

admin-nav = Hallintapaneeli
admin-site-nav = Sivuston { $site } sivut
admin-older = Vanhemmat tietueet
admin-newer = Uudemmat tietueet
admin-show-oldest = Näytä vanhimmat ensin
admin-show-newest = Näytä uusimmat ensin
admin-confirm-title = Vahvistus
admin-confirm-delete-cookie = Poistetaanko ilmoitus evästeestä { $name }? Eväste poistuu julkaistusta selosteesta heti; jo tallennetut suostumustiedot säilyvät ennallaan.
admin-confirm-revoke-token = Mitätöidäänkö tunnus ”{ $label }”? Kaikki sitä käyttävät skriptit torjutaan tästä lähtien.
admin-cancel = Peruuta
admin-sorted-ascending = nousevassa järjestyksessä
admin-sorted-descending = laskevassa järjestyksessä
admin-pages = Taulukon sivut
stats-show-numbers = Luvut
stats-demo-data = Nämä luvut ovat keinotekoista esittelydataa, joka luotiin esittelyn käynnistyessä tyhjään tietokantaan.
admin-col-links = Siirry
admin-newest = Uusimmat muutokset
admin-older-changes = Vanhemmat muutokset
