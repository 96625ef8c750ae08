# Textos de las páginas que sirve cookiewarden, en español. Cada mensaje existe también en
# en.ftl; una prueba unitaria mantiene ambos archivos sincronizados.

language-name = Español
language-label = Idioma
language-submit = Cambiar idioma

index-title = Sitios gestionados por esta plataforma
index-intro = Cada sitio de esta lista publica las cookies que instala, para qué sirven y cuánto tiempo se conservan.
index-policy-link = Política de cookies
index-platform = Las cookies de esta plataforma

policy-title = Política de cookies de { $site }
policy-why-heading = Por qué { $site } utiliza cookies
policy-why = { $site } necesita algunas cookies para funcionar como usted espera. Con su consentimiento, puede utilizar otras para medir la audiencia del sitio o mostrar contenido de otros servicios. En esta página se enumeran todas las cookies que declara: para qué sirven, quién las instala y cuánto tiempo permanecen en su navegador.
policy-what-heading = ¿Qué es una cookie?
policy-what = Una cookie es un pequeño fragmento de datos, identificado por un nombre, que un sitio web pide a su navegador que guarde. El navegador lo conserva durante un tiempo determinado y lo envía a ese sitio cada vez que usted vuelve a visitarlo. Las cookies sirven, por ejemplo, para mantener su sesión iniciada, recordar el contenido de un carrito de la compra o reconocer su navegador a lo largo del tiempo para contar las visitas o mostrar publicidad dirigida.
policy-types-heading = Cuatro tipos de cookies
policy-type-necessary-name = Cookies técnicas o necesarias
policy-type-necessary = conservan información de una visita a otra en el mismo dispositivo, como un carrito, un inicio de sesión o un ajuste de la interfaz. El sitio no puede funcionar sin ellas, por eso se instalan sin pedirle permiso.
policy-type-statistics-name = Cookies de análisis o medición
policy-type-statistics = registran lo que hacen los visitantes en el sitio para medir la audiencia. Cuando la medición está anonimizada, de modo que nunca pueda vincularse a una persona, no requiere consentimiento; aun así, usted puede oponerse.
policy-type-first-party-name = Cookies propias
policy-type-first-party = son las que instala el propio sitio que usted visita. Además de las necesarias, pueden recoger datos personales, seguir su comportamiento en el sitio o mostrar publicidad.
policy-type-third-party-name = Cookies de terceros
policy-type-third-party = son las que instala otro sitio web, a menudo un anunciante, o alguien por cuenta de él, a través de contenido insertado en el sitio que usted visita. Permiten a ese otro sitio saber qué páginas ha visto y recopilar información sobre usted.
policy-list-heading = Las cookies de { $site }
policy-none = Este sitio no declara ninguna cookie de este tipo.
policy-choices-heading = Cambiar de opinión
policy-choices = Puede modificar o retirar su elección en cualquier momento con la opción «Configuración de cookies», presente en todas las páginas de { $site }. Retirar el consentimiento es tan fácil como darlo.
policy-browser = Su navegador también muestra las cookies que guarda y le permite eliminarlas o bloquearlas, para todos los sitios o solo para algunos. Busque «cookies» o «datos de sitios» en su configuración o en su ayuda. Si bloquea las cookies necesarias, es posible que algunas partes del sitio dejen de funcionar.
policy-version = Versión { $version } de la política
policy-services-heading = Servicios de otras empresas
policy-services = Algunas funciones de { $site } proceden de otras empresas, como un vídeo insertado, un mapa o una herramienta de medición de audiencia. Ninguna se carga hasta que usted autorice, en la configuración de cookies, el tipo de cookies al que pertenece o ese servicio en concreto. Aquí figura cada una con las cookies que se sabe que instala.
column-service = Servicio
column-category = Tipo de cookies
policy-service-no-cookies = ninguna conocida

