//! The page budget: builds synthetic sites with the `synth` example and says whether every
//! page stays within 300 KB, uncompressed, as the work "Readers at national scale" asks:
//!
//! - no HTML page is over 300 KB;
//! - no page needs more than 300 KB before it is usable: the page and the stylesheet and
//!   scripts it loads (the search page's parts of the index load only when it is used);
//! - a search's first results need at most 300 KB of the index: the part of its word (the
//!   largest part, for the worst word), the topics, and what the first 50 results show of
//!   their compacts (the 50 largest such files, for the worst case).
//!
//! The open data (JSON, CSV), the sitemap and the feed are not pages and are left out.
//!
//! One compact of each site is given a list of 100,000 organisations (`--list`), and the
//! largest page of that list is reported too: a list is split into pages so that none grows
//! with it.
//!
//! ```text
//! cargo run --release --example budget -- [--compacts 311,3000] [--principles 8] [--list 100000] [--keep]
//! ```
//!
//! It prints a table per site and exits 1 when a figure is over the budget.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use overens::BuildOptions;

/// The budget, in bytes.
const BUDGET: u64 = 300_000;
/// How many results the search page shows.
const SHOWN: usize = 50;

const USAGE: &str = "\
usage: budget [--compacts N,N,..] [--principles P] [--list N] [--keep]

