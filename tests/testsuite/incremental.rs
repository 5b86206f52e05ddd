//! Rebuilding after a change gives exactly what a full build gives, byte for byte, after a
//! sequence of edits, creations, renames and deletions.

use std::fs;
use std::sync::{Arc, Mutex};

use overens::{Change, Lang, Live, Site};

use crate::harness::{apply, Pages, SiteTest};

fn full(site: &SiteTest) -> Pages {
    pages_of(Site::load(&site.root, None).expect("loads"))
}

fn pages_of(site: Site) -> Pages {
    site.render()
        .expect("renders")
        .into_iter()
        .map(|p| (p.path, p.bytes))
        .collect()
}

/// Applies `change` after `edit` and checks the result against a fresh full build.
fn step(site: &SiteTest, loaded: &mut Live, pages: &mut Pages, change: Change, what: &str) {
    let update = loaded
        .apply(&[change])
        .unwrap_or_else(|e| panic!("{what}: {e:?}"));
    let partial = !update.complete;
    let rendered = update.pages.len();
    apply(pages, update);
    let expected = full(site);
    let differing: Vec<&String> = expected
        .iter()
        .filter(|(path, bytes)| pages.get(*path) != Some(bytes))
        .map(|(path, _)| path)
        .chain(pages.keys().filter(|p| !expected.contains_key(*p)))
        .collect();
    assert!(
        differing.is_empty(),
        "{what}: differs from a full build: {differing:?}"
    );
    if partial {
        assert!(
            rendered < expected.len(),
            "{what}: re-rendered everything ({rendered} pages)"
        );
    }
}

fn write(site: &SiteTest, path: &str, text: &str) {
    let target = site.root.join(path);
    fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
    fs::write(target, text).expect("write");
}

fn replace(site: &SiteTest, path: &str, from: &str, to: &str) {
    let target = site.root.join(path);
    let text = fs::read_to_string(&target).expect("read");
    assert!(text.contains(from), "{path}: {from}");
    fs::write(target, text.replacen(from, to, 1)).expect("write");
}

/// Takes out of a file's front matter every key that starts with `prefix`, with its lines.
fn remove_key(site: &SiteTest, path: &str, prefix: &str) {
    let target = site.root.join(path);
    let text = fs::read_to_string(&target).expect("read");
    let mut kept = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if !line.starts_with(' ') {
            inside = line.starts_with(prefix);
        }
        if !inside {
            kept.push(line);
        }
    }
    fs::write(target, kept.join("\n") + "\n").expect("write");
}

