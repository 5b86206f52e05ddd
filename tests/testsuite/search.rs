//! The search page and what its script reads: the counties with their compacts, so that a
//! county's words find its compacts; filters by kind and county; and, without JavaScript,
//! what the search goes through.

use crate::harness::{select, text, SiteTest};

/// The counties of `search-index/topics.js`: name, address, slug and compacts (as gaps).
fn counties(site: &SiteTest) -> Vec<(String, String, String, String)> {
    let script = site.output("search-index/topics.js");
    let line = script
        .lines()
        .find_map(|l| l.strip_prefix("overensSearch.counties("))
        .and_then(|l| l.strip_suffix(");"))
        .expect("the counties' line");
    serde_json::from_str(line).expect("valid JSON")
}

/// The compacts' numbers a list of gaps in base 32 names.
fn members(gaps: &str) -> Vec<u32> {
    const DIGITS: &str = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    let mut out = Vec::new();
    let (mut n, mut scale, mut next) = (0, 1, 0);
    for c in gaps.chars() {
        let digit = DIGITS.find(c).expect("a digit") as u32;
        n += (digit & 31) * scale;
        scale *= 32;
        if digit < 32 {
            out.push(next + n);
            next += n + 1;
            (n, scale) = (0, 1);
        }
    }
    out
}

/// The number of the compact whose search file names `slug`.
fn number_of(site: &SiteTest, slug: &str, compacts: u32) -> u32 {
    (0..compacts)
        .find(|n| {
            site.output(&format!("search-index/c/{n}.js"))
                .contains(&format!("[\"{slug}\","))
        })
        .expect("the compact's file")
}

#[test]
fn the_counties_and_their_compacts_are_in_the_index() {
    let site = SiteTest::shipped();
    site.build_ok();
    let counties = counties(&site);
    let names: Vec<&str> = counties.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(names, ["Skåne län", "Stockholms län"]);
    let eslov = number_of(&site, "eslov", 4);
    assert_eq!(members(&counties[0].3), [eslov]);
    let mut stockholm = vec![number_of(&site, "ekero", 4), number_of(&site, "varmdo", 4)];
    stockholm.sort_unstable();
    assert_eq!(members(&counties[1].3), stockholm);
    assert_eq!(counties[0].1, "jamfor/index.html#g-skane");
}

#[test]
fn the_search_page_filters_by_kind_and_county_and_says_what_it_searches() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("sok/index.html");
    let kinds: Vec<String> = select(&page, "#search-kind option")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        kinds,
        ["alla slag", "överenskommelser", "principer", "ämnen", "län"]
    );
    let counties: Vec<String> = select(&page, "#search-county option")
        .iter()
        .map(text)
        .collect();
    assert_eq!(counties, ["alla län", "Skåne län", "Stockholms län"]);
    assert_eq!(
        select(&page, "#search-county")[0].value().attr("name"),
        Some("lan")
    );
    let said: Vec<String> = select(&page, "noscript").iter().map(text).collect();
    assert!(
        said.iter()
            .any(|s| s
                .contains("Sökningen går igenom 4 överenskommelser, deras principer och 11 ämnen")),
        "{said:?}"
    );
}

#[test]
fn on_a_site_split_by_county_a_county_leads_to_its_page() {
    let site = SiteTest::synthetic(70, 2);
    site.build_ok();
    let counties = counties(&site);
    let skane = counties.iter().find(|c| c.0 == "Skåne län").expect("Skåne");
    assert_eq!(skane.1, "lan/skane/index.html");
    assert!(!members(&skane.3).is_empty());
    let total: usize = counties.iter().map(|c| members(&c.3).len()).sum();
    assert_eq!(total, 70, "every compact, once");
    let page = site.page("sok/index.html");
    assert_eq!(
        select(&page, "#search-results")[0]
            .value()
            .attr("data-split"),
        Some("true")
    );
}
