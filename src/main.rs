//! The `overens` command.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    overens::cli::Cli::parse().run()
}
