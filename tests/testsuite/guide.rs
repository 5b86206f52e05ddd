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
            let block = rest
                .split_once("```text\n")
                .and_then(|(_, block)| block.split_once("\n```"))
                .map(|(block, _)| block.to_owned())
                .expect("a text block after the marker");
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
