# Interface messages of the web application, in English: the reference every other language
# follows (a test fails when a language lacks a message of this file or has one it does not).
# Variables: { $count } a number, { $name } a text, { $date } an ISO date.

## Chrome

site-name = Competent National Authorities Directory
skip-to-content = Skip to content
nav-label = Main
nav-search = Search
nav-countries = States
nav-console = Console
nav-sign-in = Sign in
nav-sign-out = Sign out
languages-label = Language
breadcrumb-label = You are here
footer-about = An open directory of the national authorities competent for international cooperation in criminal matters.
footer-api = The API and its documentation
yes = Yes
no = No
central = Central authority
stale-badge = Not confirmed for over a year

## Errors

error-not-found = This page does not exist
error-bad-request = The request could not be understood
error-forbidden = You may not do this
error-unauthorized = Please sign in
error-too-many = Too many attempts; please wait a moment
error-unavailable = The service is busy; please try again shortly
error-internal = Something went wrong on our side
error-home = Back to the home page

## Home and finding an authority

home-title = Home
home-heading = Who handles a request for international cooperation?
home-lead = Find the national authority of each State that handles mutual legal assistance, extradition, electronic evidence and other forms of cooperation, how to reach it, and the State's legislation and case law.
home-all-countries = Browse all States
find-title = Find the authority
find-legend = Find the authority
find-country = Requested State
find-country-hint = Type the name in any of the six UN languages, or its ISO code.
find-country-missing = Name the requested State.
find-country-unknown = No State has this name; choose one from the list.
find-measure = Measure requested
find-measure-choose = Choose a measure
find-measure-missing = Choose the measure requested.
find-submit = Find
find-none = No authority of this State is designated for this measure in the directory.

## Search

search-title = Search
search-label = Search authorities, legislation and case law
search-submit = Search
search-invalid = The search could not be run
search-too-deep = Results are listed up to the 10,000th; narrow the search.
search-active-filters = Filters in force
search-remove-filter = Remove the filter { $name }
search-facets = Narrow the results
search-no-results = Nothing matches this search
search-total = { $count ->
    [one] One result
   *[other] { $count } results
}
search-pages = Pages of results
search-previous = Previous
search-next = Next
facet-type = Type
facet-country = State
facet-competence = Competence
facet-crime_type = Crime type
facet-cross_cutting = Cross-cutting issue
facet-language = Language
type-authority = Authority
type-legislation = Legislation
type-case = Case

## States

countries-title = States
country-authorities = { $count ->
    [one] One authority
   *[other] { $count } authorities
}
country-stale = { $count ->
    [one] one not confirmed for over a year
   *[other] { $count } not confirmed for over a year
}
country-last-confirmed = last confirmed on { $name }
country-search = Search this State's records
country-by-competence = Authorities by competence
country-no-authorities = No authority of this State is in the directory yet.
country-laws = Legislation
country-cases = Case law
country-none = None in the directory yet.

## Authorities

authority-retired = This authority has been retired: it no longer receives requests.
authority-stale = This record has not been confirmed for over a year. Check with the authority before relying on it.
authority-last-confirmed = Last confirmed on { $name }
authority-never-confirmed = Never confirmed
authority-designations = Competences and how to send requests
authority-reach = How to reach it
authority-address = Postal address
authority-website = Website
authority-phones = Phone
authority-fax = Fax
authority-emails = E-mail
authority-hours = Office hours
authority-24-7 = Reachable at any hour
authority-contacts = Contact persons
authority-contacts-sign-in = Contact persons are shown to signed-in practitioners.
authority-no-contacts = No contact person is listed.
authority-provisions = National provisions
contact-confidential = Confidential
designation-legal-bases = Legal bases
designation-scope = Scope
designation-channels = Channels
designation-means = Means of transmission
designation-languages = Languages accepted
designation-original-by-post = Original must follow by post
designation-urgent = Urgent procedure
designation-untoc = UNTOC accepted as the legal basis
designation-requirements = Legal requirements
designation-notification = Notification to the depositary
kind-ministry = Ministry
kind-prosecution = Prosecution service
kind-court = Court
kind-police = Police
kind-financial_intelligence_unit = Financial intelligence unit
kind-coast_guard = Coast guard
kind-other = Other body
channel-direct = Directly
channel-diplomatic = Diplomatic channels
channel-interpol = INTERPOL
channel-regional_network = Regional network
means-post = Post
means-email = E-mail
means-fax = Fax
means-secure_platform = Secure platform
means-oral_if_urgent = Orally if urgent
untoc-yes = Yes
untoc-no = No
untoc-with_conditions = With conditions
role-head = Head
role-desk_officer = Desk officer
role-duty_24_7 = 24/7 duty officer
role-other = Other