#[test]
fn incremental_rebuilds_equal_full_builds_on_the_shipped_site() {
    let site = SiteTest::shipped();
    let (mut loaded, _) = Live::load(&site.root).expect("loads");
    let mut pages = full(&site);
    let eslov = || Change::Compact("eslov".to_owned());

    replace(
        &site,
        "content/eslov/principles/langsiktighet.md",
        "Vi ska arbeta långsiktigt",
        "Vi ska alltid arbeta långsiktigt",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "edit a principle's text",
    );

    replace(
        &site,
        "content/eslov/principles/mod.md",
        "topics: [mod]",
        "topics: [mod, kvalitet]",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "add a topic to a principle",
    );

    write(
        &site,
        "content/eslov/principles/mangfald.md",
        "---\ntitle: Mångfald\ntopics: [mangfald]\norder: 7\n---\nVi välkomnar alla.\n",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "create a principle",
    );

    fs::rename(
        site.root.join("content/eslov/principles/mangfald.md"),
        site.root
            .join("content/eslov/principles/allas-lika-varde.md"),
    )
    .expect("rename");
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "rename a principle",
    );

    fs::remove_file(
        site.root
            .join("content/eslov/principles/allas-lika-varde.md"),
    )
    .expect("remove");
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "delete a principle",
    );

    replace(
        &site,
        "content/nationell/principles/dialog.md",
        "title: Dialog",
        "title: Dialog mellan parterna",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("nationell".to_owned()),
        "edit an endorsed principle",
    );

    replace(
        &site,
        "content/eslov/principles/mod.md",
        "order: 2",
        "order: 9",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "move a principle last",
    );

    replace(
        &site,
        "content/eslov/_index.md",
        "timeline:",
        "timeline:\n  - date: \"2020\"\n    text: Uppföljning.",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "add a timeline event",
    );

    replace(
        &site,
        "content/varmdo/_index.md",
        "status: unknown",
        "status: ended",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("varmdo".to_owned()),
        "change a status",
    );

    replace(
        &site,
        "content/eslov/signatories.csv",
        "Marieholms Byaförening;;",
        "Marieholms Byaförening;2019-11-05;",
    );
    write(
        &site,
        "content/eslov/signatories.csv",
        &format!(
            "{}Eslövs Ryttarförening;2020-02;;;\n",
            fs::read_to_string(site.root.join("content/eslov/signatories.csv")).expect("read")
        ),
    );
    step(&site, &mut loaded, &mut pages, eslov(), "add a signatory");

    write(
        &site,
        "content/eslov/plan.yaml",
        "- title: Ett erfarenhetsutbyte\n  responsible: Eslövs kommun\n  due: \"2020-12\"\n  status: planned\n- title: Styrgruppen tillsätts\n  status: done\n  done: \"2019-12\"\n",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "write an action plan",
    );

    replace(
        &site,
        "content/eslov/plan.yaml",
        "status: planned",
        "status: done\n  done: \"2020-11\"",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "mark an action done",
    );

    write(
        &site,
        "content/eslov/versions/2019-06/_index.md",
        "---\ntitle: Remissversionen\nsummary: Förslaget på remiss.\n---\nFörslaget.\n",
    );
    write(
        &site,
        "content/eslov/versions/2019-06/principles/dialog.md",
        "---\ntitle: Dialog\ntopics: [dialog]\n---\nVi för en dialog.\n",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "add an earlier version",
    );

    replace(
        &site,
        "content/eslov/versions/2019-06/principles/dialog.md",
        "Vi för en dialog.",
        "Vi för en öppen dialog.",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "reword an earlier version",
    );

    replace(
        &site,
        "content/nationell/versions/2008-10-23/_index.md",
        "decided_by: Regeringen",
        "decided_by: Regeringen (Integrations- och jämställdhetsdepartementet)",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("nationell".to_owned()),
        "edit an earlier version of the compact others endorse",
    );

    replace(
        &site,
        "content/eslov/_index.md",
        "follow_up_every_years: 1",
        "follow_up_every_years: 1\nfollowups:\n  - date: \"2020-10\"\n    title: Uppföljning 2020",
    );
    step(&site, &mut loaded, &mut pages, eslov(), "add a follow-up");

    // The list goes, and what the front matter says of it with it.
    fs::remove_file(site.root.join("content/eslov/signatories.csv")).expect("remove");
    remove_key(&site, "content/eslov/_index.md", "signatories_");
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "delete the signatories",
    );

    replace(
        &site,
        "content/varmdo/_index.md",
        "county: Stockholms län",
        "county: Skåne",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("varmdo".to_owned()),
        "move a compact to another county",
    );

    replace(
        &site,
        "content/ekero/_index.md",
        "county: Stockholms län\n",
        "",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("ekero".to_owned()),
        "take a compact out of its county",
    );

    replace(
        &site,
        "content/ekero/_index.md",
        "kind: kommun",
        "kind: kommun\ncounty: Stockholm",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("ekero".to_owned()),
        "give a compact its county again",
    );

    replace(
        &site,
        "content/_index.md",
        "flera kommuner",
        "många kommuner",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::FrontPage,
        "edit the front page",
    );

    write(
        &site,
        "content/are/_index.md",
        "---\ntitle: Åre\nmunicipality: Åre\nstatus: proposed\n---\n",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("are".to_owned()),
        "create a compact",
    );

    fs::remove_dir_all(site.root.join("content/are")).expect("remove");
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("are".to_owned()),
        "delete a compact",
    );

    replace(
        &site,
        "content/topics.yaml",
        "name: Mod",
        "name: Mod att pröva",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Everything,
        "edit the topics",
    );
}

