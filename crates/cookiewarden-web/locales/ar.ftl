# نصوص الصفحات التي يقدّمها cookiewarden باللغة العربية. كل رسالة في en.ftl موجودة هنا أيضًا،
# ويحرص اختبار وحدة على إبقاء الملفين متطابقين.

language-name = العربية
language-label = اللغة
language-submit = تغيير اللغة

index-title = المواقع التي تديرها هذه المنصة
index-intro = ينشر كل موقع أدناه ملفات تعريف الارتباط التي يضعها، والغرض منها، ومدة بقائها.
index-policy-link = سياسة ملفات تعريف الارتباط
index-platform = ملفات تعريف الارتباط الخاصة بهذه المنصة

policy-title = سياسة ملفات تعريف الارتباط لموقع { $site }
policy-why-heading = لماذا يستخدم موقع { $site } ملفات تعريف الارتباط
policy-why = يحتاج موقع { $site } إلى عدد قليل من ملفات تعريف الارتباط ليعمل كما تتوقعون. وبموافقتكم، قد يستخدم ملفات أخرى لقياس جمهوره أو لعرض محتوى من خدمات أخرى. وتعرض هذه الصفحة كل ملف تعريف ارتباط يصرّح به الموقع، والغرض منه، والجهة التي تضعه، ومدة بقائه في متصفحكم.
policy-what-heading = ما ملف تعريف الارتباط؟
policy-what = ملف تعريف الارتباط جزء صغير من البيانات يحمل اسمًا، يطلب موقع إلكتروني من متصفحكم الاحتفاظ به. فيحفظه المتصفح مدةً محددة ويعيده إلى ذلك الموقع في كل مرة تعودون إليه. ويمكن لملفات تعريف الارتباط أن تُبقيكم مسجَّلي الدخول، أو أن تتذكر محتويات سلة التسوق، أو أن تتعرّف على متصفحكم مع مرور الوقت لإحصاء الزيارات أو لتوجيه الإعلانات.
policy-types-heading = أربعة أنواع من ملفات تعريف الارتباط
policy-type-necessary-name = ملفات تعريف الارتباط الضرورية
policy-type-necessary = تحتفظ بالمعلومات من زيارة إلى أخرى على الجهاز نفسه، مثل سلة التسوق أو تسجيل الدخول أو أحد إعدادات الواجهة. ولا يمكن للموقع أن يعمل بدونها، لذلك توضع دون أن يُطلب إذنكم.
policy-type-statistics-name = ملفات تعريف الارتباط الإحصائية
policy-type-statistics = تتتبّع ما يفعله الزوار في الموقع لقياس جمهوره. وعندما يكون القياس مجهول الهوية بحيث لا يمكن أبدًا ربطه بشخص بعينه، فإنه لا يحتاج إلى موافقة، ومع ذلك يمكنكم رفضه.
policy-type-first-party-name = ملفات تعريف الارتباط التابعة للطرف الأول
policy-type-first-party = يضعها الموقع الذي تزورونه. وإلى جانب الضرورية منها، يمكنها جمع بيانات شخصية أو تتبّع سلوككم في الموقع أو عرض الإعلانات.
policy-type-third-party-name = ملفات تعريف الارتباط التابعة لجهات خارجية
policy-type-third-party = يضعها موقع آخر أو تُوضع لصالحه، وكثيرًا ما يكون جهة إعلانية، وذلك عبر محتوى مضمَّن في الموقع الذي تزورونه. وتتيح لذلك الموقع الآخر معرفة الصفحات التي اطّلعتم عليها وجمع معلومات عنكم.
policy-list-heading = ملفات تعريف الارتباط في موقع { $site }
policy-none = لا يصرّح هذا الموقع بأي ملفات تعريف ارتباط من هذا النوع.
policy-choices-heading = إذا غيّرتم رأيكم
policy-choices = يمكنكم تغيير اختياركم أو سحبه في أي وقت من خلال زر «إعدادات ملفات تعريف الارتباط» الظاهر في كل صفحة من صفحات موقع { $site }. وسحب الموافقة لا يتطلب جهدًا أكبر من منحها.
policy-browser = يعرض متصفحكم أيضًا ملفات تعريف الارتباط التي يحتفظ بها، ويتيح لكم حذفها أو حظرها لجميع المواقع أو لبعضها. ابحثوا عن «ملفات تعريف الارتباط» أو «بيانات المواقع» في إعداداته أو في صفحات المساعدة الخاصة به. وقد يؤدي حظر ملفات تعريف الارتباط الضرورية إلى توقف أجزاء من الموقع عن العمل.
policy-version = إصدار السياسة: { $version }
policy-services-heading = خدمات من شركات أخرى
policy-services = تأتي بعض ميزات موقع { $site } من شركات أخرى، مثل فيديو مضمَّن أو خريطة أو أداة لقياس الجمهور. ولا يُحمَّل أيٌّ منها قبل أن تسمحوا، في إعدادات ملفات تعريف الارتباط، بنوع ملفات تعريف الارتباط الذي يتبع له أو بتلك الخدمة وحدها. وتُذكر هنا كل خدمة مع ملفات تعريف الارتباط المعروف أنها تضعها.
column-service = الخدمة
column-category = نوع ملفات تعريف الارتباط
policy-service-no-cookies = لا يُعرف أيٌّ منها

