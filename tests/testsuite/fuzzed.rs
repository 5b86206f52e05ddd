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
                _ => overens::fuzzing::markdown(&text),
            });
            assert!(run.is_ok(), "fuzz/regressions/{target}/{name}");
            ran += 1;
        }
    }
    overens::fuzzing::remove_sites();
    assert!(ran >= 1, "the regressions were found");
}
