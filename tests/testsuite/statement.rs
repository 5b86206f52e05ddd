//! The accessibility statement has every part Digg lists: beside the facts it always had,
//! content exempt as a disproportionate burden (12 §), content outside the law's scope
//! (9 §) and the standard the site is assessed against, each under its own heading.

use crate::harness::{select, text, SiteTest};

/// The statement's sections: each `h2` with the text that follows it, up to the next.
fn sections(site: &SiteTest, path: &str) -> Vec<(String, String)> {
    let html = site.output(path);
    let main = &html[html.find("<main").expect("main")..html.find("</main>").expect("main")];
    main.split("<h2>")
        .skip(1)
        .map(|part| {
            let (heading, rest) = part.split_once("</h2>").expect("closed heading");
            let fragment = scraper::Html::parse_fragment(rest);
            let words = fragment
                .root_element()
                .text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            (heading.to_owned(), words)
        })
        .collect()
}

fn section<'a>(sections: &'a [(String, String)], heading: &str) -> &'a str {
    sections
        .iter()
        .find(|(h, _)| h == heading)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("no heading {heading}: {sections:?}"))
}

#[test]
fn the_statement_shows_12_and_9_and_the_standard_under_their_own_headings() {
    let site = SiteTest::fixture("minimal").edit(
        "site.yaml",
        "  response_time: två arbetsdagar\n",
        "  response_time: två arbetsdagar\n  exempt_burden: \"Inspelningarna av **dialogmötena** saknar textning: det skulle kosta mer än kommunens hela anslag.\"\n  out_of_scope: \"Kartor som inte är avsedda för navigering.\"\n  standard: \"EN 301 549 v3.2.1 (WCAG 2.2 AA)\"\n",
    );
    site.build_ok();
    let sections = sections(&site, "tillganglighet/index.html");
    let burden = section(&sections, "Oskäligt betungande anpassning");
    assert!(
        burden.contains("åberopar undantag för oskäligt betungande anpassning enligt 12 §")
            && burden.contains("Inspelningarna av dialogmötena saknar textning"),
        "{burden}"
    );
    let scope = section(&sections, "Innehåll som inte omfattas av lagkraven");
    assert!(
        scope.contains("enligt 9 §")
            && scope.contains("Kartor som inte är avsedda för navigering."),
        "{scope}"
    );
    let standard = section(&sections, "Standard som webbplatsen bedöms mot");
    assert!(
        standard.contains("EN 301 549 v3.2.1 (WCAG 2.2 AA)"),
        "{standard}"
    );
    let page = site.page("tillganglighet/index.html");
    assert!(
        !select(&page, "main strong").is_empty(),
        "the reasons are Markdown"
    );
    // Digg's order: what is not accessible, then 12 §, then 9 §.
    let headings: Vec<String> = select(&page, "main h2").iter().map(text).collect();
    let at = |h: &str| headings.iter().position(|x| x == h).expect(h);
    assert!(at("Innehåll som inte är tillgängligt") < at("Oskäligt betungande anpassning"));
    assert!(at("Oskäligt betungande anpassning") < at("Innehåll som inte omfattas av lagkraven"));
}

#[test]
fn without_them_the_statement_says_none_is_claimed_and_the_standard_digg_names() {
    let site = SiteTest::fixture("minimal");
    let run = site.build_ok();
    assert!(
        run.stderr.is_empty(),
        "no warning for the new parts: {}",
        run.stderr
    );
    let sections = sections(&site, "tillganglighet/index.html");
    assert_eq!(
        section(&sections, "Oskäligt betungande anpassning"),
        "Vi åberopar inget undantag för oskäligt betungande anpassning."
    );
    assert_eq!(
        section(&sections, "Innehåll som inte omfattas av lagkraven"),
        "Webbplatsen har inget innehåll som faller utanför lagens krav."
    );
    assert_eq!(
        section(&sections, "Standard som webbplatsen bedöms mot"),
        "Webbplatsen bedöms mot kraven i EN 301 549 v3.2.1 (WCAG 2.1 AA)."
    );
}

#[test]
fn an_english_statement_has_the_same_parts() {
    let site = SiteTest::fixture("minimal")
        .edit("site.yaml", "language: sv", "language: en")
        .edit(
            "site.yaml",
            "  response_time: två arbetsdagar\n",
            "  response_time: två arbetsdagar\n  exempt_burden: Recordings lack captions.\n",
        );
    site.build_ok();
    let sections = sections(&site, "accessibility/index.html");
    assert!(section(&sections, "Disproportionate burden").contains("under section 12"));
    assert!(section(&sections, "Content not within the scope of the act").contains("no content"));
    assert!(section(&sections, "Standard the website is assessed against").contains("EN 301 549"));
}

#[test]
fn an_old_assessment_and_a_missing_compliance_are_still_warned_of() {
    let site = SiteTest::fixture("minimal")
        .edit("site.yaml", "  compliance: delvis\n", "")
        .edit(
            "site.yaml",
            "  assessed: \"",
            "  assessed: \"2020-01-01\"\n  #",
        );
    let run = site.run(&["check"]);
    assert!(
        run.stderr
            .contains("tillgänglighetsredogörelsen saknar compliance"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("tillgängligheten granskades senast 2020-01-01, för mer än ett år sedan"),
        "{}",
        run.stderr
    );
}
