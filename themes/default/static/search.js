/* overens search: finds compacts, principles and topics by any word, in the index written at
   build time (search-index.js). Swedish letters match with or without their dots and rings,
   and a word matches the start of a longer one ("långsiktig" finds "långsiktighet").
   Without JavaScript the page shows the topics and compacts to browse instead. */
(function () {
  "use strict";
  var index = window.overensIndex || [];
  var results = document.getElementById("search-results");
  var input = document.getElementById("search-query");
  if (!results || !input) return;

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
  var prepared = index.map(function (entry) {
    return { entry: entry, title: " " + words(entry.t).join(" "), text: " " + words(entry.t + " " + entry.x).join(" ") };
  });
  function search(query) {
    var terms = words(query).map(stem);
    if (terms.length === 0) return [];
    var found = [];
    prepared.forEach(function (item) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var needle = " " + terms[i];
        if (item.title.indexOf(needle) >= 0) score += 3;
        else if (item.text.indexOf(needle) >= 0) score += 1;
        else return;
      }
      found.push({ entry: item.entry, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found;
  }
  function show(query) {
    results.textContent = "";
    if (!query) return;
    var found = search(query);
    var count = document.createElement("p");
    count.textContent = found.length === 0 ? results.getAttribute("data-none")
      : found.length + " " + results.getAttribute(found.length === 1 ? "data-count-one" : "data-count-many");
    results.appendChild(count);
    var list = document.createElement("ol");
    found.slice(0, 50).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = results.getAttribute("data-root") + hit.entry.u;
      link.textContent = hit.entry.t;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + hit.entry.k + ")"));
      list.appendChild(item);
    });
    results.appendChild(list);
  }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () { show(input.value); });
})();
