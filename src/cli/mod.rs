//! The command line: one `Args` struct per subcommand, each with its `run`. It wires the
//! stages together: the site is loaded and built here, and for `serve`, the watcher's
//! rebuilds are handed to the server (in `cli/serve.rs`).

mod help;
mod import;
mod init;
mod serve;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::check;
use crate::config;
use crate::content::Kind;
use crate::diagnostics::BuildError;
use crate::messages::{self as m, Lang};
use crate::scaffold;
use crate::site::{BuildOptions, Site};

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
    Init(init::InitArgs),
    New(NewArgs),
    Import(import::ImportArgs),
    Serve(serve::ServeArgs),
    Check(CheckArgs),
    Build(BuildArgs),
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
    /// Also write each page's main content as a fragment to paste into a CMS that cannot
    /// host a folder of pages, in DIR [default: ROOT/fragments, beside the output], with an
    /// index.html that says which fragment goes where.
    #[arg(long, value_name = "DIR", num_args = 0..=1)]
    fragments: Option<Option<PathBuf>>,
}

impl Cli {
    /// Reads the command line, with its help and its mistakes in the user's language.
    pub fn from_env() -> Cli {
        help::parse(Lang::from_env())
    }

    /// Runs the chosen command and says how it went.
    pub fn run(self) -> ExitCode {
        match self.command {
            Command::Init(args) => args.run(),
            Command::Build(args) => args.run(),
            Command::Check(args) => args.run(),
            Command::New(args) => args.run(),
            Command::Import(args) => args.run(),
            Command::Serve(args) => args.run(),
        }
    }
}

/// Checks the site without writing anything: every file, every page, every link written
/// in Markdown. Exit code 0 when nothing is wrong, 1 when something is.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The site's folder (with site.yaml and content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Treat warnings as errors: exit 1 when there are any.
    #[arg(long)]
    deny_warnings: bool,
    /// How to report: for people, or as a JSON array for tools.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// How `check` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Each problem with its line and a marker, on stderr.
    Human,
    /// `[{severity, file, line, column, message, hint}]` on stdout.
    Json,
}

/// Starts a new compact: `content/<slug>/_index.md` with every key explained, and one
/// example principle. Never overwrites anything.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The municipality's or region's name, e.g. "Örnsköldsvik"; the folder is made from it.
    municipality: String,
    /// The site's folder (with site.yaml and content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// A municipality's compact or a region's.
    #[arg(long, value_enum, default_value_t = NewKind::Kommun)]
    kind: NewKind,
}

/// Who a new compact is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NewKind {
    /// A municipality (kommun).
    Kommun,
    /// A region.
    Region,
}

impl BuildArgs {
    /// Loads and builds the site; prints one line on success, every problem on failure.
    /// Warnings are printed on stderr and do not stop the build.
    pub fn run(self) -> ExitCode {
        let started = Instant::now();
        let output = self
            .output
            .clone()
            .unwrap_or_else(|| self.root.join("output"));
        let lang = language(&self.root);
        let site = match Site::load(&self.root, self.base_url.as_deref()) {
            Ok(site) => site,
            Err(error) => return report_error(error, lang),
        };
        let options = BuildOptions {
            fragments: self
                .fragments
                .clone()
                .map(|dir| dir.unwrap_or_else(|| self.root.join("fragments"))),
        };
        let built = site.build(&output, started, &options);
        let warnings = site.warnings();
        if !warnings.is_empty() {
            eprintln!("{}", warnings.render(lang, colour()));
        }
        // The process ends right after: the system takes back the loaded site's memory at
        // once, faster than freeing it value by value.
        std::mem::forget(site);
        match built {
            Ok(report) => {
                if !self.quiet {
                    let ms = report.elapsed.as_millis();
                    let others = report.pages + report.assets - report.html;
                    let shown = output.display();
                    let built = m::BUILT.with(&[&report.html, &others, &shown, &ms]);
                    println!("{}", built.text(lang));
                }
                ExitCode::SUCCESS
            }
            Err(error) => report_error(error, lang),
        }
    }
}

impl CheckArgs {
    /// Checks the site and reports every problem; writes nothing.
    pub fn run(self) -> ExitCode {
        let report = check::check(&self.root);
        let lang = language(&self.root);
        let failed =
            report.problems.has_errors() || (self.deny_warnings && report.problems.has_warnings());
        match self.format {
            Format::Json => println!("{}", report.problems.to_json(lang)),
            Format::Human if report.problems.is_empty() => println!(
                "{}",
                m::NO_PROBLEMS
                    .with(&[&report.pages, &report.links])
                    .text(lang)
            ),
            Format::Human => eprintln!("{}", report.problems.render(lang, colour())),
        }
        if failed {
            ExitCode::from(EXIT_PROBLEMS)
        } else {
            ExitCode::SUCCESS
        }
    }
}

impl NewArgs {
    /// Writes the new compact's files and lists them.
    pub fn run(self) -> ExitCode {
        let kind = match self.kind {
            NewKind::Kommun => Kind::Kommun,
            NewKind::Region => Kind::Region,
        };
        let lang = language(&self.root);
        match scaffold::create(&self.root, &self.municipality, kind) {
            Ok(files) => {
                println!("{}", m::CREATED.get(lang));
                for file in files {
                    println!("  {}", file.display());
                }
                println!("{}", m::FILL_FILES_RUN_OVERENS_CHECK.get(lang));
                ExitCode::SUCCESS
            }
            Err(problems) => report_error(BuildError::Content(problems), lang),
        }
    }
}

/// Prints a line on stdout; a reader that went away (a closed pipe) is no reason to stop.
pub(crate) fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// Prints a line on stderr, as [`say`] does on stdout.
pub(crate) fn tell(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Colour only for a person at a terminal who has not asked for none.
pub(crate) fn colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Prints a failed build's problems to stderr and picks the exit code.
pub(crate) fn report_error(error: BuildError, lang: Lang) -> ExitCode {
    match error {
        BuildError::Content(problems) => {
            eprintln!("{}", problems.render(lang, colour()));
            ExitCode::from(EXIT_PROBLEMS)
        }
        BuildError::Io(message) => {
            let label = m::ERROR.get(lang);
            eprintln!("{label}: {}", message.text(lang));
            ExitCode::from(EXIT_OUTPUT)
        }
    }
}

/// The language of the messages about the site in `root`: the site's own, as far as
/// `site.yaml` can be read, so that every command speaks it whatever the computer's
/// language; the user's only when `site.yaml` cannot say.
pub(crate) fn language(root: &Path) -> Lang {
    config::language(root).unwrap_or_else(Lang::from_env)
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
