# Interface messages of the web application, in French. English (locales/en/web.ftl) is the
# reference: every message of it, and no other, must be here (a test fails otherwise).
# Variables: { $count } a number, { $name } a text, { $date } an ISO date.

## Chrome

site-name = Répertoire des autorités nationales compétentes
skip-to-content = Aller au contenu
nav-label = Principal
nav-search = Rechercher
nav-countries = États
nav-console = Console
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
languages-label = Langue
breadcrumb-label = Vous êtes ici
footer-about = Un répertoire ouvert des autorités nationales compétentes pour la coopération internationale en matière pénale.
footer-api = L’API et sa documentation
yes = Oui
no = Non
central = Autorité centrale
stale-badge = Non confirmée depuis plus d’un an

## Errors

error-not-found = Cette page n’existe pas
error-bad-request = La requête n’a pas pu être comprise
error-forbidden = Cette action ne vous est pas permise
error-unauthorized = Veuillez vous connecter
error-too-many = Trop de tentatives ; veuillez patienter un instant
error-unavailable = Le service est surchargé ; veuillez réessayer dans quelques instants
error-internal = Une erreur s’est produite de notre côté
error-home = Retour à la page d’accueil

## Home and finding an authority

home-title = Accueil
home-heading = Qui traite une demande de coopération internationale ?
home-lead = Trouvez l’autorité nationale de chaque État chargée de l’entraide judiciaire, de l’extradition, des preuves électroniques et des autres formes de coopération, la manière de la joindre, ainsi que la législation et la jurisprudence de l’État.
home-all-countries = Parcourir tous les États
find-title = Trouver l’autorité
find-legend = Trouver l’autorité
find-country = État requis
find-country-hint = Saisissez le nom dans l’une des six langues officielles de l’ONU, ou son code ISO.
find-country-missing = Indiquez l’État requis.
find-country-unknown = Aucun État ne porte ce nom ; choisissez-en un dans la liste.
find-measure = Mesure demandée
find-measure-choose = Choisissez une mesure
find-measure-missing = Choisissez la mesure demandée.
find-submit = Rechercher
find-none = Aucune autorité de cet État n’est désignée pour cette mesure dans le répertoire.

## Search

search-title = Recherche
search-label = Rechercher des autorités, des textes législatifs et de la jurisprudence
search-submit = Rechercher
search-invalid = La recherche n’a pas pu être effectuée
search-too-deep = Seuls les 10 000 premiers résultats sont affichés ; affinez la recherche.
search-active-filters = Filtres appliqués
search-remove-filter = Retirer le filtre { $name }
search-facets = Affiner les résultats
search-no-results = Aucun résultat pour cette recherche
search-total = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-pages = Pages de résultats
search-previous = Précédent
search-next = Suivant
facet-type = Type
facet-country = État
facet-competence = Compétence
facet-crime_type = Type d’infraction
facet-cross_cutting = Question transversale
facet-language = Langue
type-authority = Autorité
type-legislation = Législation
type-case = Affaire

## States

countries-title = États
country-authorities = { $count ->
    [one] { $count } autorité
   *[other] { $count } autorités
}
country-stale = { $count ->
    [one] { $count } non confirmée depuis plus d’un an
   *[other] { $count } non confirmées depuis plus d’un an
}
country-last-confirmed = dernière confirmation le { $name }
country-search = Rechercher dans les fiches de cet État
country-by-competence = Autorités par compétence
country-no-authorities = Aucune autorité de cet État ne figure encore dans le répertoire.
country-laws = Législation
country-cases = Jurisprudence
country-none = Rien dans le répertoire pour l’instant.

## Authorities

