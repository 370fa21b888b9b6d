# Messages the service sends by e-mail, in French. Plain text: no markup.

mail-signature = Le répertoire des autorités nationales compétentes
mail-digest-subject = { $count ->
    [one] { $name } : { $count } fiche à confirmer dans le répertoire des autorités compétentes
   *[other] { $name } : { $count } fiches à confirmer dans le répertoire des autorités compétentes
}
mail-digest-greeting = Madame, Monsieur,
mail-digest-lead = En votre qualité de point focal ({ $name }), vous tenez à jour les fiches de cet État dans le répertoire des autorités nationales compétentes : les praticiens s’y fient pour adresser leurs demandes de coopération au bon service, par la bonne voie de transmission. { $count ->
    [one] La fiche ci-dessous doit être confirmée.
   *[other] Les { $count } fiches ci-dessous doivent être confirmées.
}
mail-digest-how = Pour chacune d’elles : si elle est toujours exacte, ouvrez son lien de confirmation et confirmez-la. Si quelque chose a changé, corrigez-la plutôt dans la console.
mail-digest-due-soon = Dernière confirmation le { $date } ; à défaut de confirmation, elle ne sera plus considérée comme à jour à compter du { $until }.
mail-digest-stale = Dernière confirmation le { $date } ; non confirmée depuis plus d’un an, elle est signalée aux praticiens par un avertissement.
mail-digest-confirm = Confirmer : { $link }
mail-digest-edit = Modifier : { $link }
mail-digest-links = Chaque lien de confirmation ne confirme que la fiche qu’il désigne, une seule fois, jusqu’au { $date }.
mail-digest-pause = Vous recevez ces rappels en votre qualité de point focal. Vous pouvez les suspendre dans vos paramètres : { $link }
mail-summary-subject = Mise à jour du répertoire : récapitulatif du mois { $month }
mail-summary-lead = État de mise à jour du répertoire des autorités nationales compétentes au { $date }.
mail-summary-figures = Fiches actives à jour (confirmées ou modifiées depuis moins d’un an) : { $count } sur { $total }.
mail-summary-changed = { $count ->
    [one] Au cours du mois { $month }, { $count } fiche a été ajoutée, modifiée ou supprimée
   *[other] Au cours du mois { $month }, { $count } fiches ont été ajoutées, modifiées ou supprimées
} et { $confirmed ->
    [one] { $confirmed } autorité a été confirmée.
   *[other] { $confirmed } autorités ont été confirmées.
}
mail-summary-stale-states = { $count ->
    [0] Aucun État n’a de fiches non confirmées depuis plus d’un an.
    [one] Un État a des fiches non confirmées depuis plus d’un an :
   *[other] { $count } États ont des fiches non confirmées depuis plus d’un an (en commençant par ceux qui en ont le plus) :
}
mail-summary-stale-line = { $name } : { $count } non à jour sur { $total }
mail-summary-no-focal-point = { $count ->
    [0] Tous les États ayant des fiches ont un point focal actif.
    [one] Un État ayant des fiches n’a pas de point focal actif :
   *[other] { $count } États ayant des fiches n’ont pas de point focal actif :
}
mail-summary-more = { $count ->
    [one] et { $count } autre État
   *[other] et { $count } autres États
}
mail-summary-outbox = { $count ->
    [0] Aucun message n’est en attente dans la boîte d’envoi.
    [one] Un message est en attente dans la boîte d’envoi.
   *[other] { $count } messages sont en attente dans la boîte d’envoi.
}
mail-summary-links = État de mise à jour du répertoire : { $link }
mail-summary-admin = Rappels, boîte d’envoi et États sans point focal : { $link }
