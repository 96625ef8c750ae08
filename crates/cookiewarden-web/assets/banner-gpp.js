/* cookiewarden: IAB's Global Privacy Platform API (v1.1) for vendors' tags, loaded by the banner
   for a visitor in the United States or when a tag calls __gpp(). The server wrote the string
   for each standing; this picks the visitor's (marketing off is the opt-out of sale, sharing
   and targeted advertising) and answers __gpp() and, through the __gppLocator frame, frames. */
(function () {
  "use strict";
  var w = window, d = document;

  /* Installs the API over the loader's stub, answering what the stub queued; `accepted` and
     `visible` are the banner's, so the answers follow the visitor's choice as it changes. */
  w.__cookiewardenGpp = function (cfg, accepted, gpc, visible) {
    var g = cfg.gpp, listeners = [], next = 0;

    function standing() {
      return g ? g.standings[(accepted("marketing") ? 0 : 1) + (gpc ? 2 : 0)] : null;
    }

    function ping() {
      var s = standing();
      return {
        gppVersion: "1.1", cmpStatus: "loaded", cmpDisplayStatus: visible() ? "visible" : "hidden",
        signalStatus: "ready", supportedAPIs: g ? g.supported : [], cmpId: g ? g.cmp_id : 1,
        sectionList: g ? g.section_ids : [], applicableSections: g ? g.applicable : [-1],
        gppString: s ? s.string : "", parsedSections: s ? s.parsed : {}
      };
    }

    function event(name, data) {
      listeners.forEach(function (l) { l.cb({ eventName: name, listenerId: l.id, data: data, pingData: ping() }, true); });
    }

    /* Own fields only: "__proto__" or "constructor" name no section or field. */
    function own(object, key) {
      return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : null;
    }

    function call(cmd, cb, param) {
      if (typeof cb !== "function") return;
      var s = standing(), parsed = s ? s.parsed : {}, f = String(param).split(".");
      if (cmd === "ping") cb(ping(), true);
      else if (cmd === "addEventListener") {
        /* A frame may ask without end through postMessage: listeners are bounded. */
        if (listeners.length >= 100) { cb(null, false); return; }
        var id = next++;
        listeners.push({ id: id, cb: cb });
        cb({ eventName: "listenerRegistered", listenerId: id, data: true, pingData: ping() }, true);
      } else if (cmd === "removeEventListener") {
        var n = listeners.length;
        listeners = listeners.filter(function (l) { return l.id !== param; });
        cb(n !== listeners.length, true);
      } else if (cmd === "hasSection") cb(own(parsed, param) !== null, true);
      else if (cmd === "getSection") cb(own(parsed, param), true);
      else if (cmd === "getField") cb(own(own(parsed, f[0]), f[1]), true);
      else cb(null, false);
    }

    var queued = w.__gpp.queue || [];
    w.__gpp = call;
    queued.forEach(function (a) { call.apply(null, a); });
    event("signalStatus", "ready");
    if (!w.frames.__gppLocator) {
      var frame = d.createElement("iframe");
      frame.name = "__gppLocator";
      frame.title = "";
      frame.setAttribute("aria-hidden", "true");
      frame.tabIndex = -1;
      frame.style.display = "none";
      d.body.appendChild(frame);
    }
    /* Frames without access to this window ask through postMessage, as the specification says. */
    w.addEventListener("message", function (e) {
      var m = e.data;
      if (typeof m === "string") { try { m = JSON.parse(m); } catch (x) { return; } }
      var c = m && m.__gppCall;
      if (!c || !e.source) return;
      call(c.command, function (value, ok) {
        e.source.postMessage({ __gppReturn: { returnValue: value, success: ok, callId: c.callId } }, "*");
      }, c.parameter);
    });
    return {
      /* After a decision: each section's string may have changed. */
      changed: function () {
        if (g) g.supported.forEach(function (api) { event("sectionChange", api.split(":")[1]); });
      }
    };
  };
})();
