# Textos de les pàgines que serveix cookiewarden, en català. Cada missatge també existeix a
# en.ftl; una prova unitària manté els dos fitxers sincronitzats.

language-name = Català
language-label = Llengua
language-submit = Canviar la llengua

index-title = Llocs web gestionats per aquesta plataforma
index-intro = Cada lloc web d’aquesta llista publica les galetes que instal·la, per a què serveixen i quant de temps es conserven.
index-policy-link = Política de galetes
index-platform = Les galetes d’aquesta plataforma

policy-title = Política de galetes de { $site }
policy-why-heading = Per què { $site } utilitza galetes
policy-why = { $site } necessita algunes galetes per funcionar com vostè espera. Amb el seu consentiment, en pot fer servir d’altres per mesurar-ne l’audiència o mostrar continguts d’altres serveis. Aquesta pàgina enumera totes les galetes declarades: per a què serveixen, qui les instal·la i quant de temps es queden al seu navegador.
policy-what-heading = Què és una galeta?
policy-what = Una galeta és una petita dada, identificada amb un nom, que un lloc web demana al seu navegador que guardi. El navegador la conserva durant un temps determinat i la retorna a aquest lloc cada vegada que vostè hi torna. Les galetes serveixen, per exemple, per mantenir la seva sessió iniciada, recordar el contingut d’un cistell de la compra o reconèixer el seu navegador al llarg del temps per comptar les visites o mostrar publicitat dirigida.
policy-types-heading = Quatre tipus de galetes
policy-type-necessary-name = Galetes tècniques o necessàries
policy-type-necessary = conserven informació d’una visita a l’altra en el mateix dispositiu, com ara un cistell, un inici de sessió o un paràmetre de la interfície. El lloc no pot funcionar sense aquestes galetes, per això s’instal·len sense demanar-li permís.
policy-type-statistics-name = Galetes d’anàlisi
policy-type-statistics = registren què fan els visitants al lloc per mesurar-ne l’audiència. Quan la mesura és anonimitzada, de manera que mai no es pot vincular a una persona, no cal consentiment; tot i així, vostè s’hi pot oposar.
policy-type-first-party-name = Galetes pròpies
policy-type-first-party = són les que instal·la el mateix lloc web que vostè visita. A més de les necessàries, poden recollir dades personals, seguir el seu comportament al lloc o mostrar publicitat.
policy-type-third-party-name = Galetes de tercers
policy-type-third-party = són les que instal·la un altre lloc web, sovint un anunciant, o algú en nom seu, mitjançant contingut incrustat al lloc que vostè visita. Permeten a aquest altre lloc saber quines pàgines ha consultat i recollir informació sobre vostè.
policy-list-heading = Les galetes de { $site }
policy-none = Aquest lloc no declara cap galeta d’aquest tipus.
policy-choices-heading = Canviar d’opinió
policy-choices = Pot modificar o retirar la seva elecció en qualsevol moment amb l’opció «Configuració de galetes», present a totes les pàgines de { $site }. Retirar el consentiment és tan fàcil com donar-lo.
policy-browser = El seu navegador també mostra les galetes que guarda i li permet suprimir-les o bloquejar-les, per a tots els llocs o només per a alguns. Cerqui «galetes», «cookies» o «dades dels llocs» a la configuració o a l’ajuda del navegador. Si bloqueja les galetes necessàries, és possible que algunes parts del lloc deixin de funcionar.
policy-version = Versió { $version } de la política
policy-services-heading = Serveis d’altres empreses
policy-services = Algunes funcions de { $site } provenen d’altres empreses, com ara un vídeo incrustat, un mapa o una eina de mesura d’audiència. Cap no es carrega fins que vostè no autoritza, a la configuració de galetes, el tipus de galetes a què pertany o aquell servei en concret. Aquí les trobarà totes, cadascuna amb les galetes que se sap que instal·la.
column-service = Servei
column-category = Tipus de galetes
policy-service-no-cookies = no se’n coneix cap

