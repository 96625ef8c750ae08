/* cookiewarden banner: asks, remembers (through the server's signed cookie), and applies the
   visitor's choice to the page's gated scripts and iframes. No framework, no third party. */
(function () {
  "use strict";
  var d = document, w = window;
  var me = d.currentScript, slug = me.dataset.site, base = me.dataset.base;
  var CATS = ["preferences", "statistics", "marketing"];
  var cfg, consent = null, dialog, backdrop, opener;
  var gpc = !!navigator.globalPrivacyControl;

  function el(tag, attrs, text) {
    var e = d.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text) e.textContent = text;
    return e;
  }

  function gtag() { (w.dataLayer = w.dataLayer || []).push(arguments); }

  /* The services the site lists, each with its kind and its bit in the cookie. */
  function services() {
    var all = [];
    cfg.policy.categories.forEach(function (c) {
      (c.services || []).forEach(function (s) { all.push({ key: s.key, name: s.name, bit: s.bit, category: c.id }); });
    });
    return all;
  }

  /* Bit n of a hex number too long for a JavaScript number. */
  function bit(hex, n) {
    var digit = hex.charAt(hex.length - 1 - Math.floor(n / 4));
    return !!digit && ((parseInt(digit, 16) >> (n % 4)) & 1) === 1;
  }

  /* The choice as the cookie holds it: 1.site.id.policy.flags.time.key.signature, the flags
     followed by -granted-refused (hex bit sets) when single services were chosen apart. */
  function readCookie() {
    var m = d.cookie.match(new RegExp("(?:^|; )" + cfg.cookie_name + "=([^;]*)"));
    if (!m) return null;
    var p = decodeURIComponent(m[1]).split(".");
    if (p.length !== 8 || p[0] !== "1" || p[1] !== slug) return null;
    var fl = p[4].split("-"), f = parseInt(fl[0], 16), at = parseInt(p[5], 10);
    var granted = fl[1] || "0", refused = fl[2] || "0";
    var grants = (f & 7) || /[1-9a-f]/.test(granted);
    /* A refusal stands through a policy change for its whole cooldown; a consent does not. */
    if (grants && p[3] !== cfg.policy.policy_version.slice(0, 16)) return null;
    var keep = grants ? cfg.consent_lifetime_seconds : cfg.refusal_cooldown_seconds;
    if ((Date.now() / 1000 - at) > keep) return null;
    var choices = { preferences: !!(f & 1), statistics: !!(f & 2), marketing: !!(f & 4), exempt_opt_out: !!(f & 8) };
    var chosen = Object.create(null);
    services().forEach(function (s) {
      chosen[s.key] = bit(granted, s.bit) || (!bit(refused, s.bit) && !!choices[s.category]);
    });
    return { id: p[2], at: at, choices: choices, services: chosen };
  }

  /* What holds before a choice: nothing under opt-in; everything under opt-out and notice,
     except marketing (sale, sharing, targeted ads) when GPC opts out for the visitor. */
  function defaults() {
    var on = cfg.rules.rule_set !== "opt-in";
    return { preferences: on, statistics: on, marketing: on && !(gpc && cfg.rules.rule_set === "opt-out"), exempt_opt_out: false };
  }

  function accepted(cat) {
    if (cat === "necessary") return true;
    if (consent) return !!consent.choices[cat] && !(cat === "marketing" && gpc && cfg.rules.rule_set === "opt-out");
    return !!defaults()[cat];
  }

  /* Whether one service may load: the visitor's choice for it when the site lists it, else
     the choice of its kind. */
  function serviceOn(key, cat) {
    if (cat === "necessary") return true;
    if (consent && key && consent.services && Object.prototype.hasOwnProperty.call(consent.services, key)) {
      var on = consent.services[key] === true;
      /* Where Global Privacy Control opts out, a service allowed apart from its kind waits,
         as the server and the gateway decide. */
      if (on && gpc && cfg.rules.rule_set === "opt-out" && !accepted(cat)) on = false;
      return on;
    }
    return accepted(cat);
  }

  function cookiesOf(cat) {
    var c = cfg.policy.categories.filter(function (x) { return x.id === cat; })[0];
    return c ? c.cookies : [];
  }

  /* Deletes the cookies of a withdrawn category that this page can see. */
  function forget(cat) {
    var host = location.hostname, names = d.cookie.split("; ").map(function (c) { return c.split("=")[0]; });
    cookiesOf(cat).forEach(function (k) {
      names.forEach(function (n) {
        if (k.match === "prefix" ? n.indexOf(k.stem) === 0 : n === k.stem) {
          [k.path || "/", "/"].forEach(function (path) {
            [null, host, "." + host, k.domain].forEach(function (dom) {
              d.cookie = n + "=; Max-Age=0; Path=" + path + (dom ? "; Domain=" + dom : "");
            });
          });
        }
      });
    });
  }

  /* Runs gated scripts (in document order, with the page's nonce), loads gated iframes and
     restores other gated elements. A script the gateway held back keeps its address in
     data-src and its own type in data-type. */
  var GATE = { "type": 1, "data-category": 1, "data-service": 1, "data-src": 1, "data-type": 1 };
  /* The attributes the gateway moves aside, per element. */
  var MOVED = {
    link: ["href", "imagesrcset"], img: ["src", "srcset"], source: ["src", "srcset"],
    image: ["src", "href", "srcset"], embed: ["src"], object: ["data"], video: ["src", "poster"],
    audio: ["src", "poster"], track: ["src"], input: ["src"], frame: ["src"],
    body: ["background"], table: ["background"], td: ["background"], th: ["background"]
  };
  function web(v) {
    try { return /^https?:$/.test(new URL(v, location.href).protocol); } catch (e) { return false; }
  }
  function apply() {
    var scripts = d.querySelectorAll('script[type="text/plain"][data-category]');
    Array.prototype.forEach.call(scripts, function (old) {
      if (!serviceOn(old.dataset.service, old.dataset.category)) return;
      var s = d.createElement("script");
      for (var i = 0; i < old.attributes.length; i++) {
        var a = old.attributes[i];
        if (!GATE[a.name]) s.setAttribute(a.name, a.value);
      }
      if (old.dataset.type) s.type = old.dataset.type;
      if (old.nonce) s.nonce = old.nonce;
      var src = old.dataset.src || old.getAttribute("src");
      if (src) { s.src = src; s.async = false; } else s.text = old.textContent;
      old.parentNode.replaceChild(s, old);
    });
    Array.prototype.forEach.call(d.querySelectorAll("iframe[data-category][data-src]"), function (f) {
      var cat = f.dataset.category, key = f.dataset.service, ph = f.previousElementSibling;
      var hasPh = ph && ph.className === "cw-placeholder";
      if (serviceOn(key, cat)) {
        if (hasPh) ph.remove();
        f.hidden = false;
        if (f.getAttribute("src") !== f.dataset.src) f.src = f.dataset.src;
      } else if (!hasPh) {
        var name = catName(cat), box = el("div", { "class": "cw-placeholder", lang: cfg.policy.language, dir: cfg.dir });
        box.style.width = (f.getAttribute("width") || 560) + "px";
        box.style.maxWidth = "100%";
        box.style.height = (f.getAttribute("height") || 315) + "px";
        if (f.dataset.serviceName) box.appendChild(el("strong", {}, f.dataset.serviceName));
        box.appendChild(el("p", {}, cfg.texts.placeholder.replace("{category}", name)));
        var b = el("button", { type: "button" }, cfg.texts.placeholder_accept.replace("{category}", name));
        b.onclick = function () {
          var ch = current(), chosen = currentServices(); ch[cat] = true;
          if (key && key in chosen) chosen[key] = true;
          decide("custom", ch, chosen);
        };
        box.appendChild(b);
        f.hidden = true;
        f.parentNode.insertBefore(box, f);
      }
    });
    /* Styles, images, embeds, objects and media the gateway held back: their addresses
       return, only to the attributes the gateway moved and only as web addresses, so markup
       a site lets its users write cannot borrow this to set a link or a source. */
    Array.prototype.forEach.call(d.querySelectorAll("[data-service]:not(script):not(iframe)"), function (e) {
      var cat = e.dataset.category;
      if (cat === "necessary" || !serviceOn(e.dataset.service, cat)) return;
      (MOVED[e.localName] || []).forEach(function (name) {
        var v = e.getAttribute("data-" + name);
        if (v === null) return;
        if (name !== "srcset" && name !== "imagesrcset" && !web(v)) return;
        e.removeAttribute("data-" + name);
        e.setAttribute(name, v);
      });
      e.removeAttribute("data-service");
    });
    gtag("consent", "update", consentMode());
    var g = storage;
    /* Microsoft UET and Clarity read the same choice, queued until their tags load. */
    (w.uetq = w.uetq || []).push("consent", "update", { ad_storage: g(accepted("marketing")) });
    w.clarity = w.clarity || function () { (w.clarity.q = w.clarity.q || []).push(arguments); };
    w.clarity("consentv2", { ad_Storage: g(accepted("marketing")), analytics_Storage: g(accepted("statistics")) });
  }

  /* IAB's Global Privacy Platform API lives in a file of its own, loaded for a visitor in the
     United States and wherever a tag asks the loader's stub, so others do not download it. */
  var gpp = null, gppLoading = false;
  function loadGpp() {
    if (gppLoading || !cfg) return;
    gppLoading = true;
    var s = d.createElement("script");
    s.src = me.dataset.gpp;
    if (me.nonce) s.nonce = me.nonce;
    s.onload = function () {
      gpp = w.__cookiewardenGpp(cfg, accepted, gpc, function () { return !!dialog || !!d.querySelector(".cw-notice"); });
    };
    d.head.appendChild(s);
  }

  /* What the consent modes of Google and Microsoft call a choice. */
  function storage(on) { return on ? "granted" : "denied"; }

  function consentMode() {
    var g = storage;
    return {
      ad_storage: g(accepted("marketing")), ad_user_data: g(accepted("marketing")),
      ad_personalization: g(accepted("marketing")), analytics_storage: g(accepted("statistics")),
      functionality_storage: g(accepted("preferences")), personalization_storage: g(accepted("preferences")),
      security_storage: "granted"
    };
  }

  function catName(id) {
    return cfg.policy.categories.filter(function (c) { return c.id === id; })[0].name;
  }

  function current() {
    var c = consent ? consent.choices : defaults();
    return { preferences: !!c.preferences, statistics: !!c.statistics, marketing: !!c.marketing, exempt_opt_out: !!c.exempt_opt_out };
  }

  /* Whether each listed service is on now, by key. */
  function currentServices() {
    var chosen = {};
    services().forEach(function (s) { chosen[s.key] = serviceOn(s.key, s.category); });
    return chosen;
  }

  function decide(method, choices, chosen) {
    var before = current();
    var body = { method: method, policy_version: cfg.policy.policy_version, language: cfg.policy.language };
    if (choices) body.choices = choices;
    if (chosen) body.services = chosen;
    return fetch(cfg.urls.consent, {
      method: "POST", credentials: "include",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    }).then(function (r) {
      if (r.status === 409) { location.reload(); throw new Error("policy changed"); }
      if (!r.ok) throw new Error("consent refused: " + r.status);
      return r.json();
    }).then(function (answer) {
      if (base !== location.origin) {
        var dom = cfg.cookie_domain, h = location.hostname;
        var shared = dom && (h === dom || h.slice(-dom.length - 1) === "." + dom);
        d.cookie = cfg.cookie_name + "=" + answer.cookie + "; Path=/; Max-Age=" + answer.max_age +
          (shared ? "; Domain=" + dom : "") + "; SameSite=Lax" + (location.protocol === "https:" ? "; Secure" : "");
      }
      consent = { id: answer.consent_id, at: Date.now() / 1000, choices: answer.choices, services: answer.services || {} };
      CATS.forEach(function (c) { if (before[c] && !answer.choices[c]) forget(c); });
      close();
      apply();
      if (gpp) gpp.changed();
      d.dispatchEvent(new CustomEvent("cookiewarden:consent", { detail: api.getConsent() }));
    });
  }

  function close() {
    if (!dialog) return;
    d.removeEventListener("keydown", onKey, true);
    dialog.remove(); backdrop.remove(); dialog = null;
    if (opener && opener.focus) opener.focus();
  }

  function onKey(e) {
    if (e.key === "Escape") { e.preventDefault(); decide("close"); return; }
    if (e.key !== "Tab") return;
    var f = dialog.querySelectorAll("button, a[href], input:not([disabled])");
    var first = f[0], last = f[f.length - 1];
    if (e.shiftKey && (d.activeElement === first || d.activeElement === dialog)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && d.activeElement === last) { e.preventDefault(); first.focus(); }
    else if (!dialog.contains(d.activeElement)) { e.preventDefault(); first.focus(); }
  }

  function button(label, cls, onclick) {
    var b = el("button", { type: "button", "class": cls }, label);
    b.onclick = onclick;
    return b;
  }

  function show(panel) {
    close();
    var t = cfg.texts;
    opener = d.activeElement;
    backdrop = el("div", { "class": "cw-backdrop" });
    dialog = el("div", { role: "dialog", "aria-modal": "true", tabindex: "-1", "aria-labelledby": "cw-title", "aria-describedby": "cw-text", "class": "cw-dialog", lang: cfg.policy.language, dir: cfg.dir });
    dialog.appendChild(el("h2", { id: "cw-title" }, t.title));
    dialog.appendChild(el("p", { id: "cw-text" }, t.text));
    if (gpc) dialog.appendChild(el("p", { "class": "cw-gpc" }, t.gpc));
    var link = el("a", { href: cfg.urls.policy }, t.policy_link);
    var p = el("p"); p.appendChild(link); dialog.appendChild(p);
    var actions = el("div", { "class": "cw-actions" });
    if (panel) {
      var ch = current();
      cfg.policy.categories.forEach(function (c) {
        var box = el("div", { "class": "cw-category" });
        var label = el("label"), input = el("input", { type: "checkbox", role: "switch", name: c.id });
        label.appendChild(el("span", {}, c.name));
        if (c.id === "necessary") { input.checked = true; input.disabled = true; label.firstChild.textContent += " (" + t.always_on + ")"; }
        else {
          input.checked = ch[c.id];
          if (c.id === "marketing" && gpc) { input.checked = false; input.disabled = true; }
        }
        label.appendChild(input); box.appendChild(label);
        box.appendChild(el("p", { "class": "cw-note" }, c.description));
        /* A switch per service of this kind; switching the kind switches them all. */
        if (c.services && c.services.length && c.id !== "necessary") {
          var group = el("fieldset", { "class": "cw-services" });
          group.appendChild(el("legend", {}, t.services));
          var toggles = c.services.map(function (s) {
            var row = el("label"), sw = el("input", { type: "checkbox", role: "switch", name: "service", value: s.key });
            sw.checked = serviceOn(s.key, c.id);
            if (input.disabled) { sw.checked = input.checked; sw.disabled = true; }
            row.appendChild(el("span", {}, s.name)); row.appendChild(sw); group.appendChild(row);
            return sw;
          });
          input.addEventListener("change", function () {
            toggles.forEach(function (sw) { sw.checked = input.checked; });
          });
          box.appendChild(group);
        }
        var exempt = c.cookies.some(function (k) { return k.exempt; }) || (c.id === "statistics" && !!cfg.urls.hit);
        if (exempt) {
          var el2 = el("label"), opt = el("input", { type: "checkbox", role: "switch", name: "exempt" });
          opt.checked = !ch.exempt_opt_out;
          el2.appendChild(el("span", {}, t.exempt)); el2.appendChild(opt); box.appendChild(el2);
        }
        if (c.cookies.length) {
          var ul = el("ul");
          c.cookies.forEach(function (k) { ul.appendChild(el("li", {}, k.name + " — " + k.provider + " — " + k.duration)); });
          box.appendChild(ul);
        }
        dialog.appendChild(box);
      });
      actions.appendChild(button(t.accept_all, "cw-choice", function () { decide("accept_all"); }));
      actions.appendChild(button(t.reject_all, "cw-choice", function () { decide("reject_all", { exempt_opt_out: current().exempt_opt_out }); }));
      actions.appendChild(button(t.save, "cw-secondary", function () {
        var pick = { exempt_opt_out: false };
        CATS.forEach(function (c) { var i = dialog.querySelector('input[name="' + c + '"]'); pick[c] = !!(i && i.checked); });
        var ex = dialog.querySelector('input[name="exempt"]');
        if (ex) pick.exempt_opt_out = !ex.checked;
        var chosen = {};
        Array.prototype.forEach.call(dialog.querySelectorAll('input[name="service"]'), function (i) { chosen[i.value] = i.checked; });
        var none = !pick.preferences && !pick.statistics && !pick.marketing &&
          !Object.keys(chosen).some(function (k) { return chosen[k]; });
        decide(consent && none ? "withdraw" : "custom", pick, chosen);
      }));
    } else {
      actions.appendChild(button(t.accept_all, "cw-choice", function () { decide("accept_all"); }));
      actions.appendChild(button(t.reject_all, "cw-choice", function () { decide("reject_all"); }));
      actions.appendChild(button(t.customise, "cw-secondary", function () { show(true); }));
    }
    dialog.appendChild(actions);
    var x = button("×", "cw-close", function () { decide("close"); });
    x.setAttribute("aria-label", t.close);
    dialog.appendChild(x);
    d.body.appendChild(backdrop); d.body.appendChild(dialog);
    d.addEventListener("keydown", onKey, true);
    /* Focus goes to the dialog itself, so that no answer is pre-selected. */
    dialog.focus();
  }

  /* Where the rules inform instead of asking: a note that does not block the page, with the
     link to the visitor's choices ("Your privacy choices" where they may opt out). */
  function notice(c) {
    var t = c.texts, optOut = c.rules.rule_set === "opt-out";
    var box = el("div", { role: "region", "aria-label": t.title, "class": "cw-notice", lang: c.policy.language, dir: c.dir });
    box.appendChild(el("p", {}, optOut ? t.opt_out_text : t.text));
    if (optOut && gpc) box.appendChild(el("p", { "class": "cw-gpc" }, t.gpc_honoured));
    var p = el("p");
    p.appendChild(el("a", { href: c.urls.my_consent }, optOut ? t.privacy_choices : t.settings));
    p.appendChild(d.createTextNode(" · "));
    p.appendChild(el("a", { href: c.urls.policy }, t.policy_link));
    box.appendChild(p);
    box.appendChild(button(t.notice_ok, "cw-secondary", function () { box.remove(); }));
    d.body.appendChild(box);
  }

  /* One page view for the site's own audience measurement, which needs no consent: no cookie,
     no identifier, and nothing at all once the visitor has opted out. */
  function count() {
    var u = cfg.urls, name = u.statistics_cookie;
    if (consent && consent.choices.exempt_opt_out) {
      if (name) d.cookie = name + "=; Max-Age=0; Path=/";
      return;
    }
    if (!u.hit || !navigator.sendBeacon) return;
    /* The site's optional first-party cookie: a random number set once for 13 months and
       never renewed, so a returning browser is recognised across days. */
    var id = "";
    if (name) {
      var m = d.cookie.match(new RegExp("(?:^|; )" + name + "=([0-9a-f]{32})(?:;|$)"));
      if (m) id = m[1];
      else {
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        id = Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
        d.cookie = name + "=" + id + "; Max-Age=" + u.statistics_cookie_max_age + "; Path=/; SameSite=Lax" + (location.protocol === "https:" ? "; Secure" : "");
      }
    }
    /* Only the query parameters the site keeps leave the page: the rest may be personal. */
    var kept = location.search.slice(1).split("&").filter(function (pair) {
      return u.statistics_query.indexOf(pair.split("=")[0]) >= 0;
    });
    var path = location.pathname + (kept.length ? "?" + kept.join("&") : "");
    navigator.sendBeacon(u.hit, JSON.stringify({ p: path, r: d.referrer, l: navigator.language || "", v: id }));
  }

  var api = {
    show: function () { if (cfg) show(true); },
    getConsent: function () {
      return consent && { consentId: consent.id, decidedAt: consent.at, choices: current(), services: currentServices() };
    },
    accepted: accepted,
    serviceAllowed: serviceOn
  };
  w.cookiewarden = api;

  function start() {
    var lang = d.documentElement.lang ? "?lang=" + encodeURIComponent(d.documentElement.lang) : "";
    fetch(me.dataset.config + lang, { credentials: "include" })
      .then(function (r) { return r.json(); })
      .then(function (c) {
        /* The platform's addresses are paths on the platform, which may not be the page's
           origin. */
        ["consent", "policy", "my_consent", "hit"].forEach(function (k) {
          if (c.urls[k]) c.urls[k] = new URL(c.urls[k], base).href;
        });
        cfg = c;
        consent = readCookie();
        api.ready = true;
        var settings = button(c.texts.settings, "cw-settings", function () { show(true); });
        settings.lang = c.policy.language; settings.dir = c.dir;
        d.body.appendChild(settings);
        apply();
        /* Only the loader's own stub: another consent tool's __gpp is left to that tool. */
        var stub = w.__gpp;
        if (stub && stub.cookiewarden) {
          stub.load = loadGpp;
          if (c.gpp || stub.queue && stub.queue.length) loadGpp();
        }
        count();
        if (!consent && c.rules.rule_set === "opt-in") show(false);
        else if (!consent) notice(c);
      });
  }
  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", start); else start();
})();
