# Текстовете на страниците, които cookiewarden обслужва, на български. Всяко съобщение от en.ftl
# съществува и тук; модулен тест поддържа двата файла в съответствие.

language-name = Български
language-label = Език
language-submit = Смяна на езика

index-title = Сайтове, управлявани от тази платформа
index-intro = Всеки от сайтовете по-долу публикува бисквитките, които поставя, за какво служат и колко време се съхраняват.
index-policy-link = Политика за бисквитките
index-platform = Бисквитките на самата платформа

policy-title = Политика за бисквитките на { $site }
policy-why-heading = Защо { $site } използва бисквитки
policy-why = Сайтът { $site } се нуждае от няколко бисквитки, за да работи така, както очаквате. С вашето съгласие може да използва и други – за да измерва аудиторията си или да показва съдържание от други услуги. На тази страница са изброени всички бисквитки, които сайтът декларира: за какво служат, кой ги поставя и колко време остават във вашия браузър.
policy-what-heading = Какво е бисквитка?
policy-what = Бисквитката е малко именувано парче данни, което уебсайтът моли браузъра ви да запази. Браузърът я пази определено време и я връща на същия уебсайт всеки път, когато го посетите отново. Бисквитките могат да ви позволят да останете влезли в профила си, да запомнят съдържанието на пазарската количка или с течение на времето да разпознават браузъра ви, за да се отчитат посещенията или да се насочва рекламата.
policy-types-heading = Четири вида бисквитки
policy-type-necessary-name = Необходими бисквитки
policy-type-necessary = запазват информация от едно посещение до следващото на същото устройство, например пазарска количка, влизане в профил или настройка на интерфейса. Сайтът не може да работи без тях, затова те се поставят, без да се иска съгласието ви.
policy-type-statistics-name = Статистически бисквитки
policy-type-statistics = проследяват какво правят посетителите в сайта, за да се измерва аудиторията му. Когато измерването е анонимизирано, така че никога да не може да бъде свързано с конкретен човек, то не изисква съгласие; въпреки това можете да се откажете от него.
policy-type-first-party-name = Бисквитки на първа страна
policy-type-first-party = се поставят от сайта, който посещавате. Освен необходимите, те могат да събират лични данни, да проследяват поведението ви в сайта или да показват реклами.
policy-type-third-party-name = Бисквитки на трети страни
policy-type-third-party = се поставят от друг уебсайт или от негово име – често рекламодател – чрез съдържание, вградено в сайта, който посещавате. Те позволяват на този друг уебсайт да разбере кои страници сте разгледали и да събира информация за вас.
policy-list-heading = Бисквитките на { $site }
policy-none = Този сайт не декларира бисквитки от този вид.
policy-choices-heading = Ако промените решението си
policy-choices = Можете по всяко време да промените или оттеглите избора си чрез бутона „Настройки за бисквитките“, който се показва на всяка страница на { $site }. Оттеглянето на съгласието е толкова лесно, колкото и даването му.
policy-browser = Браузърът ви също показва бисквитките, които пази, и ви позволява да ги изтриете или блокирате – за всички сайтове или само за някои. Потърсете „бисквитки“ или „данни за сайтове“ в настройките или в помощта му. Ако блокирате необходимите бисквитки, някои части на сайта може да спрат да работят.
policy-version = Версия на политиката: { $version }
policy-services-heading = Услуги на други компании
policy-services = Някои функции на { $site } идват от други компании – например вграден видеоклип, карта или инструмент за измерване на аудиторията. Нито една от тях не се зарежда, докато не разрешите в настройките за бисквитките съответния вид бисквитки или точно тази услуга. Тук всяка услуга е посочена с бисквитките, които по наличните данни поставя.
column-service = Услуга
column-category = Вид бисквитки
policy-service-no-cookies = няма известни

