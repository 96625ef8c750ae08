# Тексти сторінок, які надає cookiewarden, українською мовою. Кожне повідомлення з en.ftl
# є і тут; модульний тест стежить, щоб обидва файли збігалися.

language-name = Українська
language-label = Мова
language-submit = Змінити мову

index-title = Сайти, якими керує ця платформа
index-intro = Кожен сайт нижче публікує файли cookie, які він встановлює, їхнє призначення та строк зберігання.
index-policy-link = Політика щодо файлів cookie
index-platform = Файли cookie самої платформи

policy-title = Політика щодо файлів cookie сайту { $site }
policy-why-heading = Чому сайт { $site } використовує файли cookie
policy-why = Сайту { $site } потрібно кілька файлів cookie, щоб працювати так, як ви очікуєте. За вашою згодою він може використовувати й інші — щоб вимірювати свою аудиторію або показувати вміст інших сервісів. На цій сторінці перелічено всі файли cookie, які заявляє сайт: для чого вони, хто їх встановлює і скільки часу вони зберігаються у вашому браузері.
policy-what-heading = Що таке файл cookie?
policy-what = Файл cookie — це невеликий фрагмент даних із назвою, який вебсайт просить ваш браузер зберегти. Браузер зберігає його визначений час і повертає цьому вебсайту щоразу, коли ви заходите знову. Завдяки файлам cookie ви можете залишатися в обліковому записі, а сайт — запам’ятовувати вміст кошика або з часом розпізнавати ваш браузер, щоб рахувати відвідування чи націлювати рекламу.
policy-types-heading = Чотири види файлів cookie
policy-type-necessary-name = Необхідні файли cookie
policy-type-necessary = зберігають інформацію від одного відвідування до наступного на тому самому пристрої, наприклад кошик, вхід в обліковий запис або налаштування інтерфейсу. Без них сайт не може працювати, тому вони встановлюються без запиту вашої згоди.
policy-type-statistics-name = Статистичні файли cookie
policy-type-statistics = відстежують дії відвідувачів на сайті, щоб вимірювати його аудиторію. Якщо вимірювання анонімізоване, тобто його ніколи не можна пов’язати з конкретною людиною, згода не потрібна; проте ви все одно можете від нього відмовитися.
policy-type-first-party-name = Власні файли cookie
policy-type-first-party = встановлюються сайтом, який ви відвідуєте. Окрім необхідних, вони можуть збирати персональні дані, відстежувати вашу поведінку на сайті або показувати рекламу.
policy-type-third-party-name = Сторонні файли cookie
policy-type-third-party = встановлюються іншим вебсайтом або від його імені — часто рекламодавцем — через вміст, вбудований у сайт, який ви відвідуєте. Вони дають змогу цьому іншому вебсайту дізнатися, які сторінки ви переглядали, і збирати інформацію про вас.
policy-list-heading = Файли cookie сайту { $site }
policy-none = Цей сайт не заявляє файлів cookie цього виду.
policy-choices-heading = Якщо ви передумали
policy-choices = Ви можете будь-коли змінити або відкликати свій вибір за допомогою кнопки «Налаштування файлів cookie», яка є на кожній сторінці сайту { $site }. Відкликати згоду так само просто, як і надати її.
policy-browser = Ваш браузер також показує файли cookie, які зберігає, і дає змогу видаляти або блокувати їх — для всіх сайтів чи лише для деяких. Шукайте «файли cookie» або «дані сайтів» у його налаштуваннях чи довідці. Якщо заблокувати необхідні файли cookie, окремі частини сайту можуть перестати працювати.
policy-version = Версія політики: { $version }
policy-services-heading = Сервіси інших компаній
policy-services = Деякі функції сайту { $site } надають інші компанії — наприклад, вбудоване відео, мапа чи інструмент для вимірювання аудиторії. Жоден із цих сервісів не завантажується, доки ви не дозволите в налаштуваннях файлів cookie відповідний вид файлів cookie або саме цей сервіс. Тут кожен сервіс наведено разом із файлами cookie, які він, як відомо, встановлює.
column-service = Сервіс
column-category = Вид файлів cookie
policy-service-no-cookies = відомих немає

