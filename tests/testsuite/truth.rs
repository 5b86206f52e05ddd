//! The living parts tell the truth, on the `truth` fixture: Gamma's principles and text exist
//! but are not published here, its list of signatories is partial and one organisation's
//! joining is planned for 2099; names and a principle start with what a spreadsheet reads as
//! a formula; Alfa's events say where they are told. Unknown is never shown as none, a
//! partial list says so everywhere, and no cell of the open data is a formula.

use crate::harness::{select, text, SiteTest};

fn built() -> SiteTest {
    let site = SiteTest::fixture("truth");
    site.build_ok();
    site
}

#[test]
fn principles_not_published_are_not_known_not_absent_on_the_matrix() {
    let site = built();
    let html = site.page("jamfor/index.html");
    let legend: Vec<String> = select(&html, ".legend li").iter().map(text).collect();
    assert!(
        legend
            .iter()
            .any(|l| l == "? principerna finns, men texten finns inte här"),
        "a mark of its own in the legend: {legend:?}"
    );
    let rows = select(&html, "tbody tr:not(.group)");
    let gamma = rows
        .iter()
        .find(|r| text(r).contains("Gamma"))
        .expect("Gamma's row");
    let cells: Vec<String> = gamma
        .select(&scraper::Selector::parse("td").expect("css"))
        .map(|td| text(&td))
        .collect();
    assert_eq!(
        cells,
        [
            "?texten finns inte här",
            "?texten finns inte här",
            "?texten finns inte här"
        ],
        "neither a topic cell nor the count says none"
    );
    assert!(!text(gamma).contains('–'), "{}", text(gamma));
}

#[test]
fn a_topic_page_does_not_say_a_compact_without_published_principles_leaves_the_topic_out() {
    let site = built();
    let all = site.main_text("jamfor/dialog/index.html");
    assert!(all.contains("Tar inte upp ämnet (0)"), "{all}");
    assert!(
        all.contains("Texten finns inte här (1) Överenskommelserna har principer, men deras text finns inte här, så det går inte att säga om de tar upp ämnet. Gamma (Antagen)"),
        "{all}"
    );
    assert!(
        !all.contains("Alla överenskommelser tar upp ämnet"),
        "not every compact is known to cover it: {all}"
    );
}

#[test]
fn the_card_the_compact_page_and_the_overview_say_the_text_is_not_here() {
    let site = built();
    let front = site.main_text("index.html");
    assert!(
        front.contains("Principer: texten finns inte här"),
        "{front}"
    );
    assert!(!front.contains("PrinciperInga"), "{front}");
    let page = site.main_text("gamma/index.html");
    for said in [
        "PrinciperPrinciperna finns, men deras text finns inte här.",
        "Överenskommelsens text finns, men den finns inte publicerad här.",
        "Den finns hos Gamma kommun",
    ] {
        assert!(page.contains(said), "{said}: {page}");
    }
    let html = site.page("gamma/index.html");
    let kept = select(&html, ".unpublished a");
    assert_eq!(
        kept[0].value().attr("href"),
        Some("https://www.gamma.se/overenskommelsen")
    );
    let overview = site.main_text("oversikt/index.html");
    assert!(
        overview.contains("Gamma AntagenTexten finns inte här"),
        "{overview}"
    );
}

#[test]
fn the_open_data_says_what_is_not_published_here() {
    let site = built();
    let json: serde_json::Value =
        serde_json::from_str(&site.output("data/overenskommelser.json")).expect("json");
    let gamma = json
        .as_array()
        .and_then(|all| all.iter().find(|c| c["slug"] == "gamma"))
        .expect("gamma");
    assert_eq!(gamma["principles_published"], false);
    assert_eq!(gamma["text_published"], false);
    assert_eq!(
        gamma["kept_at"]["url"],
        "https://www.gamma.se/overenskommelsen"
    );
    assert_eq!(gamma["signatories_complete"], false);
    assert_eq!(
        gamma["signatories_full_list"]["url"],
        "https://www.gamma.se/anslutna"
    );
    let csv = site.output("data/principer.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "compact,municipality,principle,topics,text,published"
    );
    assert!(lines.contains(&"gamma,Gamma,,,,false"), "{csv}");
}