category-necessary = Необходими
category-necessary-description = Нужни са за работата на сайта; винаги включени.
category-preferences = Предпочитания
category-preferences-description = Запомнят избори, които променят как изглежда или как работи сайтът, например регион или настройка на показването.
category-statistics = Статистика
category-statistics-description = Измерват аудиторията на сайта, за да бъде подобрен.
category-marketing = Маркетинг
category-marketing-description = Реклама, проследяване в различни сайтове и съдържание, вградено от други услуги, например видеоклипове.

column-provider = Доставчик
column-function = Функция и местоположение
column-names = Име(на) на бисквитката
column-purpose = Цел
column-duration = Срок
column-party = Страна
party-first = Първа страна
party-third = Трета страна
name-prefix = всяко име, което започва с { $prefix }
exempt-note = Анонимизирано измерване на аудиторията: включено без съгласие, можете да се откажете от него.
domain-note = поставя се за домейна { $domain }

duration-session = До затваряне на браузъра
duration-hour = { $n ->
    [one] { $n } час
   *[other] { $n } часа
}
duration-day = { $n ->
    [one] { $n } ден
   *[other] { $n } дни
}
duration-week = { $n ->
    [one] { $n } седмица
   *[other] { $n } седмици
}
duration-month = { $n ->
    [one] { $n } месец
   *[other] { $n } месеца
}
duration-year = { $n ->
    [one] { $n } година
   *[other] { $n } години
}

not-found-title = Страницата не е намерена
not-found-text = На този адрес няма нищо.
not-found-site = Тук не се управлява сайт с име „{ $slug }“.
not-found-home = Вижте сайтовете, управлявани тук

banner-title = Бисквитки в сайта { $site }
banner-text = Сайтът { $site } поставя бисквитките, от които се нуждае, за да работи. С вашето съгласие би използвал и други – за да измерва аудиторията си и да показва съдържание от други услуги. Отказът е толкова лесен, колкото и приемането, а решението си можете да промените по всяко време.
banner-accept-all = Приемам всички
banner-reject-all = Отказвам всички
banner-customise = Персонализиране
banner-save = Запазване на избора
banner-close = Затваряне без приемане
banner-settings = Настройки за бисквитките
banner-policy-link = Политика за бисквитките
banner-gpc = Браузърът ви изпраща сигнал Global Privacy Control, затова маркетинговите бисквитки остават изключени.
banner-always-on = Винаги включени
banner-exempt = Включено без съгласие; можете да го изключите.
banner-placeholder = За това съдържание са нужни бисквитки от категория „{ $category }“.
banner-placeholder-accept = Разрешаване на бисквитките от категория „{ $category }“
banner-opt-out-text = Сайтът { $site } използва бисквитки, за да работи, да измерва аудиторията си и за реклама. Можете по всяко време да се откажете от продажбата и споделянето на личната си информация и от насочената реклама.
banner-privacy-choices = Вашите настройки за поверителност
banner-gpc-honoured = Искането ви за отказ е зачетено
banner-notice-ok = Разбрах
banner-services = Услуги от този вид

