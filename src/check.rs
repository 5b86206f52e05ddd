//! `overens check`: everything a build does but writing the output, and then what a build
//! does not look at: every link written in Markdown is resolved against the rendered pages
//! and reported at its line when its target is missing.

use std::collections::HashMap;
use std::path::Path;

use crate::content::MarkdownLink;
use crate::diagnostics::{did_you_mean, BuildError, Problem, Problems};
use crate::messages::{self as m, Message};
use crate::site::Site;
use crate::urls::{self, Target};

/// What a check found.
#[derive(Debug, Default)]
pub struct Report {
    /// Errors and warnings, in any order.
    pub problems: Problems,
    /// Pages the site would have: its HTML, as a reader counts pages.
    pub pages: usize,
    /// Markdown links resolved.
    pub links: usize,
}

/// Loads and renders the site in `root` without writing it, and checks its links.
pub fn check(root: &Path) -> Report {
    let mut report = Report::default();
    let site = match Site::load(root, None) {
        Ok(site) => site,
        Err(error) => {
            report.problems = problems_of(error);
            return report;
        }
    };
    report.problems.extend(site.warnings());
    let pages = match site.render() {
        Ok(pages) => pages,
        Err(error) => {
            report.problems.extend(problems_of(error));
            return report;
        }
    };
    report.pages = pages.iter().filter(|p| p.path.ends_with(".html")).count();
    report.problems.extend(large_search_parts(&pages));
    let mut files: HashMap<String, &[u8]> = pages
        .iter()
        .map(|p| (p.path.clone(), p.bytes.as_slice()))
        .collect();
    let assets = site.static_files();
    for (path, bytes) in &assets {
        let path = path.to_string_lossy().replace('\\', "/");
        files.entry(path).or_insert(bytes.as_slice());
    }
    for link in site.content.links() {
        report.links += 1;
        if let Some(problem) = check_link(link, &files) {
            report.problems.push(problem);
        }
    }
    report
}

/// How large a part of the search index may be before a search that needs it is slow.
pub(crate) const LARGEST_SEARCH_PART: usize = 300_000;

/// A warning for each part of the search index over [`LARGEST_SEARCH_PART`] bytes.
fn large_search_parts(pages: &[crate::output::Page]) -> Problems {
    let mut warnings = Problems::default();
    for page in pages {
        let Some(name) = page.path.strip_prefix(urls::SEARCH_INDEX) else {
            continue;
        };
        if page.bytes.len() <= LARGEST_SEARCH_PART {
            continue;
        }
        let letters = name.strip_suffix(".js").unwrap_or(name);
        let kb = page.bytes.len().div_ceil(1000);
        warnings.push(
            Problem::in_file(
                Path::new(&page.path),
                m::SEARCH_PART_TOO_LARGE.with(&[&page.path, &kb]),
            )
            .with_hint(m::SEARCH_PART_HOLDS_WORDS.with(&[&letters]))
            .as_warning(),
        );
    }
    warnings
}

fn problems_of(error: BuildError) -> Problems {
    match error {
        BuildError::Content(problems) => problems,
        BuildError::Io(message) => Problem::in_file(Path::new("."), message).into(),
    }
}

/// The problem with `link`, if its target is not among `files`.
fn check_link(link: &MarkdownLink, files: &HashMap<String, &[u8]>) -> Option<Problem> {
    let shown = link.url.as_str();
    let problem = |message: Message, hint: Message| {
        let mut problem =
            Problem::error(&link.file, link.line, link.column, message).with_hint(hint);
        problem.source_line = Some(link.source_line.clone());
        problem
    };
    let missing = || m::LINK_LEADS_PAGE_DOES_NOT.with(&[&shown]);
    match urls::target(&link.page_folder, &link.url) {
        Target::Outside => None,
        Target::AboveRoot => Some(problem(missing(), counted_from(link))),
        Target::File(file, fragment) => match files.get(&file) {
            None if files.contains_key(&format!("{file}/index.html")) => Some(problem(
                missing(),
                m::LINK_FOLDER_ENDS_SLASH.with(&[&shown]),
            )),
            None => Some(problem(missing(), suggestion(link, &file, files))),
            Some(bytes) if !fragment.is_empty() && !has_anchor(bytes, &fragment) => Some(problem(
                m::PAGE_EXISTS_BUT_NOT_PLACE.with(&[&fragment]),
                m::PART_AFTER_SHOULD_PRINCIPLE_S.into(),
            )),
            Some(_) => None,
        },
    }
}

fn has_anchor(bytes: &[u8], fragment: &str) -> bool {
    let needle = format!("id=\"{fragment}\"");
    bytes
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

/// The nearest page, written as a link from the page the text is on: first a page whose
/// path ends the way the link does (`../eslov/` written one folder too shallow), then the
/// nearest spelling.
fn suggestion(link: &MarkdownLink, file: &str, files: &HashMap<String, &[u8]>) -> Message {
    let mut tail = link.url.as_str();
    while let Some(rest) = tail.strip_prefix("../").or_else(|| tail.strip_prefix("./")) {
        tail = rest;
    }
    let tail = match urls::target("", tail) {
        Target::File(path, _) => path,
        _ => file.to_owned(),
    };
    let mut pages: Vec<&str> = files
        .keys()
        .filter(|k| k.ends_with(".html"))
        .map(String::as_str)
        .collect();
    pages.sort_unstable();
    let ending = pages
        .iter()
        .copied()
        .filter(|p| *p == tail || p.ends_with(&format!("/{tail}")))
        .min_by_key(|p| p.len());
    // Spelling is compared without the `index.html` every page ends in, and never against
    // the front page, which is near to every short name.
    let folder = |p: &'_ str| p.strip_suffix("index.html").unwrap_or(p).to_owned();
    let folders: Vec<String> = pages
        .iter()
        .map(|p| folder(p))
        .filter(|f| !f.is_empty())
        .collect();
    let spelled = did_you_mean(&folder(&tail), folders.iter().map(String::as_str))
        .and_then(|near| pages.iter().copied().find(|p| folder(p) == near));
    match ending.or(spelled) {
        Some(near) => {
            let up = "../".repeat(link.page_folder.matches('/').count());
            let target = near.strip_suffix("index.html").unwrap_or(near);
            let meant = format!("{up}{target}");
            m::LINK_DID_YOU_MEAN.with(&[&meant, &counted_from(link)])
        }
        None => counted_from(link),
    }
}

fn counted_from(link: &MarkdownLink) -> Message {
    if link.page_folder.is_empty() {
        m::LINK_COUNTS_PAGE_TEXT_SHOWN.with(&[&m::FRONT_PAGE])
    } else {
        m::LINK_COUNTS_PAGE_TEXT_SHOWN.with(&[&link.page_folder])
    }
}
