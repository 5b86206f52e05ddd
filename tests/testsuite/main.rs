//! Integration tests: the real `overens` binary run on the shipped site and on small
//! fixture sites, asserting on what a user sees (pages, messages, exit codes).

mod harness;

mod architecture;

mod bad;
mod build;
mod check;
mod counties;
mod errors;
mod guide;
mod incremental;
mod init;
mod links;
mod national;
mod new;
mod robust;
mod serve;
mod shipped;
mod synthetic;
