//! A compact's `_index.md`: front matter, every key's check, and the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| overens::fuzzing::compact_index(data));
