# Interface messages of the web application, in Arabic (Modern Standard Arabic, UN usage). The English
# file is the reference every other language follows (a test fails when a language lacks a message of
# that file or has one it does not).
# Variables: { $count } a number, { $name } a text, { $date } an ISO date.

## Chrome

site-name = دليل السلطات الوطنية المختصة
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-search = البحث
nav-countries = الدول
nav-console = لوحة التحكم
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
languages-label = اللغة
breadcrumb-label = أنت هنا
footer-about = دليل مفتوح للسلطات الوطنية المختصة بالتعاون الدولي في المسائل الجنائية.
footer-api = واجهة برمجة التطبيقات (API) ووثائقها
yes = نعم
no = لا
central = سلطة مركزية
stale-badge = لم تُؤكَّد بياناتها منذ أكثر من عام

## Errors

error-not-found = هذه الصفحة غير موجودة
error-bad-request = تعذّر فهم الطلب
error-forbidden = لا يحق لك القيام بهذا الإجراء
error-unauthorized = يُرجى تسجيل الدخول
error-too-many = محاولات كثيرة جدًا؛ يُرجى الانتظار قليلًا
error-unavailable = الخدمة مشغولة؛ يُرجى المحاولة مرة أخرى بعد قليل
error-internal = حدث خطأ من جانبنا
error-home = العودة إلى الصفحة الرئيسية

## Home and finding an authority

home-title = الصفحة الرئيسية
home-heading = من يتولى معالجة طلب التعاون الدولي؟
home-lead = ابحث عن السلطة الوطنية التي تتولى في كل دولة المساعدة القانونية المتبادلة وتسليم المطلوبين والأدلة الإلكترونية وغير ذلك من أشكال التعاون، وعن سبل الاتصال بها، وعن تشريعات الدولة وسوابقها القضائية.
home-all-countries = تصفُّح جميع الدول
find-title = البحث عن السلطة المختصة
find-legend = البحث عن السلطة المختصة
find-country = الدولة متلقية الطلب
find-country-hint = اكتب اسم الدولة بأي لغة من لغات الأمم المتحدة الست، أو رمزها وفق معيار ISO.
find-country-missing = حدِّد الدولة متلقية الطلب.
find-country-unknown = لا توجد دولة بهذا الاسم؛ اختر دولة من القائمة.
find-measure = التدبير المطلوب
find-measure-choose = اختر تدبيرًا
find-measure-missing = اختر التدبير المطلوب.
find-submit = بحث
find-none = لا توجد في الدليل أي سلطة لهذه الدولة معيَّنة لهذا التدبير.

## Search

search-title = البحث
search-label = البحث في السلطات والتشريعات والسوابق القضائية
search-submit = بحث
search-invalid = تعذّر إجراء البحث
search-too-deep = لا تُعرض سوى أول عشرة آلاف نتيجة؛ يُرجى تضييق نطاق البحث.
search-active-filters = عوامل التصفية المطبَّقة
search-remove-filter = إزالة عامل التصفية { $name }
search-facets = تضييق نطاق النتائج
search-no-results = لا توجد نتائج مطابقة لهذا البحث
search-total = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-pages = صفحات النتائج
search-previous = السابق
search-next = التالي
facet-type = النوع
facet-country = الدولة
facet-competence = الاختصاص
facet-crime_type = نوع الجريمة
facet-cross_cutting = المسألة الشاملة
facet-language = اللغة
type-authority = سلطة
type-legislation = تشريع
type-case = قضية

## States

countries-title = الدول
country-authorities = { $count ->
    [zero] لا توجد سلطات
    [one] سلطة واحدة
    [two] سلطتان
    [few] { $count } سلطات
    [many] { $count } سلطة
   *[other] { $count } سلطة
}
country-stale = { $count ->
    [one] لم تُؤكَّد بيانات إحداها منذ أكثر من عام
    [two] لم تُؤكَّد بيانات اثنتين منها منذ أكثر من عام
   *[other] لم تُؤكَّد بيانات { $count } منها منذ أكثر من عام
}
country-last-confirmed = آخر تأكيد للبيانات في { $name }
country-search = البحث في سجلات هذه الدولة
country-by-competence = السلطات حسب الاختصاص
country-no-authorities = لا توجد في الدليل بعدُ أي سلطة لهذه الدولة.
country-laws = التشريعات
country-cases = السوابق القضائية
country-none = لا يوجد في الدليل شيء بعدُ.

## Authorities