category-necessary = Necessàries
category-necessary-description = Imprescindibles perquè el lloc funcioni; sempre actives.
category-preferences = Preferències
category-preferences-description = Recorden opcions que canvien l’aspecte o el comportament del lloc, com ara una regió o un paràmetre de visualització.
category-statistics = Estadístiques
category-statistics-description = Mesuren l’audiència del lloc per millorar-lo.
category-marketing = Màrqueting
category-marketing-description = Publicitat, seguiment entre llocs web i contingut incrustat d’altres serveis, com ara vídeos.

column-provider = Proveïdor
column-function = Funció i ubicació
column-names = Nom(s) de la galeta
column-purpose = Finalitat
column-duration = Durada
column-party = Titularitat
party-first = Pròpia
party-third = De tercers
name-prefix = qualsevol nom que comenci per { $prefix }
exempt-note = Mesura d’audiència anonimitzada: activa sense consentiment; s’hi pot oposar.
domain-note = instal·lada a { $domain }

duration-session = Fins que es tanca el navegador
duration-hour = { $n ->
    [one] { $n } hora
   *[other] { $n } hores
}
duration-day = { $n ->
    [one] { $n } dia
   *[other] { $n } dies
}
duration-week = { $n ->
    [one] { $n } setmana
   *[other] { $n } setmanes
}
duration-month = { $n ->
    [one] { $n } mes
   *[other] { $n } mesos
}
duration-year = { $n ->
    [one] { $n } any
   *[other] { $n } anys
}

not-found-title = No s’ha trobat la pàgina
not-found-text = No hi ha res en aquesta adreça.
not-found-site = Aquí no es gestiona cap lloc anomenat «{ $slug }».
not-found-home = Veure els llocs gestionats aquí

banner-title = Galetes a { $site }
banner-text = { $site } instal·la les galetes que necessita per funcionar. Amb el seu consentiment, també en faria servir d’altres, per mesurar l’audiència i mostrar continguts d’altres serveis. Rebutjar és tan fàcil com acceptar, i pot canviar d’opinió en qualsevol moment.
banner-accept-all = Acceptar-ho tot
banner-reject-all = Rebutjar-ho tot
banner-customise = Personalitzar
banner-save = Desar les opcions
banner-close = Tancar sense acceptar
banner-settings = Configuració de galetes
banner-policy-link = Política de galetes
banner-gpc = El seu navegador envia el senyal Global Privacy Control, de manera que les galetes de màrqueting es mantenen desactivades.
banner-always-on = sempre actives
banner-exempt = Mesura anònima: activa sense consentiment; la pot desactivar.
banner-placeholder = Aquest contingut necessita galetes de «{ $category }».
banner-placeholder-accept = Permetre les galetes de «{ $category }»
banner-opt-out-text = { $site } utilitza galetes per funcionar, per mesurar l’audiència i amb finalitats publicitàries. Es pot oposar en qualsevol moment a la venda i la cessió de la seva informació personal i a la publicitat dirigida.
banner-privacy-choices = Les seves opcions de privadesa
banner-gpc-honoured = S’ha respectat la seva sol·licitud d’oposició
banner-notice-ok = Entesos
banner-services = Serveis d’aquest tipus

