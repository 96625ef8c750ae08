# Texte der Seiten, die cookiewarden ausliefert, auf Deutsch. Jede Nachricht aus en.ftl gibt es
# auch hier; ein Unit-Test hält die beiden Dateien auf demselben Stand.

language-name = Deutsch
language-label = Sprache
language-submit = Sprache wechseln

index-title = Von dieser Plattform verwaltete Websites
index-intro = Jede der folgenden Websites legt offen, welche Cookies sie setzt, wozu sie dienen und wie lange sie gespeichert bleiben.
index-policy-link = Cookie-Richtlinie
index-platform = Die Cookies dieser Plattform

policy-title = Cookie-Richtlinie von { $site }
policy-why-heading = Warum { $site } Cookies verwendet
policy-why = { $site } braucht einige Cookies, damit alles so funktioniert, wie Sie es erwarten. Mit Ihrer Einwilligung kann die Website weitere Cookies verwenden, um ihre Reichweite zu messen oder Inhalte anderer Dienste anzuzeigen. Diese Seite führt jedes angegebene Cookie auf: wozu es dient, wer es setzt und wie lange es in Ihrem Browser bleibt.
policy-what-heading = Was ist ein Cookie?
policy-what = Ein Cookie ist ein kleiner, benannter Datensatz, den eine Website in Ihrem Browser ablegen lässt. Ihr Browser speichert ihn für eine festgelegte Zeit und schickt ihn bei jedem weiteren Besuch an diese Website zurück. Mit Cookies bleiben Sie zum Beispiel angemeldet, der Inhalt eines Warenkorbs bleibt erhalten, oder Ihr Browser wird über längere Zeit wiedererkannt, um Besuche zu zählen oder gezielt Werbung zu zeigen.
policy-types-heading = Vier Arten von Cookies
policy-type-necessary-name = Notwendige Cookies
policy-type-necessary = speichern Informationen von einem Besuch zum nächsten auf demselben Gerät, etwa einen Warenkorb, eine Anmeldung oder eine Einstellung der Oberfläche. Ohne sie funktioniert die Website nicht, deshalb werden sie ohne Nachfrage gesetzt.
policy-type-statistics-name = Statistik-Cookies
policy-type-statistics = erfassen, was Besucher auf der Website tun, um ihre Reichweite zu messen. Ist die Messung anonymisiert, sodass sie nie auf eine Person zurückgeführt werden kann, braucht sie keine Einwilligung; Sie können ihr trotzdem widersprechen.
policy-type-first-party-name = Erstanbieter-Cookies
policy-type-first-party = werden von der Website gesetzt, die Sie gerade besuchen. Über die notwendigen Cookies hinaus können sie personenbezogene Daten erheben, Ihr Verhalten auf der Website verfolgen oder Werbung ausspielen.
policy-type-third-party-name = Drittanbieter-Cookies
policy-type-third-party = werden von einer anderen Website oder für sie gesetzt, oft von einem Werbeanbieter, und zwar über Inhalte, die in die besuchte Website eingebunden sind. Damit erfährt diese andere Website, welche Seiten Sie aufgerufen haben, und kann Informationen über Sie sammeln.
policy-list-heading = Die Cookies von { $site }
policy-none = Diese Website gibt keine Cookies dieser Art an.
policy-choices-heading = Auswahl ändern
policy-choices = Sie können Ihre Auswahl jederzeit ändern oder widerrufen, und zwar über „Cookie-Einstellungen“ auf jeder Seite von { $site }. Der Widerruf ist so einfach wie die Einwilligung.
policy-browser = Auch Ihr Browser zeigt die gespeicherten Cookies an und ermöglicht es, sie zu löschen oder zu blockieren, für alle Websites oder nur für einige. Suchen Sie dazu in seinen Einstellungen oder seiner Hilfe nach „Cookies“ oder „Websitedaten“. Wenn Sie notwendige Cookies blockieren, funktionieren Teile der Website möglicherweise nicht mehr.
policy-version = Version { $version } der Richtlinie
policy-services-heading = Dienste anderer Unternehmen
policy-services = Einige Funktionen von { $site } stammen von anderen Unternehmen, etwa ein eingebundenes Video, eine Karte oder ein Werkzeug zur Reichweitenmessung. Keiner dieser Dienste wird geladen, bevor Sie in den Cookie-Einstellungen die zugehörige Art von Cookies oder genau diesen einen Dienst erlauben. Hier ist jeder Dienst mit den Cookies aufgeführt, von denen bekannt ist, dass er sie setzt.
column-service = Dienst
column-category = Art der Cookies
policy-service-no-cookies = keine bekannt