authority-retired = أُوقِف العمل بهذه السلطة: فهي لم تعد تتلقى الطلبات.
authority-stale = لم تُؤكَّد بيانات هذا السجل منذ أكثر من عام. تحقَّق منها لدى السلطة قبل الاعتماد عليها.
authority-last-confirmed = آخر تأكيد للبيانات في { $name }
authority-never-confirmed = لم تُؤكَّد البيانات قط
authority-designations = الاختصاصات وطريقة إرسال الطلبات
authority-reach = سبل الاتصال
authority-address = العنوان البريدي
authority-website = الموقع الشبكي
authority-phones = الهاتف
authority-fax = الفاكس
authority-emails = البريد الإلكتروني
authority-hours = ساعات العمل
authority-24-7 = يمكن الاتصال بها على مدار الساعة
authority-contacts = المسؤولون عن الاتصال
authority-contacts-sign-in = لا تُعرض بيانات المسؤولين عن الاتصال إلا للممارسين بعد تسجيل دخولهم.
authority-no-contacts = لم يُدرَج أي مسؤول عن الاتصال.
authority-provisions = الأحكام القانونية الوطنية
contact-confidential = سري
designation-legal-bases = الأسس القانونية
designation-scope = النطاق
designation-channels = القنوات
designation-means = وسائل الإحالة
designation-languages = اللغات المقبولة
designation-original-by-post = يجب أن يُرسَل الأصل لاحقًا بالبريد
designation-urgent = الإجراء في الحالات العاجلة
designation-untoc = قبول اتفاقية الجريمة المنظمة أساسًا قانونيًا
designation-requirements = المتطلبات القانونية
designation-notification = الإخطار الموجَّه إلى الوديع
kind-ministry = وزارة
kind-prosecution = النيابة العامة
kind-court = محكمة
kind-police = الشرطة
kind-financial_intelligence_unit = وحدة المعلومات الاستخبارية المالية
kind-coast_guard = خفر السواحل
kind-other = هيئة أخرى
channel-direct = مباشرةً
channel-diplomatic = القنوات الدبلوماسية
channel-interpol = INTERPOL
channel-regional_network = شبكة إقليمية
means-post = البريد
means-email = البريد الإلكتروني
means-fax = الفاكس
means-secure_platform = منصة آمنة
means-oral_if_urgent = شفويًا في الحالات العاجلة
untoc-yes = نعم
untoc-no = لا
untoc-with_conditions = بشروط
role-head = الرئيس
role-desk_officer = الموظف المختص بالملف
role-duty_24_7 = الموظف المناوب 24/7
role-other = غير ذلك

## Legislation

law-official-text = النص الرسمي
law-provisions = الأحكام
law-implements = يُنفِّذ
law-tags = المواضيع
law-cases = طُبِّق في
law-type-code = مدوَّنة
law-type-act = قانون
law-type-decree = مرسوم
law-type-regulation = لائحة
law-type-constitution = دستور
law-type-other = صك آخر
law-status-in_force = نافذ
law-status-amended = معدَّل
law-status-repealed = ملغى

## Cases

case-reference = المرجع
case-court = المحكمة
case-date = تاريخ القرار
case-decision = القرار
case-articles = مواد الصكوك
case-cooperation = أشكال التعاون المستخدمة
case-counterparts = الدول الأخرى المعنية
case-summary = الملخص
case-commentary = التعليق
case-parties = الأطراف
case-charges = التهم
decision-conviction = إدانة
decision-acquittal = تبرئة
decision-appeal_decision = قرار في الاستئناف
decision-extradition_decision = قرار بشأن التسليم
decision-mla_decision = قرار بشأن المساعدة القانونية المتبادلة
decision-confiscation_order = أمر مصادرة
decision-other = قرار آخر
verdict-guilty = مذنب
verdict-not_guilty = غير مذنب
verdict-dismissed = أُسقطت التهمة
verdict-pending = قيد النظر
party-defendant = متَّهم
party-victim = ضحية
party-witness = شاهد
party-other = طرف آخر
entity-natural_person = شخص طبيعي
entity-legal_person = شخص اعتباري
cooperation-MLA = المساعدة القانونية المتبادلة
cooperation-EXTRADITION = تسليم المطلوبين
cooperation-JIT = فريق تحقيق مشترك
cooperation-ASSET_RECOVERY = استرداد الموجودات
cooperation-TRANSFER_PROCEEDINGS = نقل الإجراءات الجنائية
cooperation-TRANSFER_SENTENCED = نقل الأشخاص المحكوم عليهم
cooperation-POLICE_COOPERATION = التعاون الشرطي
cooperation-ELECTRONIC_EVIDENCE = الأدلة الإلكترونية

## Console

console-edit = تعديل هذا السجل
console-title = لوحة التحكم
console-signed-in-as = تم تسجيل الدخول باسم { $name }
console-accounts = الحسابات
console-partners = التطبيقات العميلة للشركاء
console-choose-state = الدولة المراد تحديث سجلاتها
console-show = عرض
console-new-authority = إضافة سلطة
console-authorities = السلطات، بدءًا بالتي لم تُؤكَّد بياناتها منذ أطول مدة
console-select = تحديد
console-select-one = تحديد { $name }
console-name = الاسم
console-last-confirmed = آخر تأكيد للبيانات
console-actions = الإجراءات
console-confirm = تأكيد
console-confirm-selected = تأكيد بيانات السجلات المحدَّدة
console-history = سجل التعديلات
console-confirmed = { $count ->
    [zero] لم تُؤكَّد بيانات أي سجل.
    [one] تم تأكيد بيانات سجل واحد.
    [two] تم تأكيد بيانات سجلين.
    [few] تم تأكيد بيانات { $count } سجلات.
    [many] تم تأكيد بيانات { $count } سجلًا.
   *[other] تم تأكيد بيانات { $count } سجل.
}
console-none-chosen = لم يُحدَّد أي سجل.
console-bad-target = أشار النموذج إلى سجل غير موجود.
console-reader = يتيح لك حسابك الاطلاع على الدليل، بما في ذلك بيانات المسؤولين عن الاتصال المعروضة للممارسين، لكنه لا يتيح لك تحديث أي سجل.
console-conflict = عدَّل شخص آخر هذا السجل بعد أن فتحتَه
error-forged = انتهت صلاحية هذا النموذج أو أنه لم يصدر عن هذا الموقع؛ افتح الصفحة مرة أخرى

## History

history-title = سجل التعديلات
history-version = الإصدار { $count }
history-no-change = لم يتغيَّر أي حقل.
history-member = الحقل
history-before = قبل
history-after = بعد

## Signing in

sign-in-title = تسجيل الدخول
sign-in-lead = تسجّل جهات الوصل والممارسون والأمانة دخولهم باستخدام الحساب الذي أنشأته لهم الأمانة.
sign-in-email = عنوان البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
sign-in-expired = انتهت صلاحية النموذج؛ يُرجى تسجيل الدخول مرة أخرى.

