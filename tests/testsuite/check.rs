//! `overens check` and warnings: what stops a build, what only warns, and the report for
//! tools.

use crate::harness::SiteTest;

fn with_warning() -> SiteTest {
    SiteTest::fixture("minimal").edit("content/alfa/_index.md", "adopted: \"2019-10-01\"\n", "")
}

#[test]
fn a_clean_site_checks_clean_and_writes_nothing() {
    let site = SiteTest::fixture("minimal");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert!(run.stdout.starts_with("Inga problem: "), "{}", run.stdout);
    assert!(!site.root.join("output").exists());
}

#[test]
fn warnings_do_not_stop_a_build_but_are_shown() {
    let site = with_warning();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("varning: överenskommelsen är antagen men saknar datum (adopted)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("0 fel och 1 varning\n"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(run.stdout.starts_with("Byggde "), "{}", run.stdout);
}

#[test]
fn warnings_fail_check_only_when_denied() {
    let site = with_warning();
    assert_eq!(site.run(&["check"]).code, 0);
    let denied = site.run(&["check", "--deny-warnings"]);
    assert_eq!(denied.code, 1, "{}", denied.stderr);
    assert!(denied.stderr.contains("saknar datum"), "{}", denied.stderr);
}

#[test]
fn json_lists_each_problem_with_its_place() {
    let site = with_warning().edit(
        "content/alfa/principles/dialog.md",
        "Vi talar",
        "[Se](../x/) Vi talar",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON on stdout");
    assert_eq!(
        json,
        serde_json::json!([
            {
                "severity": "warning",
                "file": "content/alfa/_index.md",
                "line": 4,
                "column": 9,
                "message": "överenskommelsen är antagen men saknar datum (adopted)",
                "hint": "lägg till adopted: ÅÅÅÅ-MM-DD (eller bara året) för när den antogs"
            },
            {
                "severity": "error",
                "file": "content/alfa/principles/dialog.md",
                "line": 6,
                "column": 1,
                "message": "länken leder till en sida som inte finns: ../x/",
                "hint": "länken räknas från sidan där texten visas: alfa/dialog/"
            }
        ])
    );
}

#[test]
fn links_between_compacts_resolve_from_the_page_they_are_on() {
    let site = SiteTest::fixture("minimal")
        .edit(
            "content/alfa/_index.md",
            "Alfas text.",
            "Se [Beta](../beta/) och [Dialog](dialog/#x).",
        )
        .edit(
            "content/beta/_index.md",
            "Betas text.",
            "Se [Alfa](../alfa/index.html) och [jämför](../jamfor/).",
        );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Only the anchor is wrong: the page exists, the place on it does not.
    assert!(
        run.stderr.contains("fel: sidan finns, men inte stället #x"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("1 fel och 0 varningar\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_shipped_demo_is_not_ready_to_publish_and_says_why() {
    let site = SiteTest::shipped();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "warnings alone do not fail: {}", run.stderr);
    for said in [
        "base_url är fortfarande en exempeladress: \"https://www.example.se/overenskommelser/\"",
        "tillgänglighetsredogörelsen saknar compliance",
        "tillgänglighetsredogörelsen saknar not_accessible",
        "tillgänglighetsredogörelsen saknar method",
        "tillgänglighetsredogörelsen saknar assessed",
        "tillgänglighetsredogörelsen saknar updated",
        "tillgänglighetsredogörelsen saknar contact",
        "överenskommelsen ska följas upp varje år, men ingen uppföljning finns sedan den antogs 2019-10-01",
        "Sveriges dataportal kan inte skörda datakatalogen data/katalog.rdf utan organisationsnummer",
    ] {
        assert!(run.stderr.contains(said), "{said}: {}", run.stderr);
    }
    assert!(
        run.stderr.ends_with("0 fel och 9 varningar\n"),
        "nothing else is wrong with it: {}",
        run.stderr
    );
    let ready = site.run(&["check", "--deny-warnings"]);
    assert_eq!(ready.code, 1, "not ready to publish");
}

#[test]
fn english_sites_get_english_warnings() {
    let site = with_warning().edit("site.yaml", "language: sv", "language: en");
    let run = site.run(&["check"]);
    assert!(
        run.stderr
            .starts_with("  warning: the compact is adopted but has no date (adopted)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("0 errors and 1 warning\n"),
        "{}",
        run.stderr
    );
}
