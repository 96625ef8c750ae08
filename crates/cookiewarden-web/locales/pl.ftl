# Teksty stron wyświetlanych przez cookiewarden, po polsku. Każdy komunikat z en.ftl istnieje
# także tutaj; test jednostkowy pilnuje zgodności obu plików.

language-name = Polski
language-label = Język
language-submit = Zmień język

index-title = Serwisy zarządzane przez tę platformę
index-intro = Każdy z poniższych serwisów publikuje informacje o zapisywanych plikach cookie: do czego służą i jak długo są przechowywane.
index-policy-link = Polityka plików cookie
index-platform = Pliki cookie tej platformy

policy-title = Polityka plików cookie serwisu { $site }
policy-why-heading = Dlaczego serwis { $site } używa plików cookie
policy-why = Serwis { $site } potrzebuje kilku plików cookie, aby działać zgodnie z Państwa oczekiwaniami. Za Państwa zgodą może używać także innych – do pomiaru oglądalności lub wyświetlania treści z innych usług. Na tej stronie wymieniono wszystkie zadeklarowane przez niego pliki cookie: do czego służą, kto je zapisuje i jak długo pozostają w Państwa przeglądarce.
policy-what-heading = Czym jest plik cookie?
policy-what = Plik cookie to niewielka, opatrzona nazwą porcja danych, którą strona internetowa prosi przeglądarkę o zachowanie. Przeglądarka przechowuje ją przez określony czas i odsyła do tej strony przy każdej kolejnej wizycie. Pliki cookie pozwalają na przykład utrzymać zalogowanie, zapamiętać zawartość koszyka albo rozpoznawać przeglądarkę przez dłuższy czas, aby liczyć wizyty lub dopasowywać reklamy.
policy-types-heading = Cztery rodzaje plików cookie
policy-type-necessary-name = Niezbędne pliki cookie
policy-type-necessary = przechowują informacje między kolejnymi wizytami na tym samym urządzeniu, np. zawartość koszyka, zalogowanie lub ustawienie interfejsu. Serwis nie może bez nich działać, dlatego są zapisywane bez pytania o zgodę.
policy-type-statistics-name = Statystyczne pliki cookie
policy-type-statistics = śledzą działania odwiedzających w serwisie, aby mierzyć jego oglądalność. Jeśli pomiar jest zanonimizowany, tak że nigdy nie da się go powiązać z konkretną osobą, nie wymaga zgody; mimo to można z niego zrezygnować.
policy-type-first-party-name = Własne pliki cookie
policy-type-first-party = zapisuje serwis, który Państwo odwiedzają. Poza niezbędnymi mogą służyć do zbierania danych osobowych, śledzenia Państwa zachowania w serwisie lub wyświetlania reklam.
policy-type-third-party-name = Pliki cookie podmiotów trzecich
policy-type-third-party = zapisuje inny serwis – często należący do reklamodawcy – albo są zapisywane na jego rzecz, za pośrednictwem treści osadzonych w odwiedzanym serwisie. Dzięki nim ten inny serwis może się dowiedzieć, które strony Państwo oglądali, i zbierać o Państwu informacje.
policy-list-heading = Pliki cookie serwisu { $site }
policy-none = Ten serwis nie deklaruje plików cookie tego rodzaju.
policy-choices-heading = Zmiana decyzji
policy-choices = Wybór można w każdej chwili zmienić lub wycofać za pomocą przycisku „Ustawienia plików cookie” dostępnego na każdej stronie serwisu { $site }. Wycofanie zgody jest równie proste jak jej wyrażenie.
policy-browser = Przeglądarka również pokazuje przechowywane pliki cookie i pozwala je usunąć lub zablokować – dla wszystkich serwisów albo tylko dla niektórych. Odpowiednie opcje można znaleźć w jej ustawieniach lub pomocy pod hasłem „pliki cookie” lub „dane witryn”. Zablokowanie niezbędnych plików cookie może sprawić, że niektóre części serwisu przestaną działać.
policy-version = Wersja polityki: { $version }
policy-services-heading = Usługi innych firm
policy-services = Niektóre funkcje serwisu { $site } pochodzą od innych firm – np. osadzony film, mapa czy narzędzie do pomiaru oglądalności. Żadna z nich nie jest wczytywana, dopóki nie zezwolą Państwo w ustawieniach plików cookie na odpowiedni rodzaj plików cookie albo na tę konkretną usługę. Każda jest tu wymieniona wraz z plikami cookie, które – jak wiadomo – zapisuje.
column-service = Usługa
column-category = Rodzaj plików cookie
policy-service-no-cookies = brak znanych