category-necessary = الضرورية
category-necessary-description = لازمة لعمل الموقع؛ مفعّلة دائمًا.
category-preferences = التفضيلات
category-preferences-description = تتذكر الاختيارات التي تغيّر مظهر الموقع أو طريقة عمله، مثل المنطقة أو أحد إعدادات العرض.
category-statistics = الإحصاءات
category-statistics-description = تقيس جمهور الموقع بهدف تحسينه.
category-marketing = التسويق
category-marketing-description = الإعلانات، والتتبّع عبر المواقع، والمحتوى المضمَّن من خدمات أخرى مثل مقاطع الفيديو.

column-provider = المزوّد
column-function = الوظيفة والموضع
column-names = اسم (أسماء) ملف تعريف الارتباط
column-purpose = الغرض
column-duration = المدة
column-party = الطرف
party-first = الطرف الأول
party-third = جهة خارجية
name-prefix = أي اسم يبدأ بالبادئة { $prefix }
exempt-note = قياس للجمهور مجهول الهوية: مفعّل دون موافقة، ويمكنكم رفضه.
domain-note = يُوضع على النطاق { $domain }

duration-session = حتى إغلاق المتصفح
duration-hour = { $n ->
    [zero] { $n } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
}
duration-day = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
duration-week = { $n ->
    [zero] { $n } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $n } أسابيع
    [many] { $n } أسبوعًا
   *[other] { $n } أسبوع
}
duration-month = { $n ->
    [zero] { $n } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $n } أشهر
    [many] { $n } شهرًا
   *[other] { $n } شهر
}
duration-year = { $n ->
    [zero] { $n } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $n } سنوات
    [many] { $n } سنة
   *[other] { $n } سنة
}

not-found-title = الصفحة غير موجودة
not-found-text = لا يوجد شيء على هذا العنوان.
not-found-site = لا يُدار هنا أي موقع باسم «{ $slug }».
not-found-home = عرض المواقع التي تُدار هنا

banner-title = ملفات تعريف الارتباط في موقع { $site }
banner-text = يضع موقع { $site } ملفات تعريف الارتباط التي يحتاج إليها ليعمل. وبموافقتكم، سيستخدم أيضًا ملفات أخرى لقياس جمهوره ولعرض محتوى من خدمات أخرى. والرفض سهل كالقبول، ويمكنكم تغيير رأيكم في أي وقت.
banner-accept-all = قبول الكل
banner-reject-all = رفض الكل
banner-customise = تخصيص
banner-save = حفظ اختياراتي
banner-close = إغلاق دون قبول
banner-settings = إعدادات ملفات تعريف الارتباط
banner-policy-link = سياسة ملفات تعريف الارتباط
banner-gpc = يرسل متصفحكم إشارة Global Privacy Control، لذا تبقى ملفات تعريف الارتباط التسويقية معطّلة.
banner-always-on = مفعّلة دائمًا
banner-exempt = مفعّل دون موافقة، ويمكنكم إيقافه.
banner-placeholder = يتطلب هذا المحتوى ملفات تعريف الارتباط من فئة «{ $category }».
banner-placeholder-accept = السماح بملفات تعريف الارتباط من فئة «{ $category }»
banner-opt-out-text = يستخدم موقع { $site } ملفات تعريف الارتباط ليعمل، ولقياس جمهوره، ولأغراض إعلانية. ويمكنكم في أي وقت الاعتراض على بيع معلوماتكم الشخصية ومشاركتها وعلى الإعلانات الموجّهة.
banner-privacy-choices = خياراتكم المتعلقة بالخصوصية
banner-gpc-honoured = تمت الاستجابة لطلب الاعتراض
banner-notice-ok = حسنًا
banner-services = خدمات من هذا النوع

