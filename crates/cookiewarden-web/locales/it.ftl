# Testi delle pagine servite da cookiewarden, in italiano. Ogni messaggio esiste anche in
# en.ftl; un test unitario mantiene allineati i due file.

language-name = Italiano
language-label = Lingua
language-submit = Cambia lingua

index-title = Siti gestiti da questa piattaforma
index-intro = Ogni sito qui sotto pubblica i cookie che installa, a che cosa servono e per quanto tempo restano.
index-policy-link = Informativa sui cookie
index-platform = I cookie di questa piattaforma

policy-title = Informativa sui cookie di { $site }
policy-why-heading = Perché { $site } usa i cookie
policy-why = { $site } ha bisogno di alcuni cookie per funzionare come Lei si aspetta. Con il Suo consenso può usarne altri, per misurare il proprio pubblico o mostrare contenuti di altri servizi. Questa pagina elenca tutti i cookie dichiarati: a che cosa servono, chi li installa e per quanto tempo restano nel Suo browser.
policy-what-heading = Che cos’è un cookie?
policy-what = Un cookie è un piccolo dato, identificato da un nome, che un sito web chiede al Suo browser di conservare. Il browser lo conserva per un periodo stabilito e lo rinvia a quel sito ogni volta che Lei vi ritorna. I cookie possono, per esempio, mantenere attivo il Suo accesso, ricordare il contenuto di un carrello o riconoscere il Suo browser nel tempo per contare le visite o mostrare pubblicità mirata.
policy-types-heading = Quattro tipi di cookie
policy-type-necessary-name = Cookie tecnici
policy-type-necessary = conservano informazioni da una visita all’altra sullo stesso dispositivo, come un carrello, un accesso o un’impostazione dell’interfaccia. Il sito non può funzionare senza di essi, perciò vengono installati senza chiedere il Suo consenso.
policy-type-statistics-name = Cookie analitici
policy-type-statistics = registrano ciò che i visitatori fanno sul sito per misurarne il pubblico. Quando la misurazione è anonimizzata, in modo da non poter mai risalire a una persona, non richiede il consenso; Lei può comunque opporsi.
policy-type-first-party-name = Cookie di prima parte
policy-type-first-party = sono installati dal sito che sta visitando. Oltre a quelli tecnici, possono raccogliere dati personali, seguire il Suo comportamento sul sito o mostrare pubblicità.
policy-type-third-party-name = Cookie di terze parti
policy-type-third-party = sono installati da un altro sito, spesso un inserzionista, o per suo conto, tramite contenuti incorporati nel sito che sta visitando. Permettono a quell’altro sito di sapere quali pagine Lei ha visto e di raccogliere informazioni su di Lei.
policy-list-heading = I cookie di { $site }
policy-none = Questo sito non dichiara cookie di questo tipo.
policy-choices-heading = Cambiare idea
policy-choices = Può modificare o revocare la Sua scelta in qualsiasi momento con il comando «Impostazioni cookie», presente in ogni pagina di { $site }. Revocare il consenso è facile quanto darlo.
policy-browser = Anche il Suo browser mostra i cookie che conserva e Le permette di eliminarli o bloccarli, per tutti i siti o solo per alcuni. Cerchi «cookie» o «dati dei siti» nelle impostazioni o nella guida del browser. Bloccare i cookie necessari può impedire il funzionamento di alcune parti del sito.
policy-version = Versione { $version } dell’informativa
policy-services-heading = Servizi di altre aziende
policy-services = Alcune funzioni di { $site } sono fornite da altre aziende, come un video incorporato, una mappa o uno strumento di misurazione del pubblico. Nessuna viene caricata finché Lei non consente, nelle impostazioni dei cookie, il tipo di cookie a cui appartiene o quel singolo servizio. Qui sono elencate una per una, con i cookie che risultano installare.
column-service = Servizio
column-category = Tipo di cookie
policy-service-no-cookies = nessuno noto

