//! `overens serve`: a preview server that rebuilds on save and reloads every open page.
//!
//! The site is built in memory, never into `output/`, and served from there: a request can
//! only ever reach a page the build made, so `..`, encoded dots or symlinks lead nowhere. The
//! reload script is added to pages as they are served, so it never reaches a real build.
//! Pages learn of rebuilds over server-sent events at `/__overens/events`.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use crate::config::Lang;
use crate::diagnostics::BuildError;
use crate::incremental::{Change, Update};
use crate::site::Site;
use crate::watch::{Mode, Watch};

mod http;
pub use http::resolve;

/// Previews the site at a local address and rebuilds it on every save.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
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

const DEFAULT_PORT: u16 = 1111;

/// What the server currently serves, and how it last went.
struct State {
    files: HashMap<String, Arc<Vec<u8>>>,
    /// The last build's problems, shown over every page until fixed.
    problem: Option<String>,
    /// Counts rebuilds; open pages wait for it to change.
    version: u64,
    /// What the last rebuild asks of open pages: `reload`, `css`, `problem` or `ok`.
    event: &'static str,
}

/// The server's state with the signal that wakes waiting pages.
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn publish(&self, update: impl FnOnce(&mut State)) {
        if let Ok(mut state) = self.state.lock() {
            update(&mut state);
            state.version += 1;
        }
        self.changed.notify_all();
    }
}

impl ServeArgs {
    /// Builds, serves and watches until interrupted.
    pub fn run(mut self) -> ExitCode {
        let started = Instant::now();
        // File events name absolute paths; compare them with an absolute root.
        if let Ok(root) = self.root.canonicalize() {
            self.root = root;
        }
        let lang = Site::load(&self.root, None)
            .map(|s| s.config.language)
            .unwrap_or_default();
        let listener = match self.listen(lang) {
            Ok(listener) => listener,
            Err(message) => {
                eprintln!("{}: {message}", crate::tr(lang, "fel", "error"));
                return ExitCode::from(crate::cli::EXIT_OUTPUT);
            }
        };
        let address = listener
            .local_addr()
            .map(|a| a.to_string())
            .unwrap_or_default();
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                files: HashMap::new(),
                problem: None,
                version: 0,
                event: "reload",
            }),
            changed: Condvar::new(),
        });
        let mut site = initial_build(&self.root, &shared, lang);
        let mode = if self.poll { Mode::Poll } else { Mode::Events };
        let watch = match Watch::start(&self.root, mode) {
            Ok(watch) => watch,
            Err(e) => {
                eprintln!(
                    "{}: {e}",
                    crate::tr(lang, "kan inte bevaka filerna", "cannot watch the files")
                );
                return ExitCode::from(crate::cli::EXIT_OUTPUT);
            }
        };
        let url = format!("http://{address}/");
        println!(
            "{}",
            match lang {
                Lang::Sv => format!(
                    "Förhandsvisar på {url} (byggd på {} ms). Avsluta med Ctrl+C.",
                    started.elapsed().as_millis()
                ),
                Lang::En => format!(
                    "Previewing at {url} (built in {} ms). Stop with Ctrl+C.",
                    started.elapsed().as_millis()
                ),
            }
        );
        if self.open {
            open_browser(&url);
        }
        let server = Arc::clone(&shared);
        std::thread::spawn(move || http::accept(listener, server));
        let root = self.root.clone();
        watch.run(|changes| rebuild(&root, &mut site, &changes, &shared, lang));
        ExitCode::SUCCESS
    }

    fn listen(&self, lang: Lang) -> Result<TcpListener, String> {
        if !self.bind.is_loopback() {
            eprintln!(
                "{}",
                crate::tr(
                    lang,
                    "varning: förhandsvisningen syns för andra datorer i nätverket",
                    "warning: the preview is visible to other machines on the network"
                )
            );
        }
        let first = self.port.unwrap_or(DEFAULT_PORT);
        let tries = if self.port.is_some() { 1 } else { 20 };
        for port in first..first.saturating_add(tries) {
            match TcpListener::bind(SocketAddr::new(self.bind, port)) {
                Ok(listener) => {
                    if port != first {
                        eprintln!(
                            "{}",
                            match lang {
                                Lang::Sv => format!("porten {first} är upptagen, använder {port}"),
                                Lang::En => format!("port {first} is taken, using {port}"),
                            }
                        );
                    }
                    return Ok(listener);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
                Err(e) => return Err(format!("{}:{port}: {e}", self.bind)),
            }
        }
        Err(match lang {
            Lang::Sv => format!("porten {first} är upptagen; välj en annan med --port"),
            Lang::En => format!("port {first} is taken; choose another with --port"),
        })
    }
}

