//! Markdown to HTML, with the options in one place.
//!
//! Raw HTML in an editor's Markdown is shown as text, not passed through: the site is
//! public, and a pasted `<script>` or tracking pixel must not reach it.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// The Markdown features editors may use.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// Renders Markdown to HTML.
pub fn render(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: folder_link_to_file(dest_url),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, parser);
    out
}

/// A relative link to a folder (`../jamfor/`) points at its `index.html`, so the site
/// works from `file://` and from servers that do not add `index.html` themselves.
fn folder_link_to_file(url: CowStr<'_>) -> CowStr<'_> {
    let (path, fragment) = url.split_once('#').unwrap_or((&url, ""));
    let relative = !path.contains(':') && !path.starts_with('/');
    if relative && (path.ends_with('/') || path == "." || path == "..") {
        let slash = if path.ends_with('/') { "" } else { "/" };
        let hash = if fragment.is_empty() { "" } else { "#" };
        CowStr::from(format!("{path}{slash}index.html{hash}{fragment}"))
    } else {
        url
    }
}

/// The text of the Markdown without its markup, for descriptions and the CSV.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableCell,
            ) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
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
    fn plain_text_drops_markup() {
        assert_eq!(
            plain_text("## Rubrik\n\nEn *text* med [länk](x)."),
            "Rubrik En text med länk."
        );
    }
}
