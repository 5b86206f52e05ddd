//! Problems: how near a misspelling is, and how a problem is shown and listed.

use super::*;

/// A message that says `text` in both languages.
fn plain(text: &str) -> Message {
    m::Msg::new("{}", "{}").with(&[&text])
}

#[test]
fn suggests_near_misses_only() {
    let topics = ["langsiktighet", "dialog", "mangfald"];
    assert_eq!(did_you_mean("långsiktighet", topics), Some("langsiktighet"));
    assert_eq!(did_you_mean("dialgo", topics), Some("dialog"));
    assert_eq!(did_you_mean("ekonomi", topics), None);
}

#[test]
fn renders_file_line_marker_and_hint() {
    let problem = Problem::error(
        Path::new("content/a/_index.md"),
        2,
        9,
        plain("unknown status"),
    )
    .with_hint(plain("use adopted"))
    .with_source("---\nstatus: adoptd\n");
    assert_eq!(
        problem.render(Lang::En, false),
        "  error: unknown status\n   ╭─[content/a/_index.md:2:9]\n 2 │ status: adoptd\n   ·         ──────\n   ╰────\n\n  hint: use adopted"
    );
}

#[test]
fn a_problem_without_a_line_names_its_file_in_the_header() {
    let problem =
        Problem::in_file(Path::new("content/a"), plain("saknas")).with_hint(plain("gör så"));
    assert_eq!(
        problem.render(Lang::Sv, false),
        "  fel: content/a: saknas\n\n  tips: gör så"
    );
}

#[test]
fn a_very_long_line_is_cut_around_the_column() {
    let line = format!("title: {}", "a".repeat(100_000));
    let problem = Problem::warning(Path::new("a.md"), 2, 8, plain("long"))
        .with_source(&format!("---\n{line}"));
    let shown = problem.render(Lang::En, false);
    assert!(shown.len() < 1000, "{shown}");
    assert!(shown.contains("[a.md:2:8]"), "{shown}");
}

#[test]
fn json_lists_every_field() {
    let mut problems = Problems::default();
    problems.push(Problem::warning(Path::new("a.md"), 3, 1, plain("m")).with_hint(plain("h")));
    let json: serde_json::Value =
        serde_json::from_str(&problems.to_json(Lang::En)).expect("valid json");
    assert_eq!(
        json,
        serde_json::json!([{"severity": "warning", "file": "a.md", "line": 3, "column": 1, "message": "m", "hint": "h"}])
    );
}
