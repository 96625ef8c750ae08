# A cookiewarden által kiszolgált oldalak szövegei magyarul. Az en.ftl minden üzenete itt is
# megvan; egy egységteszt gondoskodik róla, hogy a két fájl összhangban maradjon.

language-name = Magyar
language-label = Nyelv
language-submit = Nyelv módosítása

index-title = A platform által kezelt webhelyek
index-intro = Az alábbi webhelyek mindegyike közzéteszi, milyen sütiket helyez el, mire szolgálnak, és meddig maradnak meg.
index-policy-link = Sütikezelési tájékoztató
index-platform = A platform saját sütijei

policy-title = Sütikezelési tájékoztató – { $site }
policy-why-heading = Miért használ sütiket ez a webhely ({ $site })?
policy-why = Ez a webhely ({ $site }) néhány süti nélkül nem működne úgy, ahogyan Ön elvárja. Az Ön hozzájárulásával további sütiket is használhat, hogy mérje a látogatottságát, vagy más szolgáltatások tartalmait jelenítse meg. Ez az oldal felsorol minden sütit, amelyet a webhely feltüntet: mire szolgál, ki helyezi el, és mennyi ideig marad a böngészőjében.
policy-what-heading = Mi az a süti?
policy-what = A süti egy kis, névvel ellátott adat, amelyet egy webhely megőrzésre bíz a böngészőjére. A böngésző meghatározott ideig tárolja, és minden alkalommal visszaküldi az adott webhelynek, amikor Ön visszatér oda. A sütiknek köszönhetően maradhat bejelentkezve, őrződhet meg a kosár tartalma, vagy ismerhető fel a böngészője hosszabb időn át, például a látogatások számolásához vagy célzott hirdetésekhez.
policy-types-heading = Négyféle süti
policy-type-necessary-name = Szükséges sütik
policy-type-necessary = megőrzik az adatokat egyik látogatásról a másikra ugyanazon az eszközön, például a kosár tartalmát, a bejelentkezést vagy egy felületbeállítást. A webhely nem működik nélkülük, ezért külön kérdés nélkül kerülnek a böngészőbe.
policy-type-statistics-name = Statisztikai sütik
policy-type-statistics = azt követik, mit csinálnak a látogatók a webhelyen, hogy mérni lehessen a látogatottságot. Ha a mérés anonimizált, vagyis soha nem vezethető vissza egy adott személyre, nem kell hozzá hozzájárulás; Ön ilyenkor is kikapcsolhatja.
policy-type-first-party-name = Első féltől származó sütik
policy-type-first-party = azok a sütik, amelyeket az éppen meglátogatott webhely helyez el. A szükségeseken túl személyes adatokat gyűjthetnek, követhetik az Ön viselkedését a webhelyen, vagy hirdetéseket jeleníthetnek meg.
policy-type-third-party-name = Harmadik féltől származó sütik
policy-type-third-party = azok a sütik, amelyeket egy másik webhely – gyakran egy hirdető – helyez el, vagy amelyeket az ő számára helyeznek el, a meglátogatott oldalba beágyazott tartalmon keresztül. Ezekből a másik webhely megtudhatja, mely oldalakat tekintette meg, és információkat gyűjthet Önről.
policy-list-heading = { $site } – a webhely sütijei
policy-none = Ez a webhely nem tüntet fel ilyen fajta sütit.
policy-choices-heading = Ha meggondolja magát
policy-choices = Döntését bármikor módosíthatja vagy visszavonhatja a „Sütibeállítások” gombbal, amely a webhely ({ $site }) minden oldalán megtalálható. A visszavonás semmivel sem nehezebb, mint a hozzájárulás.
policy-browser = A böngészője is megmutatja az általa tárolt sütiket, és lehetővé teszi, hogy törölje vagy letiltsa őket, akár minden webhelyre, akár csak egyesekre. Keresse a „sütik” vagy a „webhelyadatok” kifejezést a böngésző beállításaiban vagy súgójában. Ha letiltja a szükséges sütiket, előfordulhat, hogy a webhely egyes részei nem működnek.
policy-version = A tájékoztató verziója: { $version }
policy-services-heading = Más cégek szolgáltatásai
policy-services = A webhely ({ $site }) egyes funkciói más cégektől származnak, például egy beágyazott videó, egy térkép vagy egy látogatottságmérő eszköz. Ezek egyike sem töltődik be, amíg Ön a sütibeállításokban nem engedélyezi a hozzá tartozó sütifajtát, vagy éppen azt az egy szolgáltatást. Itt mindegyik szerepel azokkal a sütikkel együtt, amelyekről ismert, hogy elhelyezi őket.
column-service = Szolgáltatás
column-category = Sütik fajtája
policy-service-no-cookies = nincs ismert

