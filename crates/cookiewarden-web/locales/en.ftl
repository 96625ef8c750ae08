# Texts of the pages cookiewarden serves, in English. Every message here exists in fr.ftl too;
# a unit test keeps the two files in step.

language-name = English
language-label = Language
language-submit = Change language

index-title = Sites governed by this platform
index-intro = Each site below publishes the cookies it sets, what they are for and how long they stay.
index-policy-link = Cookie policy
index-platform = This platform's own cookies

policy-title = Cookie policy of { $site }
policy-why-heading = Why { $site } uses cookies
policy-why = { $site } needs a few cookies to work as you expect. With your agreement it may use others, to measure its audience or to show content from other services. This page lists every cookie it declares, what it is for, who sets it and how long it stays in your browser.
policy-what-heading = What is a cookie?
policy-what = A cookie is a small named piece of data that a website asks your browser to keep. Your browser stores it for a set time and returns it to that website each time you come back. Cookies can keep you signed in, remember the contents of a shopping cart, or recognise your browser over time to count visits or target advertising.
policy-types-heading = Four kinds of cookies
policy-type-necessary-name = Necessary cookies
policy-type-necessary = keep information from one visit to the next on the same device, such as a cart, a sign-in or an interface setting. The site cannot work without them, so they are set without asking you.
policy-type-statistics-name = Statistics cookies
policy-type-statistics = follow what visitors do on the site to measure its audience. When the measurement is anonymised, so that it can never be traced back to a person, it needs no consent; you can still opt out.
policy-type-first-party-name = First-party cookies
policy-type-first-party = are set by the site you are visiting. Beyond the necessary ones, they can collect personal data, follow your behaviour on the site or serve advertising.
policy-type-third-party-name = Third-party cookies
policy-type-third-party = are set by or for another website, often an advertiser, through content embedded in the one you visit. They let that other website learn which pages you viewed and gather information about you.
policy-list-heading = The cookies of { $site }
policy-none = This site declares no cookies of this kind.
policy-choices-heading = Changing your mind
policy-choices = You can change or withdraw your choice at any time with the “Cookie settings” control shown on every page of { $site }. Withdrawing takes no more effort than agreeing.
policy-browser = Your browser also shows the cookies it keeps and lets you delete them or block them, for every site or for some. Look for “cookies” or “site data” in its settings or its help. Blocking necessary cookies may stop parts of the site from working.
policy-version = Policy version { $version }
policy-services-heading = Services from other companies
policy-services = Some features of { $site } come from other companies, such as an embedded video, a map or an audience tool. None of them loads until you allow its kind of cookies, or that one service in the cookie settings. Each is listed here with the cookies it is known to set.
column-service = Service
column-category = Kind of cookies
policy-service-no-cookies = none known

category-necessary = Necessary
category-necessary-description = Needed for the site to work; always on.
category-preferences = Preferences
category-preferences-description = Remember choices that change how the site looks or behaves, such as a region or a display setting.
category-statistics = Statistics
category-statistics-description = Measure the site's audience to improve it.
category-marketing = Marketing
category-marketing-description = Advertising, tracking across sites and content embedded from other services, such as videos.

column-provider = Provider
column-function = Function and location
column-names = Cookie name(s)
column-purpose = Purpose
column-duration = Duration
column-party = Party
party-first = First-party
party-third = Third-party
name-prefix = any name starting with { $prefix }
exempt-note = Anonymised audience measurement: on without consent, you can opt out.
domain-note = set on { $domain }

duration-session = Until the browser closes
duration-hour = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
duration-day = { $n ->
    [one] 1 day
   *[other] { $n } days
}
duration-week = { $n ->
    [one] 1 week
   *[other] { $n } weeks
}
duration-month = { $n ->
    [one] 1 month
   *[other] { $n } months
}
duration-year = { $n ->
    [one] 1 year
   *[other] { $n } years
}

not-found-title = Page not found
not-found-text = There is nothing at this address.
not-found-site = No site called “{ $slug }” is governed here.
not-found-home = See the sites governed here

banner-title = Cookies on { $site }
banner-text = { $site } sets the cookies it needs to work. With your agreement it would also use others, to measure its audience and to show content from other services. Refusing is as easy as accepting, and you can change your mind at any time.
banner-accept-all = Accept all
banner-reject-all = Reject all
banner-customise = Customise
banner-save = Save my choices
banner-close = Close without accepting
banner-settings = Cookie settings
banner-policy-link = Cookie policy
banner-gpc = Your browser sends Global Privacy Control, so marketing cookies stay off.
banner-always-on = Always on
banner-exempt = On without consent; you can switch it off.
banner-placeholder = This content needs { $category } cookies.
banner-placeholder-accept = Allow { $category } cookies
banner-opt-out-text = { $site } uses cookies to work, to measure its audience and for advertising. You may opt out of the sale and sharing of your personal information and of targeted advertising at any time.
banner-privacy-choices = Your privacy choices
banner-gpc-honoured = Opt-out request honored
banner-notice-ok = OK
banner-services = Services of this kind

