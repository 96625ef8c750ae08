//! Holds back the trackers a page loads until the visitor grants their purpose, as the page
//! streams through, without anyone editing a tag: scripts, iframes, pixels, hints, embeds and
//! inline snippets of known services become inert markup the banner activates after consent.
//!
//! The rewriter judges URLs as the browser will fetch them: attribute values are decoded like
//! the HTML parser decodes them (named and numeric character references), then resolved by the
//! WHATWG URL parser against the page's address or its `<base>`, so spelling tricks the browser
//! undoes (`&sol;&sol;host`, `\\host`, tabs in the scheme, `%67` in a host, upper case, a
//! trailing dot) name the same host here.

use std::sync::{Arc, Mutex};

use cookiewarden_core::{Category, Choices, MAX_INLINE_SCRIPT, Service, ServiceCatalogue};
use lol_html::HandlerTypes;
use lol_html::html_content::{ContentType, Element, TextChunk};
use url::Url;

/// What to do with a script from another site that no known service explains.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum UnknownScripts {
    /// Let it run, and record it for the operator to identify (the default).
    #[default]
    Pass,
    /// Hold it back like a marketing tag, until the visitor grants marketing.
    Block,
}

/// What to hold back in one page for one visitor.
#[derive(Debug, Clone)]
pub struct Blocking {
    /// The services the gateway knows: the catalogue as the site sees it.
    pub catalogue: Arc<ServiceCatalogue>,
    /// What the visitor's choice (or their region's rules before one) allows.
    pub granted: Choices,
    /// The page's own address: relative URLs resolve against it, and its host is first party.
    pub page: Url,
    /// What to do with unexplained third-party scripts.
    pub unknown_scripts: UnknownScripts,
    /// Read every byte of the page with the full rewriter instead of skimming it: slower,
    /// the same result (the tests and the fuzzer compare the two).
    pub thorough: bool,
}

impl Blocking {
    /// Whether anything in a page could be held back for this visitor: when every purpose is
    /// granted and unknown scripts pass, the page is not parsed beyond the banner's tags.
    pub fn holds_anything(&self) -> bool {
        let all = [
            Category::Preferences,
            Category::Statistics,
            Category::Marketing,
        ];
        self.granted.services.refused != 0
            || !all
                .into_iter()
                .all(|category| self.granted.granted(category))
    }
}

/// A script from another site that no known service explains, as the page loaded it: host and
/// path, without the query, which may carry personal data.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ScriptSighting {
    /// The script's host.
    pub host: String,
    /// Its path, cut at 256 characters.
    pub path: String,
}

/// The longest path kept in a sighting.
const MAX_SIGHTING_PATH: usize = 256;

/// Sightings kept per page: a page cannot make the gateway remember without bound.
const MAX_SIGHTINGS_PER_PAGE: usize = 32;

/// The most `<base>` addresses kept per page.
const MAX_BASES: usize = 8;

/// The longest `<noscript>` text read for trackers; the rest of a longer one passes.
const MAX_NOSCRIPT: usize = 64 * 1024;

/// The elements whose URLs the rewriter judges (and `<base>`, which moves them).
pub(super) const ELEMENTS: &str = "script, iframe, frame, img, image, source, link, embed, \
     object, video, audio, track, input, base, noscript, body[background], table[background], \
     td[background], th[background], feImage";

/// Why something is held back: the purpose it needs and who serves it.
#[derive(Debug, Clone)]
struct Hold {
    category: Category,
    /// The service's key, or the host of an unknown script.
    service: String,
    /// What the placeholder calls it.
    name: String,
}

/// How the rewriter reads one page: where its URLs resolve, and the text it is holding while
/// it decides about an inline script or a `<noscript>`.
pub(super) struct PageState {
    /// The page's address, then every `<base href>` seen: a URL is held if it loads a
    /// held-back service against any of them, so a decoy `<base>` (in a template, in SVG)
    /// cannot move the rewriter's reading away from the browser's.
    bases: Vec<Url>,
    inline: Option<Inline>,
    noscript: Option<Buffered>,
    sightings: Vec<ScriptSighting>,
}

/// An inline script being read.
struct Inline {
    nonce: Option<String>,
    kind: Option<String>,
    /// An import map: its text is JSON naming module addresses, not code.
    import_map: bool,
    text: Buffered,
}

