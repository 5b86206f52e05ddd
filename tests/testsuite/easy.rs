//! Easy-to-read versions (lättläst): `lattlast.md` beside a compact's text, or the front
//! page's, is published as a page of its own, marked as easy to read in its heading and
//! title, and linked from the standard page and back (webbriktlinjer, guideline 12).

use crate::harness::{select, text, SiteTest};

const COMPACT_EASY: &str = "---\n---\nAlfa kommun och föreningarna\nhar skrivit ett avtal.\n\nDe ska prata med varandra.\n";
const FRONT_EASY: &str = "---\ntitle: Om överenskommelserna\ndescription: Överenskommelserna på lättläst svenska.\n---\nHär kan du läsa\nom överenskommelserna.\n";

fn with_easy() -> SiteTest {
    let site = SiteTest::fixture("minimal")
        .write("content/alfa/lattlast.md", COMPACT_EASY)
        .write("content/lattlast.md", FRONT_EASY);
    let run = site.build_ok();
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    site
}

fn hrefs(site: &SiteTest, page: &str, css: &str) -> Vec<String> {
    select(&site.page(page), css)
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect()
}

#[test]
fn a_compacts_easy_to_read_version_is_its_own_marked_page() {
    let site = with_easy();
    let page = site.page("alfa/lattlast/index.html");
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("sv"));
    let title = text(&select(&page, "title")[0]);
    assert_eq!(title, "Lättläst: Överenskommelsen i Alfa – Testplats");
    let h1 = &select(&page, "main h1")[0];
    assert_eq!(text(h1), "Lättläst Överenskommelsen i Alfa");
    assert_eq!(text(&select(&page, "h1 .easy-badge")[0]), "Lättläst");
    let body = select(&page, ".easy-text")[0].inner_html();
    assert!(
        body.contains("Alfa kommun och föreningarna<br>\nhar skrivit ett avtal."),
        "each line stays a line: {body}"
    );
    assert_eq!(
        select(&page, ".breadcrumbs li")
            .iter()
            .map(text)
            .collect::<Vec<_>>(),
        ["Startsida", "Alfa", "Lättläst"]
    );
    assert!(site
        .output("sitemap.xml")
        .contains("https://www.alfa.se/overenskommelsen/alfa/lattlast/"));
}

#[test]
fn the_standard_page_and_the_easy_one_link_to_each_other() {
    let site = with_easy();
    assert_eq!(
        hrefs(&site, "alfa/index.html", ".easy-link a"),
        ["../alfa/lattlast/index.html"]
    );
    let alfa = site.page("alfa/index.html");
    assert_eq!(
        text(&select(&alfa, ".easy-link")[0]),
        "Lättläst Läs en lättläst version av sidan"
    );
    assert_eq!(
        hrefs(&site, "alfa/lattlast/index.html", ".easy-note a"),
        ["../../alfa/index.html"]
    );
    assert_eq!(
        text(&select(&site.page("alfa/lattlast/index.html"), ".easy-note")[0]),
        "Det här är en lättläst version av sidan Överenskommelsen i Alfa."
    );
    assert!(
        select(&site.page("beta/index.html"), ".easy-link").is_empty(),
        "Beta has none"
    );
    // The front page's, at a folder of its own.
    assert_eq!(
        hrefs(&site, "index.html", ".easy-link a"),
        ["lattlast/index.html"]
    );
    assert_eq!(
        hrefs(&site, "lattlast/index.html", ".easy-note a"),
        ["../index.html"]
    );
    let front = site.page("lattlast/index.html");
    assert_eq!(
        text(&select(&front, "main h1")[0]),
        "Lättläst Om överenskommelserna"
    );
    assert_eq!(
        select(&front, "meta[name=description]")[0]
            .value()
            .attr("content"),
        Some("Överenskommelserna på lättläst svenska.")
    );
}

#[test]
fn an_english_site_names_the_folder_in_english() {
    let site = SiteTest::fixture("minimal")
        .edit(
            "site.yaml",
            "language: sv",
            "language: en\ncontent_language: sv",
        )
        .write("content/alfa/lattlast.md", COMPACT_EASY);
    site.build_ok();
    let page = site.page("alfa/easy-read/index.html");
    assert_eq!(
        select(&page, "html")[0].value().attr("lang"),
        Some("en"),
        "the page is English, its text Swedish"
    );
    assert_eq!(
        text(&select(&page, "main h1")[0]),
        "Easy to read Överenskommelsen i Alfa"
    );
    assert_eq!(
        select(&page, ".easy-text")[0].value().attr("lang"),
        Some("sv")
    );
    assert_eq!(
        hrefs(&site, "alfa/index.html", ".easy-link a"),
        ["../alfa/easy-read/index.html"]
    );
}

#[test]
fn a_principle_cannot_take_the_easy_pages_address_and_an_empty_version_is_warned_of() {
    let site = SiteTest::fixture("minimal")
        .write(
            "content/alfa/principles/lattlast.md",
            "---\ntitle: Lätt\ntopics: [dialog]\n---\nText.\n",
        )
        .write("content/beta/lattlast.md", "---\n---\n");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("fel: content/alfa/principles/lattlast.md: filnamnet \"lattlast\" används redan av webbplatsens egna sidor"),
        "{}",
        run.stderr
    );
    let site = SiteTest::fixture("minimal").write("content/beta/lattlast.md", "---\n---\n");
    let run = site.run(&["check"]);
    assert!(
        run.stderr
            .contains("varning: den lättlästa versionen har ingen text")
            && run.stderr.contains("content/beta/lattlast.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn links_in_an_easy_to_read_text_are_checked_from_its_own_page() {
    let site = SiteTest::fixture("minimal").write(
        "content/alfa/lattlast.md",
        "---\n---\nLäs [hela texten](../) eller [principen](../dialog/).\nSe [en sida som inte finns](../saknas/).\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/alfa/lattlast.md:4:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 fel"),
        "only the missing page: {}",
        run.stderr
    );
}
