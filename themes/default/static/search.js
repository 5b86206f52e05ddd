/* overens search: finds compacts, principles and topics by any word. The index is written at
   build time in parts, one per first two letters of a word (search-index/la.js holds every
   word starting with "la"), and a query loads only the parts of its own words, then what its
   first results show of their compacts (search-index/c/N.js). Every part is a script that
   hands its data to this one, so search works when the site is opened from disk too. Swedish letters match with
   or without their dots and rings, and a word matches the start of a longer one ("långsiktig"
   finds "långsiktighet"). Without JavaScript the page shows the topics and compacts to
   browse instead. */
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var input = document.getElementById("search-query");
  if (!results || !status || !input) return;
  var SHOWN = 50;
  var base = results.getAttribute("data-root") + results.getAttribute("data-index");
  var available = {};
  (results.getAttribute("data-parts") || "").split(" ").forEach(function (key) {
    if (key) available[key] = true;
  });
  /* The index's numbers: base 32, lowest digit first, a digit from the second half of
     DIGITS saying that more follow. */
  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) VALUE[DIGITS.charAt(d)] = d;

  var parts = {};
  var compacts = {};
  var topics = [];
  var loading = {};
  window.overensSearch = {
    part: function (key, words) { parts[key] = words; },
    compact: function (n, record) { compacts[n] = record; },
    topics: function (list) {
      topics = list.map(function (t) {
        return { t: t, title: " " + words(t[0]).join(" "), text: " " + words(t[0] + " " + t[2]).join(" ") };
      });
    }
  };
  /* Loads search-index/NAME.js once; the promise settles when it has run or failed. */
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (done) {
        var script = document.createElement("script");
        script.src = base + name + ".js";
        script.onload = done;
        script.onerror = done;
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function fold(text) {
    return text.toLowerCase()
      .replace(/[åäáà]/g, "a").replace(/[öó]/g, "o").replace(/[éèë]/g, "e").replace(/ü/g, "u");
  }
  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
  }
  /* Swedish endings that vary between forms of one word, stripped from what the reader
     typed so that "principerna" finds "principer" and "samverkan" finds "samverka". */
  var endings = ["heterna", "heten", "erna", "arna", "orna", "ande", "ende", "het", "are", "ens", "ers", "ar", "er", "or", "en", "et", "na", "a", "e", "t"];
  function stem(word) {
    for (var i = 0; i < endings.length; i++) {
      var ending = endings[i];
      if (word.length - ending.length >= 4 && word.slice(-ending.length) === ending) {
        return word.slice(0, -ending.length);
      }
    }
    return word;
  }
  /* Calls found(document) for each document a list of postings names: for each compact, the
     gap since the last, then the mask of its documents (bit 0 its page, bit i its principle
     i - 1). A document is numbered compact * 64 + its bit. */
  function each(postings, found) {
    var i = 0;
    var compact = -1;
    while (i < postings.length) {
      var gap = 0;
      var scale = 1;
      var digit;
      do {
        digit = VALUE[postings.charAt(i++)];
        gap += (digit & 31) * scale;
        scale *= 32;
      } while (digit >= 32);
      compact += gap + 1;
      var bit = 0;
      do {
        digit = VALUE[postings.charAt(i++)];
        for (var b = 0; b < 5; b++) if (digit & (1 << b)) found(compact * 64 + bit + b);
        bit += 5;
      } while (digit >= 32);
    }
  }
  /* The documents a term finds, each scored 3 when the term is in its title, else 1. */
  function documents(term) {
    var found = {};
    var inPart = parts[term.slice(0, 2)] || {};
    Object.keys(inPart).forEach(function (word) {
      if (word.indexOf(term) !== 0) return;
      each(inPart[word][0], function (doc) { if (!found[doc]) found[doc] = 1; });
      each(inPart[word][1], function (doc) { found[doc] = 3; });
    });
    return found;
  }
  function search(terms) {
    var scores = null;
    terms.forEach(function (term) {
      var found = documents(term);
      if (scores === null) {
        scores = found;
        return;
      }
      var both = {};
      Object.keys(scores).forEach(function (doc) {
        if (found[doc]) both[doc] = scores[doc] + found[doc];
      });
      scores = both;
    });
    var hits = Object.keys(scores || {}).map(function (doc) {
      return { doc: Number(doc), score: scores[doc] };
    });
    topics.forEach(function (topic, i) {
      var score = 0;
      for (var k = 0; k < terms.length; k++) {
        var needle = " " + terms[k];
        if (topic.title.indexOf(needle) >= 0) score += 3;
        else if (topic.text.indexOf(needle) >= 0) score += 1;
        else return;
      }
      hits.push({ topic: topic.t, score: score, doc: Infinity, order: i });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || (a.doc === b.doc ? a.order - b.order : a.doc < b.doc ? -1 : 1);
    });
    return hits;
  }
  /* A hit as a link: its title, address and kind. */
  function shown(hit) {
    if (hit.topic) return { title: hit.topic[0], url: hit.topic[1], kind: "topic" };
    var record = compacts[Math.floor(hit.doc / 64)];
    if (!record) return null;
    var n = hit.doc % 64;
    if (n === 0) return { title: record[1], url: record[0] + "/index.html", kind: "compact" };
    var principle = record[2][n - 1];
    if (!principle) return null;
    return { title: principle[1], url: record[0] + "/" + principle[0] + "/index.html", kind: "principle" };
  }

  var latest = 0;
  function show(query) {
    var run = ++latest;
    var all = words(query).map(stem);
    var terms = all.filter(function (term) { return term.length >= 2; });
    if (all.length === 0 || terms.length === 0) {
      results.textContent = "";
      status.textContent = all.length === 0 ? "" : status.getAttribute("data-short");
      return;
    }
    var needed = ["topics"];
    terms.forEach(function (term) {
      var key = term.slice(0, 2);
      if (available[key] && needed.indexOf(key) < 0) needed.push(key);
    });
    Promise.all(needed.map(load)).then(function () {
      if (run !== latest) return null;
      var hits = search(terms);
      var first = hits.slice(0, SHOWN);
      var wanted = [];
      first.forEach(function (hit) {
        var n = Math.floor(hit.doc / 64);
        if (!hit.topic && wanted.indexOf(n) < 0) wanted.push(n);
      });
      return Promise.all(wanted.map(function (n) { return load("c/" + n); })).then(function () {
        if (run === latest) render(hits, first);
      });
    });
  }
  function render(hits, first) {
    results.textContent = "";
    status.textContent = hits.length === 0 ? status.getAttribute("data-none")
      : hits.length + " " + status.getAttribute(hits.length === 1 ? "data-count-one" : "data-count-many");
    if (hits.length === 0) return;
    var list = document.createElement("ol");
    first.forEach(function (hit) {
      var view = shown(hit);
      if (!view) return;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = results.getAttribute("data-root") + view.url;
      link.textContent = view.title;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + results.getAttribute("data-kind-" + view.kind) + ")"));
      list.appendChild(item);
    });
    results.appendChild(list);
  }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () { show(input.value); });
})();
