//! The preview server: serves files from memory and tells open pages to reload. It knows
//! nothing of how a site is built: it is given files to publish and problems to show.
//!
//! A request can only ever reach a file it was given, so `..`, encoded dots or symlinks
//! lead nowhere. The reload script is added to pages as they are served, so it never
//! reaches a real build. Pages learn of new files over server-sent events at
//! `/__overens/events`.

mod http;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::sync::{Arc, Condvar, Mutex};

/// What the server holds: every file, and the problem shown over every page.
struct State {
    files: HashMap<String, Arc<Vec<u8>>>,
    /// The last build's problems, shown over every page until fixed.
    problem: Option<String>,
    /// Counts publications; open pages wait for it to change.
    version: u64,
    /// What the last publication asks of open pages: `reload`, `css`, `problem` or `ok`.
    event: &'static str,
}

/// The server's state with the signal that wakes waiting pages.
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
    /// The heading over a problem, in the site's language.
    heading: String,
    /// The language of the page shown when there is no page yet.
    lang: String,
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

/// Files to publish: those written anew and those gone.
#[derive(Debug, Default)]
pub(crate) struct Files {
    /// Files written, by path in the site.
    pub(crate) written: Vec<(String, Vec<u8>)>,
    /// Paths that are gone.
    pub(crate) removed: Vec<String>,
    /// Every page and data file is among `written`: the others are gone.
    pub(crate) whole: bool,
}

/// How open pages should take new files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reload {
    /// Load the page again.
    Page,
    /// Only the stylesheet changed: swap it without a reload.
    Css,
}

/// How listening went.
pub(crate) enum Listening {
    /// Listening on the port asked for.
    Asked(Server),
    /// The default port was taken; listening on the next free one.
    Moved(Server, u16),
}

/// Why the server could not listen.
pub(crate) enum NotListening {
    /// The port (and, when none was asked, the next ones) is taken.
    Taken(u16),
    /// Another reason, as the system says it.
    Failed(String),
}

/// The port tried first when none is asked for.
pub(crate) const DEFAULT_PORT: u16 = 1111;

/// A running preview server.
pub(crate) struct Server {
    shared: Arc<Shared>,
    address: SocketAddr,
}

impl Server {
    /// Listens on `bind`: on `port` alone when given, else on the first free of the default
    /// port and the 19 after it. `heading` is shown over a problem, `lang` is the language
    /// code of the page shown before there is any.
    pub(crate) fn start(
        bind: IpAddr,
        port: Option<u16>,
        heading: &str,
        lang: &str,
    ) -> Result<Listening, NotListening> {
        let first = port.unwrap_or(DEFAULT_PORT);
        let tries = if port.is_some() { 1 } else { 20 };
        for port in first..first.saturating_add(tries) {
            match TcpListener::bind(SocketAddr::new(bind, port)) {
                Ok(listener) => {
                    let server = Server::serve(listener, heading, lang)
                        .map_err(|e| NotListening::Failed(e.to_string()))?;
                    return Ok(if port == first {
                        Listening::Asked(server)
                    } else {
                        Listening::Moved(server, first)
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
                Err(e) => return Err(NotListening::Failed(format!("{bind}:{port}: {e}"))),
            }
        }
        Err(NotListening::Taken(first))
    }

    fn serve(listener: TcpListener, heading: &str, lang: &str) -> std::io::Result<Server> {
        let address = listener.local_addr()?;
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                files: HashMap::new(),
                problem: None,
                version: 0,
                event: "reload",
            }),
            changed: Condvar::new(),
            heading: heading.to_owned(),
            lang: lang.to_owned(),
        });
        let server = Arc::clone(&shared);
        std::thread::spawn(move || http::accept(listener, server));
        Ok(Server { shared, address })
    }

    /// The address pages are served at, as `http://127.0.0.1:1111/`.
    pub(crate) fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Serves `files` from now on and tells open pages; a problem shown is cleared.
    pub(crate) fn publish(&self, files: Files, reload: Reload) {
        self.shared.publish(|state| {
            let recovered = state.problem.take().is_some();
            if files.whole {
                state.files.retain(|path, _| {
                    !path.ends_with(".html") && !path.starts_with("data/") && path != "sitemap.xml"
                });
            }
            for path in files.removed {
                state.files.remove(&path);
            }
            for (path, bytes) in files.written {
                state.files.insert(path, Arc::new(bytes));
            }
            state.event = match (recovered, reload) {
                (true, _) => "ok",
                (false, Reload::Css) => "css",
                (false, Reload::Page) => "reload",
            };
        });
    }

    /// Shows `problem` over every page, and in place of every page when there is none yet,
    /// until files are published again.
    pub(crate) fn show_problem(&self, problem: String) {
        self.shared.publish(|state| {
            state.problem = Some(problem);
            state.event = "problem";
        });
    }
}
