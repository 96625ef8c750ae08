# cookiewarden’ın sunduğu sayfaların Türkçe metinleri. en.ftl’deki her ileti burada da bulunur;
# bir birim testi iki dosyayı birbiriyle uyumlu tutar.

language-name = Türkçe
language-label = Dil
language-submit = Dili değiştir

index-title = Bu platformda yönetilen siteler
index-intro = Aşağıdaki her site, kullandığı çerezleri, bunların ne işe yaradığını ve ne kadar süre saklandığını yayımlar.
index-policy-link = Çerez politikası
index-platform = Bu platformun kendi çerezleri

policy-title = { $site } çerez politikası
policy-why-heading = { $site } neden çerez kullanıyor?
policy-why = { $site }, beklediğiniz gibi çalışabilmek için birkaç çereze ihtiyaç duyar. Onay vermeniz hâlinde, kitlesini ölçmek ya da başka hizmetlerden içerik göstermek için başka çerezler de kullanabilir. Bu sayfa, sitenin beyan ettiği her çerezi, ne işe yaradığını, kimin yerleştirdiğini ve tarayıcınızda ne kadar süre kaldığını listeler.
policy-what-heading = Çerez nedir?
policy-what = Çerez, bir web sitesinin tarayıcınızda saklanmasını istediği, adı olan küçük bir veri parçasıdır. Tarayıcınız onu belirli bir süre saklar ve siteye her dönüşünüzde o siteye geri gönderir. Çerezler oturumunuzun açık kalmasını sağlayabilir, alışveriş sepetinizdekileri hatırlayabilir ya da ziyaretleri saymak veya reklamları hedeflemek için tarayıcınızı zaman içinde tanıyabilir.
policy-types-heading = Dört tür çerez
policy-type-necessary-name = Zorunlu çerezler
policy-type-necessary = aynı cihazda bir ziyaretten diğerine bilgi saklar; örneğin bir alışveriş sepeti, bir oturum ya da bir arayüz ayarı. Site bunlar olmadan çalışamaz, bu nedenle size sorulmadan yerleştirilirler.
policy-type-statistics-name = Analitik çerezler
policy-type-statistics = sitenin kitlesini ölçmek için ziyaretçilerin sitede ne yaptığını izler. Ölçüm anonim hâle getirildiğinde, yani hiçbir zaman bir kişiyle ilişkilendirilemediğinde onay gerektirmez; yine de ölçümün dışında kalabilirsiniz.
policy-type-first-party-name = Birinci taraf çerezler
policy-type-first-party = ziyaret ettiğiniz site tarafından yerleştirilir. Zorunlu olanlar dışında kişisel veri toplayabilir, sitedeki davranışlarınızı izleyebilir ya da reklam gösterebilirler.
policy-type-third-party-name = Üçüncü taraf çerezler
policy-type-third-party = başka bir web sitesi (çoğunlukla bir reklamveren) tarafından ya da onun için, ziyaret ettiğiniz siteye yerleştirilmiş içerik aracılığıyla yerleştirilir. O sitenin hangi sayfaları görüntülediğinizi öğrenmesini ve sizinle ilgili bilgi toplamasını sağlar.
policy-list-heading = { $site } çerezleri
policy-none = Bu site bu türde hiçbir çerez beyan etmiyor.
policy-choices-heading = Fikrinizi değiştirmek
policy-choices = Seçiminizi, { $site } sitesinin her sayfasında bulunan “Çerez ayarları” düğmesiyle dilediğiniz zaman değiştirebilir ya da geri alabilirsiniz. Onayınızı geri almak, onay vermekten daha zor değildir.
policy-browser = Tarayıcınız da sakladığı çerezleri gösterir ve bunları tüm siteler ya da yalnızca bazıları için silmenize veya engellemenize olanak tanır. Tarayıcınızın ayarlarında veya yardım bölümünde “çerezler” ya da “site verileri” ifadesini arayın. Zorunlu çerezleri engellemek, sitenin bazı bölümlerinin çalışmamasına yol açabilir.
policy-version = Politika sürümü: { $version }
policy-services-heading = Başka şirketlerin hizmetleri
policy-services = { $site } sitesindeki bazı özellikler, örneğin yerleştirilmiş bir video, bir harita ya da bir kitle ölçüm aracı, başka şirketlerden gelir. Bunların hiçbiri, siz çerez ayarlarında ait olduğu çerez türüne ya da yalnızca o hizmete izin verene kadar yüklenmez. Her biri, yerleştirdiği bilinen çerezlerle birlikte burada listelenmiştir.
column-service = Hizmet
column-category = Çerez türü
policy-service-no-cookies = bilinen yok

