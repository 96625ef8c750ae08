# It-testi tal-paġni li jservi cookiewarden, bil-Malti. Kull messaġġ ta' dan il-fajl jinsab ukoll
# f'en.ftl; test tal-unità jiżgura li ż-żewġ fajls jibqgħu jaqblu.

language-name = Malti
language-label = Lingwa
language-submit = Ibdlu l-lingwa

index-title = Siti ġestiti minn din il-pjattaforma
index-intro = Kull sit hawn taħt jippubblika l-cookies li juża, għal xiex iservu u kemm idumu.
index-policy-link = Politika dwar il-cookies
index-platform = Il-cookies ta' din il-pjattaforma stess

policy-title = Politika dwar il-cookies ta' { $site }
policy-why-heading = Għaliex is-sit { $site } juża l-cookies
policy-why = Is-sit { $site } għandu bżonn ftit cookies biex jaħdem kif tistennew. Bil-kunsens tagħkom jista' juża oħrajn ukoll, biex ikejjel l-udjenza tiegħu jew biex juri kontenut minn servizzi oħra. Din il-paġna telenka kull cookie li jiddikjara s-sit, għal xiex iservi, min ipoġġih u kemm jibqa' fil-browser tagħkom.
policy-what-heading = X'inhu cookie?
policy-what = Cookie huwa biċċa żgħira ta' data b'isem, li sit web jitlob lill-browser tagħkom iżommha. Il-browser jaħżinha għal żmien stabbilit u jibgħatha lura lil dak is-sit kull darba li terġgħu żżuruh. Il-cookies jistgħu jżommu s-sessjoni tagħkom miftuħa, jiftakru x'hemm f'karrettun tax-xiri, jew jagħrfu l-browser tagħkom maż-żmien biex jgħoddu ż-żjarat jew biex jimmiraw ir-reklami.
policy-types-heading = Erba' tipi ta' cookies
policy-type-necessary-name = Cookies neċessarji
policy-type-necessary = iżommu informazzjoni minn żjara għall-oħra fuq l-istess apparat, bħal karrettun tax-xiri, id-dħul fil-kont jew issettjar tal-interfaċċa. Is-sit ma jistax jaħdem mingħajrhom, għalhekk jitpoġġew mingħajr ma jintalab il-kunsens tagħkom.
policy-type-statistics-name = Cookies tal-istatistika
policy-type-statistics = isegwu x'jagħmlu l-viżitaturi fis-sit biex titkejjel l-udjenza tiegħu. Meta l-kejl ikun anonimizzat, b'mod li qatt ma jista' jintrabat ma' persuna, ma jeħtieġx kunsens; xorta waħda tistgħu tirrifjutawh.
policy-type-first-party-name = Cookies tal-ewwel parti
policy-type-first-party = jitpoġġew mis-sit li qed iżżuru. Minbarra dawk neċessarji, jistgħu jiġbru data personali, isegwu l-imġiba tagħkom fis-sit jew juru reklami.
policy-type-third-party-name = Cookies ta' partijiet terzi
policy-type-third-party = jitpoġġew minn sit web ieħor jew f'ismu, ħafna drabi kumpanija tar-reklamar, permezz ta' kontenut inkorporat fis-sit li qed iżżuru. Dawn jippermettu lil dak is-sit l-ieħor isir jaf liema paġni rajtu u jiġbor informazzjoni dwarkom.
policy-list-heading = Il-cookies ta' { $site }
policy-none = Dan is-sit ma jiddikjara l-ebda cookie ta' dan it-tip.
policy-choices-heading = Jekk tibdlu fehmitkom
policy-choices = Tistgħu tibdlu jew tirtiraw l-għażla tagħkom meta tridu bil-buttuna “Issettjar tal-cookies”, li tidher f'kull paġna ta' { $site }. L-irtirar tal-kunsens ma jitlobx aktar sforz milli tagħtuh.
policy-browser = Il-browser tagħkom ukoll juri l-cookies li jżomm u jħallikom tħassruhom jew timblokkawhom, għas-siti kollha jew għal xi wħud minnhom. Fittxu “cookies” jew “data tas-siti” fl-issettjar jew fl-għajnuna tiegħu. Jekk timblokkaw il-cookies neċessarji, xi partijiet tas-sit jistgħu ma jaħdmux.
policy-version = Verżjoni tal-politika { $version }
policy-services-heading = Servizzi minn kumpaniji oħra
policy-services = Xi funzjonijiet ta' { $site } ġejjin minn kumpaniji oħra, bħal vidjo inkorporat, mappa jew għodda biex titkejjel l-udjenza. L-ebda wieħed minn dawn is-servizzi ma jitgħabba qabel ma tippermettu, fl-issettjar tal-cookies, it-tip ta' cookies tiegħu jew dak is-servizz waħdu. Kull wieħed jidher hawn bil-cookies li hu magħruf li jpoġġi.
column-service = Servizz
column-category = Tip ta' cookies
policy-service-no-cookies = l-ebda wieħed magħruf

