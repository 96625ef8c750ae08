# Téacsanna na leathanach a fhreastalaíonn cookiewarden, i nGaeilge. Tá gach teachtaireacht den
# chomhad seo in en.ftl freisin; coinníonn tástáil aonaid an dá chomhad ag teacht le chéile.

language-name = Gaeilge
language-label = Teanga
language-submit = An teanga a athrú

index-title = Suíomhanna a rialaítear ar an ardán seo
index-intro = Foilsíonn gach suíomh thíos na fianáin a úsáideann sé, cad chuige a bhfuil siad agus cé chomh fada a fhanann siad.
index-policy-link = Beartas fianán
index-platform = Fianáin an ardáin seo féin

policy-title = Beartas fianán an tsuímh { $site }
policy-why-heading = Cén fáth a n-úsáideann an suíomh { $site } fianáin
policy-why = Tá roinnt fianán ag teastáil ón suíomh { $site } chun go n-oibreoidh sé mar a bheadh súil agaibh leis. Le bhur dtoiliú, féadfaidh sé fianáin eile a úsáid, chun a lucht féachana a thomhas nó chun ábhar ó sheirbhísí eile a thaispeáint. Liostaítear ar an leathanach seo gach fianán a dhearbhaíonn an suíomh, cad chuige é, cé a chuireann é agus cé chomh fada a fhanann sé in bhur mbrabhsálaí.
policy-what-heading = Cad is fianán ann?
policy-what = Is éard is fianán ann píosa beag sonraí a bhfuil ainm air, a iarrann suíomh gréasáin ar bhur mbrabhsálaí a choinneáil. Stórálann an brabhsálaí é ar feadh tréimhse áirithe agus seolann sé ar ais chuig an suíomh sin é gach uair a fhilleann sibh air. Is féidir le fianáin sibh a choinneáil logáilte isteach, a bhfuil i gcairt siopadóireachta a mheabhrú, nó bhur mbrabhsálaí a aithint le himeacht ama chun cuairteanna a chomhaireamh nó chun fógraíocht a dhíriú oraibh.
policy-types-heading = Ceithre chineál fianán
policy-type-necessary-name = Fianáin riachtanacha
policy-type-necessary = Coinníonn siad faisnéis ó chuairt amháin go dtí an chéad chuairt eile ar an ngléas céanna, mar shampla cairt siopadóireachta, logáil isteach nó socrú comhéadain. Ní féidir leis an suíomh oibriú gan iad, agus mar sin cuirtear iad gan cead a iarraidh oraibh.
policy-type-statistics-name = Fianáin staitisticí
policy-type-statistics = Leanann siad a ndéanann cuairteoirí ar an suíomh chun a lucht féachana a thomhas. Nuair a bhíonn an tomhas anaithnidithe, sa chaoi nach féidir é a rianú siar chuig duine go deo, ní gá toiliú; is féidir libh diúltú dó mar sin féin.
policy-type-first-party-name = Fianáin chéadpháirtí
policy-type-first-party = Is é an suíomh a bhfuil sibh ag tabhairt cuairte air a chuireann iad. Seachas na cinn riachtanacha, is féidir leo sonraí pearsanta a bhailiú, bhur n-iompar ar an suíomh a leanúint nó fógraí a thaispeáint.
policy-type-third-party-name = Fianáin tríú páirtí
policy-type-third-party = Cuireann suíomh gréasáin eile iad, nó cuirtear iad thar a cheann (fógróir go minic), trí ábhar atá leabaithe ar an suíomh a bhfuil sibh ag tabhairt cuairte air. Is féidir leis an suíomh eile sin, dá bharr, a fháil amach cé na leathanaigh a d'fhéach sibh orthu agus faisnéis a bhailiú fúibh.
policy-list-heading = Fianáin an tsuímh { $site }
policy-none = Ní dhearbhaíonn an suíomh seo aon fhianán den chineál seo.
policy-choices-heading = Má athraíonn sibh bhur n-intinn
policy-choices = Is féidir libh bhur rogha a athrú nó a tharraingt siar am ar bith leis an gcnaipe “Socruithe fianán” atá ar gach leathanach de chuid an tsuímh { $site }. Níl sé níos deacra toiliú a tharraingt siar ná é a thabhairt.
policy-browser = Taispeánann bhur mbrabhsálaí freisin na fianáin a choinníonn sé, agus ligeann sé daoibh iad a scriosadh nó a bhlocáil, do gach suíomh nó do roinnt acu. Cuardaígí “fianáin” nó “sonraí suímh” ina shocruithe nó ina chabhair. Má bhlocálann sibh fianáin riachtanacha, d'fhéadfadh sé nach n-oibreodh an suíomh ina iomláine.
policy-version = Leagan an bheartais: { $version }
policy-services-heading = Seirbhísí ó chuideachtaí eile
policy-services = Tagann roinnt gnéithe den suíomh { $site } ó chuideachtaí eile, mar shampla físeán leabaithe, léarscáil nó uirlis chun lucht féachana a thomhas. Ní lódáiltear aon cheann acu go dtí go gceadaíonn sibh, sna socruithe fianán, an cineál fianán lena mbaineann sé, nó an tseirbhís áirithe sin. Liostaítear gach seirbhís anseo mar aon leis na fianáin a bhfuil sé ar eolas go gcuireann sí iad.
column-service = Seirbhís
column-category = Cineál fianán
policy-service-no-cookies = níl aon cheann ar eolas

