//! The shipped site, built as a newcomer would: what the reader sees on each kind of page.

use crate::harness::{select, select_in, text, SiteTest};

/// The matrix cell for the compact whose row header starts with `compact`, in the column
/// whose header is `topic`.
fn matrix_cell(site: &SiteTest, compact: &str, topic: &str) -> (String, Vec<String>) {
    let page = site.page("jamfor/index.html");
    let headers: Vec<String> = select(&page, "table.matrix thead th")
        .iter()
        .map(text)
        .collect();
    let column = headers
        .iter()
        .position(|h| h == topic)
        .unwrap_or_else(|| panic!("no column {topic} in {headers:?}"));
    let row = select(&page, "table.matrix tbody tr")
        .into_iter()
        .find(|tr| {
            select_in(tr, "th")
                .first()
                .is_some_and(|th| text(th).starts_with(compact))
        })
        .unwrap_or_else(|| panic!("no row for {compact}"));
    let cells: Vec<_> = select_in(&row, "th, td");
    let cell = &cells[column];
    let links = select_in(cell, "a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    (text(cell), links)
}

#[test]
fn builds_with_a_one_line_summary() {
    let site = SiteTest::shipped();
    let run = site.build_ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    assert!(lines[0].starts_with("Byggde "), "{}", lines[0]);
    assert!(lines[0].contains(" sidor "), "{}", lines[0]);
    assert!(
        !run.stderr.contains("fel:") && run.stderr.ends_with("0 fel och 9 varningar\n"),
        "only the warnings that the demo is not ready to publish, Eslöv's missing follow-up and the missing organisation number: {}",
        run.stderr
    );
}

#[test]
fn quiet_build_prints_nothing() {
    let site = SiteTest::shipped();
    let run = site.run(&["build", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
}

#[test]
fn matrix_links_eslov_to_its_own_principle_on_langsiktighet() {
    let site = SiteTest::shipped();
    site.build_ok();
    let (cell, links) = matrix_cell(&site, "Eslöv", "Långsiktighet");
    assert!(cell.contains("Långsiktighet"), "{cell}");
    assert_eq!(links, ["../eslov/langsiktighet/index.html"]);
}

#[test]
fn matrix_shows_ekero_taking_the_national_principles_as_its_own() {
    let site = SiteTest::shipped();
    site.build_ok();
    for (topic, slug) in [
        ("Dialog", "dialog"),
        ("Kvalitet", "kvalitet"),
        ("Långsiktighet", "langsiktighet"),
        ("Mångfald", "mangfald"),
    ] {
        let (cell, links) = matrix_cell(&site, "Ekerö", topic);
        assert!(cell.contains("ställer sig bakom"), "{topic}: {cell}");
        assert_eq!(
            links,
            [format!("../nationell/{slug}/index.html")],
            "{topic}"
        );
    }
}

#[test]
fn matrix_says_varmdo_s_principles_exist_but_are_not_here() {
    let site = SiteTest::shipped();
    site.build_ok();
    let (header, _) = matrix_cell(&site, "Värmdö", "Överenskommelse");
    assert!(header.contains("Okänd"), "{header}");
    assert!(
        header.contains("Principerna finns, men deras text finns inte här."),
        "{header}"
    );
    let (cell, links) = matrix_cell(&site, "Värmdö", "Dialog");
    assert_eq!(cell, "?texten finns inte här");
    assert!(links.is_empty());
    let topic = site.main_text("jamfor/dialog/index.html");
    assert!(
        topic.contains("Texten finns inte här (1)") && !topic.contains("Värmdö (Antagen"),
        "{topic}"
    );
}

#[test]
fn matrix_counts_rows_and_columns() {
    let site = SiteTest::shipped();
    site.build_ok();
    let (eslov_count, _) = matrix_cell(&site, "Eslöv", "Antal ämnen");
    assert_eq!(
        eslov_count, "7",
        "six principles, Kommunikation covering two topics"
    );
    let page = site.page("jamfor/index.html");
    let footer: Vec<String> = select(&page, "table.matrix tfoot td")
        .iter()
        .map(text)
        .collect();
    // Långsiktighet (4th topic): the national compact, Ekerö through it, and Eslöv.
    assert_eq!(footer[3], "3", "{footer:?}");
    assert!(
        select(&page, "nav.letters").is_empty(),
        "four compacts need no index of initial letters"
    );
}

#[test]
fn topic_page_puts_national_and_eslov_wording_side_by_side() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("jamfor/langsiktighet/index.html");
    let wordings: Vec<String> = select(&page, ".wording").iter().map(text).collect();
    assert!(
        wordings
            .iter()
            .any(|w| w.starts_with("Sverige") || w.contains("nationell")),
        "{wordings:?}"
    );
    let eslov = wordings
        .iter()
        .find(|w| w.starts_with("Eslöv"))
        .expect("Eslöv on the topic page");
    assert!(
        eslov.contains("Vi ska arbeta långsiktigt och planera väl"),
        "{eslov}"
    );
    let missing: Vec<String> = select(&page, "main ul li").iter().map(text).collect();
    assert!(
        missing.iter().any(|m| m.starts_with("Värmdö")),
        "{missing:?}"
    );
}

#[test]
fn compact_page_has_facts_principles_timeline_contacts_and_sources() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("eslov/index.html");
    let facts = text(&select(&page, ".facts")[0]);
    assert!(facts.contains("Antagen"), "{facts}");
    assert!(facts.contains("1 oktober 2019"), "{facts}");
    assert!(facts.contains("Kommunstyrelsen"), "{facts}");
    let anchors: Vec<&str> = select(&page, "section.principle")
        .iter()
        .filter_map(|s| s.value().attr("id"))
        .collect();
    assert_eq!(anchors.len(), 6, "{anchors:?}");
    assert!(anchors.contains(&"langsiktighet"));
    assert!(text(&select(&page, ".contacts")[0]).contains("Adam Sandgren"));
    let times: Vec<&str> = select(&page, ".events time")
        .iter()
        .filter_map(|t| t.value().attr("datetime"))
        .collect();
    assert!(times.contains(&"2019-10-01"), "{times:?}");
}

#[test]
fn ekero_page_keeps_its_reference_numbers_and_endorsement() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("ekero/index.html");
    let all = text(&select(&page, "main")[0]);
    assert!(all.contains("BUN12/78-600"), "Dnr kept");
    assert!(all.contains("BUN17/170"), "Dnr kept");
    assert!(all.contains("Avbruten"));
    let endorsed: Vec<&str> = select(&page, "#endorsed-heading + p a, section ul li a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(
        endorsed.contains(&"../nationell/dialog/index.html"),
        "{endorsed:?}"
    );
}