category-necessary = Necessari
category-necessary-description = Indispensabili per il funzionamento del sito; sempre attivi.
category-preferences = Preferenze
category-preferences-description = Ricordano scelte che cambiano l’aspetto o il comportamento del sito, come una regione o un’impostazione di visualizzazione.
category-statistics = Statistiche
category-statistics-description = Misurano il pubblico del sito per migliorarlo.
category-marketing = Marketing
category-marketing-description = Pubblicità, tracciamento tra siti diversi e contenuti incorporati da altri servizi, come i video.

column-provider = Fornitore
column-function = Funzione e posizione
column-names = Nome/i del cookie
column-purpose = Finalità
column-duration = Durata
column-party = Parte
party-first = Prima parte
party-third = Terza parte
name-prefix = qualsiasi nome che inizia con { $prefix }
exempt-note = Misurazione anonimizzata del pubblico: attiva senza consenso; Lei può opporsi.
domain-note = installato su { $domain }

duration-session = Fino alla chiusura del browser
duration-hour = { $n ->
    [one] { $n } ora
   *[other] { $n } ore
}
duration-day = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
duration-week = { $n ->
    [one] { $n } settimana
   *[other] { $n } settimane
}
duration-month = { $n ->
    [one] { $n } mese
   *[other] { $n } mesi
}
duration-year = { $n ->
    [one] { $n } anno
   *[other] { $n } anni
}

not-found-title = Pagina non trovata
not-found-text = A questo indirizzo non c’è nulla.
not-found-site = Qui non è gestito alcun sito chiamato «{ $slug }».
not-found-home = I siti gestiti qui

banner-title = I cookie su { $site }
banner-text = { $site } installa i cookie necessari al proprio funzionamento. Con il Suo consenso ne userebbe anche altri, per misurare il pubblico e mostrare contenuti di altri servizi. Rifiutare è facile quanto accettare, e può cambiare idea in qualsiasi momento.
banner-accept-all = Accetta tutti
banner-reject-all = Rifiuta tutti
banner-customise = Personalizza
banner-save = Salva le mie scelte
banner-close = Chiudi senza accettare
banner-settings = Impostazioni cookie
banner-policy-link = Informativa sui cookie
banner-gpc = Il Suo browser invia il segnale Global Privacy Control, quindi i cookie di marketing restano disattivati.
banner-always-on = sempre attivi
banner-exempt = Misurazione anonima: attiva senza consenso; può disattivarla.
banner-placeholder = Questo contenuto richiede i cookie «{ $category }».
banner-placeholder-accept = Consenti i cookie «{ $category }»
banner-opt-out-text = { $site } usa i cookie per funzionare, per misurare il pubblico e a fini pubblicitari. Può opporsi in qualsiasi momento alla vendita e alla condivisione dei Suoi dati personali e alla pubblicità mirata.
banner-privacy-choices = Le Sue scelte sulla privacy
banner-gpc-honoured = La Sua richiesta di opposizione è stata rispettata
banner-notice-ok = Ho capito
banner-services = Servizi di questo tipo

