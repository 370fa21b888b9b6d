# Interface messages of the web application, in Spanish. English (locales/en/web.ftl) is the
# reference: every message of it, and no other, must be here (a test fails otherwise).
# Variables: { $count } a number, { $name } a text, { $date } an ISO date.

## Chrome

site-name = Directorio de autoridades nacionales competentes
skip-to-content = Ir al contenido
nav-label = Principal
nav-search = Buscar
nav-countries = Estados
nav-console = Consola
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
languages-label = Idioma
breadcrumb-label = Usted está aquí
footer-about = Un directorio abierto de las autoridades nacionales competentes en materia de cooperación internacional en asuntos penales.
footer-api = La API y su documentación
yes = Sí
no = No
central = Autoridad central
stale-badge = Sin confirmar desde hace más de un año

## Errors

error-not-found = Esta página no existe
error-bad-request = No se pudo interpretar la petición
error-forbidden = No tiene permiso para realizar esta acción
error-unauthorized = Inicie sesión
error-too-many = Demasiados intentos; espere un momento
error-unavailable = El servicio está saturado; vuelva a intentarlo en breve
error-internal = Se ha producido un error por nuestra parte
error-home = Volver a la página de inicio

## Home and finding an authority

home-title = Inicio
home-heading = ¿Quién tramita una solicitud de cooperación internacional?
home-lead = Encuentre la autoridad nacional de cada Estado que se ocupa de la asistencia judicial recíproca, la extradición, las pruebas electrónicas y otras formas de cooperación, cómo contactar con ella, y la legislación y la jurisprudencia del Estado.
home-all-countries = Ver todos los Estados
find-title = Encontrar la autoridad
find-legend = Encontrar la autoridad
find-country = Estado requerido
find-country-hint = Escriba el nombre en cualquiera de los seis idiomas oficiales de las Naciones Unidas, o su código ISO.
find-country-missing = Indique el Estado requerido.
find-country-unknown = Ningún Estado tiene este nombre; elija uno de la lista.
find-measure = Medida solicitada
find-measure-choose = Elija una medida
find-measure-missing = Elija la medida solicitada.
find-submit = Buscar
find-none = En el directorio no figura ninguna autoridad de este Estado designada para esta medida.

## Search

search-title = Búsqueda
search-label = Buscar autoridades, legislación y jurisprudencia
search-submit = Buscar
search-invalid = No se pudo realizar la búsqueda
search-too-deep = Solo se muestran los 10 000 primeros resultados; acote la búsqueda.
search-active-filters = Filtros aplicados
search-remove-filter = Quitar el filtro { $name }
search-facets = Acotar los resultados
search-no-results = No hay resultados para esta búsqueda
search-total = { $count ->
    [one] Un resultado
   *[other] { $count } resultados
}
search-pages = Páginas de resultados
search-previous = Anterior
search-next = Siguiente
facet-type = Tipo
facet-country = Estado
facet-competence = Competencia
facet-crime_type = Tipo de delito
facet-cross_cutting = Cuestión transversal
facet-language = Idioma
type-authority = Autoridad
type-legislation = Legislación
type-case = Caso

## States

countries-title = Estados
country-authorities = { $count ->
    [one] Una autoridad
   *[other] { $count } autoridades
}
country-stale = { $count ->
    [one] una sin confirmar desde hace más de un año
   *[other] { $count } sin confirmar desde hace más de un año
}
country-last-confirmed = última confirmación el { $name }
country-search = Buscar en los registros de este Estado
country-by-competence = Autoridades por competencia
country-no-authorities = Todavía no figura en el directorio ninguna autoridad de este Estado.
country-laws = Legislación
country-cases = Jurisprudencia
country-none = Todavía no hay nada en el directorio.

## Authorities