/// What is late and how long ago things were is reckoned from the day: the preview, left
/// running into another day, renders again the pages that show it, and only those, as a
/// full build on that day would make them.
#[test]
fn a_new_day_renders_again_what_is_reckoned_from_it() {
    let site = SiteTest::shipped();
    let day = Arc::new(Mutex::new(date(2020, 1, 15)));
    let clock = Arc::clone(&day);
    let (mut loaded, update) =
        Live::load_on(&site.root, Box::new(move || *clock.lock().expect("clock"))).expect("loads");
    let mut pages: Pages = update
        .pages
        .into_iter()
        .map(|p| (p.path, p.bytes))
        .collect();
    let on = |d| pages_of(Site::load_on(&site.root, None, d).expect("loads"));
    assert_eq!(pages, on(date(2020, 1, 15)), "loaded on the clock's day");

    assert!(!loaded.is_behind());
    let update = loaded.apply(&[Change::Day]).expect("applies");
    assert!(update.pages.is_empty(), "the same day changes nothing");

    *day.lock().expect("clock") = date(2031, 6, 1);
    assert!(loaded.is_behind(), "the clock has passed into another day");
    let update = loaded.apply(&[Change::Day]).expect("applies");
    assert!(!update.complete);
    let again: Vec<&str> = update.pages.iter().map(|p| p.path.as_str()).collect();
    for shown in ["eslov/index.html", "oversikt/index.html"] {
        assert!(
            again.contains(&shown),
            "{shown} shows the years since: {again:?}"
        );
    }
    assert!(
        !again.contains(&"eslov/langsiktighet/index.html"),
        "a principle's page does not show the day: {again:?}"
    );
    apply(&mut pages, update);
    let later = on(date(2031, 6, 1));
    assert_ne!(later, on(date(2020, 1, 15)), "the day shows on some page");
    assert_eq!(pages, later, "as a full build on the new day");
    assert!(!loaded.is_behind());
}

fn date(year: i16, month: i8, day: i8) -> jiff::civil::Date {
    jiff::civil::date(year, month, day)
}