#[test]
fn a_partial_list_says_so_wherever_it_is_shown() {
    let site = built();
    let list = site.main_text("gamma/anslutna/index.html");
    assert!(
        list.contains("Listan är inte fullständig: den visar bara de organisationer som är kända här. Hela listan finns hos Gamma kommuns förteckning"),
        "{list}"
    );
    let by_date = site.main_text("gamma/anslutna/efter-datum/index.html");
    assert!(by_date.contains("Listan är inte fullständig"), "{by_date}");
    let page = site.main_text("gamma/index.html");
    assert!(
        page.contains("Anslutna organisationer3 i listan (listan är ofullständig)"),
        "{page}"
    );
    let overview = site.main_text("oversikt/index.html");
    assert!(
        overview.contains("3 (listan är ofullständig)"),
        "{overview}"
    );
    let csv = site.output("data/anslutna.csv");
    assert!(
        csv.lines()
            .skip(1)
            .all(|line| line.starts_with("gamma,") && line.ends_with(",false")),
        "{csv}"
    );
}

#[test]
fn a_joining_dated_later_is_planned_and_counted_from_its_date() {
    let site = built();
    let list = site.main_text("gamma/anslutna/index.html");
    assert!(
        list.contains("3 organisationer i listan har anslutit sig till Överenskommelsen i Gamma; 1 ansluter senare."),
        "{list}"
    );
    assert!(
        list.contains("Byalaget Norransluter 1 januari 2099"),
        "{list}"
    );
    let page = site.main_text("gamma/index.html");
    assert!(!page.contains("2099"), "not yet on the timeline: {page}");
}

#[test]
fn no_cell_of_the_open_data_is_a_formula() {
    let site = SiteTest::fixture("truth");
    let run = site.build_ok();
    assert!(
        run.stderr.contains(
            "varning: namnet \"@Kulturhuset\" börjar med ett tecken som ett kalkylprogram läser som en formel"
        ),
        "{}",
        run.stderr
    );
    for file in ["data/anslutna.csv", "data/principer.csv"] {
        let csv = site.output(file);
        let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
        for record in reader.records() {
            let record = record.expect("a record");
            for field in record.iter() {
                assert!(
                    !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{file}: {field:?}"
                );
            }
        }
    }
    let signatories = site.output("data/anslutna.csv");
    assert!(
        signatories.contains("\"'=HYPERLINK(\"\"http://example.com\"\";\"\"Klicka\"\")\""),
        "{signatories}"
    );
    assert!(signatories.contains("\"'@Kulturhuset\""), "{signatories}");
    let principles = site.output("data/principer.csv");
    assert!(
        principles.contains("\"'- Vi talar med varandra."),
        "{principles}"
    );
    assert!(
        principles.contains("\"'=Vi samverkar över tid.\""),
        "{principles}"
    );
}

#[test]
fn every_event_shows_where_it_is_told() {
    let site = built();
    let html = site.page("alfa/index.html");
    let events: Vec<String> = select(&html, ".events li").iter().map(text).collect();
    assert!(
        events.contains(
            &"2018 Arbetet börjar. (källa: Kommunfullmäktiges protokoll 2018-02-12)".to_owned()
        ),
        "{events:?}"
    );
    let linked = select(&html, ".events a.source");
    assert_eq!(
        linked[0].value().attr("href"),
        Some("https://www.alfa.se/protokoll/2019-10-01")
    );
}

#[test]
fn a_long_list_is_split_into_pages_that_link_to_each_other() {
    let site = SiteTest::fixture("truth");
    let mut csv = String::from("namn;anslöt\n");
    for n in 0..1234 {
        csv.push_str(&format!("Förening {n:04};2020-01-{:02}\n", n % 28 + 1));
    }
    let site = site.write("content/gamma/signatories.csv", &csv);
    site.build_ok();
    let mut seen = Vec::new();
    for (folder, pages) in [("gamma/anslutna", 3), ("gamma/anslutna/efter-datum", 3)] {
        for page in 0..pages {
            let path = match page {
                0 => format!("{folder}/index.html"),
                n => format!("{folder}/sida-{}/index.html", n + 1),
            };
            let html = site.page(&path);
            let links = select(&html, "nav.pages a");
            assert_eq!(links.len(), 3, "{path}: every page of the list");
            let current: Vec<String> = select(&html, "nav.pages a[aria-current=page]")
                .iter()
                .map(text)
                .collect();
            assert_eq!(current.len(), 1, "{path}");
            let rows: Vec<String> = select(&html, "tbody th").iter().map(text).collect();
            assert_eq!(rows.len(), if page < 2 { 500 } else { 234 }, "{path}");
            if folder == "gamma/anslutna" {
                seen.extend(rows);
            }
        }
        assert!(
            !site
                .root
                .join(format!("output/{folder}/sida-4/index.html"))
                .exists(),
            "no page past the list's end"
        );
    }
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted, "by name, across the pages");
    assert_eq!(seen.len(), 1234, "every organisation once");
    let first = site.page("gamma/anslutna/index.html");
    let titles: Vec<String> = select(&first, "nav.pages a").iter().map(text).collect();
    assert_eq!(titles[0], "Förening 0000 – Förening 0499", "{titles:?}");
}