my-consent-title = اختياراتكم بشأن ملفات تعريف الارتباط في موقع { $site }
my-consent-none = لم تتخذوا أي اختيار في هذا الموقع بعد: لا توضع إلا ملفات تعريف الارتباط الضرورية.
my-consent-none-starts-on = لم تتخذوا أي اختيار في هذا الموقع بعد: في المكان الذي توجدون فيه، تبقى ملفات تعريف الارتباط الخاصة به مفعّلة إلى أن توقفوها أدناه.
my-consent-id = معرّف الموافقة
my-consent-date = تاريخ القرار
my-consent-change = تغيير اختياراتي
my-consent-withdraw = سحب موافقتي
my-consent-back = العودة إلى الموقع
my-consent-opt-out = الاعتراض على البيع والمشاركة والإعلانات الموجّهة
my-consent-opt-out-explained = بإجراء واحد يتوقف بيع معلوماتكم الشخصية ومشاركتها وتتوقف الإعلانات الموجّهة في هذا الموقع، وتبقى ملفات تعريف الارتباط الأخرى فيه على حالها.
my-consent-opted-out = لقد اعترضتم على البيع والمشاركة والإعلانات الموجّهة في هذا الموقع.
audience-heading = قياس الجمهور
audience-explained = لمعرفة الصفحات التي تُقرأ، تُحتسب كل زيارة دون أي ملف تعريف ارتباط: لا يُستخدم عنوان IP والمتصفح إلا للتمييز بين زيارات اليوم الواحد، ولا يُحتفظ بهما أبدًا. ولا يمكن التعرّف على أي شخص من هذه الأعداد، ولا تجري مشاركتها مع أي جهة.
audience-opt-out = عدم احتساب زياراتي
audience-stop = إيقاف احتساب زياراتي
audience-resume = استئناف احتساب زياراتي
audience-stopped = لا تُحتسب زياراتكم.
stats-title = إحصاءات موقع { $site }
stats-views = مشاهدات الصفحات
stats-visitors = الزوار
stats-visitors-note = يُحتسب الزوار مرة واحدة في اليوم دون ملفات تعريف الارتباط: فعلى مدى عدة أيام، يُحتسب الشخص العائد مرة في كل يوم.
stats-audience = مشاهدات الصفحات والزوار يوميًا
stats-top-path = الصفحات الأكثر زيارة
stats-top-referrer = أبرز المواقع المُحيلة
stats-top-browser = المتصفحات
stats-top-os = أنظمة التشغيل
stats-top-device = الأجهزة
stats-top-language = اللغات
stats-none = (لا شيء)
stats-decisions = قرارات الموافقة
stats-acceptance = نسبة القبول حسب الفئة (%)
stats-acceptance-language = نسبة القبول حسب اللغة (%)
stats-undecided = زوار لم يتخذوا أي قرار (تقدير)
stats-nothing = لم يُحتسب شيء بعد.
admin-statistics = الإحصاءات
choice-on = مفعّل
choice-off = معطّل

