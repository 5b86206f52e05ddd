//! Escaping text for HTML and XML: the one place it is done, for templates, the preview
//! server's messages and the data files; and the one check of a language tag as HTML's
//! `lang` takes it.

/// Escapes what could end a text or a quoted attribute in HTML (`& < > " '`). Tera's default
/// also escapes `/`, which is safe here and only makes every link longer and harder to read.
pub(crate) fn escape(text: &str) -> String {
    escape_chars(text, true)
}

/// Escapes text for XML elements and double-quoted attributes (`& < > "`), as the feed and
/// the sitemap write it.
pub(crate) fn escape_xml(text: &str) -> String {
    escape_chars(text, false)
}

fn escape_chars(text: &str, apostrophe: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' if apostrophe => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// True for a language tag (BCP 47: `sv`, `en`, `se`, `fit`) as HTML's `lang` takes it: the
/// one check for a language written in `site.yaml` and in a compact.
pub(crate) fn is_language_tag(text: &str) -> bool {
    oxilangtag::LanguageTag::parse(text).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_could_break_out_of_text_or_attributes() {
        assert_eq!(
            escape(r#"<a href="x">Tom & 'Jerry'</a> ../eslov/"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt; ../eslov/"
        );
        assert_eq!(escape_xml("a & 'b' <c>"), "a &amp; 'b' &lt;c&gt;");
    }
}