authority-retired = Cette autorité n’est plus en fonction : elle ne reçoit plus de demandes.
authority-stale = Cette fiche n’a pas été confirmée depuis plus d’un an. Vérifiez auprès de l’autorité avant de vous y fier.
authority-last-confirmed = Dernière confirmation le { $name }
authority-never-confirmed = Jamais confirmée
authority-designations = Compétences et modalités de transmission des demandes
authority-reach = Comment la joindre
authority-address = Adresse postale
authority-website = Site web
authority-phones = Téléphone
authority-fax = Télécopie
authority-emails = Courriel
authority-hours = Heures d’ouverture
authority-24-7 = Joignable à toute heure
authority-contacts = Personnes à contacter
authority-contacts-sign-in = Les personnes à contacter sont visibles par les praticiens connectés.
authority-no-contacts = Aucune personne à contacter n’est indiquée.
authority-provisions = Dispositions nationales
contact-confidential = Confidentiel
designation-legal-bases = Bases légales
designation-scope = Portée
designation-channels = Voies de transmission
designation-means = Moyens de transmission
designation-languages = Langues acceptables
designation-original-by-post = Original à envoyer ensuite par la poste
designation-urgent = Procédure d’urgence
designation-untoc = UNTOC acceptée comme base légale
designation-requirements = Conditions légales
designation-notification = Notification au dépositaire
kind-ministry = Ministère
kind-prosecution = Ministère public
kind-court = Juridiction
kind-police = Police
kind-financial_intelligence_unit = Cellule de renseignement financier
kind-coast_guard = Garde-côtes
kind-other = Autre organisme
channel-direct = Directement
channel-diplomatic = Voie diplomatique
channel-interpol = INTERPOL
channel-regional_network = Réseau régional
means-post = Poste
means-email = Courriel
means-fax = Télécopie
means-secure_platform = Plateforme sécurisée
means-oral_if_urgent = Oralement en cas d’urgence
untoc-yes = Oui
untoc-no = Non
untoc-with_conditions = Sous conditions
role-head = Responsable
role-desk_officer = Chargé de dossiers
role-duty_24_7 = Permanence 24/7
role-other = Autre

## Legislation

law-official-text = Texte officiel
law-provisions = Dispositions
law-implements = Met en œuvre
law-tags = Thèmes
law-cases = Appliquée dans
law-type-code = Code
law-type-act = Loi
law-type-decree = Décret
law-type-regulation = Règlement
law-type-constitution = Constitution
law-type-other = Autre texte
law-status-in_force = En vigueur
law-status-amended = Modifié
law-status-repealed = Abrogé

## Cases

case-reference = Référence
case-court = Juridiction
case-date = Date de la décision
case-decision = Décision
case-articles = Articles des instruments
case-cooperation = Coopération mise en œuvre
case-counterparts = Autres États concernés
case-summary = Résumé
case-commentary = Commentaire
case-parties = Parties
case-charges = Chefs d’accusation
decision-conviction = Condamnation
decision-acquittal = Acquittement
decision-appeal_decision = Décision en appel
decision-extradition_decision = Décision sur l’extradition
decision-mla_decision = Décision sur l’entraide judiciaire
decision-confiscation_order = Décision de confiscation
decision-other = Autre décision
verdict-guilty = Coupable
verdict-not_guilty = Non coupable
verdict-dismissed = Rejeté
verdict-pending = En instance
party-defendant = accusé
party-victim = victime
party-witness = témoin
party-other = autre partie
entity-natural_person = personne physique
entity-legal_person = personne morale
cooperation-MLA = Entraide judiciaire
cooperation-EXTRADITION = Extradition
cooperation-JIT = Équipe commune d’enquête
cooperation-ASSET_RECOVERY = Recouvrement d’avoirs
cooperation-TRANSFER_PROCEEDINGS = Transfert des procédures pénales
cooperation-TRANSFER_SENTENCED = Transfert des personnes condamnées
cooperation-POLICE_COOPERATION = Coopération policière
cooperation-ELECTRONIC_EVIDENCE = Preuves électroniques

## Console

console-edit = Modifier cette fiche
console-title = Console
console-signed-in-as = Session ouverte en tant que { $name }
console-accounts = Comptes
console-partners = Clients partenaires
console-choose-state = État dont les fiches sont à tenir à jour
console-show = Afficher
console-new-authority = Ajouter une autorité
console-authorities = Autorités, en commençant par celles qui n’ont pas été confirmées depuis le plus longtemps
console-select = Sélectionner
console-select-one = Sélectionner { $name }
console-name = Nom
console-last-confirmed = Dernière confirmation
console-actions = Actions
console-confirm = Confirmer
console-confirm-selected = Confirmer les fiches sélectionnées
console-history = Historique
console-confirmed = { $count ->
    [one] { $count } fiche confirmée.
   *[other] { $count } fiches confirmées.
}
console-none-chosen = Aucune fiche n’a été sélectionnée.
console-bad-target = Le formulaire désignait une fiche qui n’existe pas.
console-reader = Votre compte permet de consulter le répertoire, y compris les personnes à contacter visibles par les praticiens ; il ne permet de tenir à jour aucune fiche.
console-conflict = Quelqu’un a modifié cette fiche après que vous l’avez ouverte
error-forged = Ce formulaire a expiré ou ne provient pas de ce site ; rouvrez la page

## History

history-title = Historique
history-version = Version { $count }
history-no-change = Aucun champ n’a changé.
history-member = Champ
history-before = Avant
history-after = Après

## Signing in

