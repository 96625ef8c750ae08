# Textar síðnanna sem cookiewarden birtir, á íslensku. Öll skilaboð í en.ftl eru líka hér;
# einingapróf sér til þess að skrárnar tvær haldist í takt.

language-name = Íslenska
language-label = Tungumál
language-submit = Skipta um tungumál

index-title = Vefir sem þetta kerfi heldur utan um
index-intro = Hver vefur hér fyrir neðan birtir þær vafrakökur sem hann setur, til hvers þær eru og hve lengi þær eru geymdar.
index-policy-link = Vafrakökustefna
index-platform = Vafrakökur kerfisins sjálfs

policy-title = Vafrakökustefna vefsins { $site }
policy-why-heading = Af hverju { $site } notar vafrakökur
policy-why = { $site } þarf nokkrar vafrakökur til að virka eins og þú býst við. Með samþykki þínu getur vefurinn einnig notað aðrar, til að mæla aðsókn eða til að birta efni frá öðrum þjónustum. Á þessari síðu eru taldar upp allar vafrakökur sem vefurinn tilgreinir, til hvers þær eru, hver setur þær og hve lengi þær eru geymdar í vafranum þínum.
policy-what-heading = Hvað er vafrakaka?
policy-what = Vafrakaka er lítil gagnaeining með heiti sem vefur biður vafrann þinn um að geyma. Vafrinn geymir hana í tiltekinn tíma og sendir hana aftur til vefsins í hvert skipti sem þú kemur þangað aftur. Vafrakökur geta haldið innskráningu þinni virkri, munað hvað er í innkaupakörfu eða þekkt vafrann þinn aftur yfir lengri tíma til að telja heimsóknir eða beina að þér auglýsingum.
policy-types-heading = Fjórar tegundir vafrakakna
policy-type-necessary-name = Nauðsynlegar vafrakökur
policy-type-necessary = geyma upplýsingar milli heimsókna á sama tæki, til dæmis innkaupakörfu, innskráningu eða stillingu í viðmótinu. Vefurinn virkar ekki án þeirra og því eru þær settar án þess að leitað sé samþykkis þíns.
policy-type-statistics-name = Tölfræðivafrakökur
policy-type-statistics = fylgjast með því hvað gestir gera á vefnum til að mæla aðsókn að honum. Þegar mælingin er gerð nafnlaus, svo að aldrei sé hægt að rekja hana til einstaklings, þarf ekki samþykki fyrir henni; þú getur samt afþakkað hana.
policy-type-first-party-name = Vafrakökur fyrsta aðila
policy-type-first-party = eru settar af vefnum sem þú heimsækir. Fyrir utan þær nauðsynlegu geta þær safnað persónuupplýsingum, fylgst með hegðun þinni á vefnum eða birt auglýsingar.
policy-type-third-party-name = Vafrakökur þriðja aðila
policy-type-third-party = eru settar af öðrum vef eða fyrir hann, oft auglýsanda, í gegnum efni sem er fellt inn í vefinn sem þú heimsækir. Þær gera þessum vef kleift að vita hvaða síður þú skoðaðir og að safna upplýsingum um þig.
policy-list-heading = Vafrakökur á vefnum { $site }
policy-none = Vefurinn tilgreinir engar vafrakökur af þessari tegund.
policy-choices-heading = Ef þú skiptir um skoðun
policy-choices = Þú getur breytt vali þínu eða dregið það til baka hvenær sem er með hnappnum „Stillingar vafrakakna“ sem er á hverri síðu á vefnum { $site }. Það er ekki meiri fyrirhöfn að draga samþykki til baka en að veita það.
policy-browser = Vafrinn þinn sýnir líka þær vafrakökur sem hann geymir og gerir þér kleift að eyða þeim eða loka á þær, fyrir alla vefi eða bara suma. Leitaðu að „vafrakökur“ eða „gögn vefsvæða“ í stillingum eða hjálp vafrans. Ef þú lokar á nauðsynlegar vafrakökur getur verið að hlutar vefsins hætti að virka.
policy-version = Útgáfa stefnunnar: { $version }
policy-services-heading = Þjónustur frá öðrum fyrirtækjum
policy-services = Sumt á vefnum { $site } kemur frá öðrum fyrirtækjum, til dæmis innfellt myndband, kort eða tól til aðsóknarmælinga. Ekkert af því hleðst inn fyrr en þú leyfir, í stillingum vafrakakna, þá tegund vafrakakna sem það tilheyrir eða þessa tilteknu þjónustu. Hér er hver þjónusta talin upp ásamt þeim vafrakökum sem vitað er að hún setur.
column-service = Þjónusta
column-category = Tegund vafrakakna
policy-service-no-cookies = engar þekktar

