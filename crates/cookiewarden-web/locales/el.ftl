# Κείμενα των σελίδων που εξυπηρετεί το cookiewarden, στα ελληνικά. Κάθε μήνυμα του αρχείου υπάρχει
# και στο en.ftl· ένας έλεγχος μονάδας (unit test) κρατά τα δύο αρχεία συγχρονισμένα.

language-name = Ελληνικά
language-label = Γλώσσα
language-submit = Αλλαγή γλώσσας

index-title = Ιστότοποι που διαχειρίζεται αυτή η πλατφόρμα
index-intro = Κάθε ιστότοπος παρακάτω δημοσιεύει τα cookies που τοποθετεί, σε τι χρησιμεύουν και για πόσο διατηρούνται.
index-policy-link = Πολιτική cookies
index-platform = Τα cookies αυτής της πλατφόρμας

policy-title = Πολιτική cookies του ιστότοπου { $site }
policy-why-heading = Γιατί ο ιστότοπος { $site } χρησιμοποιεί cookies
policy-why = Ο ιστότοπος { $site } χρειάζεται ορισμένα cookies για να λειτουργεί όπως περιμένετε. Με τη συγκατάθεσή σας μπορεί να χρησιμοποιεί και άλλα, για να μετρά την επισκεψιμότητά του ή για να εμφανίζει περιεχόμενο από άλλες υπηρεσίες. Αυτή η σελίδα παραθέτει κάθε cookie που δηλώνει ο ιστότοπος: σε τι χρησιμεύει, ποιος το τοποθετεί και πόσο παραμένει στο πρόγραμμα περιήγησής σας.
policy-what-heading = Τι είναι ένα cookie;
policy-what = Ένα cookie είναι ένα μικρό κομμάτι δεδομένων με όνομα, το οποίο ένας ιστότοπος ζητά από το πρόγραμμα περιήγησής σας να κρατήσει. Το πρόγραμμα περιήγησης το αποθηκεύει για ορισμένο χρόνο και το στέλνει πίσω σε αυτόν τον ιστότοπο κάθε φορά που επιστρέφετε. Τα cookies μπορούν να διατηρούν τη σύνδεσή σας, να θυμούνται το περιεχόμενο ενός καλαθιού αγορών ή να αναγνωρίζουν το πρόγραμμα περιήγησής σας με τον καιρό, για να μετρούν επισκέψεις ή για να στοχεύουν διαφημίσεις.
policy-types-heading = Τέσσερα είδη cookies
policy-type-necessary-name = Απαραίτητα cookies
policy-type-necessary = διατηρούν πληροφορίες από τη μία επίσκεψη στην άλλη στην ίδια συσκευή, όπως ένα καλάθι αγορών, μια σύνδεση ή μια ρύθμιση εμφάνισης. Ο ιστότοπος δεν μπορεί να λειτουργήσει χωρίς αυτά, γι' αυτό τοποθετούνται χωρίς να ερωτηθείτε.
policy-type-statistics-name = Cookies στατιστικών
policy-type-statistics = καταγράφουν τι κάνουν οι επισκέπτες στον ιστότοπο, για να μετρηθεί η επισκεψιμότητά του. Όταν η μέτρηση είναι ανωνυμοποιημένη, ώστε να μην μπορεί ποτέ να συνδεθεί με συγκεκριμένο πρόσωπο, δεν απαιτείται συγκατάθεση· μπορείτε πάντως να εξαιρεθείτε από αυτήν.
policy-type-first-party-name = Cookies πρώτου μέρους
policy-type-first-party = τοποθετούνται από τον ιστότοπο που επισκέπτεστε. Πέρα από τα απαραίτητα, μπορούν να συλλέγουν δεδομένα προσωπικού χαρακτήρα, να παρακολουθούν τη συμπεριφορά σας στον ιστότοπο ή να προβάλλουν διαφημίσεις.
policy-type-third-party-name = Cookies τρίτων
policy-type-third-party = τοποθετούνται από άλλον ιστότοπο ή για λογαριασμό του —συχνά από κάποιον διαφημιστή— μέσω περιεχομένου ενσωματωμένου στον ιστότοπο που επισκέπτεστε. Επιτρέπουν σε αυτόν τον άλλο ιστότοπο να μαθαίνει ποιες σελίδες είδατε και να συγκεντρώνει πληροφορίες για εσάς.
policy-list-heading = Τα cookies του ιστότοπου { $site }
policy-none = Ο ιστότοπος δεν δηλώνει κανένα cookie αυτού του είδους.
policy-choices-heading = Αν αλλάξετε γνώμη
policy-choices = Μπορείτε να αλλάξετε ή να ανακαλέσετε την επιλογή σας οποιαδήποτε στιγμή με το κουμπί «Ρυθμίσεις cookies», που εμφανίζεται σε κάθε σελίδα του ιστότοπου { $site }. Η ανάκληση δεν απαιτεί περισσότερη προσπάθεια από τη συγκατάθεση.
policy-browser = Το πρόγραμμα περιήγησής σας εμφανίζει επίσης τα cookies που αποθηκεύει και σας επιτρέπει να τα διαγράψετε ή να τα αποκλείσετε, για όλους τους ιστότοπους ή για ορισμένους. Αναζητήστε «cookies» ή «δεδομένα ιστότοπου» στις ρυθμίσεις ή στη βοήθειά του. Αν αποκλείσετε τα απαραίτητα cookies, ορισμένα τμήματα του ιστότοπου ενδέχεται να μη λειτουργούν.
policy-version = Έκδοση πολιτικής { $version }
policy-services-heading = Υπηρεσίες άλλων εταιρειών
policy-services = Ορισμένες λειτουργίες του ιστότοπου { $site } προέρχονται από άλλες εταιρείες, όπως ένα ενσωματωμένο βίντεο, ένας χάρτης ή ένα εργαλείο μέτρησης επισκεψιμότητας. Καμία δεν φορτώνεται πριν επιτρέψετε, στις ρυθμίσεις cookies, το είδος cookies στο οποίο ανήκει ή τη συγκεκριμένη υπηρεσία. Εδώ αναφέρεται καθεμία μαζί με τα cookies που είναι γνωστό ότι τοποθετεί.
column-service = Υπηρεσία
column-category = Είδος cookies
policy-service-no-cookies = κανένα γνωστό

