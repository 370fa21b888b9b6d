# Interface messages of the web application, in English: the reference every other language
# follows (a test fails when a language lacks a message of this file or has one it does not).
# Variables: { $count } a number, { $name } a text, { $date } an ISO date.

## Chrome

site-name = Справочник компетентных национальных органов
skip-to-content = Перейти к содержанию
nav-label = Основная навигация
nav-search = Поиск
nav-countries = Государства
nav-console = Консоль
nav-sign-in = Войти
nav-sign-out = Выйти
languages-label = Язык
breadcrumb-label = Вы находитесь здесь
footer-about = Открытый справочник национальных органов, компетентных в вопросах международного сотрудничества по уголовным делам.
footer-api = API и документация к нему
yes = Да
no = Нет
central = Центральный орган
stale-badge = Более года без подтверждения

## Errors

error-not-found = Такой страницы не существует
error-bad-request = Не удалось обработать запрос
error-forbidden = У вас нет прав на это действие
error-unauthorized = Пожалуйста, войдите в систему
error-too-many = Слишком много попыток; подождите немного
error-unavailable = Сервис перегружен; повторите попытку чуть позже
error-internal = На нашей стороне произошла ошибка
error-home = Вернуться на главную страницу

## Home and finding an authority

home-title = Главная
home-heading = Кто рассматривает просьбу о международном сотрудничестве?
home-lead = Найдите национальный орган каждого государства, отвечающий за взаимную правовую помощь, выдачу, электронные доказательства и другие формы сотрудничества, узнайте, как с ним связаться, и ознакомьтесь с законодательством и судебной практикой этого государства.
home-all-countries = Все государства
find-title = Поиск компетентного органа
find-legend = Поиск компетентного органа
find-country = Запрашиваемое государство
find-country-hint = Введите название на любом из шести официальных языков ООН или код ISO.
find-country-missing = Укажите запрашиваемое государство.
find-country-unknown = Государства с таким названием нет; выберите его из списка.
find-measure = Запрашиваемая мера
find-measure-choose = Выберите меру
find-measure-missing = Выберите запрашиваемую меру.
find-submit = Найти
find-none = В справочнике нет органа этого государства, назначенного для этой меры.

## Search

search-title = Поиск
search-label = Поиск органов, законодательства и судебной практики
search-submit = Найти
search-invalid = Не удалось выполнить поиск
search-too-deep = Выводятся только первые 10 000 результатов; уточните запрос.
search-active-filters = Действующие фильтры
search-remove-filter = Снять фильтр { $name }
search-facets = Уточнить результаты
search-no-results = По этому запросу ничего не найдено
search-total = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-pages = Страницы результатов
search-previous = Предыдущая
search-next = Следующая
facet-type = Тип
facet-country = Государство
facet-competence = Компетенция
facet-crime_type = Вид преступления
facet-cross_cutting = Сквозной вопрос
facet-language = Язык
type-authority = Орган
type-legislation = Законодательство
type-case = Дело

## States

countries-title = Государства
country-authorities = { $count ->
    [one] { $count } орган
    [few] { $count } органа
    [many] { $count } органов
   *[other] { $count } органа
}
country-stale = { $count ->
    [one] { $count } не подтверждался более года
    [few] { $count } не подтверждались более года
    [many] { $count } не подтверждались более года
   *[other] { $count } не подтверждались более года
}
country-last-confirmed = последнее подтверждение: { $name }
country-search = Поиск по записям этого государства
country-by-competence = Органы по компетенции
country-no-authorities = В справочнике пока нет органов этого государства.
country-laws = Законодательство
country-cases = Судебная практика
country-none = В справочнике пока ничего нет.

## Authorities