/// Text buffered up to a bound, then decided on.
#[derive(Default)]
struct Buffered {
    text: String,
    /// Decided: the rest passes (`false`) or is dropped (`true`).
    decided: Option<bool>,
}

pub(super) type Shared = Arc<Mutex<PageState>>;

impl PageState {
    pub(super) fn new(page: &Url) -> Shared {
        Arc::new(Mutex::new(PageState {
            bases: vec![page.clone()],
            inline: None,
            noscript: None,
            sightings: Vec::new(),
        }))
    }

    /// The unexplained third-party scripts seen so far, handed over once.
    pub(super) fn take_sightings(&mut self) -> Vec<ScriptSighting> {
        std::mem::take(&mut self.sightings)
    }

    fn sighted(&mut self, sighting: ScriptSighting) {
        if self.sightings.len() < MAX_SIGHTINGS_PER_PAGE && !self.sightings.contains(&sighting) {
            self.sightings.push(sighting);
        }
    }
}

/// What a URL in the page is.
enum Party<'c> {
    /// The page's own host, or no network fetch at all (`data:`, `javascript:`, a bad URL).
    Own,
    /// A known service.
    Known(&'c Service),
    /// Another host no known service explains.
    Unknown(Url),
}

impl Blocking {
    /// Judges one attribute value as the browser would fetch it from a page at `base`.
    fn party(&self, base: &Url, raw: &str) -> Party<'_> {
        let decoded = htmlize::unescape_attribute(raw);
        let Ok(url) = base.join(decoded.trim()) else {
            return Party::Own;
        };
        if !matches!(url.scheme(), "http" | "https") {
            return Party::Own;
        }
        let Some(host) = url.host_str() else {
            return Party::Own;
        };
        if Some(host) == self.page.host_str() {
            return Party::Own;
        }
        let path_and_query = match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        };
        match self.catalogue.service_of(host, &path_and_query) {
            Some(service) => Party::Known(service),
            None => Party::Unknown(url),
        }
    }

    /// Whether a known service must wait for the visitor's grant: of the service itself when
    /// the site lists it and the visitor chose it apart, else of its kind.
    fn hold_service(&self, service: &Service) -> Option<Hold> {
        let declared = self.catalogue.declared_index(&service.key);
        let granted = self.granted.grants_service(service.category, declared);
        // A service that needs no consent still waits when the visitor refused it by name.
        let refused_by_name = declared.is_some_and(|n| self.granted.services.refused >> n & 1 == 1)
            && service.category != Category::Necessary;
        ((service.needs_consent_first() || refused_by_name) && !granted).then(|| Hold {
            category: service.category,
            service: service.key.clone(),
            name: service.name.clone(),
        })
    }

    /// What to do with the URL `raw` of a non-script element, read against each base.
    fn hold_url(&self, bases: &[Url], raw: &str) -> Option<Hold> {
        bases.iter().find_map(|base| match self.party(base, raw) {
            Party::Known(service) => self.hold_service(service),
            Party::Own | Party::Unknown(_) => None,
        })
    }

    /// What to do with a script's URL; an unexplained one from another site is recorded,
    /// and held back when the operator asked for that.
    fn hold_script(&self, state: &mut PageState, raw: &str) -> Option<Hold> {
        if let Some(hold) = self.hold_url(&state.bases, raw) {
            return Some(hold);
        }
        // Unexplained scripts are judged against the base the browser uses, the first.
        let base = state
            .bases
            .last()
            .cloned()
            .unwrap_or_else(|| self.page.clone());
        match self.party(&base, raw) {
            Party::Known(service) => self.hold_service(service),
            Party::Own => None,
            Party::Unknown(url) => {
                let host = url.host_str().unwrap_or_default().to_owned();
                if same_site(&host, self.page.host_str().unwrap_or_default()) {
                    return None;
                }
                state.sighted(ScriptSighting {
                    host: host.clone(),
                    path: url.path().chars().take(MAX_SIGHTING_PATH).collect(),
                });
                (self.unknown_scripts == UnknownScripts::Block
                    && !self.granted.granted(Category::Marketing))
                .then(|| Hold {
                    category: Category::Marketing,
                    service: host.clone(),
                    name: host,
                })
            }
        }
    }

    /// Whether the text of an inline script is a held-back service's snippet: the strictest
    /// purpose among the services it names that the visitor has not granted.
    fn hold_inline(&self, text: &str) -> Option<Hold> {
        self.catalogue
            .services_of_inline(text)
            .into_iter()
            .find_map(|service| self.hold_service(service))
    }

    /// Whether an import map maps a module name to a held-back service's address (`imports`,
    /// and each scope of `scopes`): the map waits, and the modules that import through it
    /// fail until the visitor grants that purpose and the page is loaded again.
    fn hold_import_map(&self, bases: &[Url], text: &str) -> Option<Hold> {
        let map: serde_json::Value = serde_json::from_str(text).ok()?;
        let imports = map.get("imports").into_iter();
        let scopes = map
            .get("scopes")
            .and_then(serde_json::Value::as_object)
            .into_iter()
            .flat_map(|scopes| scopes.values());
        imports
            .chain(scopes)
            .filter_map(serde_json::Value::as_object)
            .flat_map(|entries| entries.values())
            .filter_map(serde_json::Value::as_str)
            .find_map(|address| self.hold_url(bases, address))
    }

    /// Whether a `<noscript>` fallback loads a held-back service (the tag manager's iframe, the
    /// pixel's image). Its text is markup for browsers without scripts: it is read as such.
    fn holds_fallback(&self, bases: &[Url], text: &str) -> bool {
        let found = std::cell::Cell::new(false);
        let check = |el: &mut Element| {
            for name in ["src", "href", "data", "poster"] {
                if let Some(value) = el.get_attribute(name)
                    && self.hold_url(bases, &value).is_some()
                {
                    found.set(true);
                }
            }
            if let Some(set) = el.get_attribute("srcset")
                && srcset_urls(&set)
                    .iter()
                    .any(|url| self.hold_url(bases, url).is_some())
            {
                found.set(true);
            }
            Ok(())
        };
        let settings = lol_html::RewriteStrSettings::new()
            .with_strict(false)
            .append_element_content_handler(lol_html::element!("*", |el| check(el)));
        // Markup the parser refuses is judged on what was read before it.
        let _ = lol_html::rewrite_str(text, settings);
        found.get()
    }

    /// Looks at one element of the page and holds it back if it loads a service the visitor
    /// has not granted.
    pub(super) fn element<H: HandlerTypes>(&self, state: &Shared, el: &mut Element<'_, '_, H>) {
        let Ok(mut state) = state.lock() else {
            return;
        };
        let state = &mut *state;
        match el.tag_name().as_str() {
            "base" => {
                // The browser uses the first HTML <base href> with an http(s) address; every
                // one seen counts here, so none can hide a tracker.
                if let Some(href) = el.get_attribute("href")
                    && state.bases.len() < MAX_BASES
                    && let Ok(base) = self.page.join(htmlize::unescape_attribute(&href).trim())
                    && matches!(base.scheme(), "http" | "https")
                {
                    state.bases.insert(1, base);
                }
            }
            "script" => self.script(state, el),
            "iframe" | "frame" => self.gate(state, el, &["src"]),
            "embed" => self.gate(state, el, &["src"]),
            "object" => self.gate(state, el, &["data"]),
            "video" | "audio" => self.gate(state, el, &["src", "poster"]),
            "track" => self.gate(state, el, &["src"]),
            // The legacy background attribute loads an image; SVG filters load by href.
            "body" | "table" | "td" | "th" => self.gate(state, el, &["background"]),
            "feimage" if el.namespace_uri() == SVG => {
                self.gate(state, el, &["href", "xlink:href"]);
            }
            "input" => {
                let image = el
                    .get_attribute("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("image"));
                if image {
                    self.gate(state, el, &["src"]);
                }
            }
            // Pixels, their sources and hints keep their tag but lose their address: taking an
            // element out could change how the browser builds the rest of the page (an `<img>`
            // ends inline SVG, for one).
            "img" | "source" => {
                if let Some(hold) = self.element_holds(state, el, &["src"], &["srcset"]) {
                    move_attributes(el, &["src", "srcset"]);
                    mark(el, &hold);
                }
            }
            // HTML's tree builder reads `<image>` as `<img>`, SVG loads it by href; to the
            // rewriter it is an element with content, so its addresses move instead.
            "image" => {
                let urls = ["src", "href", "xlink:href"];
                if let Some(hold) = self.element_holds(state, el, &urls, &["srcset"]) {
                    move_attributes(el, &["src", "href", "xlink:href", "srcset"]);
                    mark(el, &hold);
                }
            }
            // A provider's stylesheet returns with its consent; a hint (preload, preconnect,
            // dns-prefetch...) stays inert.
            "link" => {
                if let Some(hold) = self.element_holds(state, el, &["href"], &["imagesrcset"]) {
                    move_attributes(el, &["href", "imagesrcset"]);
                    mark(el, &hold);
                }
            }
            // An empty one has no text to end its reading: the next one starts afresh.
            "noscript" => state.noscript = Some(Buffered::default()),
            _ => {}
        }
    }

    /// The hold of the first of an element's URL attributes (`plain`) or URL lists
    /// (`sets`) that loads a held-back service.
    fn element_holds<H: HandlerTypes>(
        &self,
        state: &PageState,
        el: &Element<'_, '_, H>,
        plain: &[&str],
        sets: &[&str],
    ) -> Option<Hold> {
        let plain = plain
            .iter()
            .filter_map(|name| el.get_attribute(name))
            .find_map(|value| self.hold_url(&state.bases, &value));
        plain.or_else(|| {
            sets.iter()
                .filter_map(|name| el.get_attribute(name))
                .find_map(|set| {
                    srcset_urls(&set)
                        .into_iter()
                        .find_map(|url| self.hold_url(&state.bases, url))
                })
        })
    }

    /// Makes an embedding element inert until consent: its URL attributes move to `data-*`,
    /// and it names the purpose and the service, for the banner.
    fn gate<H: HandlerTypes>(
        &self,
        state: &mut PageState,
        el: &mut Element<'_, '_, H>,
        attributes: &[&str],
    ) {
        if let Some(hold) = self.element_holds(state, el, attributes, &[]) {
            move_attributes(el, attributes);
            mark(el, &hold);
            if matches!(el.tag_name().as_str(), "iframe" | "frame") {
                let _ = el.set_attribute("data-service-name", &hold.name);
            }
        }
    }

    fn script<H: HandlerTypes>(&self, state: &mut PageState, el: &mut Element<'_, '_, H>) {
        // An empty script has no text to end its reading: the next script starts afresh.
        state.inline = None;
        let kind = el.get_attribute("type");
        let import_map = kind
            .as_deref()
            .is_some_and(|k| k.trim_matches(HTML_SPACE).eq_ignore_ascii_case("importmap"));
        if import_map {
            // An import map names modules by address: its text is read like a snippet's.
            state.inline = Some(Inline {
                nonce: el.get_attribute("nonce"),
                kind,
                import_map: true,
                text: Buffered::default(),
            });
            return;
        }
        if !runs_as_script(kind.as_deref(), el.get_attribute("language").as_deref()) {
            return;
        }
        let svg = el.namespace_uri() == SVG;
        if svg && !["href", "xlink:href"].iter().any(|a| el.has_attribute(a)) {
            // An inline SVG script's text may be cut by comments and tags into pieces no
            // signature spans, or hide one behind character references: every inline SVG
            // script waits for the strictest purpose.
            if !self.granted.granted(Category::Marketing) {
                if let Some(kind) = kind {
                    let _ = el.set_attribute("data-type", &kind);
                }
                let _ = el.set_attribute("type", "text/plain");
                mark(
                    el,
                    &Hold {
                        category: Category::Marketing,
                        service: "svg-script".into(),
                        name: "SVG".into(),
                    },
                );
            }
            return;
        }
        // An HTML script loads by src; an SVG one by href.
        let names: &[&str] = if svg {
            &["href", "xlink:href"]
        } else {
            &["src"]
        };
        let source = names
            .iter()
            .find_map(|name| el.get_attribute(name).map(|value| (*name, value)));
        let Some((attribute, source)) = source else {
            state.inline = Some(Inline {
                nonce: el.get_attribute("nonce"),
                kind,
                import_map: false,
                text: Buffered::default(),
            });
            return;
        };
        if let Some(hold) = self.hold_script(state, &source) {
            el.remove_attribute(attribute);
            let _ = el.set_attribute("data-src", &source);
            if let Some(kind) = kind {
                let _ = el.set_attribute("data-type", &kind);
            }
            let _ = el.set_attribute("type", "text/plain");
            mark(el, &hold);
        }
    }

    /// Reads the text of an inline script. It is held (removed from the output) until the
    /// script ends or [`MAX_INLINE_SCRIPT`] is reached, then given back unchanged; when it is a
    /// held-back service's snippet, the original element is closed empty and the text goes in a
    /// gated `<script type="text/plain">` that the original end tag closes. The text stays in a
    /// script element, so the browser tokenizes it exactly as before.
    pub(super) fn script_text(&self, state: &Shared, chunk: &mut TextChunk) {
        let Ok(mut state) = state.lock() else {
            return;
        };
        let state = &mut *state;
        let last = chunk.last_in_text_node();
        let Some(inline) = state.inline.as_mut() else {
            return;
        };
        if inline.text.decided.is_none() {
            inline.text.text.push_str(chunk.as_str());
            if last || inline.text.text.len() >= MAX_INLINE_SCRIPT {
                let mut out = String::new();
                let hold = if inline.import_map {
                    self.hold_import_map(&state.bases, &inline.text.text)
                } else {
                    self.hold_inline(&inline.text.text)
                };
                if let Some(hold) = hold {
                    out.push_str("</script><script type=\"text/plain\"");
                    out.push_str(&marks(&hold));
                    if let Some(nonce) = &inline.nonce {
                        out.push_str(&format!(" nonce=\"{}\"", nonce.replace('"', "&quot;")));
                    }
                    if let Some(kind) = &inline.kind {
                        out.push_str(&format!(" data-type=\"{}\"", kind.replace('"', "&quot;")));
                    }
                    out.push('>');
                }
                out.push_str(&std::mem::take(&mut inline.text.text));
                chunk.replace(&out, ContentType::Html);
                inline.text.decided = Some(false);
            } else {
                chunk.remove();
            }
        }
        if last {
            state.inline = None;
        }
    }

    /// Reads the text of a `<noscript>`, bounded like an inline script, and empties it when
    /// it is a held-back service's fallback.
    pub(super) fn noscript_text(&self, state: &Shared, chunk: &mut TextChunk) {
        let Ok(mut state) = state.lock() else {
            return;
        };
        let state = &mut *state;
        let last = chunk.last_in_text_node();
        let Some(buffered) = state.noscript.as_mut() else {
            return;
        };
        match buffered.decided {
            None => {
                buffered.text.push_str(chunk.as_str());
                if last || buffered.text.len() >= MAX_NOSCRIPT {
                    let text = std::mem::take(&mut buffered.text);
                    let drop = self.holds_fallback(&state.bases, &text);
                    if drop {
                        chunk.remove();
                    } else {
                        chunk.replace(&text, ContentType::Html);
                    }
                    if let Some(buffered) = state.noscript.as_mut() {
                        buffered.decided = Some(drop);
                    }
                } else {
                    chunk.remove();
                }
            }
            Some(true) => chunk.remove(),
            Some(false) => {}
        }
        if last {
            state.noscript = None;
        }
    }

    /// What is still held when the page ends inside an inline script or a `<noscript>` (a
    /// truncated page): given back as it came, so no byte of the page is lost.
    pub(super) fn unfinished(state: &Shared) -> String {
        let Ok(mut state) = state.lock() else {
            return String::new();
        };
        let mut rest = String::new();
        if let Some(inline) = state.inline.take() {
            rest.push_str(&inline.text.text);
        }
        if let Some(noscript) = state.noscript.take() {
            rest.push_str(&noscript.text);
        }
        rest
    }
}