category-necessary = Απαραίτητα
category-necessary-description = Χρειάζονται για τη λειτουργία του ιστότοπου· είναι πάντα ενεργά.
category-preferences = Προτιμήσεις
category-preferences-description = Θυμούνται επιλογές που αλλάζουν την εμφάνιση ή τη συμπεριφορά του ιστότοπου, όπως μια περιοχή ή μια ρύθμιση εμφάνισης.
category-statistics = Στατιστικά
category-statistics-description = Μετρούν την επισκεψιμότητα του ιστότοπου, για να γίνει καλύτερος.
category-marketing = Μάρκετινγκ
category-marketing-description = Διαφήμιση, παρακολούθηση από ιστότοπο σε ιστότοπο και ενσωματωμένο περιεχόμενο από άλλες υπηρεσίες, όπως βίντεο.

column-provider = Πάροχος
column-function = Λειτουργία και θέση
column-names = Όνομα/ονόματα cookie
column-purpose = Σκοπός
column-duration = Διάρκεια
column-party = Μέρος
party-first = Πρώτο μέρος
party-third = Τρίτο μέρος
name-prefix = οποιοδήποτε όνομα αρχίζει με { $prefix }
exempt-note = Ανωνυμοποιημένη μέτρηση επισκεψιμότητας: ενεργή χωρίς συγκατάθεση· μπορείτε να εξαιρεθείτε.
domain-note = τοποθετείται στον τομέα { $domain }

duration-session = Μέχρι να κλείσει το πρόγραμμα περιήγησης
duration-hour = { $n ->
    [one] { $n } ώρα
   *[other] { $n } ώρες
}
duration-day = { $n ->
    [one] { $n } ημέρα
   *[other] { $n } ημέρες
}
duration-week = { $n ->
    [one] { $n } εβδομάδα
   *[other] { $n } εβδομάδες
}
duration-month = { $n ->
    [one] { $n } μήνας
   *[other] { $n } μήνες
}
duration-year = { $n ->
    [one] { $n } έτος
   *[other] { $n } έτη
}

