//! A topic's page: the list of compacts and their titles first, each text folded below it,
//! and a text that a compact takes over from another shown once, the others linking to it.

use crate::harness::{select, text, SiteTest};

/// The page's `id`s the links of `css` lead to, without the `#`.
fn anchors(page: &scraper::Html, css: &str) -> Vec<String> {
    select(page, css)
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .map(|h| h.trim_start_matches('#').to_owned())
        .collect()
}

#[test]
fn a_topic_page_opens_with_the_list_and_folds_the_texts() {
    let site = SiteTest::fixture("minimal");
    site.build_ok();
    let page = site.page("jamfor/dialog/index.html");
    let list: Vec<String> = select(&page, "ul.topic-index li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        list,
        [
            "Alfa: Dialog Antagen",
            "Beta: Dialog (samma text som Alfa) Avbruten"
        ]
    );
    // Every link of the list leads to a place on the page.
    for id in anchors(&page, "ul.topic-index a") {
        assert_eq!(select(&page, &format!("[id='{id}']")).len(), 1, "{id}");
    }
    // Alfa's text is folded, with its compact's name in the summary.
    let summaries: Vec<String> = select(&page, ".wording details summary")
        .iter()
        .map(text)
        .collect();
    assert_eq!(summaries, ["Alfa: Dialog"]);
    assert!(select(&page, ".wording details[open]").is_empty());
    // Beta takes the same text over: it says so and links to it instead of repeating it.
    let same = select(&page, ".same-text");
    assert_eq!(same.len(), 1);
    assert_eq!(text(&same[0]), "Beta: Dialog. Samma text som Alfa.");
    let to = anchors(&page, ".same-text a[href^='#']");
    assert_eq!(to, ["alfa--0"]);
    assert_eq!(
        select(&page, "details#alfa--0 .prose")
            .iter()
            .map(text)
            .collect::<Vec<_>>(),
        ["Vi talar med varandra."]
    );
    assert_eq!(
        site.main_text("jamfor/dialog/index.html")
            .matches("Vi talar med varandra.")
            .count(),
        1,
        "the text once"
    );
}

#[test]
fn a_topic_page_in_english_says_the_same() {
    let site = SiteTest::fixture("minimal").edit("site.yaml", "language: sv", "language: en");
    site.build_ok();
    let page = site.page("compare/dialog/index.html");
    let same = select(&page, ".same-text");
    assert_eq!(text(&same[0]), "Beta: Dialog. Same text as Alfa.");
    assert_eq!(text(&select(&page, "#texts-heading")[0]), "The texts");
}

/// A site split by county: Alfa in Stockholm, and two compacts in Skåne that take its
/// principles over; sixty compacts in Uppsala make it large enough to split.
fn split_site() -> SiteTest {
    let mut site = SiteTest::fixture("minimal")
        .edit(
            "content/alfa/_index.md",
            "municipality: Alfa",
            "municipality: Alfa\ncounty: Stockholm",
        )
        .edit(
            "content/beta/_index.md",
            "municipality: Beta",
            "municipality: Beta\ncounty: Skåne",
        )
        .write(
            "content/gamma/_index.md",
            "---\ntitle: Överenskommelsen i Gamma\nmunicipality: Gamma\ncounty: Skåne\nstatus: adopted\nadopted: \"2020-01-01\"\nendorses: alfa\n---\nGammas text.\n",
        );
    for i in 0..60 {
        site = site.write(
            &format!("content/fyll{i:02}/_index.md"),
            &format!("---\ntitle: Överenskommelsen i Fyll {i}\nmunicipality: Fyll {i}\ncounty: Uppsala\nstatus: proposed\n---\nText.\n"),
        );
    }
    site
}

#[test]
fn on_a_county_page_a_text_from_elsewhere_is_shown_once() {
    let site = split_site();
    site.build_ok();
    let page = site.page("jamfor/dialog/skane/index.html");
    let list: Vec<String> = select(&page, "ul.topic-index li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        list,
        [
            "Beta: Dialog Avbruten",
            "Gamma: Dialog (samma text som Beta) Antagen"
        ]
    );
    // Alfa is not in Skåne: Beta, the first to take its text over, shows it, saying whose
    // it is, and Gamma links there.
    let endorsed: Vec<String> = select(&page, "details#beta--0 .endorsed")
        .iter()
        .map(text)
        .collect();
    assert_eq!(endorsed, ["Ställer sig bakom principerna i Alfa."]);
    let same = select(&page, ".same-text");
    assert_eq!(
        text(&same[0]),
        "Gamma: Dialog (från Alfa). Samma text som Beta."
    );
    assert_eq!(anchors(&page, ".same-text a[href^='#']"), ["beta--0"]);
    assert_eq!(
        site.main_text("jamfor/dialog/skane/index.html")
            .matches("Vi talar med varandra.")
            .count(),
        1
    );
}
