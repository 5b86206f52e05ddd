//! Thin entry points for the fuzz targets in `fuzz/` (run with `cargo +nightly fuzz`): each
//! hands arbitrary input to one of the readers of an editor's files the way a build does,
//! and checks what must hold whatever the input, beyond not panicking: every problem names
//! the file it is about and a line of it, a date or an organisation number read is written
//! back the same, and rendered Markdown holds no tag or link the editor could not write.
//!
//! The files are written into a small site of their own in a temporary folder, once per
//! process, and read by the same code as `overens build` reads them, so the fuzzing covers
//! the reading of bytes (byte-order marks, encodings, binary files) as well as the parsing.
//! Not part of the public API.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::config::Config;
use crate::date::PartialDate;
use crate::diagnostics::Problems;
use crate::messages::Lang;
use crate::urls::Words;

/// A fixed compact beside the file under test, so that a list or a plan has a compact.
const INDEX: &str =
    "---\ntitle: Alfa\nmunicipality: Alfa\nstatus: adopted\nadopted: \"2019\"\n---\nText.\n";

/// The topics the fuzzed principles and compacts may name.
const TOPICS: &str = "- id: dialog\n  name: Dialog\n- id: kvalitet\n  name: Kvalitet\n";

/// The folder of this process's small sites.
static BASE: OnceLock<PathBuf> = OnceLock::new();

/// Removes this process's small sites, for a test that is done with them.
pub fn remove_sites() {
    if let Some(base) = BASE.get() {
        let _ = std::fs::remove_dir_all(base);
    }
}

/// A site of its own for each target, in a temporary folder (in memory where the system has
/// `/dev/shm`), made once per process.
fn site(target: &str) -> PathBuf {
    let base = BASE.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        let parent = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        parent.join(format!("overens-fuzz-{}", std::process::id()))
    });
    let root = base.join(target);
    let folder = root.join("content").join("alfa");
    if !folder.is_dir() {
        std::fs::create_dir_all(&folder).expect("a temporary folder for fuzzing");
        std::fs::write(root.join("content").join("topics.yaml"), TOPICS).expect("topics");
        std::fs::write(folder.join("_index.md"), INDEX).expect("the compact");
    }
    root
}

/// Writes `data` as the file `relative` of the target's site and reads the site's content.
fn content_with(target: &str, relative: &str, data: &[u8]) {
    let root = site(target);
    std::fs::write(root.join(relative), data).expect("the file under test");
    let problems = match crate::content::load(&root, Words::of(Lang::Sv)) {
        Ok(content) => content.warnings(),
        Err(problems) => problems,
    };
    every_problem_names_its_place(&problems, relative, data);
}

/// What every problem must say, whatever the input: the file (`relative` or another of the
/// small site), and a line that exists in it, or none. Lines are counted as YAML and the
/// editors count them: a carriage return alone ends a line too.
fn every_problem_names_its_place(problems: &Problems, relative: &str, data: &[u8]) {
    let breaks = data
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && data.get(i + 1) != Some(&b'\n')))
        .count();
    let lines = breaks + 1;
    for problem in problems.iter() {
        let file = problem.file.to_string_lossy().replace('\\', "/");
        assert!(!file.is_empty(), "a problem names no file: {problem:?}");
        for lang in [Lang::Sv, Lang::En] {
            let said = problem.message.text(lang);
            assert!(!said.trim().is_empty(), "a problem says nothing");
        }
        if file == relative {
            assert!(
                problem.line <= lines + 1,
                "line {} of a file of {lines} lines: {problem:?}",
                problem.line
            );
        }
    }
}

/// A compact's `_index.md`: front matter, every check of its keys, and its text.
pub fn compact_index(data: &[u8]) {
    content_with("index", "content/alfa/_index.md", data);
}

