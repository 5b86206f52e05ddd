//! Markdown as pages render it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| overens::fuzzing::markdown(text));