category-necessary = Riachtanach
category-necessary-description = Ag teastáil chun go n-oibreoidh an suíomh; ar siúl i gcónaí.
category-preferences = Roghanna
category-preferences-description = Meabhraíonn siad roghanna a athraíonn cuma nó iompar an tsuímh, mar shampla réigiún nó socrú taispeána.
category-statistics = Staitisticí
category-statistics-description = Tomhaiseann siad lucht féachana an tsuímh chun é a fheabhsú.
category-marketing = Margaíocht
category-marketing-description = Fógraíocht, rianú ó shuíomh go suíomh agus ábhar leabaithe ó sheirbhísí eile, mar shampla físeáin.

column-provider = Soláthraí
column-function = Feidhm agus áit
column-names = Ainm nó ainmneacha an fhianáin
column-purpose = Cuspóir
column-duration = Fad ama
column-party = Páirtí
party-first = Céadpháirtí
party-third = Tríú páirtí
name-prefix = aon ainm a bhfuil { $prefix } ag a thús
exempt-note = Tomhas anaithnidithe ar an lucht féachana: ar siúl gan toiliú, ach is féidir libh diúltú dó.
domain-note = curtha ar an bhfearann { $domain }

duration-session = Go dtí go ndúntar an brabhsálaí
duration-hour = { $n ->
    [one] { $n } uair an chloig
    [two] { $n } uair an chloig
    [few] { $n } huaire an chloig
    [many] { $n } n-uaire an chloig
   *[other] { $n } uair an chloig
}
duration-day = { $n ->
    [one] { $n } lá
    [two] { $n } lá
    [few] { $n } lá
    [many] { $n } lá
   *[other] { $n } lá
}
duration-week = { $n ->
    [one] { $n } seachtain
    [two] { $n } sheachtain
    [few] { $n } seachtaine
    [many] { $n } seachtaine
   *[other] { $n } seachtain
}
duration-month = { $n ->
    [one] { $n } mhí
    [two] { $n } mhí
    [few] { $n } mhí
    [many] { $n } mí
   *[other] { $n } mhí
}
duration-year = { $n ->
    [one] { $n } bhliain
    [two] { $n } bhliain
    [few] { $n } bliana
    [many] { $n } mbliana
   *[other] { $n } bliain
}

not-found-title = Níor aimsíodh an leathanach
not-found-text = Níl aon rud ag an seoladh seo.
not-found-site = Níl aon suíomh darb ainm “{ $slug }” á rialú anseo.
not-found-home = Na suíomhanna a rialaítear anseo

