# Textele paginilor servite de cookiewarden, în limba română. Fiecare mesaj din en.ftl există
# și aici; un test unitar menține cele două fișiere sincronizate.

language-name = Română
language-label = Limbă
language-submit = Schimbați limba

index-title = Site-uri administrate de această platformă
index-intro = Fiecare site de mai jos publică cookie-urile pe care le plasează, la ce folosesc și cât timp rămân.
index-policy-link = Politica privind cookie-urile
index-platform = Cookie-urile proprii ale platformei

policy-title = Politica privind cookie-urile pentru { $site }
policy-why-heading = De ce folosește { $site } cookie-uri
policy-why = { $site } are nevoie de câteva cookie-uri pentru a funcționa așa cum vă așteptați. Cu acordul dumneavoastră, poate folosi și altele, pentru a-și măsura audiența sau pentru a afișa conținut de la alte servicii. Această pagină enumeră fiecare cookie declarat: la ce folosește, cine îl plasează și cât timp rămâne în browserul dumneavoastră.
policy-what-heading = Ce este un cookie?
policy-what = Un cookie este un mic fragment de date, cu un nume, pe care un site web îi cere browserului dumneavoastră să-l păstreze. Browserul îl stochează pentru o perioadă stabilită și îl trimite înapoi acelui site de fiecare dată când reveniți. Cookie-urile pot păstra sesiunea dumneavoastră deschisă, pot reține conținutul unui coș de cumpărături sau pot recunoaște browserul dumneavoastră în timp, pentru a număra vizitele sau pentru a direcționa publicitatea.
policy-types-heading = Patru tipuri de cookie-uri
policy-type-necessary-name = Cookie-uri strict necesare
policy-type-necessary = păstrează informații de la o vizită la alta pe același dispozitiv, cum ar fi un coș de cumpărături, o autentificare sau o setare a interfeței. Site-ul nu poate funcționa fără ele, de aceea sunt plasate fără să vi se ceară acordul.
policy-type-statistics-name = Cookie-uri de statistică
policy-type-statistics = urmăresc ce fac vizitatorii pe site pentru a-i măsura audiența. Când măsurarea este anonimizată, astfel încât să nu poată fi niciodată asociată cu o persoană, nu necesită consimțământ; puteți totuși să renunțați la ea.
policy-type-first-party-name = Cookie-uri proprii (de primă parte)
policy-type-first-party = sunt plasate de site-ul pe care îl vizitați. Pe lângă cele strict necesare, pot colecta date cu caracter personal, vă pot urmări comportamentul pe site sau pot afișa publicitate.
policy-type-third-party-name = Cookie-uri terțe (de terță parte)
policy-type-third-party = sunt plasate de un alt site sau în numele acestuia, adesea un furnizor de publicitate, prin conținut încorporat în site-ul pe care îl vizitați. Ele permit acelui site să afle ce pagini ați vizualizat și să colecteze informații despre dumneavoastră.
policy-list-heading = Cookie-urile site-ului { $site }
policy-none = Acest site nu declară niciun cookie de acest tip.
policy-choices-heading = Dacă vă răzgândiți
policy-choices = Vă puteți modifica sau retrage oricând alegerea, cu butonul „Setări cookie-uri” afișat pe fiecare pagină a site-ului { $site }. Retragerea acordului nu cere mai mult efort decât acordarea lui.
policy-browser = Browserul dumneavoastră afișează, de asemenea, cookie-urile pe care le păstrează și vă permite să le ștergeți sau să le blocați, pentru toate site-urile sau doar pentru unele. Căutați „cookie-uri” sau „date despre site-uri” în setările sau în secțiunea de ajutor a browserului. Blocarea cookie-urilor strict necesare poate împiedica funcționarea unor părți ale site-ului.
policy-version = Versiunea politicii: { $version }
policy-services-heading = Servicii ale altor companii
policy-services = Unele funcții ale site-ului { $site } provin de la alte companii, de exemplu un videoclip încorporat, o hartă sau un instrument de măsurare a audienței. Niciuna nu se încarcă până când nu permiteți, din setările cookie-urilor, tipul de cookie-uri căruia îi aparține sau acel serviciu anume. Fiecare este prezentată aici împreună cu cookie-urile pe care se știe că le plasează.
column-service = Serviciu
column-category = Tipul de cookie-uri
policy-service-no-cookies = niciunul cunoscut