category-necessary = Neċessarji
category-necessary-description = Meħtieġin biex is-sit jaħdem; dejjem attivi.
category-preferences = Preferenzi
category-preferences-description = Jiftakru għażliet li jibdlu kif jidher jew kif jaħdem is-sit, bħal reġjun jew issettjar tal-wiri.
category-statistics = Statistika
category-statistics-description = Ikejlu l-udjenza tas-sit biex itejbuh.
category-marketing = Kummerċjalizzazzjoni
category-marketing-description = Reklamar, intraċċar minn sit għal ieħor u kontenut inkorporat minn servizzi oħra, bħal vidjows.

column-provider = Fornitur
column-function = Funzjoni u post
column-names = Isem jew ismijiet tal-cookie
column-purpose = Għan
column-duration = Tul ta' żmien
column-party = Parti
party-first = L-ewwel parti
party-third = Parti terza
name-prefix = kwalunkwe isem li jibda bil-prefiss { $prefix }
exempt-note = Kejl anonimizzat tal-udjenza: attiv mingħajr kunsens, iżda tistgħu tirrifjutawh.
domain-note = jitpoġġa fuq id-dominju { $domain }

duration-session = Sakemm jingħalaq il-browser
duration-hour = { $n ->
    [one] { $n } siegħa
    [few] { $n } sigħat
    [many] { $n }-il siegħa
   *[other] { $n } siegħa
}
duration-day = { $n ->
    [one] { $n } jum
    [few] { $n } ijiem
    [many] { $n }-il jum
   *[other] { $n } jum
}
duration-week = { $n ->
    [one] { $n } ġimgħa
    [few] { $n } ġimgħat
    [many] { $n }-il ġimgħa
   *[other] { $n } ġimgħa
}
duration-month = { $n ->
    [one] { $n } xahar
    [few] { $n } xhur
    [many] { $n }-il xahar
   *[other] { $n } xahar
}
duration-year = { $n ->
    [one] { $n } sena
    [few] { $n } snin
    [many] { $n }-il sena
   *[other] { $n } sena
}

not-found-title = Il-paġna ma nstabitx
not-found-text = M'hemm xejn f'dan l-indirizz.
not-found-site = L-ebda sit bl-isem “{ $slug }” mhu ġestit hawn.
not-found-home = Araw is-siti ġestiti hawn

banner-title = Cookies fuq { $site }
banner-text = Is-sit { $site } juża l-cookies li għandu bżonn biex jaħdem. Jekk tagħtu l-kunsens tagħkom, juża wkoll oħrajn, biex ikejjel l-udjenza tiegħu u biex juri kontenut minn servizzi oħra. Li tirrifjutaw huwa faċli daqs li taċċettaw, u tistgħu tibdlu fehmitkom meta tridu.
banner-accept-all = Aċċettaw kollox
banner-reject-all = Irrifjutaw kollox
banner-customise = Agħżlu
banner-save = Salvaw l-għażliet
banner-close = Agħlqu mingħajr ma taċċettaw
banner-settings = Issettjar tal-cookies
banner-policy-link = Politika dwar il-cookies
banner-gpc = Il-browser tagħkom jibgħat is-sinjal Global Privacy Control, għalhekk il-cookies tal-kummerċjalizzazzjoni jibqgħu mitfija.
banner-always-on = Dejjem attivi
banner-exempt = Attiv mingħajr kunsens; tistgħu titfuh.
banner-placeholder = Dan il-kontenut jeħtieġ cookies tal-kategorija “{ $category }”.
banner-placeholder-accept = Ippermettu l-cookies “{ $category }”
banner-opt-out-text = Is-sit { $site } juża l-cookies biex jaħdem, biex ikejjel l-udjenza tiegħu u għar-reklamar. Tistgħu f'kull ħin tirrifjutaw il-bejgħ u l-qsim tal-informazzjoni personali tagħkom, kif ukoll ir-reklamar immirat.
banner-privacy-choices = L-għażliet tagħkom dwar il-privatezza
banner-gpc-honoured = It-talba ta' rifjut ġiet rispettata
banner-notice-ok = Fhimt
banner-services = Servizzi ta' dan it-tip