banner-title = Fianáin ar an suíomh { $site }
banner-text = Úsáideann an suíomh { $site } na fianáin a theastaíonn uaidh chun oibriú. Le bhur dtoiliú, d'úsáidfeadh sé fianáin eile freisin, chun a lucht féachana a thomhas agus chun ábhar ó sheirbhísí eile a thaispeáint. Tá sé chomh héasca diúltú agus atá sé glacadh leo, agus is féidir libh bhur n-intinn a athrú am ar bith.
banner-accept-all = Glacadh le gach ceann
banner-reject-all = Diúltú do gach ceann
banner-customise = Saincheapadh
banner-save = Mo roghanna a shábháil
banner-close = Dúnadh gan glacadh
banner-settings = Socruithe fianán
banner-policy-link = Beartas fianán
banner-gpc = Seolann bhur mbrabhsálaí an comhartha Global Privacy Control, agus mar sin fanann na fianáin mhargaíochta múchta.
banner-always-on = Ar siúl i gcónaí
banner-exempt = Ar siúl gan toiliú; is féidir libh é a mhúchadh.
banner-placeholder = Tá fianáin den chatagóir “{ $category }” ag teastáil ón ábhar seo.
banner-placeholder-accept = Fianáin “{ $category }” a cheadú
banner-opt-out-text = Úsáideann an suíomh { $site } fianáin chun oibriú, chun a lucht féachana a thomhas agus le haghaidh fógraíochta. Is féidir libh diúltú am ar bith do dhíol agus do chomhroinnt bhur bhfaisnéise pearsanta agus d'fhógraíocht spriocdhírithe.
banner-privacy-choices = Bhur roghanna príobháideachta
banner-gpc-honoured = Iarratas diúltaithe curtha i bhfeidhm
banner-notice-ok = Tuigim
banner-services = Seirbhísí den chineál seo

my-consent-title = Bhur roghanna fianán ar an suíomh { $site }
my-consent-none = Níl rogha déanta agaibh ar an suíomh seo fós: ní chuirtear ach na fianáin riachtanacha.
my-consent-none-starts-on = Níl rogha déanta agaibh ar an suíomh seo fós: san áit ina bhfuil sibh, tá fianáin an tsuímh ar siúl go dtí go múchfaidh sibh thíos iad.
my-consent-id = Aitheantas an toilithe
my-consent-date = Dáta an chinnidh
my-consent-change = Mo roghanna a athrú
my-consent-withdraw = Mo thoiliú a tharraingt siar
my-consent-back = Ar ais chuig an suíomh
my-consent-opt-out = Diúltú do dhíol, do chomhroinnt agus d'fhógraíocht spriocdhírithe
my-consent-opt-out-explained = Le gníomh amháin, stoptar díol agus comhroinnt bhur bhfaisnéise pearsanta agus an fhógraíocht spriocdhírithe ar an suíomh seo; fanann fianáin eile an tsuímh mar atá siad.
my-consent-opted-out = Dhiúltaigh sibh do dhíol, do chomhroinnt agus d'fhógraíocht spriocdhírithe ar an suíomh seo.
audience-heading = Tomhas lucht féachana
audience-explained = Chun a fháil amach cé na leathanaigh a léitear, comhairtear gach cuairt gan aon fhianán: ní úsáidtear an seoladh ná an brabhsálaí ach chun cuairteanna an lae chéanna a aithint óna chéile, agus ní choinnítear riamh iad. Ní féidir duine ar bith a aithint ó na háirimh seo, agus ní roinntear iad le haon duine.
audience-opt-out = Gan mo chuairteanna a chomhaireamh
audience-stop = Stop a chur le comhaireamh mo chuairteanna
audience-resume = Mo chuairteanna a chomhaireamh arís
audience-stopped = Ní chomhairtear bhur gcuairteanna.
stats-title = Staitisticí an tsuímh { $site }
stats-views = Amhairc ar leathanaigh
stats-visitors = Cuairteoirí
stats-visitors-note = Comhairtear cuairteoirí uair sa lá, gan fianáin: thar roinnt laethanta, comhairtear duine a d'fhill gach lá ar leith.
stats-audience = Amhairc ar leathanaigh agus cuairteoirí in aghaidh an lae
stats-top-path = Na leathanaigh is mó éileamh
stats-top-referrer = Príomhfhoinsí atreoraithe
stats-top-browser = Brabhsálaithe
stats-top-os = Córais oibriúcháin
stats-top-device = Gléasanna
stats-top-language = Teangacha
stats-none = (dada)
stats-decisions = Cinntí toilithe
stats-acceptance = Glacadh in aghaidh na catagóire (%)
stats-acceptance-language = Glacadh in aghaidh na teanga (%)
stats-undecided = Cuairteoirí nár chinn riamh (meastachán)
stats-nothing = Níor comhaireadh aon rud fós.
admin-statistics = Staitisticí
choice-on = Ar siúl
choice-off = Múchta

