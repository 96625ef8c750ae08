# cookiewardeni serveeritavate lehtede tekstid eesti keeles. Iga en.ftl-i sõnum on olemas ka siin;
# ühiktest hoiab need kaks faili kooskõlas.

language-name = Eesti
language-label = Keel
language-submit = Vaheta keelt

index-title = Selle platvormi hallatavad veebisaidid
index-intro = Iga allpool loetletud veebisait avaldab, milliseid küpsiseid see kasutab, milleks need on ja kui kaua need alles jäävad.
index-policy-link = Küpsisepoliitika
index-platform = Selle platvormi enda küpsised

policy-title = Veebisaidi { $site } küpsisepoliitika
policy-why-heading = Miks { $site } küpsiseid kasutab
policy-why = { $site } vajab mõnda küpsist, et kõik toimiks nii, nagu te ootate. Teie nõusolekul võib veebisait kasutada ka teisi küpsiseid, et mõõta külastatavust või näidata teiste teenuste sisu. Sellel lehel on loetletud kõik veebisaidi küpsised: milleks need on, kes need salvestab ja kui kaua need teie brauseris püsivad.
policy-what-heading = Mis on küpsis?
policy-what = Küpsis on väike nimega andmekogum, mille veebisait palub teie brauseril talletada. Brauser hoiab seda kindla aja ja saadab selle veebisaidile tagasi iga kord, kui te sinna naasete. Küpsised võimaldavad näiteks hoida teid sisselogituna, jätta meelde ostukorvi sisu või tunda teie brauseri aja jooksul ära, et loendada külastusi või näidata sihitud reklaami.
policy-types-heading = Küpsiste neli liiki
policy-type-necessary-name = Vajalikud küpsised
policy-type-necessary = säilitavad teavet ühest külastusest järgmiseni samas seadmes, näiteks ostukorvi sisu, sisselogimise või liidese seadistuse. Ilma nendeta veebisait ei toimi, seepärast salvestatakse need teilt küsimata.
policy-type-statistics-name = Statistikaküpsised
policy-type-statistics = jälgivad, mida külastajad veebisaidil teevad, et mõõta selle külastatavust. Kui mõõtmine on anonüümitud nii, et seda ei saa kunagi konkreetse inimeseni tagasi viia, ei ole selleks nõusolekut vaja; te saate sellest siiski loobuda.
policy-type-first-party-name = Esimese osapoole küpsised
policy-type-first-party = salvestab veebisait, mida te parajasti külastate. Peale vajalike küpsiste võivad need koguda isikuandmeid, jälgida teie tegevust veebisaidil või näidata reklaami.
policy-type-third-party-name = Kolmanda osapoole küpsised
policy-type-third-party = salvestab mõni teine veebisait (sageli reklaamija) või keegi selle nimel, kasutades teie külastatavale veebisaidile põimitud sisu. Nii saab see teine veebisait teada, milliseid lehti te vaatasite, ja koguda teie kohta teavet.
policy-list-heading = Veebisaidi { $site } küpsised
policy-none = Selle veebisaidi loetelus pole seda liiki küpsiseid.
policy-choices-heading = Kui muudate meelt
policy-choices = Saate oma valikut igal ajal muuta või nõusoleku tagasi võtta nupuga „Küpsiste seaded“, mis on olemas veebisaidi { $site } igal lehel. Nõusoleku tagasivõtmine on sama lihtne kui selle andmine.
policy-browser = Ka teie brauser näitab talletatud küpsiseid ning võimaldab neid kustutada või blokeerida kõigi või ainult mõne veebisaidi puhul. Otsige brauseri seadetest või abiteabest sõnu „küpsised“ või „saidi andmed“. Kui blokeerite vajalikud küpsised, võivad mõned veebisaidi osad lakata töötamast.
policy-version = Poliitika versioon { $version }
policy-services-heading = Teiste ettevõtete teenused
policy-services = Mõned veebisaidi { $site } funktsioonid pärinevad teistelt ettevõtetelt, näiteks põimitud video, kaart või külastatavuse mõõtmise tööriist. Ühtegi neist ei laadita enne, kui lubate küpsiste seadetes küpsiste liigi, kuhu see kuulub, või just selle teenuse. Siin on iga teenus loetletud koos küpsistega, mida see teadaolevalt salvestab.
column-service = Teenus
column-category = Küpsiste liik
policy-service-no-cookies = teadaolevalt puuduvad

