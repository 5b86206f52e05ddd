//! Pages as fragments to paste into a municipal CMS that cannot host a folder of pages: each
//! page's main content only, with no `<html>`, `<head>`, navigation, script or search form,
//! its headings starting at `<h2>` under the CMS page's own title, and its links made to
//! work from wherever the CMS puts it: to the whole site when it is published at its
//! `base_url`, else left as text. An index page (see [`index`]) tells the editor which
//! fragment goes where.

mod index;

use std::path::Path;
use std::sync::Mutex;

use super::{Output, Page, Staging};
use crate::diagnostics::BuildError;
use crate::messages::Lang;
use crate::urls;

use index::{file_name, index};

/// The fragments of a build, an output of its own beside the site's folder: each page's
/// fragment is written as the page is made, and the index page when every page is.
pub(crate) struct Fragments<'a> {
    folder: Staging,
    links: Links<'a>,
    /// The search page, which has no fragment.
    search_page: String,
    /// The site's title, for the index page.
    site_title: &'a str,
    lang: Lang,
    /// Each fragment's file, its page's path and title, for the index page.
    listed: Mutex<Vec<(String, String, String)>>,
}

impl<'a> Fragments<'a> {
    /// Starts the fragments of a site called `site_title` in `folder`, beside its output,
    /// with `links` to the published site.
    pub(crate) fn begin(
        root: &Path,
        folder: &Path,
        links: Links<'a>,
        site_title: &'a str,
        lang: Lang,
    ) -> Result<Fragments<'a>, BuildError> {
        Ok(Fragments {
            folder: Staging::begin(root, folder)?,
            links,
            search_page: urls::search(urls::Words::of(lang)),
            site_title,
            lang,
            listed: Mutex::new(Vec::new()),
        })
    }

    /// Writes the index page and swaps the fragments in.
    pub(crate) fn finish(self) -> Result<(), BuildError> {
        let mut listed = self.listed.into_inner().unwrap_or_else(|e| e.into_inner());
        listed.sort();
        let index = index(&listed, self.links, self.site_title, self.lang);
        self.folder
            .file(Path::new("index.html"), index.as_bytes())?;
        self.folder.finish()
    }
}

impl Output for Fragments<'_> {
    fn page(&self, page: &Page) -> Result<(), BuildError> {
        let Some(fragment) = of_page(page, self.links, &self.search_page) else {
            return Ok(());
        };
        let name = file_name(&fragment.page.path, self.lang);
        self.folder.file(Path::new(&name), &fragment.page.bytes)?;
        let entry = (name, fragment.page.path, fragment.title);
        self.listed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(entry);
        Ok(())
    }
}

/// Where a fragment's links to the site's own pages lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Links<'a> {
    /// To the site published at this address.
    To(&'a str),
    /// Nowhere: the site is not published as a whole, so they are left as text.
    AsText,
}

/// One fragment, with what the index says of it.
#[derive(Debug, Clone)]
pub(crate) struct Fragment {
    /// The fragment, at the path of its page.
    pub(crate) page: Page,
    /// The page's title: the title to give the CMS page.
    pub(crate) title: String,
}

/// The fragment of a page: every HTML page has one but the 404 page and the search page,
/// whose form needs the site's script and index.
pub(crate) fn of_page(page: &Page, links: Links<'_>, search_page: &str) -> Option<Fragment> {
    if !page.path.ends_with(".html") || page.path == urls::NOT_FOUND || page.path == search_page {
        return None;
    }
    let html = std::str::from_utf8(&page.bytes).ok()?;
    let main = main_content(html)?;
    let (title, rest) = take_h1(main);
    let body = relink(&without_scripts(&rest), links, &page.path);
    Some(Fragment {
        page: Page {
            path: page.path.clone(),
            bytes: body.trim().as_bytes().to_vec(),
        },
        title,
    })
}

/// What stands between `<main …>` and `</main>`.
fn main_content(html: &str) -> Option<&str> {
    let start = html.find("<main")?;
    let open_end = start + html[start..].find('>')? + 1;
    let end = html.rfind("</main>")?;
    html.get(open_end..end)
}

/// The text of the first `<h1>`, and the content without it: the CMS page's own title takes
/// its place, so the fragment's headings start at `<h2>`.
fn take_h1(html: &str) -> (String, String) {
    let Some(start) = html.find("<h1") else {
        return (String::new(), html.to_owned());
    };
    let Some(end) = html[start..]
        .find("</h1>")
        .map(|e| start + e + "</h1>".len())
    else {
        return (String::new(), html.to_owned());
    };
    let inner = &html[start..end];
    let text = strip_tags(inner);
    (text, format!("{}{}", &html[..start], &html[end..]))
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn without_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</script>") {
            Some(end) => rest = &rest[start + end + "</script>".len()..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

/// Makes every `href="…"` and `src="…"` that points inside the site work from elsewhere:
/// absolute from the published site, or, when there is none, links left as their text.
fn relink(html: &str, links: Links<'_>, page_path: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 4);
    let mut rest = html;
    // Anchors whose opening tag was dropped drop their closing tag too.
    let mut open: Vec<bool> = Vec::new();
    loop {
        let next = ["<a ", "</a>", "href=\"", "src=\""]
            .iter()
            .filter_map(|token| rest.find(token).map(|at| (at, *token)))
            .min();
        let Some((at, token)) = next else { break };
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match token {
            "<a " => {
                let end = rest.find('>').map_or(rest.len(), |e| e + 1);
                let tag = &rest[..end];
                let href = attribute(tag, "href");
                let inside = href.is_some_and(|h| {
                    !h.contains("://") && !h.starts_with("mailto:") && !h.starts_with("tel:")
                });
                let drop = links == Links::AsText && inside;
                open.push(drop);
                if drop {
                    rest = &rest[end..];
                } else {
                    out.push_str("<a ");
                    rest = &rest[3..];
                }
            }
            "</a>" => {
                if !open.pop().unwrap_or(false) {
                    out.push_str("</a>");
                }
                rest = &rest[4..];
            }
            _ => {
                let value_start = token.len();
                let Some(value_len) = rest[value_start..].find('"') else {
                    break;
                };
                let value = &rest[value_start..value_start + value_len];
                out.push_str(token);
                match links {
                    Links::To(base_url) => {
                        out.push_str(&urls::absolute(value, base_url, page_path))
                    }
                    Links::AsText => out.push_str(value),
                }
                rest = &rest[value_start + value_len..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The value of `name="…"` in an opening tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')?;
    Some(&tag[start..start + end])
}

#[cfg(test)]
mod tests;