## Legislation

law-official-text = Official text
law-provisions = Provisions
law-implements = Implements
law-tags = Subjects
law-cases = Applied in
law-type-code = Code
law-type-act = Act
law-type-decree = Decree
law-type-regulation = Regulation
law-type-constitution = Constitution
law-type-other = Other instrument
law-status-in_force = In force
law-status-amended = Amended
law-status-repealed = Repealed

## Cases

case-reference = Reference
case-court = Court
case-date = Date of decision
case-decision = Decision
case-articles = Instrument articles
case-cooperation = Cooperation used
case-counterparts = Other States involved
case-summary = Summary
case-commentary = Commentary
case-parties = Parties
case-charges = Charges
decision-conviction = Conviction
decision-acquittal = Acquittal
decision-appeal_decision = Decision on appeal
decision-extradition_decision = Decision on extradition
decision-mla_decision = Decision on mutual legal assistance
decision-confiscation_order = Confiscation order
decision-other = Other decision
verdict-guilty = Guilty
verdict-not_guilty = Not guilty
verdict-dismissed = Dismissed
verdict-pending = Pending
party-defendant = defendant
party-victim = victim
party-witness = witness
party-other = other party
entity-natural_person = natural person
entity-legal_person = legal person
cooperation-MLA = Mutual legal assistance
cooperation-EXTRADITION = Extradition
cooperation-JIT = Joint investigation team
cooperation-ASSET_RECOVERY = Asset recovery
cooperation-TRANSFER_PROCEEDINGS = Transfer of proceedings
cooperation-TRANSFER_SENTENCED = Transfer of sentenced persons
cooperation-POLICE_COOPERATION = Police cooperation
cooperation-ELECTRONIC_EVIDENCE = Electronic evidence

## Console

console-edit = Edit this record
console-title = Console
console-signed-in-as = Signed in as { $name }
console-accounts = Accounts
console-partners = Partner clients
console-choose-state = State whose records to maintain
console-show = Show
console-new-authority = Add an authority
console-authorities = Authorities, those not confirmed for longest first
console-select = Select
console-select-one = Select { $name }
console-name = Name
console-last-confirmed = Last confirmed
console-actions = Actions
console-confirm = Confirm
console-confirm-selected = Confirm the selected records
console-history = History
console-confirmed = { $count ->
    [one] One record confirmed.
   *[other] { $count } records confirmed.
}
console-none-chosen = No record was selected.
console-bad-target = The form named a record that does not exist.
console-reader = Your account reads the directory, including the contact persons shown to practitioners; it maintains no records.
console-conflict = Someone changed this record after you opened it
error-forged = This form has expired or did not come from this site; open the page again

## History

history-title = History
history-version = Version { $count }
history-no-change = No member changed.
history-member = Member
history-before = Before
history-after = After

## Signing in

sign-in-title = Sign in
sign-in-lead = Focal points, practitioners and the Secretariat sign in with the account the Secretariat made for them.
sign-in-email = E-mail address
sign-in-password = Password
sign-in-submit = Sign in
sign-in-wrong = Wrong e-mail address or password.
sign-in-expired = The form had expired; please sign in again.

## Record forms

