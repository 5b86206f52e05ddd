use super::*;

#[test]
fn renders_paragraphs_and_lists() {
    assert_eq!(render("Hej *du*"), "<p>Hej <em>du</em></p>\n");
    assert!(render("- a\n- b").contains("<li>a</li>"));
}

#[test]
fn raw_html_is_shown_as_text() {
    let html = render("före <script>alert(1)</script> efter");
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
}

#[test]
fn relative_folder_links_point_at_index_html() {
    assert!(render("[a](jamfor/)").contains("href=\"jamfor/index.html\""));
    assert!(render("[a](../eslov/#mod)").contains("href=\"../eslov/index.html#mod\""));
    assert!(render("[a](https://x.se/)").contains("href=\"https://x.se/\""));
    assert!(render("[a](/abs/)").contains("href=\"/abs/\""));
}

#[test]
fn links_in_shared_text_are_resolved_from_where_they_were_written() {
    let html = render_in(
        "[a](../kommunikation/) [b](#x) [c](https://x.se/) [d](../../jamfor/dialog/#top)",
        Some("eslov/mod/"),
    )
    .html;
    assert!(
        html.contains("href=\"overens-root:eslov/kommunikation/index.html\""),
        "{html}"
    );
    assert!(html.contains("href=\"#x\""), "{html}");
    assert!(html.contains("href=\"https://x.se/\""), "{html}");
    assert!(
        html.contains("href=\"overens-root:jamfor/dialog/index.html#top\""),
        "{html}"
    );
    assert_eq!(
        place(html, "../")
            .matches("href=\"../eslov/kommunikation/index.html\"")
            .count(),
        1
    );
}

#[test]
fn plain_text_drops_markup_and_collapses_whitespace() {
    let text = |md| render_in(md, None).text;
    assert_eq!(
        text("## Rubrik\n\nEn *text* med [länk](x)."),
        "Rubrik En text med länk."
    );
    assert_eq!(
        text("  a\u{a0}\u{a0}b\n\n- c\n- `d  e`\n\n<i>f</i>"),
        "a b c d e f"
    );
    assert_eq!(text(""), "");
}

#[test]
fn unsafe_links_keep_their_text_and_lose_the_link() {
    let rendered = render_in(
        "[klick](javascript:alert(1)) och [x](data:text/html;base64,PHNjcmlwdD4=) och <javascript:alert(2)> men [ok](https://x.se/)",
        None,
    );
    assert!(
        !rendered.html.contains("javascript:alert(1)\""),
        "{}",
        rendered.html
    );
    assert!(!rendered.html.contains("href=\"data:"), "{}", rendered.html);
    assert!(
        !rendered.html.contains("href=\"javascript"),
        "{}",
        rendered.html
    );
    assert!(rendered.html.contains("klick"), "{}", rendered.html);
    assert!(
        rendered.html.contains("<a href=\"https://x.se/\">ok</a>"),
        "{}",
        rendered.html
    );
    let unsafe_urls: Vec<&str> = rendered
        .findings
        .unsafe_links
        .iter()
        .map(|(_, url)| url.as_str())
        .collect();
    assert_eq!(
        unsafe_urls,
        [
            "javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "javascript:alert(2)"
        ]
    );
}

#[test]
fn one_reading_finds_headings_images_and_links() {
    let markdown = "## A\n\n#### B\n\n![](bild.png) ![Logga](l.png) [x](../y/)\n";
    let findings = render_in(markdown, Some("a/")).findings;
    assert_eq!(findings.headings, [(0, 2), (6, 4)]);
    assert_eq!(findings.images_without_alt, [14]);
    assert_eq!(findings.links, [(44, "../y/".to_owned())]);
}

#[test]
fn easy_to_read_text_keeps_its_lines() {
    let text = "Kommunen och föreningarna\nhar kommit överens.\n\nDe ska prata ofta.\n";
    let html = render_lines_in(text, None).html;
    assert!(
        html.contains("Kommunen och föreningarna<br />\nhar kommit överens."),
        "{html}"
    );
    assert!(
        !render_in(text, None).html.contains("<br"),
        "other text flows"
    );
}

#[test]
fn an_image_from_another_scheme_than_the_web_s_is_its_alt_text() {
    // Found by fuzzing: an image's source was not checked as a link's is.
    let rendered = render_in(
        "![Logga](data:image/svg+xml;base64,PHN2Zz4=) ![x](bild.5o:55png) ![ok](https://x.se/a.png)",
        None,
    );
    assert!(!rendered.html.contains("data:"), "{}", rendered.html);
    assert!(!rendered.html.contains("bild.5o"), "{}", rendered.html);
    assert!(rendered.html.contains("Logga"), "{}", rendered.html);
    assert!(
        rendered
            .html
            .contains("<img src=\"https://x.se/a.png\" alt=\"ok\""),
        "{}",
        rendered.html
    );
    let found: Vec<&str> = rendered
        .findings
        .unsafe_links
        .iter()
        .map(|(_, url)| url.as_str())
        .collect();
    assert_eq!(
        found,
        ["data:image/svg+xml;base64,PHN2Zz4=", "bild.5o:55png"]
    );
}
