//! `signatories.csv`, in any encoding and with any separator.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| overens::fuzzing::signatories(data));
