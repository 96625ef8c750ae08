# Textes des pages servies par cookiewarden, en français. Chaque message existe aussi dans
# en.ftl ; un test unitaire garde les deux fichiers alignés.

language-name = Français
language-label = Langue
language-submit = Changer de langue

index-title = Sites gérés par cette plateforme
index-intro = Chaque site ci-dessous publie les cookies qu'il dépose, leur usage et leur durée de conservation.
index-policy-link = Politique de cookies
index-platform = Les cookies de cette plateforme

policy-title = Politique de cookies de { $site }
policy-why-heading = Pourquoi { $site } utilise des cookies
policy-why = { $site } a besoin de quelques cookies pour fonctionner comme vous l'attendez. Avec votre accord, il peut en utiliser d'autres pour mesurer son audience ou afficher des contenus d'autres services. Cette page liste chaque cookie déclaré, son usage, qui le dépose et combien de temps il reste dans votre navigateur.
policy-what-heading = Qu'est-ce qu'un cookie ?
policy-what = Un cookie est une petite donnée nommée qu'un site web demande à votre navigateur de conserver. Votre navigateur la garde pendant une durée fixée et la renvoie à ce site à chacune de vos visites. Les cookies peuvent vous garder connecté, retenir le contenu d'un panier ou reconnaître votre navigateur au fil du temps pour compter les visites ou cibler la publicité.
policy-types-heading = Quatre sortes de cookies
policy-type-necessary-name = Les cookies nécessaires
policy-type-necessary = conservent des informations d'une visite à l'autre sur le même appareil : un panier, une connexion, un réglage d'affichage. Le site ne peut pas fonctionner sans eux ; ils sont donc déposés sans vous le demander.
policy-type-statistics-name = Les cookies de statistiques
policy-type-statistics = suivent l'activité des visiteurs pour mesurer l'audience du site. Quand la mesure est anonymisée, sans jamais pouvoir remonter à une personne, elle ne demande pas de consentement ; vous pouvez tout de même vous y opposer.
policy-type-first-party-name = Les cookies internes (ou « first-party »)
policy-type-first-party = sont déposés par le site que vous visitez. Au-delà des cookies nécessaires, ils peuvent servir à collecter des données personnelles, suivre votre comportement sur le site ou diffuser de la publicité.
policy-type-third-party-name = Les cookies tiers
policy-type-third-party = sont déposés par ou pour un autre site, souvent une régie publicitaire, au travers d'un contenu intégré au site que vous visitez. Ils permettent à cet autre site de savoir quelles pages vous avez consultées et de recueillir des informations sur vous.
policy-list-heading = Les cookies de { $site }
policy-none = Ce site ne déclare aucun cookie de ce type.
policy-choices-heading = Changer d'avis
policy-choices = Vous pouvez modifier ou retirer votre choix à tout moment grâce au bouton « Paramètres des cookies » présent sur chaque page de { $site }. Retirer son accord ne demande pas plus d'effort que le donner.
policy-browser = Votre navigateur affiche aussi les cookies qu'il conserve et vous permet de les supprimer ou de les bloquer, pour tous les sites ou pour certains. Cherchez « cookies » ou « données de site » dans ses paramètres ou son aide. Bloquer les cookies nécessaires peut empêcher certaines parties du site de fonctionner.
policy-version = Version de la politique { $version }
policy-services-heading = Services d'autres entreprises
policy-services = Certaines fonctionnalités de { $site } sont fournies par d'autres entreprises : une vidéo intégrée, une carte ou un outil de mesure d'audience, par exemple. Aucun de ces services ne se charge tant que vous n'avez pas autorisé, dans les paramètres des cookies, le type de cookies dont il relève ou ce service en particulier. Chacun figure ci-dessous avec les cookies qu'on lui connaît.
column-service = Nom du service
column-category = Type de cookies
policy-service-no-cookies = aucun connu

