/* cookiewarden blocking loader, for pages not behind the gateway: placed first in <head>,
   synchronous, it holds back the scripts, frames and images that other scripts (a tag
   manager's) insert later, when they load a known service the visitor has not allowed. They
   are gated as the gateway gates them (data-src, data-category, data-service), so the banner
   runs them after consent, in order. Served as `(this function)(the site's services);`. */
(function (D) {
  "use strict";
  var d = document, w = window;
  var CATS = ["necessary", "preferences", "statistics", "marketing"];
  var STRICT = [0, 1, 2, 3];

  /* `pattern` matches the start of `text`, `*` standing for one or more characters other than
     `/` and `?` (the catalogue's URL prefixes). */
  function glob(p, t) {
    var star = p.indexOf("*");
    if (star < 0) return t.slice(0, p.length) === p;
    if (t.slice(0, star) !== p.slice(0, star)) return false;
    var rest = t.slice(star), seg = rest.search(/[\/?]/);
    if (seg < 0) seg = rest.length;
    for (var n = 1; n <= seg; n++) if (glob(p.slice(star + 1), rest.slice(n))) return true;
    return false;
  }

  function hostIs(known, host) {
    if (known.slice(0, 2) !== "*.") return host === known;
    var parent = known.slice(1);
    return host.length > parent.length && host.slice(-parent.length) === parent;
  }

  /* The service a URL belongs to: the longest matching prefix or host, the stricter purpose
     on a tie, as the gateway decides. Services are [key, kind, bit, name, hosts, prefixes]. */
  function serviceOf(u) {
    var host = u.hostname.replace(/\.$/, "").toLowerCase(), full = host + u.pathname + u.search;
    var best = null, len = -1;
    D.v.forEach(function (s) {
      var l = -1;
      s[5].forEach(function (p) { if (p.length > l && glob(p, full)) l = p.length; });
      s[4].forEach(function (k) { if (k.length > l && hostIs(k, host)) l = k.length; });
      if (l > len || (l >= 0 && l === len && STRICT[s[1]] > STRICT[best[1]])) { best = s; len = l; }
    });
    return best;
  }

  /* Bit n of a hex number too long for a JavaScript number. */
  function bit(hex, n) {
    var digit = hex.charAt(hex.length - 1 - Math.floor(n / 4));
    return !!digit && ((parseInt(digit, 16) >> (n % 4)) & 1) === 1;
  }

  /* The signed choice as this page can read it (the server checks the signature; a forged
     cookie only ever lets through what the visitor's own browser could load anyway). */
  function choice() {
    var m = d.cookie.match(new RegExp("(?:^|; )" + D.c + "=([^;]*)"));
    if (!m) return null;
    var p = decodeURIComponent(m[1]).split(".");
    if (p.length !== 8 || p[0] !== "1" || p[1] !== D.s) return null;
    var f = p[4].split("-"), flags = parseInt(f[0], 16);
    var c = { f: flags, g: f[1] || "0", r: f[2] || "0" };
    /* A consent given for another version of the policy counts for nothing. */
    if (p[3] !== D.p) return null;
    return c;
  }

  /* Whether a service may load now: the banner's answer once it knows the visitor's rules,
     before that the signed choice, and with no choice nothing beyond necessary. */
  function allowed(s) {
    var kind = CATS[s[1]], cw = w.cookiewarden;
    if (s[1] === 0) return true;
    if (cw && cw.ready) return cw.serviceAllowed(s[0], kind);
    var c = choice();
    if (!c) return false;
    if (s[2] >= 0 && bit(c.g, s[2])) return true;
    if (s[2] >= 0 && bit(c.r, s[2])) return false;
    return (c.f & (1 << (s[1] - 1))) !== 0;
  }

  /* The service an address would load and must wait for, if any. */
  function held(value) {
    var u;
    try { u = new URL(String(value), d.baseURI); } catch (e) { return null; }
    if (!/^https?:$/.test(u.protocol) || u.hostname === location.hostname) return null;
    var s = serviceOf(u);
    return s && !allowed(s) ? s : null;
  }

  var setAttribute = Element.prototype.setAttribute;
  var typeOf = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, "type");

  /* Moves the address aside and marks the element as the gateway does. */
  function gate(e, attr, value, s) {
    setAttribute.call(e, "data-" + attr, value);
    setAttribute.call(e, "data-category", CATS[s[1]]);
    setAttribute.call(e, "data-service", s[0]);
    if (e.localName === "iframe") setAttribute.call(e, "data-service-name", s[3]);
    if (e.localName === "script") {
      var type = e.getAttribute("type");
      if (type && type !== "text/plain") setAttribute.call(e, "data-type", type);
      typeOf.set.call(e, "text/plain");
    }
  }

  /* Each address that makes an element fetch, on the elements tags insert. */
  var WATCHED = { script: "src", iframe: "src", img: "src" };
  [[HTMLScriptElement, "src"], [HTMLIFrameElement, "src"], [HTMLImageElement, "src"]].forEach(function (pair) {
    var proto = pair[0].prototype, original = Object.getOwnPropertyDescriptor(proto, pair[1]);
    Object.defineProperty(proto, pair[1], {
      configurable: true, enumerable: original.enumerable, get: original.get,
      set: function (value) {
        var s = held(value);
        if (s) gate(this, pair[1], value, s); else original.set.call(this, value);
      }
    });
  });
  Element.prototype.setAttribute = function (name, value) {
    var lower = String(name).toLowerCase();
    if (WATCHED[this.localName] === lower) {
      var s = held(value);
      if (s) { gate(this, lower, value, s); return; }
    }
    return setAttribute.apply(this, arguments);
  };
  /* A held script stays inert when a tag sets its type after its address. */
  Object.defineProperty(HTMLScriptElement.prototype, "type", {
    configurable: true, enumerable: typeOf.enumerable, get: typeOf.get,
    set: function (value) {
      if (this.getAttribute("data-service") && this.hasAttribute("data-src") && this.getAttribute("type") === "text/plain") {
        setAttribute.call(this, "data-type", value);
      } else typeOf.set.call(this, value);
    }
  });
})