sign-in-title = Connexion
sign-in-lead = Les points focaux, les praticiens et le Secrétariat se connectent avec le compte que le Secrétariat leur a créé.
sign-in-email = Adresse électronique
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-wrong = Adresse électronique ou mot de passe incorrect.
sign-in-expired = Le formulaire avait expiré ; veuillez vous reconnecter.

## Record forms

form-new-title = Ajouter une autorité
form-edit-title = Modifier une autorité
form-problems = { $count ->
    [one] { $count } problème empêche l’enregistrement :
   *[other] { $count } problèmes empêchent l’enregistrement :
}
form-conflict-kept = Vos modifications sont conservées ci-dessous ; elles ne sont pas encore enregistrées. Examinez ce qui a changé entre-temps, puis enregistrez de nouveau pour le remplacer.
form-conflict-changes = Modifications intervenues entre-temps
form-names = Noms
form-names-hint = Le nom désigné, dans sa langue d’origine, et ses traductions ; une langue par ligne.
form-language-code = Langue (code ISO 639-1)
form-name = Nom
form-remove = Supprimer
form-add-name = Ajouter un nom
form-original-language = Langue du nom désigné (code ISO 639-1)
form-acronym = Sigle
form-kind = Type d’organisme
form-timezone = Fuseau horaire (par exemple Europe/Paris)
form-one-per-line = Une valeur par ligne.
form-codes-hint = Codes ISO 639-1 séparés par des virgules, par exemple : fr, en
form-designation = Désignation { $count }
form-untoc-note = Conditions d’acceptation de l’UNTOC comme base légale
form-remove-designation = Supprimer cette désignation
form-add-designation = Ajouter une désignation
form-contact = Personne à contacter { $count }
form-position = Fonction
form-contact-languages = Langues parlées
form-role = Rôle
form-visibility = Qui peut voir cette personne
visibility-restricted = Praticiens connectés
visibility-confidential = Points focaux de cet État et Secrétariat uniquement
form-remove-contact = Supprimer cette personne à contacter
form-add-contact = Ajouter une personne à contacter
form-save = Enregistrer
form-cancel = Annuler
form-retire = Retirer cette autorité
retire-title = Retirer une autorité
retire-explain = Une autorité retirée disparaît des listes du répertoire et ne reçoit plus de demandes ; sa fiche et son historique restent consultables. Cette opération ne peut pas être annulée depuis la console.
retire-confirm = La retirer

## Administration

accounts-new = Nouveau compte
accounts-country = État (code ISO 3166-1 alpha-3, points focaux uniquement)
accounts-password-hint = De 12 à 256 caractères. Communiquez-le à son titulaire par une voie distincte et sûre.
accounts-create = Créer le compte
accounts-disable = Désactiver
accounts-disabled = Désactivé
role-account-focal_point = Point focal
role-account-reader = Praticien
role-account-admin = Administrateur
partners-new = Nouveau client partenaire
partners-tier = Fiches accessibles
tier-public = Fiches publiques
tier-restricted = Fiches publiques et fiches à accès restreint
partners-create = Créer le client
partners-key = Clé
partners-last-used = Dernière utilisation
partners-revoked = Révoqué
partners-revoke = Révoquer
partners-key-once = La clé du client, affichée cette seule fois : copiez-la maintenant et communiquez-la au partenaire par une voie sûre. Elle ne pourra plus être affichée.

## Deleting

console-delete = Supprimer
delete-title = Supprimer une fiche
delete-explain = La fiche, avec ses dispositions, chefs d’accusation et parties, quitte le répertoire ; les partenaires sont informés de la suppression. Cette opération ne peut pas être annulée depuis la console.
delete-confirm = La supprimer

