//! Markdown to HTML, with the options in one place.
//!
//! Raw HTML in an editor's Markdown is shown as text, not passed through: the site is
//! public, and a pasted `<script>` or tracking pixel must not reach it.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// The Markdown features editors may use.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// Stands in rendered text for the way from a page to the output root (`../../`), which
/// differs between the pages that show the same text; each page puts its own in its place.
pub const ROOT: &str = "overens-root:";

/// Renders Markdown that is shown on one page only.
pub fn render(markdown: &str) -> String {
    render_in(markdown, None)
}

/// Renders Markdown written for the page in site folder `folder` (`eslov/mod/`): relative
/// links are resolved from there and written from the output root behind [`ROOT`], so the
/// text can be shown on other pages too (a principle on its compact's and topic's pages).
pub fn render_in(markdown: &str, folder: Option<&str>) -> String {
    render_events(markdown, folder, |_| {})
}

/// [`render_in`], and the text without its markup (for descriptions, search and the CSV),
/// from one reading of the Markdown.
pub fn render_with_text(markdown: &str, folder: Option<&str>) -> (String, String) {
    let mut text = PlainText::with_capacity(markdown.len());
    let html = render_events(markdown, folder, |event| text.event(event));
    (html, text.out)
}

fn render_events(markdown: &str, folder: Option<&str>, mut seen: impl FnMut(&Event)) -> String {
    let parser = Parser::new_ext(markdown, options())
        .inspect(|event| seen(event))
        .map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: relocate(folder_link_to_file(dest_url), folder),
                title,
                id,
            }),
            other => other,
        });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, parser);
    out
}

/// Text gathered from Markdown events: words separated by single spaces, as
/// `split_whitespace` would leave them, without a second pass.
struct PlainText {
    out: String,
    /// Whitespace was seen since the last word.
    gap: bool,
}

impl PlainText {
    fn with_capacity(capacity: usize) -> PlainText {
        PlainText {
            out: String::with_capacity(capacity),
            gap: false,
        }
    }

    fn event(&mut self, event: &Event) {
        match event {
            Event::Text(text) | Event::Code(text) => self.push(text),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableCell,
            ) => self.gap = true,
            _ => {}
        }
    }

    fn push(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.gap = true;
                continue;
            }
            if self.gap && !self.out.is_empty() {
                self.out.push(' ');
            }
            self.gap = false;
            self.out.push(c);
        }
    }
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

/// A relative link resolved from `folder` and written from the output root behind [`ROOT`].
fn relocate<'a>(url: CowStr<'a>, folder: Option<&str>) -> CowStr<'a> {
    let Some(folder) = folder else { return url };
    if url.starts_with('#') || url.contains(':') || url.starts_with('/') || url.is_empty() {
        return url;
    }
    let (path, fragment) = url
        .split_once('#')
        .map_or((&*url, None), |(p, f)| (p, Some(f)));
    let mut resolved = format!("{ROOT}{}", resolve(folder, path));
    if let Some(fragment) = fragment {
        resolved.push('#');
        resolved.push_str(fragment);
    }
    CowStr::from(resolved)
}

/// The site path that relative `path` names from site folder `folder`: `..` climbs, `.`
/// and empty parts are skipped, and nothing climbs above the output root.
pub fn resolve(folder: &str, path: &str) -> String {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// Puts a page's way to the output root (`../`) where rendered text has [`ROOT`].
pub fn place(html: String, root: &str) -> String {
    if html.contains(ROOT) {
        html.replace(ROOT, root)
    } else {
        html
    }
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
    fn links_in_shared_text_are_resolved_from_where_they_were_written() {
        let html = render_in(
            "[a](../kommunikation/) [b](#x) [c](https://x.se/) [d](../../jamfor/dialog/#top)",
            Some("eslov/mod/"),
        );
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
        let text = |md| render_with_text(md, None).1;
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
}
