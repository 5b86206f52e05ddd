//! Every address of the site: the URL words of each language, the path of every kind of
//! page, the words a compact's folder may not take, and how a relative link is resolved.
//! Paths are relative to the output root (`eslov/index.html`); pages put their own way to
//! the root (`../../`) in front, so every link is relative and works from any folder and
//! from `file://`.

mod words;

#[cfg(test)]
pub(crate) use words::reserved;
pub(crate) use words::{is_reserved, is_reserved_in_compact, Words};

/// A compact's earlier versions: `eslov/versioner/index.html`.
pub(crate) fn versions(words: Words, compact: &str) -> String {
    format!("{compact}/{}/index.html", words.versions)
}
/// One earlier version: `eslov/versioner/2014-03/index.html`.
pub(crate) fn version(words: Words, compact: &str, date: &str) -> String {
    format!("{compact}/{}/{date}/index.html", words.versions)
}
/// A compact's signatories, by name.
pub(crate) fn signatories(words: Words, compact: &str) -> String {
    format!("{compact}/{}/index.html", words.signatories)
}
/// A compact's signatories, by the date they joined.
pub(crate) fn signatories_by_date(words: Words, compact: &str) -> String {
    format!(
        "{compact}/{}/{}/index.html",
        words.signatories, words.by_date
    )
}
/// Page `page` (0 the first) of a compact's signatories, by name or by date: the first at
/// the list's own address, the next at `…/anslutna/sida-2/`, `…/anslutna/efter-datum/sida-2/`.
pub(crate) fn signatories_page(words: Words, compact: &str, by_date: bool, page: u16) -> String {
    let first = if by_date {
        signatories_by_date(words, compact)
    } else {
        signatories(words, compact)
    };
    match page {
        0 => first,
        n => {
            let folder = first.trim_end_matches("index.html");
            format!("{folder}{}-{}/index.html", words.page, n + 1)
        }
    }
}
/// A compact's action plan.
pub(crate) fn plan(words: Words, compact: &str) -> String {
    format!("{compact}/{}/index.html", words.plan)
}
/// The overview of every compact's living parts.
pub(crate) fn overview(words: Words) -> String {
    format!("{}/index.html", words.overview)
}
/// One county's part of the overview, on a site split by county.
pub(crate) fn overview_in(words: Words, slug: &str) -> String {
    format!("{}/{slug}/index.html", words.overview)
}

/// A compact's page.
pub(crate) fn compact(slug: &str) -> String {
    format!("{slug}/index.html")
}
/// A principle's page.
pub(crate) fn principle(compact: &str, principle: &str) -> String {
    format!("{compact}/{principle}/index.html")
}
/// The matrix.
pub(crate) fn compare(words: Words) -> String {
    format!("{}/index.html", words.compare)
}
/// One topic compared.
pub(crate) fn topic(words: Words, id: &str) -> String {
    format!("{}/{id}/index.html", words.compare)
}
/// The timeline.
pub(crate) fn timeline(words: Words) -> String {
    format!("{}/index.html", words.timeline)
}
/// The accessibility statement.
pub(crate) fn accessibility(words: Words) -> String {
    format!("{}/index.html", words.accessibility)
}
/// The page of the open data: each file, its format and size.
pub(crate) fn open_data() -> String {
    "data/index.html".to_owned()
}
/// The search page.
pub(crate) fn search(words: Words) -> String {
    format!("{}/index.html", words.search)
}
/// The front page's easy-to-read version.
pub(crate) fn front_easy(words: Words) -> String {
    format!("{}/index.html", words.easy)
}
/// A compact's easy-to-read version, in the compact's folder.
pub(crate) fn compact_easy(words: Words, compact: &str) -> String {
    format!("{compact}/{}/index.html", words.easy)
}
/// A county's matrix, on a site split by county (`slug` from the county's name).
pub(crate) fn county(words: Words, slug: &str) -> String {
    format!("{}/{slug}/index.html", words.county)
}
/// One topic in one county, on a site split by county.
pub(crate) fn topic_in(words: Words, id: &str, slug: &str) -> String {
    format!("{}/{id}/{slug}/index.html", words.compare)
}
/// A county's timeline, on a site split by county.
pub(crate) fn timeline_in(words: Words, slug: &str) -> String {
    format!("{}/{slug}/index.html", words.timeline)
}
/// The folder of the search index's parts: script files, so that they load from `file://`.
pub(crate) const SEARCH_INDEX: &str = "search-index/";
/// One part of the search index: the words starting with `key`.
pub(crate) fn search_part(key: &str) -> String {
    format!("{SEARCH_INDEX}{key}.js")
}
/// What search results show of the compact at place `index` in the site's order.
pub(crate) fn search_compact(index: usize) -> String {
    format!("{SEARCH_INDEX}c/{index}.js")
}
/// The topics, for search.
pub(crate) const SEARCH_TOPICS: &str = "search-index/topics.js";
/// The Atom feed.
pub(crate) const FEED: &str = "feed.xml";
/// The sitemap.
pub(crate) const SITEMAP: &str = "sitemap.xml";
/// The robots file.
pub(crate) const ROBOTS: &str = "robots.txt";
/// The page a web server shows for an address that does not exist.
pub(crate) const NOT_FOUND: &str = "404.html";
/// The front page.
pub(crate) const FRONT: &str = "index.html";

/// The URL a page is published at: `eslov/index.html` → `eslov/`.
pub(crate) fn pretty(path: &str) -> &str {
    path.strip_suffix("index.html").unwrap_or(path)
}