## Record forms

form-new-title = إضافة سلطة
form-edit-title = تعديل بيانات سلطة
form-problems = { $count ->
    [zero] لا توجد مشكلات تحول دون الحفظ:
    [one] توجد مشكلة واحدة تحول دون الحفظ:
    [two] توجد مشكلتان تحولان دون الحفظ:
    [few] توجد { $count } مشكلات تحول دون الحفظ:
    [many] توجد { $count } مشكلة تحول دون الحفظ:
   *[other] توجد { $count } مشكلة تحول دون الحفظ:
}
form-conflict-kept = لا تزال تعديلاتك معروضة أدناه، لكنها لم تُحفَظ بعد. راجِع ما تغيَّر في هذه الأثناء، ثم احفظ مرة أخرى لتحلّ تعديلاتك محلّه.
form-conflict-changes = ما تغيَّر في هذه الأثناء
form-names = الأسماء
form-names-hint = الاسم المعيَّن بلغته الأصلية، وترجماته؛ لغة واحدة في كل صف.
form-language-code = اللغة (رمز ISO 639-1)
form-name = الاسم
form-remove = إزالة
form-add-name = إضافة اسم
form-original-language = لغة الاسم المعيَّن (رمز ISO 639-1)
form-acronym = الاسم المختصر
form-kind = نوع الهيئة
form-timezone = المنطقة الزمنية (مثلًا Europe/Paris)
form-one-per-line = عنصر واحد في كل سطر.
form-codes-hint = رموز ISO 639-1 مفصولة بفواصل، مثلًا: fr, en
form-designation = التعيين { $count }
form-untoc-note = شروط قبول اتفاقية الجريمة المنظمة أساسًا قانونيًا
form-remove-designation = إزالة هذا التعيين
form-add-designation = إضافة تعيين
form-contact = المسؤول عن الاتصال { $count }
form-position = المنصب
form-contact-languages = اللغات التي يتحدثها
form-role = الدور
form-visibility = من يحق له الاطلاع على بيانات هذا الشخص
visibility-restricted = الممارسون بعد تسجيل دخولهم
visibility-confidential = جهات الوصل التابعة لهذه الدولة والأمانة فقط
form-remove-contact = إزالة هذا المسؤول عن الاتصال
form-add-contact = إضافة مسؤول عن الاتصال
form-save = حفظ
form-cancel = إلغاء
form-retire = إيقاف العمل بهذه السلطة
retire-title = إيقاف العمل بسلطة
retire-explain = تُحذَف السلطة التي أُوقِف العمل بها من قوائم الدليل ولا تعود تتلقى الطلبات، ولكن يظل سجلها وسجل تعديلاتها متاحين للاطلاع. ولا يمكن التراجع عن هذا الإجراء من لوحة التحكم.
retire-confirm = إيقاف العمل بها

## Administration

accounts-new = حساب جديد
accounts-country = الدولة (رمز ISO 3166-1 المكوَّن من ثلاثة أحرف، لجهات الوصل فقط)
accounts-password-hint = من 12 إلى 256 حرفًا. سلِّمها إلى صاحب الحساب عبر قناة منفصلة وآمنة.
accounts-create = إنشاء الحساب
accounts-disable = تعطيل
accounts-disabled = معطَّل
role-account-focal_point = جهة وصل
role-account-reader = ممارس
role-account-admin = مسؤول إداري
partners-new = تطبيق عميل جديد لشريك
partners-tier = ما يحق له الاطلاع عليه
tier-public = السجلات العامة
tier-restricted = السجلات العامة والمقيَّدة
partners-create = إنشاء التطبيق العميل
partners-key = المفتاح
partners-last-used = آخر استخدام
partners-revoked = مُبطَل
partners-revoke = إبطال
partners-key-once = مفتاح التطبيق العميل، ولن يُعرض إلا هذه المرة: انسخه الآن وسلِّمه إلى الشريك عبر قناة آمنة. ولا يمكن عرضه مرة أخرى.

## Deleting

console-delete = حذف
delete-title = حذف سجل
delete-explain = يُزال السجل وما يتضمنه من أحكام وتهم وأطراف من الدليل، ويُبلَّغ الشركاء بالحذف. ولا يمكن التراجع عن ذلك من لوحة التحكم.
delete-confirm = احذفه

## Console: laws and cases
console-new-law = إضافة تشريع
console-new-case = إضافة قضية
law-form-new = إضافة تشريع
law-form-edit = تعديل بيانات تشريع
law-form-titles = العناوين
law-form-titles-hint = العنوان بلغته الأصلية، وترجماته؛ لغة واحدة في كل صف.
form-title = العنوان
form-add-title = إضافة عنوان
form-original-language-texts = لغة النصوص الأصلية (رمز ISO 639-1)
law-form-type = نوع الصك
law-form-status = الحالة
law-form-enacted = تاريخ الإصدار (YYYY-MM-DD)
law-form-url = الرابط الإلكتروني للنص الرسمي
form-articles-hint = مواد الصكوك مفصولة بفواصل، مثلًا: UNTOC-18, UNCAC-46
law-form-provision = الحكم { $count }
law-form-number = الرقم (مثلًا: المادة 5)
law-form-texts = العنوان الفرعي والنص، لغة واحدة في كل صف
form-heading = العنوان الفرعي
form-text = النص
form-add-language = إضافة لغة
law-form-remove-provision = إزالة هذا الحكم
law-form-add-provision = إضافة حكم
law-form-delete = حذف هذا التشريع
case-form-new = إضافة قضية
case-form-edit = تعديل بيانات قضية
case-form-decision = القرار
case-form-texts = العنوان والملخص والتعليق
case-form-texts-hint = باللغة الأصلية، وترجماتها؛ مجموعة واحدة لكل لغة. ويلزم إدخال العنوان والملخص باللغة الأصلية.
case-form-language = النصوص باللغة { $count }
case-form-subjects = المواضيع والتعاون
form-countries-hint = رموز ISO 3166-1 alpha-3 مفصولة بفواصل، مثلًا: FRA, KEN
case-form-party = مجموعة الأطراف { $count }
case-form-entity = أشخاص طبيعيون أو اعتباريون
case-form-count = العدد
case-form-nationality = الجنسية (رمز ISO 3166-1 alpha-3)
case-form-remove-party = إزالة مجموعة الأطراف هذه
case-form-add-party = إضافة مجموعة أطراف
case-form-charge = التهمة { $count }
case-form-offence = الجريمة
case-form-provision = الحكم القانوني المطبَّق
case-form-statute = النص القانوني كما استشهدت به المحكمة
case-form-verdict = الحكم الصادر في التهمة
case-form-sentence = العقوبة
case-form-remove-charge = إزالة هذه التهمة
case-form-add-charge = إضافة تهمة
case-form-delete = حذف هذه القضية

