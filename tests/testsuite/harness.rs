//! A small chainable harness: copy a site into a temporary folder, change it, run the
//! binary, look at the result.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

/// A site in a temporary folder.
pub(crate) struct SiteTest {
    _dir: tempfile::TempDir,
    /// The site's folder.
    pub(crate) root: PathBuf,
}

/// What one run of the binary did.
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a fixture. Its `site.yaml` may say `{today}` where a date must stay recent (the
/// accessibility statement's assessment), and gets today's date there.
fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk fixture");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("mkdir");
        } else if entry.file_name() == "site.yaml" {
            let text = fs::read_to_string(entry.path()).expect("site.yaml");
            fs::write(&target, text.replace("{today}", &today())).expect("write");
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Today's date, as `YYYY-MM-DD`.
pub(crate) fn today() -> String {
    jiff::Zoned::now().date().to_string()
}

/// The synthetic site generator, shared with the benchmark.
#[path = "../../examples/synth.rs"]
#[allow(dead_code)]
mod synth;

impl SiteTest {
    /// The text of the `main` element of the built `page`, whitespace folded.
    pub(crate) fn main_text(&self, page: &str) -> String {
        let html = self.page(page);
        select(&html, "main")
            .iter()
            .map(text)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// An empty folder.
    pub(crate) fn empty_folder() -> SiteTest {
        SiteTest::empty()
    }

    fn empty() -> SiteTest {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("site");
        fs::create_dir_all(&root).expect("mkdir");
        SiteTest { _dir: dir, root }
    }

    /// A copy of the shipped site (`site.yaml` and `content/` at the repository root).
    pub(crate) fn shipped() -> SiteTest {
        let site = SiteTest::empty();
        fs::copy(repo().join("site.yaml"), site.root.join("site.yaml")).expect("site.yaml");
        copy_dir(&repo().join("content"), &site.root.join("content"));
        site
    }

    /// A site written by the synthetic site generator (`examples/synth.rs`), seeded.
    pub(crate) fn synthetic(compacts: usize, principles: usize) -> SiteTest {
        let site = SiteTest::empty();
        let args = [
            "--compacts".to_owned(),
            compacts.to_string(),
            "--principles".to_owned(),
            principles.to_string(),
            "--out".to_owned(),
            site.root.display().to_string(),
        ];
        let Ok(args) = synth::parse_args(args.into_iter()) else {
            panic!("synth arguments");
        };
        synth::run(&args).expect("synth writes the site");
        site
    }

    /// A copy of `tests/fixtures/<name>`.
    pub(crate) fn fixture(name: &str) -> SiteTest {
        let site = SiteTest::empty();
        copy_dir(&repo().join("tests/fixtures").join(name), &site.root);
        site
    }

    /// Writes (or overwrites) a file of the site.
    pub(crate) fn write(self, path: &str, text: &str) -> SiteTest {
        let target = self.root.join(path);
        fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        fs::write(target, text).expect("write");
        self
    }

    /// Replaces `from` with `to` in a file of the site; the text must be there.
    pub(crate) fn edit(self, path: &str, from: &str, to: &str) -> SiteTest {
        let target = self.root.join(path);
        let text = fs::read_to_string(&target).expect("read");
        assert!(text.contains(from), "{path} does not contain {from:?}");
        fs::write(target, text.replacen(from, to, 1)).expect("write");
        self
    }

    /// Runs `overens <args>` in the site's folder, for a Swedish user.
    pub(crate) fn run(&self, args: &[&str]) -> Run {
        self.run_in("sv_SE.UTF-8", args)
    }

    /// Runs `overens <args>` in the site's folder, for a user of `locale`.
    pub(crate) fn run_in(&self, locale: &str, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_overens"))
            .args(args)
            .current_dir(&self.root)
            .stdin(std::process::Stdio::null())
            .env("NO_COLOR", "1")
            .env("LANG", locale)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("run overens");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `overens build`, which must succeed.
    pub(crate) fn build_ok(&self) -> Run {
        let run = self.run(&["build"]);
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        run
    }

    /// A file of the output folder.
    pub(crate) fn output(&self, path: &str) -> String {
        let file = self.root.join("output").join(path);
        fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    }

    /// A page of the output, parsed.
    pub(crate) fn page(&self, path: &str) -> Html {
        Html::parse_document(&self.output(path))
    }
}

/// Every element matching `css`.
pub(crate) fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    html.select(&selector).collect()
}

/// Every element inside `element` matching `css`.
pub(crate) fn select_in<'a>(
    element: &scraper::ElementRef<'a>,
    css: &str,
) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    element.select(&selector).collect()
}

/// The pages of a build by their paths, as the preview holds them.
pub(crate) type Pages = std::collections::BTreeMap<String, Vec<u8>>;

/// Applies a rebuild's `update` to the `pages` the preview holds.
pub(crate) fn apply(pages: &mut Pages, update: overens::Update) {
    if update.complete {
        pages.clear();
    }
    for path in update.removed {
        pages.remove(&path);
    }
    for page in update.pages {
        pages.insert(page.path, page.bytes);
    }
}

/// The text of an element, whitespace folded.
pub(crate) fn text(element: &scraper::ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
