//! `overens serve`: edits show up, broken edits show where and why, and nothing outside the
//! site can be fetched.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use crate::harness::SiteTest;

/// A running server, stopped when dropped, with what it prints.
struct Server {
    child: Child,
    port: u16,
    /// Lines printed on stdout after the first.
    stdout: Receiver<String>,
    /// Lines printed on stderr.
    stderr: Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// Every line `stream` gives, as it comes.
fn lines(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { return };
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    rx
}

fn start(site: &SiteTest, extra: &[&str]) -> Server {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_overens"))
        .args(["serve", "--port", &port.to_string()])
        .args(extra)
        .current_dir(&site.root)
        .env("LANG", "sv_SE.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start serve");
    let stdout = lines(child.stdout.take().expect("stdout"));
    let stderr = lines(child.stderr.take().expect("stderr"));
    let line = stdout
        .recv_timeout(Duration::from_secs(20))
        .expect("first line");
    assert!(
        line.contains(&format!("http://127.0.0.1:{port}/")),
        "{line}"
    );
    Server {
        child,
        port,
        stdout,
        stderr,
    }
}

/// The next line of `lines` that contains `wanted`, within 10 s.
fn next_line(lines: &Receiver<String>, wanted: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) if line.contains(wanted) => return line,
            Ok(line) => seen.push(line),
            Err(_) => break,
        }
    }
    panic!("no line with {wanted:?} within 10 s; saw {seen:?}");
}

/// (status line, body) of a GET.
fn get(port: u16, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let response = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (
        head.lines().next().unwrap_or("").to_owned(),
        body.to_owned(),
    )
}

/// Events from `/__overens/events`, as (event, data) pairs.
fn events(port: u16) -> Receiver<(String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET /__overens/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .expect("send");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let reader = BufReader::new(stream);
        let (mut event, mut data) = (String::new(), Vec::new());
        for line in reader.lines() {
            let Ok(line) = line else { return };
            if let Some(name) = line.strip_prefix("event: ") {
                event = name.to_owned();
            } else if let Some(text) = line.strip_prefix("data:") {
                data.push(text.trim_start().to_owned());
            } else if line.is_empty() && !event.is_empty() {
                if tx
                    .send((std::mem::take(&mut event), data.join("\n")))
                    .is_err()
                {
                    return;
                }
                data.clear();
            }
        }
    });
    // Let the stream connect before anything changes.
    std::thread::sleep(Duration::from_millis(200));
    rx
}

fn next_event(rx: &Receiver<(String, String)>, wanted: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok((event, data)) if event == wanted => return data,
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    panic!("no {wanted} event within 10 s");
}

#[test]
fn an_edit_reloads_the_page_with_the_new_text() {
    let site = SiteTest::shipped();
    let server = start(&site, &[]);
    let (status, page) = get(server.port, "/eslov/langsiktighet/");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(page.contains("EventSource"), "serve adds the reload script");
    let rx = events(server.port);
    let site = site.edit(
        "content/eslov/principles/langsiktighet.md",
        "Vi ska arbeta långsiktigt",
        "Vi ska arbeta mycket långsiktigt",
    );
    next_event(&rx, "reload");
    let (_, page) = get(server.port, "/eslov/langsiktighet/index.html");
    assert!(page.contains("Vi ska arbeta mycket långsiktigt"));
    let (_, topic) = get(server.port, "/jamfor/langsiktighet/");
    assert!(
        topic.contains("Vi ska arbeta mycket långsiktigt"),
        "the comparison follows"
    );
    assert!(
        !site.root.join("output").exists(),
        "serve leaves output/ alone"
    );
}

#[test]
fn a_broken_edit_shows_the_problem_over_the_page_until_fixed() {
    let site = SiteTest::shipped();
    let server = start(&site, &[]);
    let rx = events(server.port);
    let site = site.edit(
        "content/eslov/principles/mod.md",
        "topics: [mod]",
        "topics: [modd]",
    );
    let problem = next_event(&rx, "problem");
    assert!(
        problem.contains("content/eslov/principles/mod.md:3:10"),
        "{problem}"
    );
    assert!(problem.contains("okänt ämne \"modd\""), "{problem}");
    let (status, page) = get(server.port, "/eslov/mod/");
    assert_eq!(
        status, "HTTP/1.1 200 OK",
        "the last good site is still served"
    );
    assert!(
        page.contains("overens-problem") && page.contains("okänt ämne"),
        "overlay on the page"
    );
    // The box is a panel along the bottom, and the last good page is there above it.
    assert!(
        page.contains("<main"),
        "the page itself is served under the box"
    );
    assert!(
        page.contains(
            "#overens-problem { position: fixed; left: 0; right: 0; bottom: 0; max-height: 50vh;"
        ),
        "the box leaves the page visible: {page}"
    );
    assert!(!page.contains("inset:0"), "the box does not cover the page");
    let said = next_line(&server.stderr, "content/eslov/principles/mod.md");
    assert!(
        said.contains("webbplatsen kunde inte byggas; den senaste fungerande visas"),
        "{said}"
    );
    let _site = site.edit(
        "content/eslov/principles/mod.md",
        "topics: [modd]",
        "topics: [mod]",
    );
    next_event(&rx, "ok");
    let (_, page) = get(server.port, "/eslov/mod/");
    assert!(!page.contains("role=\"alert\""), "overlay gone");
    let said = next_line(&server.stdout, "content/eslov/principles/mod.md");
    assert!(
        said.contains(": felet är rättat, webbplatsen byggs igen ("),
        "the terminal says the site is good again: {said}"
    );
}