authority-retired = Полномочия этого органа прекращены: он больше не принимает просьбы.
authority-stale = Эта запись не подтверждалась более года. Прежде чем на нее полагаться, уточните сведения в самом органе.
authority-last-confirmed = Последнее подтверждение: { $name }
authority-never-confirmed = Ни разу не подтверждалось
authority-designations = Компетенция и порядок направления просьб
authority-reach = Как связаться
authority-address = Почтовый адрес
authority-website = Веб-сайт
authority-phones = Телефон
authority-fax = Факс
authority-emails = Электронная почта
authority-hours = Часы работы
authority-24-7 = Доступен круглосуточно
authority-contacts = Контактные лица
authority-contacts-sign-in = Контактные лица видны специалистам, вошедшим в систему.
authority-no-contacts = Контактные лица не указаны.
authority-provisions = Положения национального законодательства
contact-confidential = Конфиденциально
designation-legal-bases = Правовые основания
designation-scope = Сфера применения
designation-channels = Каналы
designation-means = Способы передачи
designation-languages = Приемлемые языки
designation-original-by-post = Оригинал должен быть затем направлен почтой
designation-urgent = Срочная процедура
designation-untoc = UNTOC принимается в качестве правового основания
designation-requirements = Правовые требования
designation-notification = Уведомление депозитария
kind-ministry = Министерство
kind-prosecution = Прокуратура
kind-court = Суд
kind-police = Полиция
kind-financial_intelligence_unit = Подразделение финансовой разведки
kind-coast_guard = Береговая охрана
kind-other = Иной орган
channel-direct = Напрямую
channel-diplomatic = Дипломатические каналы
channel-interpol = INTERPOL
channel-regional_network = Региональная сеть
means-post = Почта
means-email = Электронная почта
means-fax = Факс
means-secure_platform = Защищенная платформа
means-oral_if_urgent = Устно в срочных случаях
untoc-yes = Да
untoc-no = Нет
untoc-with_conditions = С условиями
role-head = Руководитель
role-desk_officer = Ответственный сотрудник
role-duty_24_7 = Дежурный сотрудник 24/7
role-other = Другое

## Legislation

law-official-text = Официальный текст
law-provisions = Положения
law-implements = Осуществляет статьи
law-tags = Темы
law-cases = Применялся в делах
law-type-code = Кодекс
law-type-act = Закон
law-type-decree = Указ
law-type-regulation = Подзаконный акт
law-type-constitution = Конституция
law-type-other = Иной документ
law-status-in_force = Действует
law-status-amended = С изменениями
law-status-repealed = Утратил силу

## Cases

case-reference = Номер дела
case-court = Суд
case-date = Дата решения
case-decision = Решение
case-articles = Статьи международных документов
case-cooperation = Использованные формы сотрудничества
case-counterparts = Другие участвующие государства
case-summary = Краткое изложение
case-commentary = Комментарий
case-parties = Участники процесса
case-charges = Обвинения
decision-conviction = Обвинительный приговор
decision-acquittal = Оправдательный приговор
decision-appeal_decision = Решение по апелляции
decision-extradition_decision = Решение о выдаче
decision-mla_decision = Решение о взаимной правовой помощи
decision-confiscation_order = Постановление о конфискации
decision-other = Иное решение
verdict-guilty = Виновен
verdict-not_guilty = Невиновен
verdict-dismissed = Прекращено
verdict-pending = На рассмотрении
party-defendant = обвиняемый
party-victim = потерпевший
party-witness = свидетель
party-other = иной участник
entity-natural_person = физическое лицо
entity-legal_person = юридическое лицо
cooperation-MLA = Взаимная правовая помощь
cooperation-EXTRADITION = Выдача
cooperation-JIT = Совместная следственная группа
cooperation-ASSET_RECOVERY = Возвращение активов
cooperation-TRANSFER_PROCEEDINGS = Передача уголовного производства
cooperation-TRANSFER_SENTENCED = Передача осужденных лиц
cooperation-POLICE_COOPERATION = Полицейское сотрудничество
cooperation-ELECTRONIC_EVIDENCE = Электронные доказательства

## Console

console-edit = Редактировать запись
console-title = Консоль
console-signed-in-as = Вы вошли как { $name }
console-accounts = Учетные записи
console-partners = Клиентские приложения партнеров
console-choose-state = Государство, записи которого вы ведете
console-show = Показать
console-new-authority = Добавить орган
console-authorities = Органы (сначала те, что дольше всего не подтверждались)
console-select = Выбрать
console-select-one = Выбрать запись «{ $name }»
console-name = Название
console-last-confirmed = Последнее подтверждение
console-actions = Действия
console-confirm = Подтвердить
console-confirm-selected = Подтвердить выбранные записи
console-history = История изменений
console-confirmed = { $count ->
    [one] Подтверждена { $count } запись.
    [few] Подтверждены { $count } записи.
    [many] Подтверждено { $count } записей.
   *[other] Подтверждено { $count } записи.
}
console-none-chosen = Не выбрано ни одной записи.
console-bad-target = В форме указана несуществующая запись.
console-reader = Ваша учетная запись позволяет просматривать справочник, включая контактных лиц, видимых специалистам, но не позволяет вести записи.
console-conflict = Кто-то изменил эту запись после того, как вы ее открыли
error-forged = Срок действия формы истек или она отправлена не с этого сайта; откройте страницу заново

## History

history-title = История изменений
history-version = Версия { $count }
history-no-change = Ни одно поле не изменилось.
history-member = Поле
history-before = До
history-after = После

