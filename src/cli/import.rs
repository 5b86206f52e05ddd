//! `overens import`: a compact's Word document made into its folder, or its plan shown.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{language, report_error, say, tell};
use crate::diagnostics::{BuildError, Problem};
use crate::import::{self, Options, Rule};
use crate::messages::{self as m, Lang};

/// Makes a compact's folder from its Word document (.docx): the compact's text in
/// _index.md, each principle in a file of its own. Never overwrites anything.
///
/// Example: overens import Överenskommelse.docx --preview
#[derive(Debug, clap::Args)]
pub(super) struct ImportArgs {
    /// The Word document (.docx).
    file: PathBuf,
    /// The site's folder (with site.yaml and content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The compact's folder name and address, e.g. lund [default: made from the
    /// municipality's name in the document's title].
    #[arg(long)]
    slug: Option<String>,
    /// How to find the principles: rubrik:N (each heading of level N), lista (each item of
    /// the numbered list) or ingen [default: found in the document].
    #[arg(long, value_name = "RULE")]
    split: Option<String>,
    /// Show each file that would be written, with its title and first words, and write
    /// nothing.
    #[arg(long)]
    preview: bool,
    /// Read a document with tracked changes as if every change were accepted.
    #[arg(long)]
    accept_changes: bool,
}

impl ImportArgs {
    /// Imports the document and says what was written, what was left out and what to do
    /// next.
    pub(super) fn run(self) -> ExitCode {
        let lang = language(&self.root);
        let rule = match self.split.as_deref().map(|s| (s, Rule::parse(s))) {
            None => Rule::Found,
            Some((_, Some(rule))) => rule,
            Some((value, None)) => {
                let problem = Problem::in_file(&self.file, m::IMPORT_BAD_SPLIT.with(&[&value]))
                    .with_hint(m::IMPORT_SPLIT_HELP);
                return report_error(BuildError::Content(problem.into()), lang);
            }
        };
        let options = Options {
            file: self.file,
            root: self.root,
            slug: self.slug,
            rule,
            preview: self.preview,
            accept_changes: self.accept_changes,
        };
        match import::import(&options) {
            Ok(outcome) => {
                show(&outcome, lang);
                ExitCode::SUCCESS
            }
            Err(problems) => report_error(BuildError::Content(problems), lang),
        }
    }
}

/// Prints the plan or the files written, then what was left out and what to do.
fn show(outcome: &import::Outcome, lang: Lang) {
    say(&outcome.found.text(lang));
    say(if outcome.written {
        m::CREATED.get(lang)
    } else {
        m::IMPORT_WOULD_WRITE.get(lang)
    });
    for file in &outcome.files {
        say(&format!("  {}", file.path.display()));
        if outcome.written || file.title.is_empty() {
            continue;
        }
        let title = match file.order {
            Some(order) => format!("{order}. {}", file.title),
            None => file.title.clone(),
        };
        say(&format!("      {title}"));
        if !file.first_words.is_empty() {
            say(&format!("      \"{}\"", file.first_words));
        }
    }
    if !outcome.left_out.is_empty() {
        tell(m::IMPORT_LEFT_OUT.get(lang));
        for line in &outcome.left_out {
            tell(&format!("  - {}", line.text(lang)));
        }
    }
    for line in &outcome.to_do {
        tell(&line.text(lang));
    }
    if outcome.written {
        say(m::IMPORT_NEXT.get(lang));
    } else {
        say(m::IMPORT_NOTHING_WRITTEN.get(lang));
    }
}
