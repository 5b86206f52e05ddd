//! `overens init`: asks what it must know (on a terminal, when not given as options) and
//! makes a new site.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use super::{report_error, say, EXIT_PROBLEMS};
use crate::diagnostics::BuildError;
use crate::messages::{self as m, Lang};
use crate::scaffold::{self, Answers};

/// Starts a new site for one organisation: a commented site.yaml, the national compact's six
/// principles as the topics to compare, and a front page to write. Never overwrites anything.
#[derive(Debug, clap::Args)]
pub(super) struct InitArgs {
    /// The folder for the new site; made if it does not exist [default: the current folder].
    folder: Option<PathBuf>,
    /// The organisation that publishes the site, e.g. "Lunds kommun". Asked for on a
    /// terminal when not given.
    #[arg(long)]
    organisation: Option<String>,
    /// The address the site will be published at, e.g.
    /// https://www.lund.se/overenskommelsen/. Asked for on a terminal when not given.
    #[arg(long)]
    base_url: Option<String>,
    /// The language of the site's own texts.
    #[arg(long, value_enum, default_value_t = SiteLanguage::Sv)]
    language: SiteLanguage,
}

/// The languages a site can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum SiteLanguage {
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl InitArgs {
    /// Makes the site and says what to do next.
    pub(super) fn run(self) -> ExitCode {
        let lang = Lang::from_env();
        let folder = self.folder.unwrap_or_else(|| PathBuf::from("."));
        let asking = std::io::stdin().is_terminal();
        let organisation = match self
            .organisation
            .or_else(|| asking.then(|| ask(m::ASK_ORGANISATION.get(lang))).flatten())
        {
            Some(name) if !name.trim().is_empty() => name.trim().to_owned(),
            _ => {
                super::tell(&format!(
                    "{}: {}",
                    m::ERROR.get(lang),
                    m::INIT_NEEDS_ORGANISATION.get(lang)
                ));
                return ExitCode::from(EXIT_PROBLEMS);
            }
        };
        let base_url = self
            .base_url
            .or_else(|| asking.then(|| ask(m::ASK_BASE_URL.get(lang))).flatten())
            .map(|url| url.trim().to_owned())
            .filter(|url| !url.is_empty())
            .unwrap_or_else(|| scaffold::EXAMPLE_BASE_URL.to_owned());
        let answers = Answers {
            organisation,
            base_url,
            language: match self.language {
                SiteLanguage::Sv => Lang::Sv,
                SiteLanguage::En => Lang::En,
            },
        };
        match scaffold::init(&folder, &answers) {
            Ok(files) => {
                say(&m::INIT_CREATED.with(&[&folder.display()]).text(lang));
                for file in files {
                    say(&format!("  {}", file.display()));
                }
                say(&m::INIT_NEXT.with(&[&folder.display()]).text(lang));
                ExitCode::SUCCESS
            }
            Err(problems) => report_error(BuildError::Content(problems), lang),
        }
    }
}

/// Asks one question on the terminal; `None` when nothing could be read.
fn ask(question: &str) -> Option<String> {
    print!("{question}");
    std::io::stdout().flush().ok()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).ok()?;
    Some(answer)
}
