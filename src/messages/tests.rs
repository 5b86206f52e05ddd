//! The tables themselves, read as text: every message has one name, and says as much in
//! both languages.

use super::*;

/// Every `(name, sv, en)` of the tables in this folder.
fn table() -> Vec<(String, String, String)> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/messages");
    let mut all = Vec::new();
    for file in [
        "build.rs",
        "catalog.rs",
        "command.rs",
        "content.rs",
        "files.rs",
        "living.rs",
        "import.rs",
        "reading.rs",
        "settings.rs",
    ] {
        let text = std::fs::read_to_string(folder.join(file)).expect("table");
        for entry in text.split("pub(crate) const ").skip(1) {
            let name = entry.split(':').next().unwrap_or_default().to_owned();
            let strings = literals(entry.split("Msg::new(").nth(1).unwrap_or_default());
            assert!(strings.len() >= 2, "{file}: {name}");
            all.push((name, strings[0].clone(), strings[1].clone()));
        }
    }
    all
}

/// The string literals of `code`, in order, escapes left as written.
fn literals(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    literal.push(c);
                    literal.extend(chars.next());
                }
                '"' => break,
                c => literal.push(c),
            }
        }
        found.push(literal);
    }
    found
}

#[test]
fn every_message_has_one_name_and_both_languages() {
    let table = table();
    assert!(table.len() > 100, "the tables were read: {}", table.len());
    let mut names: Vec<&str> = table.iter().map(|(n, _, _)| n.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "a name is used twice");
    for (name, sv, en) in &table {
        assert!(!sv.is_empty() && !en.is_empty(), "{name}");
        assert_eq!(
            sv.matches("{}").count(),
            en.matches("{}").count(),
            "{name}: both languages take the same values"
        );
    }
}

#[test]
fn values_go_where_the_braces_are() {
    let msg = Msg::new("{} fel i {}", "{} errors in {}");
    let message = msg.with(&[&2, &"a.md"]);
    assert_eq!(message.text(Lang::Sv), "2 fel i a.md");
    assert_eq!(message.text(Lang::En), "2 errors in a.md");
}

#[test]
fn a_message_in_a_message_is_shown_in_the_same_language() {
    let inner = Msg::new("en lista", "a list");
    let outer = Msg::new("här ska stå {}", "this should be {}").with(&[&inner]);
    assert_eq!(outer.text(Lang::Sv), "här ska stå en lista");
    assert_eq!(outer.text(Lang::En), "this should be a list");
}

#[test]
fn the_locale_picks_the_language() {
    assert_eq!(Lang::from_locale(Some("sv_SE.UTF-8")), Lang::Sv);
    assert_eq!(Lang::from_locale(Some("en_GB.UTF-8")), Lang::En);
    assert_eq!(Lang::from_locale(Some("C.UTF-8")), Lang::Sv);
    assert_eq!(Lang::from_locale(None), Lang::Sv);
}