authority-retired = Esta autoridad ya no está en funciones: no recibe solicitudes.
authority-stale = Este registro no se ha confirmado desde hace más de un año. Consulte con la autoridad antes de basarse en él.
authority-last-confirmed = Última confirmación el { $name }
authority-never-confirmed = Nunca se ha confirmado
authority-designations = Competencias y forma de enviar las solicitudes
authority-reach = Cómo contactar con ella
authority-address = Dirección postal
authority-website = Sitio web
authority-phones = Teléfono
authority-fax = Fax
authority-emails = Correo electrónico
authority-hours = Horario de atención
authority-24-7 = Disponible a cualquier hora
authority-contacts = Personas de contacto
authority-contacts-sign-in = Las personas de contacto solo se muestran a los profesionales que han iniciado sesión.
authority-no-contacts = No figura ninguna persona de contacto.
authority-provisions = Disposiciones nacionales
contact-confidential = Confidencial
designation-legal-bases = Bases jurídicas
designation-scope = Alcance
designation-channels = Conductos
designation-means = Medios de transmisión
designation-languages = Idiomas aceptables
designation-original-by-post = El original debe enviarse después por correo postal
designation-urgent = Procedimiento de urgencia
designation-untoc = UNTOC aceptada como base jurídica
designation-requirements = Requisitos legales
designation-notification = Notificación al depositario
kind-ministry = Ministerio
kind-prosecution = Ministerio público
kind-court = Tribunal
kind-police = Policía
kind-financial_intelligence_unit = Unidad de inteligencia financiera
kind-coast_guard = Guardia costera
kind-other = Otro organismo
channel-direct = Directamente
channel-diplomatic = Conducto diplomático
channel-interpol = INTERPOL
channel-regional_network = Red regional
means-post = Correo postal
means-email = Correo electrónico
means-fax = Fax
means-secure_platform = Plataforma segura
means-oral_if_urgent = Oralmente en caso de urgencia
untoc-yes = Sí
untoc-no = No
untoc-with_conditions = Con condiciones
role-head = Titular
role-desk_officer = Responsable de expedientes
role-duty_24_7 = Guardia 24/7
role-other = Otro

## Legislation

law-official-text = Texto oficial
law-provisions = Disposiciones
law-implements = Aplica
law-tags = Temas
law-cases = Aplicada en
law-type-code = Código
law-type-act = Ley
law-type-decree = Decreto
law-type-regulation = Reglamento
law-type-constitution = Constitución
law-type-other = Otro instrumento
law-status-in_force = En vigor
law-status-amended = Modificado
law-status-repealed = Derogado

## Cases

case-reference = Referencia
case-court = Tribunal
case-date = Fecha de la decisión
case-decision = Decisión
case-articles = Artículos de los instrumentos
case-cooperation = Cooperación empleada
case-counterparts = Otros Estados implicados
case-summary = Resumen
case-commentary = Comentario
case-parties = Partes
case-charges = Cargos
decision-conviction = Condena
decision-acquittal = Absolución
decision-appeal_decision = Decisión en apelación
decision-extradition_decision = Decisión sobre la extradición
decision-mla_decision = Decisión sobre la asistencia judicial recíproca
decision-confiscation_order = Orden de decomiso
decision-other = Otra decisión
verdict-guilty = Culpable
verdict-not_guilty = No culpable
verdict-dismissed = Desestimado
verdict-pending = Pendiente
party-defendant = acusado
party-victim = víctima
party-witness = testigo
party-other = otra parte
entity-natural_person = persona física
entity-legal_person = persona jurídica
cooperation-MLA = Asistencia judicial recíproca
cooperation-EXTRADITION = Extradición
cooperation-JIT = Equipo conjunto de investigación
cooperation-ASSET_RECOVERY = Recuperación de activos
cooperation-TRANSFER_PROCEEDINGS = Remisión de actuaciones penales
cooperation-TRANSFER_SENTENCED = Traslado de personas condenadas
cooperation-POLICE_COOPERATION = Cooperación policial
cooperation-ELECTRONIC_EVIDENCE = Pruebas electrónicas

## Console

console-edit = Editar este registro
console-title = Consola
console-signed-in-as = Sesión iniciada como { $name }
console-accounts = Cuentas
console-partners = Clientes asociados
console-choose-state = Estado cuyos registros desea mantener al día
console-show = Mostrar
console-new-authority = Añadir una autoridad
console-authorities = Autoridades, empezando por las que llevan más tiempo sin confirmar
console-select = Seleccionar
console-select-one = Seleccionar { $name }
console-name = Nombre
console-last-confirmed = Última confirmación
console-actions = Acciones
console-confirm = Confirmar
console-confirm-selected = Confirmar los registros seleccionados
console-history = Historial
console-confirmed = { $count ->
    [one] Un registro confirmado.
   *[other] { $count } registros confirmados.
}
console-none-chosen = No se seleccionó ningún registro.
console-bad-target = El formulario hacía referencia a un registro que no existe.
console-reader = Su cuenta permite consultar el directorio, incluidas las personas de contacto que se muestran a los profesionales; no permite mantener ningún registro.
console-conflict = Alguien modificó este registro después de que usted lo abriera
error-forged = Este formulario ha caducado o no procede de este sitio; vuelva a abrir la página

## History

history-title = Historial
history-version = Versión { $count }
history-no-change = Ningún campo ha cambiado.
history-member = Campo
history-before = Antes
history-after = Después

