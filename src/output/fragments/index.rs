//! The fragments' index page: which fragment goes into which page of the CMS, under which
//! title, and where its links lead. It is for the editor, not for publishing.

use super::Links;
use crate::html::escape;
use crate::messages::{self as m, Lang};
use crate::urls;

/// The file name a fragment gets: its page's folders joined by `_` (`eslov_mod.html`), which
/// no page's folder can hold; the front page's is first in the list.
pub(crate) fn file_name(page_path: &str, lang: Lang) -> String {
    let folders = urls::pretty(page_path).trim_end_matches('/');
    if folders.is_empty() {
        format!("_{}.html", m::FRAGMENT_FRONT_PAGE_FILE.get(lang))
    } else {
        format!("{}.html", folders.replace('/', "_"))
    }
}

/// The index page of `fragments`, each as (its file, its page's path, its page's title),
/// for a site called `site_title`.
pub(crate) fn index(
    fragments: &[(String, String, String)],
    links: Links<'_>,
    site_title: &str,
    lang: Lang,
) -> String {
    let mut rows = String::new();
    for (file, path, title) in fragments {
        let page = urls::pretty(path);
        let replaces = match links {
            Links::To(base) => format!("<a href=\"{0}{1}\">{0}{1}</a>", escape(base), escape(page)),
            Links::AsText => escape(if page.is_empty() { "/" } else { page }),
        };
        rows.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td><a href=\"{}\">{}</a></td><td>{}</td></tr>\n",
            escape(title),
            escape(file),
            escape(file),
            replaces,
        ));
    }
    let links_say = match links {
        Links::To(base) => m::FRAGMENT_LINKS_TO.with(&[&escape(base)]).text(lang),
        Links::AsText => m::FRAGMENT_LINKS_AS_TEXT.get(lang).to_owned(),
    };
    format!(
        "<!DOCTYPE html>
<html lang=\"{lang_code}\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<title>{title} – {site}</title>
<style>
body {{ font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 60rem; padding: 1rem; overflow-wrap: break-word; }}
h1 {{ font-size: 1.6rem; hyphens: auto; }}
a {{ color: #00517a; }}
:focus-visible {{ outline: 3px solid #b35c00; outline-offset: 2px; }}
.table-scroll {{ overflow-x: auto; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #c8ccd0; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{intro}</p>
<ol>
<li>{step_1}</li>
<li>{step_2}</li>
<li>{step_3}</li>
</ol>
<p>{links_say}</p>
<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"fragments-caption\" tabindex=\"0\">
<table>
<caption id=\"fragments-caption\">{caption}</caption>
<thead><tr><th scope=\"col\">{col_title}</th><th scope=\"col\">{col_file}</th><th scope=\"col\">{col_page}</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
</div>
</main>
</body>
</html>
",
        lang_code = lang.code(),
        title = escape(m::FRAGMENTS_TITLE.get(lang)),
        site = escape(site_title),
        intro = escape(m::FRAGMENTS_INTRO.get(lang)),
        step_1 = escape(m::FRAGMENTS_STEP_1.get(lang)),
        step_2 = escape(m::FRAGMENTS_STEP_2.get(lang)),
        step_3 = escape(m::FRAGMENTS_STEP_3.get(lang)),
        caption = escape(m::FRAGMENTS_CAPTION.get(lang)),
        col_title = escape(m::FRAGMENTS_COL_TITLE.get(lang)),
        col_file = escape(m::FRAGMENTS_COL_FILE.get(lang)),
        col_page = escape(m::FRAGMENTS_COL_PAGE.get(lang)),
    )
}
