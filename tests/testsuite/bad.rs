//! The corpus of broken sites: `tests/fixtures/bad/<case>/` is the small valid site with one
//! editor's mistake, and its `expected.txt` is exactly what `overens check` says about it:
//! the exit code, then stderr. Run with `UPDATE_EXPECTED=1` to rewrite the files after a
//! deliberate change of wording, and read the diff.

use std::fs;
use std::path::PathBuf;

use crate::harness::SiteTest;

pub(crate) fn cases() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut cases: Vec<String> = fs::read_dir(&dir)
        .expect("tests/fixtures/bad")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

/// What the editor sees: the exit code, then every message.
fn transcript(case: &str) -> String {
    transcript_of(&SiteTest::fixture(&format!("bad/{case}")))
}

/// What the editor sees of `site`: the exit code, then every message.
pub(crate) fn transcript_of(site: &SiteTest) -> String {
    let run = site.run(&["check"]);
    format!("exit code: {}\n{}", run.code, run.stderr)
}

/// The `expected.txt` of a case.
pub(crate) fn expected(case: &str) -> String {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/bad")
        .join(case)
        .join("expected.txt");
    fs::read_to_string(file).unwrap_or_default()
}

#[test]
fn every_mistake_has_its_exact_message() {
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let mut differing = Vec::new();
    for case in cases() {
        let expected_file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/bad")
            .join(&case)
            .join("expected.txt");
        let actual = transcript(&case);
        if update {
            fs::write(&expected_file, &actual).expect("write expected.txt");
            continue;
        }
        let expected = fs::read_to_string(&expected_file).unwrap_or_default();
        if actual != expected {
            differing.push(format!("── {case}: expected\n{expected}\n── got\n{actual}"));
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}

#[test]
fn the_corpus_covers_every_common_mistake() {
    let cases = cases();
    for case in [
        "unclosed-front-matter",
        "tab-indentation",
        "duplicate-keys",
        "duplicate-principle-slugs",
        "duplicate-compact-slugs",
        "unknown-endorses",
        "circular-endorses",
        "template-syntax-error",
        "missing-link",
        "latin-1",
        "empty-file",
        "binary-file",
        "unknown-key",
        "missing-key",
        "unknown-topic",
        "unknown-status",
        "bad-date",
        "warnings",
        "unreadable-colour",
        "empty-topics",
        "missing-logo",
        "unsafe-link",
        "unknown-key-and-bad-kind",
        "broken-compact-and-principle",
        "colon-in-text",
        "list-indentation",
        "not-ready",
        "signatories-mistakes",
        "signatories-windows-1252",
        "plan-mistakes",
        "version-folder-not-date",
        "replaced-by-unknown",
        "bad-organisation-number",
        "misspelt-county",
        "county-of-national",
        "personal-number",
        "signatories-contradictions",
        "version-contradictions",
        "version-in-force-undated",
        "plan-contradictions",
        "empty-plan",
        "list-contradictions",
        "followup-contradictions",
        "replaced-by-contradictions",
        "unpublished-contradictions",
        "missing-sources",
    ] {
        assert!(cases.iter().any(|c| c == case), "no fixture for {case}");
    }
}

#[test]
fn a_build_of_a_broken_site_fails_with_the_same_messages_and_writes_nothing() {
    let site = SiteTest::fixture("bad/unknown-status");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr.contains("okänd status \"antagen\""),
        "{}",
        run.stderr
    );
    assert!(!site.root.join("output").exists());
}

/// A link with a scheme that is not the web's keeps its text on the page, without a link.
#[test]
fn an_unsafe_link_is_built_as_text() {
    let site = SiteTest::fixture("bad/unsafe-link");
    let run = site.build_ok();
    assert!(run.stderr.contains("javascript:alert(1)"), "{}", run.stderr);
    for page in [
        "alfa/dialog/index.html",
        "alfa/index.html",
        "jamfor/dialog/index.html",
    ] {
        let html = site.output(page);
        assert!(html.contains("klick"), "{page}");
        assert!(!html.contains("href=\"javascript:"), "{page}: {html}");
        assert!(!html.contains("href=\"data:"), "{page}: {html}");
    }
}