## Console: laws and cases
console-new-law = Ajouter un texte législatif
console-new-case = Ajouter une affaire
law-form-new = Ajouter un texte législatif
law-form-edit = Modifier un texte législatif
law-form-titles = Titres
law-form-titles-hint = Le titre dans sa langue d’origine, et ses traductions ; une langue par ligne.
form-title = Titre
form-add-title = Ajouter un titre
form-original-language-texts = Langue des textes originaux (code ISO 639-1)
law-form-type = Type de texte
law-form-status = Statut
law-form-enacted = Date d’adoption (YYYY-MM-DD)
law-form-url = Adresse du texte officiel
form-articles-hint = Articles des instruments séparés par des virgules, par exemple : UNTOC-18, UNCAC-46
law-form-provision = Disposition { $count }
law-form-number = Numéro (par exemple : article 5)
law-form-texts = Intitulé et texte, une langue par ligne
form-heading = Intitulé
form-text = Texte
form-add-language = Ajouter une langue
law-form-remove-provision = Supprimer cette disposition
law-form-add-provision = Ajouter une disposition
law-form-delete = Supprimer ce texte législatif
case-form-new = Ajouter une affaire
case-form-edit = Modifier une affaire
case-form-decision = La décision
case-form-texts = Titre, résumé et commentaire
case-form-texts-hint = Dans la langue d’origine, et en traduction ; un bloc par langue. Le titre et le résumé sont requis dans la langue d’origine.
case-form-language = Textes dans la langue { $count }
case-form-subjects = Thèmes et coopération
form-countries-hint = Codes ISO 3166-1 alpha-3 séparés par des virgules, par exemple : FRA, KEN
case-form-party = Groupe de parties { $count }
case-form-entity = Personnes physiques ou morales
case-form-count = Nombre
case-form-nationality = Nationalité (code ISO 3166-1 alpha-3)
case-form-remove-party = Supprimer ce groupe de parties
case-form-add-party = Ajouter un groupe de parties
case-form-charge = Chef d’accusation { $count }
case-form-offence = Infraction
case-form-provision = Disposition appliquée
case-form-statute = Texte de loi, tel que cité par la juridiction
case-form-verdict = Verdict
case-form-sentence = Peine
case-form-remove-charge = Supprimer ce chef d’accusation
case-form-add-charge = Ajouter un chef d’accusation
case-form-delete = Supprimer cette affaire

## Problems found in a form, as the library words them (variables: codes, numbers, dates)
problem-required = est obligatoire
problem-blank = ne doit pas être vide
problem-unknown-member = n’est pas un champ de ce document
problem-string = doit être une chaîne de caractères
problem-string-or-null = doit être une chaîne de caractères ou null
problem-whole-number = doit être un nombre entier
problem-whole-number-or-null = doit être un nombre entier ou null
problem-list = doit être une liste
problem-boolean = doit être vrai ou faux
problem-object = doit être un objet
problem-uuid = doit être un UUID
problem-date = doit être une date (YYYY-MM-DD)
problem-date-exists = doit être une date qui existe, au format YYYY-MM-DD
problem-time = doit être une heure au format RFC 3339
problem-too-large = dépasse la valeur autorisée
problem-future = ne doit pas se situer dans le futur
problem-before = ne doit pas précéder le { $date }
problem-competence-code = doit être un code de compétence, par exemple MLA ou EXTRADITION
problem-taxonomy-code = doit être un code de taxonomie, par exemple MONEY_LAUNDERING
problem-region-code = doit être un code de région UN M49 à trois chiffres, par exemple 002
problem-email-length = doit être une adresse électronique valide d’au plus 254 caractères
problem-email = doit être une adresse électronique valide
problem-timezone = doit être un fuseau horaire IANA, par exemple Europe/Paris
problem-country-code = doit être un code de pays ISO 3166-1 alpha-3, par exemple KEN
problem-language-code = doit être un code de langue ISO 639-1 à deux lettres, par exemple fr
problem-url = doit être une adresse absolue en http ou https
problem-article = doit être un identifiant d’article, par exemple UNTOC-18
problem-phone = doit être un numéro international : +, indicatif du pays et 4 à 15 chiffres au total, espaces autorisés
problem-one-of = doit être l’une des valeurs suivantes : { $values }
problem-one-of-schema = doit être l’une des valeurs { $values }
problem-range = doit être entre { $min } et { $max }
problem-max-length = { $max ->
    [one] ne doit pas dépasser { $max } caractère
   *[other] ne doit pas dépasser { $max } caractères
}
problem-length = doit comporter de { $min } à { $max } caractères
problem-max-items = { $max ->
    [one] { $max } élément au maximum
   *[other] { $max } éléments au maximum
}
problem-max-charges = { $max ->
    [one] { $max } chef d’accusation au maximum
   *[other] { $max } chefs d’accusation au maximum
}
problem-max-languages = { $max ->
    [one] { $max } langue au maximum
   *[other] { $max } langues au maximum
}
problem-max-parties = { $max ->
    [one] { $max } groupe de parties au maximum
   *[other] { $max } groupes de parties au maximum
}
problem-max-contacts = { $max ->
    [one] { $max } personne à contacter au maximum
   *[other] { $max } personnes à contacter au maximum
}
problem-max-provisions = { $max ->
    [one] { $max } disposition au maximum
   *[other] { $max } dispositions au maximum
}
problem-one-designation = une seule désignation au plus par compétence ({ $max })
problem-own-ancestor = une fiche ne peut pas être son propre ancêtre
problem-other-state = une fiche ne peut pas passer à un autre État (elle relève de { $country })
problem-a-competence = une autorité doit détenir au moins une compétence
problem-reference-taken = une autre affaire porte déjà cette référence
problem-original-name = le nom dans sa langue d’origine est requis, au minimum
problem-some-text = indiquez le texte dans au moins une langue
problem-other-law = est une disposition d’un autre texte législatif
problem-twice = figure deux fois
problem-a-channel = indiquez au moins une voie de transmission
problem-a-crime-type = indiquez au moins un type d’infraction
problem-a-language = indiquez au moins une langue
problem-a-means = indiquez au moins un moyen de transmission
problem-a-state = indiquez l’État auquel appartient la fiche
problem-parent-state = la fiche de rattachement doit relever du même État
problem-provision-state = la disposition relève de la législation de { $country }, et non de celle de { $other }
problem-legal-basis = { $basis } n’est pas une base légale de { $competence } ; bases connues : { $known }
problem-original-name-missing = doit comprendre le nom dans la langue d’origine ({ $language })
problem-original-title = doit comprendre le titre dans la langue d’origine ({ $language })
problem-original-summary = doit comprendre le résumé dans la langue d’origine ({ $language })
problem-no-authority = aucune autorité n’a l’identifiant { $id }
problem-no-provision = aucune disposition n’a l’identifiant { $id }
problem-unknown-competence = code de compétence inconnu : { $code }
problem-unknown-country = code de pays inconnu : { $code }
problem-unknown-crime-type = type d’infraction inconnu : { $code }
problem-unknown-cross-cutting = question transversale inconnue : { $code }
problem-unknown-article = article d’instrument inconnu : { $code }
problem-country-twice = { $country } figure deux fois
problem-own-counterpart = { $country } est l’État de l’affaire elle-même, et non un autre État concerné
problem-designated-twice = la compétence { $competence } est désignée deux fois
problem-email-ascii = doit être écrite en lettres, chiffres et signes ASCII (un domaine internationalisé sous sa forme xn--)
problem-focal-point-state = un point focal agit pour un seul État : indiquez son code ISO 3166-1 alpha-3
problem-no-state = seuls les points focaux sont rattachés à un État
problem-partner-name = de 1 à 200 caractères, sans caractère de contrôle
problem-account-exists = un compte existe déjà avec l’adresse électronique { $email }