/// `site.yaml`: every setting and what is not ready to publish.
pub fn settings(data: &[u8]) {
    let root = site("settings");
    std::fs::write(root.join("site.yaml"), data).expect("site.yaml");
    if let Err(problems) = Config::load(&root) {
        every_problem_names_its_place(&problems, "site.yaml", data);
    }
}

/// A compact's `signatories.csv`, in whatever encoding and with whatever separator.
pub fn signatories(data: &[u8]) {
    content_with("signatories", "content/alfa/signatories.csv", data);
}

/// A compact's `plan.yaml`.
pub fn plan(data: &[u8]) {
    content_with("plan", "content/alfa/plan.yaml", data);
}

/// A Word document given to `overens import`: read, split into the compact and its
/// principles, and written as a compact folder, which the site then reads. Whatever the
/// bytes, the import refuses them with a problem naming the file, or makes a folder whose
/// files are read without an error.
pub fn docx(data: &[u8]) {
    let root = site("docx");
    let file = root.join("document.docx");
    std::fs::write(&file, data).expect("the document");
    let folder = root.join("content").join("imported");
    let _ = std::fs::remove_dir_all(&folder);
    let options = crate::import::Options {
        file,
        root: root.clone(),
        slug: Some("imported".to_owned()),
        rule: crate::import::Rule::Found,
        preview: false,
        accept_changes: false,
    };
    std::fs::write(
        root.join("site.yaml"),
        "title: T\nbase_url: https://a.se/\n",
    )
    .expect("site");
    match crate::import::import(&options) {
        Err(problems) => {
            for problem in problems.iter() {
                assert!(!problem.file.as_os_str().is_empty(), "{problem:?}");
            }
        }
        Ok(_) => {
            if let Err(problems) = crate::content::load(&root, Words::of(Lang::Sv)) {
                let errors: Vec<_> = problems
                    .iter()
                    .filter(|p| p.severity == crate::diagnostics::Severity::Error)
                    .collect();
                assert!(
                    errors.is_empty(),
                    "an imported compact does not build: {errors:?}"
                );
            }
        }
    }
}

/// A date as written (`2019`, `2019-10`, `2019-10-01`): one that is read is written back the
/// same, and dates compare as the calendar does.
pub fn date(text: &str) {
    let Some(date) = PartialDate::parse(text) else {
        return;
    };
    let written = date.to_string();
    assert_eq!(PartialDate::parse(&written), Some(date), "{text:?}");
    assert!(!date.is_before(date), "{date} before itself");
    let today = crate::date::today();
    if date.is_past(today) {
        assert!(!today.is_before(date), "{date} past but after {today}");
    }
    assert_eq!(date.months_until(date), 0, "{date}");
}

/// An organisation number: one that is read is ten digits, read the same when written, and
/// a person's number is never taken for one.
pub fn organisation_number(text: &str) {
    let Ok(written) = crate::orgnr::parse(text) else {
        return;
    };
    assert_eq!(written.len(), 11, "{text:?} → {written:?}");
    assert_eq!(crate::orgnr::parse(&written).as_ref(), Ok(&written));
    let month: u32 = written[2..4].parse().expect("digits");
    assert!(
        month >= 20,
        "a personal number read as an organisation's: {text:?}"
    );
}

/// Markdown, rendered as a page shows it: raw HTML never passes through as HTML (every tag
/// and attribute is one that Markdown itself makes), and a link is never to a scheme other
/// than the web's, e-mail or telephone.
pub fn markdown(text: &str) {
    for folder in [None, Some("alfa/dialog/")] {
        let html = crate::markdown::render_in(text, folder).html;
        for tag in tags(&html) {
            assert!(
                MARKDOWN_TAGS.contains(&tag.name.as_str()),
                "<{}> from {text:?}: {html}",
                tag.name
            );
            for (name, value) in &tag.attributes {
                assert!(
                    MARKDOWN_ATTRIBUTES.contains(&name.as_str()),
                    "{name}= from {text:?}: {html}"
                );
                if name == "href" || name == "src" {
                    assert!(safe_href(value), "{name} {value:?} from {text:?}");
                }
            }
        }
    }
}