form-new-title = Add an authority
form-edit-title = Edit an authority
form-problems = { $count ->
    [one] One problem prevents saving:
   *[other] { $count } problems prevent saving:
}
form-conflict-kept = Your changes are kept below; they are not saved yet. Review what changed meanwhile, then save again to replace it.
form-conflict-changes = Changed meanwhile
form-names = Names
form-names-hint = The designated name in its original language, and translations; one language per row.
form-language-code = Language (ISO 639-1 code)
form-name = Name
form-remove = Remove
form-add-name = Add a name
form-original-language = Language of the designated name (ISO 639-1 code)
form-acronym = Acronym
form-kind = Kind of body
form-timezone = Time zone (for example Europe/Paris)
form-one-per-line = One per line.
form-codes-hint = ISO 639-1 codes separated by commas, for example: fr, en
form-designation = Designation { $count }
form-untoc-note = Conditions of UNTOC as the legal basis
form-remove-designation = Remove this designation
form-add-designation = Add a designation
form-contact = Contact person { $count }
form-position = Position
form-contact-languages = Languages spoken
form-role = Role
form-visibility = Who may see this person
visibility-restricted = Signed-in practitioners
visibility-confidential = This State's focal points and the Secretariat only
form-remove-contact = Remove this contact person
form-add-contact = Add a contact person
form-save = Save
form-cancel = Cancel
form-retire = Retire this authority
retire-title = Retire an authority
retire-explain = A retired authority leaves the directory's lists and no longer receives requests; its record and history stay readable. This cannot be undone from the console.
retire-confirm = Retire it

## Administration

accounts-new = New account
accounts-country = State (ISO 3166-1 alpha-3 code, focal points only)
accounts-password-hint = 12 to 256 characters. Give it to its holder by a separate, safe channel.
accounts-create = Create the account
accounts-disable = Disable
accounts-disabled = Disabled
role-account-focal_point = Focal point
role-account-reader = Practitioner
role-account-admin = Administrator
partners-new = New partner client
partners-tier = What it may read
tier-public = Public records
tier-restricted = Public and restricted records
partners-create = Create the client
partners-key = Key
partners-last-used = Last used
partners-revoked = Revoked
partners-revoke = Revoke
partners-key-once = The client's key, shown this once: copy it now and give it to the partner by a safe channel. It cannot be shown again.

## Deleting

console-delete = Delete
delete-title = Delete a record
delete-explain = The record and its provisions, charges and parties leave the directory; partners are told of the deletion. This cannot be undone from the console.
delete-confirm = Delete it

## Console: laws and cases
console-new-law = Add a law
console-new-case = Add a case
law-form-new = Add a law
law-form-edit = Edit a law
law-form-titles = Titles
law-form-titles-hint = The title in its original language, and translations; one language per row.
form-title = Title
form-add-title = Add a title
form-original-language-texts = Language of the original texts (ISO 639-1 code)
law-form-type = Type of instrument
law-form-status = Status
law-form-enacted = Date of enactment (YYYY-MM-DD)
law-form-url = Address of the official text
form-articles-hint = Instrument articles separated by commas, for example: UNTOC-18, UNCAC-46
law-form-provision = Provision { $count }
law-form-number = Number (for example: Article 5)
law-form-texts = Heading and text, one language per row
form-heading = Heading
form-text = Text
form-add-language = Add a language
law-form-remove-provision = Remove this provision
law-form-add-provision = Add a provision
law-form-delete = Delete this law
case-form-new = Add a case
case-form-edit = Edit a case
case-form-decision = The decision
case-form-texts = Title, summary and commentary
case-form-texts-hint = In the original language, and translations; one block per language. The title and the summary are needed in the original language.
case-form-language = Texts in language { $count }
case-form-subjects = Subjects and cooperation
form-countries-hint = ISO 3166-1 alpha-3 codes separated by commas, for example: FRA, KEN
case-form-party = Group of parties { $count }
case-form-entity = Natural or legal persons
case-form-count = How many
case-form-nationality = Nationality (ISO 3166-1 alpha-3 code)
case-form-remove-party = Remove this group of parties
case-form-add-party = Add a group of parties
case-form-charge = Charge { $count }
case-form-offence = Offence
case-form-provision = Provision applied
case-form-statute = Statute, as the court cited it
case-form-verdict = Verdict
case-form-sentence = Sentence
case-form-remove-charge = Remove this charge
case-form-add-charge = Add a charge
case-form-delete = Delete this case

