//! What must hold of every site, checked on sites made at random: compacts of every status,
//! with or without principles of their own, endorsing others, with earlier versions, lists
//! of signatories (some partial, some joining later), plans, follow-ups and principles not
//! published here. Every internal link of the built site resolves, a rebuild after an edit
//! equals a full build, and every error a broken file gives names the file and a line of it.

use std::fs;
use std::path::Path;

use overens::{BuildOptions, Change, Live, Severity, Site};
use proptest::prelude::*;

use crate::harness::{apply, select, Pages, SiteTest};

const TOPICS: &[&str] = &["dialog", "kvalitet", "langsiktighet"];
const NAMES: &[&str] = &["Åre", "Eslöv", "Ekerö", "Värmdö", "Örebro", "Alingsås"];
const STATUSES: &[&str] = &[
    "proposed", "drafting", "adopted", "revised", "halted", "ended", "unknown",
];

/// One compact as the generator makes it.
#[derive(Debug, Clone)]
struct Spec {
    status: usize,
    principles: Vec<Vec<usize>>,
    unpublished: bool,
    endorses: bool,
    versions: usize,
    signatories: usize,
    partial: bool,
    planned_joining: bool,
    actions: usize,
    followups: usize,
    with_county: bool,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0..STATUSES.len(),
        prop::collection::vec(prop::collection::vec(0..TOPICS.len(), 1..3), 0..4),
        any::<bool>(),
        any::<bool>(),
        0usize..3,
        // Now and then a list long enough to be split into pages.
        prop_oneof![9 => 0usize..40, 1 => Just(1100usize)],
        any::<bool>(),
        any::<bool>(),
        0usize..5,
        0usize..3,
        any::<bool>(),
    )
        .prop_map(
            |(
                status,
                principles,
                unpublished,
                endorses,
                versions,
                signatories,
                partial,
                planned_joining,
                actions,
                followups,
                with_county,
            )| Spec {
                status,
                unpublished: unpublished && principles.is_empty(),
                principles,
                endorses,
                versions,
                signatories,
                partial,
                planned_joining,
                actions,
                followups,
                with_county,
            },
        )
}

/// Writes compact `i` of the specs into `root`.
fn write_compact(root: &Path, i: usize, spec: &Spec) {
    let slug = format!("k{i}");
    let dir = root.join("content").join(&slug);
    fs::create_dir_all(dir.join("principles")).expect("mkdir");
    let status = STATUSES[spec.status];
    let mut front = format!(
        "---\ntitle: Överenskommelsen {i}\nmunicipality: {} {i}\nstatus: {status}\n",
        NAMES[i % NAMES.len()]
    );
    if spec.with_county {
        front.push_str("county: Skåne län\n");
    }
    // Every compact has a date of the version in force, well after its earlier versions.
    front.push_str("adopted: \"2015-06-01\"\n");
    if spec.endorses && i > 0 {
        front.push_str(&format!("endorses: k{}\n", i - 1));
    }
    if spec.unpublished {
        front.push_str("principles_published: false\nkept_at:\n  title: Kommunen\n");
    }
    if spec.signatories > 0 && spec.partial {
        front.push_str("signatories_complete: false\n");
    }
    if matches!(status, "ended" | "halted") && i > 0 {
        front.push_str(&format!(
            "replaced_by:\n  title: Nästa\n  compact: k{}\n",
            i - 1
        ));
    }
    if spec.followups > 0 {
        front.push_str("followups:\n");
        for f in 0..spec.followups {
            front.push_str(&format!(
                "  - date: \"{}-10\"\n    title: Uppföljning {f}\n    url: https://www.k.se/{f}\n",
                2016 + f
            ));
        }
    }
    front.push_str(&format!(
        "timeline:\n  - date: \"2014\"\n    text: Arbetet börjar.\n    source: Protokoll\n---\nText om {slug}, se [matrisen](../jamfor/).\n"
    ));
    fs::write(dir.join("_index.md"), front).expect("write");
    for (p, topics) in spec.principles.iter().enumerate() {
        let ids: Vec<&str> = topics.iter().map(|&t| TOPICS[t]).collect();
        fs::write(
            dir.join("principles").join(format!("p{p}.md")),
            format!(
                "---\ntitle: Princip {p}\ntopics: [{}]\n---\nVi {p} tillsammans, se [första](../p0/).\n",
                ids.join(", ")
            ),
        )
        .expect("write");
    }
    for v in 0..spec.versions {
        let folder = dir.join("versions").join(format!("201{}-0{}-01", v, v + 1));
        fs::create_dir_all(folder.join("principles")).expect("mkdir");
        fs::write(
            folder.join("_index.md"),
            "---\nsources:\n  - title: Beslut\n---\nEn äldre text.\n",
        )
        .expect("write");
        if let Some(first) = spec.principles.first() {
            fs::write(
                folder.join("principles/p0.md"),
                format!(
                    "---\ntitle: Princip 0\ntopics: [{}]\n---\nVi arbetar tillsammans.\n",
                    TOPICS[first[0]]
                ),
            )
            .expect("write");
        }
    }
    if spec.signatories > 0 {
        let mut csv = String::from("namn;anslöt;organisationsnummer\n");
        for s in 0..spec.signatories {
            csv.push_str(&format!("Förening {s} i {slug};2016-0{};\n", s % 9 + 1));
        }
        if spec.planned_joining {
            csv.push_str("Förening som ansluter;2099;\n");
        }
        fs::write(dir.join("signatories.csv"), csv).expect("write");
    }
    if spec.actions > 0 {
        let mut plan = String::new();
        for a in 0..spec.actions {
            let (status, done) = match a % 3 {
                0 => ("done", "\n  done: \"2018\""),
                1 => ("ongoing", ""),
                _ => ("planned", ""),
            };
            plan.push_str(&format!(
                "- title: Åtgärd {a}\n  status: {status}{done}\n  due: \"2030\"\n"
            ));
        }
        fs::write(dir.join("plan.yaml"), plan).expect("write");
    }
}