category-necessary = Niezbędne
category-necessary-description = Potrzebne do działania serwisu; zawsze włączone.
category-preferences = Funkcjonalne
category-preferences-description = Zapamiętują wybory, które zmieniają wygląd lub działanie serwisu, np. region albo ustawienia wyświetlania.
category-statistics = Statystyczne
category-statistics-description = Mierzą oglądalność serwisu, aby można go było ulepszać.
category-marketing = Marketingowe
category-marketing-description = Reklama, śledzenie między serwisami i treści osadzone z innych usług, np. filmy.

column-provider = Dostawca
column-function = Funkcja i miejsce użycia
column-names = Nazwa pliku cookie
column-purpose = Cel
column-duration = Czas przechowywania
column-party = Pochodzenie
party-first = Własny
party-third = Podmiotu trzeciego
name-prefix = dowolna nazwa zaczynająca się od { $prefix }
exempt-note = Zanonimizowany pomiar oglądalności: działa bez zgody, można z niego zrezygnować.
domain-note = zapisywany w domenie { $domain }

duration-session = Do zamknięcia przeglądarki
duration-hour = { $n ->
    [one] { $n } godzina
    [few] { $n } godziny
    [many] { $n } godzin
   *[other] { $n } godziny
}
duration-day = { $n ->
    [one] { $n } dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dnia
}
duration-week = { $n ->
    [one] { $n } tydzień
    [few] { $n } tygodnie
    [many] { $n } tygodni
   *[other] { $n } tygodnia
}
duration-month = { $n ->
    [one] { $n } miesiąc
    [few] { $n } miesiące
    [many] { $n } miesięcy
   *[other] { $n } miesiąca
}
duration-year = { $n ->
    [one] { $n } rok
    [few] { $n } lata
    [many] { $n } lat
   *[other] { $n } roku
}

not-found-title = Nie znaleziono strony
not-found-text = Pod tym adresem nic nie ma.
not-found-site = Żaden serwis o nazwie „{ $slug }” nie jest tu zarządzany.
not-found-home = Lista zarządzanych tu serwisów

banner-title = Pliki cookie w serwisie { $site }
banner-text = Serwis { $site } zapisuje pliki cookie potrzebne do działania. Za Państwa zgodą używałby także innych – do pomiaru oglądalności i wyświetlania treści z innych usług. Odmowa jest równie prosta jak zgoda, a decyzję można zmienić w każdej chwili.
banner-accept-all = Akceptuję wszystkie
banner-reject-all = Odrzucam wszystkie
banner-customise = Ustawienia
banner-save = Potwierdzam wybór
banner-close = Zamykam bez wyrażania zgody
banner-settings = Ustawienia plików cookie
banner-policy-link = Polityka plików cookie
banner-gpc = Państwa przeglądarka wysyła sygnał Global Privacy Control, dlatego marketingowe pliki cookie pozostają wyłączone.
banner-always-on = Zawsze włączone
banner-exempt = Działa bez zgody; można to wyłączyć.
banner-placeholder = Ta treść wymaga plików cookie z kategorii „{ $category }”.
banner-placeholder-accept = Zezwalam na pliki cookie z kategorii „{ $category }”
banner-opt-out-text = Serwis { $site } używa plików cookie do działania, pomiaru oglądalności i reklamy. W każdej chwili mogą Państwo sprzeciwić się sprzedaży i udostępnianiu swoich danych osobowych oraz reklamie ukierunkowanej.
banner-privacy-choices = Państwa wybory dotyczące prywatności
banner-gpc-honoured = Sprzeciw został uwzględniony
banner-notice-ok = Rozumiem
banner-services = Usługi tego rodzaju