my-consent-title = Les seves opcions de galetes a { $site }
my-consent-none = Encara no ha triat res en aquest lloc: només s’hi instal·len les galetes necessàries.
my-consent-none-starts-on = Encara no ha triat res en aquest lloc: allà on es troba, les galetes del lloc estan actives fins que les desactivi més avall.
my-consent-id = Identificador del consentiment
my-consent-date = Data de la decisió
my-consent-change = Canviar les meves opcions
my-consent-withdraw = Retirar el meu consentiment
my-consent-back = Tornar al lloc web
my-consent-opt-out = Oposar-me a la venda, la cessió i la publicitat dirigida
my-consent-opt-out-explained = Amb una sola acció s’aturen la venda i la cessió de la seva informació personal i la publicitat dirigida en aquest lloc; les altres galetes del lloc es mantenen tal com estan.
my-consent-opted-out = S’ha oposat a la venda, la cessió i la publicitat dirigida en aquest lloc.
audience-heading = Mesura d’audiència
audience-explained = Per saber quines pàgines es llegeixen, cada visita es compta sense cap galeta: l’adreça IP i el navegador només serveixen per distingir les visites d’un mateix dia i no es guarden mai. Ningú no pot ser identificat a partir d’aquests recomptes, que no es comparteixen.
audience-opt-out = No comptar les meves visites
audience-stop = Deixar de comptar les meves visites
audience-resume = Tornar a comptar les meves visites
audience-stopped = Les seves visites no es compten.
stats-title = Estadístiques de { $site }
stats-views = Pàgines vistes
stats-visitors = Visitants
stats-visitors-note = Els visitants es compten un cop al dia, sense galetes: al llarg de diversos dies, una persona que torna es compta cada dia.
stats-audience = Pàgines vistes i visitants per dia
stats-top-path = Pàgines més vistes
stats-top-referrer = Principals llocs de procedència
stats-top-browser = Navegadors
stats-top-os = Sistemes operatius
stats-top-device = Dispositius
stats-top-language = Llengües
stats-none = (cap)
stats-decisions = Decisions de consentiment
stats-acceptance = Acceptació per categoria (%)
stats-acceptance-language = Acceptació per llengua (%)
stats-undecided = Visitants que no han decidit mai (estimació)
stats-nothing = Encara no s’ha comptat res.
admin-statistics = Estadístiques
choice-on = Activat
choice-off = Desactivat

