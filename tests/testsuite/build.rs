//! Building fixture sites: escaping, overrides, languages and the output folder's safety.

use std::fs;

use crate::harness::{select, text, SiteTest};

#[test]
fn values_from_content_are_escaped() {
    let site = SiteTest::fixture("minimal")
        .edit(
            "content/alfa/_index.md",
            "municipality: Alfa",
            "municipality: \"Alfa <script>alert(1)</script>\"",
        )
        .edit(
            "content/alfa/_index.md",
            "Alfas text.",
            "Text <img src=x onerror=alert(1)>",
        );
    site.build_ok();
    for page in ["index.html", "alfa/index.html", "jamfor/index.html"] {
        let html = site.output(page);
        assert!(!html.contains("<script>"), "{page}");
        assert!(!html.contains("<img"), "{page}");
    }
    assert!(site.output("alfa/index.html").contains("&lt;script&gt;"));
}

#[test]
fn site_templates_override_the_theme_file_by_file() {
    let site = SiteTest::fixture("minimal").write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Borta</h1>{% endblock content %}",
    );
    site.build_ok();
    assert!(site.output("404.html").contains("<h1>Borta</h1>"));
    assert!(
        site.output("index.html")
            .contains("Välkommen till testplatsen."),
        "others keep the theme"
    );
}

#[test]
fn site_static_files_are_copied() {
    let site = SiteTest::fixture("minimal").write("static/logo.svg", "<svg/>");
    site.build_ok();
    assert_eq!(site.output("logo.svg"), "<svg/>");
    assert!(
        site.output("style.css").contains("--accent"),
        "the theme's stylesheet too"
    );
}

#[test]
fn another_theme_is_chosen_in_site_yaml() {
    let site = SiteTest::fixture("minimal")
        .edit("site.yaml", "language: sv", "language: sv\ntheme: kommun")
        .write("themes/kommun/static/style.css", "body { color: black }")
        .write("themes/kommun/i18n/sv.yaml", "home: Hem\n");
    site.build_ok();
    assert_eq!(site.output("style.css"), "body { color: black }");
    let page = site.page("alfa/index.html");
    assert_eq!(text(&select(&page, ".breadcrumbs li")[0]), "Hem");
}

#[test]
fn a_missing_theme_is_named() {
    let site = SiteTest::fixture("minimal").edit("site.yaml", "language: sv", "theme: saknas");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("site.yaml: temat \"saknas\" finns inte"),
        "{}",
        run.stderr
    );
}

#[test]
fn english_sites_speak_english() {
    let site = SiteTest::fixture("minimal").edit("site.yaml", "language: sv", "language: en");
    let run = site.build_ok();
    assert!(run.stdout.starts_with("Built "), "{}", run.stdout);
    let page = site.page("compare/index.html");
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("en"));
    assert_eq!(text(&select(&page, "h1")[0]), "Compare principles");
    let beta = site.page("beta/index.html");
    assert!(text(&select(&beta, ".facts")[0]).contains("Halted"));
}

#[test]
fn partial_dates_are_written_out_in_words() {
    let site = SiteTest::fixture("minimal");
    site.build_ok();
    let page = site.page("alfa/index.html");
    let events: Vec<String> = select(&page, ".events li").iter().map(text).collect();
    assert_eq!(
        events,
        ["1 oktober 2019 Antagen.", "2018 Arbetet börjar."],
        "newest first"
    );
}

#[test]
fn endorsed_principles_show_on_the_endorsing_compact() {
    let site = SiteTest::fixture("minimal");
    site.build_ok();
    let page = site.page("beta/index.html");
    let links: Vec<&str> = select(&page, "section ul li a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        [
            "../alfa/dialog/index.html",
            "../alfa/langsiktighet/index.html"
        ]
    );
}

/// No staging folder (`.output.new-…`) or replaced output (`.output.old-…`) is left beside
/// the output.
fn assert_no_staging_left(site: &SiteTest) {
    let leftovers: Vec<_> = fs::read_dir(&site.root)
        .expect("read")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".new-") || n.contains(".old-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_rebuild_replaces_the_output_whole() {
    let site = SiteTest::fixture("minimal");
    site.build_ok();
    assert!(site.root.join("output/beta/index.html").is_file());
    fs::remove_dir_all(site.root.join("content/beta")).expect("remove beta");
    site.build_ok();
    assert!(
        !site.root.join("output/beta").exists(),
        "removed compact's pages are gone"
    );
    assert_no_staging_left(&site);
}