category-necessary = Notwendig
category-necessary-description = Für den Betrieb der Website erforderlich; immer aktiv.
category-preferences = Präferenzen
category-preferences-description = Speichern Einstellungen, die das Aussehen oder Verhalten der Website ändern, etwa eine Region oder eine Anzeigeoption.
category-statistics = Statistik
category-statistics-description = Messen die Reichweite der Website, um sie zu verbessern.
category-marketing = Marketing
category-marketing-description = Werbung, websiteübergreifendes Tracking und eingebundene Inhalte anderer Dienste, etwa Videos.

column-provider = Anbieter
column-function = Funktion und Ort
column-names = Name(n) des Cookies
column-purpose = Zweck
column-duration = Speicherdauer
column-party = Herkunft
party-first = Erstanbieter
party-third = Drittanbieter
name-prefix = jeder Name, der mit { $prefix } beginnt
exempt-note = Anonymisierte Reichweitenmessung: ohne Einwilligung aktiv, Sie können widersprechen.
domain-note = gesetzt auf { $domain }

duration-session = Bis der Browser geschlossen wird
duration-hour = { $n ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
}
duration-day = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
duration-week = { $n ->
    [one] { $n } Woche
   *[other] { $n } Wochen
}
duration-month = { $n ->
    [one] { $n } Monat
   *[other] { $n } Monate
}
duration-year = { $n ->
    [one] { $n } Jahr
   *[other] { $n } Jahre
}

not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es nichts.
not-found-site = Hier wird keine Website namens „{ $slug }“ verwaltet.
not-found-home = Zu den hier verwalteten Websites

banner-title = Cookies auf { $site }
banner-text = { $site } setzt die Cookies, die für den Betrieb nötig sind. Mit Ihrer Einwilligung würden auch weitere verwendet, um die Reichweite zu messen und Inhalte anderer Dienste anzuzeigen. Ablehnen ist so einfach wie Zustimmen, und Sie können Ihre Entscheidung jederzeit ändern.
banner-accept-all = Alle akzeptieren
banner-reject-all = Alle ablehnen
banner-customise = Anpassen
banner-save = Auswahl speichern
banner-close = Ohne Zustimmung schließen
banner-settings = Cookie-Einstellungen
banner-policy-link = Cookie-Richtlinie
banner-gpc = Ihr Browser sendet Global Privacy Control, deshalb bleiben Marketing-Cookies deaktiviert.
banner-always-on = Immer aktiv
banner-exempt = Ohne Einwilligung aktiv; Sie können die Messung ausschalten.
banner-placeholder = Für diesen Inhalt sind Cookies der Kategorie „{ $category }“ nötig.
banner-placeholder-accept = Cookies der Kategorie „{ $category }“ erlauben
banner-opt-out-text = { $site } verwendet Cookies für den Betrieb, zur Reichweitenmessung und für Werbung. Sie können dem Verkauf und der Weitergabe Ihrer personenbezogenen Daten sowie personalisierter Werbung jederzeit widersprechen.
banner-privacy-choices = Ihre Datenschutzoptionen
banner-gpc-honoured = Ihr Widerspruch wird berücksichtigt
banner-notice-ok = OK
banner-services = Dienste dieser Art

