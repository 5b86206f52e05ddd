use super::*;

fn page(path: &str, html: &str) -> Page {
    Page {
        path: path.to_owned(),
        bytes: html.as_bytes().to_vec(),
    }
}

const ESLOV: &str = r##"<html><head><title>x</title></head><body><nav><a href="../index.html">Hem</a></nav>
<main id="main" tabindex="-1"><h1>Eslöv</h1><a href="../jamfor/index.html">Jämför</a> <a href="mod/index.html#a">Mod</a> <a href="#principer">Till principerna</a> <a href="https://eslov.se/">Eslöv</a><script>alert(1)</script></main></body></html>"##;

#[test]
fn keeps_the_main_content_under_the_cms_title_with_absolute_links_and_no_script() {
    let fragment = of_page(
        &page("eslov/index.html", ESLOV),
        Links::To("https://kommun.se/ok/"),
        "sok/index.html",
    )
    .expect("a fragment");
    assert_eq!(fragment.page.path, "eslov/index.html");
    assert_eq!(fragment.title, "Eslöv");
    assert_eq!(
        String::from_utf8_lossy(&fragment.page.bytes),
        r##"<a href="https://kommun.se/ok/jamfor/">Jämför</a> <a href="https://kommun.se/ok/eslov/mod/#a">Mod</a> <a href="https://kommun.se/ok/eslov/#principer">Till principerna</a> <a href="https://eslov.se/">Eslöv</a>"##
    );
}

#[test]
fn without_a_published_site_links_inside_it_are_text() {
    let fragment = of_page(
        &page("eslov/index.html", ESLOV),
        Links::AsText,
        "sok/index.html",
    )
    .expect("a fragment");
    assert_eq!(
        String::from_utf8_lossy(&fragment.page.bytes),
        r##"Jämför Mod Till principerna <a href="https://eslov.se/">Eslöv</a>"##
    );
}

#[test]
fn leaves_out_the_404_page_the_search_page_and_non_html() {
    let pages = [
        page("404.html", "<main>x</main>"),
        page("sok/index.html", "<main><form></form></main>"),
        page("data/a.json", "{}"),
    ];
    assert!(pages
        .iter()
        .all(|p| of_page(p, Links::To("https://kommun.se/"), "sok/index.html").is_none()));
}