my-consent-title = Your cookie choices on { $site }
my-consent-none = You have not made a choice on this site yet: only necessary cookies are set.
my-consent-none-starts-on = You have not made a choice on this site yet: where you are, its cookies are on until you turn them off below.
my-consent-id = Consent id
my-consent-date = Decided on
my-consent-change = Change my choices
my-consent-withdraw = Withdraw my consent
my-consent-back = Back to the site
my-consent-opt-out = Opt out of sale, sharing and targeted advertising
my-consent-opt-out-explained = One action stops the sale and sharing of your personal information and targeted advertising on this site; the site’s other cookies stay as they are.
my-consent-opted-out = You have opted out of sale, sharing and targeted advertising on this site.
audience-heading = Audience measurement
audience-explained = To know which pages are read, each visit is counted without any cookie: the address and the browser are only used to tell one day's visits apart, and are never kept. Nobody can be recognised from these counts, and they are not shared.
audience-opt-out = Do not count my visits
audience-stop = Stop counting my visits
audience-resume = Count my visits again
audience-stopped = Your visits are not counted.
stats-title = Statistics of { $site }
stats-views = Page views
stats-visitors = Visitors
stats-visitors-note = Visitors are counted once a day, without cookies: over several days, a person who came back is counted each day.
stats-audience = Page views and visitors per day
stats-top-path = Top pages
stats-top-referrer = Top referrers
stats-top-browser = Browsers
stats-top-os = Operating systems
stats-top-device = Devices
stats-top-language = Languages
stats-none = (none)
stats-decisions = Consent decisions
stats-acceptance = Acceptance per category (%)
stats-acceptance-language = Acceptance per language (%)
stats-undecided = Visitors who never decided (estimate)
stats-nothing = Nothing counted yet.
admin-statistics = Statistics
choice-on = On
choice-off = Off

