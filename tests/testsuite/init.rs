//! `overens init`: a new site for one organisation, which builds, publishes nothing that the
//! editor did not write, and is not ready to publish until its address and accessibility
//! statement are filled in.

use std::fs;

use crate::harness::{select, text, SiteTest};

fn init() -> SiteTest {
    let site = SiteTest::empty_folder();
    let run = site.run(&["init", "--organisation", "Lunds kommun"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Skapade en ny webbplats i .:"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("overens new"),
        "says what to do next: {}",
        run.stdout
    );
    site
}

#[test]
fn a_new_site_builds_and_publishes_nothing_it_was_not_given() {
    let site = init();
    let guide = fs::read_to_string(site.root.join("redaktorsguide.md")).expect("the guide");
    assert!(
        guide.starts_with("# Redaktörsguide"),
        "the guide is at hand"
    );
    let yaml = fs::read_to_string(site.root.join("site.yaml")).expect("site.yaml");
    assert!(yaml.contains("organisation: \"Lunds kommun\""), "{yaml}");
    assert!(
        yaml.contains("# Hur väl webbplatsen följer lagen"),
        "explained: {yaml}"
    );
    site.build_ok();
    let front = site.page("index.html");
    let main = text(&select(&front, "main")[0]);
    assert!(!main.contains("Eslöv"), "none of the demo's story: {main}");
    assert!(
        select(&front, "main .finder-list li").is_empty(),
        "no compact but those written"
    );
    assert!(!site.root.join("output/eslov").exists());
    assert_eq!(
        text(&select(&site.page("index.html"), ".site-name")[0]),
        "Lunds kommun Överenskommelse med den idéburna sektorn"
    );
}

#[test]
fn a_new_site_is_ready_to_publish_only_when_filled_in() {
    let site = init();
    let first = site.run(&["check", "--deny-warnings"]);
    assert_eq!(first.code, 1, "{}", first.stderr);
    for said in [
        "base_url är fortfarande en exempeladress",
        "tillgänglighetsredogörelsen saknar compliance",
        "webbplatsen har ingen överenskommelse ännu",
        "startsidan har ingen text ännu",
        "Sveriges dataportal kan inte skörda datakatalogen data/katalog.rdf utan organisationsnummer",
    ] {
        assert!(first.stderr.contains(said), "{said}: {}", first.stderr);
    }
    let today = crate::harness::today();
    let site = site
        .edit(
            "site.yaml",
            "base_url: \"https://www.example.se/overenskommelsen/\"",
            "base_url: \"https://www.lund.se/overenskommelsen/\"",
        )
        .edit(
            "site.yaml",
            "# organisation_number: NNNNNN-NNNN",
            "organisation_number: 212000-1124",
        )
        .edit(
            "site.yaml",
            "accessibility:\n",
            &format!("accessibility:\n  compliance: helt\n  method: Självskattning.\n  assessed: {today}\n  updated: {today}\n  contact: webb@lund.se\n"),
        )
        .write(
            "content/_index.md",
            "---\n---\nLunds kommun och den idéburna sektorn har en överenskommelse.\n",
        )
        .write(
            "content/lund/_index.md",
            "---\ntitle: Överenskommelsen i Lund\nmunicipality: Lund\nstatus: drafting\n---\nText.\n",
        );
    let topics = [
        "sjalvstandighet-och-oberoende",
        "dialog",
        "kvalitet",
        "langsiktighet",
        "oppenhet-och-insyn",
        "mangfald",
    ];
    let site = site.write(
        "content/lund/principles/alla.md",
        &format!(
            "---\ntitle: Alla sex\ntopics: [{}]\n---\nText.\n",
            topics.join(", ")
        ),
    );
    let ready = site.run(&["check", "--deny-warnings"]);
    assert_eq!(ready.code, 0, "{}", ready.stderr);
    assert!(
        ready.stdout.starts_with("Inga problem:"),
        "{}",
        ready.stdout
    );
}

#[test]
fn init_never_overwrites_a_site() {
    let site = SiteTest::fixture("minimal");
    let before = fs::read_to_string(site.root.join("site.yaml")).expect("read");
    let run = site.run(&["init", "--organisation", "Alfa kommun"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("det finns redan en webbplats"),
        "{}",
        run.stderr
    );
    assert_eq!(
        fs::read_to_string(site.root.join("site.yaml")).expect("read"),
        before
    );
}

#[test]
fn without_a_terminal_init_asks_for_the_organisation_as_an_option() {
    let site = SiteTest::empty_folder();
    let run = site.run(&["init"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("--organisation"), "{}", run.stderr);
    assert!(!site.root.join("site.yaml").exists());
}

#[test]
fn help_is_swedish_for_a_swedish_user_and_english_otherwise() {
    let site = SiteTest::empty_folder();
    let swedish = site.run(&["build", "--help"]);
    assert_eq!(swedish.code, 0);
    assert!(
        swedish
            .stdout
            .contains("Användning: overens build [FLAGGOR]"),
        "{}",
        swedish.stdout
    );
    assert!(
        swedish.stdout.contains("Bygger webbplatsen"),
        "{}",
        swedish.stdout
    );
    let english = site.run_in("en_GB.UTF-8", &["build", "--help"]);
    assert!(
        english.stdout.contains("Builds the site"),
        "{}",
        english.stdout
    );
    let mistake = site.run(&["bygg"]);
    assert_eq!(mistake.code, 2);
    assert_eq!(
        mistake.stderr,
        "  fel: okänt kommando: bygg\n\n  tips: overens --help visar alla kommandon, och overens KOMMANDO --help deras flaggor\n"
    );
}