## Freshness
nav-freshness = Mise à jour
freshness-title = État de mise à jour du répertoire
freshness-lead = Une fiche est à jour lorsqu’elle a été confirmée au cours des 365 derniers jours : une autorité, par le point focal de son État (ou lors de son ajout) ; un texte législatif ou une affaire, lors de sa dernière modification. Les États tiennent leurs fiches à jour en les confirmant dans la console.
freshness-overall = { $name } des fiches sont à jour
freshness-records-count = { $count ->
    [one] { $count } fiche
   *[other] { $count } fiches
}
freshness-stale-count = { $count ->
    [one] { $count } non confirmée depuis plus d’un an
   *[other] { $count } non confirmées depuis plus d’un an
}
freshness-states-with-records = { $count ->
    [one] { $count } État ayant des fiches
   *[other] { $count } États ayant des fiches
}
freshness-states-without-records = { $count ->
    [one] { $count } État ou territoire sans fiche pour l’instant
   *[other] { $count } États et territoires sans fiche pour l’instant
}
freshness-states-without-focal-point = { $count ->
    [one] { $count } sans point focal
   *[other] { $count } sans point focal
}
freshness-as-of = chiffres au { $name }
freshness-map-label = Carte du monde : part des fiches à jour de chaque État
freshness-band-0 = moins de 25 %
freshness-band-1 = de 25 à 49 %
freshness-band-2 = de 50 à 74 %
freshness-band-3 = de 75 à 99 %
freshness-band-4 = toutes à jour
freshness-band-none = aucune fiche pour l’instant
freshness-csv = Télécharger les chiffres (CSV)
freshness-table = États ayant des fiches, en commençant par les moins à jour (choisissez une colonne pour trier selon celle-ci)
freshness-state = État
freshness-records = Fiches
freshness-share = À jour
freshness-stale = Non à jour
freshness-oldest = Confirmation la plus ancienne
freshness-last-change = Dernière modification
freshness-focal-point = Point focal
freshness-yes = oui
freshness-no = aucun
freshness-regions = Par région
freshness-region = Région
freshness-with-records = États ayant des fiches
freshness-without-focal-point = États sans point focal

## Account settings
accounts-language = Langue des messages envoyés au compte
settings-title = Vos paramètres
settings-pause = Suspendre mes rappels
settings-pause-hint = Tant qu’ils sont suspendus, aucun rappel concernant les fiches de votre État ne vous est envoyé ; elles restent signalées comme non confirmées depuis plus d’un an lorsqu’elles le sont.
settings-save = Enregistrer
settings-saved = Vos paramètres sont enregistrés.