## Signing in

sign-in-title = Вход
sign-in-lead = Координаторы, специалисты и Секретариат входят в систему с учетной записью, созданной для них Секретариатом.
sign-in-email = Адрес электронной почты
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-wrong = Неверный адрес электронной почты или пароль.
sign-in-expired = Срок действия формы истек; войдите снова.

## Record forms

form-new-title = Добавление органа
form-edit-title = Редактирование органа
form-problems = { $count ->
    [one] Сохранению препятствует { $count } ошибка:
    [few] Сохранению препятствуют { $count } ошибки:
    [many] Сохранению препятствуют { $count } ошибок:
   *[other] Сохранению препятствуют { $count } ошибки:
}
form-conflict-kept = Ваши изменения остались в форме ниже, но еще не сохранены. Просмотрите, что изменилось за это время, и сохраните запись снова, чтобы заменить эти изменения.
form-conflict-changes = Изменено за это время
form-names = Названия
form-names-hint = Название, указанное при назначении, на языке оригинала и его переводы; по одному языку в строке.
form-language-code = Язык (код ISO 639-1)
form-name = Название
form-remove = Удалить
form-add-name = Добавить название
form-original-language = Язык названия, указанного при назначении (код ISO 639-1)
form-acronym = Аббревиатура
form-kind = Тип органа
form-timezone = Часовой пояс (например, Europe/Paris)
form-one-per-line = По одному в строке.
form-codes-hint = Коды ISO 639-1 через запятую, например: fr, en
form-designation = Назначение { $count }
form-untoc-note = Условия применения UNTOC в качестве правового основания
form-remove-designation = Удалить это назначение
form-add-designation = Добавить назначение
form-contact = Контактное лицо { $count }
form-position = Должность
form-contact-languages = Языки, которыми владеет
form-role = Роль
form-visibility = Кто может видеть сведения об этом лице
visibility-restricted = Специалисты, вошедшие в систему
visibility-confidential = Только координаторы этого государства и Секретариат
form-remove-contact = Удалить это контактное лицо
form-add-contact = Добавить контактное лицо
form-save = Сохранить
form-cancel = Отмена
form-retire = Прекратить полномочия этого органа
retire-title = Прекращение полномочий органа
retire-explain = Орган, полномочия которого прекращены, исключается из списков справочника и больше не принимает просьбы; его запись и история изменений остаются доступными для просмотра. Отменить это действие из консоли невозможно.
retire-confirm = Прекратить полномочия

## Administration

accounts-new = Новая учетная запись
accounts-country = Государство (трехбуквенный код ISO 3166-1, только для координаторов)
accounts-password-hint = От 12 до 256 символов. Передайте пароль владельцу учетной записи по отдельному защищенному каналу.
accounts-create = Создать учетную запись
accounts-disable = Отключить
accounts-disabled = Отключена
role-account-focal_point = Координатор
role-account-reader = Специалист
role-account-admin = Администратор
partners-new = Новое клиентское приложение партнера
partners-tier = Доступные для чтения данные
tier-public = Общедоступные записи
tier-restricted = Общедоступные записи и записи с ограниченным доступом
partners-create = Создать клиентское приложение
partners-key = Ключ
partners-last-used = Последнее использование
partners-revoked = Доступ отозван
partners-revoke = Отозвать доступ
partners-key-once = Ключ клиентского приложения показывается только один раз: скопируйте его сейчас и передайте партнеру по защищенному каналу. Повторно показать его будет невозможно.

## Deleting

console-delete = Удалить
delete-title = Удаление записи
delete-explain = Запись вместе с ее положениями, обвинениями и участниками удаляется из справочника; партнеры получают уведомление об удалении. Отменить это из консоли нельзя.
delete-confirm = Удалить запись

