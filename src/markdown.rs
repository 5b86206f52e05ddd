//! Markdown to HTML, with the options in one place, read once: the same pass gives the HTML,
//! the plain text (for search and descriptions) and what the review of the text needs
//! (headings, images, links, each at its place in the file).
//!
//! Raw HTML in an editor's Markdown is shown as text, not passed through: the site is
//! public, and a pasted `<script>` or tracking pixel must not reach it. For the same reason
//! only web, e-mail, telephone and relative links become links (see [`urls::is_safe_link`]);
//! any other (`javascript:`, `data:`) leaves its text without a link, and is reported. An
//! image whose source has another scheme is left out the same way, its alternative text
//! shown as text.

use pulldown_cmark::{
    html, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd,
};

use crate::urls;

/// The Markdown features editors may use.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

/// Stands in rendered text for the way from a page to the output root (`../../`), which
/// differs between the pages that show the same text; each page puts its own in its place.
pub(crate) const ROOT: &str = "overens-root:";

/// What one reading of a Markdown text found, each at its byte offset in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Findings {
    /// Every heading's level (1–6).
    pub(crate) headings: Vec<(usize, u8)>,
    /// Images whose alternative text is empty.
    pub(crate) images_without_alt: Vec<usize>,
    /// Every link, as written.
    pub(crate) links: Vec<(usize, String)>,
    /// Links whose scheme may not be a link on a public site; shown as text.
    pub(crate) unsafe_links: Vec<(usize, String)>,
    /// Paragraphs that start with a tab or four spaces, which Markdown shows as
    /// preformatted text: what a tab pasted from Word or an e-mail does.
    pub(crate) indented: Vec<usize>,
}

/// A text, rendered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Rendered {
    /// The HTML.
    pub(crate) html: String,
    /// The words without markup, separated by single spaces.
    pub(crate) text: String,
    /// What the review of the text needs.
    pub(crate) findings: Findings,
}

/// Renders Markdown that is shown on one page only.
pub(crate) fn render(markdown: &str) -> String {
    render_in(markdown, None).html
}

/// Renders Markdown written for the page in site folder `folder` (`eslov/mod/`): relative
/// links are resolved from there and written from the output root behind [`ROOT`], so the
/// text can be shown on other pages too (a principle on its compact's and topic's pages).
pub(crate) fn render_in(markdown: &str, folder: Option<&str>) -> Rendered {
    render_with(markdown, folder, false)
}

/// Renders Markdown like [`render_in`], keeping each line of a paragraph a line of its own:
/// easy-to-read text breaks its lines where a thought ends, and the reader should see them
/// so (MTM's advice on lättläst), not rewrapped.
pub(crate) fn render_lines_in(markdown: &str, folder: Option<&str>) -> Rendered {
    render_with(markdown, folder, true)
}

fn render_with(markdown: &str, folder: Option<&str>, keep_lines: bool) -> Rendered {
    let mut text = PlainText::with_capacity(markdown.len());
    let mut findings = Findings::default();
    let mut image: Option<(usize, bool)> = None;
    // The end of a link that is not shown as a link is dropped with it; so is an image's
    // whose source is not the web's (its alternative text stays, as text).
    let mut dropped_links: Vec<bool> = Vec::new();
    let mut dropped_images: Vec<bool> = Vec::new();
    let parser = Parser::new_ext(markdown, options())
        .into_offset_iter()
        .filter_map(|(event, range)| {
            text.event(&event);
            let at = range.start;
            match &event {
                Event::Start(Tag::Heading { level, .. }) => {
                    findings.headings.push((at, heading_number(*level)));
                }
                Event::Start(Tag::Image { .. }) => image = Some((at, false)),
                Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => {
                    findings.indented.push(at);
                }
                Event::Text(t) | Event::Code(t) if !t.trim().is_empty() => {
                    if let Some((_, alt)) = &mut image {
                        *alt = true;
                    }
                }
                Event::End(TagEnd::Image) => {
                    if let Some((start, false)) = image.take() {
                        findings.images_without_alt.push(start);
                    }
                }
                _ => {}
            }
            Some(match event {
                Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
                Event::SoftBreak if keep_lines => Event::HardBreak,
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    findings.links.push((at, dest_url.to_string()));
                    let safe = urls::is_safe_link(&dest_url);
                    dropped_links.push(!safe);
                    if !safe {
                        findings.unsafe_links.push((at, dest_url.to_string()));
                        return None;
                    }
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url: relocate(folder_link_to_file(dest_url), folder),
                        title,
                        id,
                    })
                }
                Event::End(TagEnd::Link) => {
                    if dropped_links.pop().unwrap_or(false) {
                        return None;
                    }
                    Event::End(TagEnd::Link)
                }
                Event::Start(Tag::Image { ref dest_url, .. }) => {
                    let safe = urls::is_safe_link(dest_url);
                    dropped_images.push(!safe);
                    if !safe {
                        findings.unsafe_links.push((at, dest_url.to_string()));
                        return None;
                    }
                    event
                }
                Event::End(TagEnd::Image) => {
                    if dropped_images.pop().unwrap_or(false) {
                        return None;
                    }
                    Event::End(TagEnd::Image)
                }
                other => other,
            })
        });
    let mut html_out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut html_out, parser);
    Rendered {
        html: html_out,
        text: text.out,
        findings,
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
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
            if crate::invisible::is_invisible(c) {
                // A soft hyphen or a zero-width space joins the word it stands in.
                continue;
            }
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

/// A relative link to a folder points at its `index.html` (see [`urls::folder_to_file`]).
fn folder_link_to_file(url: CowStr<'_>) -> CowStr<'_> {
    match urls::folder_to_file(&url) {
        Some(file) => CowStr::from(file),
        None => url,
    }
}

/// A relative link resolved from `folder` and written from the output root behind [`ROOT`].
fn relocate<'a>(url: CowStr<'a>, folder: Option<&str>) -> CowStr<'a> {
    let Some(folder) = folder else { return url };
    if urls::is_outside(&url) {
        return url;
    }
    let (path, fragment) = url
        .split_once('#')
        .map_or((&*url, None), |(p, f)| (p, Some(f)));
    let mut resolved = format!("{ROOT}{}", urls::join(folder, path).0);
    if let Some(fragment) = fragment {
        resolved.push('#');
        resolved.push_str(fragment);
    }
    CowStr::from(resolved)
}

/// Puts a page's way to the output root (`../`) where rendered text has [`ROOT`].
pub(crate) fn place(html: String, root: &str) -> String {
    if html.contains(ROOT) {
        html.replace(ROOT, root)
    } else {
        html
    }
}

#[cfg(test)]
mod tests;