category-necessary = Szükséges
category-necessary-description = A webhely működéséhez elengedhetetlenek; mindig be vannak kapcsolva.
category-preferences = Preferenciák
category-preferences-description = Megjegyzik azokat a választásokat, amelyek a webhely megjelenését vagy működését befolyásolják, például egy régiót vagy egy megjelenítési beállítást.
category-statistics = Statisztika
category-statistics-description = Mérik a webhely látogatottságát, hogy fejleszteni lehessen.
category-marketing = Marketing
category-marketing-description = Hirdetések, webhelyeken átívelő követés és más szolgáltatásokból beágyazott tartalmak, például videók.

column-provider = Szolgáltató
column-function = Funkció és hely
column-names = Süti neve(i)
column-purpose = Cél
column-duration = Időtartam
column-party = Forrás
party-first = Első fél
party-third = Harmadik fél
name-prefix = minden név, amely így kezdődik: { $prefix }
exempt-note = Anonimizált látogatottságmérés: hozzájárulás nélkül is működik, de kikapcsolhatja.
domain-note = elhelyezve ezen a domainen: { $domain }

duration-session = A böngésző bezárásáig
duration-hour = { $n ->
    [one] { $n } óra
   *[other] { $n } óra
}
duration-day = { $n ->
    [one] { $n } nap
   *[other] { $n } nap
}
duration-week = { $n ->
    [one] { $n } hét
   *[other] { $n } hét
}
duration-month = { $n ->
    [one] { $n } hónap
   *[other] { $n } hónap
}
duration-year = { $n ->
    [one] { $n } év
   *[other] { $n } év
}

not-found-title = Az oldal nem található
not-found-text = Ezen a címen nincs semmi.
not-found-site = Ez a platform nem kezel „{ $slug }” nevű webhelyet.
not-found-home = Az itt kezelt webhelyek

banner-title = Sütik – { $site }
banner-text = Ez a webhely ({ $site }) elhelyezi a működéséhez szükséges sütiket. Az Ön hozzájárulásával további sütiket is használna, hogy mérje a látogatottságát, és más szolgáltatások tartalmait jelenítse meg. Az elutasítás ugyanolyan egyszerű, mint az elfogadás, és döntését bármikor megváltoztathatja.
banner-accept-all = Összes elfogadása
banner-reject-all = Összes elutasítása
banner-customise = Testreszabás
banner-save = Választás mentése
banner-close = Bezárás elfogadás nélkül
banner-settings = Sütibeállítások
banner-policy-link = Sütikezelési tájékoztató
banner-gpc = Böngészője Global Privacy Control jelzést küld, ezért a marketingsütik kikapcsolva maradnak.
banner-always-on = Mindig bekapcsolva
banner-exempt = Hozzájárulás nélkül is bekapcsolva; Ön kikapcsolhatja.
banner-placeholder = Ehhez a tartalomhoz „{ $category }” kategóriájú sütik szükségesek.
banner-placeholder-accept = „{ $category }” sütik engedélyezése
banner-opt-out-text = Ez a webhely ({ $site }) sütiket használ a működéséhez, a látogatottság méréséhez és hirdetésekhez. Ön bármikor tiltakozhat személyes adatai eladása és megosztása, valamint a célzott hirdetések ellen.
banner-privacy-choices = Adatvédelmi beállítások
banner-gpc-honoured = Tiltakozását figyelembe vettük
banner-notice-ok = Rendben
banner-services = Ebbe a fajtába tartozó szolgáltatások