category-necessary = Nauðsynlegar
category-necessary-description = Vefurinn getur ekki virkað án þeirra; alltaf virkjaðar.
category-preferences = Kjörstillingar
category-preferences-description = Muna val sem breytir útliti eða hegðun vefsins, til dæmis svæði eða skjástillingu.
category-statistics = Tölfræði
category-statistics-description = Mæla aðsókn að vefnum til að bæta hann.
category-marketing = Markaðssetning
category-marketing-description = Auglýsingar, rakning milli vefja og efni sem er fellt inn frá öðrum þjónustum, til dæmis myndbönd.

column-provider = Veitandi
column-function = Hlutverk og staðsetning
column-names = Heiti vafrakakna
column-purpose = Tilgangur
column-duration = Gildistími
column-party = Aðili
party-first = Fyrsti aðili
party-third = Þriðji aðili
name-prefix = öll heiti sem byrja á { $prefix }
exempt-note = Nafnlaus aðsóknarmæling: virk án samþykkis, þú getur afþakkað hana.
domain-note = sett á léninu { $domain }

duration-session = Þar til vafranum er lokað
duration-hour = { $n ->
    [one] { $n } klukkustund
   *[other] { $n } klukkustundir
}
duration-day = { $n ->
    [one] { $n } dagur
   *[other] { $n } dagar
}
duration-week = { $n ->
    [one] { $n } vika
   *[other] { $n } vikur
}
duration-month = { $n ->
    [one] { $n } mánuður
   *[other] { $n } mánuðir
}
duration-year = { $n ->
    [one] { $n } ár
   *[other] { $n } ár
}

not-found-title = Síðan fannst ekki
not-found-text = Ekkert er að finna á þessari slóð.
not-found-site = Hér er enginn vefur sem heitir „{ $slug }“.
not-found-home = Skoða vefina sem haldið er utan um hér

banner-title = Vafrakökur á vefnum { $site }
banner-text = { $site } setur þær vafrakökur sem vefurinn þarf til að virka. Með samþykki þínu myndi hann einnig nota aðrar, til að mæla aðsókn og til að birta efni frá öðrum þjónustum. Það er jafn auðvelt að hafna og að samþykkja og þú getur skipt um skoðun hvenær sem er.
banner-accept-all = Samþykkja allt
banner-reject-all = Hafna öllu
banner-customise = Sérsníða
banner-save = Vista valið mitt
banner-close = Loka án þess að samþykkja
banner-settings = Stillingar vafrakakna
banner-policy-link = Vafrakökustefna
banner-gpc = Vafrinn þinn sendir merkið Global Privacy Control og því eru vafrakökur til markaðssetningar áfram óvirkar.
banner-always-on = Alltaf virkar
banner-exempt = Virkt án samþykkis; þú getur slökkt á því.
banner-placeholder = Þetta efni krefst vafrakakna í flokknum „{ $category }“.
banner-placeholder-accept = Leyfa vafrakökur í flokknum „{ $category }“
banner-opt-out-text = { $site } notar vafrakökur til að virka, til að mæla aðsókn og fyrir auglýsingar. Þú getur hvenær sem er afþakkað sölu og miðlun persónuupplýsinga þinna og markvissar auglýsingar.
banner-privacy-choices = Persónuverndarval þitt
banner-gpc-honoured = Orðið var við beiðni þinni um afþökkun
banner-notice-ok = Í lagi
banner-services = Þjónustur af þessari tegund