Builds a synthetic site of each size and reports its largest pages against the budget of
300 KB per page (with what it loads) and per search.

  --compacts N,N,..  sizes of the synthetic sites (default 311,3000)
  --principles P     principles per compact (default 8)
  --list N           organisations in one compact's list (default 100000; 0 for none)
  --keep             keep the sites and their output (in the system's temporary folder)";

fn main() -> ExitCode {
    let mut sizes = vec![311, 3000];
    let mut principles = 8;
    let mut list = 100_000;
    let mut keep = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--compacts" => {
                let list = args.next().unwrap_or_default();
                sizes = list
                    .split(',')
                    .filter_map(|n| n.trim().parse().ok())
                    .collect();
            }
            "--principles" => principles = args.next().and_then(|n| n.parse().ok()).unwrap_or(8),
            "--list" => list = args.next().and_then(|n| n.parse().ok()).unwrap_or(list),
            "--keep" => keep = true,
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if sizes.is_empty() {
        eprintln!("budget: --compacts wants a list of sizes\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let work = std::env::temp_dir().join(format!("overens-budget-{}", std::process::id()));
    let mut over = false;
    for n in sizes {
        match measure(&work, n, principles, list) {
            Ok(report) => {
                over |= !report.passes();
                report.print();
            }
            Err(message) => {
                eprintln!("budget: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    if keep {
        eprintln!("budget: kept {}", work.display());
    } else {
        let _ = fs::remove_dir_all(&work);
    }
    if over {
        println!(
            "\nFAIL: a figure is over the budget of {} KB",
            BUDGET / 1000
        );
        ExitCode::FAILURE
    } else {
        println!("\nPASS: every figure within {} KB", BUDGET / 1000);
        ExitCode::SUCCESS
    }
}

/// What one site measured.
struct Report {
    compacts: usize,
    principles: usize,
    pages: usize,
    /// The largest HTML pages, largest first, with what each needs with what it loads.
    largest: Vec<(u64, u64, String)>,
    /// The largest page with what it loads.
    heaviest: (u64, String),
    /// The parts of the index: how many, all of them together, the largest.
    parts: (usize, u64, u64, String),
    /// The worst one-word search: the largest part, the topics, the 50 largest compacts.
    search: u64,
    /// The worst two-word search: the two largest parts, the topics, the 50 largest.
    search_two: u64,
    /// The long list: its rows, how many pages it makes, and its largest page.
    list: (usize, usize, u64, String),
}

impl Report {
    fn passes(&self) -> bool {
        self.largest.first().is_none_or(|l| l.0 <= BUDGET)
            && self.heaviest.0 <= BUDGET
            && self.search <= BUDGET
            && self.list.2 <= BUDGET
    }

    fn print(&self) {
        let kb = |b: u64| format!("{:.1} KB", b as f64 / 1000.0);
        let mark = |b: u64| if b <= BUDGET { "pass" } else { "FAIL" };
        println!(
            "\n## {} compacts × {} principles: {} HTML pages\n",
            self.compacts, self.principles, self.pages
        );
        println!("| measure | size | budget |\n|---|---:|---|");
        let (size, page) = self
            .largest
            .first()
            .map_or((0, ""), |l| (l.0, l.2.as_str()));
        println!(
            "| largest HTML page (`{page}`) | {} | {} |",
            kb(size),
            mark(size)
        );
        println!(
            "| largest page with its stylesheet and scripts (`{}`) | {} | {} |",
            self.heaviest.1,
            kb(self.heaviest.0),
            mark(self.heaviest.0)
        );
        println!(
            "| worst one-word search: largest part, topics, {SHOWN} largest results' files | {} | {} |",
            kb(self.search),
            mark(self.search)
        );
        println!(
            "| worst two-word search (two largest parts), for information | {} | – |",
            kb(self.search_two)
        );
        let (rows, list_pages, list_largest, list_page) = &self.list;
        if *rows > 0 {
            println!(
                "| a list of {rows} organisations: {list_pages} pages; largest (`{list_page}`) | {} | {} |",
                kb(*list_largest),
                mark(*list_largest)
            );
        }
        let (count, all, largest, name) = &self.parts;
        println!(
            "| index: {count} parts, {} in all; largest part (`{name}`) | {} | {} |",
            kb(*all),
            kb(*largest),
            mark(*largest)
        );
        println!("\nLargest pages (page alone / with what it loads):\n");
        for (size, needs, path) in &self.largest {
            println!("- `{path}`: {} / {}", kb(*size), kb(*needs));
        }
    }
}

fn measure(work: &Path, compacts: usize, principles: usize, list: usize) -> Result<Report, String> {
    let root = work.join(format!("synth-{compacts}"));
    let out = work.join(format!("out-{compacts}"));
    let _ = fs::remove_dir_all(&root);
    let _ = fs::remove_dir_all(&out);
    synth(compacts, principles, &root)?;
    let listed = long_list(&root, list)?;
    let options = BuildOptions {
        output: Some(out.clone()),
        ..BuildOptions::default()
    };
    overens::build(&root, &options)
        .and_then(|built| built.written)
        .map_err(|e| format!("{e:?}"))?;
    let files = walk(&out);
    let size = |rel: &str| fs::metadata(out.join(rel)).map_or(0, |m| m.len());
    let mut pages: Vec<(u64, u64, String)> = files
        .iter()
        .filter(|f| f.ends_with(".html"))
        .map(|rel| {
            let html = fs::read_to_string(out.join(rel)).unwrap_or_default();
            let loads: u64 = loaded(rel, &html).iter().map(|f| size(f)).sum();
            let own = size(rel);
            (own, own + loads, rel.clone())
        })
        .collect();
    let heaviest = pages
        .iter()
        .max_by_key(|p| p.1)
        .map(|p| (p.1, p.2.clone()))
        .unwrap_or_default();
    pages.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
    let count = pages.len();
    pages.truncate(5);
    let mut parts: Vec<(u64, String)> = files
        .iter()
        .filter(|f| f.starts_with("search-index/") && !f.starts_with("search-index/c/"))
        .filter(|f| !f.ends_with("topics.js"))
        .map(|f| (size(f), f.clone()))
        .collect();
    parts.sort_by_key(|p| std::cmp::Reverse(p.0));
    let mut shown: Vec<u64> = files
        .iter()
        .filter(|f| f.starts_with("search-index/c/"))
        .map(|f| size(f))
        .collect();
    shown.sort_unstable_by(|a, b| b.cmp(a));
    let results: u64 = shown.iter().take(SHOWN).sum::<u64>() + size("search-index/topics.js");
    let part = |i: usize| parts.get(i).map_or(0, |p| p.0);
    let list_pages: Vec<(u64, String)> = files
        .iter()
        .filter(|f| f.ends_with(".html"))
        .filter(|f| {
            listed
                .as_deref()
                .is_some_and(|slug| f.starts_with(&format!("{slug}/anslutna/")))
        })
        .map(|f| (size(f), f.clone()))
        .collect();
    let list_largest = list_pages.iter().max().cloned().unwrap_or_default();
    Ok(Report {
        compacts,
        principles,
        pages: count,
        largest: pages,
        heaviest,
        parts: (
            parts.len(),
            parts.iter().map(|p| p.0).sum(),
            part(0),
            parts.first().map(|p| p.1.clone()).unwrap_or_default(),
        ),
        search: part(0) + results,
        search_two: part(0) + part(1) + results,
        list: (list, list_pages.len(), list_largest.0, list_largest.1),
    })
}

/// Gives the first compact of the site that is not the national one a list of `rows`
/// organisations, with names of every length, dates and organisation numbers, and returns
/// its folder's name.
fn long_list(root: &Path, rows: usize) -> Result<Option<String>, String> {
    if rows == 0 {
        return Ok(None);
    }
    let mut folders: Vec<String> = fs::read_dir(root.join("content"))
        .map_err(|e| format!("reading the synthetic site: {e}"))?
        .filter_map(Result::ok)
        .filter(|e| e.path().join("_index.md").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let Some(slug) = folders.into_iter().find(|f| f != "nationell") else {
        return Ok(None);
    };
    const WORDS: &[&str] = &[
        "Idrottsförening",
        "Byalag",
        "Pensionärsförening",
        "Kulturförening",
        "Scoutkår",
        "Hembygdsförening",
        "Föräldraförening",
        "Ungdomsförening",
        "Riksförbundet för",
    ];
    let mut csv = String::with_capacity(rows * 80);
    csv.push_str("namn;anslöt;lämnade;organisationsnummer;webbplats\r\n");
    for n in 0..rows {
        let word = WORDS[n % WORDS.len()];
        let year = 2010 + n % 15;
        let month = n % 12 + 1;
        // Association numbers (802…) with their Luhn digit, each once.
        let body = format!("802{:06}", n % 1_000_000);
        let digits: Vec<u32> = body.chars().filter_map(|c| c.to_digit(10)).collect();
        let sum: u32 = digits
            .iter()
            .enumerate()
            .map(|(i, &d)| {
                if i % 2 == 0 {
                    let t = d * 2;
                    t / 10 + t % 10
                } else {
                    d
                }
            })
            .sum();
        let number = format!("{}-{}{}", &body[..6], &body[6..], (10 - sum % 10) % 10);
        csv.push_str(&format!(
            "{word} {n} i {slug};{year}-{month:02}-01;;{number};https://www.forening{n}.se/\r\n"
        ));
    }
    fs::write(
        root.join("content").join(&slug).join("signatories.csv"),
        csv,
    )
    .map_err(|e| format!("writing the long list: {e}"))?;
    Ok(Some(slug))
}

/// The stylesheets and scripts a page loads, as paths in the output.
fn loaded(page: &str, html: &str) -> Vec<String> {
    let folder = page.rfind('/').map_or("", |at| &page[..=at]);
    let mut files = Vec::new();
    for (tag, attribute) in [
        ("<link rel=\"stylesheet\"", "href=\""),
        ("<script", "src=\""),
    ] {
        for (at, _) in html.match_indices(tag) {
            let rest = &html[at..];
            let end = rest.find('>').unwrap_or(rest.len());
            let Some(start) = rest[..end].find(attribute) else {
                continue;
            };
            let value = &rest[start + attribute.len()..end];
            let value = &value[..value.find('"').unwrap_or(value.len())];
            files.push(resolve(folder, value));
        }
    }
    files
}

/// `link` written in `folder`, as a path in the output.
fn resolve(folder: &str, link: &str) -> String {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in link.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}

fn walk(dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let Ok(entries) = fs::read_dir(dir.join(&rel)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = rel.join(entry.file_name());
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            } else {
                files.push(path.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    files.sort();
    files
}

/// Writes a synthetic site with the `synth` example: its binary beside this one, else
/// through cargo.
fn synth(compacts: usize, principles: usize, out: &Path) -> Result<(), String> {
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("synth")))
        .filter(|p| p.is_file());
    let mut command = match beside {
        Some(binary) => Command::new(binary),
        None => {
            let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
            c.current_dir(env!("CARGO_MANIFEST_DIR")).args([
                "run",
                "--release",
                "--quiet",
                "--example",
                "synth",
                "--",
            ]);
            c
        }
    };
    let output = command
        .args(["--compacts", &compacts.to_string()])
        .args(["--principles", &principles.to_string()])
        .arg("--out")
        .arg(out)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("running synth: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "synth failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}