category-necessary = Necesarias
category-necessary-description = Imprescindibles para que el sitio funcione; siempre activas.
category-preferences = Preferencias
category-preferences-description = Recuerdan opciones que cambian el aspecto o el comportamiento del sitio, como una región o un ajuste de visualización.
category-statistics = Estadísticas
category-statistics-description = Miden la audiencia del sitio para mejorarlo.
category-marketing = Marketing
category-marketing-description = Publicidad, seguimiento entre sitios y contenido insertado de otros servicios, como vídeos.

column-provider = Proveedor
column-function = Función y ubicación
column-names = Nombre(s) de la cookie
column-purpose = Finalidad
column-duration = Duración
column-party = Titularidad
party-first = Propia
party-third = De terceros
name-prefix = cualquier nombre que empiece por { $prefix }
exempt-note = Medición de audiencia anonimizada: activa sin consentimiento; puede oponerse.
domain-note = instalada en { $domain }

duration-session = Hasta que se cierra el navegador
duration-hour = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
duration-day = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
duration-week = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
duration-month = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}
duration-year = { $n ->
    [one] { $n } año
   *[other] { $n } años
}

not-found-title = Página no encontrada
not-found-text = No hay nada en esta dirección.
not-found-site = Aquí no se gestiona ningún sitio llamado «{ $slug }».
not-found-home = Ver los sitios gestionados aquí

banner-title = Cookies en { $site }
banner-text = { $site } utiliza las cookies que necesita para funcionar. Con su consentimiento, también usaría otras para medir la audiencia y mostrar contenido de otros servicios. Rechazar es tan fácil como aceptar, y puede cambiar de opinión en cualquier momento.
banner-accept-all = Aceptar todo
banner-reject-all = Rechazar todo
banner-customise = Personalizar
banner-save = Guardar mis opciones
banner-close = Cerrar sin aceptar
banner-settings = Configuración de cookies
banner-policy-link = Política de cookies
banner-gpc = Su navegador envía la señal Global Privacy Control, así que las cookies de marketing permanecen desactivadas.
banner-always-on = siempre activas
banner-exempt = Medición anónima: activa sin consentimiento; puede desactivarla.
banner-placeholder = Este contenido necesita cookies de «{ $category }».
banner-placeholder-accept = Permitir cookies de «{ $category }»
banner-opt-out-text = { $site } utiliza cookies para funcionar, medir la audiencia y con fines publicitarios. Puede oponerse en cualquier momento a la venta y la cesión de su información personal y a la publicidad dirigida.
banner-privacy-choices = Sus opciones de privacidad
banner-gpc-honoured = Se ha respetado su solicitud de oposición
banner-notice-ok = Entendido
banner-services = Servicios de este tipo

my-consent-title = Sus opciones de cookies en { $site }
my-consent-none = Aún no ha tomado ninguna decisión en este sitio: solo se instalan las cookies necesarias.
my-consent-none-starts-on = Aún no ha tomado ninguna decisión en este sitio: en el lugar donde se encuentra, las cookies del sitio están activas hasta que las desactive más abajo.
my-consent-id = Identificador del consentimiento
my-consent-date = Fecha de la decisión
my-consent-change = Cambiar mis opciones
my-consent-withdraw = Retirar mi consentimiento
my-consent-back = Volver al sitio
my-consent-opt-out = Oponerme a la venta, la cesión y la publicidad dirigida
my-consent-opt-out-explained = Con una sola acción se detienen la venta y la cesión de su información personal y la publicidad dirigida en este sitio; las demás cookies del sitio se quedan como están.
my-consent-opted-out = Se ha opuesto a la venta, la cesión y la publicidad dirigida en este sitio.
audience-heading = Medición de audiencia
audience-explained = Para saber qué páginas se leen, cada visita se cuenta sin ninguna cookie: la dirección IP y el navegador solo sirven para distinguir las visitas de un mismo día y nunca se guardan. Nadie puede ser identificado a partir de estos recuentos, que no se comparten.
audience-opt-out = No contar mis visitas
audience-stop = Dejar de contar mis visitas
audience-resume = Volver a contar mis visitas
audience-stopped = Sus visitas no se cuentan.
stats-title = Estadísticas de { $site }
stats-views = Páginas vistas
stats-visitors = Visitantes
stats-visitors-note = Los visitantes se cuentan una vez al día, sin cookies: en un periodo de varios días, una persona que vuelve se cuenta cada día.
stats-audience = Páginas vistas y visitantes por día
stats-top-path = Páginas más vistas
stats-top-referrer = Principales sitios de procedencia
stats-top-browser = Navegadores
stats-top-os = Sistemas operativos
stats-top-device = Dispositivos
stats-top-language = Idiomas
stats-none = (ninguno)
stats-decisions = Decisiones de consentimiento
stats-acceptance = Aceptación por categoría (%)
stats-acceptance-language = Aceptación por idioma (%)
stats-undecided = Visitantes que nunca decidieron (estimación)
stats-nothing = Todavía no se ha contado nada.
admin-statistics = Estadísticas
choice-on = Activado
choice-off = Desactivado