## Console: laws and cases
console-new-law = Добавить законодательный акт
console-new-case = Добавить дело
law-form-new = Добавление законодательного акта
law-form-edit = Редактирование законодательного акта
law-form-titles = Названия
law-form-titles-hint = Название на языке оригинала и его переводы; по одному языку в строке.
form-title = Название
form-add-title = Добавить название
form-original-language-texts = Язык оригинала текстов (код ISO 639-1)
law-form-type = Вид документа
law-form-status = Статус
law-form-enacted = Дата принятия (YYYY-MM-DD)
law-form-url = Адрес официального текста
form-articles-hint = Статьи международных документов через запятую, например: UNTOC-18, UNCAC-46
law-form-provision = Положение { $count }
law-form-number = Номер (например: статья 5)
law-form-texts = Заголовок и текст, по одному языку в строке
form-heading = Заголовок
form-text = Текст
form-add-language = Добавить язык
law-form-remove-provision = Удалить это положение
law-form-add-provision = Добавить положение
law-form-delete = Удалить этот законодательный акт
case-form-new = Добавление дела
case-form-edit = Редактирование дела
case-form-decision = Решение
case-form-texts = Название, краткое изложение и комментарий
case-form-texts-hint = На языке оригинала и в переводе; по одному блоку на каждый язык. Название и краткое изложение на языке оригинала обязательны.
case-form-language = Тексты, язык { $count }
case-form-subjects = Темы и сотрудничество
form-countries-hint = Коды ISO 3166-1 alpha-3 через запятую, например: FRA, KEN
case-form-party = Группа участников { $count }
case-form-entity = Физические или юридические лица
case-form-count = Количество
case-form-nationality = Гражданство (код ISO 3166-1 alpha-3)
case-form-remove-party = Удалить эту группу участников
case-form-add-party = Добавить группу участников
case-form-charge = Обвинение { $count }
case-form-offence = Преступление
case-form-provision = Примененное положение
case-form-statute = Правовая норма, на которую сослался суд
case-form-verdict = Вердикт
case-form-sentence = Наказание
case-form-remove-charge = Удалить это обвинение
case-form-add-charge = Добавить обвинение
case-form-delete = Удалить это дело

## Problems found in a form, as the library words them (variables: codes, numbers, dates)
problem-required = обязательно для заполнения
problem-blank = не должно быть пустым
problem-unknown-member = не является полем этого документа
problem-string = должно быть строкой
problem-string-or-null = должно быть строкой или null
problem-whole-number = должно быть целым числом
problem-whole-number-or-null = должно быть целым числом или null
problem-list = должно быть списком
problem-boolean = должно иметь значение «истина» или «ложь»
problem-object = должно быть объектом
problem-uuid = должно быть идентификатором UUID
problem-date = должно быть датой (YYYY-MM-DD)
problem-date-exists = должно быть существующей датой в формате YYYY-MM-DD
problem-time = должно быть временем в формате RFC 3339
problem-too-large = слишком большое значение
problem-future = не должно относиться к будущему
problem-before = не должно быть раньше { $date }
problem-competence-code = должно быть кодом компетенции, например MLA или EXTRADITION
problem-taxonomy-code = должно быть кодом таксономии, например MONEY_LAUNDERING
problem-region-code = должно быть трехзначным кодом региона UN M49, например 002
problem-email-length = должно быть действительным адресом электронной почты длиной не более 254 символов
problem-email = должно быть действительным адресом электронной почты
problem-timezone = должно быть часовым поясом IANA, например Europe/Paris
problem-country-code = должно быть кодом страны ISO 3166-1 alpha-3, например KEN
problem-language-code = должно быть двухбуквенным кодом языка ISO 639-1, например fr
problem-url = должно быть абсолютным адресом http или https
problem-article = должно быть идентификатором статьи, например UNTOC-18
problem-phone = должно быть международным номером: +, код страны и всего от 4 до 15 цифр; пробелы допускаются
problem-one-of = должно быть одним из значений: { $values }
problem-one-of-schema = должно быть одним из значений { $values }
problem-range = должно быть в диапазоне от { $min } до { $max }
problem-max-length = { $max ->
    [one] должно содержать не более { $max } символа
   *[other] должно содержать не более { $max } символов
}
problem-length = { $max ->
    [one] должно содержать от { $min } до { $max } символа
   *[other] должно содержать от { $min } до { $max } символов
}
problem-max-items = { $max ->
    [one] не более { $max } элемента
   *[other] не более { $max } элементов
}
problem-max-charges = { $max ->
    [one] не более { $max } обвинения
   *[other] не более { $max } обвинений
}
problem-max-languages = { $max ->
    [one] не более { $max } языка
   *[other] не более { $max } языков
}
problem-max-parties = { $max ->
    [one] не более { $max } группы участников
   *[other] не более { $max } групп участников
}
problem-max-contacts = { $max ->
    [one] не более { $max } контактного лица
   *[other] не более { $max } контактных лиц
}
problem-max-provisions = { $max ->
    [one] не более { $max } положения
   *[other] не более { $max } положений
}
problem-one-designation = не более одного назначения на каждую компетенцию ({ $max })
problem-own-ancestor = запись не может быть собственным предком
problem-other-state = запись нельзя перенести в другое государство (она относится к { $country })
problem-a-competence = у органа должна быть хотя бы одна компетенция
problem-reference-taken = этот номер уже присвоен другому делу
problem-original-name = требуется как минимум название на языке оригинала
problem-some-text = укажите текст хотя бы на одном языке
problem-other-law = является положением другого законодательного акта
problem-twice = указано дважды
problem-a-channel = укажите хотя бы один канал
problem-a-crime-type = укажите хотя бы один вид преступления
problem-a-language = укажите хотя бы один язык
problem-a-means = укажите хотя бы один способ передачи
problem-a-state = укажите государство, к которому относится запись
problem-parent-state = вышестоящая запись должна относиться к тому же государству
problem-provision-state = положение относится к законодательству государства { $country }, а не государства { $other }
problem-legal-basis = { $basis } не является правовым основанием для { $competence }; известные основания: { $known }
problem-original-name-missing = должно включать название на языке оригинала ({ $language })
problem-original-title = должно включать название на языке оригинала ({ $language })
problem-original-summary = должно включать краткое изложение на языке оригинала ({ $language })
problem-no-authority = органа с идентификатором { $id } нет
problem-no-provision = положения с идентификатором { $id } нет
problem-unknown-competence = неизвестный код компетенции: { $code }
problem-unknown-country = неизвестный код страны: { $code }
problem-unknown-crime-type = неизвестный вид преступления: { $code }
problem-unknown-cross-cutting = неизвестный сквозной вопрос: { $code }
problem-unknown-article = неизвестная статья международного документа: { $code }
problem-country-twice = государство { $country } указано дважды
problem-own-counterpart = { $country } — государство самого дела, а не другое участвующее государство
problem-designated-twice = компетенция { $competence } указана дважды
problem-email-ascii = должен состоять из букв, цифр и знаков ASCII (интернационализированный домен — в форме xn--)
problem-focal-point-state = координатор действует от имени одного государства: укажите его код ISO 3166-1 alpha-3
problem-no-state = к государству привязаны только координаторы
problem-partner-name = от 1 до 200 символов, без управляющих символов
problem-account-exists = учетная запись с адресом электронной почты { $email } уже существует