category-necessary = Необхідні
category-necessary-description = Потрібні для роботи сайту; завжди ввімкнені.
category-preferences = Уподобання
category-preferences-description = Запам’ятовують вибір, що змінює вигляд або поведінку сайту, наприклад регіон чи налаштування відображення.
category-statistics = Статистика
category-statistics-description = Вимірюють аудиторію сайту, щоб його вдосконалювати.
category-marketing = Маркетинг
category-marketing-description = Реклама, відстеження на різних сайтах і вміст, вбудований з інших сервісів, наприклад відео.

column-provider = Постачальник
column-function = Функція та розташування
column-names = Назва (назви) файлу cookie
column-purpose = Мета
column-duration = Строк зберігання
column-party = Джерело
party-first = Власний
party-third = Сторонній
name-prefix = будь-яка назва, що починається з { $prefix }
exempt-note = Анонімізоване вимірювання аудиторії: працює без згоди, ви можете від нього відмовитися.
domain-note = встановлюється для домену { $domain }

duration-session = До закриття браузера
duration-hour = { $n ->
    [one] { $n } година
    [few] { $n } години
    [many] { $n } годин
   *[other] { $n } години
}
duration-day = { $n ->
    [one] { $n } день
    [few] { $n } дні
    [many] { $n } днів
   *[other] { $n } дня
}
duration-week = { $n ->
    [one] { $n } тиждень
    [few] { $n } тижні
    [many] { $n } тижнів
   *[other] { $n } тижня
}
duration-month = { $n ->
    [one] { $n } місяць
    [few] { $n } місяці
    [many] { $n } місяців
   *[other] { $n } місяця
}
duration-year = { $n ->
    [one] { $n } рік
    [few] { $n } роки
    [many] { $n } років
   *[other] { $n } року
}

not-found-title = Сторінку не знайдено
not-found-text = За цією адресою нічого немає.
not-found-site = Тут немає сайту з назвою «{ $slug }».
not-found-home = Переглянути сайти, якими тут керують

banner-title = Файли cookie на сайті { $site }
banner-text = Сайт { $site } встановлює файли cookie, потрібні для його роботи. За вашою згодою він також використовував би інші — щоб вимірювати аудиторію й показувати вміст інших сервісів. Відмовитися так само просто, як погодитися, і ви можете змінити свій вибір будь-коли.
banner-accept-all = Прийняти всі
banner-reject-all = Відхилити всі
banner-customise = Налаштувати
banner-save = Зберегти мій вибір
banner-close = Закрити без згоди
banner-settings = Налаштування файлів cookie
banner-policy-link = Політика щодо файлів cookie
banner-gpc = Ваш браузер надсилає сигнал Global Privacy Control, тому маркетингові файли cookie залишаються вимкненими.
banner-always-on = Завжди ввімкнені
banner-exempt = Працює без згоди; ви можете це вимкнути.
banner-placeholder = Для цього вмісту потрібні файли cookie категорії «{ $category }».
banner-placeholder-accept = Дозволити файли cookie категорії «{ $category }»
banner-opt-out-text = Сайт { $site } використовує файли cookie для роботи, вимірювання аудиторії та реклами. Ви можете будь-коли відмовитися від продажу й передачі своєї персональної інформації, а також від таргетованої реклами.
banner-privacy-choices = Ваш вибір щодо конфіденційності
banner-gpc-honoured = Ваш запит на відмову виконано
banner-notice-ok = Зрозуміло
banner-services = Сервіси цього виду