## Signing in

sign-in-title = Iniciar sesión
sign-in-lead = Los puntos focales, los profesionales y la Secretaría inician sesión con la cuenta que la Secretaría les ha creado.
sign-in-email = Dirección de correo electrónico
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-wrong = Dirección de correo electrónico o contraseña incorrectas.
sign-in-expired = El formulario había caducado; vuelva a iniciar sesión.

## Record forms

form-new-title = Añadir una autoridad
form-edit-title = Editar una autoridad
form-problems = { $count ->
    [one] Un problema impide guardar:
   *[other] { $count } problemas impiden guardar:
}
form-conflict-kept = Sus cambios se conservan a continuación; todavía no se han guardado. Revise lo que ha cambiado entretanto y vuelva a guardar para reemplazarlo.
form-conflict-changes = Cambios realizados entretanto
form-names = Nombres
form-names-hint = El nombre designado en su idioma original y sus traducciones; un idioma por fila.
form-language-code = Idioma (código ISO 639-1)
form-name = Nombre
form-remove = Quitar
form-add-name = Añadir un nombre
form-original-language = Idioma del nombre designado (código ISO 639-1)
form-acronym = Sigla
form-kind = Tipo de organismo
form-timezone = Huso horario (por ejemplo, Europe/Paris)
form-one-per-line = Un valor por línea.
form-codes-hint = Códigos ISO 639-1 separados por comas, por ejemplo: fr, en
form-designation = Designación { $count }
form-untoc-note = Condiciones para aceptar la UNTOC como base jurídica
form-remove-designation = Quitar esta designación
form-add-designation = Añadir una designación
form-contact = Persona de contacto { $count }
form-position = Cargo
form-contact-languages = Idiomas que habla
form-role = Función
form-visibility = Quién puede ver a esta persona
visibility-restricted = Profesionales que han iniciado sesión
visibility-confidential = Solo los puntos focales de este Estado y la Secretaría
form-remove-contact = Quitar esta persona de contacto
form-add-contact = Añadir una persona de contacto
form-save = Guardar
form-cancel = Cancelar
form-retire = Dar de baja esta autoridad
retire-title = Dar de baja una autoridad
retire-explain = Una autoridad dada de baja desaparece de las listas del directorio y deja de recibir solicitudes; su registro y su historial siguen pudiendo consultarse. Esta operación no se puede deshacer desde la consola.
retire-confirm = Darla de baja

## Administration

accounts-new = Nueva cuenta
accounts-country = Estado (código ISO 3166-1 alfa-3, solo para puntos focales)
accounts-password-hint = Entre 12 y 256 caracteres. Comuníquela a su titular por un conducto distinto y seguro.
accounts-create = Crear la cuenta
accounts-disable = Desactivar
accounts-disabled = Desactivada
role-account-focal_point = Punto focal
role-account-reader = Profesional
role-account-admin = Administrador
partners-new = Nuevo cliente asociado
partners-tier = Registros accesibles
tier-public = Registros públicos
tier-restricted = Registros públicos y de acceso restringido
partners-create = Crear el cliente
partners-key = Clave
partners-last-used = Último uso
partners-revoked = Revocado
partners-revoke = Revocar
partners-key-once = La clave del cliente, que se muestra solo esta vez: cópiela ahora y comuníquela al asociado por un conducto seguro. No podrá volver a mostrarse.

## Deleting

console-delete = Eliminar
delete-title = Eliminar un registro
delete-explain = El registro, con sus disposiciones, cargos y partes, sale del directorio; se informa de la eliminación a los asociados. No puede deshacerse desde la consola.
delete-confirm = Eliminarlo