my-consent-title = L-għażliet tagħkom dwar il-cookies fuq { $site }
my-consent-none = Għadkom ma għamiltu l-ebda għażla fuq dan is-sit: jintużaw biss il-cookies neċessarji.
my-consent-none-starts-on = Għadkom ma għamiltu l-ebda għażla fuq dan is-sit: fejn tinsabu, il-cookies tiegħu huma attivi sakemm ma titfuhomx hawn taħt.
my-consent-id = ID tal-kunsens
my-consent-date = Data tad-deċiżjoni
my-consent-change = Ibdlu l-għażliet
my-consent-withdraw = Irtiraw il-kunsens
my-consent-back = Lura għas-sit
my-consent-opt-out = Irrifjutaw il-bejgħ, il-qsim u r-reklamar immirat
my-consent-opt-out-explained = Azzjoni waħda twaqqaf il-bejgħ u l-qsim tal-informazzjoni personali tagħkom, kif ukoll ir-reklamar immirat, fuq dan is-sit; il-cookies l-oħra tas-sit jibqgħu kif inhuma.
my-consent-opted-out = Irrifjutajtu l-bejgħ, il-qsim u r-reklamar immirat fuq dan is-sit.
audience-heading = Kejl tal-udjenza
audience-explained = Biex inkunu nafu liema paġni jinqraw, kull żjara tingħadd mingħajr ebda cookie: l-indirizz u l-browser jintużaw biss biex jiddistingwu ż-żjarat tal-istess jum minn xulxin, u qatt ma jinżammu. Ħadd ma jista' jiġi identifikat minn dawn iċ-ċifri, u dawn ma jinqasmux ma' ħadd.
audience-opt-out = Iż-żjarat tiegħi ma jingħaddux
audience-stop = Waqqfu l-għadd taż-żjarat tiegħi
audience-resume = Erġgħu għoddu ż-żjarat tiegħi
audience-stopped = Iż-żjarat tagħkom mhumiex jingħaddu.
stats-title = Statistika ta' { $site }
stats-views = Wiri tal-paġni
stats-visitors = Viżitaturi
stats-visitors-note = Il-viżitaturi jingħaddu darba kuljum, mingħajr cookies: fuq diversi jiem, persuna li terġa' tiġi tingħadd kull jum.
stats-audience = Wiri tal-paġni u viżitaturi kuljum
stats-top-path = L-aktar paġni miżjura
stats-top-referrer = Is-siti ewlenin li jirreferu
stats-top-browser = Il-browsers
stats-top-os = Sistemi operattivi
stats-top-device = Apparati
stats-top-language = Lingwi
stats-none = (xejn)
stats-decisions = Deċiżjonijiet dwar il-kunsens
stats-acceptance = Aċċettazzjoni skont il-kategorija (%)
stats-acceptance-language = Aċċettazzjoni skont il-lingwa (%)
stats-undecided = Viżitaturi li qatt ma ddeċidew (stima)
stats-nothing = Għadu ma ngħadd xejn.
admin-statistics = Statistika
choice-on = Mixgħul
choice-off = Mitfi