#[test]
fn a_broken_edit_is_reported_and_the_site_is_kept() {
    let site = SiteTest::shipped();
    let (mut loaded, _) = Live::load(&site.root).expect("loads");
    let before = loaded.site().render().expect("renders").len();
    replace(
        &site,
        "content/eslov/principles/mod.md",
        "topics: [mod]",
        "topics: [modd]",
    );
    let error = loaded
        .apply(&[Change::Compact("eslov".to_owned())])
        .expect_err("unknown topic");
    let overens::BuildError::Content(problems) = error else {
        panic!("a content problem");
    };
    // The error, and beside it the compact's warnings, as a full build reports them.
    let found = problems.sorted();
    let errors: Vec<_> = found
        .iter()
        .filter(|p| p.severity == overens::Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{found:?}");
    assert_eq!(errors[0].location(), "content/eslov/principles/mod.md:3:10");
    assert_eq!(errors[0].message.text(Lang::Sv), "okänt ämne \"modd\"");
    assert_eq!(loaded.site().render().expect("still renders").len(), before);
}

/// A site of `n` compacts that all have a principle on dialog, so principle pages quote only
/// the first few and count the rest.
fn crowded(n: usize) -> SiteTest {
    let mut site = SiteTest::fixture("minimal");
    for i in 0..n {
        let slug = format!("kommun-{i:02}");
        site = site
            .write(
                &format!("content/{slug}/_index.md"),
                &format!("---\ntitle: Överenskommelse {i}\nmunicipality: Kommun {i:02}\nstatus: adopted\n---\nText {i}.\n"),
            )
            .write(
                &format!("content/{slug}/principles/dialog.md"),
                &format!("---\ntitle: Dialog {i}\ntopics: [dialog]\n---\nVi talar, säger kommun {i}.\n"),
            );
    }
    site
}

#[test]
fn incremental_rebuilds_equal_full_builds_when_pages_quote_only_some() {
    let site = crowded(10);
    let (mut loaded, _) = Live::load(&site.root).expect("loads");
    let mut pages = full(&site);
    assert!(
        String::from_utf8_lossy(&pages["kommun-09/dialog/index.html"])
            .contains("till på ämnessidan"),
        "principle pages count what they do not quote"
    );
    for (slug, what) in [
        ("kommun-01", "a quoted compact"),
        ("kommun-08", "an unquoted compact"),
    ] {
        replace(
            &site,
            &format!("content/{slug}/principles/dialog.md"),
            "Vi talar",
            "Vi lyssnar",
        );
        step(
            &site,
            &mut loaded,
            &mut pages,
            Change::Compact(slug.to_owned()),
            &format!("edit {what}"),
        );
        replace(
            &site,
            &format!("content/{slug}/principles/dialog.md"),
            "topics: [dialog]",
            "topics: [langsiktighet]",
        );
        step(
            &site,
            &mut loaded,
            &mut pages,
            Change::Compact(slug.to_owned()),
            &format!("move {what} off the topic"),
        );
    }
}

/// Other compacts' pages quote a compact's first principle on a topic: editing its second
/// one leaves them alone, and making the second one first reaches them all.
#[test]
fn only_the_quoted_wording_reaches_other_compacts_pages() {
    let site = crowded(8);
    let (mut loaded, _) = Live::load(&site.root).expect("loads");
    let mut pages = full(&site);
    let second = "content/kommun-00/principles/samtal.md";
    write(
        &site,
        second,
        "---\ntitle: Samtal\ntopics: [dialog]\n---\nVi samtalar ofta.\n",
    );
    let change = || Change::Compact("kommun-00".to_owned());
    step(
        &site,
        &mut loaded,
        &mut pages,
        change(),
        "add a second wording",
    );

    replace(&site, second, "ofta", "varje vecka");
    let update = loaded.apply(&[change()]).expect("applies");
    let others = update
        .pages
        .iter()
        .filter(|p| p.path.starts_with("kommun-") && !p.path.starts_with("kommun-00/"))
        .count();
    assert_eq!(
        others, 0,
        "no other compact's page quotes the second wording"
    );
    apply(&mut pages, update);
    step(
        &site,
        &mut loaded,
        &mut pages,
        change(),
        "edit the second wording",
    );

    fs::remove_file(site.root.join("content/kommun-00/principles/dialog.md")).expect("rm");
    step(
        &site,
        &mut loaded,
        &mut pages,
        change(),
        "the second wording becomes the first",
    );
    replace(&site, second, "varje vecka", "varje dag");
    step(
        &site,
        &mut loaded,
        &mut pages,
        change(),
        "edit the quoted wording",
    );
}

/// Easy-to-read versions come and go, and a compact says its own language, on an English
/// site over Swedish content: each rebuild equals a full build, and editing an easy-to-read
/// text renders only its page.
#[test]
fn incremental_rebuilds_follow_easy_to_read_versions_and_languages() {
    let site = SiteTest::shipped().edit(
        "site.yaml",
        "language: sv",
        "language: en\ncontent_language: sv",
    );
    let (mut loaded, _) = Live::load(&site.root).expect("loads");
    let mut pages = full(&site);
    let eslov = || Change::Compact("eslov".to_owned());
    let easy = "content/eslov/lattlast.md";

    write(
        &site,
        easy,
        "---\n---\nKommunen och föreningarna\nsamarbetar.\n",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "create an easy-to-read version",
    );

    replace(&site, easy, "samarbetar", "arbetar tillsammans");
    let update = loaded.apply(&[eslov()]).expect("applies");
    // The data files read each compact whole; of the pages, only its own shows the text, and
    // the open data's page says how large the JSON has become.
    let pages_again: Vec<&str> = update
        .pages
        .iter()
        .map(|p| p.path.as_str())
        .filter(|p| p.ends_with(".html"))
        .collect();
    assert_eq!(
        pages_again,
        ["data/index.html", "eslov/easy-read/index.html"],
        "only its own page"
    );
    apply(&mut pages, update);
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "edit the easy-to-read text",
    );

    write(
        &site,
        "content/lattlast.md",
        "---\n---\nHär finns\növerenskommelserna.\n",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::FrontPage,
        "create the front page's",
    );
    replace(&site, "content/lattlast.md", "Här finns", "Här kan du läsa");
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::FrontPage,
        "edit the front page's",
    );
    fs::remove_file(site.root.join("content/lattlast.md")).expect("rm");
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::FrontPage,
        "remove the front page's",
    );

    replace(
        &site,
        "content/varmdo/_index.md",
        "status: unknown",
        "status: unknown\nlanguage: fi",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        Change::Compact("varmdo".to_owned()),
        "a compact says its own language",
    );

    fs::remove_file(site.root.join(easy)).expect("rm");
    step(
        &site,
        &mut loaded,
        &mut pages,
        eslov(),
        "remove an easy-to-read version",
    );
}