/// The first build. A site with problems still starts the server, showing them.
fn initial_build(root: &Path, shared: &Shared, lang: Lang) -> Option<Site> {
    match Site::load(root, None).and_then(|site| site.render().map(|pages| (site, pages))) {
        Ok((site, pages)) => {
            let statics = site.static_files();
            shared.publish(|state| {
                state.files = collect(pages, statics);
                state.problem = None;
            });
            Some(site)
        }
        Err(error) => {
            show_problem(shared, error, lang);
            None
        }
    }
}

/// Applies a burst of changes; on success the new pages are served before pages are told to
/// reload, on failure the last good site stays and every page shows the problem.
fn rebuild(root: &Path, site: &mut Option<Site>, changes: &[Change], shared: &Shared, lang: Lang) {
    let Some(current) = site.as_mut() else {
        *site = initial_build(root, shared, lang);
        if site.is_some() {
            shared.publish(|state| state.event = "ok");
        }
        return;
    };
    let mut updates = Vec::new();
    let mut statics = None;
    for change in changes {
        match current.apply(change) {
            Ok(update) => updates.push(update),
            Err(error) => {
                show_problem(shared, error, lang);
                return;
            }
        }
        if matches!(change, Change::Static | Change::Everything) {
            statics = Some(current.static_files());
        }
    }
    let css_only = changes.iter().all(|c| *c == Change::Static);
    shared.publish(|state| {
        let recovered = state.problem.take().is_some();
        for update in updates {
            merge(&mut state.files, update);
        }
        if let Some(statics) = statics {
            for (path, bytes) in statics {
                state.files.insert(web_path(&path), Arc::new(bytes));
            }
        }
        state.event = if recovered {
            "ok"
        } else if css_only {
            "css"
        } else {
            "reload"
        };
    });
}

/// Prints a failed build's problems and shows them over every open page.
fn show_problem(shared: &Shared, error: BuildError, lang: Lang) {
    let message = describe(error, lang);
    eprintln!("{message}");
    shared.publish(|state| {
        state.problem = Some(message);
        state.event = "problem";
    });
}

fn describe(error: BuildError, lang: Lang) -> String {
    match error {
        BuildError::Content(problems) => problems.render(lang, false),
        BuildError::Io(message) => message,
    }
}

fn web_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn collect(
    pages: Vec<crate::pages::Page>,
    statics: Vec<(PathBuf, Vec<u8>)>,
) -> HashMap<String, Arc<Vec<u8>>> {
    let mut files: HashMap<String, Arc<Vec<u8>>> = statics
        .into_iter()
        .map(|(p, b)| (web_path(&p), Arc::new(b)))
        .collect();
    files.extend(pages.into_iter().map(|p| (p.path, Arc::new(p.bytes))));
    files
}

fn merge(files: &mut HashMap<String, Arc<Vec<u8>>>, update: Update) {
    if update.complete {
        files.retain(|path, _| {
            !path.ends_with(".html") && !path.starts_with("data/") && path != "sitemap.xml"
        });
    }
    for path in update.removed {
        files.remove(&path);
    }
    for page in update.pages {
        files.insert(page.path, Arc::new(page.bytes));
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
