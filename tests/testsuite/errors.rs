//! Editors' mistakes: each gives a message naming the file and line, with what to do, and
//! one build reports every problem. The exact text of each common mistake is in the corpus
//! of broken sites (`bad.rs`); these tests cover what a single broken file cannot show.

use crate::harness::SiteTest;

fn fails(site: &SiteTest) -> String {
    let run = site.run(&["build"]);
    assert_eq!(
        run.code, 1,
        "expected problems, got:\n{}{}",
        run.stdout, run.stderr
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        !site.root.join("output").exists(),
        "no output from a failed first build"
    );
    run.stderr
}

/// The `file:line:column` of every problem shown with its line, in order.
fn locations(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("╭─["))
        .filter_map(|l| l.strip_suffix(']'))
        .collect()
}

#[test]
fn unknown_status_names_the_line_and_the_allowed_values() {
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/_index.md",
        "status: adopted",
        "status: adoptd",
    );
    let stderr = fails(&site);
    assert_eq!(
        stderr,
        "  fel: okänd status \"adoptd\"\n\
         \x20  ╭─[content/alfa/_index.md:4:9]\n\
         \x204 │ status: adoptd\n\
         \x20  ·         ──────\n\
         \x20  ╰────\n\
         \n\
         \x20 tips: menade du \"adopted\"? tillåtna värden: proposed, drafting, adopted, revised, halted, ended, unknown\n\
         \n1 fel och 0 varningar\n"
    );
}

#[test]
fn misspelled_key_is_our_own_sentence_with_the_allowed_keys() {
    let site =
        SiteTest::fixture("minimal").edit("content/alfa/_index.md", "decided_by:", "decidedby:");
    let stderr = fails(&site);
    assert!(
        stderr.starts_with("  fel: okänd nyckel \"decidedby\"\n"),
        "{stderr}"
    );
    assert_eq!(locations(&stderr), ["content/alfa/_index.md:6:1"]);
    assert!(
        stderr.contains("tips: menade du \"decided_by\"? tillåtna nycklar: title, municipality,"),
        "{stderr}"
    );
    assert!(!stderr.contains("unknown field"), "{stderr}");
}

#[test]
fn unclosed_quote_points_at_the_line_where_it_opens() {
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/_index.md",
        "summary: Alfas",
        "summary: \"Alfas",
    );
    let stderr = fails(&site);
    assert!(
        stderr.starts_with("  fel: ett citattecken (\") öppnas men stängs aldrig på raden"),
        "{stderr}"
    );
    assert_eq!(
        locations(&stderr),
        ["content/alfa/_index.md:7:10"],
        "the line where the quote opens, not where the parser noticed"
    );
}

#[test]
fn every_problem_is_reported_in_one_run_sorted_by_file_and_line() {
    let site = SiteTest::fixture("minimal")
        .edit("content/beta/_index.md", "kind: region", "kind: län")
        .edit("content/alfa/_index.md", "status: adopted", "status: klar")
        .edit(
            "content/alfa/_index.md",
            "date: \"2019-10-01\"",
            "date: \"2019-13-01\"",
        )
        .edit(
            "content/alfa/principles/dialog.md",
            "topics: [dialog]",
            "topics: [samtal]",
        );
    let stderr = fails(&site);
    assert_eq!(
        locations(&stderr),
        [
            "content/alfa/_index.md:4:9",
            "content/alfa/_index.md:11:11",
            "content/alfa/principles/dialog.md:3:10",
            "content/beta/_index.md:4:7",
        ]
    );
    assert!(stderr.ends_with("4 fel och 0 varningar\n"), "{stderr}");
}

#[test]
fn messages_follow_an_english_site() {
    let site = SiteTest::fixture("minimal")
        .edit("site.yaml", "language: sv", "language: en")
        .edit("content/alfa/_index.md", "status: adopted", "status: done")
        .edit("content/alfa/_index.md", "decided_by:", "decidedby:");
    let stderr = fails(&site);
    assert!(
        stderr.starts_with("  error: unknown status \"done\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("  error: unknown key \"decidedby\""),
        "the unknown key does not hide the status: {stderr}"
    );
    assert!(
        stderr.contains("hint: did you mean \"decided_by\"? allowed keys: title"),
        "{stderr}"
    );
    assert!(stderr.ends_with("2 errors and 0 warnings\n"), "{stderr}");
}

#[test]
fn a_folder_name_that_cannot_be_a_web_address_is_named() {
    let site = SiteTest::fixture("minimal").write(
        "content/Örebro/_index.md",
        "---\ntitle: Ö\nmunicipality: Örebro\nstatus: drafting\n---\n",
    );
    let stderr = fails(&site);
    assert!(
        stderr.contains("fel: content/Örebro: mappnamnet \"Örebro\" kan inte stå i en webbadress"),
        "{stderr}"
    );
    assert!(stderr.contains("till exempel orebro"), "{stderr}");
}

#[test]
fn a_missing_site_yaml_says_where_it_looked() {
    let site = SiteTest::fixture("minimal");
    std::fs::remove_file(site.root.join("site.yaml")).expect("remove");
    let stderr = fails(&site);
    assert!(stderr.contains("site.yaml saknas"), "{stderr}");
    assert!(stderr.contains("--root"), "{stderr}");
}

#[test]
fn colour_is_off_when_stderr_is_not_a_terminal() {
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/_index.md",
        "status: adopted",
        "status: adoptd",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_overens"))
        .arg("build")
        .current_dir(&site.root)
        .env_remove("NO_COLOR")
        .output()
        .expect("run");
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\x1b'));
}

#[test]
fn a_broken_topics_file_is_one_problem_not_one_per_principle() {
    let site = SiteTest::fixture("minimal")
        .write("content/topics.yaml", "- id: dialog\n  name: [Dialog\n");
    let stderr = fails(&site);
    assert!(stderr.contains("content/topics.yaml"), "{stderr}");
    assert!(!stderr.contains("okänt ämne"), "{stderr}");
    assert!(
        stderr.trim_end().ends_with("1 fel och 0 varningar"),
        "{stderr}"
    );
}

#[test]
fn endorsing_itself_is_said_as_such() {
    let site = SiteTest::fixture("minimal").edit(
        "content/beta/_index.md",
        "endorses: alfa",
        "endorses: beta",
    );
    let stderr = fails(&site);
    assert!(
        stderr.contains("kan inte ställa sig bakom sig själv"),
        "{stderr}"
    );
}

#[test]
fn a_topic_written_by_its_name_suggests_its_id() {
    let site = SiteTest::shipped().edit(
        "content/eslov/principles/tydlighet.md",
        "topics: [",
        "topics: [Öppenhet, ",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("okänt ämne \"Öppenhet\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("menade du \"oppenhet-och-insyn\"?"),
        "{}",
        run.stderr
    );
}
