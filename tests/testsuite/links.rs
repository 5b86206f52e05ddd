//! Every internal link and asset reference in the output resolves to a file.

use std::path::Path;

use crate::harness::{select, SiteTest};

/// Every `.html` file under `dir`, as paths relative to it.
pub(crate) fn html_files(dir: &Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

/// Checks every `href` and `src` of every page but the 404 page (whose links start from the
/// site's published path, since it is served at any depth).
fn assert_links_resolve(site: &SiteTest) -> usize {
    let out = site.root.join("output");
    let mut checked = 0;
    let mut broken = Vec::new();
    for page in html_files(&out) {
        if page == "404.html" {
            continue;
        }
        let html = site.page(&page);
        let folder = Path::new(&page).parent().unwrap_or(Path::new(""));
        for element in select(&html, "[href], [src]") {
            let target = element
                .value()
                .attr("href")
                .or_else(|| element.value().attr("src"))
                .unwrap_or_default();
            if target.starts_with('#') {
                continue;
            }
            if target.contains("://") || target.starts_with("mailto:") || target.starts_with("tel:")
            {
                continue;
            }
            assert!(!target.starts_with('/'), "{page}: absolute link {target}");
            let (file, anchor) = target
                .split_once('#')
                .map_or((target, None), |(f, a)| (f, Some(a)));
            let resolved = out.join(folder).join(file);
            checked += 1;
            if !resolved.is_file() {
                broken.push(format!("{page} → {target}"));
            } else if let Some(anchor) = anchor {
                let linked = std::fs::read_to_string(&resolved).expect("read");
                if !linked.contains(&format!("id=\"{anchor}\"")) {
                    broken.push(format!("{page} → {target} (no such anchor)"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    checked
}

#[test]
fn every_internal_link_of_the_shipped_site_resolves() {
    let site = SiteTest::shipped();
    site.build_ok();
    let checked = assert_links_resolve(&site);
    assert!(checked > 200, "only {checked} links checked");
}

#[test]
fn every_internal_link_of_an_english_site_resolves() {
    let site = SiteTest::shipped()
        .edit("site.yaml", "language: sv", "language: en")
        .edit("content/_index.md", "(jamfor/)", "(compare/)")
        .edit("content/_index.md", "(tidslinje/)", "(timeline/)");
    site.build_ok();
    assert!(site.root.join("output/compare/index.html").is_file());
    assert!(site.root.join("output/timeline/index.html").is_file());
    assert!(site.root.join("output/data/compacts.json").is_file());
    assert_links_resolve(&site);
}

#[test]
fn the_404_page_links_from_the_published_path() {
    let site = SiteTest::shipped();
    site.build_ok();
    let html = site.page("404.html");
    let css = select(&html, "link[rel=stylesheet]")[0]
        .value()
        .attr("href");
    assert_eq!(css, Some("/overenskommelser/style.css"));
}

#[test]
fn links_written_in_a_principle_work_on_every_page_that_shows_it() {
    let site = SiteTest::fixture("minimal")
        .edit(
            "content/alfa/principles/dialog.md",
            "Vi talar med varandra.",
            "Vi talar med varandra, som [Beta](../../beta/) och [långsiktigt](../langsiktighet/).",
        )
        .edit(
            "content/alfa/_index.md",
            "Alfas text.",
            "Alfas text, se [dialog](dialog/).",
        );
    site.build_ok();
    for page in [
        "alfa/index.html",
        "alfa/dialog/index.html",
        "jamfor/dialog/index.html",
    ] {
        let html = site.output(page);
        assert!(!html.contains("overens-root:"), "{page}");
    }
    assert!(site
        .output("alfa/index.html")
        .contains("href=\"../beta/index.html\""));
    assert!(site
        .output("jamfor/dialog/index.html")
        .contains("href=\"../../alfa/langsiktighet/index.html\""));
    assert_links_resolve(&site);
}