category-necessary = Zorunlu
category-necessary-description = Sitenin çalışması için gereklidir; her zaman açıktır.
category-preferences = İşlevsel
category-preferences-description = Sitenin görünümünü veya davranışını değiştiren seçimleri (örneğin bir bölgeyi ya da görüntü ayarını) hatırlar.
category-statistics = Analitik
category-statistics-description = Sitenin kitlesini ölçerek geliştirilmesine yardımcı olur.
category-marketing = Pazarlama
category-marketing-description = Reklamlar, siteler arası izleme ve videolar gibi başka hizmetlerden yerleştirilen içerikler.

column-provider = Sağlayıcı
column-function = İşlev ve konum
column-names = Çerez adı (adları)
column-purpose = Amaç
column-duration = Süre
column-party = Taraf
party-first = Birinci taraf
party-third = Üçüncü taraf
name-prefix = { $prefix } ile başlayan her ad
exempt-note = Anonim kitle ölçümü: onay olmadan açıktır, ölçümün dışında kalabilirsiniz.
domain-note = yerleştirildiği alan adı: { $domain }

duration-session = Tarayıcı kapanana kadar
duration-hour = { $n ->
    [one] { $n } saat
   *[other] { $n } saat
}
duration-day = { $n ->
    [one] { $n } gün
   *[other] { $n } gün
}
duration-week = { $n ->
    [one] { $n } hafta
   *[other] { $n } hafta
}
duration-month = { $n ->
    [one] { $n } ay
   *[other] { $n } ay
}
duration-year = { $n ->
    [one] { $n } yıl
   *[other] { $n } yıl
}

not-found-title = Sayfa bulunamadı
not-found-text = Bu adreste hiçbir şey yok.
not-found-site = Burada “{ $slug }” adlı bir site yönetilmiyor.
not-found-home = Burada yönetilen sitelere göz atın

banner-title = { $site } sitesinde çerez kullanımı
banner-text = { $site }, çalışması için gereken çerezleri kullanır. Onay vermeniz hâlinde, kitlesini ölçmek ve başka hizmetlerden içerik göstermek için başka çerezler de kullanır. Reddetmek kabul etmek kadar kolaydır ve fikrinizi dilediğiniz zaman değiştirebilirsiniz.
banner-accept-all = Tümünü kabul et
banner-reject-all = Tümünü reddet
banner-customise = Özelleştir
banner-save = Seçimlerimi kaydet
banner-close = Kabul etmeden kapat
banner-settings = Çerez ayarları
banner-policy-link = Çerez politikası
banner-gpc = Tarayıcınız Global Privacy Control sinyali gönderdiği için pazarlama çerezleri kapalı kalır.
banner-always-on = Her zaman açık
banner-exempt = Onay olmadan açıktır; kapatabilirsiniz.
banner-placeholder = Bu içerik için “{ $category }” çerezlerine izin vermeniz gerekir.
banner-placeholder-accept = “{ $category }” çerezlerine izin ver
banner-opt-out-text = { $site }, çalışmak, kitlesini ölçmek ve reklam göstermek için çerez kullanır. Kişisel bilgilerinizin satılmasına, paylaşılmasına ve hedefli reklamlara dilediğiniz zaman itiraz edebilirsiniz.
banner-privacy-choices = Gizlilik tercihleriniz
banner-gpc-honoured = İtirazınız dikkate alındı
banner-notice-ok = Tamam
banner-services = Bu türdeki hizmetler