my-consent-title = Ваш вибір щодо файлів cookie на сайті { $site }
my-consent-none = Ви ще не зробили вибору на цьому сайті: встановлено лише необхідні файли cookie.
my-consent-none-starts-on = Ви ще не зробили вибору на цьому сайті: там, де ви перебуваєте, його файли cookie ввімкнені, доки ви не вимкнете їх нижче.
my-consent-id = Ідентифікатор згоди
my-consent-date = Дата рішення
my-consent-change = Змінити мій вибір
my-consent-withdraw = Відкликати мою згоду
my-consent-back = Повернутися на сайт
my-consent-opt-out = Відмовитися від продажу, передачі даних і таргетованої реклами
my-consent-opt-out-explained = Одна дія припиняє продаж і передачу вашої персональної інформації та таргетовану рекламу на цьому сайті; інші файли cookie сайту залишаються без змін.
my-consent-opted-out = Ви відмовилися від продажу, передачі даних і таргетованої реклами на цьому сайті.
audience-heading = Вимірювання аудиторії
audience-explained = Щоб знати, які сторінки читають, кожне відвідування враховується без жодних файлів cookie: адреса та браузер слугують лише для того, щоб розрізняти відвідування протягом одного дня, і ніколи не зберігаються. За цими підрахунками нікого не можна впізнати, і їх нікому не передають.
audience-opt-out = Не враховувати мої відвідування
audience-stop = Припинити враховувати мої відвідування
audience-resume = Знову враховувати мої відвідування
audience-stopped = Ваші відвідування не враховуються.
stats-title = Статистика сайту { $site }
stats-views = Перегляди сторінок
stats-visitors = Відвідувачі
stats-visitors-note = Відвідувачів рахують раз на день, без файлів cookie: якщо людина поверталася протягом кількох днів, її враховують за кожен день.
stats-audience = Перегляди сторінок і відвідувачі за днями
stats-top-path = Найпопулярніші сторінки
stats-top-referrer = Основні джерела переходів
stats-top-browser = Браузери
stats-top-os = Операційні системи
stats-top-device = Пристрої
stats-top-language = Мови
stats-none = (немає)
stats-decisions = Рішення щодо згоди
stats-acceptance = Згода за категоріями (%)
stats-acceptance-language = Згода за мовами (%)
stats-undecided = Відвідувачі, які так і не зробили вибору (оцінка)
stats-nothing = Поки що нічого не враховано.
admin-statistics = Статистика
choice-on = Увімкнено
choice-off = Вимкнено