my-consent-title = Вашият избор за бисквитките на { $site }
my-consent-none = Все още не сте направили избор в този сайт: поставени са само необходимите бисквитки.
my-consent-none-starts-on = Все още не сте направили избор в този сайт: там, където се намирате, бисквитките му са включени, докато не ги изключите по-долу.
my-consent-id = Идентификатор на съгласието
my-consent-date = Дата на решението
my-consent-change = Промяна на избора
my-consent-withdraw = Оттегляне на съгласието
my-consent-back = Обратно към сайта
my-consent-opt-out = Отказ от продажба, споделяне и насочена реклама
my-consent-opt-out-explained = С едно действие спирате продажбата и споделянето на личната си информация и насочената реклама в този сайт; останалите бисквитки на сайта остават непроменени.
my-consent-opted-out = Отказахте се от продажба, споделяне и насочена реклама в този сайт.
audience-heading = Измерване на аудиторията
audience-explained = За да се знае кои страници се четат, всяко посещение се отчита без никакви бисквитки: адресът и браузърът служат само за да се разграничат посещенията в рамките на един ден и никога не се съхраняват. По тези преброявания никой не може да бъде разпознат и те не се споделят.
audience-opt-out = Не отчитайте посещенията ми
audience-stop = Спрете отчитането на посещенията ми
audience-resume = Отчитайте отново посещенията ми
audience-stopped = Посещенията ви не се отчитат.
stats-title = Статистика за { $site }
stats-views = Прегледи на страници
stats-visitors = Посетители
stats-visitors-note = Посетителите се отчитат веднъж на ден, без бисквитки: за период от няколко дни човек, който се е връщал, се отчита за всеки ден.
stats-audience = Прегледи на страници и посетители по дни
stats-top-path = Най-посещавани страници
stats-top-referrer = Основни източници на трафик
stats-top-browser = Браузъри
stats-top-os = Операционни системи
stats-top-device = Устройства
stats-top-language = Езици
stats-none = (няма)
stats-decisions = Решения за съгласие
stats-acceptance = Приемане по категории (%)
stats-acceptance-language = Приемане по езици (%)
stats-undecided = Посетители, които не са взели решение (приблизително)
stats-nothing = Все още няма отчетени данни.
admin-statistics = Статистика
choice-on = Включено
choice-off = Изключено