my-consent-title = { $site } sitesindeki çerez tercihleriniz
my-consent-none = Bu sitede henüz bir seçim yapmadınız: yalnızca zorunlu çerezler kullanılıyor.
my-consent-none-starts-on = Bu sitede henüz bir seçim yapmadınız: bulunduğunuz yerde, aşağıdan kapatana kadar sitenin çerezleri açıktır.
my-consent-id = Onay kimliği
my-consent-date = Karar tarihi
my-consent-change = Seçimlerimi değiştir
my-consent-withdraw = Onayımı geri al
my-consent-back = Siteye dön
my-consent-opt-out = Satışa, paylaşıma ve hedefli reklamlara itiraz et
my-consent-opt-out-explained = Tek bir işlemle bu sitede kişisel bilgilerinizin satışı ve paylaşımı ile hedefli reklamlar durdurulur; sitenin diğer çerezleri olduğu gibi kalır.
my-consent-opted-out = Bu sitede satışa, paylaşıma ve hedefli reklamlara itiraz ettiniz.
audience-heading = Kitle ölçümü
audience-explained = Hangi sayfaların okunduğunu bilmek için her ziyaret hiçbir çerez kullanılmadan sayılır: IP adresi ve tarayıcı yalnızca aynı gün içindeki ziyaretleri birbirinden ayırmak için kullanılır ve hiçbir zaman saklanmaz. Bu sayımlardan kimse tanınamaz ve sayımlar kimseyle paylaşılmaz.
audience-opt-out = Ziyaretlerim sayılmasın
audience-stop = Ziyaretlerim artık sayılmasın
audience-resume = Ziyaretlerim yeniden sayılsın
audience-stopped = Ziyaretleriniz sayılmıyor.
stats-title = { $site } istatistikleri
stats-views = Sayfa görüntülemeleri
stats-visitors = Ziyaretçiler
stats-visitors-note = Ziyaretçiler çerez kullanılmadan günde bir kez sayılır: birkaç gün içinde geri gelen bir kişi her gün ayrıca sayılır.
stats-audience = Günlük sayfa görüntülemeleri ve ziyaretçiler
stats-top-path = En çok görüntülenen sayfalar
stats-top-referrer = En çok yönlendiren siteler
stats-top-browser = Tarayıcılar
stats-top-os = İşletim sistemleri
stats-top-device = Cihazlar
stats-top-language = Diller
stats-none = (yok)
stats-decisions = Onay kararları
stats-acceptance = Kategoriye göre kabul oranı (%)
stats-acceptance-language = Dile göre kabul oranı (%)
stats-undecided = Hiç karar vermeyen ziyaretçiler (tahmini)
stats-nothing = Henüz hiçbir şey sayılmadı.
admin-statistics = İstatistikler
choice-on = Açık
choice-off = Kapalı