category-necessary = Nécessaires
category-necessary-description = Indispensables au fonctionnement du site ; toujours actifs.
category-preferences = Préférences
category-preferences-description = Retiennent des choix qui modifient l'apparence ou le comportement du site, comme une région ou un réglage d'affichage.
category-statistics = Statistiques
category-statistics-description = Mesurent l'audience du site pour l'améliorer.
category-marketing = Marketing
category-marketing-description = Publicité, suivi d'un site à l'autre et contenus intégrés d'autres services, comme des vidéos.

column-provider = Fournisseur
column-function = Fonction et emplacement
column-names = Nom(s) du cookie
column-purpose = Finalité
column-duration = Durée
column-party = Origine
party-first = Interne
party-third = Tiers
name-prefix = tout nom commençant par { $prefix }
exempt-note = Mesure d'audience anonymisée : active sans consentement, vous pouvez vous y opposer.
domain-note = déposé sur { $domain }

duration-session = Jusqu'à la fermeture du navigateur
duration-hour = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
duration-day = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
duration-week = { $n ->
    [one] { $n } semaine
   *[other] { $n } semaines
}
duration-month = { $n } mois
duration-year = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}

not-found-title = Page introuvable
not-found-text = Il n'y a rien à cette adresse.
not-found-site = Aucun site nommé « { $slug } » n'est géré ici.
not-found-home = Voir les sites gérés ici

banner-title = Les cookies sur { $site }
banner-text = { $site } dépose les cookies dont il a besoin pour fonctionner. Avec votre accord, il en utiliserait d'autres pour mesurer son audience et afficher des contenus d'autres services. Refuser est aussi simple qu'accepter, et vous pouvez changer d'avis à tout moment.
banner-accept-all = Tout accepter
banner-reject-all = Tout refuser
banner-customise = Personnaliser
banner-save = Enregistrer mes choix
banner-close = Fermer sans accepter
banner-settings = Paramètres des cookies
banner-policy-link = Politique de cookies
banner-gpc = Votre navigateur envoie le signal Global Privacy Control : les cookies marketing restent désactivés.
banner-always-on = Toujours actifs
banner-exempt = Actif sans consentement ; vous pouvez le désactiver.
banner-placeholder = Ce contenu nécessite les cookies { $category }.
banner-opt-out-text = { $site } utilise des cookies pour fonctionner, mesurer son audience et pour la publicité. Vous pouvez à tout moment vous opposer à la vente et au partage de vos informations personnelles ainsi qu’à la publicité ciblée.
banner-privacy-choices = Vos choix en matière de vie privée
banner-gpc-honoured = Votre demande d’opposition est respectée
banner-notice-ok = J’ai compris
banner-services = Services de ce type
banner-placeholder-accept = Autoriser les cookies { $category }

my-consent-title = Vos choix de cookies sur { $site }
my-consent-none = Vous n'avez encore fait aucun choix sur ce site : seuls les cookies nécessaires sont déposés.
my-consent-none-starts-on = Vous n’avez encore fait aucun choix sur ce site : là où vous vous trouvez, ses cookies sont actifs tant que vous ne les désactivez pas ci-dessous.
my-consent-id = Identifiant du consentement
my-consent-date = Décidé le
my-consent-change = Modifier mes choix
my-consent-withdraw = Retirer mon consentement
my-consent-opt-out = M’opposer à la vente, au partage et à la publicité ciblée
my-consent-opt-out-explained = Une seule action met fin à la vente et au partage de vos informations personnelles et à la publicité ciblée sur ce site ; ses autres cookies restent tels quels.
my-consent-opted-out = Votre opposition à la vente, au partage et à la publicité ciblée est enregistrée pour ce site.
my-consent-back = Retour au site
audience-heading = Mesure d'audience
audience-explained = Pour savoir quelles pages sont lues, chaque visite est comptée sans aucun cookie : l'adresse et le navigateur ne servent qu'à distinguer les visites d'une même journée et ne sont jamais conservés. Personne ne peut être reconnu à partir de ces comptes, qui ne sont pas partagés.
audience-opt-out = Ne pas compter mes visites
audience-stop = Ne plus compter mes visites
audience-resume = Compter de nouveau mes visites
audience-stopped = Vos visites ne sont pas comptées.
stats-title = Statistiques de { $site }
stats-views = Pages vues
stats-visitors = Visiteurs
stats-visitors-note = Les visiteurs sont comptés une fois par jour, sans cookie : sur plusieurs jours, une personne revenue est comptée chaque jour.
stats-audience = Pages vues et visiteurs par jour
stats-top-path = Pages les plus vues
stats-top-referrer = Principaux sites référents
stats-top-browser = Navigateurs
stats-top-os = Systèmes d'exploitation
stats-top-device = Appareils
stats-top-language = Langues
stats-none = (aucun)
stats-decisions = Décisions de consentement
stats-acceptance = Acceptation par catégorie (%)
stats-acceptance-language = Acceptation par langue (%)
stats-undecided = Visiteurs n'ayant jamais décidé (estimation)
stats-nothing = Rien n'a encore été compté.
admin-statistics = Statistiques
choice-on = Activé
choice-off = Désactivé