not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση.
not-found-site = Εδώ δεν γίνεται διαχείριση κανενός ιστότοπου με το όνομα «{ $slug }».
not-found-home = Δείτε τους ιστότοπους που διαχειρίζεται η πλατφόρμα

banner-title = Cookies στον ιστότοπο { $site }
banner-text = Ο ιστότοπος { $site } τοποθετεί τα cookies που χρειάζεται για να λειτουργεί. Με τη συγκατάθεσή σας θα χρησιμοποιούσε και άλλα, για να μετρά την επισκεψιμότητά του και για να εμφανίζει περιεχόμενο από άλλες υπηρεσίες. Η άρνηση είναι εξίσου εύκολη με την αποδοχή και μπορείτε να αλλάξετε γνώμη οποιαδήποτε στιγμή.
banner-accept-all = Αποδοχή όλων
banner-reject-all = Απόρριψη όλων
banner-customise = Προσαρμογή
banner-save = Αποθήκευση επιλογών
banner-close = Κλείσιμο χωρίς αποδοχή
banner-settings = Ρυθμίσεις cookies
banner-policy-link = Πολιτική cookies
banner-gpc = Το πρόγραμμα περιήγησής σας στέλνει το σήμα Global Privacy Control, γι' αυτό τα cookies μάρκετινγκ παραμένουν απενεργοποιημένα.
banner-always-on = Πάντα ενεργά
banner-exempt = Λειτουργεί χωρίς συγκατάθεση· μπορείτε να το απενεργοποιήσετε.
banner-placeholder = Αυτό το περιεχόμενο χρειάζεται cookies της κατηγορίας «{ $category }».
banner-placeholder-accept = Αποδοχή cookies «{ $category }»
banner-opt-out-text = Ο ιστότοπος { $site } χρησιμοποιεί cookies για να λειτουργεί, για να μετρά την επισκεψιμότητά του και για διαφήμιση. Μπορείτε οποιαδήποτε στιγμή να εξαιρεθείτε από την πώληση και την κοινοποίηση των προσωπικών σας πληροφοριών, καθώς και από τη στοχευμένη διαφήμιση.
banner-privacy-choices = Οι επιλογές απορρήτου σας
banner-gpc-honoured = Το αίτημα εξαίρεσης έγινε σεβαστό
banner-notice-ok = Εντάξει
banner-services = Υπηρεσίες αυτού του είδους

my-consent-title = Οι επιλογές σας για τα cookies στον ιστότοπο { $site }
my-consent-none = Δεν έχετε κάνει ακόμη επιλογή σε αυτόν τον ιστότοπο: τοποθετούνται μόνο τα απαραίτητα cookies.
my-consent-none-starts-on = Δεν έχετε κάνει ακόμη επιλογή σε αυτόν τον ιστότοπο: στην περιοχή όπου βρίσκεστε, τα cookies του είναι ενεργά μέχρι να τα απενεργοποιήσετε παρακάτω.
my-consent-id = Αναγνωριστικό συγκατάθεσης
my-consent-date = Ημερομηνία απόφασης
my-consent-change = Αλλαγή των επιλογών μου
my-consent-withdraw = Ανάκληση της συγκατάθεσής μου
my-consent-back = Επιστροφή στον ιστότοπο
my-consent-opt-out = Εξαίρεση από πώληση, κοινοποίηση και στοχευμένη διαφήμιση
my-consent-opt-out-explained = Με μία μόνο ενέργεια σταματούν η πώληση και η κοινοποίηση των προσωπικών σας πληροφοριών, καθώς και η στοχευμένη διαφήμιση, σε αυτόν τον ιστότοπο· τα υπόλοιπα cookies του ιστότοπου μένουν ως έχουν.
my-consent-opted-out = Έχετε εξαιρεθεί από την πώληση, την κοινοποίηση και τη στοχευμένη διαφήμιση σε αυτόν τον ιστότοπο.
audience-heading = Μέτρηση επισκεψιμότητας
audience-explained = Για να φαίνεται ποιες σελίδες διαβάζονται, κάθε επίσκεψη μετριέται χωρίς κανένα cookie: η διεύθυνση και το πρόγραμμα περιήγησης χρησιμοποιούνται μόνο για να ξεχωρίζουν μεταξύ τους οι επισκέψεις της ίδιας ημέρας και δεν αποθηκεύονται ποτέ. Κανείς δεν μπορεί να αναγνωριστεί από αυτές τις μετρήσεις, οι οποίες δεν κοινοποιούνται σε κανέναν.
audience-opt-out = Να μη μετρώνται οι επισκέψεις μου
audience-stop = Διακοπή μέτρησης των επισκέψεών μου
audience-resume = Να μετρώνται ξανά οι επισκέψεις μου
audience-stopped = Οι επισκέψεις σας δεν μετρώνται.
stats-title = Στατιστικά του ιστότοπου { $site }
stats-views = Προβολές σελίδων
stats-visitors = Επισκέπτες
stats-visitors-note = Οι επισκέπτες μετρώνται μία φορά την ημέρα, χωρίς cookies: σε διάστημα αρκετών ημερών, όποιος επέστρεψε μετριέται κάθε ημέρα.
stats-audience = Προβολές σελίδων και επισκέπτες ανά ημέρα
stats-top-path = Δημοφιλέστερες σελίδες
stats-top-referrer = Κύριες πηγές παραπομπής
stats-top-browser = Προγράμματα περιήγησης
stats-top-os = Λειτουργικά συστήματα
stats-top-device = Συσκευές
stats-top-language = Γλώσσες
stats-none = (κανένα)
stats-decisions = Αποφάσεις συγκατάθεσης
stats-acceptance = Αποδοχή ανά κατηγορία (%)
stats-acceptance-language = Αποδοχή ανά γλώσσα (%)
stats-undecided = Επισκέπτες που δεν αποφάσισαν ποτέ (εκτίμηση)
stats-nothing = Δεν έχει μετρηθεί τίποτα ακόμη.
admin-statistics = Στατιστικά
choice-on = Ενεργό
choice-off = Ανενεργό