category-necessary = Strict necesare
category-necessary-description = Indispensabile pentru funcționarea site-ului; mereu active.
category-preferences = Preferințe
category-preferences-description = Rețin alegeri care schimbă aspectul sau comportamentul site-ului, cum ar fi o regiune sau o setare de afișare.
category-statistics = Statistici
category-statistics-description = Măsoară audiența site-ului pentru a-l îmbunătăți.
category-marketing = Marketing
category-marketing-description = Publicitate, urmărire de la un site la altul și conținut încorporat din alte servicii, cum ar fi videoclipuri.

column-provider = Furnizor
column-function = Funcție și amplasare
column-names = Numele cookie-urilor
column-purpose = Scop
column-duration = Durată
column-party = Parte
party-first = Primă parte
party-third = Terță parte
name-prefix = orice nume care începe cu { $prefix }
exempt-note = Măsurare anonimizată a audienței: activă fără consimțământ, puteți renunța la ea.
domain-note = plasat pe domeniul { $domain }

duration-session = Până la închiderea browserului
duration-hour = { $n ->
    [one] { $n } oră
    [few] { $n } ore
   *[other] { $n } de ore
}
duration-day = { $n ->
    [one] { $n } zi
    [few] { $n } zile
   *[other] { $n } de zile
}
duration-week = { $n ->
    [one] { $n } săptămână
    [few] { $n } săptămâni
   *[other] { $n } de săptămâni
}
duration-month = { $n ->
    [one] { $n } lună
    [few] { $n } luni
   *[other] { $n } de luni
}
duration-year = { $n ->
    [one] { $n } an
    [few] { $n } ani
   *[other] { $n } de ani
}

not-found-title = Pagina nu a fost găsită
not-found-text = La această adresă nu există nimic.
not-found-site = Niciun site numit „{ $slug }” nu este administrat aici.
not-found-home = Vedeți site-urile administrate aici

banner-title = Cookie-uri pe { $site }
banner-text = { $site } plasează cookie-urile de care are nevoie pentru a funcționa. Cu acordul dumneavoastră, ar folosi și altele, pentru a-și măsura audiența și pentru a afișa conținut de la alte servicii. Refuzul este la fel de simplu ca acceptarea și vă puteți răzgândi oricând.
banner-accept-all = Acceptați toate
banner-reject-all = Refuzați toate
banner-customise = Personalizați
banner-save = Salvați opțiunile
banner-close = Închideți fără a accepta
banner-settings = Setări cookie-uri
banner-policy-link = Politica privind cookie-urile
banner-gpc = Browserul dumneavoastră trimite semnalul Global Privacy Control, așa că cookie-urile de marketing rămân dezactivate.
banner-always-on = Mereu active
banner-exempt = Activ fără consimțământ; îl puteți dezactiva.
banner-placeholder = Acest conținut necesită cookie-uri din categoria „{ $category }”.
banner-placeholder-accept = Permiteți cookie-urile din categoria „{ $category }”
banner-opt-out-text = { $site } folosește cookie-uri pentru a funcționa, pentru a-și măsura audiența și pentru publicitate. Puteți renunța oricând la vânzarea și partajarea informațiilor dumneavoastră personale și la publicitatea direcționată.
banner-privacy-choices = Opțiunile dumneavoastră privind confidențialitatea
banner-gpc-honoured = Solicitarea dumneavoastră de renunțare a fost respectată
banner-notice-ok = Am înțeles
banner-services = Servicii de acest tip

