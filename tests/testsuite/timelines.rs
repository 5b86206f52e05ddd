//! The timeline runs to today and tells "in force" from "ended" by more than colour; a
//! compact's own timeline is newest first, by kind, each thing once, versions linked; on a
//! phone the state of things comes first and the chart fits.

use crate::harness::{select, text, today, SiteTest};

#[test]
fn the_timeline_runs_to_today_and_marks_in_force_and_ended_apart() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("tidslinje/index.html");
    let year = &today()[..4];
    let wide = &select(&page, "svg.chart:not(.narrow)")[0];
    let years: Vec<String> = select(&page, "svg.chart:not(.narrow) .axis text")
        .iter()
        .map(text)
        .collect();
    assert!(
        years.iter().any(|y| y == year),
        "the axis reaches this year, not the last event: {years:?}"
    );
    // Eslöv, in force: its line ends in an arrow; Sverige's, ended, in a stroke.
    let lane = |name: &str| {
        select(&page, "svg.chart:not(.narrow) g.lane")
            .into_iter()
            .find(|g| text(g).starts_with(name))
            .unwrap_or_else(|| panic!("no lane {name}"))
            .html()
    };
    assert!(lane("Eslöv").contains("cap arrow"), "{}", lane("Eslöv"));
    assert!(lane("Sverige").contains("cap stop"), "{}", lane("Sverige"));
    assert!(!lane("Sverige").contains("cap arrow"));
    let legend: Vec<String> = select(&page, ".legend li").iter().map(text).collect();
    assert!(
        legend
            .contains(&"gäller i dag (linjen går fram till i dag och slutar i en pil)".to_owned()),
        "{legend:?}"
    );
    assert!(
        legend.contains(
            &"avslutad eller avbruten (linjen slutar med ett tvärstreck där processen slutade)"
                .to_owned()
        ),
        "{legend:?}"
    );
    assert!(wide.value().attr("aria-labelledby") == Some("chart-title"));
    // The state of things first, its heading said once; then the chart, and the chart again
    // for a phone, at a phone's width.
    let html = site.output("tidslinje/index.html");
    let table = html.find("class=\"status-table\"").expect("table");
    assert!(table < html.find("<svg class=\"chart\"").expect("chart"));
    assert_eq!(
        html.matches("Läget just nu").count(),
        1,
        "no caption repeating it"
    );
    let narrow = &select(&page, ".chart-narrow svg.chart.narrow")[0];
    assert!(narrow
        .value()
        .attr("viewBox")
        .is_some_and(|v| v.starts_with("0 0 320 ")));
    assert!(select(&page, ".chart-narrow a").is_empty());
}

#[test]
fn a_compacts_own_timeline_is_newest_first_by_kind_each_thing_once() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("nationell/index.html");
    let kinds: Vec<String> = select(&page, ".timeline-group h3")
        .iter()
        .map(text)
        .collect();
    assert_eq!(kinds, ["Beslut och händelser", "Uppföljningar"]);
    let events: Vec<String> = select(&page, ".timeline-group")[0]
        .select(&scraper::Selector::parse("li time").expect("css"))
        .map(|t| t.value().attr("datetime").unwrap_or("").to_owned())
        .collect();
    let mut newest_first = events.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(events, newest_first);
    // The decision of 23 October 2008 and the edition of that day are one thing, told once,
    // leading to the version's page.
    let decided: Vec<_> = select(&page, ".events li")
        .into_iter()
        .filter(|li| text(li).starts_with("23 oktober 2008"))
        .collect();
    assert_eq!(decided.len(), 1, "told once");
    let link = decided[0]
        .select(&scraper::Selector::parse("a").expect("css"))
        .next()
        .expect("linked");
    let href = link.value().attr("href").expect("href");
    assert_eq!(href, "../nationell/versioner/2008-10-23/index.html");
    assert!(site
        .root
        .join("output/nationell/versioner/2008-10-23/index.html")
        .is_file());
    let followups: Vec<String> = select(&page, ".timeline-group")[1]
        .select(&scraper::Selector::parse("li").expect("css"))
        .map(|li| text(&li))
        .collect();
    assert!(
        followups[0].starts_with("maj 2012 Utvärdering"),
        "{followups:?}"
    );
}