## Problems found in a form, as the library words them (variables: codes, numbers, dates)
problem-required = is required
problem-blank = must not be blank
problem-unknown-member = is not a member of this document
problem-string = must be a string
problem-string-or-null = must be a string or null
problem-whole-number = must be a whole number
problem-whole-number-or-null = must be a whole number or null
problem-list = must be a list
problem-boolean = must be true or false
problem-object = must be an object
problem-uuid = must be a UUID
problem-date = must be a date (YYYY-MM-DD)
problem-date-exists = must be a date that exists, as YYYY-MM-DD
problem-time = must be an RFC 3339 time
problem-too-large = is too large
problem-future = must not be in the future
problem-before = must not be before { $date }
problem-competence-code = must be a competence code such as MLA or EXTRADITION
problem-taxonomy-code = must be a taxonomy code such as MONEY_LAUNDERING
problem-region-code = must be a three-digit UN M49 region code such as 002
problem-email-length = must be a valid e-mail address of at most 254 characters
problem-email = must be a valid e-mail address
problem-timezone = must be an IANA time zone such as Europe/Paris
problem-country-code = must be an ISO 3166-1 alpha-3 country code such as KEN
problem-language-code = must be an ISO 639-1 two-letter language code such as fr
problem-url = must be an absolute http or https address
problem-article = must be an article id such as UNTOC-18
problem-phone = must be an international number: +, country code and 4 to 15 digits in all, spaces allowed
problem-one-of = must be one of: { $values }
problem-one-of-schema = must be one of { $values }
problem-range = must be from { $min } to { $max }
problem-max-length = must be at most { $max } characters long
problem-length = must be { $min } to { $max } characters long
problem-max-items = at most { $max } items
problem-max-charges = at most { $max } charges
problem-max-languages = at most { $max } languages
problem-max-parties = at most { $max } groups of parties
problem-max-contacts = at most { $max } contact persons
problem-max-provisions = at most { $max } provisions
problem-one-designation = at most one designation per competence ({ $max })
problem-own-ancestor = a record cannot be its own ancestor
problem-other-state = a record cannot move to another State (it belongs to { $country })
problem-a-competence = an authority holds at least one competence
problem-reference-taken = another case has this reference
problem-original-name = at least the name in its original language is required
problem-some-text = give the text in at least one language
problem-other-law = is a provision of another law
problem-twice = listed twice
problem-a-channel = name at least one channel
problem-a-crime-type = name at least one crime type
problem-a-language = name at least one language
problem-a-means = name at least one means of transmission
problem-a-state = name the State the record belongs to
problem-parent-state = the parent must belong to the same State
problem-provision-state = the provision belongs to the law of { $country }, not of { $other }
problem-legal-basis = { $basis } is not a legal basis of { $competence }; known: { $known }
problem-original-name-missing = must include the name in the original language ({ $language })
problem-original-title = must include the title in the original language ({ $language })
problem-original-summary = must include the summary in the original language ({ $language })
problem-no-authority = no authority has the id { $id }
problem-no-provision = no provision has the id { $id }
problem-unknown-competence = unknown competence code { $code }
problem-unknown-country = unknown country code { $code }
problem-unknown-crime-type = unknown crime type { $code }
problem-unknown-cross-cutting = unknown cross-cutting issue { $code }
problem-unknown-article = unknown instrument article { $code }
problem-country-twice = { $country } is listed twice
problem-own-counterpart = { $country } is the State of the case itself, not a counterpart
problem-designated-twice = { $competence } is designated twice
problem-email-ascii = must be written in ASCII letters, digits and punctuation (an internationalized domain in its xn-- form)
problem-focal-point-state = a focal point acts for one State: name its ISO 3166-1 alpha-3 code
problem-no-state = only focal points are bound to a State
problem-partner-name = 1 to 200 characters, without control characters
problem-account-exists = an account with the e-mail address { $email } exists

