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
        "invisible-character",
        "tab-paragraph",
        "dash-from-word",
        "indentation-too-deep",
        "list-indentation",
        "list-items-out-of-line",
        "county-in-swedish",
    ] {
        assert!(cases.iter().any(|c| c == case), "no fixture for {case}");
    }
}

/// Settings typed in Word: a non-breaking space after a colon and in the indentation, and a
/// date in curly quotation marks, are read as the officer meant them, without a word.
#[test]
fn spaces_and_quotation_marks_pasted_from_word_are_read_as_meant() {
    let site = SiteTest::fixture("minimal")
        .edit(
            "content/alfa/_index.md",
            "decided_by: ",
            "decided_by:\u{a0}",
        )
        .edit(
            "content/alfa/_index.md",
            "  - date: 2018",
            "\u{a0}\u{a0}- date: 2018",
        )
        .edit(
            "content/alfa/_index.md",
            "adopted: \"2019-10-01\"",
            "adopted: ”2019-10-01”",
        )
        .edit(
            "content/alfa/principles/dialog.md",
            "title: Dialog",
            "title: “Dialog”",
        );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "nothing to say");
    site.build_ok();
    let compact = site.output("alfa/index.html");
    assert!(compact.contains("Kommunfullmäktige"), "{compact}");
    assert!(compact.contains("2019"), "{compact}");
    let principle = site.page("alfa/dialog/index.html");
    let title = crate::harness::select(&principle, "h1");
    assert_eq!(crate::harness::text(&title[0]), "Dialog");
}

/// Soft hyphens and zero-width spaces from Word stay in the page's text, where they let a
/// long word break on a phone, and are left out of the search index, the page's title and
/// the open data, so the word is found and given whole.
#[test]
fn soft_hyphens_stay_on_the_page_and_out_of_search_titles_and_data() {
    let site = SiteTest::fixture("minimal")
        .edit(
            "content/alfa/principles/langsiktighet.md",
            "title: Långsiktighet",
            "title: Lång\u{ad}siktig\u{200b}het",
        )
        .edit(
            "content/alfa/principles/langsiktighet.md",
            "Vi tänker långsiktigt.",
            "Vi tänker lång\u{ad}siktigt.",
        );
    site.build_ok();
    let page = site.output("alfa/langsiktighet/index.html");
    assert!(
        page.contains("lång\u{ad}siktigt"),
        "the text keeps its soft hyphen"
    );
    let html = site.page("alfa/langsiktighet/index.html");
    let title = crate::harness::select(&html, "title");
    assert!(
        crate::harness::text(&title[0]).starts_with("Långsiktighet"),
        "{}",
        crate::harness::text(&title[0])
    );
    let index = site.output("search-index/la.js");
    assert!(index.contains("\"langsiktigt\""), "{index}");
    assert!(index.contains("\"langsiktighet\""), "{index}");
    for data in ["data/overenskommelser.json", "data/principer.csv"] {
        let text = site.output(data);
        assert!(text.contains("Långsiktighet"), "{data}: {text}");
        assert!(text.contains("långsiktigt"), "{data}: {text}");
        assert!(!text.contains(['\u{ad}', '\u{200b}']), "{data}: {text}");
    }
}

/// A Swedish site's messages are Swedish on an English computer, even when `site.yaml`
/// cannot be read whole, and `check` and `build` say the same; an English site's are
/// English on a Swedish computer.
#[test]
fn the_site_speaks_its_own_language_whatever_the_computer_speaks() {
    let swedish = SiteTest::fixture("minimal").edit(
        "site.yaml",
        "compliance: delvis",
        "compliance: [delvis]",
    );
    let check = swedish.run_in("en_US.UTF-8", &["check"]);
    let build = swedish.run_in("en_US.UTF-8", &["build"]);
    assert_eq!(check.code, 1);
    assert_eq!(build.code, 1);
    assert!(
        check
            .stderr
            .starts_with("  fel: värdet har fel form: här ska stå en text"),
        "{}",
        check.stderr
    );
    assert!(
        !check.stderr.contains("enum"),
        "no parser text: {}",
        check.stderr
    );
    assert_eq!(check.stderr, build.stderr, "check and build agree");
    // Broken beyond reading as YAML, the file still says its language.
    let broken = SiteTest::fixture("minimal").edit("site.yaml", "title: Testplats", "title: [");
    let check = broken.run_in("en_US.UTF-8", &["check"]);
    assert!(check.stderr.starts_with("  fel: "), "{}", check.stderr);
    assert_eq!(
        check.stderr,
        broken.run_in("en_US.UTF-8", &["build"]).stderr
    );
    let english = SiteTest::fixture("minimal")
        .edit("site.yaml", "language: sv", "language: en")
        .edit("site.yaml", "compliance: delvis", "compliance: [delvis]");
    let check = english.run_in("sv_SE.UTF-8", &["check"]);
    assert!(check.stderr.starts_with("  error: "), "{}", check.stderr);
    assert!(
        check.stderr.ends_with("1 error and 0 warnings\n"),
        "{}",
        check.stderr
    );
}

/// The summary counts what a reader counts as pages, the HTML, and the other files apart.
#[test]
fn the_summary_counts_pages_as_a_reader_does() {
    let site = SiteTest::fixture("minimal");
    let run = site.build_ok();
    let html = files_in(&site.root.join("output"))
        .keys()
        .filter(|p| p.ends_with(".html"))
        .count();
    assert!(
        run.stdout.starts_with(&format!("Byggde {html} sidor och ")),
        "{}",
        run.stdout
    );
    let check = site.run(&["check"]);
    assert!(
        check
            .stdout
            .starts_with(&format!("Inga problem: {html} sidor")),
        "{}",
        check.stdout
    );
}
