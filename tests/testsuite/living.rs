//! The living compact on the `living` fixture: Alfa has two earlier versions (one without
//! text), a list of signatories saved from Excel (semicolons, a byte order mark, Swedish
//! headings), an action plan and follow-ups; Beta ended and was replaced by Alfa.

use std::fs;

use crate::harness::{select, text, SiteTest};

fn built() -> SiteTest {
    let site = SiteTest::fixture("living");
    site.build_ok();
    site
}

fn texts(site: &SiteTest, page: &str, css: &str) -> Vec<String> {
    let html = site.page(page);
    select(&html, css).iter().map(text).collect()
}

#[test]
fn the_versions_page_lists_every_version_oldest_first_the_one_in_force_last() {
    let site = built();
    let items = texts(&site, "alfa/versioner/index.html", "main li");
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(
        items[0].starts_with("2012 Avsiktsförklaringen"),
        "{items:?}"
    );
    assert!(items[1].starts_with("10 mars 2015 Den första"), "{items:?}");
    assert!(items[2].contains("Versionen som gäller nu"), "{items:?}");
    let facts = site.main_text("alfa/index.html");
    assert!(
        facts.contains("gäller sedan 1 juni 2021; 2 tidigare versioner"),
        "{facts}"
    );
}

#[test]
fn an_earlier_version_shows_what_changed_in_the_next_word_by_word() {
    let site = built();
    let page = "alfa/versioner/2015-03-10/index.html";
    let all = site.main_text(page);
    let lists = texts(&site, page, "#changes-heading ~ ul");
    assert_eq!(
        lists,
        ["Öppenhet", "Samråd", "Långsiktigt stöd → Långsiktighet"],
        "added, removed, renamed"
    );
    for said in ["Vi samråder före beslut.", "Dnr KS 2015/12"] {
        assert!(all.contains(said), "{said}: {all}");
    }
    assert_eq!(
        texts(&site, page, ".diff del"),
        ["[borttaget: när det passar]"],
        "only the removed words are struck, the full stop is kept"
    );
    assert!(texts(&site, page, ".diff ins").is_empty());
    assert_eq!(
        texts(&site, page, ".diff"),
        ["Vi talar med varandra[borttaget: när det passar]."]
    );
}

#[test]
fn a_version_without_text_says_so_and_cannot_be_compared() {
    let site = built();
    let all = site.main_text("alfa/versioner/2012/index.html");
    assert!(
        all.contains("Versionens text finns inte publicerad här."),
        "{all}"
    );
    assert!(
        !all.contains("Se källorna nedan"),
        "it has no sources: {all}"
    );
    assert!(all.contains("kan inte jämföras"), "{all}");
}

#[test]
fn a_list_saved_from_excel_is_read_with_its_swedish_headings_and_quotes() {
    let site = built();
    let page = "alfa/anslutna/index.html";
    let lead = texts(&site, page, ".intro").join("");
    assert!(
        lead.starts_with("3 organisationer i listan har anslutit sig")
            && lead.contains("(ytterligare 1 har lämnat och räknas inte in)"),
        "{lead}"
    );
    let names = texts(&site, page, "tbody th");
    assert_eq!(
        names,
        [
            "Alfa byalag",
            "Föreningen Gläntan",
            "Röda Korset; Alfa",
            "Örnens idrottsklubb"
        ],
        "in Swedish order, the semicolon inside quotes kept"
    );
    let rows = texts(&site, page, "tbody tr");
    assert!(
        rows[1].contains("802480-1238"),
        "written with a hyphen: {rows:?}"
    );
    assert!(rows[0].contains("Uppgift saknas"), "no date: {rows:?}");
    let by_date = texts(&site, "alfa/anslutna/efter-datum/index.html", "tbody th");
    assert_eq!(
        by_date,
        [
            "Röda Korset; Alfa",
            "Örnens idrottsklubb",
            "Föreningen Gläntan",
            "Alfa byalag"
        ],
        "newest first, the undated last"
    );
    let csv = site.output("data/anslutna.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "compact,municipality,organisation,org_number,joined,left,list_complete"
    );
    assert!(
        lines.contains(&"alfa,Alfa,Föreningen Gläntan,802480-1238,2019-11-05,,true"),
        "{csv}"
    );
    assert!(
        lines.contains(&"alfa,Alfa,Röda Korset; Alfa,802000-1114,2021,,true"),
        "{csv}"
    );
}