admin-login-title = Iniciar sesión en cookiewarden
admin-username = Nombre de usuario
admin-password = Contraseña
admin-login-submit = Iniciar sesión
admin-login-failed = Nombre de usuario o contraseña incorrectos.
admin-login-locked = Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
admin-csrf-failed = Este formulario ha caducado o se envió desde otro sitio. Vuelva a cargar la página e inténtelo de nuevo.
admin-login-busy = Hay demasiadas personas iniciando sesión en este momento. Vuelva a intentarlo en unos instantes.
admin-home-title = Sitios
admin-signed-in-as = Sesión iniciada como { $user }
admin-logout = Cerrar sesión
admin-logout-everywhere = Cerrar sesión en todos los dispositivos
admin-no-sites = Todavía no es miembro de ningún sitio; un administrador puede darle acceso.
admin-site-policy = Política de cookies
admin-role-admin = Administrador
admin-role-editor = Editor
admin-role-viewer = Lector
admin-consents = Registro de consentimientos
admin-consents-title = Registro de consentimientos de { $site }
admin-consents-count = { $total ->
    [0] Ningún registro coincide
    [one] Coincide un registro
   *[other] Coinciden { $total } registros
}; { $shown } en esta página.
admin-col-time = Registrado (UTC)
admin-col-id = Identificador del consentimiento
admin-col-method = Método
admin-col-choices = Aceptadas
admin-col-language = Idioma
admin-col-rules = Región y reglas
admin-filter-from = Desde
admin-filter-to = Hasta
admin-filter-method = Método
admin-filter-any = cualquiera
admin-filter-id = Identificador del consentimiento
admin-filter-submit = Filtrar
admin-export-csv = Descargar en CSV
admin-not-member = No es miembro de este sitio.
admin-bad-filter = Valor de filtro no válido `{ $value }`: las fechas se escriben AAAA-MM-DD y los métodos, tal como se registraron.
admin-users = Usuarios
admin-audit = Registro de auditoría
admin-col-user = Usuario
admin-col-roles = Roles asignados
admin-col-state = Estado
admin-col-actor = Quién
admin-col-action = Qué
admin-col-target = Sobre qué
admin-col-before = Antes
admin-col-after = Después
admin-state-active = activo
admin-state-disabled = desactivado
admin-disable = Desactivar
admin-enable = Reactivar
admin-not-admin = Solo los administradores pueden hacer esto.
admin-not-yourself = No puede desactivar su propia cuenta.
admin-unknown-user = Ese usuario no existe.
admin-settings = Configuración
admin-settings-title = Configuración de { $site }
admin-field-name = Nombre
admin-field-origins = Orígenes
admin-field-origins-help = Las direcciones desde las que se sirve el sitio, una por línea, por ejemplo https://www.example.org. El banner solo responde a las páginas de estas direcciones.
admin-field-languages = Idiomas
admin-field-languages-help = Códigos de idioma separados por comas, por ejemplo es, en.
admin-field-default-language = Idioma predeterminado
admin-field-default-language-help = Se usa cuando el navegador del visitante no pide ninguno de los idiomas del sitio.
admin-field-consent-lifetime = Duración de la elección
admin-field-consent-lifetime-help = Cuánto tiempo vale la elección de un visitante antes de que el banner vuelva a preguntar. Se escribe en inglés, por ejemplo 6 months; como máximo, 13 meses.
admin-field-refusal-cooldown = Rechazo respetado durante
admin-field-refusal-cooldown-help = Cuánto tiempo deja el banner de preguntar después de que se rechace todo, aunque cambie la política. Se escribe en inglés, por ejemplo 6 months (el valor predeterminado); como máximo, 400 días.
admin-field-cookie-domain = Dominio compartido de la cookie
admin-field-cookie-domain-help = Un dominio superior común a todos los orígenes, por ejemplo example.org, para que todos sus subdominios compartan una misma elección. Déjelo vacío para que cada host conserve su propia elección.
admin-field-default-region = Región predeterminada
admin-field-default-region-help = La región de los visitantes que la cabecera de región de su servidor frontal no localiza: un código ISO 3166, por ejemplo FR o US-CA. Déjelo vacío para EU (Unión Europea).
admin-field-regions = Reglas por región
admin-field-regions-help = Una línea por regla, en lugar de las predeterminadas (opt-out en Estados Unidos, opt-in en el resto): las regiones, dos puntos, opt-in, opt-out o notice y, si se desea, cuánto tiempo se respeta allí un rechazo, por ejemplo US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Ruta de la política de cookies
admin-field-policy-path-help = Dónde se encuentra la política de cookies en el sitio, por ejemplo /cookies-policy.
admin-field-statistics-retention = Conservación de los datos de audiencia sin procesar
admin-field-statistics-retention-help = Como máximo, 25 meses. Los totales diarios se mantienen después de eliminar los datos sin procesar.
admin-field-statistics-query = Parámetros de consulta conservados
admin-field-statistics-query-help = Parámetros que se conservan en las rutas de las páginas medidas, separados por comas, por ejemplo q, page. Déjelo vacío para no conservar ninguno.
admin-field-statistics-cookie = Reconocer a los visitantes que vuelven
admin-field-statistics-cookie-help = Instala una cookie propia durante 13 meses, que nunca se renueva, y la declara en la política.
admin-services = Servicios
admin-services-help = Servicios de otras empresas que utiliza este sitio. La pasarela retiene sus etiquetas hasta que el visitante los autoriza, y la política los enumera con sus cookies. Los servicios propios del sitio, con sus hosts y fragmentos de código, se describen en su archivo de definición.
admin-services-none = Este sitio no incluye ningún servicio.
admin-service-add = Añadir el servicio
admin-service-remove = Quitar
admin-service-own = propio del sitio
admin-service-catalogue = del catálogo
admin-save = Guardar
admin-saved = Guardado.
admin-missing-texts = La cookie { $cookie } no tiene función ni finalidad redactadas en { $languages }: los visitantes que leen esos idiomas ven en su lugar el texto en { $default }.
admin-read-only = Puede consultar esta configuración; solo los editores y los administradores pueden modificarla.
admin-not-editor = Solo los editores y los administradores del sitio pueden modificarlo.
admin-cookies = Cookies declaradas
admin-col-pattern = Nombre
admin-col-category = Categoría
admin-col-party = Titularidad
admin-col-duration = Duración
admin-col-provider = Proveedor
admin-col-status = Estado
admin-delete = Eliminar
admin-unknown-cookie = Este sitio no declara esa cookie.
admin-add-cookie = Declarar una cookie
admin-field-cookie-name = Nombre
admin-field-cookie-name-help = Termínelo con * para declarar todas las cookies cuyo nombre empiece así.
admin-field-provider = Proveedor
admin-field-category = Categoría
admin-field-party = Titularidad
admin-field-party-help = first: la instala el propio sitio; third: la instala el dominio de otra empresa.
admin-field-duration = Duración
admin-field-duration-help = En inglés, por ejemplo 13 months, 1 day o session.
admin-field-domain = Dominio
admin-field-domain-help = Opcional: el dominio en el que se instala la cookie, cuando no es el del propio sitio.
admin-field-path = Ruta
admin-field-function = Función y ubicación
admin-field-function-help = Qué hace la cookie y en qué parte del sitio se instala.
admin-field-purpose = Finalidad
admin-field-purpose-help = Por qué la necesita el sitio, con palabras que un visitante entienda.
admin-add = Añadir
admin-field-exempt = Exenta de consentimiento
admin-field-exempt-help = Solo se admite para la medición de audiencia propia conservada 13 meses como máximo.
admin-field-status = Estado
admin-field-status-help = Un borrador (draft) queda fuera de la política publicada hasta que se activa (active).
admin-edit = Editar
admin-edit-cookie-title = Declaración de { $name }
admin-preview = Vista previa de la política
admin-preview-notice = Vista previa: la política tal como la leerán los visitantes, { $drafts ->
    [0] sin ninguna declaración en borrador.
    [one] con una declaración en borrador activada.
   *[other] con { $drafts } declaraciones en borrador activadas.
}
admin-new-site = Nuevo sitio
admin-field-slug = Identificador
admin-field-slug-help = Letras minúsculas, cifras y guiones. Aparece en las direcciones y no se puede cambiar después.
admin-create = Crear
admin-tokens = Tokens de API
admin-api-document = Descripción de la API (OpenAPI)
admin-token-created = Este es el nuevo token. Cópielo ahora: no se volverá a mostrar.
admin-field-label = Etiqueta
admin-field-sites = Sitios
admin-field-access = Acceso
admin-access-read = solo lectura
admin-access-write = lectura y escritura
admin-all-sites = todos los sitios en los que trabaja
admin-col-created = Creado (UTC)
admin-col-last-used = Último uso (UTC)
admin-revoke = Revocar
admin-no-tokens = Todavía no hay ningún token.
admin-new-token = Nuevo token
admin-unknown-token = Ese token no existe.
admin-add-user = Añadir un usuario
admin-field-role = Rol
admin-field-member-of = Sitios
admin-field-member-of-help = Los sitios en los que trabaja un editor o un lector; un administrador trabaja en todos.
admin-texts = Textos del banner y de la política
admin-texts-help = Escriba el texto propio del sitio en cada uno de sus idiomas; un campo vacío conserva el texto de la plataforma, que aparece en gris dentro del campo.
admin-field-banner-title = Título del banner
admin-field-banner-text = Párrafo del banner
admin-field-policy-intro = Párrafo inicial de la política

admin-nav = Administración
admin-site-nav = Páginas de { $site }
admin-older = Registros más antiguos
admin-newer = Registros más recientes
admin-show-oldest = Mostrar primero los más antiguos
admin-show-newest = Mostrar primero los más recientes
admin-confirm-title = Confirme, por favor
admin-confirm-delete-cookie = ¿Eliminar la declaración de { $name }? La cookie desaparece de inmediato de la política publicada; los registros de consentimiento ya guardados se mantienen tal cual.
admin-confirm-revoke-token = ¿Revocar el token «{ $label }»? A partir de ahora se rechazará cualquier script que lo utilice.
admin-cancel = Cancelar
admin-sorted-ascending = en orden ascendente
admin-sorted-descending = en orden descendente
admin-pages = Páginas de la tabla
stats-show-numbers = Ver las cifras
stats-demo-data = Estas cifras son datos de demostración sintéticos, generados al iniciar la demo con una base de datos vacía.
admin-col-links = Ir a
admin-newest = Los cambios más recientes
admin-older-changes = Cambios más antiguos