## Problems found in a form, as the library words them (variables: codes, numbers, dates)
problem-required = مطلوب
problem-blank = يجب ألا يكون فارغًا
problem-unknown-member = ليس حقلًا من حقول هذا المستند
problem-string = يجب أن يكون سلسلة نصية
problem-string-or-null = يجب أن يكون سلسلة نصية أو null
problem-whole-number = يجب أن يكون عددًا صحيحًا
problem-whole-number-or-null = يجب أن يكون عددًا صحيحًا أو null
problem-list = يجب أن يكون قائمة
problem-boolean = يجب أن تكون قيمته «صواب» أو «خطأ»
problem-object = يجب أن يكون كائنًا
problem-uuid = يجب أن يكون معرِّفًا بصيغة UUID
problem-date = يجب أن يكون تاريخًا (YYYY-MM-DD)
problem-date-exists = يجب أن يكون تاريخًا موجودًا فعلًا، بصيغة YYYY-MM-DD
problem-time = يجب أن يكون وقتًا بصيغة RFC 3339
problem-too-large = القيمة كبيرة جدًا
problem-future = يجب ألا يكون في المستقبل
problem-before = يجب ألا يكون قبل { $date }
problem-competence-code = يجب أن يكون رمز اختصاص، مثل MLA أو EXTRADITION
problem-taxonomy-code = يجب أن يكون رمزًا من رموز التصنيف، مثل MONEY_LAUNDERING
problem-region-code = يجب أن يكون رمز منطقة من ثلاثة أرقام وفق UN M49، مثل 002
problem-email-length = يجب أن يكون عنوان بريد إلكتروني صحيحًا لا يتجاوز 254 حرفًا
problem-email = يجب أن يكون عنوان بريد إلكتروني صحيحًا
problem-timezone = يجب أن يكون منطقة زمنية وفق IANA، مثل Europe/Paris
problem-country-code = يجب أن يكون رمز بلد وفق ISO 3166-1 alpha-3، مثل KEN
problem-language-code = يجب أن يكون رمز لغة من حرفين وفق ISO 639-1، مثل fr
problem-url = يجب أن يكون عنوانًا مطلقًا يبدأ بـ http أو https
problem-article = يجب أن يكون معرِّف مادة، مثل UNTOC-18
problem-phone = يجب أن يكون رقمًا دوليًا: العلامة + ثم رمز البلد، بما مجموعه 4 إلى 15 رقمًا، ويُسمح بالمسافات
problem-one-of = يجب أن يكون إحدى القيم التالية: { $values }
problem-one-of-schema = يجب أن يكون إحدى القيم { $values }
problem-range = يجب أن يكون من { $min } إلى { $max }
problem-max-length = يجب ألا يتجاوز عدد أحرفه { $max }
problem-length = يجب أن يكون عدد أحرفه من { $min } إلى { $max }
problem-max-items = الحد الأقصى لعدد العناصر: { $max }
problem-max-charges = الحد الأقصى لعدد التهم: { $max }
problem-max-languages = الحد الأقصى لعدد اللغات: { $max }
problem-max-parties = الحد الأقصى لعدد مجموعات الأطراف: { $max }
problem-max-contacts = الحد الأقصى لعدد المسؤولين عن الاتصال: { $max }
problem-max-provisions = الحد الأقصى لعدد الأحكام: { $max }
problem-one-designation = تعيين واحد على الأكثر لكل اختصاص ({ $max })
problem-own-ancestor = لا يمكن أن يكون السجل سلفًا لنفسه
problem-other-state = لا يمكن نقل السجل إلى دولة أخرى (فهو يخص الدولة { $country })
problem-a-competence = يجب أن يكون للسلطة اختصاص واحد على الأقل
problem-reference-taken = هذا المرجع مستخدم لقضية أخرى
problem-original-name = يلزم على الأقل إدخال الاسم بلغته الأصلية
problem-some-text = أدخل النص بلغة واحدة على الأقل
problem-other-law = حكم وارد في تشريع آخر
problem-twice = مُدرَج مرتين
problem-a-channel = حدِّد قناة واحدة على الأقل
problem-a-crime-type = حدِّد نوع جريمة واحدًا على الأقل
problem-a-language = حدِّد لغة واحدة على الأقل
problem-a-means = حدِّد وسيلة إحالة واحدة على الأقل
problem-a-state = حدِّد الدولة التي يتبعها السجل
problem-parent-state = يجب أن يتبع السجل الأعلى الدولة نفسها
problem-provision-state = الحكم وارد في تشريعات الدولة { $country }، لا في تشريعات الدولة { $other }
problem-legal-basis = { $basis } ليس أساسًا قانونيًا للاختصاص { $competence }؛ الأسس المعروفة: { $known }
problem-original-name-missing = يجب أن يتضمن الاسم باللغة الأصلية ({ $language })
problem-original-title = يجب أن يتضمن العنوان باللغة الأصلية ({ $language })
problem-original-summary = يجب أن يتضمن الملخص باللغة الأصلية ({ $language })
problem-no-authority = لا توجد سلطة معرِّفها { $id }
problem-no-provision = لا يوجد حكم معرِّفه { $id }
problem-unknown-competence = رمز اختصاص غير معروف: { $code }
problem-unknown-country = رمز بلد غير معروف: { $code }
problem-unknown-crime-type = نوع جريمة غير معروف: { $code }
problem-unknown-cross-cutting = مسألة شاملة غير معروفة: { $code }
problem-unknown-article = مادة صك غير معروفة: { $code }
problem-country-twice = الدولة { $country } مُدرَجة مرتين
problem-own-counterpart = الدولة { $country } هي دولة القضية نفسها، وليست من الدول الأخرى المعنية
problem-designated-twice = الاختصاص { $competence } معيَّن مرتين
problem-email-ascii = يجب أن يُكتب بحروف وأرقام وعلامات ASCII (ويُكتب النطاق الدولي بصيغته xn--)
problem-focal-point-state = تعمل جهة الوصل لدولة واحدة: اذكر رمزها وفق ISO 3166-1 alpha-3
problem-no-state = لا ترتبط بدولة إلا جهات الوصل
problem-partner-name = من 1 إلى 200 حرف، دون أحرف تحكم
problem-account-exists = يوجد بالفعل حساب بعنوان البريد الإلكتروني { $email }