my-consent-title = Le Sue scelte sui cookie di { $site }
my-consent-none = Non ha ancora fatto alcuna scelta su questo sito: sono installati solo i cookie necessari.
my-consent-none-starts-on = Non ha ancora fatto alcuna scelta su questo sito: nel luogo in cui si trova, i cookie del sito restano attivi finché non li disattiva qui sotto.
my-consent-id = Identificativo del consenso
my-consent-date = Data della decisione
my-consent-change = Modifica le mie scelte
my-consent-withdraw = Revoca il mio consenso
my-consent-back = Torna al sito
my-consent-opt-out = Mi oppongo a vendita, condivisione e pubblicità mirata
my-consent-opt-out-explained = Con un’unica azione si interrompono la vendita e la condivisione dei Suoi dati personali e la pubblicità mirata su questo sito; gli altri cookie del sito restano come sono.
my-consent-opted-out = La Sua opposizione a vendita, condivisione e pubblicità mirata è registrata per questo sito.
audience-heading = Misurazione del pubblico
audience-explained = Per sapere quali pagine vengono lette, ogni visita è contata senza alcun cookie: l’indirizzo IP e il browser servono solo a distinguere le visite di una stessa giornata e non vengono mai conservati. Nessuno può essere riconosciuto a partire da questi conteggi, che non vengono condivisi.
audience-opt-out = Non contare le mie visite
audience-stop = Smetti di contare le mie visite
audience-resume = Conta di nuovo le mie visite
audience-stopped = Le Sue visite non vengono contate.
stats-title = Statistiche di { $site }
stats-views = Pagine visualizzate
stats-visitors = Visitatori
stats-visitors-note = I visitatori sono contati una volta al giorno, senza cookie: su più giorni, una persona che ritorna viene contata ogni giorno.
stats-audience = Pagine visualizzate e visitatori al giorno
stats-top-path = Pagine più viste
stats-top-referrer = Principali siti di provenienza
stats-top-browser = Browser
stats-top-os = Sistemi operativi
stats-top-device = Dispositivi
stats-top-language = Lingue
stats-none = (nessuno)
stats-decisions = Decisioni sul consenso
stats-acceptance = Accettazione per categoria (%)
stats-acceptance-language = Accettazione per lingua (%)
stats-undecided = Visitatori che non hanno mai deciso (stima)
stats-nothing = Ancora nessun dato conteggiato.
admin-statistics = Statistiche
choice-on = Attivo
choice-off = Disattivo

