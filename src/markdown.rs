//! Markdown to HTML, with the options in one place.
//!
//! Raw HTML in an editor's Markdown is shown as text, not passed through: the site is
//! public, and a pasted `<script>` or tracking pixel must not reach it.

use pulldown_cmark::{html, Event, Options, Parser};

/// The Markdown features editors may use.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// Renders Markdown to HTML.
pub fn render(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, parser);
    out
}

/// The text of the Markdown without its markup, for descriptions and the CSV.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(_) if !out.ends_with(' ') && !out.is_empty() => out.push(' '),
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
    fn plain_text_drops_markup() {
        assert_eq!(plain_text("## Rubrik\n\nEn *text* med [länk](x)."), "Rubrik En text med länk.");
    }
}
