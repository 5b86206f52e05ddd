//! Integration tests: the real `overens` binary run on the shipped site and on small
//! fixture sites, asserting on what a user sees (pages, messages, exit codes).

mod harness;

mod architecture;

mod bad;
mod build;
mod catalog;
mod check;
mod counties;
mod easy;
mod errors;
mod finding;
mod followup;
mod fuzzed;
mod guide;
mod habits;
mod import;
mod incremental;
mod init;
mod language;
mod links;
mod living;
mod national;
mod new;
mod open_data;
mod phones;
mod properties;
mod robust;
mod search;
mod serve;
mod shipped;
mod smaller;
mod statement;
mod synthetic;
mod timelines;
mod topics;
mod truth;
mod versions;