admin-login-title = Se connecter à cookiewarden
admin-username = Nom d'utilisateur
admin-password = Mot de passe
admin-login-submit = Se connecter
admin-login-failed = Nom d'utilisateur ou mot de passe incorrect.
admin-login-locked = Trop de tentatives échouées. Réessayez dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
admin-csrf-failed = Ce formulaire a expiré ou vient d'un autre site. Rechargez la page et réessayez.
admin-login-busy = Trop de connexions sont en cours. Merci de réessayer dans un instant.
admin-home-title = Sites
admin-signed-in-as = Connecté en tant que { $user }
admin-logout = Se déconnecter
admin-logout-everywhere = Se déconnecter partout
admin-no-sites = Vous n'êtes encore membre d'aucun site ; un administrateur peut vous ajouter.
admin-site-policy = Politique cookies
admin-role-admin = administrateur
admin-role-editor = éditeur
admin-role-viewer = lecteur
admin-consents = Journal des consentements
admin-consents-title = Journal des consentements de { $site }
admin-consents-count = { $total ->
    [0] Aucun enregistrement ne correspond
    [one] Un enregistrement correspond
   *[other] { $total } enregistrements correspondent
} ; { $shown } sur cette page.
admin-col-time = Enregistré (UTC)
admin-col-id = Identifiant de consentement
admin-col-method = Méthode
admin-col-choices = Accordé
admin-col-language = Langue
admin-col-rules = Région et règles
admin-filter-from = Du
admin-filter-to = Au
admin-filter-method = Méthode
admin-filter-any = toutes
admin-filter-id = Identifiant de consentement
admin-filter-submit = Filtrer
admin-export-csv = Télécharger en CSV
admin-not-member = Vous n'êtes pas membre de ce site.
admin-bad-filter = Valeur de filtre invalide `{ $value }` : les dates s'écrivent AAAA-MM-JJ, les méthodes comme enregistrées.
admin-users = Utilisateurs
admin-audit = Journal d'audit
admin-col-user = Utilisateur
admin-col-roles = Rôles
admin-col-state = État
admin-col-actor = Qui
admin-col-action = Quoi
admin-col-target = Sur
admin-col-before = Avant
admin-col-after = Après
admin-state-active = actif
admin-state-disabled = désactivé
admin-disable = Désactiver
admin-enable = Réactiver
admin-not-admin = Seuls les administrateurs peuvent faire cela.
admin-not-yourself = Vous ne pouvez pas désactiver votre propre compte.
admin-unknown-user = Cet utilisateur n'existe pas.
admin-settings = Réglages
admin-settings-title = Réglages de { $site }
admin-field-name = Nom
admin-field-origins = Origines
admin-field-origins-help = Les adresses d’où le site est servi, une par ligne, comme https://www.example.org. Le bandeau ne répond qu’aux pages de ces adresses.
admin-field-languages = Langues
admin-field-languages-help = Codes de langue séparés par des virgules, comme en, fr.
admin-field-default-language = Langue par défaut
admin-field-default-language-help = Utilisée lorsque le navigateur du visiteur ne demande aucune des langues du site.
admin-field-consent-lifetime = Durée d’un choix
admin-field-consent-lifetime-help = Combien de temps le choix d’un visiteur vaut avant que le bandeau ne le redemande, comme 6 months ; 13 mois au plus.
admin-field-refusal-cooldown = Durée de respect d’un refus
admin-field-refusal-cooldown-help = Pendant combien de temps le bandeau ne redemande rien après un refus de tout, même si la politique change, comme 6 months (par défaut) ; 400 jours au plus.
admin-field-cookie-domain = Domaine partagé du cookie
admin-field-cookie-domain-help = Un domaine parent de toutes les origines, comme example.org, pour que tous ses sous-domaines partagent un seul choix. Laissez vide pour garder le choix propre à chaque hôte.
admin-field-default-region = Région par défaut
admin-field-default-region-help = La région des visiteurs que l’en-tête de votre frontal ne situe pas : un code ISO 3166 comme FR ou US-CA. Laissez vide pour EU.
admin-field-regions = Règles par région
admin-field-regions-help = Une ligne par règle, à la place des règles par défaut (opt-out aux États-Unis, opt-in ailleurs) : les régions, deux-points, opt-in, opt-out ou notice, puis éventuellement la durée de respect d’un refus, comme US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Chemin de la politique cookies
admin-field-policy-path-help = L’emplacement de la politique cookies sur le site, comme /cookies-policy.
admin-field-statistics-retention = Conservation des données d’audience brutes
admin-field-statistics-retention-help = 25 mois au plus. Les totaux quotidiens restent une fois les données brutes supprimées.
admin-field-statistics-query = Paramètres de requête gardés
admin-field-statistics-query-help = Les paramètres gardés dans les chemins mesurés, séparés par des virgules, comme q, page. Laissez vide pour n’en garder aucun.
admin-field-statistics-cookie = Reconnaître les visiteurs qui reviennent
admin-field-statistics-cookie-help = Dépose un cookie propre au site pour 13 mois, jamais renouvelé, et le déclare dans la politique.
admin-services = Services tiers
admin-services-help = Les services d’autres entreprises utilisés par ce site. La passerelle retient leurs balises tant que le visiteur ne les a pas autorisés, et la politique les présente avec leurs cookies. Les services propres au site, avec leurs hôtes et leurs extraits de code, sont décrits dans son fichier de définition.
admin-services-none = Ce site ne déclare aucun service.
admin-service-add = Ajouter le service
admin-service-remove = Retirer
admin-service-own = propre au site
admin-service-catalogue = issu du catalogue
admin-save = Enregistrer
admin-saved = Enregistré.
admin-missing-texts = Le cookie { $cookie } n’a pas de fonction ou de finalité rédigée en { $languages } : les visiteurs qui lisent ces langues voient le texte en { $default } à la place.
admin-read-only = Vous pouvez lire ces réglages ; seuls les éditeurs et les administrateurs les modifient.
admin-not-editor = Seuls les éditeurs et les administrateurs du site peuvent le modifier.
admin-cookies = Cookies déclarés
admin-col-pattern = Nom
admin-col-category = Catégorie
admin-col-party = Origine
admin-col-duration = Durée
admin-col-provider = Fournisseur
admin-col-status = Statut
admin-delete = Supprimer
admin-unknown-cookie = Ce site ne déclare pas ce cookie.
admin-add-cookie = Déclarer un cookie
admin-field-cookie-name = Nom
admin-field-cookie-name-help = Terminez-le par * pour déclarer tous les cookies qui commencent ainsi.
admin-field-provider = Fournisseur
admin-field-category = Catégorie
admin-field-party = Origine
admin-field-party-help = first : déposé par le site lui-même ; third : déposé par le domaine d’une autre entreprise.
admin-field-duration = Durée
admin-field-duration-help = Par exemple 13 months, 1 day ou session.
admin-field-domain = Domaine
admin-field-domain-help = Facultatif : le domaine sur lequel le cookie est déposé, s’il n’est pas celui du site.
admin-field-path = Chemin
admin-field-function = Fonction et emplacement
admin-field-function-help = Ce que fait le cookie, et à quel endroit du site il est déposé.
admin-field-purpose = Finalité
admin-field-purpose-help = Pourquoi le site en a besoin, en des mots que le visiteur comprend.
admin-add = Ajouter
admin-field-exempt = Exempté de consentement
admin-field-exempt-help = Réservé à la mesure d’audience propre au site, conservée 13 mois au plus.
admin-field-status = Statut
admin-field-status-help = Un brouillon reste hors de la politique publiée tant qu’il n’est pas rendu actif.
admin-edit = Modifier
admin-edit-cookie-title = Déclaration de { $name }
admin-preview = Aperçu de la politique
admin-preview-notice = Aperçu : la politique telle que les visiteurs la liront, { $drafts ->
    [0] sans déclaration en brouillon.
    [one] avec une déclaration en brouillon rendue active.
   *[other] avec { $drafts } déclarations en brouillon rendues actives.
}
admin-new-site = Nouveau site
admin-field-slug = Identifiant
admin-field-slug-help = Minuscules, chiffres et tirets. Il figure dans les adresses et ne peut plus changer ensuite.
admin-create = Créer
admin-tokens = Jetons d'API
admin-api-document = Description de l'API (OpenAPI)
admin-token-created = Voici le nouveau jeton. Copiez-le maintenant : il ne sera plus affiché.
admin-field-label = Libellé
admin-field-sites = Sites
admin-field-access = Accès
admin-access-read = lecture seule
admin-access-write = lecture et écriture
admin-all-sites = tous les sites sur lesquels vous travaillez
admin-col-created = Créé (UTC)
admin-col-last-used = Dernier usage (UTC)
admin-revoke = Révoquer
admin-no-tokens = Aucun jeton pour l'instant.
admin-new-token = Nouveau jeton
admin-unknown-token = Ce jeton n'existe pas.
admin-add-user = Ajouter un utilisateur
admin-field-role = Rôle
admin-field-member-of = Sites
admin-field-member-of-help = Les sites sur lesquels travaille un éditeur ou un lecteur ; un administrateur travaille sur tous.
admin-texts = Textes du bandeau et de la politique
admin-texts-help = Écrivez les mots du site dans chacune de ses langues ; un champ laissé vide garde le texte de la plateforme, affiché en grisé.
admin-field-banner-title = Titre du bandeau
admin-field-banner-text = Paragraphe du bandeau
admin-field-policy-intro = Paragraphe d'ouverture de la politique

admin-nav = Administration
admin-site-nav = Pages de { $site }
admin-older = Enregistrements plus anciens
admin-newer = Enregistrements plus récents
admin-show-oldest = Afficher les plus anciens d’abord
admin-show-newest = Afficher les plus récents d’abord
admin-confirm-title = Confirmation
admin-confirm-delete-cookie = Supprimer la déclaration de { $name } ? Le cookie quitte aussitôt la politique publiée ; les preuves de consentement déjà conservées restent telles quelles.
admin-confirm-revoke-token = Révoquer le jeton « { $label } » ? Tout script qui l’utilise sera refusé désormais.
admin-cancel = Annuler
admin-sorted-ascending = trié par ordre croissant
admin-sorted-descending = trié par ordre décroissant
admin-pages = Pages du tableau
stats-show-numbers = Les chiffres
stats-demo-data = Ces chiffres sont des données de démonstration synthétiques, créées au premier démarrage de la démo sur une base vide.
admin-col-links = Aller à
admin-newest = Les changements les plus récents
admin-older-changes = Changements plus anciens