## Console: laws and cases
console-new-law = Añadir un texto legislativo
console-new-case = Añadir un caso
law-form-new = Añadir un texto legislativo
law-form-edit = Editar un texto legislativo
law-form-titles = Títulos
law-form-titles-hint = El título en su idioma original y sus traducciones; un idioma por fila.
form-title = Título
form-add-title = Añadir un título
form-original-language-texts = Idioma de los textos originales (código ISO 639-1)
law-form-type = Tipo de instrumento
law-form-status = Situación
law-form-enacted = Fecha de promulgación (YYYY-MM-DD)
law-form-url = Dirección del texto oficial
form-articles-hint = Artículos de los instrumentos separados por comas, por ejemplo: UNTOC-18, UNCAC-46
law-form-provision = Disposición { $count }
law-form-number = Número (por ejemplo: artículo 5)
law-form-texts = Epígrafe y texto, un idioma por fila
form-heading = Epígrafe
form-text = Texto
form-add-language = Añadir un idioma
law-form-remove-provision = Quitar esta disposición
law-form-add-provision = Añadir una disposición
law-form-delete = Eliminar este texto legislativo
case-form-new = Añadir un caso
case-form-edit = Editar un caso
case-form-decision = La decisión
case-form-texts = Título, resumen y comentario
case-form-texts-hint = En el idioma original y sus traducciones; un bloque por idioma. El título y el resumen son obligatorios en el idioma original.
case-form-language = Textos en el idioma { $count }
case-form-subjects = Temas y cooperación
form-countries-hint = Códigos ISO 3166-1 alpha-3 separados por comas, por ejemplo: FRA, KEN
case-form-party = Grupo de partes { $count }
case-form-entity = Personas físicas o jurídicas
case-form-count = Número
case-form-nationality = Nacionalidad (código ISO 3166-1 alpha-3)
case-form-remove-party = Quitar este grupo de partes
case-form-add-party = Añadir un grupo de partes
case-form-charge = Cargo { $count }
case-form-offence = Delito
case-form-provision = Disposición aplicada
case-form-statute = Texto legal, tal como lo citó el tribunal
case-form-verdict = Veredicto
case-form-sentence = Pena
case-form-remove-charge = Quitar este cargo
case-form-add-charge = Añadir un cargo
case-form-delete = Eliminar este caso

## Problems found in a form, as the library words them (variables: codes, numbers, dates)
problem-required = es obligatorio
problem-blank = no debe estar vacío
problem-unknown-member = no es un campo de este documento
problem-string = debe ser una cadena de caracteres
problem-string-or-null = debe ser una cadena de caracteres o null
problem-whole-number = debe ser un número entero
problem-whole-number-or-null = debe ser un número entero o null
problem-list = debe ser una lista
problem-boolean = debe ser verdadero o falso
problem-object = debe ser un objeto
problem-uuid = debe ser un UUID
problem-date = debe ser una fecha (YYYY-MM-DD)
problem-date-exists = debe ser una fecha que exista, con el formato YYYY-MM-DD
problem-time = debe ser una hora en formato RFC 3339
problem-too-large = es demasiado grande
problem-future = no debe ser una fecha futura
problem-before = no debe ser anterior al { $date }
problem-competence-code = debe ser un código de competencia, por ejemplo MLA o EXTRADITION
problem-taxonomy-code = debe ser un código de taxonomía, por ejemplo MONEY_LAUNDERING
problem-region-code = debe ser un código de región UN M49 de tres cifras, por ejemplo 002
problem-email-length = debe ser una dirección de correo electrónico válida de 254 caracteres como máximo
problem-email = debe ser una dirección de correo electrónico válida
problem-timezone = debe ser un huso horario IANA, por ejemplo Europe/Paris
problem-country-code = debe ser un código de país ISO 3166-1 alpha-3, por ejemplo KEN
problem-language-code = debe ser un código de idioma ISO 639-1 de dos letras, por ejemplo fr
problem-url = debe ser una dirección absoluta http o https
problem-article = debe ser un identificador de artículo, por ejemplo UNTOC-18
problem-phone = debe ser un número internacional: +, el prefijo del país y de 4 a 15 cifras en total; se admiten espacios
problem-one-of = debe ser uno de los siguientes valores: { $values }
problem-one-of-schema = debe ser uno de los valores { $values }
problem-range = debe estar entre { $min } y { $max }
problem-max-length = { $max ->
    [one] debe tener { $max } carácter como máximo
   *[other] debe tener { $max } caracteres como máximo
}
problem-length = debe tener entre { $min } y { $max } caracteres
problem-max-items = { $max ->
    [one] { $max } elemento como máximo
   *[other] { $max } elementos como máximo
}
problem-max-charges = { $max ->
    [one] { $max } cargo como máximo
   *[other] { $max } cargos como máximo
}
problem-max-languages = { $max ->
    [one] { $max } idioma como máximo
   *[other] { $max } idiomas como máximo
}
problem-max-parties = { $max ->
    [one] { $max } grupo de partes como máximo
   *[other] { $max } grupos de partes como máximo
}
problem-max-contacts = { $max ->
    [one] { $max } persona de contacto como máximo
   *[other] { $max } personas de contacto como máximo
}
problem-max-provisions = { $max ->
    [one] { $max } disposición como máximo
   *[other] { $max } disposiciones como máximo
}
problem-one-designation = como máximo una designación por competencia ({ $max })
problem-own-ancestor = un registro no puede ser su propio ascendiente
problem-other-state = un registro no puede pasar a otro Estado (pertenece a { $country })
problem-a-competence = una autoridad debe tener al menos una competencia
problem-reference-taken = otro caso ya tiene esta referencia
problem-original-name = se requiere al menos el nombre en su idioma original
problem-some-text = indique el texto en al menos un idioma
problem-other-law = es una disposición de otro texto legislativo
problem-twice = figura dos veces
problem-a-channel = indique al menos un conducto
problem-a-crime-type = indique al menos un tipo de delito
problem-a-language = indique al menos un idioma
problem-a-means = indique al menos un medio de transmisión
problem-a-state = indique el Estado al que pertenece el registro
problem-parent-state = el registro del que depende debe pertenecer al mismo Estado
problem-provision-state = la disposición pertenece a la legislación de { $country }, no a la de { $other }
problem-legal-basis = { $basis } no es una base jurídica de { $competence }; bases conocidas: { $known }
problem-original-name-missing = debe incluir el nombre en el idioma original ({ $language })
problem-original-title = debe incluir el título en el idioma original ({ $language })
problem-original-summary = debe incluir el resumen en el idioma original ({ $language })
problem-no-authority = ninguna autoridad tiene el identificador { $id }
problem-no-provision = ninguna disposición tiene el identificador { $id }
problem-unknown-competence = código de competencia desconocido: { $code }
problem-unknown-country = código de país desconocido: { $code }
problem-unknown-crime-type = tipo de delito desconocido: { $code }
problem-unknown-cross-cutting = cuestión transversal desconocida: { $code }
problem-unknown-article = artículo de instrumento desconocido: { $code }
problem-country-twice = { $country } figura dos veces
problem-own-counterpart = { $country } es el Estado del propio caso, no otro Estado implicado
problem-designated-twice = la competencia { $competence } está designada dos veces
problem-email-ascii = debe escribirse con letras, cifras y signos ASCII (un dominio internacionalizado en su forma xn--)
problem-focal-point-state = un punto focal actúa por un solo Estado: indique su código ISO 3166-1 alfa-3
problem-no-state = solo los puntos focales están vinculados a un Estado
problem-partner-name = de 1 a 200 caracteres, sin caracteres de control
problem-account-exists = ya existe una cuenta con la dirección de correo electrónico { $email }

