//! An earlier version's page on the `living` fixture and the shipped site: what changed
//! first, counted, each change with a few words around it and the whole paragraph a click
//! away, compared with the next version and with the one in force; then the full text.

use crate::harness::{select, text, SiteTest};

fn texts(site: &SiteTest, page: &str, css: &str) -> Vec<String> {
    let html = site.page(page);
    select(&html, css).iter().map(text).collect()
}

const V2015: &str = "alfa/versioner/2015-03-10/index.html";

#[test]
fn a_version_page_opens_with_what_changed_counted() {
    let site = SiteTest::fixture("living");
    site.build_ok();
    assert_eq!(
        texts(&site, V2015, ".diff-summary"),
        ["1 ny princip, 1 borttagen princip, 1 namnbyte, 1 ändrad text"]
    );
    // The changes come before the version's facts and text.
    let html = site.output(V2015);
    let changes = html.find("class=\"diff-summary\"").expect("summary");
    let text_heading = html.find("id=\"version-text-heading\"").expect("text");
    assert!(changes < html.find("id=\"facts-heading\"").expect("facts"));
    assert!(changes < text_heading);
    assert!(text_heading < html.find("id=\"principles-heading\"").expect("p"));
}

#[test]
fn a_word_replaced_is_struck_then_added_apart_from_it() {
    let site = SiteTest::fixture("living").edit(
        "content/alfa/versions/2015-03-10/principles/dialog.md",
        "Vi talar med varandra när det passar.",
        "Vi pratar med varandra.",
    );
    site.build_ok();
    assert_eq!(
        texts(&site, V2015, ".diff.hunk"),
        ["Vi [borttaget: pratar] [tillagt: talar] med varandra."]
    );
    let html = site.output(V2015);
    assert!(
        html.contains("</del> <ins>"),
        "a space between the removed and the added word"
    );
    assert!(
        select(&site.page(V2015), "details.whole").is_empty(),
        "a short text is shown whole already"
    );
}

#[test]
fn a_change_in_a_long_paragraph_shows_a_few_words_around_it_and_the_rest_folded() {
    let long = "Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton.";
    let site = SiteTest::fixture("living")
        .edit(
            "content/alfa/versions/2015-03-10/principles/dialog.md",
            "Vi talar med varandra när det passar.",
            long,
        )
        .edit(
            "content/alfa/principles/dialog.md",
            "Vi talar med varandra.",
            &long.replace("åtta", "ÅTTA"),
        );
    site.build_ok();
    assert_eq!(
        texts(&site, V2015, ".diff.hunk"),
        ["… fyra fem sex sju [borttaget: åtta] [tillagt: ÅTTA] nio tio elva tolv …"]
    );
    let whole = texts(&site, V2015, "details.whole .diff");
    assert_eq!(whole.len(), 1);
    assert!(whole[0].starts_with("Ett två tre") && whole[0].ends_with("femton."));
    assert_eq!(
        texts(&site, V2015, "details.whole summary"),
        ["Visa hela stycket"]
    );
}

#[test]
fn an_older_version_is_compared_with_the_next_and_with_the_one_in_force() {
    let site = SiteTest::fixture("living")
        .write(
            "content/alfa/versions/2012/principles/dialog.md",
            "---\ntitle: Dialog\ntopics: [dialog]\n---\nVi talar med varandra när det passar.\n",
        )
        .write(
            "content/alfa/versions/2012/principles/samrad.md",
            "---\ntitle: Samråd\ntopics: [dialog]\n---\nVi samråder före beslut.\n",
        );
    site.build_ok();
    let page = "alfa/versioner/2012/index.html";
    assert_eq!(
        texts(&site, page, ".changes h2"),
        [
            "Ändringar i nästa version, 10 mars 2015",
            "Ändringar fram till i dag: Versionen som gäller nu"
        ]
    );
    assert_eq!(
        texts(&site, page, ".diff-summary"),
        [
            "1 ny princip",
            "2 nya principer, 1 borttagen princip, 1 ändrad text"
        ]
    );
}

#[test]
fn the_national_edition_whose_content_did_not_change_says_so() {
    let site = SiteTest::shipped();
    site.build_ok();
    let page = "nationell/versioner/2008-10-23/index.html";
    let all = site.main_text(page);
    assert_eq!(
        texts(&site, page, ".diff-summary"),
        ["Innehållet ändrades inte i nästa version, enligt källorna: principerna är desamma."]
    );
    assert!(!all.contains("kan inte jämföras"), "{all}");
}

#[test]
fn a_version_page_in_english_counts_in_english() {
    let site = SiteTest::fixture("living").edit("site.yaml", "language: sv", "language: en");
    site.build_ok();
    assert_eq!(
        texts(
            &site,
            "alfa/versions/2015-03-10/index.html",
            ".diff-summary"
        ),
        ["1 new principle, 1 principle removed, 1 new name, 1 changed text"]
    );
}