admin-login-title = Log in to cookiewarden
admin-username = User name
admin-password = Password
admin-login-submit = Log in
admin-login-failed = Wrong user name or password.
admin-login-locked = Too many failed attempts. Try again in { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
}.
admin-csrf-failed = This form has expired or was sent from another site. Reload the page and try again.
admin-login-busy = Too many people are signing in right now. Please try again in a moment.
admin-home-title = Sites
admin-signed-in-as = Logged in as { $user }
admin-logout = Log out
admin-logout-everywhere = Log out everywhere
admin-no-sites = You are not a member of any site yet; an administrator can add you.
admin-site-policy = Cookie policy
admin-role-admin = administrator
admin-role-editor = editor
admin-role-viewer = viewer
admin-consents = Consent log
admin-consents-title = Consent log of { $site }
admin-consents-count = { $total ->
    [0] No record matches
    [one] One record matches
   *[other] { $total } records match
}; { $shown } on this page.
admin-col-time = Recorded (UTC)
admin-col-id = Consent id
admin-col-method = Method
admin-col-choices = Granted
admin-col-language = Language
admin-col-rules = Region and rules
admin-filter-from = From
admin-filter-to = To
admin-filter-method = Method
admin-filter-any = any
admin-filter-id = Consent id
admin-filter-submit = Filter
admin-export-csv = Download as CSV
admin-not-member = You are not a member of this site.
admin-bad-filter = Invalid filter value `{ $value }`: dates are YYYY-MM-DD, methods as recorded.
admin-users = Users
admin-audit = Audit log
admin-col-user = User
admin-col-roles = Roles
admin-col-state = State
admin-col-actor = Who
admin-col-action = What
admin-col-target = On
admin-col-before = Before
admin-col-after = After
admin-state-active = active
admin-state-disabled = disabled
admin-disable = Disable
admin-enable = Enable
admin-not-admin = Only administrators can do this.
admin-not-yourself = You cannot disable your own account.
admin-unknown-user = There is no such user.
admin-settings = Settings
admin-settings-title = Settings of { $site }
admin-field-name = Name
admin-field-origins = Origins
admin-field-origins-help = The addresses the site is served from, one per line, such as https://www.example.org. The banner answers pages from these only.
admin-field-languages = Languages
admin-field-languages-help = Language codes separated by commas, such as en, fr.
admin-field-default-language = Default language
admin-field-default-language-help = Used when a visitor’s browser asks for none of the site’s languages.
admin-field-consent-lifetime = Choice kept for
admin-field-consent-lifetime-help = How long a visitor’s choice lasts before the banner asks again, such as 6 months; at most 13 months.
admin-field-refusal-cooldown = Refusal respected for
admin-field-refusal-cooldown-help = How long the banner does not ask again after a refusal of everything, policy changes included, such as 6 months (the default); at most 400 days.
admin-field-cookie-domain = Shared cookie domain
admin-field-cookie-domain-help = A parent domain of every origin, such as example.org, so that all its subdomains share one choice. Leave empty to keep the choice on each host.
admin-field-default-region = Default region
admin-field-default-region-help = The region of visitors your front’s region header does not locate: an ISO 3166 code such as FR or US-CA. Leave empty for EU.
admin-field-regions = Rules by region
admin-field-regions-help = One line per rule, in place of the defaults (opt-out in the United States, opt-in elsewhere): regions, a colon, opt-in, opt-out or notice, and optionally how long a refusal is respected there, such as US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Cookie policy path
admin-field-policy-path-help = Where the cookie policy lives on the site, such as /cookies-policy.
admin-field-statistics-retention = Raw audience data kept for
admin-field-statistics-retention-help = At most 25 months. The daily totals stay after the raw data is deleted.
admin-field-statistics-query = Query parameters kept
admin-field-statistics-query-help = Parameters kept in the measured page paths, separated by commas, such as q, page. Leave empty to keep none.
admin-field-statistics-cookie = Recognise returning visitors
admin-field-statistics-cookie-help = Sets a first-party cookie for 13 months, never renewed, and declares it in the policy.
admin-services = Services
admin-services-help = Services from other companies this site uses. The gateway holds back their tags until the visitor allows them, and the policy lists them with their cookies. Services of the site's own, with their hosts and snippets, are written in its definition file.
admin-services-none = This site lists no services.
admin-service-add = Add the service
admin-service-remove = Remove
admin-service-own = the site's own
admin-service-catalogue = from the catalogue
admin-save = Save
admin-saved = Saved.
admin-missing-texts = The cookie { $cookie } has no function or purpose written in { $languages }: visitors reading those languages see the { $default } text instead.
admin-read-only = You can read these settings; only editors and administrators change them.
admin-not-editor = Only the site's editors and administrators can change it.
admin-cookies = Cookies declared
admin-col-pattern = Name
admin-col-category = Category
admin-col-party = Party
admin-col-duration = Duration
admin-col-provider = Provider
admin-col-status = Status
admin-delete = Delete
admin-unknown-cookie = This site declares no such cookie.
admin-add-cookie = Declare a cookie
admin-field-cookie-name = Name
admin-field-cookie-name-help = End it with * to declare every cookie that starts with it.
admin-field-provider = Provider
admin-field-category = Category
admin-field-party = Party
admin-field-party-help = first: set by the site itself; third: set by another company’s domain.
admin-field-duration = Duration
admin-field-duration-help = Such as 13 months, 1 day or session.
admin-field-domain = Domain
admin-field-domain-help = Optional: the domain the cookie is set on, when it is not the site’s own.
admin-field-path = Path
admin-field-function = Function and location
admin-field-function-help = What the cookie does, and where on the site it is set.
admin-field-purpose = Purpose
admin-field-purpose-help = Why the site needs it, in words a visitor understands.
admin-add = Add
admin-field-exempt = Exempt from consent
admin-field-exempt-help = Only first-party audience measurement kept at most 13 months qualifies.
admin-field-status = Status
admin-field-status-help = A draft is left out of the published policy until it is made active.
admin-edit = Edit
admin-edit-cookie-title = Declaration of { $name }
admin-preview = Policy preview
admin-preview-notice = Preview: the policy as visitors will read it, with { $drafts ->
    [0] no draft declaration.
    [one] one draft declaration made active.
   *[other] { $drafts } draft declarations made active.
}
admin-new-site = New site
admin-field-slug = Identifier
admin-field-slug-help = Lowercase letters, digits and dashes. It appears in addresses and cannot be changed later.
admin-create = Create
admin-tokens = API tokens
admin-api-document = API description (OpenAPI)
admin-token-created = Here is the new token. Copy it now: it will not be shown again.
admin-field-label = Label
admin-field-sites = Sites
admin-field-access = Access
admin-access-read = read only
admin-access-write = read and write
admin-all-sites = every site you work on
admin-col-created = Created (UTC)
admin-col-last-used = Last used (UTC)
admin-revoke = Revoke
admin-no-tokens = No token yet.
admin-new-token = New token
admin-unknown-token = There is no such token.
admin-add-user = Add a user
admin-field-role = Role
admin-field-member-of = Sites
admin-field-member-of-help = The sites an editor or a viewer works on; an administrator works on all of them.
admin-texts = Texts of the banner and the policy
admin-texts-help = Write the site's own words in each of its languages; a field left empty keeps the platform's text, shown greyed in it.
admin-field-banner-title = Banner heading
admin-field-banner-text = Banner paragraph
admin-field-policy-intro = Opening paragraph of the policy

admin-nav = Back office
admin-site-nav = Pages of { $site }
admin-older = Older records
admin-newer = Newer records
admin-show-oldest = Show the oldest first
admin-show-newest = Show the newest first
admin-confirm-title = Please confirm
admin-confirm-delete-cookie = Delete the declaration of { $name }? The cookie leaves the published policy at once; consent records already kept stay as they are.
admin-confirm-revoke-token = Revoke the token “{ $label }”? Every script that uses it is refused from now on.
admin-cancel = Cancel
admin-sorted-ascending = sorted in ascending order
admin-sorted-descending = sorted in descending order
admin-pages = Pages of the table
stats-show-numbers = The numbers
stats-demo-data = These figures are synthetic demo data, made up when the demo started on an empty database.
admin-col-links = Go to
admin-newest = The newest changes
admin-older-changes = Older changes
