//! Word documents given to `overens import`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| overens::fuzzing::docx(data));
