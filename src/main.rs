//! The `overens` command.

use std::process::ExitCode;

fn main() -> ExitCode {
    overens::cli::Cli::from_env().run()
}