my-consent-title = Ihre Cookie-Auswahl auf { $site }
my-consent-none = Sie haben auf dieser Website noch keine Auswahl getroffen: Es werden nur notwendige Cookies gesetzt.
my-consent-none-starts-on = Sie haben auf dieser Website noch keine Auswahl getroffen: An Ihrem Standort sind die Cookies der Website aktiv, bis Sie sie unten ausschalten.
my-consent-id = Einwilligungs-ID
my-consent-date = Entschieden am
my-consent-change = Auswahl ändern
my-consent-withdraw = Einwilligung widerrufen
my-consent-back = Zurück zur Website
my-consent-opt-out = Verkauf, Weitergabe und personalisierter Werbung widersprechen
my-consent-opt-out-explained = Mit einem Klick beenden Sie den Verkauf und die Weitergabe Ihrer personenbezogenen Daten sowie personalisierte Werbung auf dieser Website; die übrigen Cookies der Website bleiben unverändert.
my-consent-opted-out = Sie haben dem Verkauf, der Weitergabe und personalisierter Werbung auf dieser Website widersprochen.
audience-heading = Reichweitenmessung
audience-explained = Um zu erfahren, welche Seiten gelesen werden, wird jeder Besuch ganz ohne Cookie gezählt: Adresse und Browser dienen nur dazu, die Besuche eines Tages auseinanderzuhalten, und werden nie gespeichert. Aus diesen Zahlen lässt sich niemand erkennen, und sie werden nicht weitergegeben.
audience-opt-out = Meine Besuche nicht zählen
audience-stop = Meine Besuche nicht mehr zählen
audience-resume = Meine Besuche wieder zählen
audience-stopped = Ihre Besuche werden nicht gezählt.
stats-title = Statistik von { $site }
stats-views = Seitenaufrufe
stats-visitors = Besucher
stats-visitors-note = Besucher werden einmal pro Tag gezählt, ohne Cookies: Wer an mehreren Tagen wiederkommt, wird an jedem dieser Tage gezählt.
stats-audience = Seitenaufrufe und Besucher pro Tag
stats-top-path = Meistbesuchte Seiten
stats-top-referrer = Wichtigste verweisende Websites
stats-top-browser = Browser
stats-top-os = Betriebssysteme
stats-top-device = Geräte
stats-top-language = Sprachen
stats-none = (keine Angabe)
stats-decisions = Einwilligungsentscheidungen
stats-acceptance = Zustimmung nach Kategorie (%)
stats-acceptance-language = Zustimmung nach Sprache (%)
stats-undecided = Besucher ohne Entscheidung (Schätzung)
stats-nothing = Noch nichts gezählt.
admin-statistics = Statistik
choice-on = An
choice-off = Aus