admin-login-title = تسجيل الدخول إلى cookiewarden
admin-username = اسم المستخدم
admin-password = كلمة المرور
admin-login-submit = تسجيل الدخول
admin-login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
admin-login-locked = محاولات فاشلة كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
admin-csrf-failed = انتهت صلاحية هذا النموذج أو أُرسل من موقع آخر. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
admin-login-busy = يحاول عدد كبير جدًا من الأشخاص تسجيل الدخول الآن. يُرجى المحاولة مرة أخرى بعد قليل.
admin-home-title = المواقع
admin-signed-in-as = تم تسجيل الدخول باسم { $user }
admin-logout = تسجيل الخروج
admin-logout-everywhere = تسجيل الخروج من كل الأجهزة
admin-no-sites = لستم أعضاء في أي موقع بعد؛ ويمكن لأحد المسؤولين إضافتكم.
admin-site-policy = سياسة ملفات تعريف الارتباط
admin-role-admin = مسؤول
admin-role-editor = محرّر
admin-role-viewer = قارئ
admin-consents = سجل الموافقات
admin-consents-title = سجل الموافقات لموقع { $site }
admin-consents-count = { $total ->
    [zero] لا يوجد سجل مطابق
    [one] سجل واحد مطابق
    [two] سجلّان مطابقان
    [few] { $total } سجلات مطابقة
    [many] { $total } سجلًا مطابقًا
   *[other] { $total } سجل مطابق
}؛ { $shown } في هذه الصفحة.
admin-col-time = وقت التسجيل (UTC)
admin-col-id = معرّف الموافقة
admin-col-method = الطريقة
admin-col-choices = الفئات المقبولة
admin-col-language = اللغة
admin-col-rules = المنطقة والقواعد
admin-filter-from = من
admin-filter-to = إلى
admin-filter-method = الطريقة
admin-filter-any = الكل
admin-filter-id = معرّف الموافقة
admin-filter-submit = تصفية
admin-export-csv = تنزيل بتنسيق CSV
admin-not-member = لستم أعضاء في هذا الموقع.
admin-bad-filter = قيمة تصفية غير صالحة `{ $value }`: تُكتب التواريخ بالصيغة YYYY-MM-DD، والطرق كما سُجّلت.
admin-users = المستخدمون
admin-audit = سجل التدقيق
admin-col-user = المستخدم
admin-col-roles = الأدوار
admin-col-state = الحالة
admin-col-actor = مَن
admin-col-action = ماذا
admin-col-target = الهدف
admin-col-before = قبل
admin-col-after = بعد
admin-state-active = نشط
admin-state-disabled = معطّل
admin-disable = تعطيل
admin-enable = تفعيل
admin-not-admin = لا يمكن القيام بذلك إلا للمسؤولين.
admin-not-yourself = لا يمكنكم تعطيل حسابكم الخاص.
admin-unknown-user = لا يوجد مستخدم بهذا الاسم.
admin-settings = الإعدادات
admin-settings-title = إعدادات موقع { $site }
admin-field-name = الاسم
admin-field-origins = المصادر
admin-field-origins-help = العناوين التي يُقدَّم منها الموقع، عنوان واحد في كل سطر، مثل https://www.example.org. ولا يستجيب الشريط إلا للصفحات الواردة منها.
admin-field-languages = اللغات
admin-field-languages-help = رموز اللغات مفصولة بفواصل، مثل en, fr.
admin-field-default-language = اللغة الافتراضية
admin-field-default-language-help = تُستخدم عندما لا يطلب متصفح الزائر أيًّا من لغات الموقع.
admin-field-consent-lifetime = مدة سريان الاختيار
admin-field-consent-lifetime-help = المدة التي يبقى فيها اختيار الزائر ساريًا قبل أن يسأله الشريط مجددًا، مثل 6 months؛ وبحد أقصى 13 شهرًا.
admin-field-refusal-cooldown = مدة احترام الرفض
admin-field-refusal-cooldown-help = المدة التي لا يسأل فيها الشريط مجددًا بعد رفض كل شيء، حتى عند تغيّر السياسة، مثل 6 months (القيمة الافتراضية)؛ وبحد أقصى 400 يوم.
admin-field-cookie-domain = النطاق المشترك لملف تعريف الارتباط
admin-field-cookie-domain-help = نطاق أعلى يضم جميع المصادر، مثل example.org، حتى تتشارك كل نطاقاته الفرعية اختيارًا واحدًا. اتركوه فارغًا لإبقاء الاختيار خاصًا بكل مضيف.
admin-field-default-region = المنطقة الافتراضية
admin-field-default-region-help = منطقة الزوار الذين لا تحدد ترويسة المنطقة في خادمكم الأمامي موقعهم: رمز ISO 3166 مثل FR أو US-CA. اتركوه فارغًا لاعتماد EU.
admin-field-regions = القواعد حسب المنطقة
admin-field-regions-help = سطر واحد لكل قاعدة، بدلًا من القواعد الافتراضية (opt-out في الولايات المتحدة، و opt-in في غيرها): المناطق، ثم نقطتان، ثم opt-in أو opt-out أو notice، ثم اختياريًا مدة احترام الرفض هناك، مثل US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = مسار سياسة ملفات تعريف الارتباط
admin-field-policy-path-help = موضع سياسة ملفات تعريف الارتباط في الموقع، مثل /cookies-policy.
admin-field-statistics-retention = مدة الاحتفاظ ببيانات الجمهور الأولية
admin-field-statistics-retention-help = بحد أقصى 25 شهرًا. وتبقى المجاميع اليومية بعد حذف البيانات الأولية.
admin-field-statistics-query = معاملات الاستعلام المحتفظ بها
admin-field-statistics-query-help = المعاملات التي يُحتفظ بها في مسارات الصفحات المقيسة، مفصولة بفواصل، مثل q, page. اتركوه فارغًا لعدم الاحتفاظ بأي منها.
admin-field-statistics-cookie = التعرّف على الزوار العائدين
admin-field-statistics-cookie-help = يضع ملف تعريف ارتباط تابعًا للطرف الأول لمدة 13 شهرًا، لا يُجدَّد أبدًا، ويصرّح به في السياسة.
admin-services = الخدمات
admin-services-help = خدمات من شركات أخرى يستخدمها هذا الموقع. تحجب البوابة وسومها إلى أن يسمح بها الزائر، وتدرجها السياسة مع ملفات تعريف الارتباط الخاصة بها. أما خدمات الموقع الخاصة، بمضيفيها ومقتطفات شيفرتها، فتُكتب في ملف التوصيف الخاص به.
admin-services-none = لا يُدرج هذا الموقع أي خدمات.
admin-service-add = إضافة الخدمة
admin-service-remove = إزالة
admin-service-own = خاصة بالموقع
admin-service-catalogue = من الفهرس
admin-save = حفظ
admin-saved = تم الحفظ.
admin-missing-texts = ليس لملف تعريف الارتباط { $cookie } وظيفة أو غرض مكتوب باللغات التالية: { $languages }. لذا يرى الزوار الذين يقرؤون هذه اللغات النص باللغة الافتراضية ({ $default }) بدلًا منه.
admin-read-only = يمكنكم الاطلاع على هذه الإعدادات؛ ولا يغيّرها إلا المحررون والمسؤولون.
admin-not-editor = لا يمكن تغيير الموقع إلا لمحرريه ومسؤوليه.
admin-cookies = ملفات تعريف الارتباط المصرَّح بها
admin-col-pattern = الاسم
admin-col-category = الفئة
admin-col-party = الطرف
admin-col-duration = المدة
admin-col-provider = المزوّد
admin-col-status = الحالة
admin-delete = حذف
admin-unknown-cookie = لا يصرّح هذا الموقع بملف تعريف ارتباط كهذا.
admin-add-cookie = التصريح بملف تعريف ارتباط
admin-field-cookie-name = الاسم
admin-field-cookie-name-help = أنهوه بالرمز * للتصريح بكل ملفات تعريف الارتباط التي تبدأ به.
admin-field-provider = المزوّد
admin-field-category = الفئة
admin-field-party = الطرف
admin-field-party-help = first: يضعه الموقع نفسه؛ third: يضعه نطاق تابع لشركة أخرى.
admin-field-duration = المدة
admin-field-duration-help = مثل 13 months أو 1 day أو session.
admin-field-domain = النطاق
admin-field-domain-help = اختياري: النطاق الذي يوضع عليه ملف تعريف الارتباط، إذا لم يكن نطاق الموقع نفسه.
admin-field-path = المسار
admin-field-function = الوظيفة والموضع
admin-field-function-help = ما يفعله ملف تعريف الارتباط، وأين يوضع في الموقع.
admin-field-purpose = الغرض
admin-field-purpose-help = سبب حاجة الموقع إليه، بكلمات يفهمها الزائر.
admin-add = إضافة
admin-field-exempt = مُعفى من الموافقة
admin-field-exempt-help = لا ينطبق ذلك إلا على قياس الجمهور التابع للطرف الأول الذي لا يُحتفظ به أكثر من 13 شهرًا.
admin-field-status = الحالة
admin-field-status-help = تبقى المسودة خارج السياسة المنشورة إلى أن يتم تفعيلها.
admin-edit = تعديل
admin-edit-cookie-title = تصريح ملف تعريف الارتباط { $name }
admin-preview = معاينة السياسة
admin-preview-notice = معاينة: السياسة كما سيقرؤها الزوار، { $drafts ->
    [zero] دون أي تصريح في وضع المسودة.
    [one] مع تفعيل تصريح واحد في وضع المسودة.
    [two] مع تفعيل تصريحين في وضع المسودة.
    [few] مع تفعيل { $drafts } تصريحات في وضع المسودة.
    [many] مع تفعيل { $drafts } تصريحًا في وضع المسودة.
   *[other] مع تفعيل { $drafts } تصريح في وضع المسودة.
}
admin-new-site = موقع جديد
admin-field-slug = المعرّف
admin-field-slug-help = أحرف لاتينية صغيرة وأرقام وشرطات. يظهر في العناوين ولا يمكن تغييره لاحقًا.
admin-create = إنشاء
admin-tokens = رموز API
admin-api-document = وصف واجهة API (OpenAPI)
admin-token-created = إليكم الرمز الجديد. انسخوه الآن، فلن يُعرض مرة أخرى.
admin-field-label = التسمية
admin-field-sites = المواقع
admin-field-access = الصلاحية
admin-access-read = قراءة فقط
admin-access-write = قراءة وكتابة
admin-all-sites = كل المواقع التي تعملون عليها
admin-col-created = تاريخ الإنشاء (UTC)
admin-col-last-used = آخر استخدام (UTC)
admin-revoke = إبطال
admin-no-tokens = لا توجد رموز بعد.
admin-new-token = رمز جديد
admin-unknown-token = لا يوجد رمز كهذا.
admin-add-user = إضافة مستخدم
admin-field-role = الدور
admin-field-member-of = المواقع
admin-field-member-of-help = المواقع التي يعمل عليها المحرر أو القارئ؛ أما المسؤول فيعمل عليها جميعًا.
admin-texts = نصوص الشريط والسياسة
admin-texts-help = اكتبوا صياغة الموقع الخاصة بكل لغة من لغاته؛ والحقل الذي يُترك فارغًا يحتفظ بنص المنصة، الظاهر فيه باللون الرمادي.
admin-field-banner-title = عنوان الشريط
admin-field-banner-text = فقرة الشريط
admin-field-policy-intro = الفقرة الافتتاحية للسياسة

admin-nav = لوحة الإدارة
admin-site-nav = صفحات موقع { $site }
admin-older = سجلات أقدم
admin-newer = سجلات أحدث
admin-show-oldest = عرض الأقدم أولًا
admin-show-newest = عرض الأحدث أولًا
admin-confirm-title = يُرجى التأكيد
admin-confirm-delete-cookie = هل تريدون حذف تصريح { $name }؟ يُزال ملف تعريف الارتباط من السياسة المنشورة فورًا، وتبقى سجلات الموافقة المحفوظة من قبل على حالها.
admin-confirm-revoke-token = هل تريدون إبطال الرمز «{ $label }»؟ سيُرفض كل برنامج نصي يستخدمه من الآن فصاعدًا.
admin-cancel = إلغاء
admin-sorted-ascending = مرتّب تصاعديًا
admin-sorted-descending = مرتّب تنازليًا
admin-pages = صفحات الجدول
stats-show-numbers = الأرقام
stats-demo-data = هذه الأرقام بيانات تجريبية مُصطنعة، أُنشئت عند بدء العرض التجريبي على قاعدة بيانات فارغة.
admin-col-links = انتقال إلى
admin-newest = أحدث التغييرات
admin-older-changes = تغييرات أقدم