admin-login-title = Accedi a cookiewarden
admin-username = Nome utente
admin-password = Password di accesso
admin-login-submit = Accedi
admin-login-failed = Nome utente o password errati.
admin-login-locked = Troppi tentativi non riusciti. Riprovi tra { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
}.
admin-csrf-failed = Questo modulo è scaduto o è stato inviato da un altro sito. Ricarichi la pagina e riprovi.
admin-login-busy = Troppe persone stanno accedendo in questo momento. Riprovi tra qualche istante.
admin-home-title = Siti
admin-signed-in-as = Accesso effettuato come { $user }
admin-logout = Esci
admin-logout-everywhere = Esci da tutti i dispositivi
admin-no-sites = Non è ancora membro di alcun sito: l’accesso può esserLe concesso da un amministratore.
admin-site-policy = Informativa sui cookie
admin-role-admin = amministratore
admin-role-editor = redattore
admin-role-viewer = lettore
admin-consents = Registro dei consensi
admin-consents-title = Registro dei consensi di { $site }
admin-consents-count = { $total ->
    [0] Nessuna registrazione corrisponde
    [one] Corrisponde una registrazione
   *[other] Corrispondono { $total } registrazioni
}; { $shown } in questa pagina.
admin-col-time = Registrato (UTC)
admin-col-id = Identificativo del consenso
admin-col-method = Metodo
admin-col-choices = Concessi
admin-col-language = Lingua
admin-col-rules = Regione e regole
admin-filter-from = Dal
admin-filter-to = Al
admin-filter-method = Metodo
admin-filter-any = qualsiasi
admin-filter-id = Identificativo del consenso
admin-filter-submit = Filtra
admin-export-csv = Scarica in CSV
admin-not-member = Non è membro di questo sito.
admin-bad-filter = Valore di filtro non valido `{ $value }`: le date sono nel formato AAAA-MM-GG, i metodi come sono stati registrati.
admin-users = Utenti
admin-audit = Registro delle attività
admin-col-user = Utente
admin-col-roles = Ruoli
admin-col-state = Stato
admin-col-actor = Chi
admin-col-action = Cosa
admin-col-target = Oggetto
admin-col-before = Prima
admin-col-after = Dopo
admin-state-active = attivo
admin-state-disabled = disattivato
admin-disable = Disattiva
admin-enable = Riattiva
admin-not-admin = Solo gli amministratori possono farlo.
admin-not-yourself = Non può disattivare il Suo account.
admin-unknown-user = Questo utente non esiste.
admin-settings = Impostazioni
admin-settings-title = Impostazioni di { $site }
admin-field-name = Nome
admin-field-origins = Origini
admin-field-origins-help = Gli indirizzi da cui viene servito il sito, uno per riga, come https://www.example.org. Il banner risponde solo alle pagine di questi indirizzi.
admin-field-languages = Lingue
admin-field-languages-help = Codici di lingua separati da virgole, come it, en.
admin-field-default-language = Lingua predefinita
admin-field-default-language-help = Usata quando il browser del visitatore non chiede nessuna delle lingue del sito.
admin-field-consent-lifetime = Durata della scelta
admin-field-consent-lifetime-help = Per quanto tempo vale la scelta di un visitatore prima che il banner la richieda. Si scrive in inglese, come 6 months; al massimo 13 mesi.
admin-field-refusal-cooldown = Rifiuto rispettato per
admin-field-refusal-cooldown-help = Per quanto tempo il banner non chiede più nulla dopo un rifiuto totale, anche se l’informativa cambia. Si scrive in inglese, come 6 months (il valore predefinito); al massimo 400 giorni.
admin-field-cookie-domain = Dominio condiviso del cookie
admin-field-cookie-domain-help = Un dominio padre di tutte le origini, come example.org, perché tutti i suoi sottodomini condividano un’unica scelta. Lasci vuoto per mantenere una scelta separata su ogni host.
admin-field-default-region = Regione predefinita
admin-field-default-region-help = La regione dei visitatori che l’intestazione di regione del Suo front-end non localizza: un codice ISO 3166 come FR o US-CA. Lasci vuoto per EU (Unione europea).
admin-field-regions = Regole per regione
admin-field-regions-help = Una riga per regola, al posto di quelle predefinite (opt-out negli Stati Uniti, opt-in altrove): le regioni, i due punti, opt-in, opt-out o notice e, facoltativamente, per quanto tempo vi si rispetta un rifiuto, come US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Percorso dell’informativa sui cookie
admin-field-policy-path-help = Dove si trova l’informativa sui cookie nel sito, come /cookies-policy.
admin-field-statistics-retention = Conservazione dei dati grezzi sul pubblico
admin-field-statistics-retention-help = Al massimo 25 mesi. I totali giornalieri restano anche dopo l’eliminazione dei dati grezzi.
admin-field-statistics-query = Parametri di query conservati
admin-field-statistics-query-help = Parametri conservati nei percorsi delle pagine misurate, separati da virgole, come q, page. Lasci vuoto per non conservarne nessuno.
admin-field-statistics-cookie = Riconoscere i visitatori di ritorno
admin-field-statistics-cookie-help = Installa un cookie di prima parte per 13 mesi, mai rinnovato, e lo dichiara nell’informativa.
admin-services = Servizi
admin-services-help = Servizi di altre aziende usati da questo sito. Il gateway trattiene i loro tag finché il visitatore non li consente, e l’informativa li elenca con i relativi cookie. I servizi propri del sito, con i loro host e snippet, sono descritti nel suo file di definizione.
admin-services-none = Questo sito non elenca alcun servizio.
admin-service-add = Aggiungi il servizio
admin-service-remove = Rimuovi
admin-service-own = proprio del sito
admin-service-catalogue = dal catalogo
admin-save = Salva
admin-saved = Salvato.
admin-missing-texts = Il cookie { $cookie } non ha funzione o finalità scritte in { $languages }: chi legge queste lingue vede invece il testo in { $default }.
admin-read-only = Può consultare queste impostazioni; solo i redattori e gli amministratori possono modificarle.
admin-not-editor = Solo i redattori e gli amministratori del sito possono modificarlo.
admin-cookies = Cookie dichiarati
admin-col-pattern = Nome
admin-col-category = Categoria
admin-col-party = Parte
admin-col-duration = Durata
admin-col-provider = Fornitore
admin-col-status = Stato
admin-delete = Elimina
admin-unknown-cookie = Questo sito non dichiara questo cookie.
admin-add-cookie = Dichiara un cookie
admin-field-cookie-name = Nome
admin-field-cookie-name-help = Lo termini con * per dichiarare tutti i cookie che iniziano così.
admin-field-provider = Fornitore
admin-field-category = Categoria
admin-field-party = Parte
admin-field-party-help = first: installato dal sito stesso; third: installato dal dominio di un’altra azienda.
admin-field-duration = Durata
admin-field-duration-help = In inglese, come 13 months, 1 day o session.
admin-field-domain = Dominio
admin-field-domain-help = Facoltativo: il dominio su cui è installato il cookie, se non è quello del sito.
admin-field-path = Percorso
admin-field-function = Funzione e posizione
admin-field-function-help = Che cosa fa il cookie e in quale parte del sito viene installato.
admin-field-purpose = Finalità
admin-field-purpose-help = Perché serve al sito, con parole comprensibili per un visitatore.
admin-add = Aggiungi
admin-field-exempt = Esente da consenso
admin-field-exempt-help = Vale solo per la misurazione del pubblico di prima parte conservata al massimo 13 mesi.
admin-field-status = Stato
admin-field-status-help = Una bozza (draft) resta fuori dall’informativa pubblicata finché non viene attivata (active).
admin-edit = Modifica
admin-edit-cookie-title = Dichiarazione di { $name }
admin-preview = Anteprima dell’informativa
admin-preview-notice = Anteprima: l’informativa come la leggeranno i visitatori, { $drafts ->
    [0] senza dichiarazioni in bozza.
    [one] con una dichiarazione in bozza resa attiva.
   *[other] con { $drafts } dichiarazioni in bozza rese attive.
}
admin-new-site = Nuovo sito
admin-field-slug = Identificativo
admin-field-slug-help = Lettere minuscole, cifre e trattini. Compare negli indirizzi e non può essere modificato in seguito.
admin-create = Crea
admin-tokens = Token API
admin-api-document = Descrizione dell’API (OpenAPI)
admin-token-created = Ecco il nuovo token. Lo copi ora: non verrà più mostrato.
admin-field-label = Etichetta
admin-field-sites = Siti
admin-field-access = Accesso
admin-access-read = sola lettura
admin-access-write = lettura e scrittura
admin-all-sites = tutti i siti su cui lavora
admin-col-created = Creato (UTC)
admin-col-last-used = Ultimo utilizzo (UTC)
admin-revoke = Revoca
admin-no-tokens = Ancora nessun token.
admin-new-token = Nuovo token
admin-unknown-token = Questo token non esiste.
admin-add-user = Aggiungi un utente
admin-field-role = Ruolo
admin-field-member-of = Siti
admin-field-member-of-help = I siti su cui lavora un redattore o un lettore; un amministratore lavora su tutti.
admin-texts = Testi del banner e dell’informativa
admin-texts-help = Scriva i testi propri del sito in ciascuna delle sue lingue; un campo lasciato vuoto mantiene il testo della piattaforma, mostrato in grigio al suo interno.
admin-field-banner-title = Titolo del banner
admin-field-banner-text = Paragrafo del banner
admin-field-policy-intro = Paragrafo iniziale dell’informativa

admin-nav = Amministrazione
admin-site-nav = Pagine di { $site }
admin-older = Registrazioni meno recenti
admin-newer = Registrazioni più recenti
admin-show-oldest = Mostra prima le meno recenti
admin-show-newest = Mostra prima le più recenti
admin-confirm-title = Conferma
admin-confirm-delete-cookie = Eliminare la dichiarazione di { $name }? Il cookie esce subito dall’informativa pubblicata; le registrazioni di consenso già conservate restano invariate.
admin-confirm-revoke-token = Revocare il token «{ $label }»? Da ora in poi ogni script che lo usa verrà rifiutato.
admin-cancel = Annulla
admin-sorted-ascending = in ordine crescente
admin-sorted-descending = in ordine decrescente
admin-pages = Pagine della tabella
stats-show-numbers = I numeri
stats-demo-data = Queste cifre sono dati dimostrativi sintetici, generati all’avvio della demo su un database vuoto.
admin-col-links = Vai a
admin-newest = Le modifiche più recenti
admin-older-changes = Modifiche meno recenti