/// Moves each of `attributes` to `data-` + its name, where it loads nothing.
fn move_attributes<H: HandlerTypes>(el: &mut Element<'_, '_, H>, attributes: &[&str]) {
    for name in attributes {
        if let Some(value) = el.get_attribute(name) {
            el.remove_attribute(name);
            let _ = el.set_attribute(&format!("data-{name}"), &value);
        }
    }
}

/// Names the purpose and the service on a held-back element.
fn mark<H: HandlerTypes>(el: &mut Element<'_, '_, H>, hold: &Hold) {
    let _ = el.set_attribute("data-category", hold.category.as_str());
    let _ = el.set_attribute("data-service", &hold.service);
}

/// The same marks, as attributes written out.
fn marks(hold: &Hold) -> String {
    format!(
        " data-category=\"{}\" data-service=\"{}\"",
        hold.category.as_str(),
        hold.service.replace('&', "&amp;").replace('"', "&quot;")
    )
}

/// Whether a `<script>` with these `type` and `language` attributes runs as JavaScript (a
/// classic script or a module), as HTML's "prepare the script element" decides.
fn runs_as_script(kind: Option<&str>, language: Option<&str>) -> bool {
    let essence = match (kind, language) {
        (Some(kind), _) if !kind.is_empty() => kind.trim_matches(HTML_SPACE).to_ascii_lowercase(),
        (None, Some(language)) if !language.is_empty() => {
            format!("text/{language}").to_ascii_lowercase()
        }
        _ => return true,
    };
    const JAVASCRIPT: [&str; 16] = [
        "application/ecmascript",
        "application/javascript",
        "application/x-ecmascript",
        "application/x-javascript",
        "text/ecmascript",
        "text/javascript",
        "text/javascript1.0",
        "text/javascript1.1",
        "text/javascript1.2",
        "text/javascript1.3",
        "text/javascript1.4",
        "text/javascript1.5",
        "text/jscript",
        "text/livescript",
        "text/x-ecmascript",
        "text/x-javascript",
    ];
    essence == "module" || JAVASCRIPT.contains(&essence.as_str())
}