admin-login-title = Idħlu f'cookiewarden
admin-username = Isem tal-utent
admin-password = Kelma sigrieta
admin-login-submit = Idħlu
admin-login-failed = Isem tal-utent jew kelma sigrieta żbaljati.
admin-login-locked = Wisq tentattivi li fallew. Erġgħu ppruvaw wara { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuti
    [many] { $minutes }-il minuta
   *[other] { $minutes } minuta
}.
admin-csrf-failed = Din il-formola skadiet jew intbagħtet minn sit ieħor. Aġġornaw il-paġna u erġgħu ppruvaw.
admin-login-busy = Bħalissa qed jidħlu wisq nies. Jekk jogħġobkom, erġgħu ppruvaw fi ftit ħin.
admin-home-title = Siti
admin-signed-in-as = Dħaltu bħala { $user }
admin-logout = Oħorġu
admin-logout-everywhere = Oħorġu minn kullimkien
admin-no-sites = Għadkom m'intom membri tal-ebda sit; amministratur jista' jżidkom.
admin-site-policy = Politika dwar il-cookies
admin-role-admin = amministratur
admin-role-editor = editur
admin-role-viewer = qarrej
admin-consents = Reġistru tal-kunsensi
admin-consents-title = Reġistru tal-kunsensi ta' { $site }
admin-consents-count = { $total ->
    [0] L-ebda rekord ma jaqbel
    [one] Jaqbel rekord wieħed
    [few] Jaqblu { $total } rekords
    [many] Jaqblu { $total }-il rekord
   *[other] Jaqblu { $total } rekord
}; { $shown } f'din il-paġna.
admin-col-time = Irreġistrat (UTC)
admin-col-id = ID tal-kunsens
admin-col-method = Metodu
admin-col-choices = Aċċettat
admin-col-language = Lingwa
admin-col-rules = Reġjun u regoli
admin-filter-from = Minn
admin-filter-to = Sa
admin-filter-method = Metodu
admin-filter-any = kwalunkwe
admin-filter-id = ID tal-kunsens
admin-filter-submit = Iffiltraw
admin-export-csv = Niżżlu bħala CSV
admin-not-member = M'intomx membri ta' dan is-sit.
admin-bad-filter = Valur tal-filtru `{ $value }` mhux validu: id-dati jinkitbu SSSS-XX-JJ, u l-metodi kif ġew irreġistrati.
admin-users = Utenti
admin-audit = Reġistru tal-verifika
admin-col-user = Utent
admin-col-roles = Rwoli
admin-col-state = Stat
admin-col-actor = Min
admin-col-action = X'sar
admin-col-target = Fuq xiex
admin-col-before = Qabel
admin-col-after = Wara
admin-state-active = attiv
admin-state-disabled = diżattivat
admin-disable = Iddiżattivaw
admin-enable = Attivaw
admin-not-admin = L-amministraturi biss jistgħu jagħmlu dan.
admin-not-yourself = Ma tistgħux tiddiżattivaw il-kont tagħkom stess.
admin-unknown-user = M'hemmx utent bħal dan.
admin-settings = Issettjar
admin-settings-title = Issettjar ta' { $site }
admin-field-name = Isem
admin-field-origins = Oriġini
admin-field-origins-help = L-indirizzi li minnhom jiġi servut is-sit, wieħed f'kull linja, bħal https://www.example.org. Il-banner iwieġeb biss lill-paġni minn dawn l-indirizzi.
admin-field-languages = Lingwi
admin-field-languages-help = Kodiċijiet tal-lingwi separati b'virgoli, bħal en, fr.
admin-field-default-language = Lingwa prestabbilita
admin-field-default-language-help = Tintuża meta l-browser tal-viżitatur ma jitlob l-ebda waħda mil-lingwi tas-sit.
admin-field-consent-lifetime = Għażla tinżamm għal
admin-field-consent-lifetime-help = Kemm iddum l-għażla ta' viżitatur qabel ma l-banner jistaqsi mill-ġdid, bħal 6 months; mhux aktar minn 13-il xahar.
admin-field-refusal-cooldown = Rifjut rispettat għal
admin-field-refusal-cooldown-help = Kemm idum il-banner ma jistaqsix mill-ġdid wara rifjut ta' kollox, anke jekk tinbidel il-politika, bħal 6 months (il-valur prestabbilit); mhux aktar minn 400 jum.
admin-field-cookie-domain = Dominju komuni tal-cookies
admin-field-cookie-domain-help = Dominju ġenitur tal-oriġini kollha, bħal example.org, biex is-sottodominji kollha tiegħu jaqsmu għażla waħda. Ħallu vojt biex l-għażla tinżamm separata għal kull server.
admin-field-default-region = Reġjun prestabbilit
admin-field-default-region-help = Ir-reġjun tal-viżitaturi li l-intestatura tar-reġjun tas-server ta' quddiem tagħkom ma ssibx: kodiċi ISO 3166 bħal FR jew US-CA. Ħallu vojt għall-EU.
admin-field-regions = Regoli skont ir-reġjun
admin-field-regions-help = Linja għal kull regola, minflok dawk prestabbiliti (opt-out fl-Istati Uniti, opt-in kullimkien ieħor): ir-reġjuni, żewġ punti, opt-in, opt-out jew notice, u jekk tridu, kemm jiġi rispettat rifjut hemmhekk, bħal US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Mogħdija tal-politika dwar il-cookies
admin-field-policy-path-help = Fejn tinsab il-politika dwar il-cookies fis-sit, bħal /cookies-policy.
admin-field-statistics-retention = Data mhux ipproċessata tal-udjenza tinżamm għal
admin-field-statistics-retention-help = Mhux aktar minn 25 xahar. It-totali ta' kuljum jibqgħu wara li titħassar id-data mhux ipproċessata.
admin-field-statistics-query = Parametri tal-mistoqsija li jinżammu
admin-field-statistics-query-help = Il-parametri li jinżammu fil-mogħdijiet tal-paġni mkejla, separati b'virgoli, bħal q, page. Ħallu vojt biex ma jinżamm l-ebda wieħed.
admin-field-statistics-cookie = Għarfien tal-viżitaturi li jerġgħu jiġu
admin-field-statistics-cookie-help = Ipoġġi cookie tal-ewwel parti għal 13-il xahar, li qatt ma jiġġedded, u jiddikjarah fil-politika.
admin-services = Servizzi
admin-services-help = Servizzi minn kumpaniji oħra li juża dan is-sit. Il-gateway iżomm lura t-tags tagħhom sakemm il-viżitatur jippermettihom, u l-politika telenkahom flimkien mal-cookies tagħhom. Is-servizzi tas-sit stess, bil-hosts u l-biċċiet ta' kodiċi tagħhom, huma deskritti fil-fajl tad-definizzjoni tiegħu.
admin-services-none = Dan is-sit ma jelenka l-ebda servizz.
admin-service-add = Żidu s-servizz
admin-service-remove = Neħħu
admin-service-own = tas-sit stess
admin-service-catalogue = mill-katalgu
admin-save = Salvaw
admin-saved = Salvat.
admin-missing-texts = Il-cookie { $cookie } m'għandux funzjoni jew għan miktub f'dawn il-lingwi: { $languages }. Il-viżitaturi li jaqraw dawk il-lingwi jaraw minflok it-test fil-lingwa prestabbilita ({ $default }).
admin-read-only = Tistgħu taqraw dan l-issettjar; l-edituri u l-amministraturi biss jistgħu jibdluh.
admin-not-editor = L-edituri u l-amministraturi tas-sit biss jistgħu jibdluh.
admin-cookies = Cookies iddikjarati
admin-col-pattern = Isem
admin-col-category = Kategorija
admin-col-party = Parti
admin-col-duration = Tul ta' żmien
admin-col-provider = Fornitur
admin-col-status = Stadju
admin-delete = Ħassru
admin-unknown-cookie = Dan is-sit ma jiddikjara l-ebda cookie bħal dan.
admin-add-cookie = Iddikjaraw cookie
admin-field-cookie-name = Isem
admin-field-cookie-name-help = Temmuh b'asterisk (*) biex tiddikjaraw kull cookie li jibda bih.
admin-field-provider = Fornitur
admin-field-category = Kategorija
admin-field-party = Parti
admin-field-party-help = first: jitpoġġa mis-sit innifsu; third: jitpoġġa mid-dominju ta' kumpanija oħra.
admin-field-duration = Tul ta' żmien
admin-field-duration-help = Bħal 13 months, 1 day jew session.
admin-field-domain = Dominju
admin-field-domain-help = Mhux obbligatorju: id-dominju li fuqu jitpoġġa l-cookie, meta ma jkunx dak tas-sit stess.
admin-field-path = Mogħdija
admin-field-function = Funzjoni u post
admin-field-function-help = X'jagħmel il-cookie, u f'liema parti tas-sit jitpoġġa.
admin-field-purpose = Għan
admin-field-purpose-help = Għaliex is-sit għandu bżonnu, bi kliem li viżitatur jifhem.
admin-add = Żidu
admin-field-exempt = Eżenti mill-kunsens
admin-field-exempt-help = Jikkwalifika biss il-kejl tal-udjenza tal-ewwel parti li jinżamm mhux aktar minn 13-il xahar.
admin-field-status = Stadju
admin-field-status-help = Abbozz jitħalla barra mill-politika ppubblikata sakemm isir attiv.
admin-edit = Editjaw
admin-edit-cookie-title = Dikjarazzjoni ta' { $name }
admin-preview = Dehra minn qabel tal-politika
admin-preview-notice = Dehra minn qabel: il-politika kif se jaqrawha l-viżitaturi, { $drafts ->
    [0] mingħajr ebda dikjarazzjoni f'abbozz.
    [one] b'dikjarazzjoni waħda f'abbozz li saret attiva.
    [few] b'{ $drafts } dikjarazzjonijiet f'abbozz li saru attivi.
    [many] b'{ $drafts }-il dikjarazzjoni f'abbozz li saru attivi.
   *[other] b'{ $drafts } dikjarazzjoni f'abbozz li saru attivi.
}
admin-new-site = Sit ġdid
admin-field-slug = Identifikatur
admin-field-slug-help = Ittri żgħar, ċifri u lineetti. Jidher fl-indirizzi u ma jistax jinbidel aktar tard.
admin-create = Oħolqu
admin-tokens = Tokens tal-API
admin-api-document = Deskrizzjoni tal-API (OpenAPI)
admin-token-created = Dan hu t-token il-ġdid. Ikkupjawh issa: mhux se jerġa' jintwera.
admin-field-label = Tikketta
admin-field-sites = Siti
admin-field-access = Aċċess
admin-access-read = qari biss
admin-access-write = qari u kitba
admin-all-sites = is-siti kollha li taħdmu fuqhom
admin-col-created = Maħluq (UTC)
admin-col-last-used = L-aħħar użu (UTC)
admin-revoke = Irrevokaw
admin-no-tokens = Għad m'hemm l-ebda token.
admin-new-token = Token ġdid
admin-unknown-token = M'hemmx token bħal dan.
admin-add-user = Żidu utent
admin-field-role = Rwol
admin-field-member-of = Siti
admin-field-member-of-help = Is-siti li fuqhom jaħdem editur jew qarrej; amministratur jaħdem fuqhom kollha.
admin-texts = Testi tal-banner u tal-politika
admin-texts-help = Iktbu l-kliem tas-sit stess f'kull waħda mil-lingwi tiegħu; qasam li jitħalla vojt iżomm it-test tal-pjattaforma, li jidher fih bil-griż.
admin-field-banner-title = Titlu tal-banner
admin-field-banner-text = Paragrafu tal-banner
admin-field-policy-intro = Paragrafu tal-bidu tal-politika