my-consent-title = Val þitt um vafrakökur á vefnum { $site }
my-consent-none = Þú hefur ekki enn valið neitt á þessum vef: aðeins nauðsynlegar vafrakökur eru settar.
my-consent-none-starts-on = Þú hefur ekki enn valið neitt á þessum vef: þar sem þú ert, eru vafrakökur vefsins virkar þar til þú slekkur á þeim hér fyrir neðan.
my-consent-id = Auðkenni samþykkis
my-consent-date = Ákveðið
my-consent-change = Breyta vali mínu
my-consent-withdraw = Draga samþykki mitt til baka
my-consent-back = Aftur á vefinn
my-consent-opt-out = Afþakka sölu, miðlun og markvissar auglýsingar
my-consent-opt-out-explained = Ein aðgerð stöðvar sölu og miðlun persónuupplýsinga þinna og markvissar auglýsingar á þessum vef; aðrar vafrakökur vefsins haldast óbreyttar.
my-consent-opted-out = Þú hefur afþakkað sölu, miðlun og markvissar auglýsingar á þessum vef.
audience-heading = Aðsóknarmæling
audience-explained = Til að vita hvaða síður eru lesnar er hver heimsókn talin án nokkurra vafrakakna: IP-talan og vafrinn eru aðeins notuð til að greina sundur heimsóknir sama dags og eru aldrei geymd. Enginn þekkist út frá þessum tölum og þeim er ekki deilt.
audience-opt-out = Ekki telja heimsóknir mínar
audience-stop = Hætta að telja heimsóknir mínar
audience-resume = Telja heimsóknir mínar aftur
audience-stopped = Heimsóknir þínar eru ekki taldar.
stats-title = Tölfræði vefsins { $site }
stats-views = Síðuflettingar
stats-visitors = Gestir
stats-visitors-note = Gestir eru taldir einu sinni á dag, án vafrakakna: yfir nokkra daga er gestur sem kemur aftur talinn á hverjum degi.
stats-audience = Síðuflettingar og gestir á dag
stats-top-path = Vinsælustu síðurnar
stats-top-referrer = Helstu tilvísunarvefir
stats-top-browser = Vafrar
stats-top-os = Stýrikerfi
stats-top-device = Tæki
stats-top-language = Tungumál
stats-none = (ekkert)
stats-decisions = Ákvarðanir um samþykki
stats-acceptance = Samþykki eftir flokkum (%)
stats-acceptance-language = Samþykki eftir tungumálum (%)
stats-undecided = Gestir sem tóku aldrei ákvörðun (áætlað)
stats-nothing = Ekkert hefur verið talið enn.
admin-statistics = Tölfræði
choice-on = Kveikt
choice-off = Slökkt