#[test]
fn every_rebuild_says_what_changed_in_one_line() {
    let site = SiteTest::shipped();
    let server = start(&site, &[]);
    let rx = events(server.port);
    let _site = site.edit(
        "content/eslov/principles/mod.md",
        "Vi ska våga",
        "Vi ska alltid våga",
    );
    next_event(&rx, "reload");
    let said = next_line(&server.stdout, "mod.md");
    // "12:04:31 content/eslov/principles/mod.md: 6 sidor på 3 ms"
    let (time, rest) = said.split_once(' ').expect("a time first");
    assert_eq!(time.len(), 8, "{said}");
    assert!(time.chars().filter(|c| *c == ':').count() == 2, "{said}");
    assert!(
        rest.starts_with("content/eslov/principles/mod.md: ")
            && rest.contains(" sidor på ")
            && rest.contains(" ms"),
        "{said}"
    );
}

#[test]
fn a_first_build_that_fails_shows_the_problem_at_every_address_until_fixed() {
    let site = SiteTest::shipped().edit(
        "content/eslov/principles/mod.md",
        "topics: [mod]",
        "topics: [modd]",
    );
    let server = start(&site, &[]);
    let said = next_line(&server.stderr, "okänt ämne");
    assert!(said.contains("okänt ämne \"modd\""), "{said}");
    for path in ["/", "/eslov/mod/", "/jamfor/"] {
        let (status, page) = get(server.port, path);
        assert_eq!(status, "HTTP/1.1 503 Service Unavailable", "{path}");
        assert!(
            page.contains("<div id=\"overens-problem\"")
                && page.contains("content/eslov/principles/mod.md:3:10")
                && page.contains("EventSource"),
            "{path}: {page}"
        );
    }
    let rx = events(server.port);
    let _site = site.edit(
        "content/eslov/principles/mod.md",
        "topics: [modd]",
        "topics: [mod]",
    );
    next_event(&rx, "ok");
    let (status, page) = get(server.port, "/eslov/mod/");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(!page.contains("<div id=\"overens-problem\""), "{page}");
}

#[test]
fn a_folder_without_a_site_is_no_server() {
    let site = SiteTest::shipped();
    std::fs::remove_file(site.root.join("site.yaml")).expect("rm");
    let run = site.run(&["serve"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("site.yaml saknas"), "{}", run.stderr);
    assert!(run.stderr.contains("overens init"), "{}", run.stderr);
}

#[test]
fn a_stylesheet_change_swaps_the_css_without_a_reload() {
    let site = SiteTest::shipped().write("static/extra.css", "p { color: black }");
    let server = start(&site, &[]);
    let rx = events(server.port);
    let _site = site.write("static/extra.css", "p { color: navy }");
    next_event(&rx, "css");
    assert_eq!(get(server.port, "/extra.css").1, "p { color: navy }");
}

#[test]
fn nothing_outside_the_site_is_served() {
    let site = SiteTest::shipped();
    std::fs::create_dir_all(site.root.join("static")).expect("mkdir");
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", site.root.join("static/passwd")).expect("symlink");
    let server = start(&site, &[]);
    for path in [
        "/../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2f..%2fetc/passwd",
        "//etc/passwd",
        "/content/eslov/_index.md",
        "/site.yaml",
        "/passwd",
    ] {
        let (status, body) = get(server.port, path);
        assert_eq!(status, "HTTP/1.1 404 Not Found", "{path}");
        assert!(!body.contains("root:"), "{path}");
    }
}

#[test]
fn a_taken_port_is_said_clearly() {
    let site = SiteTest::shipped();
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let run = site.run(&["serve", "--port", &port]);
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains(&format!(
            "porten {port} är upptagen; välj en annan med --port"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn polling_sees_edits_too() {
    let site = SiteTest::fixture("minimal");
    let server = start(&site, &["--poll"]);
    let rx = events(server.port);
    let _site = site.edit(
        "content/alfa/principles/dialog.md",
        "Vi talar",
        "Vi lyssnar och talar",
    );
    next_event(&rx, "reload");
    assert!(get(server.port, "/alfa/dialog/")
        .1
        .contains("Vi lyssnar och talar"));
}

#[test]
fn a_compact_imported_while_serving_shows_in_the_preview() {
    let site = SiteTest::shipped();
    std::fs::remove_dir_all(site.root.join("content/eslov")).expect("remove");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docx/eslov.docx"),
        site.root.join("eslov.docx"),
    )
    .expect("copy");
    let server = start(&site, &[]);
    let (status, _) = get(server.port, "/eslov/mod/");
    assert_eq!(status, "HTTP/1.1 404 Not Found");
    let rx = events(server.port);
    let run = site.run(&["import", "eslov.docx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    next_event(&rx, "reload");
    // The files are written one after another; the preview follows each save.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (status, page) = get(server.port, "/eslov/mod/");
        if status == "HTTP/1.1 200 OK" {
            assert!(page.contains("Vi ska våga testa nya vägar"), "{page}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no page for the principle: {status}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let (_, compact) = get(server.port, "/eslov/");
    assert!(compact.contains("Tillit och förståelse"), "{compact}");
}
