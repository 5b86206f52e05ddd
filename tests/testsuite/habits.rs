//! The habits of an officer's Windows computer: files saved by Notepad with Windows line
//! ends, a byte-order mark or as UTF-16, lists kept in Excel, text pasted from Word, names
//! that Windows shows without their extension. Each is read right, or named with what to do.

use std::fs;
use std::path::Path;

use crate::bad::{cases, expected, transcript_of};
use crate::harness::SiteTest;

/// Rewrites every text file of the site (UTF-8, no NUL) with `change`; other files are
/// left as they are.
fn rewrite(root: &Path, change: &dyn Fn(&str) -> Vec<u8>) {
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.expect("walk");
        if !entry.file_type().is_file() {
            continue;
        }
        let bytes = fs::read(entry.path()).expect("read");
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        if text.contains('\0') {
            continue;
        }
        fs::write(entry.path(), change(&text)).expect("write");
    }
}

/// Windows line ends, as Notepad and Excel write them.
fn crlf(text: &str) -> Vec<u8> {
    text.replace("\r\n", "\n")
        .replace('\n', "\r\n")
        .into_bytes()
}

/// Every case of the broken-site corpus says the same, at the same line and column, when its
/// files are saved with Windows line ends, and again with a byte-order mark too.
#[test]
fn every_case_reads_the_same_with_windows_line_ends_and_a_byte_order_mark() {
    let mut differing = Vec::new();
    for case in cases() {
        let expected = expected(&case);
        let site = SiteTest::fixture(&format!("bad/{case}"));
        rewrite(&site.root, &crlf);
        let got = transcript_of(&site);
        if got != expected {
            differing.push(format!(
                "── {case}, CRLF: expected\n{expected}\n── got\n{got}"
            ));
        }
        let site = SiteTest::fixture(&format!("bad/{case}"));
        rewrite(&site.root, &|text| {
            [b"\xEF\xBB\xBF".as_slice(), &crlf(text)].concat()
        });
        let got = transcript_of(&site);
        if got != expected {
            differing.push(format!(
                "── {case}, CRLF and BOM: expected\n{expected}\n── got\n{got}"
            ));
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}

/// Every file of the site, by its path in `dir`.
fn files_in(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|entry| entry.expect("walk"))
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| {
            let path = entry.path().strip_prefix(dir).expect("inside");
            (
                path.display().to_string(),
                fs::read(entry.path()).expect("read"),
            )
        })
        .collect()
}

/// `text` as UTF-16 with its byte-order mark, little-endian as Notepad's "Unicode" and
/// Excel's "Unicode-text" write it, or big-endian as Notepad's "Unicode big endian".
fn utf16(text: &str, little: bool) -> Vec<u8> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut bytes = if little {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

/// The built site of `site`.
fn built(site: &SiteTest) -> std::collections::BTreeMap<String, Vec<u8>> {
    site.build_ok();
    files_in(&site.root.join("output"))
}

/// What `check` finds that counts against `--deny-warnings`: every error and warning, with
/// its place; notes left out.
fn counted(site: &SiteTest) -> Vec<serde_json::Value> {
    let run = site.run(&["check", "--format", "json"]);
    let all: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).expect("json");
    all.into_iter()
        .filter(|p| p["severity"] != "note")
        .collect()
}

/// Markdown, YAML and the list, each saved as UTF-16 (with Windows line ends, as Notepad
/// and Excel save it) make the very same site as the UTF-8 they were.
#[test]
fn files_saved_as_utf16_make_the_same_site() {
    let plain = SiteTest::fixture("living");
    let (expected, said) = (built(&plain), plain.run(&["check"]));
    for little in [true, false] {
        let site = SiteTest::fixture("living");
        rewrite(&site.root, &|text| {
            let windows = String::from_utf8(crlf(text)).expect("text");
            utf16(&windows, little)
        });
        let check = site.run(&["check"]);
        assert_eq!(
            check.stderr, said.stderr,
            "the same warnings at the same places"
        );
        assert_eq!(built(&site), expected, "UTF-16, little-endian: {little}");
    }
}

/// The list of organisations as Excel writes it: "Unicode-text" (UTF-16, tab-separated),
/// CSV with Excel's `sep=;` line first, and "CSV (semikolonavgränsad)" in Windows-1252;
/// each makes the same pages, and nothing that fails `check --deny-warnings`.
#[test]
fn the_list_reads_the_same_in_every_form_excel_saves() {
    let list = "content/alfa/signatories.csv";
    let plain = SiteTest::fixture("living");
    let (expected, found) = (built(&plain), counted(&plain));
    let text = fs::read_to_string(plain.root.join(list)).expect("list");
    let text = text.trim_start_matches('\u{feff}');
    let tabbed = text
        .replace("\"Röda Korset; Alfa\"", "Röda Korset; Alfa")
        .replace(';', "\t");
    let tabbed = tabbed.replace("Röda Korset\t Alfa", "Röda Korset; Alfa");
    let forms: [(&str, Vec<u8>); 3] = [
        (
            "Unicode-text",
            utf16(&String::from_utf8(crlf(&tabbed)).expect("text"), true),
        ),
        ("sep=;", crlf(&format!("sep=;\n{text}"))),
        (
            "CSV (semikolonavgränsad)",
            encoding_rs::WINDOWS_1252
                .encode(&String::from_utf8(crlf(text)).expect("text"))
                .0
                .into_owned(),
        ),
    ];
    for (form, bytes) in forms {
        let site = SiteTest::fixture("living");
        fs::write(site.root.join(list), bytes).expect("write");
        assert_eq!(
            counted(&site),
            found,
            "{form}: nothing more counts against the site"
        );
        assert_eq!(built(&site), expected, "{form}");
    }
}

#[test]
fn the_corpus_has_a_case_for_each_habit() {
    let cases = cases();
    for case in [
        "hidden-extensions",
        "index-hidden-extension",
        "misnamed-files",
        "word-document-as-text",
        "signatories-unicode-text",
        "signatories-sep-line",
        "signatories-windows-1252",
        "latin-1",
    ] {
        assert!(cases.iter().any(|c| c == case), "no fixture for {case}");
    }
}
