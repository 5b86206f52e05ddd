//! Integration tests: the real `overens` binary run on the shipped site and on small
//! fixture sites, asserting on what a user sees (pages, messages, exit codes).

mod harness;

mod build;
mod errors;
mod incremental;
mod links;
mod serve;
mod shipped;
