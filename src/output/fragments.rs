//! Pages as fragments to paste into a municipal CMS: each page's main content only, with no
//! `<html>`, `<head>`, navigation or script, and every link made absolute from `base_url`
//! so it works wherever the CMS puts it.

use super::Page;
use crate::urls;

/// The folder, in the output, that fragments are written to.
pub(crate) const FOLDER: &str = "fragments";

/// The fragment of a page, at `fragments/<path>`: every HTML page has one but the 404 page.
pub(crate) fn of_page(page: &Page, base_url: &str) -> Option<Page> {
    if !page.path.ends_with(".html") || page.path == "404.html" {
        return None;
    }
    let html = std::str::from_utf8(&page.bytes).ok()?;
    let main = main_content(html)?;
    let body = absolute_links(&without_scripts(main), base_url, &page.path);
    Some(Page {
        path: format!("{FOLDER}/{}", page.path),
        bytes: body.trim().as_bytes().to_vec(),
    })
}

/// What stands between `<main …>` and `</main>`.
fn main_content(html: &str) -> Option<&str> {
    let start = html.find("<main")?;
    let open_end = start + html[start..].find('>')? + 1;
    let end = html.rfind("</main>")?;
    html.get(open_end..end)
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

/// Rewrites every `href="…"` and `src="…"` that points inside the site.
fn absolute_links(html: &str, base_url: &str, page_path: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 4);
    let mut rest = html;
    loop {
        let next = ["href=\"", "src=\""]
            .iter()
            .filter_map(|attr| rest.find(attr).map(|at| (at, attr.len())))
            .min();
        let Some((at, len)) = next else { break };
        let value_start = at + len;
        let Some(value_len) = rest[value_start..].find('"') else {
            break;
        };
        out.push_str(&rest[..value_start]);
        out.push_str(&urls::absolute(
            &rest[value_start..value_start + value_len],
            base_url,
            page_path,
        ));
        rest = &rest[value_start + value_len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, html: &str) -> Page {
        Page {
            path: path.to_owned(),
            bytes: html.as_bytes().to_vec(),
        }
    }

    #[test]
    fn keeps_the_main_content_with_absolute_links_and_no_script() {
        let html = r##"<html><head><title>x</title></head><body><nav><a href="../index.html">Hem</a></nav>
<main id="main" tabindex="-1"><h1>Eslöv</h1><a href="../jamfor/index.html">Jämför</a> <a href="mod/index.html#a">Mod</a> <a href="#principer">Till principerna</a> <a href="https://eslov.se/">Eslöv</a><script>alert(1)</script></main></body></html>"##;
        let fragment =
            of_page(&page("eslov/index.html", html), "https://kommun.se/ok/").expect("a fragment");
        assert_eq!(fragment.path, "fragments/eslov/index.html");
        assert_eq!(
            String::from_utf8_lossy(&fragment.bytes),
            r##"<h1>Eslöv</h1><a href="https://kommun.se/ok/jamfor/">Jämför</a> <a href="https://kommun.se/ok/eslov/mod/#a">Mod</a> <a href="https://kommun.se/ok/eslov/#principer">Till principerna</a> <a href="https://eslov.se/">Eslöv</a>"##
        );
    }

    #[test]
    fn leaves_out_the_404_page_and_non_html() {
        let pages = [
            page("404.html", "<main>x</main>"),
            page("data/a.json", "{}"),
        ];
        assert!(pages
            .iter()
            .all(|p| of_page(p, "https://kommun.se/").is_none()));
    }
}