my-consent-title = Państwa zgody na pliki cookie w serwisie { $site }
my-consent-none = Nie dokonali Państwo jeszcze wyboru w tym serwisie: zapisywane są tylko niezbędne pliki cookie.
my-consent-none-starts-on = Nie dokonali Państwo jeszcze wyboru w tym serwisie: w miejscu, w którym Państwo się znajdują, jego pliki cookie są włączone, dopóki nie wyłączą ich Państwo poniżej.
my-consent-id = Identyfikator zgody
my-consent-date = Data decyzji
my-consent-change = Zmiana wyboru
my-consent-withdraw = Wycofuję zgodę
my-consent-back = Powrót do serwisu
my-consent-opt-out = Sprzeciwiam się sprzedaży i udostępnianiu danych oraz reklamie ukierunkowanej
my-consent-opt-out-explained = Jednym kliknięciem wstrzymają Państwo sprzedaż i udostępnianie swoich danych osobowych oraz reklamę ukierunkowaną w tym serwisie; pozostałe pliki cookie serwisu pozostaną bez zmian.
my-consent-opted-out = Sprzeciwili się Państwo sprzedaży i udostępnianiu danych oraz reklamie ukierunkowanej w tym serwisie.
audience-heading = Pomiar oglądalności
audience-explained = Aby wiedzieć, które strony są czytane, każda wizyta jest liczona bez użycia plików cookie: adres i przeglądarka służą wyłącznie do odróżnienia od siebie wizyt z jednego dnia i nigdy nie są przechowywane. Na podstawie tych liczb nie da się nikogo rozpoznać i nie są one nikomu udostępniane.
audience-opt-out = Nie liczyć moich wizyt
audience-stop = Rezygnuję z liczenia moich wizyt
audience-resume = Przywracam liczenie moich wizyt
audience-stopped = Państwa wizyty nie są liczone.
stats-title = Statystyki serwisu { $site }
stats-views = Odsłony
stats-visitors = Odwiedzający
stats-visitors-note = Odwiedzający są liczeni raz dziennie, bez plików cookie: osoba, która wraca przez kilka dni, jest liczona każdego dnia.
stats-audience = Odsłony i odwiedzający według dni
stats-top-path = Najpopularniejsze strony
stats-top-referrer = Najczęstsze strony odsyłające
stats-top-browser = Przeglądarki
stats-top-os = Systemy operacyjne
stats-top-device = Urządzenia
stats-top-language = Języki
stats-none = (brak)
stats-decisions = Decyzje dotyczące zgody
stats-acceptance = Akceptacja według kategorii (%)
stats-acceptance-language = Akceptacja według języka (%)
stats-undecided = Odwiedzający, którzy nigdy nie podjęli decyzji (szacunek)
stats-nothing = Jeszcze nic nie zliczono.
admin-statistics = Statystyki
choice-on = Włączone
choice-off = Wyłączone