#[test]
fn a_failed_build_leaves_the_previous_output_as_it_was() {
    let site = SiteTest::fixture("minimal");
    site.build_ok();
    let before = site.output("alfa/index.html");
    let site = site.edit(
        "content/alfa/_index.md",
        "status: adopted",
        "status: antagen",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(site.output("alfa/index.html"), before);
}

/// Pages are written into the new output as they are rendered: a page that fails late
/// must still leave the previous output whole, and no staging folder behind.
#[test]
fn a_build_failing_while_pages_are_written_leaves_the_previous_output() {
    let site = SiteTest::fixture("minimal");
    site.build_ok();
    let before = site.output("alfa/index.html");
    let site = site.write(
        "templates/topic.html",
        "{% extends \"base.html\" %}{% block content %}{{ topic.no_such_field }}{% endblock content %}",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("topic.html"), "{}", run.stderr);
    assert_eq!(site.output("alfa/index.html"), before);
    assert!(site.root.join("output/.overens-output").is_file());
    assert_no_staging_left(&site);
}

#[test]
fn refuses_to_write_over_the_site_or_a_folder_it_did_not_make() {
    let site = SiteTest::fixture("minimal");
    for target in [".", "content", "..", "content/alfa"] {
        let run = site.run(&["build", "--output", target]);
        assert_eq!(run.code, 3, "{target}: {}", run.stderr);
        assert!(
            run.stderr.contains("kan inte vara utdatamapp"),
            "{}",
            run.stderr
        );
    }
    let site = site.write("mine/notes.txt", "keep me");
    let run = site.run(&["build", "--output", "mine"]);
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains("inte skapad av overens"),
        "{}",
        run.stderr
    );
    assert_eq!(
        fs::read_to_string(site.root.join("mine/notes.txt")).expect("kept"),
        "keep me"
    );
    assert!(site.root.join("content/alfa/_index.md").is_file());
}

#[test]
fn builds_from_another_folder_with_root() {
    let site = SiteTest::fixture("minimal");
    let parent = site.root.parent().expect("parent").to_path_buf();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_overens"))
        .args(["build", "--root", "site", "--output", "public"])
        .current_dir(&parent)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(parent.join("public/index.html").is_file());
}