admin-login-title = Σύνδεση στο cookiewarden
admin-username = Όνομα χρήστη
admin-password = Κωδικός πρόσβασης
admin-login-submit = Σύνδεση
admin-login-failed = Λάθος όνομα χρήστη ή κωδικός πρόσβασης.
admin-login-locked = Πάρα πολλές αποτυχημένες προσπάθειες. Δοκιμάστε ξανά σε { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}.
admin-csrf-failed = Η φόρμα αυτή έχει λήξει ή στάλθηκε από άλλον ιστότοπο. Φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι.
admin-login-busy = Αυτή τη στιγμή συνδέονται πάρα πολλοί χρήστες. Δοκιμάστε ξανά σε λίγο.
admin-home-title = Ιστότοποι
admin-signed-in-as = Σύνδεση ως { $user }
admin-logout = Αποσύνδεση
admin-logout-everywhere = Αποσύνδεση από όλες τις συσκευές
admin-no-sites = Δεν είστε ακόμη μέλος κανενός ιστότοπου· ένας διαχειριστής μπορεί να σας προσθέσει.
admin-site-policy = Πολιτική cookies
admin-role-admin = διαχειριστής
admin-role-editor = συντάκτης
admin-role-viewer = αναγνώστης
admin-consents = Αρχείο συγκαταθέσεων
admin-consents-title = Αρχείο συγκαταθέσεων του ιστότοπου { $site }
admin-consents-count = { $total ->
    [0] Καμία εγγραφή δεν ταιριάζει
    [one] Ταιριάζει μία εγγραφή
   *[other] Ταιριάζουν { $total } εγγραφές
}· { $shown } σε αυτή τη σελίδα.
admin-col-time = Καταχώριση (UTC)
admin-col-id = Αναγνωριστικό συγκατάθεσης
admin-col-method = Τρόπος
admin-col-choices = Εγκρίθηκαν
admin-col-language = Γλώσσα
admin-col-rules = Περιοχή και κανόνες
admin-filter-from = Από
admin-filter-to = Έως
admin-filter-method = Τρόπος
admin-filter-any = οποιοσδήποτε
admin-filter-id = Αναγνωριστικό συγκατάθεσης
admin-filter-submit = Φιλτράρισμα
admin-export-csv = Λήψη σε CSV
admin-not-member = Δεν είστε μέλος αυτού του ιστότοπου.
admin-bad-filter = Μη έγκυρη τιμή φίλτρου `{ $value }`: οι ημερομηνίες γράφονται ΕΕΕΕ-ΜΜ-ΗΗ και οι τρόποι όπως έχουν καταγραφεί.
admin-users = Χρήστες
admin-audit = Αρχείο ελέγχου
admin-col-user = Χρήστης
admin-col-roles = Ρόλοι
admin-col-state = Κατάσταση
admin-col-actor = Ποιος
admin-col-action = Τι
admin-col-target = Σε τι
admin-col-before = Πριν
admin-col-after = Μετά
admin-state-active = ενεργός
admin-state-disabled = απενεργοποιημένος
admin-disable = Απενεργοποίηση
admin-enable = Ενεργοποίηση
admin-not-admin = Μόνο οι διαχειριστές μπορούν να το κάνουν αυτό.
admin-not-yourself = Δεν μπορείτε να απενεργοποιήσετε τον δικό σας λογαριασμό.
admin-unknown-user = Δεν υπάρχει τέτοιος χρήστης.
admin-settings = Ρυθμίσεις
admin-settings-title = Ρυθμίσεις του ιστότοπου { $site }
admin-field-name = Όνομα
admin-field-origins = Προελεύσεις
admin-field-origins-help = Οι διευθύνσεις από τις οποίες εξυπηρετείται ο ιστότοπος, μία ανά γραμμή, π.χ. https://www.example.org. Το μπάνερ απαντά μόνο σε σελίδες από αυτές τις διευθύνσεις.
admin-field-languages = Γλώσσες
admin-field-languages-help = Κωδικοί γλωσσών χωρισμένοι με κόμματα, π.χ. en, fr.
admin-field-default-language = Προεπιλεγμένη γλώσσα
admin-field-default-language-help = Χρησιμοποιείται όταν το πρόγραμμα περιήγησης του επισκέπτη δεν ζητά καμία από τις γλώσσες του ιστότοπου.
admin-field-consent-lifetime = Διάρκεια ισχύος επιλογής
admin-field-consent-lifetime-help = Για πόσο ισχύει η επιλογή ενός επισκέπτη πριν το μπάνερ ρωτήσει ξανά, π.χ. 6 months· το πολύ 13 μήνες.
admin-field-refusal-cooldown = Διάρκεια σεβασμού άρνησης
admin-field-refusal-cooldown-help = Για πόσο διάστημα το μπάνερ δεν ρωτά ξανά μετά από άρνηση όλων, ακόμη κι αν αλλάξει η πολιτική, π.χ. 6 months (η προεπιλογή)· το πολύ 400 ημέρες.
admin-field-cookie-domain = Κοινός τομέας cookie
admin-field-cookie-domain-help = Ένας γονικός τομέας όλων των προελεύσεων, π.χ. example.org, ώστε όλοι οι υποτομείς του να μοιράζονται μία επιλογή. Αφήστε το κενό για να διατηρείται η επιλογή χωριστά σε κάθε κεντρικό υπολογιστή.
admin-field-default-region = Προεπιλεγμένη περιοχή
admin-field-default-region-help = Η περιοχή των επισκεπτών που δεν εντοπίζει η κεφαλίδα περιοχής του εμπρόσθιου διακομιστή σας: κωδικός ISO 3166, π.χ. FR ή US-CA. Αφήστε το κενό για EU.
admin-field-regions = Κανόνες ανά περιοχή
admin-field-regions-help = Μία γραμμή ανά κανόνα, στη θέση των προεπιλεγμένων (opt-out στις Ηνωμένες Πολιτείες, opt-in αλλού): περιοχές, άνω και κάτω τελεία, opt-in, opt-out ή notice και, προαιρετικά, για πόσο γίνεται σεβαστή εκεί μια άρνηση, π.χ. US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Διαδρομή πολιτικής cookies
admin-field-policy-path-help = Πού βρίσκεται η πολιτική cookies στον ιστότοπο, π.χ. /cookies-policy.
admin-field-statistics-retention = Διατήρηση ακατέργαστων δεδομένων επισκεψιμότητας
admin-field-statistics-retention-help = Το πολύ 25 μήνες. Τα ημερήσια σύνολα παραμένουν και μετά τη διαγραφή των ακατέργαστων δεδομένων.
admin-field-statistics-query = Παράμετροι ερωτήματος που διατηρούνται
admin-field-statistics-query-help = Οι παράμετροι που διατηρούνται στις διαδρομές των σελίδων που μετρώνται, χωρισμένες με κόμματα, π.χ. q, page. Αφήστε το κενό για να μη διατηρείται καμία.
admin-field-statistics-cookie = Αναγνώριση επισκεπτών που επιστρέφουν
admin-field-statistics-cookie-help = Τοποθετεί ένα cookie πρώτου μέρους για 13 μήνες, χωρίς ανανέωση, και το δηλώνει στην πολιτική.
admin-services = Υπηρεσίες
admin-services-help = Υπηρεσίες άλλων εταιρειών που χρησιμοποιεί αυτός ο ιστότοπος. Η πύλη συγκρατεί τις ετικέτες τους μέχρι να τις επιτρέψει ο επισκέπτης, και η πολιτική τις παραθέτει μαζί με τα cookies τους. Οι δικές υπηρεσίες του ιστότοπου, με τους κεντρικούς υπολογιστές και τα αποσπάσματα κώδικά τους, περιγράφονται στο αρχείο ορισμού του.
admin-services-none = Ο ιστότοπος δεν περιλαμβάνει καμία υπηρεσία.
admin-service-add = Προσθήκη της υπηρεσίας
admin-service-remove = Αφαίρεση
admin-service-own = του ίδιου του ιστότοπου
admin-service-catalogue = από τον κατάλογο
admin-save = Αποθήκευση
admin-saved = Αποθηκεύτηκε.
admin-missing-texts = Το cookie { $cookie } δεν έχει λειτουργία ή σκοπό γραμμένο στις εξής γλώσσες: { $languages }. Οι επισκέπτες που διαβάζουν αυτές τις γλώσσες βλέπουν στη θέση του το κείμενο στην προεπιλεγμένη γλώσσα ({ $default }).
admin-read-only = Μπορείτε να δείτε αυτές τις ρυθμίσεις· μόνο οι συντάκτες και οι διαχειριστές τις αλλάζουν.
admin-not-editor = Μόνο οι συντάκτες και οι διαχειριστές του ιστότοπου μπορούν να κάνουν αλλαγές σε αυτόν.
admin-cookies = Δηλωμένα cookies
admin-col-pattern = Όνομα
admin-col-category = Κατηγορία
admin-col-party = Μέρος
admin-col-duration = Διάρκεια
admin-col-provider = Πάροχος
admin-col-status = Κατάσταση
admin-delete = Διαγραφή
admin-unknown-cookie = Ο ιστότοπος δεν δηλώνει τέτοιο cookie.
admin-add-cookie = Δήλωση cookie
admin-field-cookie-name = Όνομα
admin-field-cookie-name-help = Προσθέστε * στο τέλος για να δηλώσετε κάθε cookie του οποίου το όνομα αρχίζει έτσι.
admin-field-provider = Πάροχος
admin-field-category = Κατηγορία
admin-field-party = Μέρος
admin-field-party-help = first: το τοποθετεί ο ίδιος ο ιστότοπος· third: το τοποθετεί ο τομέας άλλης εταιρείας.
admin-field-duration = Διάρκεια
admin-field-duration-help = Π.χ. 13 months, 1 day ή session.
admin-field-domain = Τομέας
admin-field-domain-help = Προαιρετικό: ο τομέας στον οποίο τοποθετείται το cookie, όταν δεν είναι ο τομέας του ίδιου του ιστότοπου.
admin-field-path = Διαδρομή
admin-field-function = Λειτουργία και θέση
admin-field-function-help = Τι κάνει το cookie και σε ποιο σημείο του ιστότοπου τοποθετείται.
admin-field-purpose = Σκοπός
admin-field-purpose-help = Γιατί το χρειάζεται ο ιστότοπος, με λόγια που καταλαβαίνει ένας επισκέπτης.
admin-add = Προσθήκη
admin-field-exempt = Εξαιρείται από τη συγκατάθεση
admin-field-exempt-help = Ισχύει μόνο για μέτρηση επισκεψιμότητας πρώτου μέρους που διατηρείται το πολύ 13 μήνες.
admin-field-status = Κατάσταση
admin-field-status-help = Ένα πρόχειρο μένει εκτός της δημοσιευμένης πολιτικής μέχρι να γίνει ενεργό.
admin-edit = Επεξεργασία
admin-edit-cookie-title = Δήλωση του cookie { $name }
admin-preview = Προεπισκόπηση πολιτικής
admin-preview-notice = Προεπισκόπηση: η πολιτική όπως θα τη διαβάσουν οι επισκέπτες, { $drafts ->
    [0] χωρίς πρόχειρες δηλώσεις.
    [one] με μία πρόχειρη δήλωση ενεργοποιημένη.
   *[other] με { $drafts } πρόχειρες δηλώσεις ενεργοποιημένες.
}
admin-new-site = Νέος ιστότοπος
admin-field-slug = Αναγνωριστικό
admin-field-slug-help = Πεζά γράμματα, ψηφία και παύλες. Εμφανίζεται στις διευθύνσεις και δεν μπορεί να αλλάξει αργότερα.
admin-create = Δημιουργία
admin-tokens = Διακριτικά API
admin-api-document = Περιγραφή του API (OpenAPI)
admin-token-created = Αυτό είναι το νέο διακριτικό. Αντιγράψτε το τώρα: δεν θα εμφανιστεί ξανά.
admin-field-label = Ετικέτα
admin-field-sites = Ιστότοποι
admin-field-access = Πρόσβαση
admin-access-read = μόνο ανάγνωση
admin-access-write = ανάγνωση και εγγραφή
admin-all-sites = όλοι οι ιστότοποι στους οποίους εργάζεστε
admin-col-created = Δημιουργία (UTC)
admin-col-last-used = Τελευταία χρήση (UTC)
admin-revoke = Ανάκληση
admin-no-tokens = Δεν υπάρχει ακόμη κανένα διακριτικό.
admin-new-token = Νέο διακριτικό
admin-unknown-token = Δεν υπάρχει τέτοιο διακριτικό.
admin-add-user = Προσθήκη χρήστη
admin-field-role = Ρόλος
admin-field-member-of = Ιστότοποι
admin-field-member-of-help = Οι ιστότοποι στους οποίους εργάζεται ένας συντάκτης ή ένας αναγνώστης· ένας διαχειριστής εργάζεται σε όλους.
admin-texts = Κείμενα του μπάνερ και της πολιτικής
admin-texts-help = Γράψτε τα κείμενα του ιστότοπου σε καθεμία από τις γλώσσες του· ένα πεδίο που μένει κενό κρατά το κείμενο της πλατφόρμας, το οποίο εμφανίζεται μέσα του με γκρι.
admin-field-banner-title = Τίτλος μπάνερ
admin-field-banner-text = Κείμενο μπάνερ
admin-field-policy-intro = Εισαγωγική παράγραφος της πολιτικής