admin-login-title = Вхід до cookiewarden
admin-username = Ім’я користувача
admin-password = Пароль
admin-login-submit = Увійти
admin-login-failed = Неправильне ім’я користувача або пароль.
admin-login-locked = Забагато невдалих спроб. Спробуйте знову через { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.
admin-csrf-failed = Термін дії цієї форми минув, або її надіслано з іншого сайту. Оновіть сторінку та спробуйте знову.
admin-login-busy = Зараз входить забагато користувачів. Спробуйте знову за мить.
admin-home-title = Сайти
admin-signed-in-as = Ви ввійшли як { $user }
admin-logout = Вийти
admin-logout-everywhere = Вийти на всіх пристроях
admin-no-sites = Ви ще не є учасником жодного сайту; адміністратор може вас додати.
admin-site-policy = Політика щодо файлів cookie
admin-role-admin = адміністратор
admin-role-editor = редактор
admin-role-viewer = спостерігач
admin-consents = Журнал згод
admin-consents-title = Журнал згод сайту { $site }
admin-consents-count = { $total ->
    [0] Жодного відповідного запису
    [one] Знайдено { $total } запис
    [few] Знайдено { $total } записи
    [many] Знайдено { $total } записів
   *[other] Знайдено { $total } запису
}; на цій сторінці: { $shown }.
admin-col-time = Записано (UTC)
admin-col-id = Ідентифікатор згоди
admin-col-method = Спосіб
admin-col-choices = Дозволено
admin-col-language = Мова
admin-col-rules = Регіон і правила
admin-filter-from = Від
admin-filter-to = До
admin-filter-method = Спосіб
admin-filter-any = будь-який
admin-filter-id = Ідентифікатор згоди
admin-filter-submit = Фільтрувати
admin-export-csv = Завантажити як CSV
admin-not-member = Ви не є учасником цього сайту.
admin-bad-filter = Неприпустиме значення фільтра `{ $value }`: дати записуються у форматі РРРР-ММ-ДД, способи — так, як їх записано.
admin-users = Користувачі
admin-audit = Журнал аудиту
admin-col-user = Користувач
admin-col-roles = Ролі
admin-col-state = Стан
admin-col-actor = Хто
admin-col-action = Що
admin-col-target = Об’єкт
admin-col-before = До
admin-col-after = Після
admin-state-active = активний
admin-state-disabled = вимкнений
admin-disable = Вимкнути
admin-enable = Увімкнути
admin-not-admin = Це можуть робити лише адміністратори.
admin-not-yourself = Ви не можете вимкнути власний обліковий запис.
admin-unknown-user = Такого користувача немає.
admin-settings = Налаштування
admin-settings-title = Налаштування сайту { $site }
admin-field-name = Назва
admin-field-origins = Джерела
admin-field-origins-help = Адреси, з яких обслуговується сайт, по одній у рядку, наприклад https://www.example.org. Банер відповідає лише сторінкам із цих адрес.
admin-field-languages = Мови
admin-field-languages-help = Коди мов через кому, наприклад en, fr.
admin-field-default-language = Мова за замовчуванням
admin-field-default-language-help = Використовується, коли браузер відвідувача не запитує жодної з мов сайту.
admin-field-consent-lifetime = Строк дії вибору
admin-field-consent-lifetime-help = Скільки часу діє вибір відвідувача, перш ніж банер запитає знову, наприклад 6 months; щонайбільше 13 місяців.
admin-field-refusal-cooldown = Строк дії відмови
admin-field-refusal-cooldown-help = Скільки часу банер не запитує знову після відмови від усього, навіть якщо політика змінилася, наприклад 6 months (за замовчуванням); щонайбільше 400 днів.
admin-field-cookie-domain = Спільний домен файлу cookie
admin-field-cookie-domain-help = Батьківський домен усіх джерел, наприклад example.org, щоб усі його піддомени мали один спільний вибір. Залиште порожнім, щоб вибір зберігався окремо для кожного хоста.
admin-field-default-region = Регіон за замовчуванням
admin-field-default-region-help = Регіон відвідувачів, яких не визначає заголовок регіону від вашого фронтального сервера: код ISO 3166, наприклад FR або US-CA. Залиште порожнім для EU.
admin-field-regions = Правила за регіонами
admin-field-regions-help = Одне правило в рядку замість типових (opt-out у США, opt-in деінде): регіони, двокрапка, opt-in, opt-out або notice і, за бажанням, скільки часу там діє відмова, наприклад US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Шлях до політики щодо файлів cookie
admin-field-policy-path-help = Де на сайті розміщено політику щодо файлів cookie, наприклад /cookies-policy.
admin-field-statistics-retention = Строк зберігання необроблених даних аудиторії
admin-field-statistics-retention-help = Щонайбільше 25 місяців. Щоденні підсумки залишаються й після видалення необроблених даних.
admin-field-statistics-query = Збережені параметри запиту
admin-field-statistics-query-help = Параметри, що зберігаються у шляхах виміряних сторінок, через кому, наприклад q, page. Залиште порожнім, щоб не зберігати жодного.
admin-field-statistics-cookie = Розпізнавати відвідувачів, які повертаються
admin-field-statistics-cookie-help = Встановлює власний файл cookie на 13 місяців без продовження і зазначає його в політиці.
admin-services = Сервіси
admin-services-help = Сервіси інших компаній, якими користується цей сайт. Шлюз затримує їхні теги, доки відвідувач їх не дозволить, а політика перелічує їх разом із їхніми файлами cookie. Власні сервіси сайту з їхніми хостами та фрагментами коду описано в його файлі визначення.
admin-services-none = Цей сайт не зазначає жодного сервісу.
admin-service-add = Додати сервіс
admin-service-remove = Прибрати
admin-service-own = власний сервіс сайту
admin-service-catalogue = з каталогу
admin-save = Зберегти
admin-saved = Збережено.
admin-missing-texts = Для файлу cookie { $cookie } не написано функції чи мети такими мовами: { $languages }. Відвідувачі, які читають цими мовами, натомість бачать текст мовою за замовчуванням ({ $default }).
admin-read-only = Ви можете переглядати ці налаштування; змінювати їх можуть лише редактори та адміністратори.
admin-not-editor = Змінювати сайт можуть лише його редактори та адміністратори.
admin-cookies = Заявлені файли cookie
admin-col-pattern = Назва
admin-col-category = Категорія
admin-col-party = Джерело
admin-col-duration = Строк зберігання
admin-col-provider = Постачальник
admin-col-status = Статус
admin-delete = Видалити
admin-unknown-cookie = Цей сайт не заявляє такого файлу cookie.
admin-add-cookie = Заявити файл cookie
admin-field-cookie-name = Назва
admin-field-cookie-name-help = Додайте в кінці *, щоб заявити всі файли cookie, назва яких так починається.
admin-field-provider = Постачальник
admin-field-category = Категорія
admin-field-party = Джерело
admin-field-party-help = first — встановлюється самим сайтом; third — встановлюється доменом іншої компанії.
admin-field-duration = Строк зберігання
admin-field-duration-help = Наприклад 13 months, 1 day або session.
admin-field-domain = Домен
admin-field-domain-help = Необов’язково: домен, для якого встановлюється файл cookie, якщо це не власний домен сайту.
admin-field-path = Шлях
admin-field-function = Функція та розташування
admin-field-function-help = Що робить файл cookie і де на сайті його встановлюють.
admin-field-purpose = Мета
admin-field-purpose-help = Навіщо він потрібен сайту — словами, зрозумілими відвідувачеві.
admin-add = Додати
admin-field-exempt = Не потребує згоди
admin-field-exempt-help = Лише для власного вимірювання аудиторії зі строком зберігання не більше 13 місяців.
admin-field-status = Статус
admin-field-status-help = Чернетка не потрапляє до опублікованої політики, доки її не зроблять активною.
admin-edit = Редагувати
admin-edit-cookie-title = Опис файлу cookie { $name }
admin-preview = Попередній перегляд політики
admin-preview-notice = Попередній перегляд: політика такою, якою її читатимуть відвідувачі; { $drafts ->
    [0] чернеток описів немає.
    [one] активовано { $drafts } чернетку опису.
    [few] активовано { $drafts } чернетки описів.
    [many] активовано { $drafts } чернеток описів.
   *[other] активовано { $drafts } чернетки опису.
}
admin-new-site = Новий сайт
admin-field-slug = Ідентифікатор
admin-field-slug-help = Малі латинські літери, цифри та дефіси. Він з’являється в адресах, і його не можна буде змінити.
admin-create = Створити
admin-tokens = Токени API
admin-api-document = Опис API (OpenAPI)
admin-token-created = Ось новий токен. Скопіюйте його зараз: більше він не відображатиметься.
admin-field-label = Мітка
admin-field-sites = Сайти
admin-field-access = Доступ
admin-access-read = лише читання
admin-access-write = читання й запис
admin-all-sites = усі сайти, з якими ви працюєте
admin-col-created = Створено (UTC)
admin-col-last-used = Останнє використання (UTC)
admin-revoke = Відкликати
admin-no-tokens = Токенів ще немає.
admin-new-token = Новий токен
admin-unknown-token = Такого токена немає.
admin-add-user = Додати користувача
admin-field-role = Роль
admin-field-member-of = Сайти
admin-field-member-of-help = Сайти, з якими працює редактор або спостерігач; адміністратор працює з усіма.
admin-texts = Тексти банера й політики
admin-texts-help = Напишіть власний текст сайту кожною з його мов; якщо поле залишити порожнім, діятиме текст платформи, показаний у ньому сірим.
admin-field-banner-title = Заголовок банера
admin-field-banner-text = Текст банера
admin-field-policy-intro = Вступний абзац політики

admin-nav = Адміністрування
admin-site-nav = Сторінки сайту { $site }
admin-older = Старіші записи
admin-newer = Новіші записи
admin-show-oldest = Спершу найстаріші
admin-show-newest = Спершу найновіші
admin-confirm-title = Підтвердження
admin-confirm-delete-cookie = Видалити опис файлу cookie { $name }? Файл cookie одразу зникне з опублікованої політики; уже збережені записи про згоду залишаться без змін.
admin-confirm-revoke-token = Відкликати токен «{ $label }»? Відтепер кожен скрипт, що його використовує, отримуватиме відмову.
admin-cancel = Скасувати
admin-sorted-ascending = відсортовано за зростанням
admin-sorted-descending = відсортовано за спаданням
admin-pages = Сторінки таблиці
stats-show-numbers = Цифри
stats-demo-data = Ці цифри — штучні демонстраційні дані, згенеровані під час запуску демоверсії з порожньою базою даних.
admin-col-links = Перейти
admin-newest = Найновіші зміни
admin-older-changes = Старіші зміни
