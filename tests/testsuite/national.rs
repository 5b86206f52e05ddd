//! A site above the size at which the pages are split by county (more than 60 compacts):
//! the matrix, the topics and the timeline summarise the counties, each county has pages of
//! its own, and no page grows with the country.

use std::collections::BTreeMap;
use std::fs;

use crate::harness::{select, select_in, text, SiteTest};

/// Each county's compacts, by the address word of the county, from the site's files.
fn counties_of(site: &SiteTest) -> BTreeMap<String, Vec<String>> {
    let mut counties: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in fs::read_dir(site.root.join("content")).expect("content") {
        let path = entry.expect("entry").path();
        if !path.is_dir() {
            continue;
        }
        let index = fs::read_to_string(path.join("_index.md")).expect("_index.md");
        let county = index
            .lines()
            .find_map(|l| l.strip_prefix("county: "))
            .map_or("utan-lan".to_owned(), |c| {
                let short = c.trim_matches('"').trim_end_matches(" län");
                let short = short.strip_suffix('s').unwrap_or(short);
                short
                    .to_lowercase()
                    .replace(['å', 'ä'], "a")
                    .replace('ö', "o")
                    .replace(' ', "-")
            });
        let slug = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        counties.entry(county).or_default().push(slug);
    }
    counties
}

#[test]
fn above_sixty_compacts_each_county_has_its_own_pages() {
    let site = SiteTest::synthetic(70, 3);
    site.build_ok();
    let counties = counties_of(&site);
    assert_eq!(counties.len(), 22, "21 counties and one compact without");

    // The matrix's page: the counties, each with its count, leading to its own matrix.
    let matrix = site.page("jamfor/index.html");
    let rows = select(&matrix, "table.summary tbody tr");
    assert_eq!(rows.len(), counties.len());
    let mut total = 0;
    for row in &rows {
        let link = &select_in(row, "th a")[0];
        let href = link.value().attr("href").expect("href");
        let slug = href
            .trim_start_matches("../lan/")
            .trim_end_matches("/index.html");
        let count: usize = text(&select_in(row, "td")[0]).parse().expect("a count");
        assert_eq!(count, counties[slug].len(), "{slug}");
        total += count;
        // The county's own matrix has a row for each of its compacts and no other.
        let page = site.page(&format!("lan/{slug}/index.html"));
        let mut listed: Vec<String> = select(&page, "table.matrix tbody tr:not(.group) th a")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .map(|h| {
                h.trim_start_matches("../../")
                    .trim_end_matches("/index.html")
                    .to_owned()
            })
            .collect();
        listed.sort();
        let mut expected = counties[slug].clone();
        expected.sort();
        assert_eq!(listed, expected, "{slug}");
        // Its timeline draws a lane for each, with the milestones of their processes: the
        // follow-ups and actions are on each compact's own page.
        let timeline = site.page(&format!("tidslinje/{slug}/index.html"));
        assert_eq!(
            select(&timeline, "svg.chart:not(.narrow) g.lane").len(),
            counties[slug].len(),
            "{slug}"
        );
        assert_eq!(
            select(&timeline, "svg.chart.narrow g.lane").len(),
            counties[slug].len(),
            "{slug}: the chart for a phone"
        );
        let events: Vec<String> = select(&timeline, ".events li").iter().map(text).collect();
        assert!(
            !events.iter().any(|e| e.contains("Uppföljning")),
            "{slug}: {events:?}"
        );
    }
    assert_eq!(total, 70);
    let footer: Vec<String> = select(&matrix, "table.summary tfoot td")
        .iter()
        .map(text)
        .collect();
    assert_eq!(footer[0], "70");

    // A topic's page: the counts, and a page of wordings for each county.
    let topic = site.page("jamfor/dialog/index.html");
    let counted = text(&select(&topic, "main > p")[1]);
    assert!(
        counted.ends_with("av 70 överenskommelser tar upp ämnet."),
        "{counted}"
    );
    let covering: usize = counted
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("n");
    let mut summed = 0;
    for row in select(&topic, "table.summary tbody tr") {
        let href = select_in(&row, "a")[0]
            .value()
            .attr("href")
            .expect("href")
            .to_owned();
        let cells = select_in(&row, "td");
        let in_county: usize = text(&cells[0]).parse().expect("count");
        summed += in_county;
        let page = site.page(&format!("jamfor/dialog/{href}"));
        assert_eq!(select(&page, ".wording").len(), in_county, "{href}");
    }
    assert_eq!(summed, covering);

    // The front page and the search page list the counties, not every compact.
    let front = site.page("index.html");
    assert_eq!(select(&front, ".county-list a").len(), counties.len());
    assert!(
        select(&front, ".finder-list li").is_empty(),
        "no national compact"
    );
    let search = site.page("sok/index.html");
    assert!(select(&search, "#search-browse li a[href^=\"../lan/\"]").len() == counties.len());
    let sitemap = site.output("sitemap.xml");
    assert!(sitemap.contains("/lan/skane/</loc>"), "{sitemap}");
    assert!(sitemap.contains("/jamfor/dialog/skane/</loc>"));
    assert!(sitemap.contains("/tidslinje/skane/</loc>"));
    assert!(sitemap.contains("/oversikt/skane/</loc>"));
    let pages: Vec<String> = counties
        .values()
        .flatten()
        .map(|slug| site.output(&format!("{slug}/index.html")))
        .collect();
    assert!(
        pages.iter().any(|page| page.contains(">Uppföljning<")),
        "a compact's own timeline has its follow-ups"
    );
    assert!(
        !pages
            .iter()
            .any(|page| page.contains("Uppföljning: Uppföljning")),
        "a follow-up's title that says only its kind and year is not said again"
    );

    // The overview: the counties in short, each leading to its own rows, one a compact.
    let overview = site.page("oversikt/index.html");
    let summary = select(&overview, "table.summary tbody tr");
    assert_eq!(summary.len(), counties.len());
    for row in &summary {
        let href = select_in(row, "th a")[0]
            .value()
            .attr("href")
            .expect("href")
            .to_owned();
        let slug = href
            .trim_start_matches("../oversikt/")
            .trim_end_matches("/index.html")
            .to_owned();
        let page = site.page(&format!("oversikt/{slug}/index.html"));
        assert_eq!(
            select(&page, "table.overview tbody tr:not(.group)").len(),
            counties[&slug].len(),
            "{slug}"
        );
    }
    assert!(
        select(&overview, "table.overview tbody tr:not(.group)").len() <= 1,
        "only the national compact, if any, on the overview's own page"
    );
}