admin-login-title = Bei cookiewarden anmelden
admin-username = Benutzername
admin-password = Passwort
admin-login-submit = Anmelden
admin-login-failed = Benutzername oder Passwort ist falsch.
admin-login-locked = Zu viele fehlgeschlagene Versuche. { $minutes ->
    [one] Versuchen Sie es in { $minutes } Minute erneut.
   *[other] Versuchen Sie es in { $minutes } Minuten erneut.
}
admin-csrf-failed = Dieses Formular ist abgelaufen oder wurde von einer anderen Website gesendet. Laden Sie die Seite neu und versuchen Sie es noch einmal.
admin-login-busy = Gerade melden sich zu viele Personen an. Bitte versuchen Sie es gleich noch einmal.
admin-home-title = Websites
admin-signed-in-as = Angemeldet als { $user }
admin-logout = Abmelden
admin-logout-everywhere = Überall abmelden
admin-no-sites = Sie sind noch keiner Website zugeordnet; ein Administrator kann Sie hinzufügen.
admin-site-policy = Cookie-Richtlinie
admin-role-admin = Administrator
admin-role-editor = Bearbeiter
admin-role-viewer = Leser
admin-consents = Einwilligungsprotokoll
admin-consents-title = Einwilligungsprotokoll von { $site }
admin-consents-count = { $total ->
    [0] Kein Eintrag gefunden
    [one] Ein Eintrag gefunden
   *[other] { $total } Einträge gefunden
}; { $shown } auf dieser Seite.
admin-col-time = Erfasst (UTC)
admin-col-id = Einwilligungs-ID
admin-col-method = Methode
admin-col-choices = Erlaubt
admin-col-language = Sprache
admin-col-rules = Region und Regeln
admin-filter-from = Von
admin-filter-to = Bis
admin-filter-method = Methode
admin-filter-any = alle
admin-filter-id = Einwilligungs-ID
admin-filter-submit = Filtern
admin-export-csv = Als CSV herunterladen
admin-not-member = Sie sind dieser Website nicht zugeordnet.
admin-bad-filter = Ungültiger Filterwert `{ $value }`: Datumsangaben im Format JJJJ-MM-TT, Methoden so, wie sie protokolliert sind.
admin-users = Benutzer
admin-audit = Änderungsprotokoll
admin-col-user = Benutzer
admin-col-roles = Rollen
admin-col-state = Status
admin-col-actor = Wer
admin-col-action = Was
admin-col-target = Betrifft
admin-col-before = Vorher
admin-col-after = Nachher
admin-state-active = aktiv
admin-state-disabled = deaktiviert
admin-disable = Deaktivieren
admin-enable = Aktivieren
admin-not-admin = Das dürfen nur Administratoren.
admin-not-yourself = Ihr eigenes Konto können Sie nicht deaktivieren.
admin-unknown-user = Diesen Benutzer gibt es nicht.
admin-settings = Einstellungen
admin-settings-title = Einstellungen von { $site }
admin-field-name = Name
admin-field-origins = Website-Adressen
admin-field-origins-help = Die Adressen, unter denen die Website erreichbar ist, eine pro Zeile, etwa https://www.example.org. Das Banner antwortet nur Seiten von diesen Adressen.
admin-field-languages = Sprachen
admin-field-languages-help = Sprachcodes, durch Kommas getrennt, etwa en, fr.
admin-field-default-language = Standardsprache
admin-field-default-language-help = Wird verwendet, wenn der Browser eines Besuchers keine der Sprachen der Website anfragt.
admin-field-consent-lifetime = Auswahl gültig für
admin-field-consent-lifetime-help = Wie lange die Auswahl eines Besuchers gilt, bevor das Banner erneut fragt, etwa 6 months (Einheit auf Englisch); höchstens 13 Monate.
admin-field-refusal-cooldown = Ablehnung gültig für
admin-field-refusal-cooldown-help = Wie lange das Banner nach einer vollständigen Ablehnung nicht erneut fragt, auch wenn sich die Richtlinie ändert, etwa 6 months (der Standardwert); höchstens 400 Tage.
admin-field-cookie-domain = Gemeinsame Cookie-Domain
admin-field-cookie-domain-help = Eine übergeordnete Domain aller Website-Adressen, etwa example.org, damit alle ihre Subdomains eine gemeinsame Auswahl teilen. Leer lassen, um die Auswahl je Host zu speichern.
admin-field-default-region = Standardregion
admin-field-default-region-help = Die Region der Besucher, die der Regions-Header Ihres Frontends nicht zuordnet: ein ISO-3166-Code wie FR oder US-CA. Leer lassen für EU.
admin-field-regions = Regeln nach Region
admin-field-regions-help = Eine Zeile pro Regel, anstelle der Standardregeln (Opt-out in den USA, Opt-in anderswo): Regionen, ein Doppelpunkt, opt-in, opt-out oder notice und optional, wie lange eine Ablehnung dort gilt, etwa US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Pfad der Cookie-Richtlinie
admin-field-policy-path-help = Wo die Cookie-Richtlinie auf der Website liegt, etwa /cookies-policy.
admin-field-statistics-retention = Rohdaten der Reichweitenmessung aufbewahren für
admin-field-statistics-retention-help = Höchstens 25 Monate. Die Tagessummen bleiben erhalten, wenn die Rohdaten gelöscht werden.
admin-field-statistics-query = Beibehaltene Abfrageparameter
admin-field-statistics-query-help = Parameter, die in den gemessenen Seitenpfaden erhalten bleiben, durch Kommas getrennt, etwa q, page. Leer lassen, um keine zu behalten.
admin-field-statistics-cookie = Wiederkehrende Besucher erkennen
admin-field-statistics-cookie-help = Setzt ein Erstanbieter-Cookie für 13 Monate, das nie verlängert wird, und führt es in der Richtlinie auf.
admin-services = Dienste
admin-services-help = Dienste anderer Unternehmen, die diese Website nutzt. Das Gateway hält ihre Tags zurück, bis der Besucher sie erlaubt, und die Richtlinie führt sie mit ihren Cookies auf. Eigene Dienste der Website werden samt ihren Hosts und Snippets in ihrer Definitionsdatei beschrieben.
admin-services-none = Diese Website führt keine Dienste auf.
admin-service-add = Dienst hinzufügen
admin-service-remove = Entfernen
admin-service-own = eigener Dienst der Website
admin-service-catalogue = aus dem Katalog
admin-save = Speichern
admin-saved = Gespeichert.
admin-missing-texts = Für das Cookie { $cookie } fehlt in { $languages } die Funktion oder der Zweck: Wer die Website in diesen Sprachen liest, sieht stattdessen den Text in { $default }.
admin-read-only = Sie können diese Einstellungen lesen; ändern können sie nur Bearbeiter und Administratoren.
admin-not-editor = Nur Bearbeiter und Administratoren der Website können sie ändern.
admin-cookies = Angegebene Cookies
admin-col-pattern = Name
admin-col-category = Kategorie
admin-col-party = Herkunft
admin-col-duration = Speicherdauer
admin-col-provider = Anbieter
admin-col-status = Status
admin-delete = Löschen
admin-unknown-cookie = Diese Website gibt kein solches Cookie an.
admin-add-cookie = Cookie angeben
admin-field-cookie-name = Name
admin-field-cookie-name-help = Mit * am Ende gilt die Angabe für alle Cookies, die so beginnen.
admin-field-provider = Anbieter
admin-field-category = Kategorie
admin-field-party = Herkunft
admin-field-party-help = first: von der Website selbst gesetzt; third: von der Domain eines anderen Unternehmens gesetzt.
admin-field-duration = Speicherdauer
admin-field-duration-help = Etwa 13 months, 1 day oder session (Einheiten auf Englisch).
admin-field-domain = Domain
admin-field-domain-help = Optional: die Domain, auf der das Cookie gesetzt wird, wenn es nicht die der Website ist.
admin-field-path = Pfad
admin-field-function = Funktion und Ort
admin-field-function-help = Was das Cookie tut und wo auf der Website es gesetzt wird.
admin-field-purpose = Zweck
admin-field-purpose-help = Warum die Website es braucht, in Worten, die Besucher verstehen.
admin-add = Hinzufügen
admin-field-exempt = Von der Einwilligung ausgenommen
admin-field-exempt-help = Nur zulässig für eigene Reichweitenmessung mit höchstens 13 Monaten Speicherdauer.
admin-field-status = Status
admin-field-status-help = Ein Entwurf (draft) erscheint erst in der veröffentlichten Richtlinie, wenn er aktiv (active) geschaltet wird.
admin-edit = Bearbeiten
admin-edit-cookie-title = Angabe zu { $name }
admin-preview = Vorschau der Richtlinie
admin-preview-notice = Vorschau: die Richtlinie so, wie Besucher sie lesen werden, { $drafts ->
    [0] ohne Entwürfe.
    [one] mit einem aktiv geschalteten Entwurf.
   *[other] mit { $drafts } aktiv geschalteten Entwürfen.
}
admin-new-site = Neue Website
admin-field-slug = Kennung
admin-field-slug-help = Kleinbuchstaben, Ziffern und Bindestriche. Sie erscheint in Adressen und lässt sich später nicht ändern.
admin-create = Anlegen
admin-tokens = API-Tokens
admin-api-document = API-Beschreibung (OpenAPI)
admin-token-created = Hier ist das neue Token. Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.
admin-field-label = Bezeichnung
admin-field-sites = Websites
admin-field-access = Zugriff
admin-access-read = nur lesen
admin-access-write = lesen und schreiben
admin-all-sites = alle Websites, an denen Sie arbeiten
admin-col-created = Erstellt (UTC)
admin-col-last-used = Zuletzt verwendet (UTC)
admin-revoke = Widerrufen
admin-no-tokens = Noch kein Token.
admin-new-token = Neues Token
admin-unknown-token = Dieses Token gibt es nicht.
admin-add-user = Benutzer hinzufügen
admin-field-role = Rolle
admin-field-member-of = Websites
admin-field-member-of-help = Die Websites, an denen ein Bearbeiter oder Leser arbeitet; ein Administrator arbeitet an allen.
admin-texts = Texte des Banners und der Richtlinie
admin-texts-help = Schreiben Sie die eigenen Texte der Website in jeder ihrer Sprachen; ein leeres Feld behält den Text der Plattform, der darin grau angezeigt wird.
admin-field-banner-title = Überschrift des Banners
admin-field-banner-text = Text des Banners
admin-field-policy-intro = Einleitung der Richtlinie

admin-nav = Verwaltung
admin-site-nav = Seiten von { $site }
admin-older = Ältere Einträge
admin-newer = Neuere Einträge
admin-show-oldest = Älteste zuerst anzeigen
admin-show-newest = Neueste zuerst anzeigen
admin-confirm-title = Bitte bestätigen
admin-confirm-delete-cookie = Die Angabe zu { $name } löschen? Das Cookie verschwindet sofort aus der veröffentlichten Richtlinie; bereits gespeicherte Einwilligungsnachweise bleiben unverändert.
admin-confirm-revoke-token = Das Token „{ $label }“ widerrufen? Jedes Skript, das es verwendet, wird ab sofort abgewiesen.
admin-cancel = Abbrechen
admin-sorted-ascending = aufsteigend sortiert
admin-sorted-descending = absteigend sortiert
admin-pages = Seiten der Tabelle
stats-show-numbers = Die Zahlen
stats-demo-data = Diese Zahlen sind synthetische Demodaten, erzeugt beim ersten Start der Demo mit einer leeren Datenbank.
admin-col-links = Gehe zu
admin-newest = Die neuesten Änderungen
admin-older-changes = Ältere Änderungen