my-consent-title = Az Ön sütibeállításai – { $site }
my-consent-none = Ezen a webhelyen még nem döntött: csak a szükséges sütik vannak elhelyezve.
my-consent-none-starts-on = Ezen a webhelyen még nem döntött: az Ön tartózkodási helyén a webhely sütijei be vannak kapcsolva, amíg lent ki nem kapcsolja őket.
my-consent-id = Hozzájárulás azonosítója
my-consent-date = Döntés időpontja
my-consent-change = Döntés módosítása
my-consent-withdraw = Hozzájárulás visszavonása
my-consent-back = Vissza a webhelyre
my-consent-opt-out = Tiltakozás az eladás, a megosztás és a célzott hirdetések ellen
my-consent-opt-out-explained = Egyetlen lépéssel leállíthatja személyes adatai eladását és megosztását, valamint a célzott hirdetéseket ezen a webhelyen; a webhely többi sütije változatlan marad.
my-consent-opted-out = Ön ezen a webhelyen tiltakozott az adatai eladása, megosztása és a célzott hirdetések ellen.
audience-heading = Látogatottságmérés
audience-explained = Hogy kiderüljön, mely oldalakat olvassák, minden látogatást süti nélkül számolunk: a hálózati címet és a böngészőt csak arra használjuk, hogy egy nap látogatásait megkülönböztessük egymástól, és soha nem tároljuk őket. Ezekből a számokból senki sem azonosítható, és nem adjuk át őket másnak.
audience-opt-out = Ne számolják a látogatásaimat
audience-stop = Ne számolják tovább a látogatásaimat
audience-resume = Számolják újra a látogatásaimat
audience-stopped = Látogatásait nem számoljuk.
stats-title = Statisztika – { $site }
stats-views = Oldalmegtekintések
stats-visitors = Látogatók
stats-visitors-note = A látogatókat naponta egyszer, sütik nélkül számoljuk: aki több napon is visszatér, azt minden nap külön számoljuk.
stats-audience = Oldalmegtekintések és látogatók naponta
stats-top-path = Legnépszerűbb oldalak
stats-top-referrer = Leggyakoribb hivatkozó webhelyek
stats-top-browser = Böngészők
stats-top-os = Operációs rendszerek
stats-top-device = Eszközök
stats-top-language = Nyelvek
stats-none = (nincs)
stats-decisions = Hozzájárulási döntések
stats-acceptance = Elfogadás kategóriánként (%)
stats-acceptance-language = Elfogadás nyelvenként (%)
stats-undecided = Döntést soha nem hozó látogatók (becslés)
stats-nothing = Még nincs megszámolt adat.
admin-statistics = Statisztika
choice-on = Be
choice-off = Ki