category-necessary = Vajalikud
category-necessary-description = Vajalikud veebisaidi toimimiseks; alati sees.
category-preferences = Eelistused
category-preferences-description = Jätavad meelde valikud, mis muudavad veebisaidi välimust või käitumist, näiteks piirkonna või kuvaseade.
category-statistics = Statistika
category-statistics-description = Mõõdavad veebisaidi külastatavust, et seda paremaks muuta.
category-marketing = Turundus
category-marketing-description = Reklaam, jälgimine eri veebisaitidel ja teistest teenustest põimitud sisu, näiteks videod.

column-provider = Pakkuja
column-function = Funktsioon ja asukoht
column-names = Küpsise nimi või nimed
column-purpose = Eesmärk
column-duration = Säilitusaeg
column-party = Osapool
party-first = Esimene osapool
party-third = Kolmas osapool
name-prefix = mis tahes nimi, mille alguses on { $prefix }
exempt-note = Anonüümitud külastatavuse mõõtmine: sees ka ilma nõusolekuta, te saate sellest loobuda.
domain-note = salvestatakse domeenil { $domain }

duration-session = Kuni brauseri sulgemiseni
duration-hour = { $n ->
    [one] { $n } tund
   *[other] { $n } tundi
}
duration-day = { $n ->
    [one] { $n } päev
   *[other] { $n } päeva
}
duration-week = { $n ->
    [one] { $n } nädal
   *[other] { $n } nädalat
}
duration-month = { $n ->
    [one] { $n } kuu
   *[other] { $n } kuud
}
duration-year = { $n ->
    [one] { $n } aasta
   *[other] { $n } aastat
}

not-found-title = Lehte ei leitud
not-found-text = Sellel aadressil ei ole midagi.
not-found-site = Siin ei hallata ühtegi veebisaiti nimega „{ $slug }“.
not-found-home = Siin hallatavad veebisaidid

banner-title = Küpsised veebisaidil { $site }
banner-text = { $site } kasutab toimimiseks vajalikke küpsiseid. Teie nõusolekul kasutataks ka teisi küpsiseid, et mõõta külastatavust ja näidata teiste teenuste sisu. Keeldumine on sama lihtne kui nõustumine ja te saate oma otsust igal ajal muuta.
banner-accept-all = Luba kõik
banner-reject-all = Keela kõik
banner-customise = Kohanda
banner-save = Salvesta valikud
banner-close = Sulge nõustumata
banner-settings = Küpsiste seaded
banner-policy-link = Küpsisepoliitika
banner-gpc = Teie brauser saadab signaali Global Privacy Control, seega jäävad turundusküpsised välja lülitatuks.
banner-always-on = Alati sees
banner-exempt = Sees ka ilma nõusolekuta; te saate selle välja lülitada.
banner-placeholder = Selle sisu nägemiseks on vaja kategooria „{ $category }“ küpsiseid.
banner-placeholder-accept = Luba kategooria „{ $category }“ küpsised
banner-opt-out-text = { $site } kasutab küpsiseid toimimiseks, külastatavuse mõõtmiseks ja reklaamiks. Te saate igal ajal keelduda oma isikuandmete müümisest ja jagamisest ning sihitud reklaamist.
banner-privacy-choices = Teie privaatsusvalikud
banner-gpc-honoured = Teie keeldumist arvestatakse
banner-notice-ok = Selge
banner-services = Seda liiki teenused