#[test]
fn the_accessibility_statement_says_what_digg_requires() {
    let site = SiteTest::fixture("minimal").write(
        "site.yaml",
        "title: Testplats\nbase_url: https://www.alfa.se/overenskommelsen/\nlanguage: sv\norganisation: Alfa kommun\naccessibility:\n  compliance: delvis\n  not_accessible: Tabellen på jämförelsesidan är bred på små skärmar.\n  method: Automatiska tester med axe-core och Nu HTML Checker.\n  assessed: \"2026-11-01\"\n  updated: \"2026-11-20\"\n  contact: webb@alfa.se\n  response_time: två arbetsdagar",
    );
    site.build_ok();
    let page = site.page("tillganglighet/index.html");
    let all = text(&select(&page, "main")[0]);
    for fact in [
        "Alfa kommun",
        "Testplats",
        "delvis förenlig",
        "Tabellen på jämförelsesidan är bred",
        "Automatiska tester med axe-core",
        "1 november 2026",
        "20 november 2026",
        "webb@alfa.se",
        "två arbetsdagar",
    ] {
        assert!(all.contains(fact), "{fact} missing: {all}");
    }
    let links: Vec<&str> = select(&page, "main a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(links.contains(&"mailto:webb@alfa.se"), "{links:?}");
    assert!(
        links.contains(&"https://www.digg.se/tdosanmalan"),
        "{links:?}"
    );
}

#[test]
fn a_missing_fact_in_the_statement_is_said_not_invented() {
    let site = SiteTest::fixture("minimal").edit(
        "site.yaml",
        "  method: Självskattning med automatiska tester.\n",
        "",
    );
    let run = site.build_ok();
    let page = site.page("tillganglighet/index.html");
    let all = text(&select(&page, "main")[0]);
    assert!(all.contains("Uppgiften saknas."), "{all}");
    assert!(
        run.stderr
            .contains("varning: tillgänglighetsredogörelsen saknar method"),
        "the build says so too: {}",
        run.stderr
    );
}

#[test]
fn brand_colours_join_the_one_stylesheet_with_readable_contrast() {
    let site = SiteTest::fixture("minimal").edit(
        "site.yaml",
        "language: sv",
        "language: sv\ncolors:\n  primary: \"#ffcc00\"\n  accent: \"#e4003a\"",
    );
    site.build_ok();
    let css = site.output("style.css");
    let brand = css
        .split("/* Brand colours from site.yaml */")
        .nth(1)
        .expect("brand rules");
    assert!(brand.contains("--brand: #ffcc00"), "{brand}");
    assert!(
        brand.contains("--brand-ink: #1b1b1b"),
        "dark text on yellow: {brand}"
    );
    assert!(
        !brand.contains("--accent: #ffcc00"),
        "yellow links would be unreadable: {brand}"
    );
}

#[test]
fn fragments_hold_each_pages_content_with_absolute_links() {
    let site = SiteTest::shipped();
    let run = site.run(&[
        "build",
        "--fragments",
        "--base-url",
        "https://www.eslov.se/overenskommelsen/",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let read = |name: &str| {
        std::fs::read_to_string(site.root.join("fragments").join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let fragment = read("eslov.html");
    assert!(fragment.starts_with("<article"), "{}", &fragment[..80]);
    // No site navigation; the page's own list of what is on it stays, its links in the page.
    assert!(
        !fragment.contains("<html")
            && !fragment.contains("<head")
            && !fragment.contains("site-nav")
            && !fragment.contains("breadcrumbs")
    );
    assert!(fragment.contains("<nav class=\"toc\""));
    assert!(!fragment.contains("<h1"), "the CMS page has the title");
    assert!(
        fragment.contains("href=\"https://www.eslov.se/overenskommelsen/eslov/langsiktighet/\"")
    );
    assert!(!fragment.contains("href=\"../"), "no relative links left");
    assert!(read("eslov_langsiktighet.html").contains("<h2"));
    assert!(read("_startsida.html").contains("href=\"https://www.eslov.se/"));
    let index = read("index.html");
    assert!(index.contains("<html lang=\"sv\">"), "{index}");
    assert!(
        index.contains("<a href=\"eslov.html\">eslov.html</a>"),
        "the index lists the fragment: {index}"
    );
    assert!(
        index.contains("https://www.eslov.se/overenskommelsen/eslov/"),
        "and the page it stands for: {index}"
    );
    for left_out in ["sok.html", "404.html"] {
        assert!(
            !site.root.join("fragments").join(left_out).exists(),
            "{left_out}: a search form without its script, or the 404 page"
        );
    }
    assert!(
        !site.root.join("output/fragments").exists(),
        "the fragments are not in the folder that is uploaded"
    );
}

#[test]
fn fragments_of_a_site_without_an_address_keep_their_links_as_text() {
    let site = SiteTest::fixture("minimal").edit(
        "site.yaml",
        "https://www.alfa.se/overenskommelsen/",
        "https://www.example.se/overenskommelsen/",
    );
    let run = site.run(&["build", "--fragments", "klistra-in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let fragment =
        std::fs::read_to_string(site.root.join("klistra-in/alfa.html")).expect("fragment");
    assert!(!fragment.contains("example.se"), "{fragment}");
    assert!(!fragment.contains("href=\"../"), "{fragment}");
    assert!(fragment.contains("Dialog"), "{fragment}");
    let index = std::fs::read_to_string(site.root.join("klistra-in/index.html")).expect("index");
    assert!(index.contains("vanlig text"), "{index}");
}

#[test]
fn a_static_file_may_not_replace_a_page() {
    let site = SiteTest::fixture("minimal").write("static/index.html", "<p>min egen</p>");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("static/index.html"), "{}", run.stderr);
    assert!(run.stderr.contains("skulle ersätta den"), "{}", run.stderr);
}