## Freshness
nav-freshness = Freshness
freshness-title = How current the directory is
freshness-lead = A record is current when it was confirmed within the last 365 days: an authority by its State's focal point (or when it was added), a law or a case when it last changed. States keep their records current by confirming them in the console.
freshness-overall = { $name } of the records are current
freshness-records-count = { $count ->
    [one] { $count } record
   *[other] { $count } records
}
freshness-stale-count = { $count ->
    [one] { $count } stale
   *[other] { $count } stale
}
freshness-states-with-records = { $count ->
    [one] { $count } State with records
   *[other] { $count } States with records
}
freshness-states-without-records = { $count ->
    [one] { $count } State or territory with none yet
   *[other] { $count } States and territories with none yet
}
freshness-states-without-focal-point = { $count ->
    [one] { $count } without a focal point
   *[other] { $count } without a focal point
}
freshness-as-of = figures of { $name }
freshness-map-label = World map: the share of each State's records that are current
freshness-band-0 = under 25 %
freshness-band-1 = 25 to 49 %
freshness-band-2 = 50 to 74 %
freshness-band-3 = 75 to 99 %
freshness-band-4 = all current
freshness-band-none = no records yet
freshness-csv = Download the figures (CSV)
freshness-table = States with records, least current first (choose a column to sort by it)
freshness-state = State
freshness-records = Records
freshness-share = Current
freshness-stale = Stale
freshness-oldest = Oldest confirmation
freshness-last-change = Last change
freshness-focal-point = Focal point
freshness-yes = yes
freshness-no = none
freshness-regions = By region
freshness-region = Region
freshness-with-records = States with records
freshness-without-focal-point = States without a focal point

## Account settings
accounts-language = Language of the messages sent to the account
settings-title = Your settings
settings-pause = Pause my reminders
settings-pause-hint = While paused, no reminder about your State's records is sent to you; they still show as stale when they are.
settings-save = Save
settings-saved = Your settings are saved.

## One-click confirmation links
link-title = Confirm a record
link-lead = Is this record still correct today? Confirming it records that it was checked today; nothing else changes.
link-confirm = Yes, it is still correct: confirm it
link-edit = Something changed: edit it in the console
link-last-confirmed = Last confirmed on { $name }
link-done = Thank you: the record is confirmed as of today.
link-used = This link was used already. Sign in to see the record, and confirm it again from the console if needed.
link-expired = This link has expired. Sign in to confirm the record from the console.
link-superseded = The record changed since this link was sent, so the link no longer confirms it. Sign in to review the record.
link-unknown = This link is not valid. Sign in to confirm your State's records from the console.
link-sign-in = Sign in

## Reminders and the outbox (administrators)
console-outbox = Reminders and outbox
outbox-lead = Focal points are reminded by e-mail of their State's records that are due for confirmation, and administrators get a monthly summary. Each message is written to the outbox together with the decision to send it, then delivered by one server process, with retries.
outbox-smtp-off = No SMTP server is configured on this server (CNA_SMTP_URL): messages wait in the outbox, and none is lost. They are sent once a server is configured.
outbox-smtp-on = Messages are sent through the configured SMTP server; a failed attempt is retried later.
outbox-waiting = { $count ->
    [0] No message is waiting.
    [one] One message is waiting.
   *[other] { $count } messages are waiting.
}
outbox-no-focal-point = States with records but no active focal point
outbox-no-focal-point-none = Every State with records has an active focal point.
outbox-col-state = State
outbox-col-records = Active records
outbox-col-stale = Stale
outbox-messages = Messages, newest first
outbox-none = No message has been written yet.
outbox-col-created = Written
outbox-col-kind = Kind
outbox-col-recipient = To
outbox-col-subject = Subject
outbox-col-status = Status
outbox-col-attempts = Attempts
outbox-kind-reminder = Reminder
outbox-kind-summary = Monthly summary
outbox-status-sent = Sent on { $date }
outbox-status-waiting = Waiting; next attempt on { $date }
outbox-attempt-delivered = { $date }: delivered ({ $name })
outbox-attempt-failed = { $date }: failed ({ $name })