#[test]
fn a_list_saved_as_windows_1252_is_read_too() {
    let site = SiteTest::fixture("living");
    let csv = site.root.join("content/alfa/signatories.csv");
    let text = fs::read_to_string(&csv).expect("read");
    let (bytes, _, unmappable) =
        encoding_rs::WINDOWS_1252.encode(text.trim_start_matches('\u{feff}'));
    assert!(!unmappable);
    fs::write(&csv, &bytes).expect("write");
    site.build_ok();
    let names = texts(&site, "alfa/anslutna/index.html", "tbody th");
    assert!(
        names.contains(&"Örnens idrottsklubb".to_owned()),
        "{names:?}"
    );
    assert!(
        names.contains(&"Föreningen Gläntan".to_owned()),
        "{names:?}"
    );
}

#[test]
fn the_plan_groups_actions_and_says_which_are_late() {
    let site = built();
    let page = "alfa/handlingsplan/index.html";
    assert_eq!(
        texts(&site, page, "main h2"),
        [
            "Pågående (1)",
            "Planerade (1)",
            "Genomförda (1)",
            "Avbrutna (1)"
        ]
    );
    let late: Vec<String> = texts(&site, page, ".action")
        .into_iter()
        .filter(|a| a.contains("Försenad"))
        .collect();
    assert_eq!(late.len(), 1, "{late:?}");
    assert!(
        late[0].starts_with("En webbsida om överenskommelsen"),
        "{late:?}"
    );
    assert!(late[0].contains("december 2021 Försenad"), "{late:?}");
    let html = site.output(page);
    assert!(html.contains("<em>kommunens</em>"), "the text is Markdown");
}

#[test]
fn the_overview_compares_every_compacts_living_parts() {
    let site = built();
    let rows = texts(&site, "oversikt/index.html", "tbody tr:not(.group)");
    assert_eq!(rows.len(), 2, "{rows:?}");
    let alfa = &rows[0];
    for said in [
        "1 juni 2021",
        "2 tidigare versioner",
        "Ingen uppföljning registrerad sedan 15 november 2022 (utlovat: varje år)",
        "1 av 4",
        "1 försenad",
    ] {
        assert!(alfa.contains(said), "{said}: {alfa}");
    }
    let beta = &rows[1];
    assert!(
        beta.contains("Ersatt av: Överenskommelsen i Alfa"),
        "{beta}"
    );
    assert!(beta.contains("12 (per maj 2012)"), "{beta}");
}

#[test]
fn a_replaced_compact_links_to_what_replaced_it() {
    let site = built();
    let html = site.page("beta/index.html");
    let facts: Vec<String> = select(&html, ".facts dd").iter().map(text).collect();
    assert!(
        facts.contains(&"Överenskommelsen i Alfa".to_owned()),
        "{facts:?}"
    );
    let links: Vec<String> = select(&html, ".facts a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert!(
        links.contains(&"../alfa/index.html".to_owned()),
        "{links:?}"
    );
}

#[test]
fn the_timeline_tells_the_living_parts_too() {
    let site = built();
    let events = texts(&site, "alfa/index.html", "ol.events li");
    let all = events.join(" | ");
    assert!(
        events
            .iter()
            .any(|e| e.starts_with("november 2021 Uppföljning")),
        "a follow-up titled by its kind and year, its kind once: {all}"
    );
    assert!(!all.contains("Uppföljning: Uppföljning"), "{all}");
    assert!(all.contains("Årsträffen 2022"), "{all}");
    assert!(
        all.contains("En avsiktsförklaring före överenskommelsen."),
        "a version's summary: {all}"
    );
    assert!(
        all.contains("Styrgruppen tillsätts"),
        "an action done: {all}"
    );
}

#[test]
fn the_living_pages_speak_english_on_an_english_site() {
    let site = SiteTest::fixture("living").edit(
        "site.yaml",
        "language: sv",
        "language: en\ncontent_language: sv",
    );
    site.build_ok();
    let marked = |page: &str, css: &str| {
        let html = site.page(page);
        let found: Vec<Option<String>> = select(&html, css)
            .iter()
            .map(|e| e.value().attr("lang").map(str::to_owned))
            .collect();
        assert!(!found.is_empty(), "{page} {css}");
        assert!(
            found.iter().all(|lang| lang.as_deref() == Some("sv")),
            "the Swedish content of {page} is marked: {css} {found:?}"
        );
    };
    marked("alfa/action-plan/index.html", ".action h3");
    marked(
        "alfa/versions/2015-03-10/index.html",
        "h1, .principle, .diff",
    );
    marked("alfa/versions/index.html", "main li a");
    let plan = site.main_text("alfa/action-plan/index.html");
    assert!(plan.contains("1 of 4"), "{plan}");
    let signatories = site.main_text("alfa/signatories/index.html");
    assert!(
        signatories.contains("organisations in the list have joined"),
        "{signatories}"
    );
    let overview = site.main_text("overview/index.html");
    assert!(
        overview.contains("No follow-up recorded since"),
        "{overview}"
    );
}