fn make_site(specs: &[Spec]) -> SiteTest {
    let site = SiteTest::fixture("minimal");
    fs::remove_dir_all(site.root.join("content/alfa")).expect("rm");
    fs::remove_dir_all(site.root.join("content/beta")).expect("rm");
    fs::write(
        site.root.join("content/topics.yaml"),
        "- id: dialog\n  name: Dialog\n- id: kvalitet\n  name: Kvalitet\n- id: langsiktighet\n  name: Långsiktighet\n",
    )
    .expect("topics");
    for (i, spec) in specs.iter().enumerate() {
        write_compact(&site.root, i, spec);
    }
    site
}

fn rendered(root: &Path) -> Pages {
    let site = Site::load(root, None).expect("a generated site loads");
    site.render()
        .expect("renders")
        .into_iter()
        .map(|p| (p.path, p.bytes))
        .collect()
}

/// Every `href` and `src` of every page of the built site that leads inside it: the file it
/// names, and the place on it.
fn broken_links(out: &Path) -> Vec<String> {
    let mut broken = Vec::new();
    for page in crate::links::html_files(out) {
        if page == "404.html" {
            continue;
        }
        let text = fs::read_to_string(out.join(&page)).expect("read");
        let html = scraper::Html::parse_document(&text);
        let folder = Path::new(&page).parent().unwrap_or(Path::new(""));
        for element in select(&html, "[href], [src]") {
            let target = element
                .value()
                .attr("href")
                .or_else(|| element.value().attr("src"))
                .unwrap_or_default();
            if target.contains("://") || target.starts_with("mailto:") || target.starts_with("tel:")
            {
                continue;
            }
            let (file, anchor) = target
                .split_once('#')
                .map_or((target, None), |(f, a)| (f, Some(a)));
            let resolved = if file.is_empty() {
                out.join(&page)
            } else {
                out.join(folder).join(file)
            };
            if !resolved.is_file() {
                broken.push(format!("{page} → {target}"));
            } else if let Some(anchor) = anchor.filter(|a| !a.is_empty()) {
                let linked = fs::read_to_string(&resolved).unwrap_or_default();
                if !linked.contains(&format!("id=\"{anchor}\"")) {
                    broken.push(format!("{page} → {target} (no such place)"));
                }
            }
        }
    }
    broken
}