/// `../` once for each folder of `path`: the way from that page to the output root.
pub(crate) fn to_root(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The folder of a page's path, with its trailing `/` (`eslov/mod/`), or `` at the root.
pub(crate) fn folder_of(path: &str) -> &str {
    path.rfind('/').map_or("", |at| &path[..=at])
}

/// The path part of the base URL: `https://a.se/x/` → `/x/`.
pub(crate) fn base_path(base_url: &str) -> String {
    let without_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    match without_scheme.find('/') {
        Some(at) => without_scheme[at..].to_owned(),
        None => "/".to_owned(),
    }
}

/// True when `url` names a scheme (`https:`, `mailto:`, `javascript:`).
fn has_scheme(url: &str) -> bool {
    url.split_once(':')
        .is_some_and(|(scheme, _)| !scheme.is_empty() && !scheme.contains(['/', '?', '#']))
}

/// True for the links a public site may show as links: the web, e-mail, telephone, and
/// addresses within the site. `javascript:`, `data:`, `file:` and the rest are not.
pub(crate) fn is_safe_link(url: &str) -> bool {
    let url = url.trim();
    match url.split_once(':') {
        Some((scheme, _)) if has_scheme(url) => {
            let scheme = scheme.to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// True for an address on the web that a page may link to: `https://…` or `http://…`. The
/// one rule for every web address written in the content, its lists and `site.yaml`.
pub(crate) fn is_web_address(text: &str) -> bool {
    text.starts_with("https://") || text.starts_with("http://")
}

/// True when a link leads away from the site's own files: another site, an e-mail address,
/// an anchor on the same page, or an absolute path that depends on where the site is
/// published.
pub(crate) fn is_outside(url: &str) -> bool {
    url.is_empty() || url.starts_with('#') || url.starts_with('/') || has_scheme(url)
}

/// A relative link to a folder (`../jamfor/`) made to point at its `index.html`, so the site
/// works from `file://` and from servers that do not add `index.html` themselves.
pub(crate) fn folder_to_file(url: &str) -> Option<String> {
    let (path, fragment) = url.split_once('#').unwrap_or((url, ""));
    if is_outside(path) && !path.is_empty() {
        return None;
    }
    if !(path.ends_with('/') || path == "." || path == "..") {
        return None;
    }
    let slash = if path.ends_with('/') { "" } else { "/" };
    let hash = if fragment.is_empty() { "" } else { "#" };
    Some(format!("{path}{slash}index.html{hash}{fragment}"))
}

/// The site path that relative `path` names from site folder `folder`: `..` climbs, `.` and
/// empty parts are skipped. Says too whether the path tried to climb above the output root,
/// where it stops.
pub(crate) fn join(folder: &str, path: &str) -> (String, bool) {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    let mut above = false;
    for part in path.split('/') {
        match part {
            ".." => above |= parts.pop().is_none(),
            "." | "" => {}
            part => parts.push(part),
        }
    }
    (parts.join("/"), above)
}

/// Where a link written on a page leads.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// Not a file of the site: see [`is_outside`].
    Outside,
    /// Goes above the output folder.
    AboveRoot,
    /// A file of the output, and the part after `#` (possibly empty).
    File(String, String),
}

/// Resolves `url` as written on a page in site folder `page_folder` (`alfa/`, or `` for
/// the front page), the way pages are linked: a link to a folder means its `index.html`.
pub(crate) fn target(page_folder: &str, url: &str) -> Target {
    let url = url.trim();
    if is_outside(url) {
        return Target::Outside;
    }
    let (path, fragment) = url.split_once('#').unwrap_or((url, ""));
    let path = path.split('?').next().unwrap_or(path);
    let (mut file, above) = join(page_folder, path);
    if above {
        return Target::AboveRoot;
    }
    if path.is_empty() || path.ends_with('/') || path.ends_with("..") || path == "." {
        file = if file.is_empty() {
            "index.html".to_owned()
        } else {
            format!("{file}/index.html")
        };
    }
    Target::File(file, fragment.to_owned())
}

/// The absolute address of a link on the page at `page_path`, from `base_url`: for pages
/// lifted out of the site (fragments for a CMS). Other sites and e-mail addresses stay.
pub(crate) fn absolute(target: &str, base_url: &str, page_path: &str) -> String {
    if let Some(fragment) = target.strip_prefix('#') {
        return format!("{base_url}{}#{fragment}", pretty(page_path));
    }
    if has_scheme(target) || target.starts_with('/') {
        return target.to_owned();
    }
    let (path, fragment) = target
        .split_once('#')
        .map_or((target, None), |(p, f)| (p, Some(f)));
    let (joined, _) = join(folder_of(page_path), path);
    let mut url = format!("{base_url}{}", pretty(&joined));
    if let Some(fragment) = fragment {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

/// The output path that a preview request asks for, or `None` for anything that tries to
/// leave the site: `..`, encoded dots, backslashes, drive letters, NUL.
pub(crate) fn from_request(url_path: &str) -> Option<String> {
    let decoded = percent_decode(url_path)?;
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            part if part.contains(':') => return None,
            part => parts.push(part),
        }
    }
    let mut key = parts.join("/");
    if decoded.ends_with('/') || key.is_empty() {
        if !key.is_empty() {
            key.push('/');
        }
        key.push_str("index.html");
    }
    Some(key)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests;
