//! The smaller points a reader meets: a lost address offers the search and the list of
//! compacts, and a printout says where it comes from and, when the page is reckoned from the
//! day, which day.

use crate::harness::{select, text, today, SiteTest};

#[test]
fn the_page_for_a_lost_address_offers_the_search_and_the_list_of_compacts() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("404.html");
    let form = &select(&page, "main form")[0];
    assert_eq!(form.value().attr("method"), Some("get"));
    assert_eq!(
        form.value().attr("action"),
        Some("/overenskommelser/sok/index.html")
    );
    assert_eq!(select(&page, "main form input[name=q]").len(), 1);
    let links: Vec<(String, String)> = select(&page, "main li a")
        .iter()
        .map(|a| (text(a), a.value().attr("href").unwrap_or("").to_owned()))
        .collect();
    assert_eq!(
        links,
        [
            (
                "Alla överenskommelser".to_owned(),
                "/overenskommelser/index.html#finder-heading".to_owned()
            ),
            (
                "Gå till startsidan".to_owned(),
                "/overenskommelser/index.html".to_owned()
            ),
        ]
    );
    assert_eq!(select(&site.page("index.html"), "#finder-heading").len(), 1);
}

#[test]
fn on_a_site_split_by_county_the_lost_address_leads_to_the_counties_too() {
    let site = SiteTest::synthetic(65, 1);
    site.build_ok();
    let page = site.page("404.html");
    let hrefs: Vec<String> = select(&page, "main li a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert!(
        hrefs.iter().any(|h| h.ends_with("/lan/index.html")),
        "{hrefs:?}"
    );
}

#[test]
fn a_printout_says_its_address_and_the_day_its_facts_are_reckoned_from() {
    let site = SiteTest::shipped();
    site.build_ok();
    let eslov = site.page("eslov/index.html");
    let note = &select(&eslov, ".print-only")[0];
    assert!(
        text(note).starts_with(
            "Utskrift av https://www.example.se/overenskommelser/eslov/, uppgifterna gäller "
        ),
        "{}",
        text(note)
    );
    let day = select(&eslov, ".print-only time")[0]
        .value()
        .attr("datetime")
        .map(str::to_owned);
    assert_eq!(day, Some(today()));
    for page in ["oversikt/index.html", "tidslinje/index.html"] {
        assert_eq!(
            select(&site.page(page), ".print-only time").len(),
            1,
            "{page}"
        );
    }
    // A page that reckons nothing from the day says only where it comes from.
    let matrix = site.page("jamfor/index.html");
    assert_eq!(
        text(&select(&matrix, ".print-only")[0]),
        "Utskrift av https://www.example.se/overenskommelser/jamfor/"
    );
    let css = site.output("style.css");
    assert!(css.contains(".print-only { display: none; }"));
}

#[test]
fn no_caption_repeats_its_pages_heading() {
    let site = SiteTest::shipped();
    site.build_ok();
    let mut pages = vec![site.root.join("output")];
    let mut checked = 0;
    while let Some(dir) = pages.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pages.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "html") {
                continue;
            }
            let html =
                scraper::Html::parse_document(&std::fs::read_to_string(&path).expect("page"));
            let headings: Vec<String> = select(&html, "h1, h2, h3").iter().map(text).collect();
            for caption in select(&html, "caption") {
                assert!(
                    !headings.contains(&text(&caption)),
                    "{}: the caption repeats a heading: {}",
                    path.display(),
                    text(&caption)
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 30, "{checked} pages");
}
