/* Küme Asistanı: the page's own behaviour (citations, popovers, copy, toggles, map, scrolling, Gradio locale).
   Everything works by event delegation on the document, so it survives Gradio re-rendering components.
   It only reads text the server escaped and writes it back as textContent: no HTML is built from content. */
(function () {
  "use strict";
  if (window.kumePage) return;
  window.kumePage = true;
  var uiLang = "tr";  // the page's labels start in Turkish whatever the browser's language
  // Gradio picks its built-in strings' language from the browser's; the page's interface language decides.
  try {
    Object.defineProperty(Navigator.prototype, "language", {configurable: true, get: function () { return uiLang; }});
    Object.defineProperty(Navigator.prototype, "languages", {configurable: true, get: function () { return [uiLang]; }});
  } catch (e) { /* a browser that refuses: Gradio then follows the browser */ }

  function gradioCore() {
    var urls = performance.getEntriesByType("resource").map(function (e) { return e.name; })
      .concat(Array.prototype.map.call(document.querySelectorAll("script[src],link[href]"), function (el) {
        return el.src || el.href; }));
    var url = urls.filter(function (u) { return /\/assets\/core-[\w-]+\.js$/.test(u); })[0];
    return url ? import(url) : Promise.reject(new Error("no Gradio core module"));
  }
  var localeDone = "";
  function setLocale(lang) {
    if (!lang || lang === localeDone) return;
    uiLang = lang;
    gradioCore().then(function (m) {
      if (m.changeLocale) { m.changeLocale(lang); localeDone = lang; }
      document.documentElement.setAttribute("lang", lang);
    }).catch(function () {});
  }
  window.kumeSetLocale = setLocale;

  function request(box, button, value) {
    var area = document.querySelector("#" + box + " textarea, #" + box + " input");
    var go = document.querySelector("#" + button);
    if (!area || !go) return;
    area.value = value;
    area.dispatchEvent(new Event("input", {bubbles: true}));
    setTimeout(function () { go.click(); }, 0);
  }

  // -- citation popover and click ------------------------------------------------------------------------
  var pop = null;
  function popover() {
    if (!pop) {
      pop = document.createElement("div");
      pop.id = "kume-pop"; pop.setAttribute("role", "tooltip"); pop.hidden = true;
      document.body.appendChild(pop);
    }
    return pop;
  }
  function showTip(el, text) {
    var p = popover();
    p.textContent = text; p.hidden = false;
    var r = el.getBoundingClientRect(), w = Math.min(360, window.innerWidth - 16);
    p.style.maxWidth = w + "px";
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - w - 8));
    p.style.left = left + "px";
    p.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function hideTip() { if (pop) pop.hidden = true; }
  function citeTip(a) {
    if (a.title) { a.setAttribute("data-tip", a.title); a.removeAttribute("title"); }
    return a.getAttribute("data-tip") || "";
  }
  function openCite(a) {
    var m = /#kume-cite-(\d+)-(\d+)$/.exec(a.getAttribute("href") || "");
    if (!m) return;
    document.querySelectorAll("a.kume-cite.kume-active").forEach(function (x) { x.classList.remove("kume-active"); });
    a.classList.add("kume-active");
    request("cite-req", "cite-go", m[1] + ":" + m[2]);
    var panel = document.querySelector("#sources");
    if (panel && window.innerWidth < 900) panel.scrollIntoView({behavior: "smooth", block: "start"});
  }
  document.addEventListener("mouseover", function (e) {
    var a = e.target.closest && e.target.closest("a.kume-cite");
    if (a) { showTip(a, citeTip(a)); return; }
    var p = e.target.closest && e.target.closest(".kume-prov");
    if (p) { showTip(p, p.getAttribute("data-tip") || ""); p.querySelector("title") && p.querySelector("title").remove(); }
  });
  document.addEventListener("mouseout", function (e) {
    if (e.target.closest && (e.target.closest("a.kume-cite") || e.target.closest(".kume-prov"))) hideTip();
  });
  document.addEventListener("focusin", function (e) {
    var a = e.target.closest && e.target.closest("a.kume-cite, .kume-prov");
    if (a) showTip(a, a.classList.contains("kume-cite") ? citeTip(a) : a.getAttribute("data-tip") || "");
  });
  document.addEventListener("focusout", hideTip);

  function activate(e) {
    var t = e.target;
    var a = t.closest && t.closest("a.kume-cite");
    if (a) { e.preventDefault(); e.stopPropagation(); citeTip(a); openCite(a); return; }
    var copy = t.closest && t.closest("button.kume-copy");
    if (copy) {
      e.preventDefault(); e.stopPropagation();
      var msg = copy.closest(".kume-msg"), src = msg && msg.querySelector(".kume-copytext");
      var text = src ? src.textContent.replace(/\u2409/g, "\t") : "";
      var done = function () { copy.classList.add("kume-copied"); setTimeout(function () { copy.classList.remove("kume-copied"); }, 1500); };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, function () {});
      else { var ta = document.createElement("textarea"); ta.value = text; document.body.appendChild(ta); ta.select();
             try { document.execCommand("copy"); done(); } catch (x) {} ta.remove(); }
      window.kumeLastCopy = text;
      return;
    }
    var toggle = t.closest && t.closest("button.kume-toggle");
    if (toggle) {
      var panel = toggle.closest(".kume-panel"), en = panel.querySelector(".kume-en"), tr = panel.querySelector(".kume-tr");
      var showTr = toggle.getAttribute("aria-pressed") !== "true";
      toggle.setAttribute("aria-pressed", showTr ? "true" : "false");
      en.hidden = showTr; tr.hidden = !showTr;
      toggle.textContent = showTr ? toggle.getAttribute("data-on") : toggle.getAttribute("data-off");
      if (showTr) scrollQuote(panel);
      return;
    }
    var prov = t.closest && t.closest("#kmap .kume-prov");
    if (prov) { request("map-req", "map-go", prov.getAttribute("data-province")); }
  }
  document.addEventListener("click", activate, true);
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") return;
    var t = e.target;
    if (t.closest && (t.closest("a.kume-cite") || t.closest("#kmap .kume-prov"))) activate(e);
  }, true);
  document.addEventListener("change", function (e) {
    var radio = e.target.closest && e.target.closest("#ui-lang input[type=radio]");
    if (radio && radio.checked) setLocale(radio.value === "English" || radio.value === "en" ? "en" : "tr");
  }, true);

  // -- scrolling: a new answer from its top; the quote into the panel's view -------------------------------
  function scroller(el) {
    for (var n = el; n && n !== document.body; n = n.parentElement) {
      var s = getComputedStyle(n).overflowY;
      if ((s === "auto" || s === "scroll") && n.scrollHeight > n.clientHeight) return n;
    }
    return null;
  }
  function scrollQuote(panel) {
    var mark = panel && panel.querySelector("mark.kume-quote, .kume-warn");
    var box = mark && scroller(mark);
    if (box) box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 4;
  }
  // Gradio's client and server raise a few messages in English whatever the locale: say them in Turkish
  var TOASTS_TR = [
    [/^File\(s\) exceed the maximum allowed size of ([^:]+):?(.*)$/, "Dosya izin verilen en büyük boyutu ($1) aşıyor:$2"],
    [/^Invalid file type\.? ?Please upload a file that is one of these formats: (.*)$/, "Geçersiz dosya türü; yalnızca şu biçimler: $1"],
    [/^Invalid file type.*$/, "Geçersiz dosya türü."],
    [/^Connection errored out\.?$/, "Bağlantı koptu."]
  ];
  function translateToasts() {
    if (uiLang !== "tr") return;
    document.querySelectorAll("[data-testid='toast-text']").forEach(function (el) {
      var text = (el.textContent || "").trim();
      for (var i = 0; i < TOASTS_TR.length; i++) {
        if (TOASTS_TR[i][0].test(text)) { el.textContent = text.replace(TOASTS_TR[i][0], TOASTS_TR[i][1]); break; }
      }
    });
  }
  var lastBots = -1, lastKey = "";
  function watch() {
    translateToasts();
    if (localeDone !== uiLang && document.querySelector("#ui-lang")) setLocale(uiLang);
    var chat = document.querySelector("#chat");
    if (chat) {
      var users = chat.querySelectorAll('[data-testid="user"]');
      var bots = chat.querySelectorAll('[data-testid="bot"]');
      var lastBot = bots[bots.length - 1];
      var state = bots.length + (lastBot && lastBot.querySelector(".kume-pending") ? "p" : "");
      if (state !== lastBots) {
        // a new question, then its finished answer: bring the question to the top, the answer under it
        if (lastBots !== -1 && users.length) {
          var last = users[users.length - 1], box = scroller(last);
          if (box) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
        }
        lastBots = state;
      }
    }
    var panel = document.querySelector("#passage .kume-panel");
    var key = panel ? (panel.getAttribute("data-turn") + ":" + panel.getAttribute("data-n")) : "";
    if (key !== lastKey) { lastKey = key; if (panel) scrollQuote(panel); }
  }
  new MutationObserver(function () { window.requestAnimationFrame(watch); })
    .observe(document.documentElement, {childList: true, subtree: true});
})();
