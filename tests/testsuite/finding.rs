//! Finding a compact: the front page opens with a search field and the list of compacts (or,
//! on a site split by county, of the counties), and a county's page opens with the list of
//! its compacts before the matrix.

use crate::harness::{select, select_in, text, SiteTest};

/// Where in `html` the first match of `needle` is; the page must hold it.
fn at(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("the page has no {needle:?}"))
}

#[test]
fn the_front_page_opens_with_a_search_field_and_every_compact() {
    let site = SiteTest::shipped();
    site.build_ok();
    let front = site.page("index.html");
    let headings: Vec<String> = select(&front, "main h2").iter().map(text).collect();
    assert_eq!(
        headings.first().map(String::as_str),
        Some("Hitta en överenskommelse"),
        "{headings:?}"
    );
    // The search field works without JavaScript: a form that goes to the search page with
    // the words as `q`, which the search page reads from its address.
    let form = &select(&front, ".finder form")[0];
    assert_eq!(form.value().attr("method"), Some("get"));
    assert_eq!(form.value().attr("action"), Some("sok/index.html"));
    let input = &select_in(form, "input")[0];
    assert_eq!(input.value().attr("name"), Some("q"));
    let label = &select_in(form, "label")[0];
    assert_eq!(label.value().attr("for"), input.value().attr("id"));
    assert_eq!(text(label), "Sök på kommun, län eller ord");
    let search = site.page("sok/index.html");
    assert_eq!(
        select(&search, "form input")[0].value().attr("name"),
        Some("q")
    );
    assert!(site.output("search.js").contains(".get(\"q\")"));

    // Every compact, in the site's order, with its status, the year it was adopted and how
    // many principles it has.
    let items: Vec<String> = select(&front, ".finder-list li").iter().map(text).collect();
    assert_eq!(items.len(), 4, "{items:?}");
    assert_eq!(
        items[2],
        "Eslöv Antagen antogs 2019 6 principer Överenskommelsen för samverkan mellan Eslövs idéburna sektor och Eslövs kommun"
    );
    assert!(
        items[1].starts_with("Ekerö Avbruten Ställer sig bakom principerna i Sverige"),
        "{}",
        items[1]
    );
    assert!(
        items[3].starts_with("Värmdö Okänd Principer: texten finns inte här"),
        "{}",
        items[3]
    );
    for link in select(&front, ".finder-list a") {
        let href = link.value().attr("href").expect("href");
        assert!(site.root.join("output").join(href).is_file(), "{href}");
    }
    // Before the front page's own text: on a phone the compacts are not three screens down.
    let html = site.output("index.html");
    assert!(at(&html, "class=\"finder-list\"") < at(&html, "class=\"prose\""));
}

#[test]
fn the_finder_speaks_english_on_an_english_site() {
    let site = SiteTest::shipped().edit("site.yaml", "language: sv", "language: en");
    site.build_ok();
    let front = site.page("index.html");
    assert_eq!(text(&select(&front, ".finder h2")[0]), "Find a compact");
    assert_eq!(
        text(&select(&front, ".finder label")[0]),
        "Search by municipality, county or word"
    );
    let eslov = text(&select(&front, ".finder-list li")[2]);
    assert!(
        eslov.starts_with("Eslöv Adopted adopted 2019 6 principles"),
        "{eslov}"
    );
}

#[test]
fn on_a_site_split_by_county_the_front_page_leads_to_each_county_and_its_list() {
    let site = SiteTest::synthetic(70, 1);
    site.build_ok();
    let front = site.page("index.html");
    assert_eq!(
        text(&select(&front, "main h2")[0]),
        "Hitta en överenskommelse"
    );
    let counties: Vec<_> = select(&front, ".finder .county-list a");
    assert!(counties.len() > 10, "{}", counties.len());
    assert!(
        select(&front, ".finder-list li").len() <= 1,
        "no more than the national compact listed one by one"
    );
    // Skåne's page: the list of its compacts first, each linked with its facts, then the
    // matrix.
    let skane = counties
        .iter()
        .find(|a| text(a).starts_with("Skåne län"))
        .expect("Skåne");
    let href = skane.value().attr("href").expect("href");
    assert_eq!(href, "lan/skane/index.html");
    let page = site.page(href);
    let heading = text(&select(&page, "main h2")[0]);
    let items = select(&page, ".finder-list li");
    assert_eq!(
        heading,
        format!("Länets överenskommelser ({})", items.len())
    );
    let rows = select(&page, "table.matrix tbody tr:not(.group)");
    assert_eq!(items.len(), rows.len());
    for item in &items {
        let link = &select_in(item, "a.finder-name")[0];
        let slug = link
            .value()
            .attr("href")
            .expect("href")
            .trim_start_matches("../../");
        assert!(site.root.join("output").join(slug).is_file(), "{slug}");
        assert_eq!(select_in(item, ".status").len(), 1, "{}", text(item));
        assert!(
            text(item).contains(" princip") || text(item).contains("Ställer sig bakom"),
            "{}",
            text(item)
        );
    }
    let html = site.output(href);
    assert!(at(&html, "class=\"finder-list\"") < at(&html, "<table"));
}