## Freshness
nav-freshness = Актуальность
freshness-title = Насколько актуален справочник
freshness-lead = Запись считается актуальной, если она подтверждена в течение последних 365 дней: запись об органе — координатором его государства (или при ее добавлении), запись о законодательном акте или деле — при ее последнем изменении. Государства поддерживают актуальность своих записей, подтверждая их в консоли.
freshness-overall = Актуальны { $name } записей
freshness-records-count = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
freshness-stale-count = { $count ->
    [one] { $count } не подтверждалась более года
    [few] { $count } не подтверждались более года
    [many] { $count } не подтверждались более года
   *[other] { $count } не подтверждались более года
}
freshness-states-with-records = { $count ->
    [one] { $count } государство с записями
    [few] { $count } государства с записями
    [many] { $count } государств с записями
   *[other] { $count } государства с записями
}
freshness-states-without-records = { $count ->
    [one] { $count } государство или территория пока без записей
    [few] { $count } государства и территории пока без записей
    [many] { $count } государств и территорий пока без записей
   *[other] { $count } государства и территории пока без записей
}
freshness-states-without-focal-point = { $count ->
    [one] { $count } без координатора
    [few] { $count } без координатора
    [many] { $count } без координатора
   *[other] { $count } без координатора
}
freshness-as-of = данные на { $name }
freshness-map-label = Карта мира: доля актуальных записей каждого государства
freshness-band-0 = менее 25 %
freshness-band-1 = от 25 до 49 %
freshness-band-2 = от 50 до 74 %
freshness-band-3 = от 75 до 99 %
freshness-band-4 = все актуальны
freshness-band-none = записей пока нет
freshness-csv = Скачать данные (CSV)
freshness-table = Государства, по которым есть записи, начиная с наименее актуальных (выберите столбец, чтобы отсортировать по нему)
freshness-state = Государство
freshness-records = Записи
freshness-share = Актуальные
freshness-stale = Неактуальные
freshness-oldest = Самое давнее подтверждение
freshness-last-change = Последнее изменение
freshness-focal-point = Координатор
freshness-yes = есть
freshness-no = нет
freshness-regions = По регионам
freshness-region = Регион
freshness-with-records = Государства с записями
freshness-without-focal-point = Государства без координатора

## Account settings
accounts-language = Язык сообщений, направляемых на учетную запись
settings-title = Ваши настройки
settings-pause = Приостановить мои напоминания
settings-pause-hint = Пока напоминания приостановлены, вам не направляются напоминания о записях вашего государства; устаревшие записи по-прежнему отмечаются как таковые.
settings-save = Сохранить
settings-saved = Ваши настройки сохранены.

