//! The performance benchmark for "National scale: every Swedish municipality and region,
//! built in a blink".
//!
//! Run it with `scripts/bench` (which builds the release binaries first and then runs
//! `cargo run --release --example bench -- ARGS`). It:
//!
//! 1. makes a work folder under `/dev/shm` when it exists (else the system temp folder), so
//!    disk noise stays out of the numbers;
//! 2. writes the synthetic sites with the `synth` example (311 and 3,000 compacts × 8
//!    principles by default) and copies the shipped site (`site.yaml`, `content/` and any
//!    `templates/`, `static/`, `themes/` of the repository);
//! 3. for each site, builds it once to warm up, then N times, each build in a **fresh child
//!    process**: this binary in its child mode, calling what `overens build` calls
//!    (`overens::build`, then the site's warnings) into the output of the previous run, so
//!    the old output is replaced as in real use. The child reports its timings (the whole
//!    build, and its stages as the build itself times them: loading, rendering and writing
//!    every page, swapping the new output in), its peak RSS (`VmHWM` of `/proc/self/status`)
//!    and its CPU time
//!    (`/proc/self/stat`); the parent adds the process's wall time and what every other
//!    process on the machine used meanwhile (`/proc/stat`), and runs a build again (up to
//!    three times) when others took more than 10 % of the machine during it;
//! 4. times copying the finished output folder to a fresh folder (the "copy floor": the least
//!    any build that writes those bytes could take, measured in the same run);
//! 5. when `/usr/bin/time` is there, runs the real `overens` binary once, as a cross-check of
//!    wall time and peak RSS;
//! 6. for sites under 1,000 compacts, edits one principle (of a compact in the middle of the
//!    site, and of the first compact, the worst case) and times the incremental path as
//!    `overens serve` runs it: `classify` + `Live::apply`; then checks the pages it holds
//!    against a full build, byte for byte;
//! 7. prints the machine, the tables (markdown), the linearity line and the targets, each
//!    with PASS or FAIL.
//!
//! Only the standard library, the `overens` library and `serde_json` (to read the open data
//! of a built site) are used.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: bench [--sizes N,N,..] [--principles P] [--runs N] [--runs-large N]
             [--no-shipped] [--work DIR] [--keep] [--quick]

Builds the shipped site and synthetic sites of each size, each build in a fresh process,
and prints a markdown table of wall time, pages per second, peak RSS and the copy floor.

  --sizes N,N,..    synthetic sites, in compacts (default 311,3000)
  --principles P    principles per compact (default 8)
  --runs N          timed builds of sites under 1,000 compacts (default 5)
  --runs-large N    timed builds of sites of 1,000 compacts or more (default 3)
  --no-shipped      leave out the shipped site
  --work DIR        work folder (default: a new folder under /dev/shm, else the temp folder)
  --keep            keep the work folder (the generated sites and outputs) for profiling
  --quick           311 compacts and the shipped site only, 3 runs
  -h, --help        show this help";

/// The marker the child prints before its numbers, so stray output cannot confuse them.
const CHILD_TAG: &str = "overens-bench";

/// The compacts at or above which a site counts as large (fewer runs).
const LARGE: usize = 1000;

/// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every mainstream arch.
const TICK_MS: f64 = 10.0;