#[test]
fn principle_page_shows_how_other_compacts_word_its_topic() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("eslov/langsiktighet/index.html");
    assert_eq!(text(&select(&page, "h1")[0]), "Långsiktighet");
    let others: Vec<String> = select(&page, ".comparison .wording")
        .iter()
        .map(text)
        .collect();
    assert!(!others.is_empty());
    assert!(
        others
            .iter()
            .all(|w| !w.contains("Vi ska arbeta långsiktigt")),
        "not itself: {others:?}"
    );
    let crumbs: Vec<String> = select(&page, ".breadcrumbs li").iter().map(text).collect();
    assert_eq!(crumbs, ["Startsida", "Eslöv", "Långsiktighet – Eslöv"]);
}

#[test]
fn timeline_orders_every_process_on_one_axis() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("tidslinje/index.html");
    let years: Vec<String> = select(&page, ".year h3").iter().map(text).collect();
    let mut sorted = years.clone();
    sorted.sort();
    assert_eq!(years, sorted);
    assert!(
        years.contains(&"2008".to_owned()) && years.contains(&"2019".to_owned()),
        "{years:?}"
    );
    let events: Vec<String> = select(&page, ".events li").iter().map(text).collect();
    assert!(
        events
            .iter()
            .any(|e| e.contains("2 april 2014") && e.contains("Ekerö")),
        "{events:?}"
    );
    let statuses: Vec<String> = select(&page, ".status-table tbody tr")
        .iter()
        .map(text)
        .collect();
    assert!(
        statuses
            .iter()
            .any(|s| s.starts_with("Ekerö") && s.contains("Avbruten")),
        "{statuses:?}"
    );
}