/// The first compact folder of `site` (in name order) whose `_index.md` holds `wanted`, and
/// one of its principle files.
fn compact_with(site: &SiteTest, wanted: &str) -> (String, String) {
    let mut folders: Vec<_> = fs::read_dir(site.root.join("content"))
        .expect("content")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let index = fs::read_to_string(folder.join("_index.md")).expect("_index.md");
        let principle = fs::read_dir(folder.join("principles"))
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .min();
        if let (true, Some(principle)) = (index.contains(wanted), principle) {
            let slug = folder
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            return (slug, principle);
        }
    }
    panic!("no compact with {wanted}");
}

/// On a site split by county, an edit renders again its own county's pages and the parts of
/// the search index its words are in, and a compact that changes county moves between the
/// counties' pages; each step equals a full build.
#[test]
fn incremental_rebuilds_equal_full_builds_on_a_site_split_by_county() {
    let site = SiteTest::synthetic(70, 3);
    let (mut loaded, _) = Live::load(&site.root).expect("loads");
    let mut pages = full(&site);
    let (slug, principle) = compact_with(&site, "county: \"Skåne län\"");
    let change = || Change::Compact(slug.clone());
    let file = format!("content/{slug}/principles/{principle}");

    let text = fs::read_to_string(site.root.join(&file)).expect("principle");
    let body = text.rsplit("---").next().expect("body").trim().to_owned();
    let first_word = body.split(' ').next().expect("a word").to_owned();
    replace(&site, &file, &first_word, "Kvittrande");
    let update = loaded.apply(&[change()]).expect("applies");
    let parts: Vec<&str> = update
        .pages
        .iter()
        .map(|p| p.path.as_str())
        .filter(|p| p.starts_with("search-index/"))
        .collect();
    assert!(
        parts.contains(&"search-index/kv.js"),
        "a word of a new part: {parts:?}"
    );
    assert!(
        parts.len() <= 4,
        "only the parts whose words changed: {parts:?}"
    );
    let all: Vec<&str> = update.pages.iter().map(|p| p.path.as_str()).collect();
    assert!(
        all.len() < 20,
        "few pages show a principle's words: {all:?}"
    );
    apply(&mut pages, update);
    step(
        &site,
        &mut loaded,
        &mut pages,
        change(),
        "a new word in a principle",
    );

    replace(
        &site,
        &format!("content/{slug}/_index.md"),
        "county: \"Skåne län\"",
        "county: \"Blekinge län\"",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        change(),
        "move a compact to another county",
    );

    replace(
        &site,
        &format!("content/{slug}/_index.md"),
        "county: \"Blekinge län\"\n",
        "",
    );
    step(
        &site,
        &mut loaded,
        &mut pages,
        change(),
        "take a compact out of every county",
    );
    assert!(pages.contains_key("lan/utan-lan/index.html"));
}
