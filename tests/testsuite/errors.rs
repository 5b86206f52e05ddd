//! Editors' mistakes: each gives a message naming the file and line, with what to do, and
//! one build reports every problem.

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
        "fel: content/alfa/_index.md:4:9: okänd status \"adoptd\"\n\
         \x20  |\n\
         \x204 | status: adoptd\n\
         \x20  |         ^\n\
         \x20 = tips: menade du \"adopted\"? tillåtna värden: proposed, drafting, adopted, revised, halted, ended\n\
         \n1 fel och 0 varningar\n"
    );
}

#[test]
fn unknown_topic_suggests_the_near_miss() {
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/principles/langsiktighet.md",
        "topics: [langsiktighet]",
        "topics: [långsiktighet]",
    );
    let stderr = fails(&site);
    assert!(
        stderr.starts_with(
            "fel: content/alfa/principles/langsiktighet.md:3:10: okänt ämne \"långsiktighet\""
        ),
        "{stderr}"
    );
    assert!(stderr.contains("menade du \"langsiktighet\"?"), "{stderr}");
}

#[test]
fn bad_date_says_which_forms_work() {
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/_index.md",
        "date: 2018",
        "date: hösten 2018",
    );
    let stderr = fails(&site);
    assert!(
        stderr.starts_with(
            "fel: content/alfa/_index.md:9:11: datumet går inte att läsa: \"hösten 2018\""
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD"),
        "{stderr}"
    );
}

#[test]
fn misspelled_key_is_an_error_at_its_line() {
    let site =
        SiteTest::fixture("minimal").edit("content/alfa/_index.md", "decided_by:", "decidedby:");
    let stderr = fails(&site);
    assert!(
        stderr.starts_with("fel: content/alfa/_index.md:6:1: "),
        "{stderr}"
    );
    assert!(stderr.contains("unknown field `decidedby`"), "{stderr}");
    assert!(
        stderr.contains("decided_by"),
        "lists the expected keys: {stderr}"
    );
}

#[test]
fn endorsing_a_missing_compact_is_named() {
    let site = SiteTest::fixture("minimal").edit(
        "content/beta/_index.md",
        "endorses: alfa",
        "endorses: alpha",
    );
    let stderr = fails(&site);
    assert!(
        stderr.starts_with("fel: content/beta/_index.md:6:11: endorses pekar på en överenskommelse som inte finns: \"alpha\""),
        "{stderr}"
    );
    assert!(stderr.contains("menade du \"alfa\"?"), "{stderr}");
}

#[test]
fn circular_endorsements_are_refused() {
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/_index.md",
        "status: adopted",
        "status: adopted\nendorses: beta",
    );
    let stderr = fails(&site);
    assert!(stderr.contains("endorses går i cirkel"), "{stderr}");
}

#[test]
fn unclosed_quote_points_into_the_whole_file() {
    let site = SiteTest::fixture("minimal").edit(
        "content/alfa/_index.md",
        "summary: Alfas",
        "summary: \"Alfas",
    );
    let stderr = fails(&site);
    assert!(
        stderr.starts_with("fel: content/alfa/_index.md:7:10: ett citattecken (\") öppnas men stängs aldrig på raden"),
        "the line where the quote opens, not where the parser noticed: {stderr}"
    );
}

#[test]
fn missing_front_matter_and_not_utf8_are_explained() {
    let site =
        SiteTest::fixture("minimal").write("content/alfa/principles/dialog.md", "Bara text\n");
    let site = site.write("content/beta/_index.md", "");
    std::fs::write(
        site.root.join("content/alfa/principles/langsiktighet.md"),
        b"---\ntitle: L\xe5ngsiktighet\n---\n",
    )
    .expect("write latin-1");
    let stderr = fails(&site);
    assert!(
        stderr
            .contains("content/alfa/principles/dialog.md:1:1: filen börjar inte med front matter"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("content/alfa/principles/langsiktighet.md:2: filen är inte sparad som UTF-8"),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/beta/_index.md:1:1: filen börjar inte med front matter"),
        "{stderr}"
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
    let locations: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("fel: "))
        .map(|l| l.split(": ").nth(1).unwrap_or_default())
        .collect();
    assert_eq!(
        locations,
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
        .edit("content/alfa/_index.md", "status: adopted", "status: done");
    let stderr = fails(&site);
    assert!(
        stderr.starts_with("error: content/alfa/_index.md:4:9: unknown status \"done\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("= hint: allowed values: proposed"),
        "{stderr}"
    );
    assert!(stderr.ends_with("1 error and 0 warnings\n"), "{stderr}");
}

#[test]
fn a_folder_name_that_cannot_be_a_web_address_is_named() {
    let site = SiteTest::fixture("minimal").write(
        "content/Örebro/_index.md",
        "---\ntitle: Ö\nmunicipality: Örebro\nstatus: drafting\n---\n",
    );
    let stderr = fails(&site);
    assert!(
        stderr.contains("content/Örebro: mappnamnet \"Örebro\" kan inte stå i en webbadress"),
        "{stderr}"
    );
    assert!(stderr.contains("till exempel orebro"), "{stderr}");
}

#[test]
fn a_template_error_in_a_site_override_names_the_template() {
    let site = SiteTest::fixture("minimal").write("templates/index.html", "{% if %}");
    let stderr = fails(&site);
    assert!(
        stderr.starts_with("fel: templates/index.html: mallen har ett fel"),
        "{stderr}"
    );
}

#[test]
fn a_missing_site_yaml_says_where_it_looked() {
    let site = SiteTest::fixture("minimal");
    std::fs::remove_file(site.root.join("site.yaml")).expect("remove");
    let stderr = fails(&site);
    assert!(stderr.contains("site.yaml saknas"), "{stderr}");
    assert!(stderr.contains("--root"), "{stderr}");
}