my-consent-title = Teie küpsisevalikud veebisaidil { $site }
my-consent-none = Te ei ole sellel veebisaidil veel valikut teinud: kasutatakse ainult vajalikke küpsiseid.
my-consent-none-starts-on = Te ei ole sellel veebisaidil veel valikut teinud: teie asukohas on selle küpsised sees seni, kuni te need allpool välja lülitate.
my-consent-id = Nõusoleku ID
my-consent-date = Otsuse kuupäev
my-consent-change = Muuda valikuid
my-consent-withdraw = Võta nõusolek tagasi
my-consent-back = Tagasi veebisaidile
my-consent-opt-out = Keeldu müümisest, jagamisest ja sihitud reklaamist
my-consent-opt-out-explained = Ühe toiminguga lõpetate oma isikuandmete müümise ja jagamise ning sihitud reklaami sellel veebisaidil; veebisaidi muud küpsised jäävad samaks.
my-consent-opted-out = Olete sellel veebisaidil keeldunud andmete müümisest, jagamisest ja sihitud reklaamist.
audience-heading = Külastatavuse mõõtmine
audience-explained = Et teada saada, milliseid lehti loetakse, loendatakse iga külastust ilma küpsisteta: aadressi ja brauserit kasutatakse ainult selleks, et ühe päeva külastusi üksteisest eristada, ning neid ei säilitata kunagi. Nende arvude põhjal ei saa kedagi ära tunda ja neid ei jagata.
audience-opt-out = Ära loenda minu külastusi
audience-stop = Lõpeta minu külastuste loendamine
audience-resume = Loenda minu külastusi uuesti
audience-stopped = Teie külastusi ei loendata.
stats-title = Veebisaidi { $site } statistika
stats-views = Lehevaatamised
stats-visitors = Külastajad
stats-visitors-note = Külastajaid loendatakse kord päevas ja ilma küpsisteta: kui inimene tuleb mitmel päeval tagasi, loendatakse teda igal päeval uuesti.
stats-audience = Lehevaatamised ja külastajad päevade kaupa
stats-top-path = Populaarseimad lehed
stats-top-referrer = Peamised suunajad
stats-top-browser = Brauserid
stats-top-os = Operatsioonisüsteemid
stats-top-device = Seadmed
stats-top-language = Keeled
stats-none = (puudub)
stats-decisions = Nõusolekuotsused
stats-acceptance = Nõustumine kategooriate kaupa (%)
stats-acceptance-language = Nõustumine keelte kaupa (%)
stats-undecided = Külastajad, kes pole otsust teinud (hinnang)
stats-nothing = Veel pole midagi loendatud.
admin-statistics = Statistika
choice-on = Sees
choice-off = Väljas

