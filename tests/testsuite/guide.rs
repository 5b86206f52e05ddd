//! The editor's guide (`docs/redaktorsguide.md`) cannot drift from the tool: every error
//! example in it is what the tool prints for that example's broken site, and every command
//! it tells the editor to run exists, with the options it names.

use std::path::Path;

use crate::harness::SiteTest;

fn guide() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/redaktorsguide.md");
    std::fs::read_to_string(path).expect("docs/redaktorsguide.md")
}

/// Every `<!-- exempel: CASE -->` with the code block that follows it.
fn examples(text: &str) -> Vec<(String, String)> {
    text.split("<!-- exempel: ")
        .skip(1)
        .map(|part| {
            let (case, rest) = part.split_once(" -->").expect("a closed marker");
            // The block ends at a line of its own that is only ```, as Markdown ends it: a
            // block that runs into the next one's opening ```text is not closed.
            let block = rest
                .split_once("```text\n")
                .and_then(|(_, block)| block.split_once("\n```\n"))
                .map(|(block, _)| block.to_owned())
                .expect("a closed text block after the marker");
            assert!(
                !block.contains("\n```"),
                "{case}: the block is never closed"
            );
            (case.to_owned(), block)
        })
        .collect()
}

#[test]
fn every_error_example_is_what_the_tool_prints() {
    let examples = examples(&guide());
    assert!(
        examples.len() >= 6,
        "the examples were found: {}",
        examples.len()
    );
    for (case, shown) in examples {
        let site = SiteTest::fixture(&format!("bad/{case}"));
        let printed = site.run(&["check"]).stderr;
        assert_eq!(
            printed.trim_end(),
            shown,
            "the guide's example {case} is not what `overens check` prints"
        );
    }
}

#[test]
fn every_command_in_the_guide_exists_with_its_options() {
    let text = guide();
    let site = SiteTest::empty_folder();
    let mut commands = 0;
    for line in text.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("overens ") else {
            continue;
        };
        let words: Vec<&str> = rest.split_whitespace().collect();
        let Some(command) = words.first().filter(|w| !w.starts_with('-')) else {
            continue;
        };
        commands += 1;
        let help = site.run_in("en_GB.UTF-8", &[command, "--help"]);
        assert_eq!(help.code, 0, "`overens {command}` is not a command: {line}");
        for flag in words.iter().filter(|w| w.starts_with("--")) {
            assert!(
                help.stdout.contains(flag),
                "`overens {command}` has no {flag}: {line}"
            );
        }
    }
    assert!(commands >= 8, "the commands were found: {commands}");
}

/// The lines of `text` outside its fenced code blocks.
fn prose(text: &str) -> Vec<&str> {
    let mut fenced = false;
    text.lines()
        .filter(|line| {
            if line.trim_start().starts_with("```") {
                fenced = !fenced;
                return false;
            }
            !fenced
        })
        .collect()
}

/// A heading's anchor as GitHub and GitLab make it: lowercase, letters (å, ä and ö too),
/// digits, `-` and `_` kept, spaces made `-`, everything else left out.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Every link inside the guide leads somewhere: to a heading of the guide, or to a file
/// beside it.
#[test]
fn every_link_inside_the_guide_resolves() {
    let text = guide();
    let lines = prose(&text);
    let mut anchors: Vec<String> = Vec::new();
    for line in &lines {
        let Some(heading) = line.strip_prefix('#') else {
            continue;
        };
        let base = anchor(heading.trim_start_matches('#'));
        let taken = anchors
            .iter()
            .filter(|a| **a == base || a.starts_with(&format!("{base}-")))
            .count();
        anchors.push(if taken == 0 {
            base.clone()
        } else {
            format!("{base}-{taken}")
        });
    }
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let mut links = 0;
    let mut broken = Vec::new();
    for line in &lines {
        for part in line.split("](").skip(1) {
            let Some((target, _)) = part.split_once(')') else {
                continue;
            };
            if target.contains("://") || target.starts_with("mailto:") || target.contains('…') {
                continue;
            }
            links += 1;
            let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
            if file.is_empty() {
                if !anchors.iter().any(|a| a == fragment) {
                    broken.push(format!("#{fragment}: no such heading"));
                }
            } else if !docs.join(file).exists() {
                broken.push(format!("{target}: no such file beside the guide"));
            }
        }
    }
    assert!(links >= 10, "the links were found: {links}");
    assert!(broken.is_empty(), "{broken:#?}");
}