admin-login-title = Вход в cookiewarden
admin-username = Потребителско име
admin-password = Парола
admin-login-submit = Вход
admin-login-failed = Грешно потребителско име или парола.
admin-login-locked = Твърде много неуспешни опити. Опитайте отново след { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}.
admin-csrf-failed = Този формуляр е изтекъл или е изпратен от друг сайт. Презаредете страницата и опитайте отново.
admin-login-busy = В момента твърде много хора влизат в системата. Моля, опитайте отново след малко.
admin-home-title = Сайтове
admin-signed-in-as = Влезли сте като { $user }
admin-logout = Изход
admin-logout-everywhere = Изход от всички устройства
admin-no-sites = Все още не сте член на нито един сайт; администратор може да ви добави.
admin-site-policy = Политика за бисквитките
admin-role-admin = администратор
admin-role-editor = редактор
admin-role-viewer = наблюдател
admin-consents = Регистър на съгласията
admin-consents-title = Регистър на съгласията за { $site }
admin-consents-count = { $total ->
    [0] Няма съвпадащи записи
    [one] { $total } съвпадащ запис
   *[other] { $total } съвпадащи записа
}; на тази страница: { $shown }.
admin-col-time = Записано (UTC)
admin-col-id = Идентификатор на съгласието
admin-col-method = Начин
admin-col-choices = Разрешено
admin-col-language = Език
admin-col-rules = Регион и правила
admin-filter-from = От
admin-filter-to = До
admin-filter-method = Начин
admin-filter-any = всички
admin-filter-id = Идентификатор на съгласието
admin-filter-submit = Филтриране
admin-export-csv = Изтегляне като CSV
admin-not-member = Не сте член на този сайт.
admin-bad-filter = Невалидна стойност на филтъра `{ $value }`: датите се пишат във формат ГГГГ-ММ-ДД, а начините – както са записани.
admin-users = Потребители
admin-audit = Одитен дневник
admin-col-user = Потребител
admin-col-roles = Роли
admin-col-state = Състояние
admin-col-actor = Кой
admin-col-action = Какво
admin-col-target = Обект
admin-col-before = Преди
admin-col-after = След
admin-state-active = активен
admin-state-disabled = деактивиран
admin-disable = Деактивиране
admin-enable = Активиране
admin-not-admin = Само администраторите могат да направят това.
admin-not-yourself = Не можете да деактивирате собствения си профил.
admin-unknown-user = Няма такъв потребител.
admin-settings = Настройки
admin-settings-title = Настройки на { $site }
admin-field-name = Име
admin-field-origins = Адреси на сайта
admin-field-origins-help = Адресите, от които се обслужва сайтът, по един на ред, например https://www.example.org. Банерът отговаря само на страници от тези адреси.
admin-field-languages = Езици
admin-field-languages-help = Кодове на езици, разделени със запетаи, например en, fr.
admin-field-default-language = Език по подразбиране
admin-field-default-language-help = Използва се, когато браузърът на посетителя не иска нито един от езиците на сайта.
admin-field-consent-lifetime = Срок на избора
admin-field-consent-lifetime-help = Колко дълго е валиден изборът на посетителя, преди банерът да попита отново, например 6 months; най-много 13 месеца.
admin-field-refusal-cooldown = Срок на зачитане на отказа
admin-field-refusal-cooldown-help = Колко дълго банерът не пита отново след отказ от всичко, дори ако политиката се промени, например 6 months (по подразбиране); най-много 400 дни.
admin-field-cookie-domain = Общ домейн на бисквитката
admin-field-cookie-domain-help = Родителски домейн на всички адреси на сайта, например example.org, така че всичките му поддомейни да споделят един избор. Оставете празно, за да се пази изборът отделно за всеки хост.
admin-field-default-region = Регион по подразбиране
admin-field-default-region-help = Регионът на посетителите, които заглавката за регион на вашия преден сървър не локализира: код по ISO 3166, например FR или US-CA. Оставете празно за EU.
admin-field-regions = Правила по региони
admin-field-regions-help = По едно правило на ред, вместо правилата по подразбиране (opt-out в САЩ, opt-in навсякъде другаде): региони, двоеточие, opt-in, opt-out или notice и по желание колко дълго там се зачита отказ, например US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Път до политиката за бисквитките
admin-field-policy-path-help = Къде в сайта се намира политиката за бисквитките, например /cookies-policy.
admin-field-statistics-retention = Срок на съхранение на необработените данни за аудиторията
admin-field-statistics-retention-help = Най-много 25 месеца. Дневните суми остават и след изтриването на необработените данни.
admin-field-statistics-query = Запазвани параметри на заявката
admin-field-statistics-query-help = Параметри, които се запазват в пътищата на измерваните страници, разделени със запетаи, например q, page. Оставете празно, за да не се запазва нито един.
admin-field-statistics-cookie = Разпознаване на завръщащи се посетители
admin-field-statistics-cookie-help = Поставя бисквитка на първа страна за 13 месеца, която никога не се подновява, и я декларира в политиката.
admin-services = Услуги
admin-services-help = Услуги на други компании, които този сайт използва. Шлюзът задържа техните тагове, докато посетителят не ги разреши, а политиката ги изброява с техните бисквитки. Собствените услуги на сайта, с техните хостове и фрагменти от код, са описани в неговия файл с дефиниции.
admin-services-none = Този сайт не посочва услуги.
admin-service-add = Добавяне на услугата
admin-service-remove = Премахване
admin-service-own = собствена услуга на сайта
admin-service-catalogue = от каталога
admin-save = Запазване
admin-saved = Запазено.
admin-missing-texts = Бисквитката { $cookie } няма описани функция или цел на езиците { $languages }: посетителите, които четат на тези езици, виждат вместо това текста на езика по подразбиране ({ $default }).
admin-read-only = Можете да четете тези настройки; променят ги само редакторите и администраторите.
admin-not-editor = Само редакторите и администраторите на сайта могат да го променят.
admin-cookies = Декларирани бисквитки
admin-col-pattern = Име
admin-col-category = Категория
admin-col-party = Страна
admin-col-duration = Срок
admin-col-provider = Доставчик
admin-col-status = Статус
admin-delete = Изтриване
admin-unknown-cookie = Този сайт не декларира такава бисквитка.
admin-add-cookie = Деклариране на бисквитка
admin-field-cookie-name = Име
admin-field-cookie-name-help = Завършете името със *, за да декларирате всички бисквитки, чието име започва така.
admin-field-provider = Доставчик
admin-field-category = Категория
admin-field-party = Страна
admin-field-party-help = first: поставя се от самия сайт; third: поставя се от домейна на друга компания.
admin-field-duration = Срок
admin-field-duration-help = Например 13 months, 1 day или session.
admin-field-domain = Домейн
admin-field-domain-help = По избор: домейнът, за който се поставя бисквитката, ако не е собственият домейн на сайта.
admin-field-path = Път
admin-field-function = Функция и местоположение
admin-field-function-help = Какво прави бисквитката и къде в сайта се поставя.
admin-field-purpose = Цел
admin-field-purpose-help = Защо сайтът се нуждае от нея, с думи, които посетителят разбира.
admin-add = Добавяне
admin-field-exempt = Освободена от съгласие
admin-field-exempt-help = Само за измерване на аудиторията на първа страна със срок на съхранение до 13 месеца.
admin-field-status = Статус
admin-field-status-help = Черновата не се включва в публикуваната политика, докато не бъде активирана.
admin-edit = Редактиране
admin-edit-cookie-title = Декларация на { $name }
admin-preview = Преглед на политиката
admin-preview-notice = Преглед: политиката така, както ще я четат посетителите, { $drafts ->
    [0] без декларации в чернова.
    [one] с { $drafts } активирана декларация в чернова.
   *[other] с { $drafts } активирани декларации в чернова.
}
admin-new-site = Нов сайт
admin-field-slug = Идентификатор
admin-field-slug-help = Малки латински букви, цифри и тирета. Появява се в адресите и не може да се променя по-късно.
admin-create = Създаване
admin-tokens = API токени
admin-api-document = Описание на API (OpenAPI)
admin-token-created = Ето новия токен. Копирайте го сега: няма да бъде показан отново.
admin-field-label = Етикет
admin-field-sites = Сайтове
admin-field-access = Достъп
admin-access-read = само четене
admin-access-write = четене и запис
admin-all-sites = всички сайтове, по които работите
admin-col-created = Създаден (UTC)
admin-col-last-used = Последно използван (UTC)
admin-revoke = Отнемане
admin-no-tokens = Все още няма токени.
admin-new-token = Нов токен
admin-unknown-token = Няма такъв токен.
admin-add-user = Добавяне на потребител
admin-field-role = Роля
admin-field-member-of = Сайтове
admin-field-member-of-help = Сайтовете, по които работи редактор или наблюдател; администраторът работи по всички.
admin-texts = Текстове на банера и политиката
admin-texts-help = Напишете собствения текст на сайта на всеки от неговите езици; празно поле запазва текста на платформата, който се показва в него в сиво.
admin-field-banner-title = Заглавие на банера
admin-field-banner-text = Текст на банера
admin-field-policy-intro = Уводен абзац на политиката

admin-nav = Администрация
admin-site-nav = Страници на { $site }
admin-older = По-стари записи
admin-newer = По-нови записи
admin-show-oldest = Първо най-старите
admin-show-newest = Първо най-новите
admin-confirm-title = Потвърждение
admin-confirm-delete-cookie = Да се изтрие ли декларацията на { $name }? Бисквитката веднага отпада от публикуваната политика; вече съхранените записи за съгласие остават непроменени.
admin-confirm-revoke-token = Да се отнеме ли токенът „{ $label }“? Отсега нататък всеки скрипт, който го използва, ще бъде отхвърлян.
admin-cancel = Отказ
admin-sorted-ascending = сортирано във възходящ ред
admin-sorted-descending = сортирано в низходящ ред
admin-pages = Страници на таблицата
stats-show-numbers = Числата
stats-demo-data = Тези стойности са изкуствени демонстрационни данни, създадени при стартирането на демонстрацията с празна база данни.
admin-col-links = Към
admin-newest = Най-новите промени
admin-older-changes = По-стари промени