## One-click confirmation links
link-title = Confirmer une fiche
link-lead = Cette fiche est-elle toujours exacte aujourd’hui ? La confirmer enregistre qu’elle a été vérifiée aujourd’hui ; rien d’autre ne change.
link-confirm = Oui, elle est toujours exacte : la confirmer
link-edit = Quelque chose a changé : la modifier dans la console
link-last-confirmed = Dernière confirmation le { $name }
link-done = Merci : la fiche est confirmée à la date d’aujourd’hui.
link-used = Ce lien a déjà été utilisé. Connectez-vous pour voir la fiche et, si nécessaire, la confirmer de nouveau depuis la console.
link-expired = Ce lien a expiré. Connectez-vous pour confirmer la fiche depuis la console.
link-superseded = La fiche a été modifiée depuis l’envoi de ce lien, qui ne permet donc plus de la confirmer. Connectez-vous pour examiner la fiche.
link-unknown = Ce lien n’est pas valide. Connectez-vous pour confirmer les fiches de votre État depuis la console.
link-sign-in = Se connecter

## Reminders and the outbox (administrators)
console-outbox = Rappels et boîte d’envoi
outbox-lead = Les points focaux reçoivent par courriel un rappel des fiches de leur État qui doivent être confirmées, et les administrateurs reçoivent un récapitulatif mensuel. Chaque message est enregistré dans la boîte d’envoi en même temps que la décision de l’envoyer, puis remis par un processus unique du serveur, qui renouvelle les tentatives en cas d’échec.
outbox-smtp-off = Aucun serveur SMTP n’est configuré sur ce serveur (CNA_SMTP_URL) : les messages restent en attente dans la boîte d’envoi et aucun n’est perdu. Ils seront envoyés dès qu’un serveur aura été configuré.
outbox-smtp-on = Les messages sont envoyés par le serveur SMTP configuré ; une tentative qui échoue est renouvelée ultérieurement.
outbox-waiting = { $count ->
    [0] Aucun message n’est en attente.
    [one] Un message est en attente.
   *[other] { $count } messages sont en attente.
}
outbox-no-focal-point = États ayant des fiches mais aucun point focal actif
outbox-no-focal-point-none = Tous les États ayant des fiches ont un point focal actif.
outbox-col-state = État
outbox-col-records = Fiches actives
outbox-col-stale = Non à jour
outbox-messages = Messages, du plus récent au plus ancien
outbox-none = Aucun message n’a encore été enregistré.
outbox-col-created = Date d’enregistrement
outbox-col-kind = Type
outbox-col-recipient = Destinataire
outbox-col-subject = Objet
outbox-col-status = Statut
outbox-col-attempts = Tentatives
outbox-kind-reminder = Rappel
outbox-kind-summary = Récapitulatif mensuel
outbox-status-sent = Envoyé le { $date }
outbox-status-waiting = En attente ; prochaine tentative le { $date }
outbox-attempt-delivered = { $date } : remis ({ $name })
outbox-attempt-failed = { $date } : échec ({ $name })