## Freshness
nav-freshness = حداثة البيانات
freshness-title = مدى حداثة بيانات الدليل
freshness-lead = يُعَدّ السجل حديثًا إذا أُكِّدت بياناته خلال الأيام الـ 365 الأخيرة: فسجل السلطة تؤكِّد بياناته جهةُ الوصل في دولتها (أو يُعَدّ مؤكَّدًا عند إضافته)، وسجل التشريع أو القضية يُعَدّ مؤكَّدًا عند آخر تعديل له. وتحافظ الدول على حداثة سجلاتها بتأكيد بياناتها في لوحة التحكم.
freshness-overall = { $name } من السجلات حديثة البيانات
freshness-records-count = { $count ->
    [zero] لا توجد سجلات
    [one] سجل واحد
    [two] سجلان
    [few] { $count } سجلات
    [many] { $count } سجلًا
   *[other] { $count } سجل
}
freshness-stale-count = { $count ->
    [zero] لا توجد سجلات لم تُؤكَّد بياناتها منذ أكثر من عام
    [one] سجل واحد لم تُؤكَّد بياناته منذ أكثر من عام
    [two] سجلان لم تُؤكَّد بياناتهما منذ أكثر من عام
    [few] { $count } سجلات لم تُؤكَّد بياناتها منذ أكثر من عام
    [many] { $count } سجلًا لم تُؤكَّد بياناتها منذ أكثر من عام
   *[other] { $count } سجل لم تُؤكَّد بياناتها منذ أكثر من عام
}
freshness-states-with-records = { $count ->
    [zero] لا توجد دول لها سجلات
    [one] دولة واحدة لها سجلات
    [two] دولتان لهما سجلات
    [few] { $count } دول لها سجلات
    [many] { $count } دولة لها سجلات
   *[other] { $count } دولة لها سجلات
}
freshness-states-without-records = { $count ->
    [zero] لا توجد دول أو أقاليم بلا سجلات
    [one] دولة أو إقليم واحد بلا سجلات حتى الآن
    [two] اثنان من الدول والأقاليم بلا سجلات حتى الآن
   *[other] { $count } من الدول والأقاليم بلا سجلات حتى الآن
}
freshness-states-without-focal-point = { $count ->
    [zero] لا توجد دول بلا جهة وصل
    [one] دولة واحدة بلا جهة وصل
    [two] دولتان بلا جهة وصل
    [few] { $count } دول بلا جهة وصل
    [many] { $count } دولة بلا جهة وصل
   *[other] { $count } دولة بلا جهة وصل
}
freshness-as-of = الأرقام بتاريخ { $name }
freshness-map-label = خريطة العالم: نسبة السجلات الحديثة البيانات من سجلات كل دولة
freshness-band-0 = أقل من 25 %
freshness-band-1 = من 25 إلى 49 %
freshness-band-2 = من 50 إلى 74 %
freshness-band-3 = من 75 إلى 99 %
freshness-band-4 = جميعها حديثة البيانات
freshness-band-none = لا توجد سجلات بعدُ
freshness-csv = تنزيل الأرقام (CSV)
freshness-table = الدول التي لها سجلات، بدءًا بالأقل حداثة (اختر عمودًا لترتيب الجدول حسبه)
freshness-state = الدولة
freshness-records = السجلات
freshness-share = الحديثة البيانات
freshness-stale = لم تُؤكَّد منذ أكثر من عام
freshness-oldest = أقدم تأكيد للبيانات
freshness-last-change = آخر تعديل
freshness-focal-point = جهة الوصل
freshness-yes = نعم
freshness-no = لا توجد
freshness-regions = حسب المنطقة
freshness-region = المنطقة
freshness-with-records = الدول التي لها سجلات
freshness-without-focal-point = الدول التي ليست لها جهة وصل