/// The tags pulldown-cmark writes for the Markdown features the site turns on.
const MARKDOWN_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "code",
    "ol",
    "ul",
    "li",
    "em",
    "strong",
    "del",
    "a",
    "img",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "div",
    "input",
    "span",
];

/// The attributes it writes on them.
const MARKDOWN_ATTRIBUTES: &[&str] = &[
    "href", "title", "src", "alt", "id", "class", "start", "style", "type", "checked", "disabled",
];

/// A tag of rendered HTML: its name and attributes (values as written, escaped).
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// The opening and closing tags of `html`, read as a browser reads them.
fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let body = rest.trim_start_matches('/');
        let name: String = body
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let mut tail = &body[name.len()..];
        let mut attributes = Vec::new();
        loop {
            tail = tail.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
            if tail.is_empty() || tail.starts_with('>') {
                break;
            }
            let key: String = tail
                .chars()
                .take_while(|c| !c.is_ascii_whitespace() && !matches!(c, '=' | '>' | '/'))
                .collect();
            tail = &tail[key.len()..];
            let mut value = String::new();
            if let Some(after) = tail.strip_prefix('=') {
                let (quote, inner) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => (Some(q), &after[1..]),
                    _ => (None, after),
                };
                let end = match quote {
                    Some(q) => inner.find(q).unwrap_or(inner.len()),
                    None => inner
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(inner.len()),
                };
                value = inner[..end].to_owned();
                tail = &inner[(end + usize::from(quote.is_some())).min(inner.len())..];
            }
            if key.is_empty() {
                tail = tail.get(1..).unwrap_or_default();
                continue;
            }
            attributes.push((key.to_ascii_lowercase(), value));
        }
        found.push(Tag {
            name: name.to_ascii_lowercase(),
            attributes,
        });
        rest = tail;
    }
    found
}

/// Whether a browser would follow `href` (as written in HTML) to a scheme that is allowed:
/// the value unescaped, and the tabs and line breaks it ignores in a URL taken out.
fn safe_href(href: &str) -> bool {
    let unescaped = href
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let url: String = unescaped
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let Some((scheme, _)) = url.split_once(':') else {
        return true;
    };
    let is_scheme = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    !is_scheme
        || matches!(
            scheme.to_ascii_lowercase().as_str(),
            "http" | "https" | "mailto" | "tel" | "overens-root"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_s_way_of_reading_a_scheme_is_followed() {
        assert!(safe_href("https://a.se/"));
        assert!(safe_href("../x/index.html"));
        assert!(safe_href("overens-root:alfa/index.html"));
        assert!(!safe_href("javascript:alert(1)"));
        assert!(!safe_href("java\tscript:alert(1)"));
        assert!(!safe_href(" JavaScript:x"));
        assert!(safe_href("java%09script:x"), "not a scheme");
    }

    #[test]
    fn the_entry_points_take_what_a_build_takes() {
        compact_index(INDEX.as_bytes());
        signatories("namn;anslöt\nA;2020\n".as_bytes());
        plan(b"- title: A\n");
        settings(b"title: A\nbase_url: https://a.se/\n");
        date("2019-10-01");
        organisation_number("212000-0035");
        docx(b"not a word document");
        markdown("[a](javascript:alert(1)) <script>x</script>");
        remove_sites();
        markdown("[a](b \"x onload=y\") | a |\n|:-|\n| b |\n\n- [x] c\n\nd[^1]\n\n[^1]: e");
    }

    #[test]
    fn tags_are_read_as_a_browser_reads_them() {
        let found = tags("<a href=\"x\" title=\"a onload=b\">y</a><br />");
        let names: Vec<&str> = found.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["a", "a", "br"]);
        assert_eq!(found[0].attributes.len(), 2);
        assert_eq!(found[0].attributes[1].1, "a onload=b");
    }
}