## Where do I send this request?
route-title = À qui adresser cette demande ?
route-legend = À qui adresser cette demande ?
route-from = État requérant (le vôtre)
route-to = État requis
route-crime = Infraction
route-crime-any = Toute infraction
route-urgent = Demande urgente
route-submit = Afficher l’acheminement
route-state-missing = Indiquez l’État.
route-same-state = L’État requis doit être un État autre que l’État requérant.
route-heading = { $name } : { $from } (État requérant), { $to } (État requis)
route-warnings = Avant l’envoi
route-to-whom = À qui et comment
route-language = Dans quelle langue
route-no-language = Aucune langue n’est enregistrée.
route-basis = Sur quelle base légale
route-provisions = Dispositions de l’État requis relatives à ces articles
route-contents = Ce que la demande doit contenir
route-if-needed = le cas échéant
route-reference = Votre référence
route-format = Format
route-draft-hint = Renseignez ce que vous savez ; le reste est signalé comme à compléter. Rien de ce que vous saisissez n’est conservé.
route-draft = Télécharger le projet de demande
route-again = Poser une autre question
route-original-by-post = L’original doit suivre par la poste.
route-urgent-procedure = Demandes urgentes
route-translation-needed = Aucune des langues officielles de l’État requérant ({ $from }) n’est acceptée : la demande doit être traduite.
route-translation-not-needed = Une langue de l’État requérant ({ $from }) est acceptée : aucune traduction n’est nécessaire.
route-no-basis = Aucun instrument auquel les deux États sont parties ne constitue ici une base légale : la demande repose sur un traité bilatéral entre l’État requérant ({ $from }) et l’État requis ({ $to }), s’il en existe un, ou sur la réciprocité, dans la mesure où le droit de l’État requis le permet.
route-reason-contact_point_24_7 = Demande urgente portant sur des preuves électroniques : d’abord le point de contact joignable 24 heures sur 24, 7 jours sur 7.
route-reason-central_authority = L’autorité centrale désignée pour cette mesure.
route-reason-designated = Également désignée pour cette mesure.
route-reason-notified_central_authority = Aucune autorité n’est désignée pour cette mesure : l’autorité centrale notifiée au dépositaire.
route-reason-mla_central_authority = Aucune autorité n’est désignée pour cette mesure : l’autorité centrale chargée de l’entraide judiciaire.
route-warning-no_records = Le répertoire ne contient aucune autorité de l’État requis ({ $to }) : transmettez la demande par la voie diplomatique.
route-warning-no_designation = Aucune autorité de l’État requis ({ $to }) n’est désignée pour cette mesure : à défaut, la réponse indique une autorité qui reçoit les demandes d’entraide.
route-warning-stale_record = La fiche de l’autorité { $name } a été confirmée pour la dernière fois il y a plus d’un an : vérifiez ses coordonnées avant l’envoi.
route-warning-no_common_instrument = L’État requérant ({ $from }) et l’État requis ({ $to }) ne sont pas tous deux parties à un instrument enregistré ici qui couvre cette mesure.
route-warning-no_treaty_records = { $name } : aucune participation à des traités n’est enregistrée ; les bases légales peuvent être incomplètes.
route-warning-treaty_required_for_extradition = L’État requis ({ $to }) ne considère pas { $name } comme la base légale de l’extradition : un traité bilatéral est nécessaire.
route-warning-no_language_recorded = Aucune langue n’est enregistrée pour cette désignation : renseignez-vous auprès de l’autorité avant de faire traduire la demande.
route-warning-no_channel_recorded = Aucune voie de transmission n’est enregistrée pour cette désignation : la voie diplomatique reste toujours possible.
route-caveat-untoc_scope = Pour les infractions visées par la Convention et les infractions graves de nature transnationale impliquant un groupe criminel organisé (art. 3).
route-caveat-uncac_scope = Pour les infractions établies conformément à la Convention : corruption et infractions connexes (art. 15 à 25).
route-caveat-drugs_scope = Pour les infractions de trafic de drogues visées à l’art. 3, par. 1, et le blanchiment de leur produit.
route-caveat-budapest_scope = Pour les infractions des art. 2 à 11 et pour les preuves sous forme électronique de toute infraction pénale (art. 14, par. 2).
route-caveat-untoc_16 = Pour les infractions visées par la Convention, punissables dans les deux États, lorsque la personne se trouve sur le territoire de l’État requis (art. 16, par. 1).
route-caveat-budapest_24 = Pour les infractions des art. 2 à 11 punissables dans les deux États d’une peine privative de liberté d’au moins un an (art. 24, par. 1).
route-caveat-untoc_17 = L’art. 17 invite les États à conclure des accords : le transfèrement repose sur un tel accord ou sur le droit interne.
route-caveat-uncac_45 = L’art. 45 invite les États à conclure des accords : le transfèrement repose sur un tel accord ou sur le droit interne.
route-caveat-untoc_21 = Lorsque le transfert sert une bonne administration de la justice, en particulier lorsque plusieurs juridictions sont concernées.
route-caveat-uncac_55 = Confiscation et restitution du produit des infractions établies conformément à la Convention.
route-caveat-cyber_24_7 = Conservation et divulgation rapides de données informatiques stockées, dans l’attente d’une demande d’entraide (art. 29).
route-caveat-drugs_sea = Arraisonnement et visite d’un navire soupçonné de se livrer au trafic illicite par mer.
route-caveat-migrants_sea = Arraisonnement et visite d’un navire soupçonné de se livrer au trafic illicite de migrants par mer.
route-caveat-firearms = Échange d’informations et coopération concernant les armes à feu, leurs pièces, éléments et munitions.
route-caveat-untoc_31 = Coopération en matière de prévention de la criminalité transnationale organisée, et non demande dans une affaire donnée.
route-caveat-uncac_6 = Aide à la mise au point de mesures de prévention de la corruption (art. 6, par. 3), et non demande dans une affaire donnée.
route-caveat-through_mla = Aucun instrument enregistré ici ne prévoit cette mesure ; dans le champ d’application de la Convention, l’entraide prévue à l’art. 18 est possible.
route-caveat-extradition_basis_accepted = L’État requis ({ $to }) considère la Convention comme la base légale de l’extradition.
route-caveat-extradition_basis_unknown = Aucune notification de l’État requis ({ $to }) concernant la Convention comme base légale de l’extradition n’est enregistrée : vérifiez s’il subordonne l’extradition à l’existence d’un traité.
route-item-own = Les exigences propres de l’État requis, telles qu’il les a enregistrées.
route-item-requesting_authority = L’autorité dont émane la demande
route-why-requesting_authority = L’État requis répond à une autorité identifiée et lui adresse ses questions.
route-item-proceedings = L’objet et la nature de l’enquête, des poursuites ou de la procédure judiciaire, et l’autorité qui en est chargée
route-why-proceedings = Ces éléments montrent que la demande concerne une procédure pénale relevant du champ d’application de l’instrument.
route-item-facts = Un résumé des faits pertinents
route-why-facts = L’État requis vérifie à partir des faits la double incrimination, le cas échéant, et la pertinence de la demande.
route-item-assistance_sought = L’assistance requise et toute procédure particulière à appliquer
route-why-assistance_sought = Une procédure particulière n’est appliquée que si elle est demandée et ne contrevient pas au droit interne de l’État requis.
route-item-persons = L’identité, la localisation et la nationalité des personnes visées
route-why-persons = Sans ces éléments, aucune preuve ne peut être recueillie auprès de la personne ou à son sujet.
route-item-purpose = Le but dans lequel les éléments de preuve, les informations ou les mesures sont demandés
route-why-purpose = Les informations ne sont utilisées qu’aux fins indiquées, sauf consentement de l’État requis.
route-item-form_and_language = Par écrit, dans une langue acceptable pour l’État requis
route-why-form_and_language = Une demande rédigée dans une langue que l’autorité n’accepte pas reste en attente de traduction.
route-item-confidentiality = Confidentialité de la demande
route-why-confidentiality = L’État requis garde le secret sur la demande ou informe sans délai l’État requérant qu’il ne peut le faire.
route-item-warrant_or_judgment = Le mandat d’arrêt, ou le jugement exécutoire et la peine prononcée
route-why-warrant_or_judgment = L’extradition est accordée pour une personne recherchée aux fins de poursuites ou d’exécution d’une peine.
route-item-offences = Chaque infraction, avec la date et le lieu de sa commission et sa qualification juridique
route-why-offences = L’État requis vérifie à partir de ces éléments la double incrimination et la prescription.
route-item-enactments = Les dispositions légales qui définissent chaque infraction et fixent la peine encourue
route-why-enactments = La peine détermine si l’infraction peut donner lieu à extradition.
route-item-person = Un signalement de la personne recherchée, avec son identité, sa nationalité et sa localisation
route-why-person = La personne arrêtée doit être la personne recherchée.
route-item-assurances = Les garanties exigées par l’État requis
route-why-assurances = Sans ces garanties, certains États refusent ou retardent l’extradition.
route-item-facts_and_offences = Les faits, les infractions et les dispositions légales applicables
route-why-facts_and_offences = L’État requis doit pouvoir poursuivre les faits en vertu de son propre droit.
route-item-justice_reasons = En quoi le transfert sert une bonne administration de la justice
route-why-justice_reasons = Le transfert concentre les poursuites là où elles peuvent être le mieux exercées.
route-item-file = Le dossier de l’affaire et les éléments de preuve recueillis
route-why-file = La procédure se poursuit sur la base des preuves déjà recueillies.
route-item-offence_and_facts = L’infraction faisant l’objet de l’enquête et un résumé des faits
route-why-offence_and_facts = La conservation sert une enquête pénale déterminée.
route-item-data = Les données informatiques stockées à conserver et leur lien avec l’infraction
route-why-data = Le fournisseur de services ne peut conserver que les données identifiées.
route-item-custodian = Le gardien des données ou l’emplacement du système informatique
route-why-custodian = L’État requis doit savoir à qui adresser l’injonction.
route-item-necessity = En quoi la conservation est nécessaire
route-why-necessity = Les données peuvent être effacées avant l’arrivée d’une demande d’entraide.
route-item-follow_up = Qu’une demande d’entraide suivra
route-why-follow_up = Les données sont conservées pendant au moins 60 jours dans l’attente de cette demande.

## Treaty participation on a State's page
country-treaties = Participation aux traités
country-treaty = Instrument
country-treaty-status = Statut
country-treaty-since = Depuis
treaty-status-party = Partie
treaty-status-signatory = Signataire
treaty-status-none = Non partie