#[test]
fn open_data_counts_every_principle() {
    let site = SiteTest::shipped();
    site.build_ok();
    let json: serde_json::Value =
        serde_json::from_str(&site.output("data/overenskommelser.json")).expect("valid JSON");
    let compacts = json.as_array().expect("a list of compacts");
    assert_eq!(compacts.len(), 4);
    let principles: usize = compacts
        .iter()
        .map(|c| c["principles"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(principles, 12);
    let eslov = compacts
        .iter()
        .find(|c| c["slug"] == "eslov")
        .expect("eslov");
    assert_eq!(eslov["adopted"], "2019-10-01");
    let csv = site.output("data/principer.csv");
    assert_eq!(
        csv.lines().next(),
        Some("compact,municipality,principle,topics,text,published")
    );
    assert!(
        csv.contains("eslov,Eslöv,Långsiktighet,langsiktighet,Vi ska arbeta"),
        "{csv}"
    );
}

#[test]
fn every_page_has_language_title_description_and_skip_link() {
    let site = SiteTest::shipped();
    site.build_ok();
    for path in crate::links::html_files(&site.root.join("output")) {
        let html = site.page(&path);
        let lang = select(&html, "html")[0].value().attr("lang");
        assert_eq!(lang, Some("sv"), "{path}");
        assert!(!text(&select(&html, "title")[0]).is_empty(), "{path}");
        let description = select(&html, "meta[name=description]");
        assert!(
            description[0]
                .value()
                .attr("content")
                .is_some_and(|d| !d.is_empty()),
            "{path}"
        );
        assert_eq!(
            select(&html, "a.skip-link")[0].value().attr("href"),
            Some("#main"),
            "{path}"
        );
        assert_eq!(select(&html, "h1").len(), 1, "{path}: one h1");
        assert_eq!(select(&html, "link[rel=stylesheet]").len(), 1, "{path}");
        let scripts = select(&html, "script");
        if path == "sok/index.html" {
            let sources: Vec<&str> = scripts
                .iter()
                .filter_map(|s| s.value().attr("src"))
                .collect();
            assert_eq!(
                sources,
                ["../search.js"],
                "only the search page's own: it loads the index's parts when asked"
            );
        } else {
            assert!(scripts.is_empty(), "{path}: no script in build output");
        }
    }
}

#[test]
fn sitemap_uses_the_base_url() {
    let site = SiteTest::shipped();
    let run = site.run(&[
        "build",
        "--base-url",
        "https://www.eslov.se/overenskommelsen",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sitemap = site.output("sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://www.eslov.se/overenskommelsen/eslov/langsiktighet/</loc>"),
        "{sitemap}"
    );
    assert!(sitemap.contains("<loc>https://www.eslov.se/overenskommelsen/jamfor/</loc>"));
    let page = site.page("eslov/index.html");
    let canonical = select(&page, "link[rel=canonical]")[0].value().attr("href");
    assert_eq!(
        canonical,
        Some("https://www.eslov.se/overenskommelsen/eslov/")
    );
}

#[test]
fn feed_and_robots_point_at_the_published_site() {
    let site = SiteTest::shipped();
    site.build_ok();
    let feed = site.output("feed.xml");
    assert!(feed.starts_with("<?xml"), "{feed}");
    let newest = feed.find("<entry>").expect("entries");
    assert!(
        feed[newest..].contains("<updated>2019-10-01T00:00:00Z</updated>"),
        "newest first: {feed}"
    );
    assert!(feed.contains("<link href=\"https://www.example.se/overenskommelser/ekero/\"/>"));
    let robots = site.output("robots.txt");
    assert!(
        robots.contains("Sitemap: https://www.example.se/overenskommelser/sitemap.xml"),
        "{robots}"
    );
}

#[test]
fn search_index_holds_every_compact_principle_and_topic() {
    let site = SiteTest::shipped();
    site.build_ok();
    // What results show of each compact: its page and each of its principles.
    let mut documents = 0;
    let mut eslov = String::new();
    for n in 0..4 {
        let script = site.output(&format!("search-index/c/{n}.js"));
        if script.contains("[\"eslov\",") {
            eslov = script.clone();
        }
        let json = script
            .strip_prefix(&format!("overensSearch.compact({n},"))
            .and_then(|s| s.trim_end().strip_suffix(");"))
            .expect("a compact's script");
        let record: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
        documents += 1 + record[2].as_array().map_or(0, Vec::len);
    }
    let topics = site.output("search-index/topics.js");
    let json = topics
        .lines()
        .next()
        .and_then(|s| s.strip_prefix("overensSearch.topics("))
        .and_then(|s| s.trim_end().strip_suffix(");"))
        .expect("the topics' script");
    let topics: Vec<serde_json::Value> = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(
        documents + topics.len(),
        4 + 12 + 11,
        "compacts, principles and topics"
    );
    // Eslöv's principle on långsiktighet holds "långsiktigt", folded, in the part "la".
    assert!(
        eslov.contains("[\"langsiktighet\",\"Långsiktighet (Eslöv)\"]"),
        "{eslov}"
    );
    let part = site.output("search-index/la.js");
    assert!(part.starts_with("overensSearch.part(\"la\",{"), "{part}");
    assert!(part.contains("\"langsiktigt\":["), "{part}");
    let page = site.page("sok/index.html");
    let topics: Vec<String> = select(&page, "#search-browse li")
        .iter()
        .map(text)
        .collect();
    assert!(
        topics.contains(&"Långsiktighet".to_owned()),
        "without JavaScript, the topics: {topics:?}"
    );
    let parts = select(&page, "#search-results")[0]
        .value()
        .attr("data-parts")
        .expect("the parts there are")
        .to_owned();
    assert!(parts.split(' ').any(|p| p == "la"), "{parts}");
}

/// Every fact of the shipped site as its sources give it: the corrections made against the
/// seeds and what is known of what happened after them.
#[test]
fn varmdo_says_what_its_sources_say_and_no_more() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.main_text("varmdo/index.html");
    for said in [
        "StatusOkänd",
        "Den finns hos Värmdö kommun",
        "”En processledaren tillsattes den 1 maj”, utan att säga vilket år",
        "Sidan räknar överenskommelsen bland kommunstyrelsens senaste beslut men säger inte vad som beslutades.",
    ] {
        assert!(page.contains(said), "{said}: {page}");
    }
    for not_said in [
        "Beslutad av",
        "Antagen2018",
        "1 maj 2016",
        "bjuder in till att nominera",
        "bjöd kommunen in",
        "Processledare",
    ] {
        assert!(!page.contains(not_said), "{not_said}: {page}");
    }
    let html = site.page("varmdo/index.html");
    let plan = select(&html, ".sources li")
        .into_iter()
        .find(|li| text(li).contains("arbetsplan"))
        .expect("the work plan");
    assert!(
        select_in(&plan, "a").is_empty(),
        "the address printed on the plan is not where it is published"
    );
}

#[test]
fn the_national_compact_says_who_published_what_and_links_every_fact() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.main_text("nationell/index.html");
    assert!(page.contains("Versionen som visasoktober 2009"), "{page}");
    for not_said in ["Beslutad av", "Reviderad", "Dnr Skr.", "förebild"] {
        assert!(!page.contains(not_said), "{not_said}: {page}");
    }
    let html = site.page("nationell/index.html");
    let replaced = select(&html, ".facts a")
        .into_iter()
        .find(|a| text(a).starts_with("Överenskommelse om en stödstruktur"))
        .expect("replaced_by links its successor");
    assert_eq!(
        replaced.value().attr("href"),
        Some("https://www.nodsverige.se/om-nod/")
    );
    let background = select(&html, ".sources li")
        .into_iter()
        .find(|li| text(li).contains("Bakgrund"))
        .expect("Bakgrund");
    assert!(!text(&background).contains("2008"), "{}", text(&background));
    let eighty = select(&html, ".prose p")
        .into_iter()
        .find(|p| text(p).contains("80-tal"))
        .expect("the 80-tal");
    assert!(!select_in(&eighty, "a").is_empty(), "{}", eighty.html());
    let events: Vec<String> = select(&html, ".events li").iter().map(text).collect();
    for part in ["del 1", "del 2", "del 3"] {
        assert!(
            events
                .iter()
                .any(|e| e.contains(part) && e.contains("källa: Rapporten, Ersta Sköndal högskola")),
            "{part}: {events:?}"
        );
    }
    let version = site.main_text("nationell/versioner/2008-10-23/index.html");
    assert!(version.contains("Beslutad avRegeringen"), "{version}");
    assert!(
        version.contains("Innehållet ändrades inte i nästa version"),
        "{version}"
    );
    let principle = site.main_text("nationell/sjalvstandighet-och-oberoende/index.html");
    assert!(
        !principle.contains("Utdrag"),
        "the whole principle: {principle}"
    );
}

#[test]
fn ekero_eslov_and_the_front_page_say_only_what_is_sourced() {
    let site = SiteTest::shipped();
    site.build_ok();
    let ekero = site.main_text("ekero/index.html");
    assert!(
        ekero.contains(
            "två sidor på kommunens webbplats och en nyhet från kommunen den 3 mars 2017"
        ),
        "{ekero}"
    );
    let html = site.page("ekero/index.html");
    let policy = select(&html, ".sources li")
        .into_iter()
        .find(|li| text(li).contains("Policy för samverkan"))
        .expect("the policy page");
    assert!(!text(&policy).contains("2019"), "{}", text(&policy));
    let front = site.main_text("index.html");
    assert!(
        front.contains("Ställer sig bakom principerna i Sverige"),
        "Ekerö's endorsement was a letter, not a compact: {front}"
    );
    for not_said in ["december 2017", "vilar på", "desamma som i källorna"] {
        assert!(!front.contains(not_said), "{not_said}: {front}");
    }
    let list = site.page("eslov/anslutna/index.html");
    let link = select(&list, "tbody a");
    assert_eq!(
        link[0].value().attr("href"),
        Some("https://www.marieholmsbyaforening.com/"),
        "its website, not the post that is the list's source"
    );
    assert!(
        site.main_text("eslov/anslutna/index.html")
            .contains("Listan är inte fullständig"),
        "one organisation is known; the full list is not"
    );
}

#[test]
fn every_living_fact_of_the_shipped_site_has_its_source() {
    let site = SiteTest::shipped();
    let run = site.run(&["check", "--format", "json"]);
    let problems: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let unsourced: Vec<&serde_json::Value> = problems
        .as_array()
        .expect("a list")
        .iter()
        .filter(|p| {
            p["message"]
                .as_str()
                .is_some_and(|m| m.ends_with("saknar källa"))
        })
        .collect();
    assert!(unsourced.is_empty(), "{unsourced:?}");
    let settings = std::fs::read_to_string(site.root.join("site.yaml")).expect("site.yaml");
    assert!(
        settings.contains("\nrequire_sources: true\n"),
        "the site asks for them"
    );
}
