//! Organisation numbers.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| overens::fuzzing::organisation_number(text));
