//! Hostile or odd input: a byte-order mark, links out of the site, huge and deeply nested
//! files, and arbitrary bytes. Each ends in a message or a build, never a crash or a hang.

use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use crate::harness::SiteTest;

/// Generous for a debug build on a busy machine; a hang or a quadratic blow-up takes far longer.
const QUICK: Duration = Duration::from_secs(30);

#[test]
fn a_byte_order_mark_is_accepted() {
    let site = SiteTest::fixture("minimal");
    let path = site.root.join("content/alfa/principles/dialog.md");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, format!("\u{feff}{text}")).expect("write");
    let topics = site.root.join("content/topics.yaml");
    let text = std::fs::read_to_string(&topics).expect("read");
    std::fs::write(&topics, format!("\u{feff}{text}")).expect("write");
    site.build_ok();
    assert!(site
        .output("alfa/dialog/index.html")
        .contains("Vi talar med varandra."));
}

#[cfg(unix)]
#[test]
fn links_out_of_the_site_are_refused_by_name() {
    let site = SiteTest::fixture("minimal");
    let outside = site.root.parent().expect("parent").join("outside");
    std::fs::create_dir_all(outside.join("principles")).expect("mkdir");
    std::fs::write(
        outside.join("_index.md"),
        "---\ntitle: Ute\nmunicipality: Ute\nstatus: drafting\n---\n",
    )
    .expect("write");
    std::fs::write(
        outside.join("secret.md"),
        "---\ntitle: S\ntopics: [dialog]\n---\nHemligt\n",
    )
    .expect("write");
    std::os::unix::fs::symlink(&outside, site.root.join("content/ute")).expect("symlink dir");
    std::os::unix::fs::symlink(
        outside.join("secret.md"),
        site.root.join("content/alfa/principles/secret.md"),
    )
    .expect("symlink file");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("fel: content/ute: är en länk till något utanför webbplatsens mapp:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "fel: content/alfa/principles/secret.md: är en länk till något utanför webbplatsens mapp:"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("Hemligt"));
}

#[cfg(unix)]
#[test]
fn links_inside_the_site_are_followed() {
    let site = SiteTest::fixture("minimal");
    std::fs::rename(
        site.root.join("content/beta"),
        site.root.join("content/_delad-beta"),
    )
    .expect("move");
    std::os::unix::fs::symlink(
        site.root.join("content/_delad-beta"),
        site.root.join("content/beta"),
    )
    .expect("symlink");
    site.build_ok();
    assert!(site.root.join("output/beta/index.html").is_file());
}

#[test]
fn ten_megabytes_of_front_matter_end_quickly_with_a_message() {
    let site = SiteTest::fixture("minimal");
    let title = "å".repeat(5_000_000);
    let site = site.write(
        "content/alfa/principles/dialog.md",
        &format!("---\ntitle: {title}\ntopics: [dialog]\n---\nText.\n"),
    );
    let started = Instant::now();
    let run = site.run(&["check"]);
    assert!(started.elapsed() < QUICK, "took {:?}", started.elapsed());
    assert_eq!(run.code, 0, "{}", &run.stderr[..run.stderr.len().min(2000)]);
    assert!(run
        .stderr
        .contains("titeln är mycket lång (5000000 tecken)"));
    assert!(
        run.stderr.len() < 5_000,
        "the long line is cut, not printed whole"
    );
}

#[test]
fn ten_thousand_levels_of_nesting_end_quickly_with_a_message() {
    let deep = 10_000;
    let flow = format!("{}{}", "[".repeat(deep), "]".repeat(deep));
    let block: String = (0..deep)
        .map(|i| format!("{}- a\n", " ".repeat(i % 40)))
        .collect();
    let quotes = format!("{} djup text\n", ">".repeat(deep));
    let lists: String = (0..deep)
        .map(|i| format!("{}- a\n", "  ".repeat(i)))
        .take(2_000)
        .collect();
    let site = SiteTest::fixture("minimal")
        .write(
            "content/alfa/principles/dialog.md",
            &format!("---\ntitle: {flow}\ntopics: [dialog]\n---\n{quotes}{lists}"),
        )
        .write(
            "content/beta/_index.md",
            &format!("---\ntitle: B\nmunicipality: B\nstatus: drafting\ntimeline:\n{block}---\n"),
        );
    let started = Instant::now();
    let run = site.run(&["check"]);
    assert!(started.elapsed() < QUICK, "took {:?}", started.elapsed());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/alfa/principles/dialog.md:2:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/beta/_index.md:"),
        "{}",
        run.stderr
    );
}

/// A site whose one principle file is `bytes`, loaded and rendered in-process.
fn load_and_render(bytes: &[u8]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    copy_minimal(root);
    std::fs::write(root.join("content/alfa/principles/dialog.md"), bytes).expect("write");
    if let Ok(site) = overens::Site::load(root, None) {
        let _ = site.render();
        let _ = site.warnings();
    }
    let _ = overens::check(root);
}

fn copy_minimal(root: &Path) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    for entry in walkdir::WalkDir::new(&fixture)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = root.join(entry.path().strip_prefix(&fixture).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Pieces editors' front matter is made of, to put together in arbitrary order.
fn front_matter_line() -> impl Strategy<Value = String> {
    let keys = prop::sample::select(vec![
        "title", "topics", "order", "status", "- ", "  ", "\t", "\"", "#", "[", "]", "{", "}", ":",
        "&a", "*a", "<<", "!!binary", "---", "\u{feff}", "å", "\r",
    ]);
    (prop::collection::vec(keys, 0..8), any::<String>())
        .prop_map(|(parts, tail)| format!("{}{}", parts.concat(), tail))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        load_and_render(&bytes);
    }

    #[test]
    fn arbitrary_front_matter_never_panics(
        lines in prop::collection::vec(front_matter_line(), 0..12),
        body in any::<String>(),
    ) {
        let text = format!("---\n{}\n---\n{body}", lines.join("\n"));
        load_and_render(text.as_bytes());
    }

    #[test]
    fn arbitrary_markdown_never_panics(body in any::<String>()) {
        let text = format!("---\ntitle: T\ntopics: [dialog]\n---\n{body}");
        load_and_render(text.as_bytes());
    }
}
