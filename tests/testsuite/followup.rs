//! A compact's page says what is on it and where its promise of follow-ups stands, with the
//! same tag as the overview, which lists the overdue ones first.

use crate::harness::{select, text, today, SiteTest};

/// Eslöv promises a follow-up every year and has none since its adoption in October 2019.
#[test]
fn a_compact_page_says_its_follow_up_is_overdue_and_lists_what_is_on_it() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("eslov/index.html");
    let fact = text(&select(&page, "#followup-fact dd")[0]);
    assert_eq!(
        fact,
        "utlovad varje år · ingen registrerad · nästa senast oktober 2020 Försenad"
    );
    assert_eq!(
        text(&select(&page, "#followup-fact .status")[0]),
        "Försenad"
    );
    // What is on the page, its principles each a link to its place, near the top.
    assert_eq!(text(&select(&page, "#toc-heading")[0]), "På den här sidan");
    let links: Vec<(String, String)> = select(&page, "nav.toc a")
        .iter()
        .map(|a| (text(a), a.value().attr("href").unwrap_or("").to_owned()))
        .collect();
    assert_eq!(links[0], ("Fakta".to_owned(), "#facts-heading".to_owned()));
    assert!(links.contains(&("Principer (6)".to_owned(), "#principles-heading".to_owned())));
    assert!(links.contains(&("Långsiktighet".to_owned(), "#langsiktighet".to_owned())));
    for (_, href) in &links {
        let id = href.trim_start_matches('#');
        assert_eq!(
            select(&page, &format!("[id=\"{id}\"]")).len(),
            1,
            "{href} leads nowhere"
        );
    }
    let html = site.output("eslov/index.html");
    let toc_at = html.find("class=\"toc\"").expect("toc");
    assert!(toc_at < html.find("id=\"compact-text\"").expect("text"));
    assert!(toc_at < html.find("class=\"principle\"").expect("principles"));

    // The overview: the same tag, and the overdue ones first, each leading to its fact.
    let overview = site.page("oversikt/index.html");
    assert_eq!(
        text(&select(&overview, "#overdue-heading")[0]),
        "Försenade uppföljningar (1)"
    );
    let overdue = select(&overview, "#overdue li a");
    assert_eq!(overdue.len(), 1);
    assert_eq!(
        overdue[0].value().attr("href"),
        Some("../eslov/index.html#followup-fact")
    );
    let tags: Vec<String> = select(&overview, "table.overview .status[class*=followup-]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        tags,
        [
            "Ingen utlovad",
            "Försenad",
            "Ingen utlovad",
            "Ingen utlovad"
        ]
    );
}

#[test]
fn a_follow_up_of_today_is_on_time_and_its_title_is_said_only_when_it_adds() {
    let day = today();
    let year = &day[..4];
    let site = SiteTest::shipped().edit(
        "content/eslov/_index.md",
        "follow_up_every_years: 1\n",
        &format!(
            "follow_up_every_years: 1\nfollowups:\n  - date: \"{day}\"\n    title: \"Uppföljning {year}\"\n    source: Kommunstyrelsens protokoll\n"
        ),
    );
    site.build_ok();
    let page = site.page("eslov/index.html");
    let fact = text(&select(&page, "#followup-fact dd")[0]);
    assert!(fact.starts_with("utlovad varje år · senaste "), "{fact}");
    assert!(fact.ends_with(" I tid"), "{fact}");
    assert!(!fact.contains(&format!("Uppföljning {year}")), "{fact}");
    assert!(
        fact.contains("(källa: Kommunstyrelsens protokoll)"),
        "{fact}"
    );
    let next = (year.parse::<u16>().expect("year") + 1).to_string();
    assert!(
        fact.contains("nästa senast ") && fact.contains(&next),
        "{fact}"
    );
    // The compact's own timeline says the kind, not the kind twice.
    let events: Vec<String> = select(&page, ".events li").iter().map(text).collect();
    assert!(
        events.iter().any(|e| e.contains("Uppföljning"))
            && !events
                .iter()
                .any(|e| e.contains("Uppföljning: Uppföljning")),
        "{events:?}"
    );
    let overview = site.page("oversikt/index.html");
    assert_eq!(
        text(&select(&overview, "#overdue-heading")[0]),
        "Försenade uppföljningar (0)"
    );
    assert!(
        text(&select(&overview, "#overdue")[0]).contains("Ingen utlovad uppföljning är försenad.")
    );
}

#[test]
fn an_english_site_tags_the_follow_up_in_english() {
    let site = SiteTest::shipped().edit("site.yaml", "language: sv", "language: en");
    site.build_ok();
    let page = site.page("eslov/index.html");
    let fact = text(&select(&page, "#followup-fact dd")[0]);
    assert_eq!(
        fact,
        "promised every year · none recorded · next due by October 2020 Overdue"
    );
    assert_eq!(text(&select(&page, "#toc-heading")[0]), "On this page");
}