admin-login-title = cookiewarden’a giriş
admin-username = Kullanıcı adı
admin-password = Parola
admin-login-submit = Giriş yap
admin-login-failed = Kullanıcı adı veya parola hatalı.
admin-login-locked = Çok fazla başarısız deneme yapıldı. { $minutes } dakika sonra yeniden deneyin.
admin-csrf-failed = Bu formun süresi dolmuş ya da form başka bir siteden gönderilmiş. Sayfayı yeniden yükleyip tekrar deneyin.
admin-login-busy = Şu anda çok fazla kişi giriş yapıyor. Lütfen biraz sonra yeniden deneyin.
admin-home-title = Siteler
admin-signed-in-as = { $user } olarak oturum açtınız
admin-logout = Oturumu kapat
admin-logout-everywhere = Tüm oturumları kapat
admin-no-sites = Henüz hiçbir sitenin üyesi değilsiniz; bir yönetici sizi ekleyebilir.
admin-site-policy = Çerez politikası
admin-role-admin = yönetici
admin-role-editor = düzenleyici
admin-role-viewer = görüntüleyici
admin-consents = Onay kayıtları
admin-consents-title = { $site } onay kayıtları
admin-consents-count = { $total ->
    [0] Eşleşen kayıt yok
    [one] Bir kayıt eşleşiyor
   *[other] { $total } kayıt eşleşiyor
}; bu sayfada { $shown } kayıt gösteriliyor.
admin-col-time = Kayıt zamanı (UTC)
admin-col-id = Onay kimliği
admin-col-method = Yöntem
admin-col-choices = İzin verilenler
admin-col-language = Dil
admin-col-rules = Bölge ve kurallar
admin-filter-from = Başlangıç
admin-filter-to = Bitiş
admin-filter-method = Yöntem
admin-filter-any = tümü
admin-filter-id = Onay kimliği
admin-filter-submit = Filtrele
admin-export-csv = CSV olarak indir
admin-not-member = Bu sitenin üyesi değilsiniz.
admin-bad-filter = Geçersiz filtre değeri `{ $value }`: tarihler YYYY-AA-GG biçiminde, yöntemler ise kaydedildiği gibi yazılır.
admin-users = Kullanıcılar
admin-audit = Denetim kaydı
admin-col-user = Kullanıcı
admin-col-roles = Roller
admin-col-state = Durum
admin-col-actor = Kim
admin-col-action = Ne
admin-col-target = Neye
admin-col-before = Önce
admin-col-after = Sonra
admin-state-active = etkin
admin-state-disabled = devre dışı
admin-disable = Devre dışı bırak
admin-enable = Etkinleştir
admin-not-admin = Bunu yalnızca yöneticiler yapabilir.
admin-not-yourself = Kendi hesabınızı devre dışı bırakamazsınız.
admin-unknown-user = Böyle bir kullanıcı yok.
admin-settings = Ayarlar
admin-settings-title = { $site } ayarları
admin-field-name = Ad
admin-field-origins = Kökenler
admin-field-origins-help = Sitenin sunulduğu adresler, her satıra bir tane; örneğin https://www.example.org. Çerez bildirimi yalnızca bu adreslerden gelen sayfalara yanıt verir.
admin-field-languages = Diller
admin-field-languages-help = Virgülle ayrılmış dil kodları; örneğin en, fr.
admin-field-default-language = Varsayılan dil
admin-field-default-language-help = Ziyaretçinin tarayıcısı sitenin dillerinden hiçbirini istemediğinde kullanılır.
admin-field-consent-lifetime = Seçimin geçerlilik süresi
admin-field-consent-lifetime-help = Çerez bildirimi yeniden sormadan önce ziyaretçinin seçiminin ne kadar süre geçerli kalacağı; örneğin 6 months. En fazla 13 ay.
admin-field-refusal-cooldown = Reddin geçerlilik süresi
admin-field-refusal-cooldown-help = Her şey reddedildikten sonra, politika değişse bile çerez bildiriminin ne kadar süre yeniden sormayacağı; örneğin 6 months (varsayılan). En fazla 400 gün.
admin-field-cookie-domain = Ortak çerez alan adı
admin-field-cookie-domain-help = Tüm kökenlerin üst alan adı; örneğin example.org. Böylece tüm alt alan adları tek bir seçimi paylaşır. Seçimi her ana makinede ayrı tutmak için boş bırakın.
admin-field-default-region = Varsayılan bölge
admin-field-default-region-help = Ön sunucunuzun bölge başlığının konumunu belirleyemediği ziyaretçilerin bölgesi: FR veya US-CA gibi bir ISO 3166 kodu. EU için boş bırakın.
admin-field-regions = Bölgeye göre kurallar
admin-field-regions-help = Varsayılanların (ABD’de opt-out, diğer yerlerde opt-in) yerine geçen, her kural için bir satır: bölgeler, iki nokta üst üste, opt-in, opt-out veya notice ve isteğe bağlı olarak bir reddin orada ne kadar süre geçerli kalacağı; örneğin US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Çerez politikasının yolu
admin-field-policy-path-help = Çerez politikasının sitedeki yeri; örneğin /cookies-policy.
admin-field-statistics-retention = Ham kitle verilerinin saklanma süresi
admin-field-statistics-retention-help = En fazla 25 ay. Ham veriler silindikten sonra günlük toplamlar kalır.
admin-field-statistics-query = Korunan sorgu parametreleri
admin-field-statistics-query-help = Ölçülen sayfa yollarında korunan, virgülle ayrılmış parametreler; örneğin q, page. Hiçbirini korumamak için boş bırakın.
admin-field-statistics-cookie = Geri dönen ziyaretçilerin tanınması
admin-field-statistics-cookie-help = 13 ay süreyle, hiç yenilenmeyen bir birinci taraf çerezi yerleştirir ve bunu politikada beyan eder.
admin-services = Hizmetler
admin-services-help = Bu sitenin kullandığı, başka şirketlere ait hizmetler. Ağ geçidi, ziyaretçi izin verene kadar bu hizmetlerin etiketlerini bekletir; politika da onları çerezleriyle birlikte listeler. Siteye özgü hizmetler, ana makineleri ve kod parçacıklarıyla birlikte sitenin tanım dosyasında yazılıdır.
admin-services-none = Bu site hiçbir hizmet listelemiyor.
admin-service-add = Hizmeti ekle
admin-service-remove = Kaldır
admin-service-own = siteye özgü
admin-service-catalogue = katalogdan
admin-save = Kaydet
admin-saved = Kaydedildi.
admin-missing-texts = { $cookie } çerezinin şu dillerde yazılmış bir işlevi veya amacı yok: { $languages }. Bu dilleri okuyan ziyaretçiler bunun yerine varsayılan dildeki ({ $default }) metni görür.
admin-read-only = Bu ayarları görüntüleyebilirsiniz; bunları yalnızca düzenleyiciler ve yöneticiler değiştirebilir.
admin-not-editor = Bu siteyi yalnızca sitenin düzenleyicileri ve yöneticileri değiştirebilir.
admin-cookies = Beyan edilen çerezler
admin-col-pattern = Ad
admin-col-category = Kategori
admin-col-party = Taraf
admin-col-duration = Süre
admin-col-provider = Sağlayıcı
admin-col-status = Durum
admin-delete = Sil
admin-unknown-cookie = Bu site böyle bir çerez beyan etmiyor.
admin-add-cookie = Çerez beyan et
admin-field-cookie-name = Ad
admin-field-cookie-name-help = Bu adla başlayan tüm çerezleri beyan etmek için adın sonuna * ekleyin.
admin-field-provider = Sağlayıcı
admin-field-category = Kategori
admin-field-party = Taraf
admin-field-party-help = first: sitenin kendisi tarafından yerleştirilir; third: başka bir şirketin alan adı tarafından yerleştirilir.
admin-field-duration = Süre
admin-field-duration-help = Örneğin 13 months, 1 day veya session.
admin-field-domain = Alan adı
admin-field-domain-help = İsteğe bağlı: sitenin kendi alan adı değilse çerezin yerleştirildiği alan adı.
admin-field-path = Yol
admin-field-function = İşlev ve konum
admin-field-function-help = Çerezin ne yaptığı ve sitenin neresinde yerleştirildiği.
admin-field-purpose = Amaç
admin-field-purpose-help = Sitenin buna neden ihtiyaç duyduğu, ziyaretçinin anlayacağı sözcüklerle.
admin-add = Ekle
admin-field-exempt = Onaydan muaf
admin-field-exempt-help = Yalnızca en fazla 13 ay saklanan birinci taraf kitle ölçümü bu kapsama girer.
admin-field-status = Durum
admin-field-status-help = Taslak, etkin hâle getirilene kadar yayımlanan politikada yer almaz.
admin-edit = Düzenle
admin-edit-cookie-title = { $name } beyanı
admin-preview = Politika önizlemesi
admin-preview-notice = Önizleme: politikanın ziyaretçilerin okuyacağı hâli, { $drafts ->
    [0] taslak beyan olmadan.
    [one] etkin hâle getirilmiş bir taslak beyanla.
   *[other] etkin hâle getirilmiş { $drafts } taslak beyanla.
}
admin-new-site = Yeni site
admin-field-slug = Tanımlayıcı
admin-field-slug-help = Küçük harfler, rakamlar ve kısa çizgiler. Adreslerde görünür ve sonradan değiştirilemez.
admin-create = Oluştur
admin-tokens = API belirteçleri
admin-api-document = API açıklaması (OpenAPI)
admin-token-created = İşte yeni belirteç. Şimdi kopyalayın: bir daha gösterilmeyecek.
admin-field-label = Etiket
admin-field-sites = Siteler
admin-field-access = Erişim
admin-access-read = salt okunur
admin-access-write = okuma ve yazma
admin-all-sites = üzerinde çalıştığınız tüm siteler
admin-col-created = Oluşturulma (UTC)
admin-col-last-used = Son kullanım (UTC)
admin-revoke = İptal et
admin-no-tokens = Henüz belirteç yok.
admin-new-token = Yeni belirteç
admin-unknown-token = Böyle bir belirteç yok.
admin-add-user = Kullanıcı ekle
admin-field-role = Rol
admin-field-member-of = Siteler
admin-field-member-of-help = Bir düzenleyicinin veya görüntüleyicinin üzerinde çalıştığı siteler; yöneticiler tüm sitelerde çalışır.
admin-texts = Çerez bildirimi ve politika metinleri
admin-texts-help = Sitenin kendi ifadelerini her dilinde yazın; boş bırakılan alan, içinde soluk olarak gösterilen platform metnini korur.
admin-field-banner-title = Bildirim başlığı
admin-field-banner-text = Bildirim metni
admin-field-policy-intro = Politikanın giriş paragrafı

admin-nav = Yönetim paneli
admin-site-nav = { $site } sayfaları
admin-older = Daha eski kayıtlar
admin-newer = Daha yeni kayıtlar
admin-show-oldest = Önce en eskileri göster
admin-show-newest = Önce en yenileri göster
admin-confirm-title = Lütfen onaylayın
admin-confirm-delete-cookie = { $name } beyanı silinsin mi? Çerez yayımlanan politikadan hemen kaldırılır; daha önce saklanan onay kayıtları olduğu gibi kalır.
admin-confirm-revoke-token = “{ $label }” belirteci iptal edilsin mi? Onu kullanan her betik bundan sonra reddedilir.
admin-cancel = Vazgeç
admin-sorted-ascending = artan sırada sıralı
admin-sorted-descending = azalan sırada sıralı
admin-pages = Tablo sayfaları
stats-show-numbers = Rakamlar
stats-demo-data = Bu rakamlar, demo boş bir veritabanıyla başlatıldığında üretilmiş yapay tanıtım verileridir.
admin-col-links = Git
admin-newest = En yeni değişiklikler
admin-older-changes = Daha eski değişiklikler
