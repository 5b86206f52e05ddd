//! Where a compact belongs: the county in its front matter, written as editors write it,
//! and the pages that group the compacts by it.

use crate::harness::{select, text, SiteTest};

#[test]
fn the_usual_spellings_of_a_county_are_one_county() {
    for written in ["Skåne", "skane", "SKÅNE LÄN", "Region Skåne", "Skånes län"] {
        let site = SiteTest::shipped().edit(
            "content/eslov/_index.md",
            "county: Skåne län",
            &format!("county: {written}"),
        );
        let run = site.run(&["check"]);
        assert_eq!(run.code, 0, "{written}: {}", run.stderr);
        site.build_ok();
        let page = site.page("eslov/index.html");
        let facts = text(&select(&page, ".facts")[0]);
        assert!(facts.contains("LänSkåne län"), "{written}: {facts}");
    }
}

#[test]
fn a_misspelt_county_is_named_with_the_one_meant_in_english_too() {
    let site = SiteTest::shipped()
        .edit("site.yaml", "language: sv", "language: en")
        .edit(
            "content/eslov/_index.md",
            "county: Skåne län",
            "county: Skone",
        );
    let run = site.run_in("en_GB.UTF-8", &["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error: unknown county \"Skone\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("hint: did you mean \"Skåne län\"?"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_matrix_groups_the_compacts_by_county_national_first() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("jamfor/index.html");
    let groups: Vec<String> = select(&page, "table.matrix tr.group th")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        groups,
        ["Nationellt (1)", "Skåne län (1)", "Stockholms län (2)"]
    );
    let rows: Vec<String> = select(&page, "table.matrix tbody tr:not(.group) th a")
        .iter()
        .map(text)
        .collect();
    assert_eq!(rows, ["Sverige", "Eslöv", "Ekerö", "Värmdö"]);
    let jumps: Vec<(String, String)> = select(&page, "nav.jump a")
        .iter()
        .map(|a| {
            (
                text(a),
                a.value().attr("href").unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(jumps[1], ("Skåne län".to_owned(), "#g-skane".to_owned()));
    assert_eq!(select(&page, "th#g-stockholm").len(), 1);
    // A mark per principle, a link with the principle's name for screen readers; a dash
    // where there is none; and the caption and headers of a data table.
    let marks = select(&page, "a.m.o[href=\"../eslov/langsiktighet/index.html\"]");
    assert_eq!(text(&marks[0]), "Långsiktighet");
    assert!(!select(&page, "a.m.e").is_empty(), "Ekerö's endorsed marks");
    assert!(!select(&page, "td.n").is_empty());
    assert_eq!(select(&page, "table.matrix caption").len(), 1);
    assert_eq!(select(&page, "table.matrix thead th[scope=col]").len(), 13);
    // Four compacts need no pages of their own for each county.
    assert!(!site.root.join("output/lan").exists());
    let compact = site.page("varmdo/index.html");
    let county = &select(&compact, ".facts a[href*=\"#g-\"]")[0];
    assert_eq!(text(county), "Stockholms län");
    assert_eq!(
        county.value().attr("href"),
        Some("../jamfor/index.html#g-stockholm")
    );
}

#[test]
fn the_open_data_names_each_compacts_county() {
    let site = SiteTest::shipped();
    site.build_ok();
    let json: Vec<serde_json::Value> =
        serde_json::from_str(&site.output("data/overenskommelser.json")).expect("JSON");
    let county = |slug: &str| {
        json.iter()
            .find(|c| c["slug"] == slug)
            .map(|c| c["county"].clone())
            .expect(slug)
    };
    assert_eq!(county("eslov"), "Skåne län");
    assert_eq!(county("ekero"), "Stockholms län");
    assert_eq!(county("nationell"), serde_json::Value::Null);
}

#[test]
fn the_timeline_is_drawn_with_a_lane_for_each_compact() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("tidslinje/index.html");
    let svg = &select(&page, "svg.chart")[0];
    assert_eq!(svg.value().attr("aria-labelledby"), Some("chart-title"));
    assert_eq!(
        text(&select(&page, "svg.chart title#chart-title")[0]),
        "Processerna på en tidsaxel"
    );
    assert!(text(&select(&page, "svg.chart desc#chart-desc")[0]).contains("4 överenskommelser"));
    let lanes: Vec<String> = select(&page, "svg.chart:not(.narrow) g.lane text.name")
        .iter()
        .map(text)
        .collect();
    assert_eq!(lanes, ["Sverige", "Eslöv", "Ekerö", "Värmdö"]);
    let statuses: Vec<String> = select(&page, "svg.chart:not(.narrow) g.lane text.status")
        .iter()
        .map(text)
        .collect();
    assert_eq!(statuses, ["Avslutad", "Antagen", "Avbruten", "Okänd"]);
    // Every event is a mark linking to its entry in the list, which says the same in words.
    let marks = select(&page, "svg.chart a");
    let entries = select(&page, ".events li[id]");
    assert_eq!(marks.len(), entries.len());
    for mark in marks {
        let target = mark.value().attr("href").expect("href");
        let id = target.trim_start_matches('#');
        assert_eq!(
            select(&page, &format!("li[id=\"{id}\"]")).len(),
            1,
            "{target}"
        );
    }
    let halted = select(&page, ".events li")
        .into_iter()
        .find(|li| text(li).contains("2 april 2014"))
        .expect("the event of Ekerö's halt");
    assert!(
        halted
            .value()
            .attr("id")
            .is_some_and(|id| id.starts_with("e-ekero-")),
        "{:?}",
        halted.value().attr("id")
    );
}

#[test]
fn check_warns_about_a_part_of_the_search_index_over_300_kb() {
    // Forty thousand different words starting with "zz", as a pasted list of codes would be.
    let words: Vec<String> = (0..40_000).map(|i| format!("zz{i:05}")).collect();
    let site = SiteTest::shipped().write(
        "content/eslov/principles/koder.md",
        &format!(
            "---\ntitle: Koder\ntopics: [dialog]\n---\n{}\n",
            words.join(" ")
        ),
    );
    let run = site.run(&["check"]);
    assert!(
        run.stderr
            .contains("varning: search-index/zz.js: en del av sökindexet, search-index/zz.js, är"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("ord som börjar på \"zz\""),
        "{}",
        run.stderr
    );
    let shipped = SiteTest::shipped().run(&["check"]);
    assert!(!shipped.stderr.contains("sökindexet"), "{}", shipped.stderr);
}