admin-nav = Διαχείριση
admin-site-nav = Σελίδες του ιστότοπου { $site }
admin-older = Παλαιότερες εγγραφές
admin-newer = Νεότερες εγγραφές
admin-show-oldest = Εμφάνιση των παλαιότερων πρώτα
admin-show-newest = Εμφάνιση των νεότερων πρώτα
admin-confirm-title = Επιβεβαίωση
admin-confirm-delete-cookie = Να διαγραφεί η δήλωση του cookie { $name }; Το cookie αφαιρείται αμέσως από τη δημοσιευμένη πολιτική· οι εγγραφές συγκατάθεσης που έχουν ήδη αποθηκευτεί μένουν ως έχουν.
admin-confirm-revoke-token = Να ανακληθεί το διακριτικό «{ $label }»; Κάθε script που το χρησιμοποιεί θα απορρίπτεται από εδώ και πέρα.
admin-cancel = Ακύρωση
admin-sorted-ascending = ταξινόμηση σε αύξουσα σειρά
admin-sorted-descending = ταξινόμηση σε φθίνουσα σειρά
admin-pages = Σελίδες του πίνακα
stats-show-numbers = Οι αριθμοί
stats-demo-data = Τα στοιχεία αυτά είναι συνθετικά δεδομένα επίδειξης, που δημιουργήθηκαν όταν ξεκίνησε η επίδειξη με κενή βάση δεδομένων.
admin-col-links = Μετάβαση σε
admin-newest = Οι πιο πρόσφατες αλλαγές
admin-older-changes = Παλαιότερες αλλαγές