## Account settings
accounts-language = لغة الرسائل المرسلة إلى الحساب
settings-title = إعداداتك
settings-pause = إيقاف التذكيرات مؤقتًا
settings-pause-hint = أثناء الإيقاف المؤقت، لا يُرسل إليك أي تذكير بشأن سجلات دولتك؛ وتظل السجلات التي لم تُؤكَّد منذ أكثر من سنة معروضة على هذا النحو.
settings-save = حفظ
settings-saved = حُفظت إعداداتك.

## One-click confirmation links
link-title = تأكيد بيانات سجل
link-lead = هل ما زالت بيانات هذا السجل صحيحة حتى اليوم؟ يُثبِت التأكيد أن البيانات رُوجِعت اليوم؛ ولا يتغيَّر أي شيء آخر.
link-confirm = نعم، لا تزال صحيحة: تأكيد البيانات
link-edit = حدث تغيير: تعديل السجل في لوحة التحكم
link-last-confirmed = آخر تأكيد للبيانات في { $name }
link-done = شكرًا لك: تم تأكيد بيانات السجل بتاريخ اليوم.
link-used = سبق استخدام هذا الرابط. يُرجى تسجيل الدخول للاطلاع على السجل، وتأكيد بياناته مرة أخرى من لوحة التحكم عند الاقتضاء.
link-expired = انتهت صلاحية هذا الرابط. يُرجى تسجيل الدخول لتأكيد بيانات السجل من لوحة التحكم.
link-superseded = تغيَّر السجل منذ إرسال هذا الرابط، ولذلك لم يعد الرابط صالحًا لتأكيد بياناته. يُرجى تسجيل الدخول لمراجعة السجل.
link-unknown = هذا الرابط غير صالح. يُرجى تسجيل الدخول لتأكيد بيانات سجلات دولتك من لوحة التحكم.
link-sign-in = تسجيل الدخول

## Reminders and the outbox (administrators)
console-outbox = التذكيرات وصندوق البريد الصادر
outbox-lead = تتلقى جهات الوصل تذكيرات بالبريد الإلكتروني بسجلات دولها التي حان موعد تأكيد بياناتها، ويتلقى المسؤولون الإداريون ملخصًا شهريًا. وتُكتَب كل رسالة في صندوق البريد الصادر مع قرار إرسالها، ثم تتولى عملية واحدة على الخادم تسليمها، مع إعادة المحاولة عند الإخفاق.
outbox-smtp-off = لم يُهيَّأ أي خادم SMTP على هذا الخادم (CNA_SMTP_URL): تنتظر الرسائل في صندوق البريد الصادر، ولا تضيع أي رسالة منها. وستُرسَل بمجرد تهيئة خادم.
outbox-smtp-on = تُرسَل الرسائل عبر خادم SMTP المهيَّأ؛ وتُعاد أي محاولة فاشلة في وقت لاحق.
outbox-waiting = { $count ->
    [0] لا توجد رسائل قيد الانتظار.
    [one] توجد رسالة واحدة قيد الانتظار.
    [two] توجد رسالتان قيد الانتظار.
    [few] توجد { $count } رسائل قيد الانتظار.
    [many] توجد { $count } رسالة قيد الانتظار.
   *[other] توجد { $count } رسالة قيد الانتظار.
}
outbox-no-focal-point = الدول التي لها سجلات وليست لها جهة وصل نشطة
outbox-no-focal-point-none = لكل دولة لها سجلات جهة وصل نشطة.
outbox-col-state = الدولة
outbox-col-records = السجلات النشطة
outbox-col-stale = لم تُؤكَّد منذ أكثر من عام
outbox-messages = الرسائل، بدءًا بأحدثها
outbox-none = لم تُكتَب أي رسالة بعدُ.
outbox-col-created = تاريخ الإنشاء
outbox-col-kind = النوع
outbox-col-recipient = المرسَل إليه
outbox-col-subject = الموضوع
outbox-col-status = الحالة
outbox-col-attempts = المحاولات
outbox-kind-reminder = تذكير
outbox-kind-summary = ملخص شهري
outbox-status-sent = أُرسِلت في { $date }
outbox-status-waiting = قيد الانتظار؛ المحاولة التالية في { $date }
outbox-attempt-delivered = { $date }: سُلِّمت ({ $name })
outbox-attempt-failed = { $date }: أخفقت ({ $name })

