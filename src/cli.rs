//! The command line: one `Args` struct per subcommand, each with its `run`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::config::{Config, Lang};
use crate::diagnostics::BuildError;
use crate::site::Site;

/// Exit code when the site's files have problems.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code when the output could not be written (or was refused).
pub const EXIT_OUTPUT: u8 = 3;

/// Publishes local compacts between municipalities and civil society as a static website.
#[derive(Debug, Parser)]
#[command(name = "overens", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(BuildArgs),
    Serve(crate::serve::ServeArgs),
}

/// Builds the site into a folder of static files, ready to upload.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The site's folder (with site.yaml and content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Where to write the site [default: ROOT/output].
    #[arg(long)]
    output: Option<PathBuf>,
    /// The address the site will be published at, overriding site.yaml's base_url.
    #[arg(long)]
    base_url: Option<String>,
    /// Print nothing on success.
    #[arg(long, short)]
    quiet: bool,
}

impl Cli {
    /// Runs the chosen command and says how it went.
    pub fn run(self) -> ExitCode {
        match self.command {
            Command::Build(args) => args.run(),
            Command::Serve(args) => args.run(),
        }
    }
}

impl BuildArgs {
    /// Loads and builds the site; prints one line on success, every problem on failure.
    pub fn run(self) -> ExitCode {
        let started = Instant::now();
        let output = self
            .output
            .clone()
            .unwrap_or_else(|| self.root.join("output"));
        let result = Site::load(&self.root, self.base_url.as_deref())
            .and_then(|site| site.build(&output, started));
        let lang = site_language(&self.root);
        match result {
            Ok(report) => {
                if !self.quiet {
                    let ms = report.elapsed.as_millis();
                    let pages = report.pages;
                    let shown = output.display();
                    println!(
                        "{}",
                        match lang {
                            Lang::Sv => format!("Byggde {pages} sidor till {shown} på {ms} ms"),
                            Lang::En => format!("Built {pages} pages into {shown} in {ms} ms"),
                        }
                    );
                }
                ExitCode::SUCCESS
            }
            Err(error) => report_error(error, lang),
        }
    }
}

/// Prints a failed build's problems to stderr and picks the exit code.
fn report_error(error: BuildError, lang: Lang) -> ExitCode {
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match error {
        BuildError::Content(problems) => {
            eprintln!("{}", problems.render(lang, colour));
            ExitCode::from(EXIT_PROBLEMS)
        }
        BuildError::Io(message) => {
            let label = crate::tr(lang, "fel", "error");
            eprintln!("{label}: {message}");
            ExitCode::from(EXIT_OUTPUT)
        }
    }
}

/// The site's language for messages; Swedish when site.yaml cannot say.
fn site_language(root: &Path) -> Lang {
    Config::load(root).map(|c| c.language).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