admin-login-title = Innskráning í cookiewarden
admin-username = Notandanafn
admin-password = Lykilorð
admin-login-submit = Skrá inn
admin-login-failed = Rangt notandanafn eða lykilorð.
admin-login-locked = Of margar misheppnaðar tilraunir. Reyndu aftur eftir { $minutes ->
    [one] { $minutes } mínútu
   *[other] { $minutes } mínútur
}.
admin-csrf-failed = Þetta eyðublað er útrunnið eða var sent frá öðrum vef. Opnaðu síðuna aftur og reyndu á ný.
admin-login-busy = Of margir eru að skrá sig inn núna. Reyndu aftur eftir smástund.
admin-home-title = Vefir
admin-signed-in-as = Innskráning: { $user }
admin-logout = Skrá út
admin-logout-everywhere = Skrá út alls staðar
admin-no-sites = Þú ert ekki enn aðili að neinum vef; stjórnandi getur bætt þér við.
admin-site-policy = Vafrakökustefna
admin-role-admin = stjórnandi
admin-role-editor = ritstjóri
admin-role-viewer = lesandi
admin-consents = Samþykkisskrá
admin-consents-title = Samþykkisskrá vefsins { $site }
admin-consents-count = { $total ->
    [0] Engin færsla fannst
    [one] { $total } færsla fannst
   *[other] { $total } færslur fundust
}; { $shown } á þessari síðu.
admin-col-time = Skráð (UTC)
admin-col-id = Auðkenni samþykkis
admin-col-method = Aðferð
admin-col-choices = Samþykkt
admin-col-language = Tungumál
admin-col-rules = Svæði og reglur
admin-filter-from = Frá
admin-filter-to = Til
admin-filter-method = Aðferð
admin-filter-any = allar
admin-filter-id = Auðkenni samþykkis
admin-filter-submit = Sía
admin-export-csv = Sækja sem CSV
admin-not-member = Þú ert ekki aðili að þessum vef.
admin-bad-filter = Ógilt síugildi `{ $value }`: dagsetningar eru á forminu ÁÁÁÁ-MM-DD og aðferðir eins og þær eru skráðar.
admin-users = Notendur
admin-audit = Aðgerðaskrá
admin-col-user = Notandi
admin-col-roles = Hlutverk
admin-col-state = Staða
admin-col-actor = Hver
admin-col-action = Hvað
admin-col-target = Á hverju
admin-col-before = Fyrir
admin-col-after = Eftir
admin-state-active = virkur
admin-state-disabled = óvirkur
admin-disable = Gera óvirkan
admin-enable = Virkja
admin-not-admin = Aðeins stjórnendur geta gert þetta.
admin-not-yourself = Þú getur ekki gert þinn eigin aðgang óvirkan.
admin-unknown-user = Þessi notandi er ekki til.
admin-settings = Stillingar
admin-settings-title = Stillingar vefsins { $site }
admin-field-name = Heiti
admin-field-origins = Upprunar
admin-field-origins-help = Vefslóðirnar sem vefurinn er birtur á, ein í hverri línu, til dæmis https://www.example.org. Borðinn svarar aðeins síðum frá þessum vefslóðum.
admin-field-languages = Tungumál
admin-field-languages-help = Tungumálakóðar aðskildir með kommum, til dæmis en, fr.
admin-field-default-language = Sjálfgefið tungumál
admin-field-default-language-help = Notað þegar vafri gests biður ekki um neitt af tungumálum vefsins.
admin-field-consent-lifetime = Val gildir í
admin-field-consent-lifetime-help = Hve lengi val gests gildir áður en borðinn spyr aftur, til dæmis 6 months; í mesta lagi 13 mánuðir.
admin-field-refusal-cooldown = Höfnun virt í
admin-field-refusal-cooldown-help = Hve lengi borðinn spyr ekki aftur eftir að öllu hefur verið hafnað, jafnvel þótt stefnan breytist, til dæmis 6 months (sjálfgefið); í mesta lagi 400 dagar.
admin-field-cookie-domain = Sameiginlegt lén vafrakakna
admin-field-cookie-domain-help = Yfirlén allra upprunanna, til dæmis example.org, svo að öll undirlén þess deili einu vali. Skildu reitinn eftir auðan til að halda valinu sér fyrir hvern hýsil.
admin-field-default-region = Sjálfgefið svæði
admin-field-default-region-help = Svæði þeirra gesta sem svæðishausinn frá framendaþjóninum þínum staðsetur ekki: ISO 3166-kóði, til dæmis FR eða US-CA. Skildu reitinn eftir auðan fyrir EU.
admin-field-regions = Reglur eftir svæðum
admin-field-regions-help = Ein lína fyrir hverja reglu, í stað sjálfgefnu reglnanna (opt-out í Bandaríkjunum, opt-in annars staðar): svæði, tvípunktur, opt-in, opt-out eða notice og, ef vill, hve lengi höfnun er virt þar, til dæmis US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Slóð vafrakökustefnunnar
admin-field-policy-path-help = Hvar vafrakökustefnan er á vefnum, til dæmis /cookies-policy.
admin-field-statistics-retention = Hrágögn um aðsókn geymd í
admin-field-statistics-retention-help = Í mesta lagi 25 mánuðir. Samtölur hvers dags haldast eftir að hrágögnunum hefur verið eytt.
admin-field-statistics-query = Varðveittar fyrirspurnarfæribreytur
admin-field-statistics-query-help = Færibreytur sem eru varðveittar í mældum síðuslóðum, aðskildar með kommum, til dæmis q, page. Skildu reitinn eftir auðan til að varðveita engar.
admin-field-statistics-cookie = Þekkja gesti sem koma aftur
admin-field-statistics-cookie-help = Setur vafraköku fyrsta aðila til 13 mánaða, sem er aldrei endurnýjuð, og tilgreinir hana í stefnunni.
admin-services = Þjónustur
admin-services-help = Þjónustur frá öðrum fyrirtækjum sem vefurinn notar. Gáttin heldur merkjum þeirra eftir þar til gesturinn leyfir þær og stefnan telur þær upp ásamt vafrakökum þeirra. Eigin þjónustum vefsins, ásamt hýslum þeirra og kóðabútum, er lýst í skilgreiningarskrá hans.
admin-services-none = Vefurinn tilgreinir engar þjónustur.
admin-service-add = Bæta þjónustunni við
admin-service-remove = Fjarlægja
admin-service-own = eigin þjónusta vefsins
admin-service-catalogue = úr þjónustuskránni
admin-save = Vista
admin-saved = Vistað.
admin-missing-texts = Vafrakökuna { $cookie } vantar hlutverk eða tilgang á þessum tungumálum: { $languages }. Gestir sem lesa þau tungumál sjá í staðinn textann á sjálfgefna tungumálinu ({ $default }).
admin-read-only = Þú getur skoðað þessar stillingar; aðeins ritstjórar og stjórnendur geta breytt þeim.
admin-not-editor = Aðeins ritstjórar og stjórnendur vefsins geta breytt honum.
admin-cookies = Skráðar vafrakökur
admin-col-pattern = Heiti
admin-col-category = Flokkur
admin-col-party = Aðili
admin-col-duration = Gildistími
admin-col-provider = Veitandi
admin-col-status = Staða
admin-delete = Eyða
admin-unknown-cookie = Vefurinn hefur enga slíka vafraköku skráða.
admin-add-cookie = Skrá vafraköku
admin-field-cookie-name = Heiti
admin-field-cookie-name-help = Endaðu heitið á * til að skrá allar vafrakökur sem byrja á því.
admin-field-provider = Veitandi
admin-field-category = Flokkur
admin-field-party = Aðili
admin-field-party-help = first: sett af vefnum sjálfum; third: sett af léni annars fyrirtækis.
admin-field-duration = Gildistími
admin-field-duration-help = Til dæmis 13 months, 1 day eða session.
admin-field-domain = Lén
admin-field-domain-help = Valfrjálst: lénið sem vafrakakan er sett á, ef það er ekki lén vefsins sjálfs.
admin-field-path = Slóð
admin-field-function = Hlutverk og staðsetning
admin-field-function-help = Hvað vafrakakan gerir og hvar á vefnum hún er sett.
admin-field-purpose = Tilgangur
admin-field-purpose-help = Hvers vegna vefurinn þarf hana, með orðum sem gestir skilja.
admin-add = Bæta við
admin-field-exempt = Undanþegin samþykki
admin-field-exempt-help = Á aðeins við um aðsóknarmælingu fyrsta aðila sem er geymd í mesta lagi 13 mánuði.
admin-field-status = Staða
admin-field-status-help = Skráning í drögum birtist ekki í birtu stefnunni fyrr en hún er gerð virk.
admin-edit = Breyta
admin-edit-cookie-title = Skráning vafrakökunnar { $name }
admin-preview = Forskoðun stefnunnar
admin-preview-notice = Forskoðun: stefnan eins og gestir munu lesa hana, { $drafts ->
    [0] án skráninga í drögum.
    [one] þar sem { $drafts } skráning í drögum hefur verið gerð virk.
   *[other] þar sem { $drafts } skráningar í drögum hafa verið gerðar virkar.
}
admin-new-site = Nýr vefur
admin-field-slug = Auðkenni
admin-field-slug-help = Lágstafir, tölustafir og bandstrik. Auðkennið birtist í vefslóðum og því er ekki hægt að breyta síðar.
admin-create = Stofna
admin-tokens = API-lyklar
admin-api-document = Lýsing á API (OpenAPI)
admin-token-created = Hér er nýi lykillinn. Afritaðu hann núna: hann verður ekki sýndur aftur.
admin-field-label = Merki
admin-field-sites = Vefir
admin-field-access = Aðgangur
admin-access-read = aðeins lestur
admin-access-write = lestur og ritun
admin-all-sites = allir vefir sem þú vinnur við
admin-col-created = Stofnaður (UTC)
admin-col-last-used = Síðast notaður (UTC)
admin-revoke = Afturkalla
admin-no-tokens = Enginn lykill enn.
admin-new-token = Nýr lykill
admin-unknown-token = Þessi lykill er ekki til.
admin-add-user = Bæta við notanda
admin-field-role = Hlutverk
admin-field-member-of = Vefir
admin-field-member-of-help = Vefirnir sem ritstjóri eða lesandi vinnur við; stjórnandi vinnur við þá alla.
admin-texts = Textar borðans og stefnunnar
admin-texts-help = Skrifaðu orðalag vefsins sjálfs á hverju tungumáli hans; reitur sem er skilinn eftir auður heldur texta kerfisins, sem birtist grár í reitnum.
admin-field-banner-title = Fyrirsögn borðans
admin-field-banner-text = Málsgrein borðans
admin-field-policy-intro = Inngangsmálsgrein stefnunnar

admin-nav = Stjórnborð
admin-site-nav = Síður vefsins { $site }
admin-older = Eldri færslur
admin-newer = Nýrri færslur
admin-show-oldest = Sýna elstu fyrst
admin-show-newest = Sýna nýjustu fyrst
admin-confirm-title = Vinsamlegast staðfestu
admin-confirm-delete-cookie = Eyða skráningu vafrakökunnar { $name }? Vafrakakan hverfur strax úr birtu stefnunni; samþykkisfærslur sem þegar eru geymdar haldast óbreyttar.
admin-confirm-revoke-token = Afturkalla lykilinn „{ $label }“? Öllum skriftum sem nota hann verður hafnað héðan í frá.
admin-cancel = Hætta við
admin-sorted-ascending = raðað í hækkandi röð
admin-sorted-descending = raðað í lækkandi röð
admin-pages = Síður töflunnar
stats-show-numbers = Tölurnar
stats-demo-data = Þessar tölur eru tilbúin sýnigögn, búin til þegar kynningarútgáfan var ræst með tómum gagnagrunni.
admin-col-links = Fara á
admin-newest = Nýjustu breytingarnar
admin-older-changes = Eldri breytingar