## Where do I send this request?
route-title = Where do I send this request?
route-legend = Where do I send this request?
route-from = Requesting State (yours)
route-to = Requested State
route-crime = Offence
route-crime-any = Any offence
route-urgent = Urgent
route-submit = Show the route
route-state-missing = Name the State.
route-same-state = The requested State must be another State than the requesting State.
route-heading = { $name }: from { $from } to { $to }
route-warnings = Before you send
route-to-whom = To whom, and how
route-language = In which language
route-no-language = No language is recorded.
route-basis = On which legal basis
route-provisions = The requested State's provisions on these articles
route-contents = What the request must contain
route-if-needed = where it applies
route-reference = Your reference
route-format = Format
route-draft-hint = Fill in what you know; the rest is marked to be completed. Nothing you type is kept.
route-draft = Download the draft request
route-again = Ask another question
route-original-by-post = The original must follow by post.
route-urgent-procedure = Urgent requests
route-translation-needed = None of the official languages of { $from } is accepted: the request needs a translation.
route-translation-not-needed = A language of { $from } is accepted: no translation is needed.
route-no-basis = No instrument both States are party to is a legal basis here: the request rests on a bilateral treaty between { $from } and { $to }, if there is one, or on reciprocity, as the law of { $to } allows.
route-reason-contact_point_24_7 = Urgent and about electronic evidence: the point of contact available 24 hours a day, 7 days a week, first.
route-reason-central_authority = The central authority designated for this measure.
route-reason-designated = Also designated for this measure.
route-reason-notified_central_authority = No authority is designated for this measure: the central authority notified to the depositary.
route-reason-mla_central_authority = No authority is designated for this measure: the central authority for mutual legal assistance.
route-warning-no_records = The directory holds no authority of { $to }: send the request through the diplomatic channel.
route-warning-no_designation = No authority of { $to } is designated for this measure: the answer falls back to an authority that receives requests for assistance.
route-warning-stale_record = The record of { $name } was last confirmed over a year ago: check its details before sending.
route-warning-no_common_instrument = { $from } and { $to } are not both party to any instrument recorded here that covers this measure.
route-warning-no_treaty_records = No treaty participation of { $name } is recorded: the legal bases may be incomplete.
route-warning-treaty_required_for_extradition = { $to } does not take the { $name } as the legal basis for extradition: a bilateral treaty is needed.
route-warning-no_language_recorded = No language is recorded for this designation: ask the authority before translating.
route-warning-no_channel_recorded = No channel of transmission is recorded for this designation: the diplomatic channel is always available.
route-caveat-untoc_scope = For offences under the Convention and serious crime that is transnational and involves an organized criminal group (art. 3).
route-caveat-uncac_scope = For the offences established under the Convention: corruption and related offences (arts. 15-25).
route-caveat-drugs_scope = For the drug trafficking offences of art. 3(1) and the laundering of their proceeds.
route-caveat-budapest_scope = For the offences of arts. 2-11 and for evidence in electronic form of any offence (art. 14(2)).
route-caveat-untoc_16 = For offences covered by the Convention, punishable in both States, where the person is in the requested State (art. 16(1)).
route-caveat-budapest_24 = For the offences of arts. 2-11 punishable by at least one year in both States (art. 24(1)).
route-caveat-untoc_17 = Art. 17 invites States to conclude agreements: the transfer rests on such an agreement or on national law.
route-caveat-uncac_45 = Art. 45 invites States to conclude agreements: the transfer rests on such an agreement or on national law.
route-caveat-untoc_21 = Where a transfer serves the proper administration of justice, in particular when several jurisdictions are involved.
route-caveat-uncac_55 = Confiscation and return of the proceeds of offences established under the Convention.
route-caveat-cyber_24_7 = Expedited preservation and disclosure of stored computer data, pending a request for mutual assistance (art. 29).
route-caveat-drugs_sea = Boarding and search of a vessel suspected of illicit traffic at sea.
route-caveat-migrants_sea = Boarding and search of a vessel suspected of smuggling migrants by sea.
route-caveat-firearms = Information exchange and cooperation on firearms, their parts and ammunition.
route-caveat-untoc_31 = Cooperation in preventing transnational organized crime, not a request in a case.
route-caveat-uncac_6 = Assistance in developing measures to prevent corruption (art. 6(3)), not a request in a case.
route-caveat-through_mla = No instrument recorded here creates this measure; within the Convention's scope, assistance under art. 18 is available.
route-caveat-extradition_basis_accepted = { $to } takes the Convention as the legal basis for extradition.
route-caveat-extradition_basis_unknown = No notification of { $to } on the Convention as the legal basis for extradition is recorded: check whether it requires a treaty.
route-item-own = The requested State's own requirements, as it recorded them.
route-item-requesting_authority = The authority making the request
route-why-requesting_authority = The requested State answers and asks questions to an identified authority.
route-item-proceedings = The subject and nature of the investigation, prosecution or proceeding, and the authority conducting it
route-why-proceedings = It shows that the request concerns criminal proceedings within the instrument's scope.
route-item-facts = A summary of the relevant facts
route-why-facts = The requested State checks dual criminality, where it applies, and relevance from them.
route-item-assistance_sought = The assistance sought and any particular procedure to follow
route-why-assistance_sought = A procedure is followed only when asked for and not contrary to the requested State's law.
route-item-persons = The identity, location and nationality of the persons concerned
route-why-persons = Without them, evidence cannot be taken from or about the person.
route-item-purpose = The purpose of the evidence, information or action sought
route-why-purpose = Information is used only for the purpose stated unless the requested State agrees.
route-item-form_and_language = In writing, in a language the requested State accepts
route-why-form_and_language = A request in a language the authority does not accept waits for translation.
route-item-confidentiality = Confidentiality of the request
route-why-confidentiality = The requested State keeps it confidential, or says at once that it cannot.
route-item-warrant_or_judgment = The arrest warrant, or the enforceable judgment and sentence
route-why-warrant_or_judgment = Extradition is granted for a person sought for prosecution or to serve a sentence.
route-item-offences = Each offence, with the time and place of its commission and its legal description
route-why-offences = The requested State checks dual criminality and time limits from it.
route-item-enactments = The enactments creating each offence and setting its penalty
route-why-enactments = The penalty decides whether the offence is extraditable.
route-item-person = A description of the person sought, with their identity, nationality and location
route-why-person = The person arrested must be the person sought.
route-item-assurances = Assurances the requested State requires
route-why-assurances = Without them some States refuse or delay extradition.
route-item-facts_and_offences = The facts, the offences and the applicable enactments
route-why-facts_and_offences = The requested State must be able to prosecute the conduct under its own law.
route-item-justice_reasons = Why the transfer serves the proper administration of justice
route-why-justice_reasons = A transfer concentrates a prosecution where it is best brought.
route-item-file = The case file and the evidence gathered
route-why-file = Proceedings continue on the evidence already gathered.
route-item-offence_and_facts = The offence under investigation and a summary of the facts
route-why-offence_and_facts = Preservation serves a specific criminal investigation.
route-item-data = The stored computer data to preserve and its link to the offence
route-why-data = The provider can only preserve what is identified.
route-item-custodian = The custodian of the data or the location of the computer system
route-why-custodian = The requested State must know whom to order.
route-item-necessity = Why the preservation is necessary
route-why-necessity = Data may be deleted before a request for assistance arrives.
route-item-follow_up = That a request for mutual assistance will follow
route-why-follow_up = Data is preserved for at least 60 days pending that request.

## Treaty participation on a State's page
country-treaties = Treaty participation
country-treaty = Instrument
country-treaty-status = Status
country-treaty-since = Since
treaty-status-party = Party
treaty-status-signatory = Signatory
treaty-status-none = Not a party