#[test]
fn no_page_of_a_site_split_by_county_grows_past_300_kb() {
    let site = SiteTest::synthetic(120, 8);
    site.build_ok();
    let out = site.root.join("output");
    let css = fs::metadata(out.join("style.css")).expect("css").len();
    let mut largest = (0, String::new());
    for entry in walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        let is_html = path.extension().is_some_and(|e| e == "html");
        let is_index = path.to_string_lossy().contains("search-index");
        if !(is_html || is_index) {
            continue;
        }
        let size = entry.metadata().expect("size").len();
        let needs = if is_html { size + css } else { size };
        if needs > largest.0 {
            largest = (needs, path.display().to_string());
        }
    }
    assert!(largest.0 <= 300_000, "{largest:?}");
}

/// Above the size, one page lists every county with the number of its compacts and each of
/// them, linked; the front page leads to it. A site at the size has no such page.
#[test]
fn the_county_list_names_every_county_and_its_compacts() {
    let site = SiteTest::synthetic(65, 1);
    site.build_ok();
    let counties = counties_of(&site);
    let list = site.page("lan/index.html");
    assert_eq!(
        text(&select(&list, "h1")[0]),
        "Länen och deras överenskommelser"
    );
    let sections = select(&list, "main section");
    assert_eq!(sections.len(), counties.len(), "one section a county");
    for section in &sections {
        let heading = &select_in(section, "h2 a")[0];
        let slug = heading
            .value()
            .attr("href")
            .expect("href")
            .trim_start_matches("../lan/")
            .trim_end_matches("/index.html")
            .to_owned();
        let mut listed: Vec<String> = select_in(section, "details li a")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .map(|h| {
                h.trim_start_matches("../")
                    .trim_end_matches("/index.html")
                    .to_owned()
            })
            .collect();
        listed.sort();
        let mut expected = counties[&slug].clone();
        expected.sort();
        assert_eq!(listed, expected, "{slug}");
        let heading_text = text(&select_in(section, "h2")[0]);
        assert!(
            heading_text.ends_with(&format!("({})", expected.len())),
            "{heading_text}"
        );
    }
    let front = site.page("index.html");
    assert!(
        select(&front, "main a[href=\"lan/index.html\"]").len() == 1,
        "the front page leads to the list"
    );
    assert!(site.output("sitemap.xml").contains("/lan/</loc>"));

    let small = SiteTest::synthetic(60, 1);
    small.build_ok();
    assert!(!small.root.join("output/lan/index.html").exists());
    assert!(select(&small.page("index.html"), "main a[href=\"lan/index.html\"]").is_empty());
}
