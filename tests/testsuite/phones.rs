//! What a reader on a phone taps: the counts of the counties' summary lead to the topic's
//! page for the county and say their share.

use crate::harness::{select, select_in, text, SiteTest};

#[test]
fn a_county_count_links_to_the_topic_in_the_county_and_says_its_share() {
    let site = SiteTest::synthetic(70, 3);
    site.build_ok();
    let matrix = site.page("jamfor/index.html");
    let topics: Vec<String> = select(&matrix, "table.summary thead th.topic a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .map(|h| h.trim_end_matches("/index.html").to_owned())
        .collect();
    let rows = select(&matrix, "table.summary tbody tr");
    assert!(!rows.is_empty());
    for row in rows {
        let county = select_in(&row, "th a")[0]
            .value()
            .attr("href")
            .expect("href")
            .trim_start_matches("../lan/")
            .trim_end_matches("/index.html")
            .to_owned();
        let cells = select_in(&row, "td");
        let compacts = text(&cells[0]);
        let shares = select_in(&row, "td a.share");
        assert_eq!(shares.len(), topics.len(), "{county}");
        for (share, topic) in shares.iter().zip(&topics) {
            let href = share.value().attr("href").expect("href");
            assert_eq!(href, format!("{topic}/{county}/index.html"));
            let said = text(share);
            let (n, of) = said.split_once(" av ").expect("N av M");
            assert_eq!(of, compacts, "{said}");
            let page = site.page(&format!("jamfor/{}", href.trim_start_matches("../jamfor/")));
            assert_eq!(
                select(&page, ".wording").len().to_string(),
                n,
                "{county} {topic}"
            );
        }
    }
}
