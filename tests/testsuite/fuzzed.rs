//! Every input the fuzzers in `fuzz/` found a crash or a broken promise with, kept in
//! `fuzz/regressions/<target>/` and run again here through the same entry points, so that
//! what was fixed stays fixed without the nightly toolchain.

use std::fs;
use std::path::PathBuf;

fn cases(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut cases: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, fs::read(e.path()).expect("a regression case"))
        })
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_input_the_fuzzers_found_is_handled() {
    let mut ran = 0;
    for target in [
        "front_matter",
        "settings",
        "signatories",
        "plan",
        "date",
        "organisation_number",
        "markdown",
        "docx",
    ] {
        for (name, data) in cases(target) {
            let text = String::from_utf8_lossy(&data);
            let run = std::panic::catch_unwind(|| match target {
                "front_matter" => overens::fuzzing::compact_index(&data),
                "settings" => overens::fuzzing::settings(&data),
                "signatories" => overens::fuzzing::signatories(&data),
                "plan" => overens::fuzzing::plan(&data),
                "date" => overens::fuzzing::date(&text),
                "organisation_number" => overens::fuzzing::organisation_number(&text),
                "docx" => overens::fuzzing::docx(&data),
                _ => overens::fuzzing::markdown(&text),
            });
            assert!(run.is_ok(), "fuzz/regressions/{target}/{name}");
            ran += 1;
        }
    }
    overens::fuzzing::remove_sites();
    assert!(ran >= 1, "the regressions were found");
}

/// The documents the importer's tests use, each through the fuzz target's entry point: an
/// import that succeeds makes a compact that builds.
#[test]
fn the_word_documents_of_the_tests_import_into_a_site_that_builds() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docx");
    let mut ran = 0;
    let files = fs::read_dir(dir)
        .expect("tests/fixtures/docx")
        .filter_map(Result::ok);
    for entry in files.filter(|e| e.path().is_file()) {
        let data = fs::read(entry.path()).expect("read");
        let name = entry.file_name().to_string_lossy().into_owned();
        let run = std::panic::catch_unwind(|| overens::fuzzing::docx(&data));
        assert!(run.is_ok(), "tests/fixtures/docx/{name}");
        ran += 1;
    }
    overens::fuzzing::remove_sites();
    assert!(ran > 5);
}