## One-click confirmation links
link-title = Подтверждение записи
link-lead = Верны ли сведения в этой записи на сегодняшний день? При подтверждении лишь фиксируется, что запись проверена сегодня; больше ничего не меняется.
link-confirm = Да, сведения по-прежнему верны: подтвердить
link-edit = Что-то изменилось: редактировать в консоли
link-last-confirmed = Последнее подтверждение: { $name }
link-done = Спасибо! Запись подтверждена по состоянию на сегодняшний день.
link-used = Эта ссылка уже использована. Войдите, чтобы просмотреть запись и при необходимости снова подтвердить ее из консоли.
link-expired = Срок действия этой ссылки истек. Войдите, чтобы подтвердить запись из консоли.
link-superseded = После отправки этой ссылки запись изменилась, поэтому ссылка больше не подтверждает ее. Войдите, чтобы просмотреть запись.
link-unknown = Эта ссылка недействительна. Войдите, чтобы подтвердить записи вашего государства из консоли.
link-sign-in = Войти

## Reminders and the outbox (administrators)
console-outbox = Напоминания и исходящие сообщения
outbox-lead = Координаторы получают по электронной почте напоминания о записях своего государства, подлежащих подтверждению, а администраторы — ежемесячную сводку. Каждое сообщение заносится в очередь исходящих сообщений вместе с решением о его отправке, а затем доставляется единым серверным процессом, который при неудаче повторяет попытки.
outbox-smtp-off = На этом сервере не настроен SMTP-сервер (CNA_SMTP_URL): сообщения ожидают в очереди исходящих сообщений и не теряются. Они будут отправлены, как только сервер будет настроен.
outbox-smtp-on = Сообщения отправляются через настроенный SMTP-сервер; неудачная попытка повторяется позднее.
outbox-waiting = { $count ->
    [0] Ожидающих сообщений нет.
    [1] Ожидает одно сообщение.
    [one] Ожидает { $count } сообщение.
    [few] Ожидают { $count } сообщения.
    [many] Ожидают { $count } сообщений.
   *[other] Ожидают { $count } сообщения.
}
outbox-no-focal-point = Государства с записями, но без действующего координатора
outbox-no-focal-point-none = У всех государств с записями есть действующий координатор.
outbox-col-state = Государство
outbox-col-records = Действующие записи
outbox-col-stale = Неактуальные
outbox-messages = Сообщения (сначала самые новые)
outbox-none = Пока не записано ни одного сообщения.
outbox-col-created = Создано
outbox-col-kind = Тип
outbox-col-recipient = Получатель
outbox-col-subject = Тема
outbox-col-status = Статус
outbox-col-attempts = Попытки
outbox-kind-reminder = Напоминание
outbox-kind-summary = Ежемесячная сводка
outbox-status-sent = Отправлено { $date }
outbox-status-waiting = Ожидает отправки; следующая попытка { $date }
outbox-attempt-delivered = { $date }: доставлено ({ $name })
outbox-attempt-failed = { $date }: ошибка ({ $name })

