//! The preview server's HTTP side: requests answered from the pages in memory, the
//! server-sent events that tell open pages to reload, and the script and overlay added to
//! every page served.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use super::Shared;
use crate::html::escape;
use crate::urls;

/// Where open pages listen for rebuilds.
const EVENTS_PATH: &str = "/__overens/events";

/// Answers every connection on its own thread.
pub(super) fn accept(listener: TcpListener, shared: Arc<Shared>) {
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
    let Some(key) = urls::from_request(path) else {
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
                let page = with_reload_script(shared, &bytes, problem.as_deref());
                send(&mut stream, "200 OK", kind, &page, method == "HEAD")
            } else {
                send(&mut stream, "200 OK", kind, &bytes, method == "HEAD")
            }
        }
        None => not_found(&mut stream, shared, method == "HEAD"),
    }
}

fn lookup(files: &HashMap<String, Arc<Vec<u8>>>, key: &str) -> Option<(String, Arc<Vec<u8>>)> {
    if let Some(bytes) = files.get(key) {
        return Some((key.to_owned(), Arc::clone(bytes)));
    }
    let index = format!("{key}/index.html");
    files.get(&index).map(|bytes| (index, Arc::clone(bytes)))
}

fn not_found(stream: &mut TcpStream, shared: &Shared, head: bool) -> std::io::Result<()> {
    let (page, problem) = match shared.state.lock() {
        Ok(state) => (state.files.get("404.html").cloned(), state.problem.clone()),
        Err(_) => (None, None),
    };
    // Before the first good build there are no pages: every address shows the problem,
    // and reloads by itself once it is fixed.
    let (status, body) = match (page, problem) {
        (Some(bytes), problem) => (
            "404 Not Found",
            with_reload_script(shared, &bytes, problem.as_deref()),
        ),
        (None, Some(problem)) => {
            let empty = format!(
                "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body></body></html>",
                shared.lang,
                escape(&shared.heading)
            );
            (
                "503 Service Unavailable",
                with_reload_script(shared, empty.as_bytes(), Some(&problem)),
            )
        }
        (None, None) => ("404 Not Found", b"404".to_vec()),
    };
    send(stream, status, "text/html; charset=utf-8", &body, head)
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
const RELOAD_SCRIPT: &str = include_str!("reload.html");

fn with_reload_script(shared: &Shared, page: &[u8], problem: Option<&str>) -> Vec<u8> {
    let html = String::from_utf8_lossy(page);
    // The heading goes into the script as a JSON string, which a script reads as it is.
    let heading = serde_json::to_string(&shared.heading)
        .unwrap_or_default()
        .replace("</", "<\\/");
    let mut script = RELOAD_SCRIPT.replace("OVERENS_HEADING", &heading);
    if let Some(problem) = problem {
        script.push_str(&format!(
            "<div id=\"overens-problem\" role=\"alert\"><h2>{}</h2><pre>{}</pre></div>",
            escape(&shared.heading),
            escape(problem)
        ));
    }
    match html.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &html[..at], &html[at..]).into_bytes(),
        None => format!("{html}{script}").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_carry_every_line_of_a_problem() {
        assert_eq!(
            event_text("error", "a\nb"),
            "event: error\ndata: a\ndata: b\n\n"
        );
        assert_eq!(event_text("reload", ""), "event: reload\ndata:\n\n");
    }

    fn shared() -> Shared {
        Shared {
            state: std::sync::Mutex::new(super::super::State {
                files: HashMap::new(),
                problem: None,
                version: 0,
                event: "reload",
            }),
            changed: std::sync::Condvar::new(),
            heading: "Bygget misslyckades".to_owned(),
            lang: "sv".to_owned(),
        }
    }

    #[test]
    fn the_reload_script_goes_before_the_body_ends() {
        let shared = shared();
        let page = with_reload_script(&shared, b"<html><body><p>x</p></body></html>", None);
        let page = String::from_utf8(page).expect("utf-8");
        assert!(page.contains("EventSource"));
        assert!(page.ends_with("</body></html>"));
        let broken = String::from_utf8(with_reload_script(
            &shared,
            b"<body></body>",
            Some("fel: <a>"),
        ))
        .expect("utf-8");
        assert!(broken.contains("fel: &lt;a&gt;"));
        assert!(broken.contains("<h2>Bygget misslyckades</h2>"));
        assert!(broken.contains("textContent = \"Bygget misslyckades\""));
    }
}