admin-login-title = Logowanie do cookiewarden
admin-username = Nazwa użytkownika
admin-password = Hasło
admin-login-submit = Zaloguj się
admin-login-failed = Nieprawidłowa nazwa użytkownika lub hasło.
admin-login-locked = Zbyt wiele nieudanych prób. Proszę spróbować ponownie za { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.
admin-csrf-failed = Ten formularz wygasł lub został wysłany z innej witryny. Proszę odświeżyć stronę i spróbować ponownie.
admin-login-busy = W tej chwili loguje się zbyt wiele osób. Proszę spróbować ponownie za chwilę.
admin-home-title = Serwisy
admin-signed-in-as = Zalogowano jako { $user }
admin-logout = Wyloguj się
admin-logout-everywhere = Wyloguj się wszędzie
admin-no-sites = To konto nie ma jeszcze dostępu do żadnego serwisu; może go nadać administrator.
admin-site-policy = Polityka plików cookie
admin-role-admin = administrator
admin-role-editor = redaktor
admin-role-viewer = przeglądający
admin-consents = Rejestr zgód
admin-consents-title = Rejestr zgód serwisu { $site }
admin-consents-count = { $total ->
    [0] Nie znaleziono żadnego wpisu
    [one] Znaleziono jeden wpis
    [few] Znaleziono { $total } wpisy
    [many] Znaleziono { $total } wpisów
   *[other] Znaleziono { $total } wpisu
}; na tej stronie: { $shown }.
admin-col-time = Zarejestrowano (UTC)
admin-col-id = Identyfikator zgody
admin-col-method = Sposób
admin-col-choices = Udzielone zgody
admin-col-language = Język
admin-col-rules = Region i reguły
admin-filter-from = Od
admin-filter-to = Do
admin-filter-method = Sposób
admin-filter-any = dowolny
admin-filter-id = Identyfikator zgody
admin-filter-submit = Filtruj
admin-export-csv = Pobierz jako CSV
admin-not-member = To konto nie ma dostępu do tego serwisu.
admin-bad-filter = Nieprawidłowa wartość filtra `{ $value }`: daty w formacie RRRR-MM-DD, sposoby w takiej postaci, w jakiej zostały zarejestrowane.
admin-users = Użytkownicy
admin-audit = Dziennik audytu
admin-col-user = Użytkownik
admin-col-roles = Role
admin-col-state = Stan
admin-col-actor = Kto
admin-col-action = Co
admin-col-target = Obiekt
admin-col-before = Przed
admin-col-after = Po
admin-state-active = aktywny
admin-state-disabled = wyłączony
admin-disable = Wyłącz
admin-enable = Włącz
admin-not-admin = Tę czynność mogą wykonać tylko administratorzy.
admin-not-yourself = Nie można wyłączyć własnego konta.
admin-unknown-user = Nie ma takiego użytkownika.
admin-settings = Ustawienia
admin-settings-title = Ustawienia serwisu { $site }
admin-field-name = Nazwa
admin-field-origins = Adresy serwisu
admin-field-origins-help = Adresy, pod którymi działa serwis, po jednym w wierszu, np. https://www.example.org. Baner odpowiada tylko stronom z tych adresów.
admin-field-languages = Języki
admin-field-languages-help = Kody języków oddzielone przecinkami, np. pl, en.
admin-field-default-language = Język domyślny
admin-field-default-language-help = Używany, gdy przeglądarka odwiedzającego nie prosi o żaden z języków serwisu.
admin-field-consent-lifetime = Ważność wyboru
admin-field-consent-lifetime-help = Jak długo obowiązuje wybór odwiedzającego, zanim baner zapyta ponownie; najwyżej 13 miesięcy. Wartość podaje się po angielsku, np. 6 months.
admin-field-refusal-cooldown = Ważność odmowy
admin-field-refusal-cooldown-help = Jak długo baner nie pyta ponownie po odrzuceniu wszystkiego, także po zmianie polityki; najwyżej 400 dni. Wartość podaje się po angielsku, np. 6 months (domyślnie).
admin-field-cookie-domain = Wspólna domena plików cookie
admin-field-cookie-domain-help = Domena nadrzędna wszystkich adresów serwisu, np. example.org, dzięki której wszystkie jej subdomeny dzielą jeden wybór. Puste pole oznacza osobny wybór dla każdego hosta.
admin-field-default-region = Region domyślny
admin-field-default-region-help = Region odwiedzających, których nie lokalizuje nagłówek regionu przekazywany przez serwer pośredniczący: kod ISO 3166, np. PL lub US-CA. Puste pole oznacza EU.
admin-field-regions = Reguły według regionu
admin-field-regions-help = Jeden wiersz na regułę, zamiast reguł domyślnych (opt-out w Stanach Zjednoczonych, opt-in w pozostałych krajach): regiony, dwukropek, opt-in, opt-out lub notice i opcjonalnie czas respektowania odmowy w danym regionie, np. US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Ścieżka polityki plików cookie
admin-field-policy-path-help = Miejsce polityki plików cookie w serwisie, np. /polityka-cookies.
admin-field-statistics-retention = Przechowywanie surowych danych o oglądalności
admin-field-statistics-retention-help = Najwyżej 25 miesięcy. Dzienne sumy pozostają po usunięciu surowych danych.
admin-field-statistics-query = Zachowywane parametry zapytania
admin-field-statistics-query-help = Parametry zachowywane w mierzonych ścieżkach stron, oddzielone przecinkami, np. q, page. Puste pole oznacza, że żaden nie jest zachowywany.
admin-field-statistics-cookie = Rozpoznawanie powracających odwiedzających
admin-field-statistics-cookie-help = Zapisuje własny plik cookie na 13 miesięcy, bez odnawiania, i deklaruje go w polityce.
admin-services = Usługi
admin-services-help = Usługi innych firm, z których korzysta ten serwis. Bramka wstrzymuje ich tagi, dopóki odwiedzający na nie nie zezwoli, a polityka wymienia je wraz z ich plikami cookie. Własne usługi serwisu, z ich hostami i fragmentami kodu, są opisane w jego pliku definicji.
admin-services-none = Ten serwis nie wymienia żadnych usług.
admin-service-add = Dodaj usługę
admin-service-remove = Usuń
admin-service-own = własna usługa serwisu
admin-service-catalogue = z katalogu
admin-save = Zapisz
admin-saved = Zapisano.
admin-missing-texts = Plik cookie { $cookie } nie ma opisu funkcji ani celu w językach: { $languages }. Odwiedzający korzystający z tych języków widzą zamiast tego tekst w języku { $default }.
admin-read-only = Te ustawienia można przeglądać; zmieniać je mogą tylko redaktorzy i administratorzy.
admin-not-editor = Zmiany w serwisie mogą wprowadzać tylko jego redaktorzy i administratorzy.
admin-cookies = Zadeklarowane pliki cookie
admin-col-pattern = Nazwa
admin-col-category = Kategoria
admin-col-party = Pochodzenie
admin-col-duration = Czas przechowywania
admin-col-provider = Dostawca
admin-col-status = Stan
admin-delete = Usuń
admin-unknown-cookie = Ten serwis nie deklaruje takiego pliku cookie.
admin-add-cookie = Nowa deklaracja pliku cookie
admin-field-cookie-name = Nazwa
admin-field-cookie-name-help = Gwiazdka * na końcu obejmuje wszystkie pliki cookie, których nazwa zaczyna się w ten sposób.
admin-field-provider = Dostawca
admin-field-category = Kategoria
admin-field-party = Pochodzenie
admin-field-party-help = first: zapisywany przez sam serwis; third: zapisywany przez domenę innej firmy.
admin-field-duration = Czas przechowywania
admin-field-duration-help = Wartość podaje się po angielsku, np. 13 months, 1 day lub session.
admin-field-domain = Domena
admin-field-domain-help = Opcjonalnie: domena, w której zapisywany jest plik cookie, jeśli nie jest to domena serwisu.
admin-field-path = Ścieżka
admin-field-function = Funkcja i miejsce użycia
admin-field-function-help = Co robi plik cookie i w którym miejscu serwisu jest zapisywany.
admin-field-purpose = Cel
admin-field-purpose-help = Do czego jest potrzebny serwisowi – słowami zrozumiałymi dla odwiedzającego.
admin-add = Dodaj
admin-field-exempt = Zwolniony z wymogu zgody
admin-field-exempt-help = Dotyczy tylko własnego pomiaru oglądalności przechowywanego najwyżej 13 miesięcy.
admin-field-status = Stan
admin-field-status-help = Deklaracja oznaczona jako draft nie trafia do opublikowanej polityki, dopóki nie zostanie oznaczona jako active.
admin-edit = Edytuj
admin-edit-cookie-title = Deklaracja pliku cookie { $name }
admin-preview = Podgląd polityki
admin-preview-notice = Podgląd: polityka w postaci, w jakiej zobaczą ją odwiedzający, { $drafts ->
    [0] bez deklaracji oznaczonych jako draft.
    [one] po aktywowaniu jednej deklaracji oznaczonej jako draft.
    [few] po aktywowaniu { $drafts } deklaracji oznaczonych jako draft.
    [many] po aktywowaniu { $drafts } deklaracji oznaczonych jako draft.
   *[other] po aktywowaniu { $drafts } deklaracji oznaczonej jako draft.
}
admin-new-site = Nowy serwis
admin-field-slug = Identyfikator
admin-field-slug-help = Małe litery, cyfry i łączniki. Pojawia się w adresach i nie można go później zmienić.
admin-create = Utwórz
admin-tokens = Tokeny API
admin-api-document = Opis API (OpenAPI)
admin-token-created = Oto nowy token. Proszę go teraz skopiować: nie zostanie pokazany ponownie.
admin-field-label = Etykieta
admin-field-sites = Serwisy
admin-field-access = Dostęp
admin-access-read = tylko odczyt
admin-access-write = odczyt i zapis
admin-all-sites = wszystkie serwisy, do których mają Państwo dostęp
admin-col-created = Utworzono (UTC)
admin-col-last-used = Ostatnio użyto (UTC)
admin-revoke = Unieważnij
admin-no-tokens = Nie ma jeszcze żadnego tokenu.
admin-new-token = Nowy token
admin-unknown-token = Nie ma takiego tokenu.
admin-add-user = Dodaj użytkownika
admin-field-role = Rola
admin-field-member-of = Serwisy
admin-field-member-of-help = Serwisy, w których pracuje redaktor lub przeglądający; administrator ma dostęp do wszystkich.
admin-texts = Teksty banera i polityki
admin-texts-help = Własne teksty serwisu można wpisać w każdym z jego języków; puste pole oznacza tekst platformy, widoczny w nim na szaro.
admin-field-banner-title = Nagłówek banera
admin-field-banner-text = Treść banera
admin-field-policy-intro = Akapit wstępny polityki

admin-nav = Panel administracyjny
admin-site-nav = Strony serwisu { $site }
admin-older = Starsze wpisy
admin-newer = Nowsze wpisy
admin-show-oldest = Najpierw najstarsze
admin-show-newest = Najpierw najnowsze
admin-confirm-title = Potwierdzenie
admin-confirm-delete-cookie = Usunąć deklarację pliku cookie { $name }? Plik cookie natychmiast zniknie z opublikowanej polityki; zarejestrowane już zgody pozostaną bez zmian.
admin-confirm-revoke-token = Unieważnić token „{ $label }”? Każdy skrypt, który go używa, będzie od teraz odrzucany.
admin-cancel = Anuluj
admin-sorted-ascending = posortowano rosnąco
admin-sorted-descending = posortowano malejąco
admin-pages = Strony tabeli
stats-show-numbers = Liczby
stats-demo-data = Te liczby to syntetyczne dane demonstracyjne, wygenerowane przy uruchomieniu wersji demonstracyjnej na pustej bazie danych.
admin-col-links = Odnośniki
admin-newest = Najnowsze zmiany
admin-older-changes = Starsze zmiany