admin-login-title = Bejelentkezés a cookiewarden felületére
admin-username = Felhasználónév
admin-password = Jelszó
admin-login-submit = Bejelentkezés
admin-login-failed = Hibás felhasználónév vagy jelszó.
admin-login-locked = Túl sok sikertelen próbálkozás. Próbálja újra { $minutes } perc múlva.
admin-csrf-failed = Ez az űrlap lejárt, vagy egy másik webhelyről küldték el. Töltse újra az oldalt, és próbálja meg ismét.
admin-login-busy = Jelenleg túl sokan jelentkeznek be. Kérjük, próbálja újra egy kis idő múlva.
admin-home-title = Webhelyek
admin-signed-in-as = Bejelentkezve: { $user }
admin-logout = Kijelentkezés
admin-logout-everywhere = Kijelentkezés mindenhonnan
admin-no-sites = Ön még egyetlen webhelynek sem tagja; egy adminisztrátor felveheti.
admin-site-policy = Sütikezelési tájékoztató
admin-role-admin = adminisztrátor
admin-role-editor = szerkesztő
admin-role-viewer = megtekintő
admin-consents = Hozzájárulási napló
admin-consents-title = Hozzájárulási napló – { $site }
admin-consents-count = { $total ->
    [0] Nincs egyező bejegyzés
    [one] Egy egyező bejegyzés
   *[other] { $total } egyező bejegyzés
}; ebből ezen az oldalon: { $shown }.
admin-col-time = Rögzítve (UTC)
admin-col-id = Hozzájárulás azonosítója
admin-col-method = Módszer
admin-col-choices = Engedélyezve
admin-col-language = Nyelv
admin-col-rules = Régió és szabályok
admin-filter-from = Ettől
admin-filter-to = Eddig
admin-filter-method = Módszer
admin-filter-any = bármely
admin-filter-id = Hozzájárulás azonosítója
admin-filter-submit = Szűrés
admin-export-csv = Letöltés CSV formátumban
admin-not-member = Ön nem tagja ennek a webhelynek.
admin-bad-filter = Érvénytelen szűrőérték: `{ $value }`. A dátumok formátuma ÉÉÉÉ-HH-NN, a módszereket pedig úgy kell megadni, ahogy a naplóban szerepelnek.
admin-users = Felhasználók
admin-audit = Auditnapló
admin-col-user = Felhasználó
admin-col-roles = Szerepkörök
admin-col-state = Állapot
admin-col-actor = Ki
admin-col-action = Mit
admin-col-target = Érintett
admin-col-before = Előtte
admin-col-after = Utána
admin-state-active = aktív
admin-state-disabled = letiltva
admin-disable = Letiltás
admin-enable = Engedélyezés
admin-not-admin = Ezt csak adminisztrátorok tehetik meg.
admin-not-yourself = A saját fiókját nem tilthatja le.
admin-unknown-user = Nincs ilyen felhasználó.
admin-settings = Beállítások
admin-settings-title = Beállítások – { $site }
admin-field-name = Név
admin-field-origins = Eredetek
admin-field-origins-help = Azok a címek, amelyekről a webhely elérhető, soronként egy, például https://www.example.org. A sütisáv csak az ezekről a címekről érkező oldalaknak válaszol.
admin-field-languages = Nyelvek
admin-field-languages-help = Vesszővel elválasztott nyelvkódok, például en, fr.
admin-field-default-language = Alapértelmezett nyelv
admin-field-default-language-help = Akkor használatos, ha a látogató böngészője a webhely egyik nyelvét sem kéri.
admin-field-consent-lifetime = A döntés érvényessége
admin-field-consent-lifetime-help = Meddig érvényes a látogató döntése, mielőtt a sütisáv újra rákérdez, például 6 months (angol mértékegységgel); legfeljebb 13 hónap.
admin-field-refusal-cooldown = Az elutasítás érvényessége
admin-field-refusal-cooldown-help = Mennyi ideig nem kérdez rá újra a sütisáv, miután a látogató mindent elutasított, akkor sem, ha a tájékoztató módosul, például 6 months (ez az alapértelmezés); legfeljebb 400 nap.
admin-field-cookie-domain = Közös sütidomain
admin-field-cookie-domain-help = Az összes eredet közös szülődomainje, például example.org, hogy minden aldomainje ugyanazt a döntést használja. Hagyja üresen, ha a döntést gazdagépenként külön szeretné tárolni.
admin-field-default-region = Alapértelmezett régió
admin-field-default-region-help = Azoknak a látogatóknak a régiója, akiket az Ön előtérszerverének régiófejléce nem azonosít: ISO 3166 kód, például FR vagy US-CA. Üresen hagyva: EU.
admin-field-regions = Régiónkénti szabályok
admin-field-regions-help = Szabályonként egy sor, az alapértelmezések helyett (opt-out az Egyesült Államokban, opt-in máshol): régiók, kettőspont, opt-in, opt-out vagy notice, és ha szükséges, hogy ott mennyi ideig érvényes egy elutasítás, például US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = A sütikezelési tájékoztató útvonala
admin-field-policy-path-help = Hol található a sütikezelési tájékoztató a webhelyen, például /cookies-policy.
admin-field-statistics-retention = Nyers látogatottsági adatok megőrzése
admin-field-statistics-retention-help = Legfeljebb 25 hónap. A napi összesítések a nyers adatok törlése után is megmaradnak.
admin-field-statistics-query = Megőrzött lekérdezési paraméterek
admin-field-statistics-query-help = A mért oldalútvonalakban megtartott paraméterek, vesszővel elválasztva, például q, page. Hagyja üresen, ha egyiket sem szeretné megtartani.
admin-field-statistics-cookie = Visszatérő látogatók felismerése
admin-field-statistics-cookie-help = Egy első féltől származó sütit helyez el 13 hónapra, amelyet soha nem hosszabbít meg, és feltünteti a tájékoztatóban.
admin-services = Szolgáltatások
admin-services-help = Más cégek szolgáltatásai, amelyeket ez a webhely használ. Az átjáró visszatartja a címkéiket, amíg a látogató nem engedélyezi őket, a tájékoztató pedig a sütijeikkel együtt sorolja fel őket. A webhely saját szolgáltatásait a gazdagépeikkel és kódrészleteikkel együtt a webhely definíciós fájlja írja le.
admin-services-none = Ez a webhely nem sorol fel szolgáltatást.
admin-service-add = Szolgáltatás hozzáadása
admin-service-remove = Eltávolítás
admin-service-own = a webhely saját szolgáltatása
admin-service-catalogue = a katalógusból
admin-save = Mentés
admin-saved = Mentve.
admin-missing-texts = A sütinek ({ $cookie }) nincs megírt funkciója vagy célja a következő nyelveken: { $languages }. Az ezeken a nyelveken olvasó látogatók helyette az alapértelmezett nyelvű szöveget látják ({ $default }).
admin-read-only = Ezeket a beállításokat megtekintheti; módosítani csak szerkesztők és adminisztrátorok tudják.
admin-not-editor = Ezt csak a webhely szerkesztői és adminisztrátorai módosíthatják.
admin-cookies = Megadott sütik
admin-col-pattern = Név
admin-col-category = Kategória
admin-col-party = Forrás
admin-col-duration = Időtartam
admin-col-provider = Szolgáltató
admin-col-status = Állapot
admin-delete = Törlés
admin-unknown-cookie = Ez a webhely nem adott meg ilyen sütit.
admin-add-cookie = Süti megadása
admin-field-cookie-name = Név
admin-field-cookie-name-help = Ha * karakterrel zárja, minden így kezdődő sütire vonatkozik.
admin-field-provider = Szolgáltató
admin-field-category = Kategória
admin-field-party = Forrás
admin-field-party-help = first: maga a webhely helyezi el; third: egy másik cég domainje helyezi el.
admin-field-duration = Időtartam
admin-field-duration-help = Például 13 months, 1 day vagy session (angol mértékegységgel).
admin-field-domain = Domainnév
admin-field-domain-help = Nem kötelező: az a domain, amelyen a süti el van helyezve, ha az nem a webhely saját domainje.
admin-field-path = Útvonal
admin-field-function = Funkció és hely
admin-field-function-help = Mit csinál a süti, és a webhely mely részén helyezik el.
admin-field-purpose = Cél
admin-field-purpose-help = Miért van rá szüksége a webhelynek, a látogatók számára érthető szavakkal.
admin-add = Hozzáadás
admin-field-exempt = Hozzájárulás alól mentes
admin-field-exempt-help = Csak a legfeljebb 13 hónapig megőrzött, első féltől származó látogatottságmérés lehet mentes.
admin-field-status = Állapot
admin-field-status-help = A piszkozat (draft) mindaddig kimarad a közzétett tájékoztatóból, amíg aktívvá (active) nem teszik.
admin-edit = Szerkesztés
admin-edit-cookie-title = Süti adatai: { $name }
admin-preview = A tájékoztató előnézete
admin-preview-notice = Előnézet: a tájékoztató úgy, ahogyan a látogatók olvasni fogják, { $drafts ->
    [0] piszkozatok nélkül.
    [one] egy aktívvá tett piszkozattal.
   *[other] { $drafts } aktívvá tett piszkozattal.
}
admin-new-site = Új webhely
admin-field-slug = Azonosító
admin-field-slug-help = Kisbetűk, számjegyek és kötőjelek. Megjelenik a címekben, és később nem módosítható.
admin-create = Létrehozás
admin-tokens = API-tokenek
admin-api-document = API-leírás (OpenAPI)
admin-token-created = Íme az új token. Másolja ki most, mert többé nem jelenik meg.
admin-field-label = Címke
admin-field-sites = Webhelyek
admin-field-access = Hozzáférés
admin-access-read = csak olvasás
admin-access-write = olvasás és írás
admin-all-sites = minden webhely, amelyen Ön dolgozik
admin-col-created = Létrehozva (UTC)
admin-col-last-used = Utoljára használva (UTC)
admin-revoke = Visszavonás
admin-no-tokens = Még nincs token.
admin-new-token = Új token
admin-unknown-token = Nincs ilyen token.
admin-add-user = Felhasználó hozzáadása
admin-field-role = Szerepkör
admin-field-member-of = Webhelyek
admin-field-member-of-help = Azok a webhelyek, amelyeken egy szerkesztő vagy megtekintő dolgozik; az adminisztrátorok mindegyiken dolgoznak.
admin-texts = A sütisáv és a tájékoztató szövegei
admin-texts-help = Adja meg a webhely saját szövegeit minden nyelvén; az üresen hagyott mező a platform szövegét használja, amely szürkén látszik benne.
admin-field-banner-title = A sütisáv címe
admin-field-banner-text = A sütisáv szövege
admin-field-policy-intro = A tájékoztató bevezető bekezdése

admin-nav = Adminisztráció
admin-site-nav = A webhely oldalai: { $site }
admin-older = Régebbi bejegyzések
admin-newer = Újabb bejegyzések
admin-show-oldest = A legrégebbiek elöl
admin-show-newest = A legújabbak elöl
admin-confirm-title = Kérjük, erősítse meg
admin-confirm-delete-cookie = Törli a következő süti adatait: { $name }? A süti azonnal kikerül a közzétett tájékoztatóból; a már tárolt hozzájárulási bejegyzések változatlanok maradnak.
admin-confirm-revoke-token = Visszavonja ezt a tokent: „{ $label }”? Az ezt használó szkripteket a rendszer mostantól elutasítja.
admin-cancel = Mégse
admin-sorted-ascending = növekvő sorrendbe rendezve
admin-sorted-descending = csökkenő sorrendbe rendezve
admin-pages = A táblázat oldalai
stats-show-numbers = Számadatok
stats-demo-data = Ezek a számok kitalált bemutatóadatok, amelyeket a rendszer a bemutató indulásakor hozott létre az üres adatbázisban.
admin-col-links = Ugrás
admin-newest = A legújabb változások
admin-older-changes = Régebbi változások
