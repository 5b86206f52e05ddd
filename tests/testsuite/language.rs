//! The language of every part (WCAG 3.1.2): an English site over Swedish content marks each
//! Swedish part with `lang="sv"`, so screen readers read it as Swedish; a site whose content
//! is in its own language carries no `lang` but the page's.

use crate::harness::{select, SiteTest};

/// The shipped content as an English site that says its content is Swedish.
fn english_over_swedish() -> SiteTest {
    let site = SiteTest::shipped().edit(
        "site.yaml",
        "language: sv",
        "language: en\ncontent_language: sv",
    );
    site.build_ok();
    site
}

/// The language an element is read in: its own `lang`, or its nearest ancestor's.
fn language_of(element: &scraper::ElementRef<'_>) -> String {
    std::iter::once(**element)
        .chain(element.ancestors())
        .filter_map(|node| node.value().as_element()?.attr("lang").map(str::to_owned))
        .next()
        .unwrap_or_default()
}

fn all_in(site: &SiteTest, page: &str, css: &str, lang: &str) -> usize {
    let html = site.page(page);
    let found = select(&html, css);
    for element in &found {
        assert_eq!(
            language_of(element),
            lang,
            "{page}: {css} is read as {}: {}",
            language_of(element),
            element.html().chars().take(160).collect::<String>()
        );
    }
    found.len()
}

#[test]
fn an_english_site_marks_each_swedish_part() {
    let site = english_over_swedish();
    assert_eq!(
        all_in(&site, "index.html", "html", "en"),
        1,
        "the page is English"
    );
    assert!(
        all_in(&site, "index.html", "main > .prose", "sv") == 1,
        "the front page's text"
    );
    assert!(
        all_in(&site, "index.html", ".finder-title", "sv") >= 4,
        "the compacts' titles"
    );
    assert_eq!(
        all_in(&site, "index.html", "main h2", "en"),
        1,
        "the theme's words stay English"
    );
    // A compact: its title, summary, text, principles, timeline and sources.
    let eslov = "eslov/index.html";
    for css in [
        "h1",
        ".lead",
        "article > .prose",
        ".principle h3 a",
        ".principle .prose",
        ".events span",
    ] {
        assert!(all_in(&site, eslov, css, "sv") >= 1, "{css}");
    }
    all_in(&site, eslov, ".facts dt", "en");
    all_in(&site, eslov, ".principle .topics", "en");
    all_in(&site, eslov, ".principle .topics a", "sv");
    // A principle, and the other compacts' wordings it quotes.
    let principle = "eslov/langsiktighet/index.html";
    for css in ["h1", "article .prose", ".wording h4 a", ".wording .prose"] {
        assert!(all_in(&site, principle, css, "sv") >= 1, "{css}");
    }
    // The matrix: every topic and every principle's title.
    assert_eq!(all_in(&site, "compare/index.html", "thead th a", "sv"), 11);
    assert!(all_in(&site, "compare/index.html", "tbody td a", "sv") >= 10);
    all_in(&site, "compare/index.html", "caption", "en");
    // A topic: its name, description and every wording.
    let topic = "compare/dialog/index.html";
    for css in [
        "h1",
        ".lead",
        ".wording summary > span:not(.who)",
        ".wording .prose",
    ] {
        assert!(all_in(&site, topic, css, "sv") >= 1, "{css}");
    }
    // The timeline's events, and the feed's.
    assert!(all_in(&site, "timeline/index.html", ".events li span", "sv") >= 5);
    all_in(&site, "timeline/index.html", ".events time", "en");
    assert!(site.output("feed.xml").contains("<entry xml:lang=\"sv\">"));
}

#[test]
fn a_site_in_its_contents_language_adds_no_lang() {
    let site = SiteTest::shipped();
    site.build_ok();
    for page in [
        "index.html",
        "eslov/index.html",
        "jamfor/index.html",
        "eslov/langsiktighet/index.html",
    ] {
        let html = site.page(page);
        assert!(select(&html, "body [lang]").is_empty(), "{page}");
    }
    assert!(!site.output("feed.xml").contains("<entry xml:"));
}

#[test]
fn a_compact_in_another_language_is_marked_with_its_own() {
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/_index.md",
        "summary: Alfas överenskommelse.",
        "summary: Alfas överenskommelse.\nlanguage: fit",
    );
    site.build_ok();
    assert!(all_in(&site, "alfa/index.html", "article > .prose", "fit") == 1);
    assert!(all_in(&site, "alfa/dialog/index.html", "h1", "fit") == 1);
    assert_eq!(
        all_in(&site, "beta/index.html", "article > .prose", "sv"),
        1,
        "Beta is not"
    );
    assert!(
        all_in(
            &site,
            "jamfor/index.html",
            "tbody tr:nth-child(2) td a",
            "fit"
        ) >= 1
    );
}

#[test]
fn a_language_that_is_no_language_code_is_an_error_at_its_line() {
    let site = SiteTest::fixture("minimal").edit(
        "site.yaml",
        "language: sv",
        "language: sv\ncontent_language: svenska på landet",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("fel: content_language är ingen språkkod: \"svenska på landet\"")
            && run.stderr.contains("site.yaml:4:19"),
        "{}",
        run.stderr
    );
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/_index.md",
        "summary: Alfas överenskommelse.",
        "summary: Alfas överenskommelse.\nlanguage: \"sv se\"",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("fel: language är ingen språkkod: \"sv se\"")
            && run.stderr.contains("content/alfa/_index.md:8:11"),
        "{}",
        run.stderr
    );
}
