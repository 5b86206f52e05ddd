//! `overens serve`: loads the site once, builds it in memory, hands the files to the
//! preview server, and after every save hands the watcher's rebuild to the server too,
//! printing one calm line for each.

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use super::{colour, language, say, tell, EXIT_OUTPUT, EXIT_PROBLEMS};
use crate::config::Config;
use crate::diagnostics::BuildError;
use crate::messages::{self as m, Lang};
use crate::rebuild::{Live, Update};
use crate::serve::{Files, Listening, NotListening, Reload, Server};
use crate::watch::{self, Mode, Rebuilt};

/// Previews the site at a local address and rebuilds it on every save.
#[derive(Debug, clap::Args)]
pub(super) struct ServeArgs {
    /// The site's folder (with site.yaml and content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The port to listen on; when the default is taken, the next free one is used.
    #[arg(long)]
    port: Option<u16>,
    /// The address to listen on. Anything but loopback lets other machines see the preview.
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Open the preview in the default browser.
    #[arg(long)]
    open: bool,
    /// Look for changes every few hundred milliseconds instead of waiting for file events
    /// (for network drives, where events do not arrive).
    #[arg(long)]
    poll: bool,
}

impl ServeArgs {
    /// Builds, serves and watches until interrupted.
    pub(super) fn run(mut self) -> ExitCode {
        let started = Instant::now();
        // File events name absolute paths; compare them with an absolute root.
        if let Ok(root) = self.root.canonicalize() {
            self.root = root;
        }
        let lang = language(&self.root);
        // Without site.yaml there is no site to preview: say how to start one.
        if !self.root.join("site.yaml").is_file() {
            if let Err(problems) = Config::load(&self.root) {
                tell(&problems.render(lang, colour()));
                return ExitCode::from(EXIT_PROBLEMS);
            }
        }
        if !self.bind.is_loopback() {
            tell(m::WARNING_PREVIEW_VISIBLE_OTHER_MACHINES.get(lang));
        }
        let heading = m::SITE_COULD_NOT_BUILT.get(lang);
        let server = match Server::start(self.bind, self.port, heading, lang.code()) {
            Ok(Listening::Asked(server)) => server,
            Ok(Listening::Moved(server, taken)) => {
                tell(&m::PORT_TAKEN_USING_ANOTHER.with(&[&taken]).text(lang));
                server
            }
            Err(NotListening::Taken(port)) => {
                tell(&format!(
                    "{}: {}",
                    m::ERROR.get(lang),
                    m::PORT_TAKEN.with(&[&port]).text(lang)
                ));
                return ExitCode::from(EXIT_OUTPUT);
            }
            Err(NotListening::Failed(message)) => {
                tell(&format!("{}: {message}", m::ERROR.get(lang)));
                return ExitCode::from(EXIT_OUTPUT);
            }
        };
        let live = match Live::load(&self.root) {
            Ok((live, update)) => {
                server.publish(files_of(update), Reload::Page);
                Some(live)
            }
            Err(error) => {
                let message = describe(error, lang);
                tell(&message);
                server.show_problem(message);
                None
            }
        };
        let url = server.url();
        let ms = started.elapsed().as_millis();
        match live {
            Some(_) => say(&m::PREVIEWING.with(&[&url, &ms]).text(lang)),
            None => say(&m::PREVIEWING_BROKEN.with(&[&url]).text(lang)),
        }
        if self.open {
            open_browser(&url);
        }
        let mode = if self.poll { Mode::Poll } else { Mode::Events };
        let mut broken = live.is_none();
        let root = self.root.clone();
        let watched = watch::rebuild_on_change(&self.root, mode, live, |rebuilt| {
            // The site's language may change with the save: each outcome is told in the
            // language the site has now.
            after_rebuild(&server, rebuilt, language(&root), &mut broken);
        });
        if let Err(e) = watched {
            tell(&format!("{}: {e}", m::CANNOT_WATCH_FILES.get(lang)));
            return ExitCode::from(EXIT_OUTPUT);
        }
        ExitCode::SUCCESS
    }
}

/// Serves what a rebuild made, or shows why it failed, and says so in one line.
fn after_rebuild(server: &Server, rebuilt: Rebuilt, lang: Lang, broken: &mut bool) {
    let files = rebuilt
        .files
        .iter()
        .map(|f| f.to_string_lossy().replace('\\', "/"))
        .collect::<Vec<_>>()
        .join(", ");
    let ms = rebuilt.elapsed.as_millis();
    let time = clock();
    match rebuilt.result {
        Ok(update) => {
            let pages = update
                .pages
                .iter()
                .filter(|p| p.path.ends_with(".html"))
                .count();
            // Notes are about files read right: they are no warnings to count.
            let warnings = update
                .warnings
                .iter()
                .filter(|p| p.severity == crate::diagnostics::Severity::Warning)
                .count();
            let css_only = pages == 0 && update.statics.is_some();
            server.publish(
                files_of(update),
                if css_only { Reload::Css } else { Reload::Page },
            );
            let recovered = std::mem::replace(broken, false);
            let warned = match warnings {
                0 => String::new(),
                1 => m::REBUILD_ONE_WARNING.get(lang).to_owned(),
                n => m::REBUILD_WARNINGS.with(&[&n]).text(lang),
            };
            let line = if recovered {
                m::REBUILT_RECOVERED
            } else {
                m::REBUILT
            };
            say(&line.with(&[&time, &files, &pages, &ms, &warned]).text(lang));
        }
        Err(error) => {
            *broken = true;
            let message = describe(error, lang);
            tell(&format!(
                "{time} {files}: {}\n{message}",
                m::SITE_COULD_NOT_BUILT_LAST.get(lang)
            ));
            server.show_problem(message);
        }
    }
}

/// The time of day, `HH:MM:SS`, in the computer's own time zone.
fn clock() -> String {
    jiff::Zoned::now().strftime("%H:%M:%S").to_string()
}

fn files_of(update: Update) -> Files {
    let mut written: Vec<(String, Vec<u8>)> = update
        .statics
        .unwrap_or_default()
        .into_iter()
        .map(|(path, bytes)| (path.to_string_lossy().replace('\\', "/"), bytes))
        .collect();
    written.extend(update.pages.into_iter().map(|p| (p.path, p.bytes)));
    Files {
        written,
        removed: update.removed,
        whole: update.complete,
    }
}

fn describe(error: BuildError, lang: Lang) -> String {
    match error {
        BuildError::Content(problems) => problems.render(lang, false),
        BuildError::Io(message) => message.text(lang),
    }
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener).arg(url).spawn();
}