fn main() -> ExitCode {
    let mut raw = std::env::args().skip(1);
    let first = raw.next();
    if first.as_deref() == Some("__child") {
        return child_main(raw.collect());
    }
    let args = match parse_args(first.into_iter().chain(raw)) {
        Ok(args) => args,
        Err(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(Some(message)) => {
            eprintln!("bench: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("bench: {message}");
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------

struct Args {
    sizes: Vec<usize>,
    principles: usize,
    runs: usize,
    runs_large: usize,
    shipped: bool,
    work: Option<PathBuf>,
    keep: bool,
}

/// `Err(None)` asks for the help text; `Err(Some(..))` is a bad command line.
fn parse_args(raw: impl Iterator<Item = String>) -> Result<Args, Option<String>> {
    let mut args = Args {
        sizes: vec![311, 3000],
        principles: 8,
        runs: 5,
        runs_large: 3,
        shipped: true,
        work: None,
        keep: false,
    };
    let mut raw = raw;
    while let Some(arg) = raw.next() {
        let (key, inline) = match arg.split_once('=') {
            Some((k, v)) if k.starts_with("--") => (k.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| raw.next())
                .ok_or_else(|| Some(format!("{name} needs a value")))
        };
        match key.as_str() {
            "-h" | "--help" => return Err(None),
            "--sizes" => {
                args.sizes = value("--sizes")?
                    .split(',')
                    .map(|n| number(n.trim(), "--sizes"))
                    .collect::<Result<_, _>>()?;
            }
            "--principles" => args.principles = number(&value("--principles")?, "--principles")?,
            "--runs" => args.runs = number(&value("--runs")?, "--runs")?.max(1),
            "--runs-large" => {
                args.runs_large = number(&value("--runs-large")?, "--runs-large")?.max(1);
            }
            "--work" => args.work = Some(PathBuf::from(value("--work")?)),
            "--no-shipped" if inline.is_none() => args.shipped = false,
            "--keep" if inline.is_none() => args.keep = true,
            "--quick" if inline.is_none() => {
                args.sizes = vec![311];
                args.runs = 3;
            }
            _ => return Err(Some(format!("unknown argument `{arg}`"))),
        }
    }
    if args.sizes.contains(&0) {
        return Err(Some("--sizes: every size must be at least 1".to_owned()));
    }
    Ok(args)
}

fn number(text: &str, name: &str) -> Result<usize, Option<String>> {
    text.parse()
        .map_err(|_| Some(format!("{name} wants a non-negative integer, not `{text}`")))
}

// ---------------------------------------------------------------------------
// Child mode: one build in a fresh process
// ---------------------------------------------------------------------------

/// `__child build ROOT OUT`: what `overens build` does: `overens::build`, then the site's
/// warnings. The real binary is also run once per site (under /usr/bin/time), so what the
/// command adds (printing) shows in the report.
fn child_main(args: Vec<String>) -> ExitCode {
    let [mode, root, out] = args.as_slice() else {
        eprintln!("bench __child: wants MODE ROOT OUT");
        return ExitCode::from(2);
    };
    let (root, out) = (Path::new(root), Path::new(out));
    let result = match mode.as_str() {
        "build" => child_build(root, out),
        "edit-middle" => child_edit(root, out, Pick::Middle),
        "edit-first" => child_edit(root, out, Pick::First),
        "edit-signatories" => child_edit(root, out, Pick::Signatories),
        _ => Err(format!("unknown child mode `{mode}`")),
    };
    match result {
        Ok(mut fields) => {
            let (hwm_kb, rss_kb) = memory_kb();
            let (user, sys) = cpu_ticks();
            fields.push(("hwm_kb", hwm_kb as f64));
            fields.push(("rss_kb", rss_kb as f64));
            fields.push(("user_ms", user as f64 * TICK_MS));
            fields.push(("sys_ms", sys as f64 * TICK_MS));
            let mut line = CHILD_TAG.to_owned();
            for (key, value) in fields {
                let _ = write!(line, " {key}={value}");
            }
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

type Fields = Vec<(&'static str, f64)>;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn child_build(root: &Path, out: &Path) -> Result<Fields, String> {
    let options = overens::BuildOptions {
        output: Some(out.to_path_buf()),
        ..overens::BuildOptions::default()
    };
    let built = overens::build(root, &options).map_err(|e| format!("{e:?}"))?;
    // As `overens build`: the warnings come with the loaded site, and the site is left to
    // the system.
    let _warnings = built.site.warnings().is_empty();
    std::mem::forget(built.site);
    let report = built.written.map_err(|e| format!("{e:?}"))?;
    Ok(vec![
        ("pages", report.pages as f64),
        ("load_ms", ms(report.load)),
        ("render_ms", ms(report.render)),
        ("finish_ms", ms(report.finish)),
        ("build_ms", ms(report.elapsed - report.load)),
        ("total_ms", ms(report.elapsed)),
    ])
}

/// Which compact's principle an edit run changes.
#[derive(Clone, Copy)]
enum Pick {
    /// The compact in the middle of the site's order: the typical edit.
    Middle,
    /// The first compact in the site's order: quoted on other compacts' principle pages, so
    /// every principle page on its topics shows it (the worst case).
    First,
    /// Not a principle: one organisation added to the list of signatories of the compact in
    /// the middle that has one, as an officer does after a board's decision.
    Signatories,
}

/// `__child edit-middle|edit-first ROOT OUT`: the incremental path, as `overens serve` runs
/// it. Untimed: load and render the site into memory, as the preview holds it, and build it
/// into OUT, then append a sentence to one principle. Timed: `classify` + `Live::apply`
/// (re-read the compact, re-render every affected page). Untimed again: the update applied
/// to the pages held, and compared byte for byte with a full render of the edited site
/// (`same=1`), so a fast incremental build that misses a page cannot pass.
fn child_edit(root: &Path, out: &Path, pick: Pick) -> Result<Fields, String> {
    use overens::Change;

    let (mut live, update) = overens::Live::load(root).map_err(|e| format!("{e:?}"))?;
    let mut pages: BTreeMap<String, Vec<u8>> = update
        .pages
        .into_iter()
        .map(|p| (p.path, p.bytes))
        .collect();
    let options = overens::BuildOptions {
        output: Some(out.to_path_buf()),
        ..overens::BuildOptions::default()
    };
    let built = overens::build(root, &options).map_err(|e| format!("{e:?}"))?;
    built.written.map_err(|e| format!("{e:?}"))?;
    let compacts = outline(out)?;
    let start = match pick {
        Pick::Middle | Pick::Signatories => compacts.len() / 2,
        Pick::First => 0,
    };
    let mut order = (start..compacts.len()).chain(0..start);
    let (file, added) = if let Pick::Signatories = pick {
        let file = order
            .map(|ci| {
                root.join("content")
                    .join(&compacts[ci].0)
                    .join("signatories.csv")
            })
            .find(|file| file.is_file())
            .ok_or("no compact has a list of signatories")?;
        // A new organisation each run: the same one twice is an error of the list.
        let rows = fs::read_to_string(&file).map_or(0, |t| t.lines().count());
        (
            file,
            format!("Föreningen Bänkprovet {rows};2026-11-01;;;\r\n"),
        )
    } else {
        let (compact, principle) = order
            .find_map(|ci| {
                let (slug, principles) = &compacts[ci];
                principles.first().map(|p| (slug.clone(), p.clone()))
            })
            .ok_or("no compact has a principle")?;
        let file = root
            .join("content")
            .join(&compact)
            .join("principles")
            .join(format!("{principle}.md"));
        (
            file,
            "\nEn mening till, skriven av bänkprovet.\n".to_owned(),
        )
    };
    let mut text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    text.push_str(&added);
    fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;

    let started = Instant::now();
    let change = overens::classify(root, &file).ok_or("the edit was not classified")?;
    if !matches!(change, Change::Compact(_)) {
        return Err(format!("the edit was classified as {change:?}"));
    }
    let update = live.apply(&[change]).map_err(|e| format!("{e:?}"))?;
    let applied = started.elapsed();
    let rendered = update.pages.len();
    let bytes: usize = update.pages.iter().map(|p| p.bytes.len()).sum();
    let complete = update.complete;
    if complete {
        pages.clear();
    }
    for gone in &update.removed {
        pages.remove(gone);
    }
    pages.extend(update.pages.into_iter().map(|p| (p.path, p.bytes)));

    let full: BTreeMap<String, Vec<u8>> = overens::Site::load(root, None)
        .and_then(|fresh| fresh.render())
        .map_err(|e| format!("{e:?}"))?
        .into_iter()
        .map(|p| (p.path, p.bytes))
        .collect();
    let same = !full.is_empty() && pages == full;
    Ok(vec![
        ("pages", rendered as f64),
        ("bytes", bytes as f64),
        ("complete", f64::from(u8::from(complete))),
        ("apply_ms", ms(applied)),
        ("edit_ms", ms(applied)),
        ("same", f64::from(u8::from(same))),
    ])
}

/// Each compact's folder and its principles' file names (without `.md`), in the order the
/// site lists them, as the open data in the built output `out` lists them.
fn outline(out: &Path) -> Result<Vec<(String, Vec<String>)>, String> {
    let file = out.join("data/overenskommelser.json");
    let text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let data: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let slug = |v: &serde_json::Value| v["slug"].as_str().map(str::to_owned);
    data.as_array()
        .ok_or("the open data is no list of compacts")?
        .iter()
        .map(|compact| {
            let principles = compact["principles"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(slug)
                .collect();
            Ok((
                slug(compact).ok_or("a compact without its slug")?,
                principles,
            ))
        })
        .collect()
}

/// True when some compact of the site at `root` has a file named `name` in its folder.
fn walk_has(root: &Path, name: &str) -> bool {
    fs::read_dir(root.join("content"))
        .into_iter()
        .flatten()
        .flatten()
        .any(|entry| entry.path().join(name).is_file())
}

/// Peak and current resident set size of this process, in kB.
fn memory_kb() -> (u64, u64) {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// User and system CPU time of this process (every thread, live or ended), in clock ticks.
fn cpu_ticks() -> (u64, u64) {
    let stat = fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces:
    // state is field 3, utime field 14, stime field 15.
    let rest = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| fields.get(i).and_then(|f| f.parse().ok()).unwrap_or(0);
    (tick(11), tick(12))
}

// ---------------------------------------------------------------------------
// The benchmark
// ---------------------------------------------------------------------------

/// One child's report, plus the wall time of the whole process as the parent saw it.
#[derive(Debug, Clone, Default)]
struct Sample {
    fields: BTreeMap<String, f64>,
    process_ms: f64,
}

impl Sample {
    fn get(&self, key: &str) -> f64 {
        self.fields.get(key).copied().unwrap_or(f64::NAN)
    }
}

/// What was measured for one site.
struct Measured {
    name: String,
    compacts: usize,
    principles: Option<usize>,
    runs: usize,
    pages: usize,
    build_ms: Vec<f64>,
    in_process_ms: Vec<f64>,
    cpu_ms: Vec<f64>,
    /// CPU time other processes used while each build ran.
    others_ms: Vec<f64>,
    peak_mb: f64,
    output_mb: f64,
    copy_ms: Vec<f64>,
    stages: Vec<Sample>,
    cli: Option<(f64, f64, Option<f64>)>,
    /// Runs done again because other processes disturbed them.
    redone: usize,
    /// One principle edited, every affected page rebuilt and written (typical and worst
    /// case); empty for large sites.
    edit_middle: Vec<Sample>,
    edit_first: Vec<Sample>,
    /// One organisation added to a list of signatories.
    edit_signatories: Vec<Sample>,
}

/// Removes the work folder when the benchmark ends, unless it is to be kept.
struct WorkDir {
    path: PathBuf,
    keep: bool,
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        if self.keep {
            eprintln!("bench: kept the work folder {}", self.path.display());
        } else {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let exe = std::env::current_exe().map_err(|e| format!("where am I: {e}"))?;
    let examples = exe
        .parent()
        .ok_or("the bench binary has no folder")?
        .to_path_buf();

    let work = WorkDir {
        path: match &args.work {
            Some(dir) => dir.clone(),
            None => default_work_dir(),
        },
        keep: args.keep,
    };
    if work.path.exists() && fs::read_dir(&work.path).map_or(true, |mut d| d.next().is_some()) {
        return Err(format!(
            "{} exists and is not empty; choose an empty or new --work folder",
            work.path.display()
        ));
    }
    fs::create_dir_all(&work.path).map_err(|e| format!("{}: {e}", work.path.display()))?;
    eprintln!("bench: work folder {}", work.path.display());

    let mut sites: Vec<(String, PathBuf, usize, Option<usize>)> = Vec::new();
    if args.shipped {
        let root = work.path.join("shipped");
        copy_shipped(repo, &root).map_err(|e| format!("copying the shipped site: {e}"))?;
        let compacts = count_compacts(&root);
        sites.push(("shipped".to_owned(), root, compacts, None));
    }
    for &n in &args.sizes {
        let root = work.path.join(format!("synth-{n}"));
        eprintln!(
            "bench: writing {n} compacts × {} principles …",
            args.principles
        );
        synth(repo, &examples, n, args.principles, &root)?;
        sites.push((format!("synth {n}"), root, n, Some(args.principles)));
    }

    eprintln!("bench: one quiet second, to see what else runs on the machine …");
    let quiet = idle_sample();
    let mut results = Vec::new();
    for (name, root, compacts, principles) in &sites {
        let runs = if *compacts >= LARGE {
            args.runs_large
        } else {
            args.runs
        };
        eprintln!("bench: {name}: warm-up, {runs} builds, {runs} copies …");
        let m = measure(
            &exe,
            &examples,
            &work.path,
            name,
            root,
            *compacts,
            *principles,
            runs,
        )?;
        results.push(m);
    }
    print_report(&work.path, repo, &results, quiet);
    Ok(())
}

fn default_work_dir() -> PathBuf {
    let shm = Path::new("/dev/shm");
    let base = if shm.is_dir() && fs::metadata(shm).is_ok_and(|m| !m.permissions().readonly()) {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    };
    base.join(format!("overens-bench-{}", std::process::id()))
}

/// The shipped site: `site.yaml`, `content/` and the site's own theme folders, if any.
fn copy_shipped(repo: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    fs::copy(repo.join("site.yaml"), to.join("site.yaml"))?;
    for dir in ["content", "templates", "static", "themes"] {
        if repo.join(dir).is_dir() {
            copy_tree(&repo.join(dir), &to.join(dir))?;
        }
    }
    Ok(())
}

fn count_compacts(root: &Path) -> usize {
    fs::read_dir(root.join("content")).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                !(name.starts_with('.') || name.starts_with('_') || name.ends_with('~'))
            })
            .count()
    })
}

/// Writes a synthetic site with the `synth` example: its binary beside this one, else
/// through cargo.
fn synth(
    repo: &Path,
    examples: &Path,
    compacts: usize,
    principles: usize,
    out: &Path,
) -> Result<(), String> {
    let synth_args = [
        "--compacts".to_owned(),
        compacts.to_string(),
        "--principles".to_owned(),
        principles.to_string(),
        "--out".to_owned(),
        out.display().to_string(),
    ];
    let binary = examples.join("synth");
    let mut command = if binary.is_file() {
        Command::new(binary)
    } else {
        let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
        c.current_dir(repo)
            .args(["run", "--release", "--quiet", "--example", "synth", "--"]);
        c
    };
    let output = command
        .args(synth_args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("running synth: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "synth failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn measure(
    exe: &Path,
    examples: &Path,
    work: &Path,
    name: &str,
    root: &Path,
    compacts: usize,
    principles: Option<usize>,
    runs: usize,
) -> Result<Measured, String> {
    let slug = name.replace(' ', "-");
    let out = work.join(format!("out-{slug}"));

    // Warm-up: page cache, binary, and an output for the timed builds to replace.
    child(exe, "build", root, &out)?;
    let mut redone = 0;
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        samples.push(quiet_child(exe, "build", root, &out, &mut redone)?);
    }

    // The copy floor: the finished output copied to a fresh folder, same run.
    let output_mb = tree_bytes(&out) as f64 / 1e6;
    let mut copy_ms = Vec::with_capacity(runs);
    for i in 0..runs {
        let to = work.join(format!("copy-{slug}-{i}"));
        let t = Instant::now();
        copy_tree(&out, &to).map_err(|e| format!("copying {}: {e}", out.display()))?;
        copy_ms.push(ms(t.elapsed()));
        let _ = fs::remove_dir_all(&to);
    }

    // The real binary once, when /usr/bin/time can report its peak RSS.
    let cli = cli_cross_check(examples, root, &work.join(format!("cli-{slug}")));
    let _ = fs::remove_dir_all(work.join(format!("cli-{slug}")));

    // The incremental path: one principle edited, affected pages rebuilt and written. Each
    // run edits the site again (a sentence more), so it goes last.
    let (mut edit_middle, mut edit_first) = (Vec::new(), Vec::new());
    let mut edit_signatories = Vec::new();
    if compacts < LARGE {
        let edit_out = work.join(format!("edit-{slug}"));
        let listed = walk_has(root, "signatories.csv");
        for _ in 0..runs {
            edit_middle.push(child(exe, "edit-middle", root, &edit_out)?);
            edit_first.push(child(exe, "edit-first", root, &edit_out)?);
            if listed {
                edit_signatories.push(child(exe, "edit-signatories", root, &edit_out)?);
            }
        }
        let _ = fs::remove_dir_all(&edit_out);
    }
    let _ = fs::remove_dir_all(&out);

    let pages = samples.first().map_or(0.0, |s| s.get("pages")) as usize;
    Ok(Measured {
        name: name.to_owned(),
        compacts,
        principles,
        runs,
        pages,
        build_ms: samples.iter().map(|s| s.process_ms).collect(),
        in_process_ms: samples.iter().map(|s| s.get("total_ms")).collect(),
        cpu_ms: samples
            .iter()
            .map(|s| s.get("user_ms") + s.get("sys_ms"))
            .collect(),
        others_ms: samples.iter().map(|s| s.get("others_ms")).collect(),
        peak_mb: samples.iter().map(|s| s.get("hwm_kb")).fold(0.0, f64::max) / 1024.0,
        output_mb,
        copy_ms,
        stages: samples.clone(),
        cli,
        edit_middle,
        edit_first,
        edit_signatories,
        redone,
    })
}

/// Runs this binary in child mode and reads its report.
/// Above this share of the machine (%) used by other processes, a run's wall time is suspect.
const NOISY: f64 = 10.0;

/// How many times a run disturbed by other processes is done again.
const RETRIES: usize = 3;

/// [`child`], done again (up to [`RETRIES`] times) while other processes took more than
/// [`NOISY`] of the machine during it, so a neighbour's burst does not move the median.
/// Runs too short for the kernel's 10 ms ticks are taken as they come.
fn quiet_child(
    exe: &Path,
    mode: &str,
    root: &Path,
    out: &Path,
    redone: &mut usize,
) -> Result<Sample, String> {
    let mut sample = child(exe, mode, root, out)?;
    for _ in 0..RETRIES {
        match share(&[sample.get("others_ms")], &[sample.process_ms.max(1000.0)]) {
            Some(s)
                if sample.process_ms >= 200.0
                    && s * sample.process_ms.max(1000.0) / sample.process_ms > NOISY =>
            {
                *redone += 1;
                sample = child(exe, mode, root, out)?;
            }
            _ => break,
        }
    }
    Ok(sample)
}

fn child(exe: &Path, mode: &str, root: &Path, out: &Path) -> Result<Sample, String> {
    let busy_before = machine_busy_ticks();
    let t = Instant::now();
    let output = Command::new(exe)
        .arg("__child")
        .arg(mode)
        .arg(root)
        .arg(out)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("starting {}: {e}", exe.display()))?;
    let process_ms = ms(t.elapsed());
    let busy_after = machine_busy_ticks();
    if !output.status.success() {
        return Err(format!(
            "the {mode} of {} failed ({}):\n{}",
            root.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix(CHILD_TAG))
        .ok_or_else(|| format!("the child printed no report: {stdout}"))?;
    let mut fields: BTreeMap<String, f64> = line
        .split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .filter_map(|(k, v)| Some((k.to_owned(), v.parse().ok()?)))
        .collect();
    // What the rest of the machine did meanwhile: all CPU time spent on it, less the child's.
    if let (Some(before), Some(after)) = (busy_before, busy_after) {
        let own = fields.get("user_ms").copied().unwrap_or(0.0)
            + fields.get("sys_ms").copied().unwrap_or(0.0);
        let others = (after.saturating_sub(before) as f64 * TICK_MS - own).max(0.0);
        fields.insert("others_ms".to_owned(), others);
    }
    Ok(Sample { fields, process_ms })
}

/// CPU time spent on the whole machine so far (every core, every process), in clock ticks:
/// user, nice, system, irq, softirq and steal of the `cpu` line of `/proc/stat`.
fn machine_busy_ticks() -> Option<u64> {
    let stat = fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().next()?.strip_prefix("cpu ")?;
    let t: Vec<u64> = line
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    Some(t.get(0..3)?.iter().sum::<u64>() + t.get(5..8)?.iter().sum::<u64>())
}

/// The share of the machine (0–100 %) other processes used over one quiet second.
fn idle_sample() -> Option<f64> {
    let before = machine_busy_ticks()?;
    let t = Instant::now();
    std::thread::sleep(Duration::from_secs(1));
    let busy = machine_busy_ticks()?.saturating_sub(before) as f64 * TICK_MS;
    Some(100.0 * busy / (ms(t.elapsed()) * nproc() as f64))
}

fn nproc() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Others' CPU during some runs, as a share (%) of the machine over those runs; `None` when
/// the runs are too short for the 10 ms ticks the kernel counts CPU time in.
fn share(others: &[f64], wall: &[f64]) -> Option<f64> {
    let wall: f64 = wall.iter().sum();
    if wall < 1000.0 || others.iter().any(|o| o.is_nan()) {
        return None;
    }
    Some(100.0 * others.iter().sum::<f64>() / (wall * nproc() as f64))
}

/// Others' CPU during a site's timed builds.
fn others_share(m: &Measured) -> Option<f64> {
    share(&m.others_ms, &m.build_ms)
}

/// Others' CPU during a site's timed builds, whose stages the stage table shows.
fn stages_share(m: &Measured) -> Option<f64> {
    let others: Vec<f64> = m.stages.iter().map(|s| s.get("others_ms")).collect();
    let wall: Vec<f64> = m.stages.iter().map(|s| s.process_ms).collect();
    share(&others, &wall)
}

fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "–".to_owned(), |s| format!("{s:.0}"))
}

/// `overens build` itself under `/usr/bin/time`: wall ms, peak RSS MB, and others' CPU share
/// of the machine meanwhile (%).
fn cli_cross_check(examples: &Path, root: &Path, out: &Path) -> Option<(f64, f64, Option<f64>)> {
    let time = Path::new("/usr/bin/time");
    let binary = examples.parent()?.join("overens");
    if !time.is_file() || !binary.is_file() {
        return None;
    }
    let busy_before = machine_busy_ticks();
    let output = Command::new(time)
        .args(["-f", "overens-time %e %M %U %S"])
        .arg(&binary)
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(out)
        .arg("--quiet")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let busy_after = machine_busy_ticks();
    if !output.status.success() {
        return None;
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .find_map(|l| l.strip_prefix("overens-time "))?;
    let mut parts = line.split_whitespace();
    let wall_s: f64 = parts.next()?.parse().ok()?;
    let rss_kb: f64 = parts.next()?.parse().ok()?;
    let own_s: f64 = parts.filter_map(|p| p.parse::<f64>().ok()).sum();
    let others = busy_before.zip(busy_after).and_then(|(b, a)| {
        let others_ms = (a.saturating_sub(b) as f64 * TICK_MS - own_s * 1000.0).max(0.0);
        share(&[others_ms], &[wall_s * 1000.0])
    });
    Some((wall_s * 1000.0, rss_kb / 1024.0, others))
}

fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn tree_bytes(dir: &Path) -> u64 {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => tree_bytes(&e.path()),
            _ => e.metadata().map_or(0, |m| m.len()),
        })
        .sum()
}

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------

fn median(values: &[f64]) -> f64 {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| !x.is_nan()).collect();
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    }
}

fn min_max(values: &[f64]) -> (f64, f64) {
    values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| {
            (lo.min(x), hi.max(x))
        })
}

fn stage_median(m: &Measured, key: &str) -> f64 {
    median(&m.stages.iter().map(|s| s.get(key)).collect::<Vec<_>>())
}

fn machine() -> String {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown", |(_, m)| m.trim())
        .to_owned();
    let logical = cpuinfo
        .lines()
        .filter(|l| l.starts_with("processor"))
        .count();
    let nproc = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mem_gb = fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0 / 1024.0);
    let kernel = fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    format!(
        "nproc {nproc} (cpuinfo: {logical} × {model}), {mem_gb:.1} GB RAM, Linux {}",
        kernel.trim()
    )
}

/// The commit measured, and whether the working tree differs from it (others may be editing).
fn git_head(repo: &Path) -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(repo)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
    };
    let head = git(&["log", "-1", "--format=%h %s"]).unwrap_or_else(|| "unknown".to_owned());
    let dirty = git(&[
        "status",
        "--porcelain",
        "--untracked-files=no",
        "--",
        "src",
        "themes",
    ])
    .is_some_and(|s| !s.is_empty());
    if dirty {
        format!("{head} (with uncommitted changes in src/ or themes/)")
    } else {
        head
    }
}

fn print_report(work: &Path, repo: &Path, results: &[Measured], quiet: Option<f64>) {
    println!("## overens build benchmark\n");
    println!("- machine: {}", machine());
    println!("- commit: {}", git_head(repo));
    let noisy = results.iter().any(|m| {
        [others_share(m), stages_share(m), m.cli.and_then(|c| c.2)]
            .iter()
            .flatten()
            .any(|&s| s > NOISY)
    });
    match quiet {
        Some(q) => {
            println!(
            "- other processes used {q:.0} % of the machine in a quiet second before the builds, \
             and {} during them (the others' CPU columns)",
            if noisy { "more than 10 %" } else { "at most 10 %" }
        )
        }
        None => println!("- the machine's CPU use could not be read (/proc/stat)"),
    }
    let redone: usize = results.iter().map(|m| m.redone).sum();
    if redone > 0 {
        println!(
            "- {redone} build(s) disturbed by other processes (over {NOISY:.0} % of the machine) \
             were done again, up to {RETRIES} times each"
        );
    }
    if noisy {
        println!(
            "- **warning: the machine was busy**: wall times are inflated (compare the CPU \
             column, and rerun when it is quiet)"
        );
    }
    println!(
        "- work folder: {}{}",
        work.display(),
        if work.starts_with("/dev/shm") {
            " (tmpfs)"
        } else {
            ""
        }
    );
    println!(
        "- each build is a fresh process calling what `overens build` calls (`overens::build`, \
         then the warnings), replacing the previous output; build = wall time of that \
         process, median of the runs\n"
    );

    println!(
        "| site | compacts | pages | runs | build median (ms) | min–max (ms) | pages/s | CPU user+sys (ms) \
         | peak RSS (MB) | output (MB) | copy floor (ms) | build/copy | edit 1 principle (ms) \
         | others' CPU (%) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for m in results {
        let build = median(&m.build_ms);
        let (lo, hi) = min_max(&m.build_ms);
        let copy = median(&m.copy_ms);
        let compacts = match m.principles {
            Some(p) => format!("{} × {p}", m.compacts),
            None => m.compacts.to_string(),
        };
        println!(
            "| {} | {compacts} | {} | {} | {build:.0} | {lo:.0}–{hi:.0} | {:.0} | {:.0} | {:.1} | {:.1} | {copy:.1} | {:.1}× | {} | {} |",
            m.name,
            m.pages,
            m.runs,
            m.pages as f64 / (build / 1000.0),
            median(&m.cpu_ms),
            m.peak_mb,
            m.output_mb,
            build / copy,
            edit_cell(&m.edit_middle),
            percent(others_share(m)),
        );
    }

    println!(
        "\nbuild = wall time of a fresh process, spawn to exit; pages/s = pages ÷ build median; \
         CPU = user + system time of the build, every thread; peak RSS = the highest VmHWM of \
         the runs; copy floor = median time to copy the finished output to a fresh folder \
         (std::fs::copy, one thread); edit = see below; others' CPU = CPU time every other \
         process used during the timed builds, as a share of the machine (– when the runs are too \
         short for the kernel's 10 ms ticks). Slowdowns from outside this machine (other virtual \
         machines on the host) do not show there: they raise the CPU column too."
    );
    println!("\nWhere the time goes (the stages of the timed builds, as the build times them; medians):\n");
    println!(
        "| site | in-process build (ms) | load: YAML + Markdown + theme + models (ms) \
         | render and write every page (ms) | swap the output in, remove the old (ms) \
         | CPU user (ms) | CPU sys (ms) | others' CPU (%) | `overens build` wall / peak RSS |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for m in results {
        println!(
            "| {} | {:.1} | {:.1} | {:.1} | {:.1} | {:.0} | {:.0} | {} | {} |",
            m.name,
            median(&m.in_process_ms),
            stage_median(m, "load_ms"),
            stage_median(m, "render_ms"),
            stage_median(m, "finish_ms"),
            stage_median(m, "user_ms"),
            stage_median(m, "sys_ms"),
            percent(stages_share(m)),
            m.cli.map_or_else(
                || "n/a (no /usr/bin/time)".to_owned(),
                |(wall, rss, others)| match others {
                    Some(o) => format!("{wall:.0} ms / {rss:.1} MB (others' CPU {o:.0} %)"),
                    None => format!("{wall:.0} ms / {rss:.1} MB"),
                }
            ),
        );
    }
    println!(
        "\nCPU times are in 10 ms ticks; `overens build` is the real binary, run once under \
         /usr/bin/time as a cross-check.\n"
    );

    if results.iter().any(|m| !m.edit_middle.is_empty()) {
        println!(
            "One principle edited (`classify` + `Live::apply`, as `overens serve` runs it in \
             its long-running process; medians). Typical: a compact in the middle of the site; \
             worst: the first compact, which other principle pages quote; a signatory added: one \
             row appended to the list of a compact in the middle. \"same\" = the pages held \
             then equal a full build byte for byte.\n"
        );
        println!(
            "| site | case | pages re-rendered | bytes (MB) | apply: re-read + render (ms) \
             | same as full build |"
        );
        println!("|---|---|---:|---:|---:|---|");
        for m in results {
            for (case, samples) in [
                ("typical", &m.edit_middle),
                ("worst", &m.edit_first),
                ("a signatory added", &m.edit_signatories),
            ] {
                if samples.is_empty() {
                    continue;
                }
                let med =
                    |key: &str| median(&samples.iter().map(|s| s.get(key)).collect::<Vec<_>>());
                let same = samples.iter().all(|s| s.get("same") == 1.0);
                println!(
                    "| {} | {case} | {:.0} | {:.2} | {:.1} | {} |",
                    m.name,
                    med("pages"),
                    med("bytes") / 1e6,
                    med("apply_ms"),
                    if same { "yes" } else { "**NO**" },
                );
            }
        }
        println!();
    }

    // Linearity: the smallest and the largest synthetic site.
    let synth: Vec<&Measured> = results.iter().filter(|m| m.principles.is_some()).collect();
    let linearity = match (
        synth.iter().min_by_key(|m| m.compacts),
        synth.iter().max_by_key(|m| m.compacts),
    ) {
        (Some(small), Some(large)) if small.compacts < large.compacts => {
            let per = |m: &Measured| median(&m.build_ms) / m.compacts as f64;
            let ratio = per(large) / per(small);
            println!(
                "Linearity: {:.3} ms per compact at {}, {:.3} ms per compact at {}: ratio {ratio:.2} \
                 (linear within 20 % means 0.80–1.20)\n",
                per(small),
                small.compacts,
                per(large),
                large.compacts,
            );
            Some(ratio)
        }
        _ => None,
    };

    print_targets(results, linearity);
}

/// The median time of the edit runs, or `None` when there were none or any of them left an
/// output that differs from a full build (a wrong result has no speed).
fn edit_ms(samples: &[Sample]) -> Option<f64> {
    if samples.is_empty() || samples.iter().any(|s| s.get("same") != 1.0) {
        return None;
    }
    Some(median(
        &samples.iter().map(|s| s.get("edit_ms")).collect::<Vec<_>>(),
    ))
}

fn edit_cell(samples: &[Sample]) -> String {
    if samples.is_empty() {
        return "–".to_owned();
    }
    match edit_ms(samples) {
        Some(ms) => format!("{ms:.1}"),
        None => "differs from a full build".to_owned(),
    }
}

fn print_targets(results: &[Measured], linearity: Option<f64>) {
    let find = |compacts: usize| {
        results
            .iter()
            .find(|m| m.compacts == compacts && m.principles == Some(8))
    };
    type Rows = Vec<(String, String, Option<bool>)>;
    let mut rows: Rows = Vec::new();
    let check = |rows: &mut Rows, what: &str, measured: Option<f64>, unit: &str, limit: f64| {
        let row = match measured {
            Some(v) if !v.is_nan() => (format!("{v:.1}{unit}"), Some(v <= limit)),
            _ => ("n/a".to_owned(), None),
        };
        rows.push((what.to_owned(), row.0, row.1));
    };
    if let Some(m) = find(311) {
        let build = median(&m.build_ms);
        check(
            &mut rows,
            "311 × 8: build ≤ 400 ms",
            Some(build),
            " ms",
            400.0,
        );
        check(
            &mut rows,
            "311 × 8: build ≤ 2 × copy floor",
            Some(build / median(&m.copy_ms)),
            "×",
            2.0,
        );
        check(
            &mut rows,
            "311 × 8: peak RSS < 100 MB",
            Some(m.peak_mb),
            " MB",
            100.0,
        );
        for (what, samples) in [
            (
                "311 × 8: one principle edited (typical), pages re-rendered < 20 ms",
                &m.edit_middle,
            ),
            (
                "311 × 8: one principle edited (worst case), pages re-rendered < 20 ms",
                &m.edit_first,
            ),
        ] {
            if samples.iter().any(|s| s.get("same") != 1.0) {
                rows.push((
                    what.to_owned(),
                    "output differs from a full build".to_owned(),
                    Some(false),
                ));
            } else {
                check(&mut rows, what, edit_ms(samples), " ms", 20.0);
            }
        }
        let what = "311 × 8: a signatory added, pages re-rendered < 30 ms";
        if m.edit_signatories.iter().any(|s| s.get("same") != 1.0) {
            rows.push((
                what.to_owned(),
                "output differs from a full build".to_owned(),
                Some(false),
            ));
        } else if !m.edit_signatories.is_empty() {
            check(&mut rows, what, edit_ms(&m.edit_signatories), " ms", 30.0);
        }
    }
    if let Some(m) = find(3000) {
        check(
            &mut rows,
            "3,000 × 8: build ≤ 4 s",
            Some(median(&m.build_ms)),
            " ms",
            4000.0,
        );
        check(
            &mut rows,
            "3,000 × 8: peak RSS < 600 MB",
            Some(m.peak_mb),
            " MB",
            600.0,
        );
        if find(311).is_some() {
            check(
                &mut rows,
                "311 → 3,000: time per compact within 20 %",
                linearity.map(|r| (r - 1.0).abs() * 100.0),
                " % off",
                20.0,
            );
        }
    }
    if let Some(m) = results.iter().find(|m| m.name == "shipped") {
        check(
            &mut rows,
            "shipped site: build < 50 ms",
            Some(median(&m.build_ms)),
            " ms",
            50.0,
        );
    }
    if rows.is_empty() {
        return;
    }
    println!("| target | measured | |\n|---|---:|---|");
    for (what, measured, ok) in rows {
        let verdict = match ok {
            Some(true) => "PASS",
            Some(false) => "FAIL",
            None => "n/a",
        };
        println!("| {what} | {measured} | {verdict} |");
    }
}
