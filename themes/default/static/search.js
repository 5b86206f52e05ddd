/* overens search: finds compacts, principles, topics and counties by any word. The index is
   written at build time in parts, one per first two letters of a word (search-index/la.js
   holds every word starting with "la"), and a query loads only the parts of its own words,
   then what its shown results show of their compacts (search-index/c/N.js). Every part is a
   script that hands its data to this one, so search works when the site is opened from disk
   too. Swedish letters match with or without their dots and rings, and a word matches the
   start of a longer one ("långsiktig" finds "långsiktighet"). A word of a county's name
   ("skåne", "län") finds the county and the compacts in it, so "oberoende skåne" finds the
   principles on independence of Skåne's compacts. Results whose names hold every word come
   first; 50 are shown, and 50 more on request; they can be narrowed to a kind and a county.
   Without JavaScript the page shows the topics and compacts to browse instead. */
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var input = document.getElementById("search-query");
  if (!results || !status || !input) return;
  var kindFilter = document.getElementById("search-kind");
  var countyFilter = document.getElementById("search-county");
  var SHOWN = 50;
  var root = results.getAttribute("data-root");
  var base = root + results.getAttribute("data-index");
  var split = results.getAttribute("data-split") === "true";
  var lang = document.documentElement.lang || "sv";
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
  var counties = [];
  var loading = {};
  window.overensSearch = {
    part: function (key, words) { parts[key] = words; },
    compact: function (n, record) { compacts[n] = record; },
    topics: function (list) {
      topics = list.map(function (t) {
        return { t: t, title: " " + words(t[0]).join(" "), text: " " + words(t[0] + " " + t[2]).join(" ") };
      });
    },
    counties: function (list) {
      counties = list.map(function (c) {
        var members = {};
        var ids = [];
        var i = 0;
        var next = 0;
        while (i < c[3].length) {
          var value = read(c[3], i);
          i = value.end;
          var id = next + value.n;
          members[id] = true;
          ids.push(id);
          next = id + 1;
        }
        return { name: c[0], url: c[1], slug: c[2], title: " " + words(c[0]).join(" "), members: members, ids: ids };
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
  /* One number of the index at `i`: its value and where the next begins. */
  function read(text, i) {
    var n = 0;
    var scale = 1;
    var digit;
    do {
      digit = VALUE[text.charAt(i++)];
      n += (digit & 31) * scale;
      scale *= 32;
    } while (digit >= 32);
    return { n: n, end: i };
  }
  /* Calls found(document) for each document a list of postings names: for each compact, the
     gap since the last, then the mask of its documents (bit 0 its page, bit i its principle
     i - 1). A document is numbered compact * 64 + its bit. */
  function each(postings, found) {
    var i = 0;
    var compact = -1;
    while (i < postings.length) {
      var gap = read(postings, i);
      i = gap.end;
      compact += gap.n + 1;
      var bit = 0;
      var digit;
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
  /* The counties a term names. */
  function countiesOf(term) {
    return counties.filter(function (c) { return c.title.indexOf(" " + term) >= 0; });
  }
  /* Every hit of the terms: a document holds each term, or is in a county the term names.
     A hit's `name` says that its name holds every term (a county's words count for its
     compacts), and such hits of compacts, topics and counties come first, then principles,
     then the rest by score. */
  function search(terms) {
    var perTerm = terms.map(function (term) {
      var inCounty = {};
      countiesOf(term).forEach(function (c) {
        Object.keys(c.members).forEach(function (id) { inCounty[id] = true; });
      });
      return { docs: documents(term), inCounty: inCounty };
    });
    var candidates = {};
    perTerm.forEach(function (t) {
      Object.keys(t.docs).forEach(function (doc) { candidates[doc] = true; });
      Object.keys(t.inCounty).forEach(function (id) { candidates[id * 64] = true; });
    });
    var hits = [];
    Object.keys(candidates).forEach(function (key) {
      var doc = Number(key);
      var compact = Math.floor(doc / 64);
      var score = 0;
      var titled = 0;
      var county = 0;
      for (var k = 0; k < perTerm.length; k++) {
        var found = perTerm[k].docs[doc];
        if (found) {
          score += found;
          if (found === 3) titled++;
        } else if (perTerm[k].inCounty[compact]) {
          score += 1;
          county++;
        } else {
          return;
        }
      }
      hits.push({ doc: doc, compact: compact, score: score, name: titled > 0 && titled + county === terms.length });
    });
    topics.forEach(function (topic, i) {
      var score = 0;
      var titled = 0;
      var named = null;
      for (var k = 0; k < terms.length; k++) {
        var needle = " " + terms[k];
        var inCounties = countiesOf(terms[k]);
        if (topic.title.indexOf(needle) >= 0) { score += 3; titled++; }
        else if (topic.text.indexOf(needle) >= 0) score += 1;
        else if (inCounties.length === 1) named = inCounties[0];
        else if (inCounties.length === 0) return;
      }
      if (score === 0) return;
      hits.push({ topic: topic.t, score: score, doc: Infinity, order: i, name: titled > 0, named: named });
    });
    counties.forEach(function (county, i) {
      for (var k = 0; k < terms.length; k++) {
        if (county.title.indexOf(" " + terms[k]) < 0) return;
      }
      hits.push({ county: county, score: 3 * terms.length, doc: Infinity, order: -1 - i, name: true });
    });
    function rank(hit) {
      if (!hit.name) return 2;
      return hit.doc % 64 === 0 || hit.topic || hit.county ? 0 : 1;
    }
    hits.sort(function (a, b) {
      return rank(a) - rank(b) || b.score - a.score ||
        (a.doc === b.doc ? a.order - b.order : a.doc < b.doc ? -1 : 1);
    });
    return hits;
  }
  function kindOf(hit) {
    if (hit.county) return "county";
    if (hit.topic) return "topic";
    return hit.doc % 64 === 0 ? "compact" : "principle";
  }
  /* The hits the filters keep: of one kind, in one county (a topic then leads to its page
     for the county, on a site split by county). */
  function filtered(hits) {
    var kind = kindFilter ? kindFilter.value : "";
    var slug = countyFilter ? countyFilter.value : "";
    var county = null;
    counties.forEach(function (c) { if (c.slug === slug) county = c; });
    return hits.filter(function (hit) {
      var k = kindOf(hit);
      if (kind && k !== kind) return false;
      if (!county) return true;
      if (k === "county") return hit.county === county;
      if (k === "topic") return true;
      return !!county.members[hit.compact];
    });
  }
  /* A hit as a link: its title, address and kind. */
  function shown(hit) {
    var kind = kindOf(hit);
    if (kind === "county") return { title: hit.county.name, url: hit.county.url, kind: kind };
    if (kind === "topic") {
      var url = hit.topic[1];
      /* In the county filtered by, or the one the words name, on a site split by county. */
      var slug = (countyFilter && countyFilter.value) || (hit.named ? hit.named.slug : "");
      if (split && slug) url = url.replace(/index\.html$/, slug + "/index.html");
      return { title: hit.topic[0], url: url, kind: kind };
    }
    var record = compacts[hit.compact];
    if (!record) return null;
    var n = hit.doc % 64;
    if (n === 0) return { title: record[1], url: record[0] + "/index.html", kind: kind };
    var principle = record[2][n - 1];
    if (!principle) return null;
    return { title: principle[1], url: record[0] + "/" + principle[0] + "/index.html", kind: kind };
  }
  function number(n) {
    try { return n.toLocaleString(lang); } catch (e) { return String(n); }
  }
  /* Loads what the hits from `from` to `to` show of their compacts. */
  function loadShown(hits, from, to) {
    var wanted = [];
    hits.slice(from, to).forEach(function (hit) {
      if (hit.topic || hit.county) return;
      if (wanted.indexOf(hit.compact) < 0) wanted.push(hit.compact);
    });
    return Promise.all(wanted.map(function (n) { return load("c/" + n); }));
  }

  var latest = 0;
  var current = { hits: [], shownTo: 0, terms: [] };
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
      var hits = filtered(search(terms));
      return loadShown(hits, 0, SHOWN).then(function () {
        if (run !== latest) return;
        current = { hits: hits, shownTo: 0, terms: terms };
        results.textContent = "";
        if (hits.length === 0) {
          status.textContent = status.getAttribute("data-none");
          suggest(terms);
          return;
        }
        var list = document.createElement("ol");
        list.className = "search-hits";
        results.appendChild(list);
        more();
      });
    });
  }
  /* Shows the next hits, up to SHOWN more, with a button for the rest. */
  function more() {
    var hits = current.hits;
    var from = current.shownTo;
    var to = Math.min(hits.length, from + SHOWN);
    var list = results.querySelector("ol.search-hits");
    var old = results.querySelector(".search-more");
    if (old) old.parentNode.removeChild(old);
    var firstNew = null;
    hits.slice(from, to).forEach(function (hit) {
      var view = shown(hit);
      if (!view) return;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + view.url;
      link.textContent = view.title;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + results.getAttribute("data-kind-" + view.kind) + ")"));
      list.appendChild(item);
      if (!firstNew) firstNew = link;
    });
    current.shownTo = to;
    status.textContent = hits.length <= SHOWN
      ? number(hits.length) + " " + status.getAttribute(hits.length === 1 ? "data-count-one" : "data-count-many")
      : status.getAttribute("data-showing").replace("{from}", "1").replace("{to}", number(to))
        .replace("{total}", number(hits.length));
    if (to < hits.length) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "search-more";
      button.textContent = status.getAttribute("data-more").replace("{n}", number(Math.min(SHOWN, hits.length - to)));
      button.addEventListener("click", function () {
        var run = latest;
        loadShown(hits, to, to + SHOWN).then(function () {
          if (run !== latest) return;
          var next = more();
          if (next) next.focus();
        });
      });
      results.appendChild(button);
    }
    return from > 0 ? firstNew : null;
  }
  /* When nothing is found: each word on its own, when it finds something, and for a word
     that finds nothing the nearest word of the index. */
  function suggest(terms) {
    var offers = [];
    if (terms.length > 1) {
      terms.forEach(function (term) {
        if (filtered(search([term])).length > 0) offers.push(term);
      });
    }
    terms.forEach(function (term) {
      if (filtered(search([term])).length > 0) return;
      var near = nearest(term);
      if (near && offers.indexOf(near) < 0) offers.push(near);
    });
    if (offers.length === 0) return;
    var p = document.createElement("p");
    p.className = "search-suggest";
    p.appendChild(document.createTextNode(status.getAttribute("data-suggest") + " "));
    offers.forEach(function (word, i) {
      if (i > 0) p.appendChild(document.createTextNode(", "));
      var link = document.createElement("a");
      link.href = "?q=" + encodeURIComponent(word);
      link.textContent = word;
      p.appendChild(link);
    });
    p.appendChild(document.createTextNode("?"));
    results.appendChild(p);
  }
  /* The word of the index, the topics or the counties nearest to `term`: at most two
     letters changed, added or removed. */
  function nearest(term) {
    var best = null;
    var bestCost = 3;
    var pool = Object.keys(parts[term.slice(0, 2)] || {});
    topics.forEach(function (t) { pool = pool.concat(t.text.trim().split(" ")); });
    counties.forEach(function (c) { pool = pool.concat(c.title.trim().split(" ")); });
    pool.forEach(function (word) {
      if (Math.abs(word.length - term.length) >= bestCost) return;
      var cost = distance(term, word, bestCost);
      if (cost < bestCost) { bestCost = cost; best = word; }
    });
    return best;
  }
  /* Edit distance of `a` and `b`, or `limit` when it is at least that. */
  function distance(a, b, limit) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var prev = row[0];
      row[0] = i;
      var least = row[0];
      for (var k = 1; k <= b.length; k++) {
        var keep = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1, prev + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
        prev = keep;
        if (row[k] < least) least = row[k];
      }
      if (least >= limit) return limit;
    }
    return Math.min(row[b.length], limit);
  }
  var params = new URLSearchParams(window.location.search);
  var query = params.get("q") || "";
  input.value = query;
  if (kindFilter && params.get("typ")) kindFilter.value = params.get("typ");
  if (countyFilter && params.get("lan")) countyFilter.value = params.get("lan");
  show(query);
  input.addEventListener("input", function () { show(input.value); });
  [kindFilter, countyFilter].forEach(function (select) {
    if (select) select.addEventListener("change", function () { show(input.value); });
  });
})();