## Freshness
nav-freshness = Actualización
freshness-title = Grado de actualización del directorio
freshness-lead = Un registro está al día cuando se ha confirmado en los últimos 365 días: una autoridad, por el punto focal de su Estado (o al añadirse); un texto legislativo o un caso, cuando se modificó por última vez. Los Estados mantienen al día sus registros confirmándolos en la consola.
freshness-overall = El { $name } de los registros está al día
freshness-records-count = { $count ->
    [one] { $count } registro
   *[other] { $count } registros
}
freshness-stale-count = { $count ->
    [one] { $count } sin confirmar desde hace más de un año
   *[other] { $count } sin confirmar desde hace más de un año
}
freshness-states-with-records = { $count ->
    [one] { $count } Estado con registros
   *[other] { $count } Estados con registros
}
freshness-states-without-records = { $count ->
    [one] { $count } Estado o territorio todavía sin registros
   *[other] { $count } Estados y territorios todavía sin registros
}
freshness-states-without-focal-point = { $count ->
    [one] { $count } sin punto focal
   *[other] { $count } sin punto focal
}
freshness-as-of = cifras a fecha de { $name }
freshness-map-label = Mapa mundial: proporción de los registros de cada Estado que están al día
freshness-band-0 = menos del 25 %
freshness-band-1 = del 25 al 49 %
freshness-band-2 = del 50 al 74 %
freshness-band-3 = del 75 al 99 %
freshness-band-4 = todos al día
freshness-band-none = todavía sin registros
freshness-csv = Descargar las cifras (CSV)
freshness-table = Estados con registros, empezando por los menos actualizados (elija una columna para ordenar por ella)
freshness-state = Estado
freshness-records = Registros
freshness-share = Al día
freshness-stale = Sin confirmar
freshness-oldest = Confirmación más antigua
freshness-last-change = Último cambio
freshness-focal-point = Punto focal
freshness-yes = sí
freshness-no = ninguno
freshness-regions = Por región
freshness-region = Región
freshness-with-records = Estados con registros
freshness-without-focal-point = Estados sin punto focal