admin-login-title = Iniciar la sessió a cookiewarden
admin-username = Nom d’usuari
admin-password = Contrasenya
admin-login-submit = Iniciar la sessió
admin-login-failed = El nom d’usuari o la contrasenya no són correctes.
admin-login-locked = Massa intents fallits. Torni-ho a provar d’aquí a { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuts
}.
admin-csrf-failed = Aquest formulari ha caducat o s’ha enviat des d’un altre lloc. Torni a carregar la pàgina i provi-ho de nou.
admin-login-busy = Hi ha massa persones iniciant la sessió en aquest moment. Torni-ho a provar d’aquí a una estona.
admin-home-title = Llocs web
admin-signed-in-as = Sessió iniciada com a { $user }
admin-logout = Tancar la sessió
admin-logout-everywhere = Tancar la sessió a tots els dispositius
admin-no-sites = Encara no és membre de cap lloc; un administrador li pot donar accés.
admin-site-policy = Política de galetes
admin-role-admin = Administrador
admin-role-editor = Editor
admin-role-viewer = Lector
admin-consents = Registre de consentiments
admin-consents-title = Registre de consentiments de { $site }
admin-consents-count = { $total ->
    [0] No coincideix cap registre
    [one] Coincideix un registre
   *[other] Coincideixen { $total } registres
}; { $shown } en aquesta pàgina.
admin-col-time = Registrat (UTC)
admin-col-id = Identificador del consentiment
admin-col-method = Mètode
admin-col-choices = Acceptades
admin-col-language = Llengua
admin-col-rules = Regió i regles
admin-filter-from = Des de
admin-filter-to = Fins a
admin-filter-method = Mètode
admin-filter-any = qualsevol
admin-filter-id = Identificador del consentiment
admin-filter-submit = Filtrar
admin-export-csv = Baixar en CSV
admin-not-member = No és membre d’aquest lloc.
admin-bad-filter = Valor de filtre no vàlid `{ $value }`: les dates s’escriuen AAAA-MM-DD i els mètodes, tal com s’han registrat.
admin-users = Usuaris
admin-audit = Registre d’auditoria
admin-col-user = Usuari
admin-col-roles = Rols
admin-col-state = Estat
admin-col-actor = Qui
admin-col-action = Què
admin-col-target = Objecte
admin-col-before = Abans
admin-col-after = Després
admin-state-active = actiu
admin-state-disabled = desactivat
admin-disable = Desactivar
admin-enable = Reactivar
admin-not-admin = Només els administradors poden fer això.
admin-not-yourself = No pot desactivar el seu propi compte.
admin-unknown-user = Aquest usuari no existeix.
admin-settings = Configuració
admin-settings-title = Configuració de { $site }
admin-field-name = Nom
admin-field-origins = Orígens
admin-field-origins-help = Les adreces des de les quals se serveix el lloc, una per línia, com ara https://www.example.org. El bàner només respon a les pàgines d’aquestes adreces.
admin-field-languages = Llengües
admin-field-languages-help = Codis de llengua separats per comes, com ara ca, es, en.
admin-field-default-language = Llengua per defecte
admin-field-default-language-help = S’utilitza quan el navegador del visitant no demana cap de les llengües del lloc.
admin-field-consent-lifetime = Durada de l’elecció
admin-field-consent-lifetime-help = Quant de temps és vàlida l’elecció d’un visitant abans que el bàner torni a preguntar. S’escriu en anglès, com ara 6 months; com a màxim, 13 mesos.
admin-field-refusal-cooldown = Rebuig respectat durant
admin-field-refusal-cooldown-help = Quant de temps el bàner no torna a preguntar després que s’hagi rebutjat tot, fins i tot si la política canvia. S’escriu en anglès, com ara 6 months (el valor per defecte); com a màxim, 400 dies.
admin-field-cookie-domain = Domini compartit de la galeta
admin-field-cookie-domain-help = Un domini pare de tots els orígens, com ara example.org, perquè tots els seus subdominis comparteixin una sola elecció. Deixi’l buit per mantenir una elecció separada a cada amfitrió.
admin-field-default-region = Regió per defecte
admin-field-default-region-help = La regió dels visitants que la capçalera de regió del seu servidor frontal no localitza: un codi ISO 3166 com ara FR o US-CA. Deixi’l buit per a EU (Unió Europea).
admin-field-regions = Regles per regió
admin-field-regions-help = Una línia per regla, en lloc de les regles per defecte (opt-out als Estats Units, opt-in a la resta): les regions, dos punts, opt-in, opt-out o notice i, opcionalment, quant de temps s’hi respecta un rebuig, com ara US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Camí de la política de galetes
admin-field-policy-path-help = On és la política de galetes al lloc, com ara /cookies-policy.
admin-field-statistics-retention = Conservació de les dades d’audiència en brut
admin-field-statistics-retention-help = Com a màxim, 25 mesos. Els totals diaris es mantenen quan se suprimeixen les dades en brut.
admin-field-statistics-query = Paràmetres de consulta conservats
admin-field-statistics-query-help = Paràmetres que es conserven als camins de les pàgines mesurades, separats per comes, com ara q, page. Deixi’l buit per no conservar-ne cap.
admin-field-statistics-cookie = Reconèixer els visitants que tornen
admin-field-statistics-cookie-help = Instal·la una galeta pròpia durant 13 mesos, que no es renova mai, i la declara a la política.
admin-services = Serveis
admin-services-help = Serveis d’altres empreses que utilitza aquest lloc. La passarel·la reté les seves etiquetes fins que el visitant els autoritza, i la política els enumera amb les seves galetes. Els serveis propis del lloc, amb els seus amfitrions i fragments de codi, es descriuen al seu fitxer de definició.
admin-services-none = Aquest lloc no inclou cap servei.
admin-service-add = Afegir el servei
admin-service-remove = Treure
admin-service-own = propi del lloc
admin-service-catalogue = del catàleg
admin-save = Desar
admin-saved = S’ha desat.
admin-missing-texts = La galeta { $cookie } no té la funció o la finalitat redactades en { $languages }: els visitants que llegeixen aquestes llengües hi veuen el text en { $default }.
admin-read-only = Pot consultar aquesta configuració; només els editors i els administradors la poden modificar.
admin-not-editor = Només els editors i els administradors del lloc el poden modificar.
admin-cookies = Galetes declarades
admin-col-pattern = Nom
admin-col-category = Categoria
admin-col-party = Titularitat
admin-col-duration = Durada
admin-col-provider = Proveïdor
admin-col-status = Estat
admin-delete = Suprimir
admin-unknown-cookie = Aquest lloc no declara aquesta galeta.
admin-add-cookie = Declarar una galeta
admin-field-cookie-name = Nom
admin-field-cookie-name-help = Acabi’l amb * per declarar totes les galetes el nom de les quals comença així.
admin-field-provider = Proveïdor
admin-field-category = Categoria
admin-field-party = Titularitat
admin-field-party-help = first: la instal·la el mateix lloc; third: la instal·la el domini d’una altra empresa.
admin-field-duration = Durada
admin-field-duration-help = En anglès, com ara 13 months, 1 day o session.
admin-field-domain = Domini
admin-field-domain-help = Opcional: el domini on s’instal·la la galeta, quan no és el del mateix lloc.
admin-field-path = Camí
admin-field-function = Funció i ubicació
admin-field-function-help = Què fa la galeta i en quina part del lloc s’instal·la.
admin-field-purpose = Finalitat
admin-field-purpose-help = Per què la necessita el lloc, amb paraules que un visitant entengui.
admin-add = Afegir
admin-field-exempt = Exempta de consentiment
admin-field-exempt-help = Només s’hi pot acollir la mesura d’audiència pròpia conservada 13 mesos com a màxim.
admin-field-status = Estat
admin-field-status-help = Un esborrany (draft) queda fora de la política publicada fins que no s’activa (active).
admin-edit = Editar
admin-edit-cookie-title = Declaració de { $name }
admin-preview = Previsualització de la política
admin-preview-notice = Previsualització: la política tal com la llegiran els visitants, { $drafts ->
    [0] sense cap declaració en esborrany.
    [one] amb una declaració en esborrany activada.
   *[other] amb { $drafts } declaracions en esborrany activades.
}
admin-new-site = Lloc nou
admin-field-slug = Identificador
admin-field-slug-help = Lletres minúscules, xifres i guions. Apareix a les adreces i no es pot canviar més endavant.
admin-create = Crear
admin-tokens = Testimonis d’API
admin-api-document = Descripció de l’API (OpenAPI)
admin-token-created = Aquest és el testimoni nou. Copiï’l ara: no es tornarà a mostrar.
admin-field-label = Etiqueta
admin-field-sites = Llocs
admin-field-access = Accés
admin-access-read = només lectura
admin-access-write = lectura i escriptura
admin-all-sites = tots els llocs en què treballa
admin-col-created = Creat (UTC)
admin-col-last-used = Darrer ús (UTC)
admin-revoke = Revocar
admin-no-tokens = Encara no hi ha cap testimoni.
admin-new-token = Testimoni nou
admin-unknown-token = Aquest testimoni no existeix.
admin-add-user = Afegir un usuari
admin-field-role = Rol
admin-field-member-of = Llocs
admin-field-member-of-help = Els llocs en què treballa un editor o un lector; un administrador treballa en tots.
admin-texts = Textos del bàner i de la política
admin-texts-help = Escrigui el text propi del lloc en cadascuna de les seves llengües; un camp buit manté el text de la plataforma, que s’hi mostra en gris.
admin-field-banner-title = Títol del bàner
admin-field-banner-text = Paràgraf del bàner
admin-field-policy-intro = Paràgraf inicial de la política

admin-nav = Administració
admin-site-nav = Pàgines de { $site }
admin-older = Registres més antics
admin-newer = Registres més recents
admin-show-oldest = Mostrar primer els més antics
admin-show-newest = Mostrar primer els més recents
admin-confirm-title = Confirmi-ho, si us plau
admin-confirm-delete-cookie = Vol suprimir la declaració de { $name }? La galeta surt immediatament de la política publicada; els registres de consentiment ja guardats es mantenen tal com estan.
admin-confirm-revoke-token = Vol revocar el testimoni «{ $label }»? A partir d’ara es rebutjarà qualsevol script que l’utilitzi.
admin-cancel = Cancel·lar
admin-sorted-ascending = en ordre ascendent
admin-sorted-descending = en ordre descendent
admin-pages = Pàgines de la taula
stats-show-numbers = Veure les xifres
stats-demo-data = Aquestes xifres són dades de demostració sintètiques, generades quan es va iniciar la demostració amb una base de dades buida.
admin-col-links = Anar a
admin-newest = Els canvis més recents
admin-older-changes = Canvis més antics
