use super::*;

fn file(path: &str, fragment: &str) -> Target {
    Target::File(path.to_owned(), fragment.to_owned())
}

#[test]
fn resolves_like_the_pages_link() {
    assert_eq!(target("alfa/", "../eslov/"), file("eslov/index.html", ""));
    assert_eq!(target("alfa/dialog/", "../"), file("alfa/index.html", ""));
    assert_eq!(
        target("", "jamfor/#dialog"),
        file("jamfor/index.html", "dialog")
    );
    assert_eq!(
        target("alfa/", "dialog/"),
        file("alfa/dialog/index.html", "")
    );
    assert_eq!(target("alfa/", "../style.css"), file("style.css", ""));
    assert_eq!(target("alfa/", "../../x/"), Target::AboveRoot);
}

#[test]
fn leaves_what_is_not_ours() {
    for url in [
        "https://a.se/",
        "mailto:a@b.se",
        "tel:123",
        "#top",
        "/abs/",
        "",
    ] {
        assert_eq!(target("alfa/", url), Target::Outside, "{url}");
    }
}

#[test]
fn only_safe_schemes_are_links() {
    for safe in [
        "https://a.se/",
        "HTTP://a.se",
        "mailto:a@b.se",
        "tel:+4640",
        "../eslov/",
        "#x",
        "a/b:c",
    ] {
        assert!(is_safe_link(safe), "{safe}");
    }
    for unsafe_ in [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:x",
        "file:///etc/passwd",
    ] {
        assert!(!is_safe_link(unsafe_), "{unsafe_}");
    }
}

#[test]
fn folder_links_point_at_their_index() {
    assert_eq!(
        folder_to_file("jamfor/").as_deref(),
        Some("jamfor/index.html")
    );
    assert_eq!(
        folder_to_file("../eslov/#mod").as_deref(),
        Some("../eslov/index.html#mod")
    );
    assert_eq!(folder_to_file("..").as_deref(), Some("../index.html"));
    assert_eq!(folder_to_file("https://x.se/"), None);
    assert_eq!(folder_to_file("/abs/"), None);
    assert_eq!(folder_to_file("a.pdf"), None);
}

#[test]
fn absolute_addresses_start_from_the_base_url() {
    let base = "https://kommun.se/ok/";
    let page = "eslov/index.html";
    assert_eq!(
        absolute("../jamfor/index.html", base, page),
        "https://kommun.se/ok/jamfor/"
    );
    assert_eq!(
        absolute("mod/index.html#a", base, page),
        "https://kommun.se/ok/eslov/mod/#a"
    );
    assert_eq!(
        absolute("#principer", base, page),
        "https://kommun.se/ok/eslov/#principer"
    );
    assert_eq!(
        absolute("https://eslov.se/", base, page),
        "https://eslov.se/"
    );
}

#[test]
fn requests_stay_inside_the_site() {
    assert_eq!(from_request("/").as_deref(), Some("index.html"));
    assert_eq!(from_request("/eslov/").as_deref(), Some("eslov/index.html"));
    assert_eq!(from_request("/eslov").as_deref(), Some("eslov"));
    assert_eq!(from_request("/style.css").as_deref(), Some("style.css"));
    assert_eq!(
        from_request("/j%C3%A4mf%C3%B6r/").as_deref(),
        Some("jämför/index.html")
    );
    for bad in [
        "/../etc/passwd",
        "/%2e%2e/etc/passwd",
        "/a/%2E%2E/%2E%2E/x",
        "/..%2fx",
        "/a\\..\\b",
        "/%00",
        "/%zz",
        "/c:/x",
    ] {
        assert_eq!(from_request(bad), None, "{bad}");
    }
}

#[test]
fn reserved_names_come_from_the_url_words_of_both_languages() {
    let reserved = reserved();
    for word in [
        "jamfor",
        "compare",
        "tidslinje",
        "timeline",
        "data",
        "sok",
        "search",
    ] {
        assert!(reserved.contains(&word), "{word}");
    }
    assert!(is_reserved("tillganglighet") && is_reserved("fragments"));
    assert!(!is_reserved("eslov"));
}

#[test]
fn the_base_path_is_the_part_after_the_host() {
    assert_eq!(base_path("https://a.se/x/"), "/x/");
    assert_eq!(base_path("https://a.se"), "/");
}
