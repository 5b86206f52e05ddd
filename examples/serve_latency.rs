//! Measures `overens serve`'s save-to-reload latency: the time from a principle file being
//! written to the reload event reaching an open page, median and worst of N edits.
//!
//! ```sh
//! cargo build --release
//! cargo run --release --example serve_latency -- --root content-site-folder [--edits 20]
//! ```
//!
//! It edits principle files of the site in place (appending and removing a word), so run
//! it on a copy.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut root = None;
    let mut edits = 20usize;
    let mut i = 0;
    while i < args.len() {
        match (args[i].as_str(), args.get(i + 1)) {
            ("--root", Some(v)) => root = Some(PathBuf::from(v)),
            ("--edits", Some(v)) => edits = v.parse().unwrap_or(20),
            _ => {
                eprintln!("usage: serve_latency --root DIR [--edits N]");
                return ExitCode::from(2);
            }
        }
        i += 2;
    }
    let Some(root) = root else {
        eprintln!("usage: serve_latency --root DIR [--edits N]");
        return ExitCode::from(2);
    };
    match measure(&root, edits) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("serve_latency: {e}");
            ExitCode::FAILURE
        }
    }
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn measure(root: &Path, edits: usize) -> Result<(), String> {
    let binary = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/overens");
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let mut child = Command::new(&binary)
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            format!(
                "{}: {e} (run cargo build --release first)",
                binary.display()
            )
        })?;
    let mut first = String::new();
    if let Some(out) = child.stdout.take() {
        BufReader::new(out)
            .read_line(&mut first)
            .map_err(|e| e.to_string())?;
    }
    let _server = Server(child);
    let events = subscribe(port)?;
    let files = principle_files(root);
    if files.is_empty() {
        return Err("the site has no principle files".into());
    }
    let mut times = Vec::with_capacity(edits);
    for n in 0..edits {
        let file = &files[(n * 7919) % files.len()];
        let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
        let changed = if text.ends_with(" mätning\n") {
            text.trim_end_matches(" mätning\n").to_owned() + "\n"
        } else {
            text.trim_end().to_owned() + " mätning\n"
        };
        std::thread::sleep(Duration::from_millis(300));
        while events.try_recv().is_ok() {}
        let start = Instant::now();
        std::fs::write(file, changed).map_err(|e| e.to_string())?;
        loop {
            match events.recv_timeout(Duration::from_secs(10)) {
                Ok(event) if event == "reload" => break,
                Ok(_) => continue,
                Err(_) => {
                    return Err(format!(
                        "no reload within 10 s after editing {}",
                        file.display()
                    ))
                }
            }
        }
        times.push(start.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{} edits on {}: median {:.1} ms, worst {:.1} ms, best {:.1} ms",
        times.len(),
        root.display(),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        ms(times[0])
    );
    Ok(())
}

fn subscribe(port: u16) -> Result<Receiver<String>, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    write!(
        stream,
        "GET /__overens/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .map_err(|e| e.to_string())?;
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { return };
            if let Some(event) = line.strip_prefix("event: ") {
                if tx.send(event.to_owned()).is_err() {
                    return;
                }
            }
        }
    });
    Ok(rx)
}

fn principle_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(compacts) = std::fs::read_dir(root.join("content")) else {
        return files;
    };
    for compact in compacts.flatten() {
        if let Ok(principles) = std::fs::read_dir(compact.path().join("principles")) {
            files.extend(
                principles
                    .flatten()
                    .map(|p| p.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "md")),
            );
        }
    }
    files.sort();
    files
}