## Where do I send this request?
route-title = Куда направить эту просьбу?
route-legend = Куда направить эту просьбу?
route-from = Запрашивающее государство (ваше)
route-to = Запрашиваемое государство
route-crime = Преступление
route-crime-any = Любое преступление
route-urgent = Срочно
route-submit = Показать порядок направления
route-state-missing = Укажите государство.
route-same-state = Запрашиваемое государство должно отличаться от запрашивающего.
route-heading = { $name }: из государства { $from } в государство { $to }
route-warnings = Перед направлением просьбы
route-to-whom = Кому и каким образом
route-language = На каком языке
route-no-language = Язык не указан.
route-basis = На каком правовом основании
route-provisions = Положения запрашиваемого государства, касающиеся этих статей
route-contents = Что должна содержать просьба
route-if-needed = если применимо
route-reference = Ваш исходящий номер
route-format = Формат
route-draft-hint = Заполните известные вам сведения; остальное будет помечено как подлежащее заполнению. Введенные вами данные не сохраняются.
route-draft = Скачать проект просьбы
route-again = Задать другой вопрос
route-original-by-post = Оригинал должен быть затем направлен почтой.
route-urgent-procedure = Срочные просьбы
route-translation-needed = Ни один из официальных языков государства { $from } не принимается: просьбу необходимо перевести.
route-translation-not-needed = Один из языков государства { $from } принимается: перевод не требуется.
route-no-basis = Ни один международный документ, участниками которого являются оба государства, не служит здесь правовым основанием: просьба основывается на двустороннем договоре между государствами { $from } и { $to }, если таковой имеется, или на принципе взаимности в той мере, в какой это допускает законодательство государства { $to }.
route-reason-contact_point_24_7 = Срочная просьба, касающаяся электронных доказательств: в первую очередь — контактный орган, работающий 24 часа в сутки 7 дней в неделю.
route-reason-central_authority = Центральный орган, назначенный для этой меры.
route-reason-designated = Также назначен для этой меры.
route-reason-notified_central_authority = Для этой меры не назначено ни одного органа: центральный орган, о котором уведомлен депозитарий.
route-reason-mla_central_authority = Для этой меры не назначено ни одного органа: центральный орган по вопросам взаимной правовой помощи.
route-warning-no_records = В справочнике нет органов государства { $to }: направьте просьбу по дипломатическим каналам.
route-warning-no_designation = Ни один орган государства { $to } не назначен для этой меры: вместо него указан орган, принимающий просьбы о помощи.
route-warning-stale_record = Запись об органе «{ $name }» последний раз подтверждалась более года назад: перед направлением просьбы проверьте сведения.
route-warning-no_common_instrument = Государства { $from } и { $to } не являются одновременно участниками ни одного из представленных здесь международных документов, охватывающих эту меру.
route-warning-no_treaty_records = Сведения об участии государства { $name } в международных договорах отсутствуют: перечень правовых оснований может быть неполным.
route-warning-treaty_required_for_extradition = Государство { $to } не принимает { $name } в качестве правового основания для выдачи: необходим двусторонний договор.
route-warning-no_language_recorded = Для этого назначения язык не указан: прежде чем переводить просьбу, уточните его в органе.
route-warning-no_channel_recorded = Для этого назначения канал передачи не указан: дипломатический канал доступен всегда.
route-caveat-untoc_scope = Для преступлений, признанных таковыми в соответствии с Конвенцией, и серьезных преступлений, которые носят транснациональный характер и совершены при участии организованной преступной группы (ст. 3).
route-caveat-uncac_scope = Для преступлений, признанных таковыми в соответствии с Конвенцией: коррупции и связанных с ней преступлений (ст. 15–25).
route-caveat-drugs_scope = Для правонарушений, связанных с незаконным оборотом наркотиков, предусмотренных п. 1 ст. 3, и отмывания доходов от них.
route-caveat-budapest_scope = Для преступлений, предусмотренных ст. 2–11, и для доказательств в электронной форме по любому уголовному преступлению (п. 2 ст. 14).
route-caveat-untoc_16 = Для преступлений, охватываемых Конвенцией и наказуемых в обоих государствах, если лицо находится на территории запрашиваемого государства (п. 1 ст. 16).
route-caveat-budapest_24 = Для преступлений, предусмотренных ст. 2–11 и наказуемых в обоих государствах лишением свободы на максимальный срок не менее одного года (п. 1 ст. 24).
route-caveat-untoc_17 = Ст. 17 предлагает государствам заключать соглашения: передача осуществляется на основании такого соглашения или национального законодательства.
route-caveat-uncac_45 = Ст. 45 предлагает государствам заключать соглашения: передача осуществляется на основании такого соглашения или национального законодательства.
route-caveat-untoc_21 = Если передача отвечает интересам надлежащего отправления правосудия, в частности когда затрагиваются интересы нескольких юрисдикций.
route-caveat-uncac_55 = Конфискация и возвращение доходов от преступлений, признанных таковыми в соответствии с Конвенцией.
route-caveat-cyber_24_7 = Оперативное обеспечение сохранности и раскрытие хранимых компьютерных данных до поступления просьбы о взаимной помощи (ст. 29).
route-caveat-drugs_sea = Высадка на судно, подозреваемое в незаконном обороте на море, и его досмотр.
route-caveat-migrants_sea = Высадка на судно, подозреваемое в незаконном ввозе мигрантов по морю, и его досмотр.
route-caveat-firearms = Обмен информацией и сотрудничество в отношении огнестрельного оружия, его составных частей и компонентов и боеприпасов.
route-caveat-untoc_31 = Сотрудничество в предупреждении транснациональной организованной преступности, а не просьба по конкретному делу.
route-caveat-uncac_6 = Помощь в разработке мер по предупреждению коррупции (п. 3 ст. 6), а не просьба по конкретному делу.
route-caveat-through_mla = Ни один из представленных здесь международных документов не предусматривает эту меру; в пределах сферы применения Конвенции может быть оказана помощь согласно ст. 18.
route-caveat-extradition_basis_accepted = Государство { $to } принимает Конвенцию в качестве правового основания для выдачи.
route-caveat-extradition_basis_unknown = Уведомление государства { $to } о том, принимает ли оно Конвенцию в качестве правового основания для выдачи, не зарегистрировано: уточните, обусловливает ли оно выдачу наличием договора.
route-item-own = Собственные требования запрашиваемого государства в том виде, в каком оно их сообщило.
route-item-requesting_authority = Наименование органа, обращающегося с просьбой
route-why-requesting_authority = Запрашиваемое государство отвечает установленному органу и направляет ему свои вопросы.
route-item-proceedings = Существо и характер расследования, уголовного преследования или судебного разбирательства, а также наименование осуществляющего его органа
route-why-proceedings = Это показывает, что просьба касается уголовного производства в пределах сферы применения международного документа.
route-item-facts = Краткое изложение соответствующих фактов
route-why-facts = На их основе запрашиваемое государство проверяет обоюдное признание деяния преступлением, если оно требуется, и относимость просьбы.
route-item-assistance_sought = Описание запрашиваемой помощи и любой конкретной процедуры, которую необходимо соблюсти
route-why-assistance_sought = Процедура соблюдается, только если об этом просят и если это не противоречит законодательству запрашиваемого государства.
route-item-persons = Данные о личности, местонахождении и гражданстве соответствующих лиц
route-why-persons = Без них невозможно получить доказательства от такого лица или в отношении него.
route-item-purpose = Цель запрашиваемых доказательств, информации или мер
route-why-purpose = Информация используется только в указанных целях, если запрашиваемое государство не согласится на иное.
route-item-form_and_language = В письменной форме, на языке, приемлемом для запрашиваемого государства
route-why-form_and_language = Просьба на языке, который орган не принимает, ожидает перевода.
route-item-confidentiality = Конфиденциальность просьбы
route-why-confidentiality = Запрашиваемое государство сохраняет конфиденциальность просьбы или незамедлительно сообщает, что не может этого сделать.
route-item-warrant_or_judgment = Ордер на арест либо подлежащий исполнению приговор и назначенное наказание
route-why-warrant_or_judgment = Выдача осуществляется в отношении лица, разыскиваемого для уголовного преследования или для отбывания наказания.
route-item-offences = Каждое преступление с указанием времени и места его совершения и его юридической квалификации
route-why-offences = На основе этих сведений запрашиваемое государство проверяет обоюдное признание деяния преступлением и сроки давности.
route-item-enactments = Законодательные положения, устанавливающие каждое преступление и наказание за него
route-why-enactments = От наказания зависит, может ли преступление повлечь выдачу.
route-item-person = Описание разыскиваемого лица с данными о его личности, гражданстве и местонахождении
route-why-person = Арестованное лицо должно быть именно тем лицом, которое разыскивается.
route-item-assurances = Гарантии, которые требует запрашиваемое государство
route-why-assurances = Без них некоторые государства отказывают в выдаче или откладывают ее.
route-item-facts_and_offences = Факты, преступления и применимые законодательные положения
route-why-facts_and_offences = Запрашиваемое государство должно иметь возможность осуществлять уголовное преследование за это деяние по своему законодательству.
route-item-justice_reasons = Почему передача отвечает интересам надлежащего отправления правосудия
route-why-justice_reasons = Передача позволяет сосредоточить уголовное преследование там, где его целесообразнее всего осуществлять.
route-item-file = Материалы дела и собранные доказательства
route-why-file = Производство продолжается на основе уже собранных доказательств.
route-item-offence_and_facts = Расследуемое преступление и краткое изложение фактов
route-why-offence_and_facts = Сохранность данных обеспечивается для целей конкретного уголовного расследования.
route-item-data = Хранимые компьютерные данные, сохранность которых необходимо обеспечить, и их связь с преступлением
route-why-data = Поставщик услуг может обеспечить сохранность только тех данных, которые точно указаны.
route-item-custodian = Владелец хранимых данных или местонахождение компьютерной системы
route-why-custodian = Запрашиваемое государство должно знать, кому адресовать распоряжение.
route-item-necessity = Почему необходимо обеспечить сохранность данных
route-why-necessity = Данные могут быть удалены до поступления просьбы о помощи.
route-item-follow_up = Указание на то, что будет направлена просьба о взаимной помощи
route-why-follow_up = До поступления этой просьбы сохранность данных обеспечивается в течение не менее 60 дней.

## Treaty participation on a State's page
country-treaties = Участие в договорах
country-treaty = Документ
country-treaty-status = Статус
country-treaty-since = С
treaty-status-party = Участник
treaty-status-signatory = Подписавшее государство
treaty-status-none = Не участвует
