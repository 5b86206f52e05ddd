//! Dates as editors write them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| overens::fuzzing::date(text));