/// The SVG namespace, as the rewriter names it.
const SVG: &str = "http://www.w3.org/2000/svg";

/// ASCII whitespace as HTML defines it.
const HTML_SPACE: [char; 5] = [' ', '\t', '\n', '\x0c', '\r'];

/// The URLs of a `srcset` (or `imagesrcset`), as HTML's candidate parser reads them: a URL is
/// a run without whitespace, a trailing comma ends its candidate, and descriptors up to the
/// next comma outside parentheses are skipped.
fn srcset_urls(set: &str) -> Vec<&str> {
    let mut urls = Vec::new();
    let mut rest = set;
    loop {
        rest = rest.trim_start_matches(|c: char| HTML_SPACE.contains(&c) || c == ',');
        if rest.is_empty() {
            return urls;
        }
        let end = rest.find(HTML_SPACE).unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        let trimmed = url.trim_end_matches(',');
        urls.push(trimmed);
        if trimmed.len() < url.len() {
            rest = after;
            continue;
        }
        // Skip the descriptors: up to a comma outside parentheses.
        let mut depth = 0usize;
        let mut cut = after.len();
        for (index, c) in after.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                ',' if depth == 0 => {
                    cut = index + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &after[cut..];
    }
}

/// Whether two hosts belong to the same site (registrable domain), so `cdn.shop.example` is
/// not a third party of `www.shop.example`. Addresses and unlisted names compare whole.
fn same_site(a: &str, b: &str) -> bool {
    match (psl::domain_str(a), psl::domain_str(b)) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => a.eq_ignore_ascii_case(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn srcset_candidates_are_read_as_browsers_read_them() {
        assert_eq!(
            srcset_urls("a.jpg 1x, //t.example/p.gif 2x"),
            ["a.jpg", "//t.example/p.gif"]
        );
        assert_eq!(
            srcset_urls(" a.jpg,b.jpg , c.jpg 100w"),
            ["a.jpg,b.jpg", "c.jpg"],
            "a comma inside a run without whitespace belongs to the URL, as HTML reads it"
        );
        assert_eq!(srcset_urls("a.jpg (x, y), b.jpg"), ["a.jpg", "b.jpg"]);
        assert!(srcset_urls(" , ").is_empty());
    }

    #[test]
    fn script_types_follow_html() {
        for runs in [
            None,
            Some(""),
            Some("text/javascript"),
            Some(" MODULE "),
            Some("application/x-javascript"),
        ] {
            assert!(runs_as_script(runs, None), "{runs:?}");
        }
        for inert in [
            Some("text/plain"),
            Some("application/ld+json"),
            Some("text/template"),
            Some("importmap"),
        ] {
            assert!(!runs_as_script(inert, None), "{inert:?}");
        }
        assert!(runs_as_script(None, Some("JavaScript")));
        assert!(!runs_as_script(None, Some("vbscript")));
    }

    #[test]
    fn subdomains_of_one_site_are_not_third_parties() {
        assert!(same_site("cdn.example.com", "www.example.com"));
        assert!(!same_site("example.org", "example.com"));
        assert!(!same_site("a.github.io", "b.github.io"));
        assert!(same_site("127.0.0.1", "127.0.0.1"));
    }
}