admin-login-title = cookiewarden: logáil isteach
admin-username = Ainm úsáideora
admin-password = Pasfhocal
admin-login-submit = Logáil isteach
admin-login-failed = Ainm úsáideora nó pasfhocal mícheart.
admin-login-locked = An iomarca iarrachtaí teipthe. Is féidir triail eile a bhaint as i gceann { $minutes } nóiméad.
admin-csrf-failed = Tá an fhoirm seo imithe in éag, nó seoladh ó shuíomh eile í. Ní mór an leathanach a athlódáil agus triail eile a bhaint as.
admin-login-busy = Tá an iomarca daoine ag logáil isteach faoi láthair. Is féidir triail eile a bhaint as i gceann tamaillín.
admin-home-title = Suíomhanna
admin-signed-in-as = Logáilte isteach mar { $user }
admin-logout = Logáil amach
admin-logout-everywhere = Logáil amach i ngach áit
admin-no-sites = Ní bhaineann sibh le haon suíomh fós; is féidir le riarthóir sibh a chur leis.
admin-site-policy = Beartas fianán
admin-role-admin = riarthóir
admin-role-editor = eagarthóir
admin-role-viewer = léitheoir
admin-consents = Loga toilithe
admin-consents-title = Loga toilithe an tsuímh { $site }
admin-consents-count = { $total ->
    [0] Ní mheaitseálann aon taifead
    [one] Meaitseálann taifead amháin
    [two] Meaitseálann { $total } thaifead
    [few] Meaitseálann { $total } thaifead
    [many] Meaitseálann { $total } dtaifead
   *[other] Meaitseálann { $total } taifead
}; { $shown } ar an leathanach seo.
admin-col-time = Taifeadta (UTC)
admin-col-id = Aitheantas an toilithe
admin-col-method = Modh
admin-col-choices = Ceadaithe
admin-col-language = Teanga
admin-col-rules = Réigiún agus rialacha
admin-filter-from = Ó
admin-filter-to = Go
admin-filter-method = Modh
admin-filter-any = aon cheann
admin-filter-id = Aitheantas an toilithe
admin-filter-submit = Scagadh
admin-export-csv = Íoslódáil mar CSV
admin-not-member = Ní bhaineann sibh leis an suíomh seo.
admin-bad-filter = Luach scagaire neamhbhailí `{ $value }`: scríobhtar dátaí mar BBBB-MM-LL, agus modhanna mar a taifeadadh iad.
admin-users = Úsáideoirí
admin-audit = Loga iniúchta
admin-col-user = Úsáideoir
admin-col-roles = Róil
admin-col-state = Staid
admin-col-actor = Cé
admin-col-action = Cad
admin-col-target = Ar
admin-col-before = Roimhe
admin-col-after = Ina dhiaidh
admin-state-active = gníomhach
admin-state-disabled = díchumasaithe
admin-disable = Díchumasú
admin-enable = Cumasú
admin-not-admin = Is iad na riarthóirí amháin atá in ann é seo a dhéanamh.
admin-not-yourself = Ní féidir libh bhur gcuntas féin a dhíchumasú.
admin-unknown-user = Níl a leithéid d'úsáideoir ann.
admin-settings = Socruithe
admin-settings-title = Socruithe an tsuímh { $site }
admin-field-name = Ainm
admin-field-origins = Bunáiteanna
admin-field-origins-help = Na seoltaí óna bhfreastalaítear an suíomh, ceann amháin ar gach líne, mar shampla https://www.example.org. Ní fhreagraíonn an meirge ach do leathanaigh ó na seoltaí sin.
admin-field-languages = Teangacha
admin-field-languages-help = Cóid teanga scartha le camóga, mar shampla en, fr.
admin-field-default-language = Teanga réamhshocraithe
admin-field-default-language-help = Úsáidtear í nuair nach n-iarrann brabhsálaí an chuairteora aon cheann de theangacha an tsuímh.
admin-field-consent-lifetime = Rogha coinnithe ar feadh
admin-field-consent-lifetime-help = An fad a mhaireann rogha cuairteora sula gcuireann an meirge an cheist arís, mar shampla 6 months; 13 mhí ar a mhéad.
admin-field-refusal-cooldown = Diúltú urramaithe ar feadh
admin-field-refusal-cooldown-help = An fad nach gcuireann an meirge an cheist arís tar éis diúltú do gach rud, fiú má athraíonn an beartas, mar shampla 6 months (an réamhshocrú); 400 lá ar a mhéad.
admin-field-cookie-domain = Fearann comhroinnte fianán
admin-field-cookie-domain-help = Máthairfhearann de gach bunáit, mar shampla example.org, ionas go roinnfidh a fhofhearainn go léir rogha amháin. Má fhágtar folamh é, coinneofar an rogha ar leith do gach óstríomhaire.
admin-field-default-region = Réigiún réamhshocraithe
admin-field-default-region-help = Réigiún na gcuairteoirí nach n-aimsíonn ceanntásc réigiúin bhur bhfreastalaí tosaigh: cód ISO 3166 mar FR nó US-CA. Má fhágtar folamh é, úsáidtear EU.
admin-field-regions = Rialacha de réir réigiúin
admin-field-regions-help = Líne amháin do gach riail, in ionad na rialacha réamhshocraithe (opt-out sna Stáit Aontaithe, opt-in in áiteanna eile): réigiúin, idirstad, opt-in, opt-out nó notice, agus más mian, an fad a urramaítear diúltú ansin, mar shampla US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Conair an bheartais fianán
admin-field-policy-path-help = An áit a bhfuil an beartas fianán ar an suíomh, mar shampla /cookies-policy.
admin-field-statistics-retention = Sonraí amha lucht féachana coinnithe ar feadh
admin-field-statistics-retention-help = 25 mhí ar a mhéad. Fanann na hiomláin laethúla tar éis na sonraí amha a scriosadh.
admin-field-statistics-query = Paraiméadair iarratais a choinnítear
admin-field-statistics-query-help = Paraiméadair a choinnítear i gconairí na leathanach a thomhaistear, scartha le camóga, mar shampla q, page. Má fhágtar folamh é, ní choinneofar ceann ar bith.
admin-field-statistics-cookie = Cuairteoirí a fhilleann a aithint
admin-field-statistics-cookie-help = Cuireann sé fianán céadpháirtí ar feadh 13 mhí, nach n-athnuaitear riamh, agus dearbhaíonn sé sa bheartas é.
admin-services = Seirbhísí
admin-services-help = Seirbhísí ó chuideachtaí eile a úsáideann an suíomh seo. Coinníonn an geata siar a gclibeanna go dtí go gceadaíonn an cuairteoir iad, agus liostaíonn an beartas iad mar aon lena bhfianáin. Déantar cur síos ar sheirbhísí an tsuímh féin, mar aon lena n-óstríomhairí agus a ngearrthóga cóid, ina chomhad sainmhínithe.
admin-services-none = Ní liostaíonn an suíomh seo aon seirbhís.
admin-service-add = An tseirbhís a chur leis
admin-service-remove = Baint
admin-service-own = de chuid an tsuímh féin
admin-service-catalogue = ón gcatalóg
admin-save = Sábháil
admin-saved = Sábháilte.
admin-missing-texts = Níl feidhm ná cuspóir scríofa don fhianán { $cookie } sna teangacha seo: { $languages }. Feiceann cuairteoirí a léann na teangacha sin an téacs sa teanga réamhshocraithe ({ $default }) ina ionad.
admin-read-only = Is féidir libh na socruithe seo a léamh; is iad na heagarthóirí agus na riarthóirí amháin a athraíonn iad.
admin-not-editor = Is iad eagarthóirí agus riarthóirí an tsuímh amháin atá in ann é a athrú.
admin-cookies = Fianáin dhearbhaithe
admin-col-pattern = Ainm
admin-col-category = Catagóir
admin-col-party = Páirtí
admin-col-duration = Fad ama
admin-col-provider = Soláthraí
admin-col-status = Stádas
admin-delete = Scriosadh
admin-unknown-cookie = Ní dhearbhaíonn an suíomh seo a leithéid d'fhianán.
admin-add-cookie = Fianán a dhearbhú
admin-field-cookie-name = Ainm
admin-field-cookie-name-help = Má chuirtear * ag a dheireadh, dearbhaítear gach fianán a thosaíonn leis.
admin-field-provider = Soláthraí
admin-field-category = Catagóir
admin-field-party = Páirtí
admin-field-party-help = first: curtha ag an suíomh féin; third: curtha ag fearann cuideachta eile.
admin-field-duration = Fad ama
admin-field-duration-help = Mar shampla 13 months, 1 day nó session.
admin-field-domain = Fearann
admin-field-domain-help = Roghnach: an fearann ar a gcuirtear an fianán, nuair nach é fearann an tsuímh féin é.
admin-field-path = Conair
admin-field-function = Feidhm agus áit
admin-field-function-help = Cad a dhéanann an fianán, agus cén áit ar an suíomh a gcuirtear é.
admin-field-purpose = Cuspóir
admin-field-purpose-help = An fáth a bhfuil sé ag teastáil ón suíomh, i bhfocail a thuigfidh cuairteoir.
admin-add = Cur leis
admin-field-exempt = Díolmhaithe ó thoiliú
admin-field-exempt-help = Ní cháilíonn ach tomhas céadpháirtí ar an lucht féachana a choinnítear ar feadh 13 mhí ar a mhéad.
admin-field-status = Stádas
admin-field-status-help = Fágtar dréacht as an mbeartas foilsithe go dtí go gcuirtear i ngníomh é.
admin-edit = Eagarthóireacht
admin-edit-cookie-title = Dearbhú an fhianáin { $name }
admin-preview = Réamhamharc ar an mbeartas
admin-preview-notice = Réamhamharc: an beartas mar a léifidh cuairteoirí é, { $drafts ->
    [0] gan aon dearbhú dréachta.
    [one] agus dearbhú dréachta amháin curtha i ngníomh.
    [two] agus { $drafts } dhearbhú dréachta curtha i ngníomh.
    [few] agus { $drafts } dhearbhú dréachta curtha i ngníomh.
    [many] agus { $drafts } ndearbhú dréachta curtha i ngníomh.
   *[other] agus { $drafts } dearbhú dréachta curtha i ngníomh.
}
admin-new-site = Suíomh nua
admin-field-slug = Aitheantóir
admin-field-slug-help = Litreacha beaga, digití agus fleiscíní. Bíonn sé le feiceáil i seoltaí, agus ní féidir é a athrú níos déanaí.
admin-create = Cruthú
admin-tokens = Comharthaí API
admin-api-document = Cur síos ar an API (OpenAPI)
admin-token-created = Seo é an comhartha nua. Ní mór é a chóipeáil anois: ní thaispeánfar arís é.
admin-field-label = Lipéad
admin-field-sites = Suíomhanna
admin-field-access = Rochtain
admin-access-read = léamh amháin
admin-access-write = léamh agus scríobh
admin-all-sites = gach suíomh a bhfuil sibh ag obair air
admin-col-created = Cruthaithe (UTC)
admin-col-last-used = Úsáidte go deireanach (UTC)
admin-revoke = Cúlghairm
admin-no-tokens = Níl aon chomhartha ann fós.
admin-new-token = Comhartha nua
admin-unknown-token = Níl a leithéid de chomhartha ann.
admin-add-user = Úsáideoir a chur leis
admin-field-role = Ról
admin-field-member-of = Suíomhanna
admin-field-member-of-help = Na suíomhanna a n-oibríonn eagarthóir nó léitheoir orthu; oibríonn riarthóir ar gach ceann acu.
admin-texts = Téacsanna an mheirge agus an bheartais
admin-texts-help = Scríobhaigí focail an tsuímh féin i ngach ceann dá theangacha; má fhágtar réimse folamh, coinnítear téacs an ardáin, a thaispeántar ann i liath.
admin-field-banner-title = Ceannteideal an mheirge
admin-field-banner-text = Alt an mheirge
admin-field-policy-intro = Alt tosaigh an bheartais