admin-login-title = Sisselogimine platvormile cookiewarden
admin-username = Kasutajanimi
admin-password = Parool
admin-login-submit = Logi sisse
admin-login-failed = Vale kasutajanimi või parool.
admin-login-locked = Liiga palju ebaõnnestunud katseid. Proovige uuesti { $minutes } minuti pärast.
admin-csrf-failed = See vorm on aegunud või saadeti teiselt veebisaidilt. Laadige leht uuesti ja proovige veel kord.
admin-login-busy = Praegu logib sisse liiga palju inimesi. Proovige hetke pärast uuesti.
admin-home-title = Veebisaidid
admin-signed-in-as = Sisse logitud kasutajana { $user }
admin-logout = Logi välja
admin-logout-everywhere = Logi kõikjal välja
admin-no-sites = Te ei ole veel ühegi veebisaidi liige; administraator saab teid lisada.
admin-site-policy = Küpsisepoliitika
admin-role-admin = administraator
admin-role-editor = toimetaja
admin-role-viewer = vaataja
admin-consents = Nõusolekute logi
admin-consents-title = Veebisaidi { $site } nõusolekute logi
admin-consents-count = { $total ->
    [0] Ühtegi kirjet ei leitud
    [one] Leiti üks kirje
   *[other] Leiti { $total } kirjet
}; sellel lehel { $shown }.
admin-col-time = Salvestatud (UTC)
admin-col-id = Nõusoleku ID
admin-col-method = Meetod
admin-col-choices = Lubatud
admin-col-language = Keel
admin-col-rules = Piirkond ja reeglid
admin-filter-from = Alates
admin-filter-to = Kuni
admin-filter-method = Meetod
admin-filter-any = kõik
admin-filter-id = Nõusoleku ID
admin-filter-submit = Filtreeri
admin-export-csv = Laadi alla CSV-failina
admin-not-member = Te ei ole selle veebisaidi liige.
admin-bad-filter = Vigane filtri väärtus `{ $value }`: kuupäevad kujul AAAA-KK-PP, meetodid nii, nagu need on salvestatud.
admin-users = Kasutajad
admin-audit = Tegevuslogi
admin-col-user = Kasutaja
admin-col-roles = Rollid
admin-col-state = Olek
admin-col-actor = Kes
admin-col-action = Mida
admin-col-target = Millele
admin-col-before = Enne
admin-col-after = Pärast
admin-state-active = aktiivne
admin-state-disabled = keelatud
admin-disable = Keela
admin-enable = Luba
admin-not-admin = Seda saavad teha ainult administraatorid.
admin-not-yourself = Oma kontot ei saa te keelata.
admin-unknown-user = Sellist kasutajat ei ole.
admin-settings = Seaded
admin-settings-title = Veebisaidi { $site } seaded
admin-field-name = Nimi
admin-field-origins = Päritolud
admin-field-origins-help = Aadressid, millelt veebisaiti pakutakse, üks rea kohta, näiteks https://www.example.org. Bänner vastab ainult nende aadresside lehtedele.
admin-field-languages = Keeled
admin-field-languages-help = Keelekoodid komadega eraldatult, näiteks et, en.
admin-field-default-language = Vaikekeel
admin-field-default-language-help = Kasutatakse siis, kui külastaja brauser ei küsi ühtegi veebisaidi keeltest.
admin-field-consent-lifetime = Valik kehtib
admin-field-consent-lifetime-help = Kui kaua külastaja valik kehtib, enne kui bänner uuesti küsib, näiteks 6 months (ühik inglise keeles); kõige rohkem 13 kuud.
admin-field-refusal-cooldown = Keeldumist arvestatakse
admin-field-refusal-cooldown-help = Kui kaua bänner pärast kõigist küpsistest keeldumist uuesti ei küsi, ka siis, kui poliitika muutub, näiteks 6 months (vaikimisi); kõige rohkem 400 päeva.
admin-field-cookie-domain = Ühine küpsisedomeen
admin-field-cookie-domain-help = Kõigi päritolude ülemdomeen, näiteks example.org, et kõik selle alamdomeenid jagaksid üht valikut. Jätke tühjaks, kui valik peab olema iga hosti jaoks eraldi.
admin-field-default-region = Vaikepiirkond
admin-field-default-region-help = Nende külastajate piirkond, keda teie esiserveri piirkonnapäis ei tuvasta: ISO 3166 kood, näiteks FR või US-CA. Kui jätate tühjaks, kasutatakse väärtust EU.
admin-field-regions = Piirkondlikud reeglid
admin-field-regions-help = Üks rida reegli kohta, vaikereeglite asemel (Ameerika Ühendriikides opt-out, mujal opt-in): piirkonnad, koolon, opt-in, opt-out või notice ning soovi korral see, kui kaua keeldumist seal arvestatakse, näiteks US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Küpsisepoliitika tee
admin-field-policy-path-help = Kus küpsisepoliitika veebisaidil asub, näiteks /cookies-policy.
admin-field-statistics-retention = Külastatavuse toorandmete säilitusaeg
admin-field-statistics-retention-help = Kõige rohkem 25 kuud. Päevased koondarvud jäävad alles ka pärast toorandmete kustutamist.
admin-field-statistics-query = Säilitatavad päringuparameetrid
admin-field-statistics-query-help = Parameetrid, mis mõõdetud lehtede teedes alles jäetakse, komadega eraldatult, näiteks q, page. Jätke tühjaks, kui ühtegi ei ole vaja säilitada.
admin-field-statistics-cookie = Korduvkülastajate äratundmine
admin-field-statistics-cookie-help = Salvestab 13 kuuks esimese osapoole küpsise, mida kunagi ei pikendata, ja lisab selle poliitikasse.
admin-services = Teenused
admin-services-help = Teiste ettevõtete teenused, mida see veebisait kasutab. Lüüs peab nende märgendid kinni, kuni külastaja need lubab, ja poliitika loetleb need koos nende küpsistega. Veebisaidi enda teenused koos hostide ja koodijuppidega on kirjeldatud selle definitsioonifailis.
admin-services-none = Sellel veebisaidil pole teenuseid loetletud.
admin-service-add = Lisa teenus
admin-service-remove = Eemalda
admin-service-own = veebisaidi enda
admin-service-catalogue = kataloogist
admin-save = Salvesta
admin-saved = Salvestatud.
admin-missing-texts = Küpsisel { $cookie } puudub funktsiooni või eesmärgi kirjeldus neis keeltes: { $languages }. Nende keelte lugejad näevad selle asemel teksti keeles { $default }.
admin-read-only = Te saate neid seadeid vaadata; muuta saavad neid ainult toimetajad ja administraatorid.
admin-not-editor = Seda saavad muuta ainult veebisaidi toimetajad ja administraatorid.
admin-cookies = Kirjeldatud küpsised
admin-col-pattern = Nimi
admin-col-category = Kategooria
admin-col-party = Osapool
admin-col-duration = Säilitusaeg
admin-col-provider = Pakkuja
admin-col-status = Olek
admin-delete = Kustuta
admin-unknown-cookie = Sellel veebisaidil ei ole sellist küpsist kirjeldatud.
admin-add-cookie = Kirjelda küpsist
admin-field-cookie-name = Nimi
admin-field-cookie-name-help = Lisage nime lõppu *, et kirjeldus kehtiks kõigile küpsistele, mille nimi nii algab.
admin-field-provider = Pakkuja
admin-field-category = Kategooria
admin-field-party = Osapool
admin-field-party-help = first: salvestab veebisait ise; third: salvestab mõne teise ettevõtte domeen.
admin-field-duration = Säilitusaeg
admin-field-duration-help = Näiteks 13 months, 1 day või session (ühikud inglise keeles).
admin-field-domain = Domeen
admin-field-domain-help = Valikuline: domeen, millele küpsis salvestatakse, kui see ei ole veebisaidi enda domeen.
admin-field-path = Tee
admin-field-function = Funktsioon ja asukoht
admin-field-function-help = Mida küpsis teeb ja kus veebisaidil see salvestatakse.
admin-field-purpose = Eesmärk
admin-field-purpose-help = Miks veebisait seda vajab – sõnadega, millest külastaja aru saab.
admin-add = Lisa
admin-field-exempt = Nõusolekust vabastatud
admin-field-exempt-help = Sobib ainult veebisaidi enda külastatavuse mõõtmiseks, mille andmeid säilitatakse kõige rohkem 13 kuud.
admin-field-status = Olek
admin-field-status-help = Mustand (draft) ei ilmu avaldatud poliitikasse enne, kui see on muudetud aktiivseks (active).
admin-edit = Muuda
admin-edit-cookie-title = Küpsise kirjeldus: { $name }
admin-preview = Poliitika eelvaade
admin-preview-notice = Eelvaade: poliitika nii, nagu külastajad seda näevad, { $drafts ->
    [0] ilma mustanditeta.
    [one] koos ühe aktiivseks muudetud mustandiga.
   *[other] koos { $drafts } aktiivseks muudetud mustandiga.
}
admin-new-site = Uus veebisait
admin-field-slug = Tunnus
admin-field-slug-help = Väiketähed, numbrid ja sidekriipsud. Tunnus on näha aadressides ja seda ei saa hiljem muuta.
admin-create = Loo
admin-tokens = API-tõendid
admin-api-document = API kirjeldus (OpenAPI)
admin-token-created = Siin on uus tõend. Kopeerige see kohe: seda ei näidata enam uuesti.
admin-field-label = Nimetus
admin-field-sites = Veebisaidid
admin-field-access = Juurdepääs
admin-access-read = ainult lugemine
admin-access-write = lugemine ja kirjutamine
admin-all-sites = kõik veebisaidid, millega te töötate
admin-col-created = Loodud (UTC)
admin-col-last-used = Viimati kasutatud (UTC)
admin-revoke = Tühista
admin-no-tokens = Tõendeid veel pole.
admin-new-token = Uus tõend
admin-unknown-token = Sellist tõendit ei ole.
admin-add-user = Lisa kasutaja
admin-field-role = Roll
admin-field-member-of = Veebisaidid
admin-field-member-of-help = Veebisaidid, millega toimetaja või vaataja töötab; administraator töötab kõigiga.
admin-texts = Bänneri ja poliitika tekstid
admin-texts-help = Kirjutage veebisaidi enda tekstid igas selle keeles; tühjaks jäetud väli kasutab platvormi teksti, mis on väljal halli kirjaga näha.
admin-field-banner-title = Bänneri pealkiri
admin-field-banner-text = Bänneri tekst
admin-field-policy-intro = Poliitika sissejuhatus

admin-nav = Haldusliides
admin-site-nav = Veebisaidi { $site } lehed
admin-older = Vanemad kirjed
admin-newer = Uuemad kirjed
admin-show-oldest = Näita kõigepealt vanimaid
admin-show-newest = Näita kõigepealt uusimaid
admin-confirm-title = Palun kinnitage
admin-confirm-delete-cookie = Kas kustutada küpsise { $name } kirjeldus? Küpsis eemaldatakse avaldatud poliitikast kohe; juba salvestatud nõusolekukirjed jäävad muutmata.
admin-confirm-revoke-token = Kas tühistada tõend „{ $label }“? Iga skript, mis seda kasutab, lükatakse nüüdsest tagasi.
admin-cancel = Loobu
admin-sorted-ascending = sorditud kasvavas järjekorras
admin-sorted-descending = sorditud kahanevas järjekorras
admin-pages = Tabeli lehed
stats-show-numbers = Arvud
stats-demo-data = Need arvud on sünteetilised demoandmed, mis loodi demo käivitamisel tühja andmebaasiga.
admin-col-links = Mine
admin-newest = Uusimad muudatused
admin-older-changes = Vanemad muudatused