my-consent-title = Opțiunile dumneavoastră privind cookie-urile pe { $site }
my-consent-none = Nu ați făcut încă nicio alegere pe acest site: sunt plasate doar cookie-urile strict necesare.
my-consent-none-starts-on = Nu ați făcut încă nicio alegere pe acest site: acolo unde vă aflați, cookie-urile sale sunt active până când le dezactivați mai jos.
my-consent-id = ID-ul consimțământului
my-consent-date = Data deciziei
my-consent-change = Modificați opțiunile
my-consent-withdraw = Retrageți consimțământul
my-consent-back = Înapoi la site
my-consent-opt-out = Renunțați la vânzare, partajare și publicitate direcționată
my-consent-opt-out-explained = O singură acțiune oprește vânzarea și partajarea informațiilor dumneavoastră personale și publicitatea direcționată pe acest site; celelalte cookie-uri ale site-ului rămân neschimbate.
my-consent-opted-out = Ați renunțat la vânzare, partajare și publicitate direcționată pe acest site.
audience-heading = Măsurarea audienței
audience-explained = Pentru a ști ce pagini sunt citite, fiecare vizită este numărată fără niciun cookie: adresa și browserul servesc doar la deosebirea vizitelor din aceeași zi și nu sunt păstrate niciodată. Nimeni nu poate fi recunoscut pe baza acestor numărători, iar ele nu sunt partajate.
audience-opt-out = Nu îmi numărați vizitele
audience-stop = Nu îmi mai numărați vizitele
audience-resume = Numărați-mi din nou vizitele
audience-stopped = Vizitele dumneavoastră nu sunt numărate.
stats-title = Statistici pentru { $site }
stats-views = Afișări de pagină
stats-visitors = Vizitatori
stats-visitors-note = Vizitatorii sunt numărați o dată pe zi, fără cookie-uri: pe parcursul mai multor zile, o persoană care a revenit este numărată în fiecare zi.
stats-audience = Afișări de pagină și vizitatori pe zi
stats-top-path = Cele mai vizitate pagini
stats-top-referrer = Principalele surse de trafic
stats-top-browser = Browsere
stats-top-os = Sisteme de operare
stats-top-device = Dispozitive
stats-top-language = Limbi
stats-none = (niciunul)
stats-decisions = Decizii privind consimțământul
stats-acceptance = Acceptare pe categorii (%)
stats-acceptance-language = Acceptare pe limbi (%)
stats-undecided = Vizitatori care nu au decis niciodată (estimare)
stats-nothing = Nimic numărat deocamdată.
admin-statistics = Statistici
choice-on = Activat
choice-off = Dezactivat

