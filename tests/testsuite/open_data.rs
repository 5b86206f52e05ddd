//! The open data's own page: every page's footer leads to it rather than to files that grow
//! with the country, and it says each file's format and size.

use crate::harness::{select, select_in, text, SiteTest};

#[test]
fn every_footer_leads_to_the_page_of_the_open_data_and_no_page_but_it_to_the_files() {
    let site = SiteTest::shipped();
    site.build_ok();
    let out = site.root.join("output");
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.expect("walk output");
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let rel = entry.path().strip_prefix(&out).expect("inside");
        let rel = rel.to_string_lossy().replace('\\', "/");
        let page = site.page(&rel);
        let footer: Vec<String> = select(&page, "footer a")
            .iter()
            .filter_map(|a| a.value().attr("href").map(str::to_owned))
            .collect();
        if select(&page, "footer").is_empty() {
            continue;
        }
        pages += 1;
        assert!(
            footer.iter().any(|href| href.ends_with("data/index.html")),
            "{rel}: the footer does not lead to the open data: {footer:?}"
        );
        if rel != "data/index.html" {
            let to_files = select(&page, "a")
                .iter()
                .filter_map(|a| a.value().attr("href"))
                .filter(|href| href.ends_with(".json") || href.ends_with(".csv"))
                .map(str::to_owned)
                .collect::<Vec<_>>();
            assert!(
                to_files.is_empty(),
                "{rel} links the whole site's files: {to_files:?}"
            );
        }
    }
    assert!(pages > 30, "only {pages} pages with a footer");
}

#[test]
fn the_page_of_the_open_data_says_each_files_format_and_size() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = site.page("data/index.html");
    assert_eq!(text(&select(&page, "h1")[0]), "Öppna data");
    let rows: Vec<(String, String)> = select(&page, "main ul.data-files li")
        .iter()
        .map(|item| {
            let part = |css| select_in(item, css).first().map(text).unwrap_or_default();
            (part("a"), part(".data-meta"))
        })
        .collect();
    let size = |file: &str| {
        let bytes = std::fs::metadata(site.root.join("output/data").join(file))
            .expect("data file")
            .len();
        format!("{} kB", bytes.div_ceil(1000))
    };
    let expected = [
        (
            "Alla överenskommelser (JSON)",
            format!("(JSON, {})", size("overenskommelser.json")),
        ),
        (
            "Alla principer (CSV)",
            format!("(CSV, {})", size("principer.csv")),
        ),
        (
            "Alla anslutna organisationer (CSV)",
            format!("(CSV, {})", size("anslutna.csv")),
        ),
        (
            "Datakatalog för Sveriges dataportal",
            "(RDF/XML (DCAT-AP-SE))".to_owned(),
        ),
        (
            "Ändringar i överenskommelserna (Atom-flöde)",
            "(Atom)".to_owned(),
        ),
    ]
    .map(|(name, meta)| (name.to_owned(), meta));
    assert_eq!(rows, expected);
    let links: Vec<&str> = select(&page, "main ul.data-files a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    for href in links {
        let path = href
            .strip_prefix("/overenskommelser/")
            .or_else(|| href.strip_prefix("../"))
            .unwrap_or(href);
        assert!(
            site.root.join("output").join(path).is_file(),
            "{href} is not a file of the output"
        );
    }
}
