//! `overens serve`: a preview server that rebuilds on save and reloads every open page.
//!
//! The site is built in memory, never into `output/`, and served from there: a request can
//! only ever reach a page the build made, so `..`, encoded dots or symlinks lead nowhere. The
//! reload script is added to pages as they are served, so it never reaches a real build.
//! Pages learn of rebuilds over server-sent events at `/__overens/events`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::config::Lang;
use crate::diagnostics::BuildError;
use crate::incremental::{Change, Update};
use crate::site::Site;
use crate::watch::{Mode, Watch};

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
const EVENTS_PATH: &str = "/__overens/events";

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
        std::thread::spawn(move || accept(listener, server));
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

fn accept(listener: TcpListener, shared: Arc<Shared>) {
    for stream in listener.incoming().flatten() {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            let _ = respond(stream, &shared);
        });
    }
}

fn respond(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return send(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"method not allowed",
            method == "HEAD",
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS_PATH {
        return events(stream, shared);
    }
    let Some(key) = resolve(path) else {
        return not_found(&mut stream, shared, method == "HEAD");
    };
    let (file, problem) = match shared.state.lock() {
        Ok(state) => (lookup(&state.files, &key), state.problem.clone()),
        Err(_) => (None, None),
    };
    match file {
        Some((key, bytes)) => {
            let kind = content_type(&key);
            if kind.starts_with("text/html") {
                let page = with_reload_script(&bytes, problem.as_deref());
                send(&mut stream, "200 OK", kind, &page, method == "HEAD")
            } else {
                send(&mut stream, "200 OK", kind, &bytes, method == "HEAD")
            }
        }
        None => not_found(&mut stream, shared, method == "HEAD"),
    }
}

/// The output path a URL path asks for, or `None` for anything that tries to leave the site.
pub fn resolve(url_path: &str) -> Option<String> {
    let decoded = percent_decode(url_path)?;
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            part if part.contains(':') => return None,
            part => parts.push(part),
        }
    }
    let mut key = parts.join("/");
    if decoded.ends_with('/') || key.is_empty() {
        if !key.is_empty() {
            key.push('/');
        }
        key.push_str("index.html");
    }
    Some(key)
}

fn lookup(files: &HashMap<String, Arc<Vec<u8>>>, key: &str) -> Option<(String, Arc<Vec<u8>>)> {
    if let Some(bytes) = files.get(key) {
        return Some((key.to_owned(), Arc::clone(bytes)));
    }
    let index = format!("{key}/index.html");
    files.get(&index).map(|bytes| (index, Arc::clone(bytes)))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn not_found(stream: &mut TcpStream, shared: &Shared, head: bool) -> std::io::Result<()> {
    let (page, problem) = match shared.state.lock() {
        Ok(state) => (state.files.get("404.html").cloned(), state.problem.clone()),
        Err(_) => (None, None),
    };
    let body = match page {
        Some(bytes) => with_reload_script(&bytes, problem.as_deref()),
        None => b"404".to_vec(),
    };
    send(
        stream,
        "404 Not Found",
        "text/html; charset=utf-8",
        &body,
        head,
    )
}

fn send(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes())?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// Streams rebuild events to one open page until it goes away.
fn events(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n")?;
    let mut seen = match shared.state.lock() {
        Ok(state) => {
            if let Some(problem) = &state.problem {
                stream.write_all(event_text("problem", problem).as_bytes())?;
            }
            state.version
        }
        Err(_) => return Ok(()),
    };
    stream.write_all(b": connected\n\n")?;
    stream.flush()?;
    loop {
        let message = {
            let Ok(state) = shared.state.lock() else {
                return Ok(());
            };
            let Ok((state, _)) =
                shared
                    .changed
                    .wait_timeout_while(state, Duration::from_secs(15), |s| s.version == seen)
            else {
                return Ok(());
            };
            if state.version == seen {
                None
            } else {
                seen = state.version;
                Some(event_text(
                    state.event,
                    state.problem.as_deref().unwrap_or(""),
                ))
            }
        };
        match message {
            Some(text) => stream.write_all(text.as_bytes())?,
            None => stream.write_all(b": still here\n\n")?,
        }
        stream.flush()?;
    }
}

fn event_text(event: &str, data: &str) -> String {
    let mut text = format!("event: {event}\n");
    for line in data.lines() {
        text.push_str("data: ");
        text.push_str(line);
        text.push('\n');
    }
    if data.is_empty() {
        text.push_str("data:\n");
    }
    text.push('\n');
    text
}

/// The live-reload script, and the overlay that shows a broken build's problems.
const RELOAD_SCRIPT: &str = include_str!("serve/reload.html");

fn with_reload_script(page: &[u8], problem: Option<&str>) -> Vec<u8> {
    let html = String::from_utf8_lossy(page);
    let mut script = RELOAD_SCRIPT.to_owned();
    if let Some(problem) = problem {
        script.push_str(&format!(
            "<div id=\"overens-problem\" role=\"alert\" style=\"position:fixed;inset:0;z-index:99999;overflow:auto;background:#fff;color:#1b1b1b;padding:2rem;font:16px/1.5 system-ui,sans-serif\"><h2 style=\"color:#8a1c1c\">Bygget misslyckades / The build failed</h2><pre style=\"white-space:pre-wrap\">{}</pre></div>",
            escape(problem)
        ));
    }
    match html.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &html[..at], &html[at..]).into_bytes(),
        None => format!("{html}{script}").into_bytes(),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_site_paths_and_refuses_escapes() {
        assert_eq!(resolve("/").as_deref(), Some("index.html"));
        assert_eq!(resolve("/eslov/").as_deref(), Some("eslov/index.html"));
        assert_eq!(resolve("/eslov").as_deref(), Some("eslov"));
        assert_eq!(resolve("/style.css").as_deref(), Some("style.css"));
        assert_eq!(
            resolve("/j%C3%A4mf%C3%B6r/").as_deref(),
            Some("jämför/index.html")
        );
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/a/%2E%2E/%2E%2E/x",
            "/..%2fx",
            "/a\\..\\b",
            "/%00",
            "/%zz",
            "/c:/x",
        ] {
            assert_eq!(resolve(bad), None, "{bad}");
        }
    }

    #[test]
    fn events_carry_every_line_of_a_problem() {
        assert_eq!(
            event_text("error", "a\nb"),
            "event: error\ndata: a\ndata: b\n\n"
        );
        assert_eq!(event_text("reload", ""), "event: reload\ndata:\n\n");
    }

    #[test]
    fn the_reload_script_goes_before_the_body_ends() {
        let page = with_reload_script(b"<html><body><p>x</p></body></html>", None);
        let page = String::from_utf8(page).expect("utf-8");
        assert!(page.contains("EventSource"));
        assert!(page.ends_with("</body></html>"));
        let broken = String::from_utf8(with_reload_script(b"<body></body>", Some("fel: <a>")))
            .expect("utf-8");
        assert!(broken.contains("fel: &lt;a&gt;"));
    }
}