## Account settings
accounts-language = Idioma de los mensajes enviados a la cuenta
settings-title = Su configuración
settings-pause = Pausar mis recordatorios
settings-pause-hint = Mientras estén en pausa, no se le enviará ningún recordatorio sobre los registros de su Estado; seguirán figurando como desactualizados cuando lo estén.
settings-save = Guardar
settings-saved = Su configuración se ha guardado.

## One-click confirmation links
link-title = Confirmar un registro
link-lead = ¿Sigue siendo correcto hoy este registro? Al confirmarlo, se deja constancia de que se ha verificado hoy; no cambia nada más.
link-confirm = Sí, sigue siendo correcto: confirmarlo
link-edit = Algo ha cambiado: editarlo en la consola
link-last-confirmed = Última confirmación el { $name }
link-done = Gracias: el registro queda confirmado con fecha de hoy.
link-used = Este enlace ya se ha utilizado. Inicie sesión para ver el registro y, si es necesario, volver a confirmarlo desde la consola.
link-expired = Este enlace ha caducado. Inicie sesión para confirmar el registro desde la consola.
link-superseded = El registro ha cambiado desde que se envió este enlace, por lo que el enlace ya no lo confirma. Inicie sesión para revisar el registro.
link-unknown = Este enlace no es válido. Inicie sesión para confirmar los registros de su Estado desde la consola.
link-sign-in = Iniciar sesión

## Reminders and the outbox (administrators)
console-outbox = Recordatorios y bandeja de salida
outbox-lead = Los puntos focales reciben por correo electrónico recordatorios de los registros de su Estado que deben confirmarse, y los administradores reciben un resumen mensual. Cada mensaje se registra en la bandeja de salida junto con la decisión de enviarlo y, a continuación, lo entrega un único proceso del servidor, que reintenta el envío en caso de fallo.
outbox-smtp-off = No hay ningún servidor SMTP configurado en este servidor (CNA_SMTP_URL): los mensajes esperan en la bandeja de salida y no se pierde ninguno. Se enviarán en cuanto se configure un servidor.
outbox-smtp-on = Los mensajes se envían a través del servidor SMTP configurado; si un intento falla, se vuelve a intentar más tarde.
outbox-waiting = { $count ->
    [0] No hay ningún mensaje en espera.
    [one] Hay un mensaje en espera.
   *[other] Hay { $count } mensajes en espera.
}
outbox-no-focal-point = Estados con registros pero sin ningún punto focal activo
outbox-no-focal-point-none = Todos los Estados con registros tienen un punto focal activo.
outbox-col-state = Estado
outbox-col-records = Registros activos
outbox-col-stale = Sin confirmar
outbox-messages = Mensajes, empezando por los más recientes
outbox-none = Todavía no se ha registrado ningún mensaje.
outbox-col-created = Fecha de registro
outbox-col-kind = Tipo
outbox-col-recipient = Destinatario
outbox-col-subject = Asunto
outbox-col-status = Situación
outbox-col-attempts = Intentos
outbox-kind-reminder = Recordatorio
outbox-kind-summary = Resumen mensual
outbox-status-sent = Enviado el { $date }
outbox-status-waiting = En espera; próximo intento el { $date }
outbox-attempt-delivered = { $date }: entregado ({ $name })
outbox-attempt-failed = { $date }: fallido ({ $name })