admin-nav = Cúloifig
admin-site-nav = Leathanaigh an tsuímh { $site }
admin-older = Taifid níos sine
admin-newer = Taifid níos nuaí
admin-show-oldest = Na cinn is sine a thaispeáint ar dtús
admin-show-newest = Na cinn is nuaí a thaispeáint ar dtús
admin-confirm-title = Deimhniú
admin-confirm-delete-cookie = An bhfuil sibh ag iarraidh dearbhú an fhianáin { $name } a scriosadh? Fágann an fianán an beartas foilsithe láithreach; fanann na taifid toilithe atá coinnithe cheana mar atá siad.
admin-confirm-revoke-token = An bhfuil sibh ag iarraidh an comhartha “{ $label }” a chúlghairm? Diúltófar d'aon script a úsáideann é as seo amach.
admin-cancel = Cealú
admin-sorted-ascending = sórtáilte in ord ardaitheach
admin-sorted-descending = sórtáilte in ord íslitheach
admin-pages = Leathanaigh an tábla
stats-show-numbers = Na figiúirí
stats-demo-data = Sonraí taispeána sintéiseacha iad na figiúirí seo, a cruthaíodh nuair a tosaíodh an taispeántas ar bhunachar sonraí folamh.
admin-col-links = Nascanna
admin-newest = Na hathruithe is déanaí
admin-older-changes = Athruithe níos sine