admin-nav = Amministrazzjoni
admin-site-nav = Paġni ta' { $site }
admin-older = Rekords eqdem
admin-newer = Rekords aktar ġodda
admin-show-oldest = Uru l-eqdem l-ewwel
admin-show-newest = Uru l-aktar ġodda l-ewwel
admin-confirm-title = Ikkonfermaw, jekk jogħġobkom
admin-confirm-delete-cookie = Tħassru d-dikjarazzjoni ta' { $name }? Il-cookie joħroġ minnufih mill-politika ppubblikata; ir-rekords tal-kunsens li diġà nżammu jibqgħu kif inhuma.
admin-confirm-revoke-token = Tirrevokaw it-token “{ $label }”? Kull skript li jużah jiġi rrifjutat minn issa 'l quddiem.
admin-cancel = Ikkanċellaw
admin-sorted-ascending = issortjat f'ordni axxendenti
admin-sorted-descending = issortjat f'ordni dixxendenti
admin-pages = Paġni tat-tabella
stats-show-numbers = In-numri
stats-demo-data = Dawn iċ-ċifri huma data sintetika ta' dimostrazzjoni, maħluqa meta d-dimostrazzjoni bdiet b'database vojta.
admin-col-links = Morru għal
admin-newest = L-aktar bidliet riċenti
admin-older-changes = Bidliet eqdem