## Where do I send this request?
route-title = ¿A quién debe enviarse esta solicitud?
route-legend = ¿A quién debe enviarse esta solicitud?
route-from = Estado requirente (el suyo)
route-to = Estado requerido
route-crime = Delito
route-crime-any = Cualquier delito
route-urgent = Solicitud urgente
route-submit = Mostrar la ruta
route-state-missing = Indique el Estado.
route-same-state = El Estado requerido debe ser un Estado distinto del Estado requirente.
route-heading = { $name }: de { $from } a { $to }
route-warnings = Antes de enviar
route-to-whom = A quién y cómo
route-language = En qué idioma
route-no-language = No consta ningún idioma.
route-basis = Sobre qué base jurídica
route-provisions = Disposiciones del Estado requerido relativas a estos artículos
route-contents = Qué debe contener la solicitud
route-if-needed = cuando proceda
route-reference = Su referencia
route-format = Formato
route-draft-hint = Rellene lo que sepa; el resto se marca como pendiente de completar. No se guarda nada de lo que escriba.
route-draft = Descargar el borrador de solicitud
route-again = Hacer otra consulta
route-original-by-post = El original debe enviarse después por correo postal.
route-urgent-procedure = Solicitudes urgentes
route-translation-needed = No se acepta ninguno de los idiomas oficiales de { $from }: la solicitud debe traducirse.
route-translation-not-needed = Se acepta un idioma de { $from }: no es necesaria ninguna traducción.
route-no-basis = Ningún instrumento en el que ambos Estados sean partes constituye aquí una base jurídica: la solicitud se basa en un tratado bilateral entre { $from } y { $to }, si lo hay, o en la reciprocidad, en la medida en que lo permita el derecho de { $to }.
route-reason-contact_point_24_7 = Solicitud urgente relativa a pruebas electrónicas: en primer lugar, el punto de contacto localizable las 24 horas del día, los 7 días de la semana.
route-reason-central_authority = La autoridad central designada para esta medida.
route-reason-designated = También designada para esta medida.
route-reason-notified_central_authority = No hay ninguna autoridad designada para esta medida: la autoridad central notificada al depositario.
route-reason-mla_central_authority = No hay ninguna autoridad designada para esta medida: la autoridad central encargada de la asistencia judicial recíproca.
route-warning-no_records = El directorio no contiene ninguna autoridad de { $to }: envíe la solicitud por conducto diplomático.
route-warning-no_designation = No hay ninguna autoridad de { $to } designada para esta medida: en su defecto, la respuesta indica una autoridad que recibe solicitudes de asistencia.
route-warning-stale_record = El registro de la autoridad { $name } se confirmó por última vez hace más de un año: compruebe sus datos antes de enviar la solicitud.
route-warning-no_common_instrument = { $from } y { $to } no son partes a la vez en ningún instrumento registrado aquí que abarque esta medida.
route-warning-no_treaty_records = No consta ninguna participación de { $name } en tratados: las bases jurídicas pueden estar incompletas.
route-warning-treaty_required_for_extradition = { $to } no considera { $name } como la base jurídica de la extradición: se necesita un tratado bilateral.
route-warning-no_language_recorded = No consta ningún idioma para esta designación: consulte a la autoridad antes de traducir la solicitud.
route-warning-no_channel_recorded = No consta ningún conducto de transmisión para esta designación: siempre puede recurrirse al conducto diplomático.
route-caveat-untoc_scope = Para los delitos comprendidos en la Convención y los delitos graves de carácter transnacional que entrañen la participación de un grupo delictivo organizado (art. 3).
route-caveat-uncac_scope = Para los delitos tipificados con arreglo a la Convención: corrupción y delitos conexos (arts. 15 a 25).
route-caveat-drugs_scope = Para los delitos de tráfico de drogas tipificados en el art. 3, párr. 1, y el blanqueo de su producto.
route-caveat-budapest_scope = Para los delitos de los arts. 2 a 11 y para las pruebas en formato electrónico de cualquier delito (art. 14, párr. 2).
route-caveat-untoc_16 = Para los delitos comprendidos en la Convención, punibles en ambos Estados, cuando la persona se encuentre en el territorio del Estado requerido (art. 16, párr. 1).
route-caveat-budapest_24 = Para los delitos de los arts. 2 a 11 punibles en ambos Estados con una pena privativa de libertad de al menos un año (art. 24, párr. 1).
route-caveat-untoc_17 = El art. 17 invita a los Estados a celebrar acuerdos: el traslado se basa en un acuerdo de ese tipo o en el derecho interno.
route-caveat-uncac_45 = El art. 45 invita a los Estados a celebrar acuerdos: el traslado se basa en un acuerdo de ese tipo o en el derecho interno.
route-caveat-untoc_21 = Cuando la remisión redunde en beneficio de la debida administración de justicia, en particular en casos en que intervengan varias jurisdicciones.
route-caveat-uncac_55 = Decomiso y restitución del producto de los delitos tipificados con arreglo a la Convención.
route-caveat-cyber_24_7 = Conservación y revelación rápidas de datos informáticos almacenados, a la espera de una solicitud de asistencia mutua (art. 29).
route-caveat-drugs_sea = Abordaje e inspección de una nave sospechosa de dedicarse al tráfico ilícito por mar.
route-caveat-migrants_sea = Visita y registro de un buque sospechoso de dedicarse al tráfico ilícito de migrantes por mar.
route-caveat-firearms = Intercambio de información y cooperación en materia de armas de fuego, sus piezas y componentes y municiones.
route-caveat-untoc_31 = Cooperación para prevenir la delincuencia organizada transnacional, no una solicitud en un caso concreto.
route-caveat-uncac_6 = Ayuda para formular medidas de prevención de la corrupción (art. 6, párr. 3), no una solicitud en un caso concreto.
route-caveat-through_mla = Ningún instrumento registrado aquí prevé esta medida; dentro del ámbito de aplicación de la Convención, puede recurrirse a la asistencia prevista en el art. 18.
route-caveat-extradition_basis_accepted = { $to } considera la Convención como la base jurídica de la extradición.
route-caveat-extradition_basis_unknown = No consta ninguna notificación de { $to } sobre la Convención como base jurídica de la extradición: compruebe si subordina la extradición a la existencia de un tratado.
route-item-own = Los requisitos propios del Estado requerido, tal como los ha registrado.
route-item-requesting_authority = La autoridad que hace la solicitud
route-why-requesting_authority = El Estado requerido responde a una autoridad identificada y le dirige sus preguntas.
route-item-proceedings = El objeto y la índole de la investigación, el proceso o las actuaciones judiciales, y la autoridad encargada de ellos
route-why-proceedings = Muestran que la solicitud se refiere a un procedimiento penal comprendido en el ámbito de aplicación del instrumento.
route-item-facts = Un resumen de los hechos pertinentes
route-why-facts = A partir de ellos, el Estado requerido verifica la doble incriminación, cuando proceda, y la pertinencia de la solicitud.
route-item-assistance_sought = La asistencia solicitada y cualquier procedimiento particular que deba aplicarse
route-why-assistance_sought = Un procedimiento particular solo se aplica si se solicita y no contraviene el derecho interno del Estado requerido.
route-item-persons = La identidad, ubicación y nacionalidad de las personas interesadas
route-why-persons = Sin estos datos, no pueden obtenerse pruebas de la persona ni sobre ella.
route-item-purpose = La finalidad por la que se solicitan las pruebas, la información o las actuaciones
route-why-purpose = La información solo se utiliza para la finalidad indicada, salvo consentimiento del Estado requerido.
route-item-form_and_language = Por escrito, en un idioma aceptable para el Estado requerido
route-why-form_and_language = Una solicitud en un idioma que la autoridad no acepta queda a la espera de traducción.
route-item-confidentiality = Confidencialidad de la solicitud
route-why-confidentiality = El Estado requerido mantiene reserva sobre la solicitud o comunica de inmediato al Estado requirente que no puede hacerlo.
route-item-warrant_or_judgment = La orden de detención, o la sentencia ejecutoria y la pena impuesta
route-why-warrant_or_judgment = La extradición se concede respecto de una persona buscada para ser enjuiciada o para cumplir una condena.
route-item-offences = Cada delito, con la fecha y el lugar de su comisión y su calificación jurídica
route-why-offences = A partir de ello, el Estado requerido verifica la doble incriminación y la prescripción.
route-item-enactments = Las disposiciones legales que tipifican cada delito y establecen la pena aplicable
route-why-enactments = La pena determina si el delito puede dar lugar a extradición.
route-item-person = Una descripción de la persona buscada, con su identidad, nacionalidad y ubicación
route-why-person = La persona detenida debe ser la persona buscada.
route-item-assurances = Las garantías que exige el Estado requerido
route-why-assurances = Sin ellas, algunos Estados deniegan o retrasan la extradición.
route-item-facts_and_offences = Los hechos, los delitos y las disposiciones legales aplicables
route-why-facts_and_offences = El Estado requerido debe poder enjuiciar la conducta con arreglo a su propio derecho.
route-item-justice_reasons = Por qué la remisión redunda en beneficio de la debida administración de justicia
route-why-justice_reasons = La remisión concentra el enjuiciamiento donde mejor puede llevarse a cabo.
route-item-file = El expediente del caso y las pruebas reunidas
route-why-file = Las actuaciones continúan sobre la base de las pruebas ya reunidas.
route-item-offence_and_facts = El delito objeto de la investigación y un resumen de los hechos
route-why-offence_and_facts = La conservación sirve a una investigación penal concreta.
route-item-data = Los datos informáticos almacenados que deben conservarse y su relación con el delito
route-why-data = El proveedor de servicios solo puede conservar los datos que estén identificados.
route-item-custodian = El custodio de los datos o la ubicación del sistema informático
route-why-custodian = El Estado requerido debe saber a quién dirigir la orden.
route-item-necessity = Por qué es necesaria la conservación
route-why-necessity = Los datos pueden borrarse antes de que llegue una solicitud de asistencia.
route-item-follow_up = Que se presentará una solicitud de asistencia mutua
route-why-follow_up = Los datos se conservan durante al menos 60 días a la espera de esa solicitud.

## Treaty participation on a State's page
country-treaties = Participación en tratados
country-treaty = Instrumento
country-treaty-status = Situación
country-treaty-since = Desde
treaty-status-party = Parte
treaty-status-signatory = Signatario
treaty-status-none = No es parte
