//! The preview server's HTTP side: requests answered from the pages in memory, the
//! server-sent events that tell open pages to reload, and the script and overlay added to
//! every page served.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use super::Shared;

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
const RELOAD_SCRIPT: &str = include_str!("reload.html");

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