## Where do I send this request?
route-title = إلى أين يُرسَل هذا الطلب؟
route-legend = إلى أين يُرسَل هذا الطلب؟
route-from = الدولة الطالبة (دولتك)
route-to = الدولة متلقية الطلب
route-crime = الجريمة
route-crime-any = أي جريمة
route-urgent = عاجل
route-submit = عرض مسار الطلب
route-state-missing = حدِّد الدولة.
route-same-state = يجب أن تكون الدولة متلقية الطلب دولةً أخرى غير الدولة الطالبة.
route-heading = { $name }: من { $from } إلى { $to }
route-warnings = قبل إرسال الطلب
route-to-whom = إلى مَن يُرسَل الطلب وكيف
route-language = بأي لغة
route-no-language = لم تُسجَّل أي لغة.
route-basis = على أي أساس قانوني
route-provisions = أحكام الدولة متلقية الطلب المتعلقة بهذه المواد
route-contents = ما يجب أن يتضمنه الطلب
route-if-needed = حيثما ينطبق
route-reference = رقمكم المرجعي
route-format = صيغة الملف
route-draft-hint = املأ ما تعرفه من بيانات؛ وسيُشار إلى ما تبقى على أنه يلزم استكماله. ولا يُحفَظ أي شيء تكتبه.
route-draft = تنزيل مشروع الطلب
route-again = طرح سؤال آخر
route-original-by-post = يجب أن يُرسَل الأصل لاحقًا بالبريد.
route-urgent-procedure = الطلبات العاجلة
route-translation-needed = لا تُقبَل أي لغة من اللغات الرسمية للدولة { $from }: يلزم ترجمة الطلب.
route-translation-not-needed = تُقبَل إحدى لغات الدولة { $from }: لا يلزم ترجمة الطلب.
route-no-basis = لا يوجد صك تكون الدولتان كلتاهما طرفين فيه ويصلح أساسًا قانونيًا في هذه الحالة: يستند الطلب إلى معاهدة ثنائية بين الدولة { $from } والدولة { $to }، إن وُجدت، أو إلى مبدأ المعاملة بالمثل بقدر ما يسمح به قانون الدولة { $to }.
route-reason-contact_point_24_7 = طلب عاجل يتعلق بأدلة إلكترونية: يُوجَّه أولًا إلى جهة الاتصال المتاحة على مدار الساعة طوال أيام الأسبوع.
route-reason-central_authority = السلطة المركزية المعيَّنة لهذا التدبير.
route-reason-designated = سلطة معيَّنة أيضًا لهذا التدبير.
route-reason-notified_central_authority = لا توجد سلطة معيَّنة لهذا التدبير: السلطة المركزية التي أُخطِر بها الوديع.
route-reason-mla_central_authority = لا توجد سلطة معيَّنة لهذا التدبير: السلطة المركزية المعنية بالمساعدة القانونية المتبادلة.
route-warning-no_records = لا يتضمن الدليل أي سلطة تابعة للدولة { $to }: أرسِل الطلب عبر القنوات الدبلوماسية.
route-warning-no_designation = لا توجد سلطة تابعة للدولة { $to } معيَّنة لهذا التدبير: تُقترَح بدلًا من ذلك سلطةٌ تتلقى طلبات المساعدة.
route-warning-stale_record = آخر تأكيد لبيانات سجل { $name } كان منذ أكثر من عام: تحقَّق من تفاصيله قبل الإرسال.
route-warning-no_common_instrument = ليست الدولة { $from } والدولة { $to } كلتاهما طرفين في أي صك مسجَّل هنا يشمل هذا التدبير.
route-warning-no_treaty_records = لم تُسجَّل أي بيانات عن مشاركة الدولة { $name } في المعاهدات: قد تكون الأسس القانونية غير مكتملة.
route-warning-treaty_required_for_extradition = لا تقبل الدولة { $to } اتخاذ { $name } أساسًا قانونيًا للتسليم: يلزم وجود معاهدة ثنائية.
route-warning-no_language_recorded = لم تُسجَّل أي لغة لهذا التعيين: استفسِر من السلطة قبل الترجمة.
route-warning-no_channel_recorded = لم تُسجَّل أي قناة إحالة لهذا التعيين: القنوات الدبلوماسية متاحة دائمًا.
route-caveat-untoc_scope = للأفعال المجرَّمة وفقًا للاتفاقية وللجرائم الخطيرة ذات الطابع عبر الوطني التي تكون ضالعة فيها جماعة إجرامية منظمة (المادة 3).
route-caveat-uncac_scope = للأفعال المجرَّمة وفقًا للاتفاقية: الفساد والجرائم المتصلة به (المواد 15 إلى 25).
route-caveat-drugs_scope = لجرائم الاتجار غير المشروع بالمخدرات المنصوص عليها في الفقرة 1 من المادة 3 ولغسل عائداتها.
route-caveat-budapest_scope = للجرائم المنصوص عليها في المواد 2 إلى 11، وللأدلة في شكل إلكتروني على أي جريمة (الفقرة 2 من المادة 14).
route-caveat-untoc_16 = للجرائم المشمولة بالاتفاقية والمعاقَب عليها في كلتا الدولتين، إذا كان الشخص موجودًا في إقليم الدولة متلقية الطلب (الفقرة 1 من المادة 16).
route-caveat-budapest_24 = للجرائم المنصوص عليها في المواد 2 إلى 11 والمعاقَب عليها في كلتا الدولتين بالحرمان من الحرية مدةً لا تقل عن سنة واحدة (الفقرة 1 من المادة 24).
route-caveat-untoc_17 = تدعو المادة 17 الدول إلى إبرام اتفاقات: يستند النقل إلى اتفاق من هذا القبيل أو إلى القانون الوطني.
route-caveat-uncac_45 = تدعو المادة 45 الدول إلى إبرام اتفاقات: يستند النقل إلى اتفاق من هذا القبيل أو إلى القانون الوطني.
route-caveat-untoc_21 = حيثما يكون النقل في صالح سلامة إقامة العدل، وخصوصًا عندما يتعلق الأمر بعدة ولايات قضائية.
route-caveat-uncac_55 = مصادرة عائدات الأفعال المجرَّمة وفقًا للاتفاقية وإرجاعها.
route-caveat-cyber_24_7 = التحفظ العاجل على بيانات الحاسوب المخزَّنة والكشف عنها، ريثما يُقدَّم طلب المساعدة المتبادلة (المادة 29).
route-caveat-drugs_sea = اعتلاء سفينة يُشتبَه في تورطها في الاتجار غير المشروع عن طريق البحر وتفتيشها.
route-caveat-migrants_sea = اعتلاء سفينة يُشتبَه في تورطها في تهريب المهاجرين عن طريق البحر وتفتيشها.
route-caveat-firearms = تبادل المعلومات والتعاون بشأن الأسلحة النارية وأجزائها ومكوِّناتها والذخيرة.
route-caveat-untoc_31 = التعاون على منع الجريمة المنظمة عبر الوطنية، وليس طلبًا في قضية بعينها.
route-caveat-uncac_6 = المساعدة على وضع تدابير لمنع الفساد (الفقرة 3 من المادة 6)، وليس طلبًا في قضية بعينها.
route-caveat-through_mla = لا يُنشئ أي صك مسجَّل هنا هذا التدبير؛ وفي نطاق الاتفاقية، يمكن تقديم المساعدة بموجب المادة 18.
route-caveat-extradition_basis_accepted = تعتبر الدولة { $to } الاتفاقيةَ أساسًا قانونيًا للتسليم.
route-caveat-extradition_basis_unknown = لم يُسجَّل أي إخطار من الدولة { $to } بشأن اعتبار الاتفاقية أساسًا قانونيًا للتسليم: تحقَّق مما إذا كانت تشترط وجود معاهدة.
route-item-own = متطلبات الدولة متلقية الطلب نفسها، كما سجَّلتها.
route-item-requesting_authority = السلطة مقدِّمة الطلب
route-why-requesting_authority = توجِّه الدولة متلقية الطلب ردودها وأسئلتها إلى سلطة محدَّدة الهوية.
route-item-proceedings = موضوع وطبيعة التحقيق أو الملاحقة أو الإجراء القضائي، والسلطة التي تتولاه
route-why-proceedings = يُبيِّن ذلك أن الطلب يتعلق بإجراءات جنائية تقع ضمن نطاق الصك.
route-item-facts = ملخص للوقائع ذات الصلة
route-why-facts = تتحقق الدولة متلقية الطلب على أساسها من ازدواجية التجريم، حيثما تنطبق، ومن صلة الطلب بالقضية.
route-item-assistance_sought = وصف للمساعدة الملتمسة وأي إجراء معيَّن يتعين اتباعه
route-why-assistance_sought = لا يُتَّبع إجراء معيَّن إلا إذا طُلب ذلك ولم يكن مخالفًا لقانون الدولة متلقية الطلب.
route-item-persons = هوية الأشخاص المعنيين ومكان وجودهم وجنسيتهم
route-why-persons = من دونها لا يمكن الحصول على أدلة من الشخص أو بشأنه.
route-item-purpose = الغرض الذي تُلتمس من أجله الأدلة أو المعلومات أو التدابير
route-why-purpose = لا تُستخدم المعلومات إلا للغرض المذكور ما لم توافق الدولة متلقية الطلب على غير ذلك.
route-item-form_and_language = كتابةً، بلغة مقبولة لدى الدولة متلقية الطلب
route-why-form_and_language = يظل الطلب المقدَّم بلغة لا تقبلها السلطة في انتظار الترجمة.
route-item-confidentiality = سرية الطلب
route-why-confidentiality = تحافظ الدولة متلقية الطلب على سرية الطلب، أو تُبلِغ فورًا بأنها لا تستطيع ذلك.
route-item-warrant_or_judgment = أمر القبض، أو الحكم الواجب النفاذ والعقوبة المحكوم بها
route-why-warrant_or_judgment = يُمنَح التسليم بشأن شخص مطلوب للملاحقة القضائية أو لتنفيذ عقوبة.
route-item-offences = كل جريمة، مع زمان ارتكابها ومكانه ووصفها القانوني
route-why-offences = تتحقق الدولة متلقية الطلب على أساس ذلك من ازدواجية التجريم ومن عدم انقضاء مدة التقادم.
route-item-enactments = النصوص القانونية التي تُجرِّم كل فعل وتحدِّد عقوبته
route-why-enactments = تحدِّد العقوبةُ ما إذا كانت الجريمة خاضعة للتسليم.
route-item-person = وصف للشخص المطلوب، مع بيان هويته وجنسيته ومكان وجوده
route-why-person = يجب أن يكون الشخص المقبوض عليه هو الشخص المطلوب نفسه.
route-item-assurances = الضمانات التي تشترطها الدولة متلقية الطلب
route-why-assurances = من دونها ترفض بعض الدول التسليم أو تؤخره.
route-item-facts_and_offences = الوقائع والجرائم والنصوص القانونية المنطبقة
route-why-facts_and_offences = يجب أن تكون الدولة متلقية الطلب قادرة على ملاحقة السلوك قضائيًا بموجب قانونها.
route-item-justice_reasons = أسباب كون النقل في صالح سلامة إقامة العدل
route-why-justice_reasons = يتيح النقل تركيز الملاحقة القضائية حيث يكون إجراؤها أنسب.
route-item-file = ملف القضية والأدلة التي جُمِعت
route-why-file = تستمر الإجراءات استنادًا إلى الأدلة التي سبق جمعها.
route-item-offence_and_facts = الجريمة موضوع التحقيق وملخص للوقائع
route-why-offence_and_facts = يخدم التحفظ على البيانات تحقيقًا جنائيًا محددًا.
route-item-data = بيانات الحاسوب المخزَّنة المراد التحفظ عليها وصلتها بالجريمة
route-why-data = لا يستطيع مقدِّم الخدمة التحفظ إلا على البيانات المحدَّدة.
route-item-custodian = الجهة الحائزة للبيانات أو موقع نظام الحاسوب
route-why-custodian = يجب أن تعرف الدولة متلقية الطلب الجهة التي توجِّه إليها الأمر.
route-item-necessity = أسباب ضرورة التحفظ على البيانات
route-why-necessity = قد تُحذَف البيانات قبل وصول طلب المساعدة.
route-item-follow_up = بيان بأن طلب مساعدة متبادلة سيُقدَّم لاحقًا
route-why-follow_up = يُتحفَّظ على البيانات مدةً لا تقل عن 60 يومًا ريثما يُقدَّم ذلك الطلب.

## Treaty participation on a State's page
country-treaties = المشاركة في المعاهدات
country-treaty = الصك
country-treaty-status = الحالة
country-treaty-since = منذ
treaty-status-party = دولة طرف
treaty-status-signatory = دولة موقّعة
treaty-status-none = ليست طرفاً