/// An edit an editor makes to one compact.
fn edit(root: &Path, slug: &str, which: u8) {
    let dir = root.join("content").join(slug);
    let index = dir.join("_index.md");
    let text = fs::read_to_string(&index).expect("read");
    match which % 5 {
        0 => fs::write(&index, text.replace("Text om", "Ny text om")).expect("write"),
        1 => {
            // Principles written here are published here.
            let published = text.replace(
                "principles_published: false\nkept_at:\n  title: Kommunen\n",
                "",
            );
            fs::write(&index, published).expect("write");
            fs::write(
                dir.join("principles/ny.md"),
                "---\ntitle: Ny princip\ntopics: [kvalitet]\n---\nNy.\n",
            )
            .expect("write");
        }
        2 => {
            let csv = dir.join("signatories.csv");
            let mut list = fs::read_to_string(&csv)
                .unwrap_or_else(|_| "namn;anslöt;organisationsnummer\n".to_owned());
            let n = list.lines().count();
            list.push_str(&format!("Ny förening {n};2020;\n"));
            fs::write(csv, list).expect("write");
        }
        3 => {
            let _ = fs::remove_file(dir.join("plan.yaml"));
        }
        _ => fs::write(
            &index,
            text.replacen("Arbetet börjar.", "Arbetet börjar på nytt.", 1),
        )
        .expect("write"),
    }
}

/// A mistake an editor makes in one file: the file's bytes cut, flipped or joined with text.
fn break_file(root: &Path, file: &str, at: usize, how: u8) {
    let path = root.join(file);
    let mut bytes = fs::read(&path).unwrap_or_default();
    let at = at % (bytes.len() + 1);
    match how % 4 {
        0 => bytes.truncate(at),
        1 => bytes.insert(at, b'\t'),
        2 => bytes
            .splice(at..at, b": \"[".iter().copied())
            .for_each(drop),
        _ => bytes
            .splice(at..at, "\n- date: i höst\nstatus: klar\n".bytes())
            .for_each(drop),
    }
    fs::write(path, bytes).expect("write");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn every_internal_link_of_a_built_site_resolves(specs in prop::collection::vec(spec(), 1..6)) {
        let site = make_site(&specs);
        let out = site.root.join("output");
        let options = BuildOptions { output: Some(out.clone()), ..BuildOptions::default() };
        let built = overens::build(&site.root, &options).expect("a generated site loads");
        built.written.expect("builds");
        let broken = broken_links(&out);
        prop_assert!(broken.is_empty(), "{broken:?}");
    }

    #[test]
    fn a_rebuild_after_an_edit_equals_a_full_build(
        specs in prop::collection::vec(spec(), 1..5),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let site = make_site(&specs);
        let (mut live, first) = Live::load(&site.root).expect("loads");
        let mut pages: Pages = first.pages.into_iter().map(|p| (p.path, p.bytes)).collect();
        for (index, which) in edits {
            let slug = format!("k{}", index.index(specs.len()));
            edit(&site.root, &slug, which);
            let update = live.apply(&[Change::Compact(slug.clone())]).expect("rebuilds");
            apply(&mut pages, update);
            let full = rendered(&site.root);
            let differing: Vec<&String> = full
                .iter()
                .filter(|(path, bytes)| pages.get(*path) != Some(bytes))
                .map(|(path, _)| path)
                .chain(pages.keys().filter(|p| !full.contains_key(*p)))
                .collect();
            prop_assert!(differing.is_empty(), "after editing {slug} ({which}): {differing:?}");
        }
    }

    #[test]
    fn every_error_names_a_file_and_a_line_of_it(
        specs in prop::collection::vec(spec(), 1..4),
        target in any::<prop::sample::Index>(),
        at in any::<usize>(),
        how in any::<u8>(),
    ) {
        let site = make_site(&specs);
        let files: Vec<String> = walkdir::WalkDir::new(site.root.join("content"))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(&site.root)
                    .expect("inside")
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .chain(["site.yaml".to_owned()])
            .collect();
        let file = target.get(&files);
        break_file(&site.root, file, at, how);
        let report = overens::check(&site.root);
        for problem in report.problems.iter() {
            let named = problem.file.to_string_lossy().replace('\\', "/");
            prop_assert!(!named.is_empty(), "{problem:?}");
            let path = site.root.join(&named);
            prop_assert!(
                path.exists() || named == "content",
                "names a file that is not there: {problem:?}"
            );
            if problem.severity == Severity::Error && path.is_file() && problem.line > 0 {
                let lines = fs::read(&path).expect("read").split(|b| *b == b'\n').count();
                prop_assert!(problem.line <= lines, "line {} of {lines}: {problem:?}", problem.line);
            }
        }
    }
}