admin-login-title = Conectați-vă la cookiewarden
admin-username = Nume de utilizator
admin-password = Parolă
admin-login-submit = Conectați-vă
admin-login-failed = Numele de utilizator sau parola sunt greșite.
admin-login-locked = Prea multe încercări eșuate. Încercați din nou peste { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}.
admin-csrf-failed = Acest formular a expirat sau a fost trimis de pe alt site. Reîncărcați pagina și încercați din nou.
admin-login-busy = Prea multe persoane se conectează acum. Vă rugăm să încercați din nou în câteva momente.
admin-home-title = Site-uri
admin-signed-in-as = Utilizator conectat: { $user }
admin-logout = Deconectați-vă
admin-logout-everywhere = Deconectați-vă de pe toate dispozitivele
admin-no-sites = Nu sunteți încă membru al niciunui site; un administrator vă poate adăuga.
admin-site-policy = Politica privind cookie-urile
admin-role-admin = administrator
admin-role-editor = redactor
admin-role-viewer = cititor
admin-consents = Registrul consimțămintelor
admin-consents-title = Registrul consimțămintelor pentru { $site }
admin-consents-count = { $total ->
    [0] Nicio înregistrare nu corespunde
    [one] { $total } înregistrare corespunde
    [few] { $total } înregistrări corespund
   *[other] { $total } de înregistrări corespund
}; pe această pagină: { $shown }.
admin-col-time = Înregistrat (UTC)
admin-col-id = ID consimțământ
admin-col-method = Metodă
admin-col-choices = Acordat
admin-col-language = Limbă
admin-col-rules = Regiune și reguli
admin-filter-from = De la
admin-filter-to = Până la
admin-filter-method = Metodă
admin-filter-any = oricare
admin-filter-id = ID consimțământ
admin-filter-submit = Filtrați
admin-export-csv = Descărcați în format CSV
admin-not-member = Nu sunteți membru al acestui site.
admin-bad-filter = Valoare de filtru nevalidă `{ $value }`: datele se scriu AAAA-LL-ZZ, iar metodele așa cum au fost înregistrate.
admin-users = Utilizatori
admin-audit = Jurnal de audit
admin-col-user = Utilizator
admin-col-roles = Roluri
admin-col-state = Stare
admin-col-actor = Cine
admin-col-action = Ce
admin-col-target = Asupra
admin-col-before = Înainte
admin-col-after = După
admin-state-active = activ
admin-state-disabled = dezactivat
admin-disable = Dezactivați
admin-enable = Activați
admin-not-admin = Doar administratorii pot face acest lucru.
admin-not-yourself = Nu vă puteți dezactiva propriul cont.
admin-unknown-user = Acest utilizator nu există.
admin-settings = Setări
admin-settings-title = Setările site-ului { $site }
admin-field-name = Nume
admin-field-origins = Origini
admin-field-origins-help = Adresele de la care este servit site-ul, câte una pe rând, cum ar fi https://www.example.org. Bannerul răspunde doar paginilor de la aceste adrese.
admin-field-languages = Limbi
admin-field-languages-help = Coduri de limbă separate prin virgulă, cum ar fi en, fr.
admin-field-default-language = Limba implicită
admin-field-default-language-help = Folosită atunci când browserul vizitatorului nu solicită niciuna dintre limbile site-ului.
admin-field-consent-lifetime = Valabilitatea alegerii
admin-field-consent-lifetime-help = Cât timp este valabilă alegerea unui vizitator înainte ca bannerul să întrebe din nou, cum ar fi 6 months; cel mult 13 luni.
admin-field-refusal-cooldown = Durata de respectare a refuzului
admin-field-refusal-cooldown-help = Cât timp bannerul nu mai întreabă după refuzul tuturor cookie-urilor, chiar dacă politica se schimbă, cum ar fi 6 months (valoarea implicită); cel mult 400 de zile.
admin-field-cookie-domain = Domeniu comun pentru cookie
admin-field-cookie-domain-help = Un domeniu părinte al tuturor originilor, cum ar fi example.org, astfel încât toate subdomeniile sale să partajeze aceeași alegere. Lăsați gol pentru a păstra alegerea separat pe fiecare gazdă.
admin-field-default-region = Regiune implicită
admin-field-default-region-help = Regiunea vizitatorilor pe care antetul de regiune al serverului dumneavoastră frontal nu îi localizează: un cod ISO 3166, cum ar fi FR sau US-CA. Lăsați gol pentru EU.
admin-field-regions = Reguli pe regiuni
admin-field-regions-help = Câte o regulă pe rând, în locul celor implicite (opt-out în Statele Unite, opt-in în rest): regiunile, două puncte, opt-in, opt-out sau notice și, opțional, cât timp este respectat acolo un refuz, cum ar fi US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Calea politicii privind cookie-urile
admin-field-policy-path-help = Unde se află pe site politica privind cookie-urile, cum ar fi /cookies-policy.
admin-field-statistics-retention = Păstrarea datelor brute de audiență
admin-field-statistics-retention-help = Cel mult 25 de luni. Totalurile zilnice rămân după ștergerea datelor brute.
admin-field-statistics-query = Parametri de interogare păstrați
admin-field-statistics-query-help = Parametrii păstrați în căile paginilor măsurate, separați prin virgulă, cum ar fi q, page. Lăsați gol pentru a nu păstra niciunul.
admin-field-statistics-cookie = Recunoașterea vizitatorilor care revin
admin-field-statistics-cookie-help = Plasează un cookie propriu pentru 13 luni, care nu este reînnoit niciodată, și îl declară în politică.
admin-services = Servicii
admin-services-help = Servicii ale altor companii pe care le folosește acest site. Gateway-ul reține etichetele lor până când vizitatorul le permite, iar politica le enumeră împreună cu cookie-urile lor. Serviciile proprii ale site-ului, cu gazdele și fragmentele lor de cod, sunt descrise în fișierul său de definiție.
admin-services-none = Acest site nu enumeră niciun serviciu.
admin-service-add = Adăugați serviciul
admin-service-remove = Eliminați
admin-service-own = propriu site-ului
admin-service-catalogue = din catalog
admin-save = Salvați
admin-saved = Salvat.
admin-missing-texts = Cookie-ul { $cookie } nu are funcția sau scopul scrise în limbile { $languages }: vizitatorii care citesc în aceste limbi văd în schimb textul în limba implicită ({ $default }).
admin-read-only = Puteți citi aceste setări; doar redactorii și administratorii le pot modifica.
admin-not-editor = Doar redactorii și administratorii site-ului îl pot modifica.
admin-cookies = Cookie-uri declarate
admin-col-pattern = Nume
admin-col-category = Categorie
admin-col-party = Parte
admin-col-duration = Durată
admin-col-provider = Furnizor
admin-col-status = Stare
admin-delete = Ștergeți
admin-unknown-cookie = Acest site nu declară un astfel de cookie.
admin-add-cookie = Declarați un cookie
admin-field-cookie-name = Nume
admin-field-cookie-name-help = Încheiați-l cu * pentru a declara toate cookie-urile care încep astfel.
admin-field-provider = Furnizor
admin-field-category = Categorie
admin-field-party = Parte
admin-field-party-help = first: plasat chiar de site; third: plasat de domeniul altei companii.
admin-field-duration = Durată
admin-field-duration-help = De exemplu 13 months, 1 day sau session.
admin-field-domain = Domeniu
admin-field-domain-help = Opțional: domeniul pe care este plasat cookie-ul, atunci când nu este domeniul propriu al site-ului.
admin-field-path = Cale
admin-field-function = Funcție și amplasare
admin-field-function-help = Ce face cookie-ul și unde anume pe site este plasat.
admin-field-purpose = Scop
admin-field-purpose-help = De ce are nevoie site-ul de el, în cuvinte pe care un vizitator le înțelege.
admin-add = Adăugați
admin-field-exempt = Scutit de consimțământ
admin-field-exempt-help = Se aplică doar măsurării proprii a audienței, cu o durată de păstrare de cel mult 13 luni.
admin-field-status = Stare
admin-field-status-help = O ciornă nu apare în politica publicată până când nu este activată.
admin-edit = Editați
admin-edit-cookie-title = Declarația pentru { $name }
admin-preview = Previzualizarea politicii
admin-preview-notice = Previzualizare: politica așa cum o vor citi vizitatorii, { $drafts ->
    [0] fără nicio declarație în ciornă.
    [one] cu { $drafts } declarație în ciornă activată.
    [few] cu { $drafts } declarații în ciornă activate.
   *[other] cu { $drafts } de declarații în ciornă activate.
}
admin-new-site = Site nou
admin-field-slug = Identificator
admin-field-slug-help = Litere mici fără diacritice, cifre și cratime. Apare în adrese și nu mai poate fi schimbat ulterior.
admin-create = Creați
admin-tokens = Tokenuri API
admin-api-document = Descrierea API (OpenAPI)
admin-token-created = Iată noul token. Copiați-l acum: nu va mai fi afișat.
admin-field-label = Etichetă
admin-field-sites = Site-uri
admin-field-access = Acces
admin-access-read = doar citire
admin-access-write = citire și scriere
admin-all-sites = toate site-urile la care lucrați
admin-col-created = Creat (UTC)
admin-col-last-used = Ultima utilizare (UTC)
admin-revoke = Revocați
admin-no-tokens = Niciun token deocamdată.
admin-new-token = Token nou
admin-unknown-token = Acest token nu există.
admin-add-user = Adăugați un utilizator
admin-field-role = Rol
admin-field-member-of = Site-uri
admin-field-member-of-help = Site-urile la care lucrează un redactor sau un cititor; un administrator lucrează la toate.
admin-texts = Textele bannerului și ale politicii
admin-texts-help = Scrieți textele proprii ale site-ului în fiecare dintre limbile sale; un câmp lăsat gol păstrează textul platformei, afișat în gri în câmpul respectiv.
admin-field-banner-title = Titlul bannerului
admin-field-banner-text = Textul bannerului
admin-field-policy-intro = Paragraful introductiv al politicii

admin-nav = Administrare
admin-site-nav = Paginile site-ului { $site }
admin-older = Înregistrări mai vechi
admin-newer = Înregistrări mai noi
admin-show-oldest = Afișați mai întâi cele mai vechi
admin-show-newest = Afișați mai întâi cele mai noi
admin-confirm-title = Confirmați
admin-confirm-delete-cookie = Ștergeți declarația pentru { $name }? Cookie-ul dispare imediat din politica publicată; înregistrările de consimțământ deja păstrate rămân neschimbate.
admin-confirm-revoke-token = Revocați tokenul „{ $label }”? De acum înainte, orice script care îl folosește va fi refuzat.
admin-cancel = Anulați
admin-sorted-ascending = sortat în ordine crescătoare
admin-sorted-descending = sortat în ordine descrescătoare
admin-pages = Paginile tabelului
stats-show-numbers = Cifrele
stats-demo-data = Aceste cifre sunt date demonstrative sintetice, generate la pornirea demonstrației pe o bază de date goală.
admin-col-links = Mergeți la
admin-newest = Cele mai recente modificări
admin-older-changes = Modificări mai vechi
