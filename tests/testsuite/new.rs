//! `overens new`: a scaffold that builds, made from the municipality's name, that never
//! overwrites anything.

use crate::harness::SiteTest;

#[test]
fn a_new_compact_builds_without_errors() {
    let site = SiteTest::fixture("minimal");
    let run = site.run(&["new", "Örnsköldsvik"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.lines().take(5).collect::<Vec<_>>(),
        [
            "Skapade:",
            "  content/ornskoldsvik/_index.md",
            "  content/ornskoldsvik/principles/exempel.md",
            "  content/ornskoldsvik/plan.yaml",
            "  content/ornskoldsvik/signatories.csv",
        ]
    );
    let index =
        std::fs::read_to_string(site.root.join("content/ornskoldsvik/_index.md")).expect("index");
    assert!(index.contains("status: drafting"), "{index}");
    assert!(index.contains("municipality: \"Örnsköldsvik\""), "{index}");
    assert!(
        index.contains("# Var processen står"),
        "explains the keys: {index}"
    );
    assert!(
        index.contains("\n# county: Skåne län\n"),
        "a municipality's county is for the editor to write: {index}"
    );
    let principle =
        std::fs::read_to_string(site.root.join("content/ornskoldsvik/principles/exempel.md"))
            .expect("principle");
    assert!(principle.contains("topics: [dialog]"), "{principle}");
    let check = site.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    for left in [
        "content/ornskoldsvik/_index.md:22:10",
        "content/ornskoldsvik/_index.md:26:11",
        "content/ornskoldsvik/_index.md:63:1",
        "content/ornskoldsvik/_index.md:68:1",
        "content/ornskoldsvik/principles/exempel.md:4:8",
        "content/ornskoldsvik/principles/exempel.md:11:1",
    ] {
        assert!(
            check.stderr.contains(left),
            "the template's text at {left} is not ready to publish: {}",
            check.stderr
        );
    }
    assert!(
        check.stderr.ends_with("0 fel och 6 varningar\n"),
        "{}",
        check.stderr
    );
    site.build_ok();
    assert!(site
        .root
        .join("output/ornskoldsvik/exempel/index.html")
        .is_file());
    assert!(
        !site.root.join("output/ornskoldsvik/handlingsplan").exists()
            && !site.root.join("output/ornskoldsvik/anslutna").exists(),
        "an empty plan and list make no pages"
    );
}

/// Takes away the `# ` before every commented line that is an example setting, as an
/// editor does to use it.
fn uncomment(text: &str) -> String {
    text.lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest)
                if rest.starts_with(' ')
                    || rest.starts_with("- ")
                    || rest.split(':').next().is_some_and(|key| {
                        !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    }) =>
            {
                rest
            }
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn the_commented_examples_of_a_new_compact_build_once_uncommented() {
    let site = SiteTest::fixture("minimal");
    assert_eq!(site.run(&["new", "Gamma"]).code, 0);
    for file in ["content/gamma/_index.md", "content/gamma/plan.yaml"] {
        let path = site.root.join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        // replaced_by is for a compact no longer in force, as its comment says.
        let text = uncomment(&text).replace("status: drafting", "status: ended");
        std::fs::write(&path, text).expect("write");
    }
    let signatories = site.root.join("content/gamma/signatories.csv");
    let header = std::fs::read_to_string(&signatories).expect("read");
    assert!(header.starts_with('\u{feff}'), "Excel reads it as UTF-8");
    std::fs::write(
        &signatories,
        format!("{header}Föreningen Gläntan;2026-05-04;;802480-1238;https://www.glantan.se/\r\n"),
    )
    .expect("write");
    let check = site.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(!check.stderr.contains("fel:"), "{}", check.stderr);
    site.build_ok();
    let plan = site.output("gamma/handlingsplan/index.html");
    assert!(plan.contains("Styrgruppen tillsätts"), "{plan}");
    let signed = site.output("gamma/anslutna/index.html");
    assert!(signed.contains("Föreningen Gläntan"), "{signed}");
    let page = site.output("gamma/index.html");
    assert!(
        page.contains("Policy för samverkan med civilsamhället"),
        "replaced_by"
    );
    assert!(page.contains(">Uppföljningar</h3>"), "followups: {page}");
}

#[test]
fn a_region_gets_kind_region() {
    let site = SiteTest::fixture("minimal");
    let run = site.run(&["new", "Åre", "--kind", "region"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let index = std::fs::read_to_string(site.root.join("content/are/_index.md")).expect("index");
    assert!(index.contains("kind: region"), "{index}");
    site.build_ok();
    // A region named after its county belongs to it.
    let run = site.run(&["new", "Region Skåne", "--kind", "region"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let index =
        std::fs::read_to_string(site.root.join("content/region-skane/_index.md")).expect("index");
    assert!(index.contains("\ncounty: Skåne län\n"), "{index}");
    site.build_ok();
}

#[test]
fn an_existing_folder_is_never_overwritten() {
    let site = SiteTest::fixture("minimal");
    let before = std::fs::read_to_string(site.root.join("content/alfa/_index.md")).expect("read");
    let run = site.run(&["new", "Alfa"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "  fel: content/alfa: mappen finns redan\n\n  tips: overens new skriver aldrig över något; öppna filerna i mappen och ändra dem där\n\n1 fel och 0 varningar\n"
    );
    let after = std::fs::read_to_string(site.root.join("content/alfa/_index.md")).expect("read");
    assert_eq!(before, after);
}

#[test]
fn a_name_without_letters_or_a_reserved_word_is_refused() {
    let site = SiteTest::fixture("minimal");
    assert_eq!(site.run(&["new", "!!!"]).code, 1);
    let reserved = site.run(&["new", "Data"]);
    assert_eq!(reserved.code, 1);
    assert!(
        reserved.stderr.contains("webbplatsens egna sidor"),
        "{}",
        reserved.stderr
    );
    assert!(!site.root.join("content/data").exists());
}
