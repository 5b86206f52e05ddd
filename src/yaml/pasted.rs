//! Settings typed in Word or pasted from a web page: the spaces and quotation marks that
//! come with them are read as the officer meant them. A non-breaking or other Unicode space
//! in the indentation, after a `key:` or after a list's `-` is a space; curly or angled
//! quotation marks around a whole value are quotation marks. Each is replaced one character
//! for one, so every line and column stays where the officer sees it. What is left, an
//! invisible character where YAML needs its own, is named by [`invisible_at`].

/// Spaces that look like a space and are not one to YAML.
fn is_other_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// What an invisible or look-alike character is, for the message that names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Invisible {
    /// A non-breaking or other Unicode space.
    Space,
    /// A zero-width space, joiner or non-joiner, or a word joiner.
    ZeroWidth,
    /// A soft hyphen.
    SoftHyphen,
    /// A byte-order mark in the middle of the text.
    ByteOrderMark,
}

/// What `c` is, when it is invisible or only looks like a space.
pub(super) fn invisible(c: char) -> Option<Invisible> {
    match c {
        c if is_other_space(c) => Some(Invisible::Space),
        '\u{200B}'..='\u{200D}' | '\u{2060}' => Some(Invisible::ZeroWidth),
        '\u{00AD}' => Some(Invisible::SoftHyphen),
        '\u{FEFF}' => Some(Invisible::ByteOrderMark),
        _ => None,
    }
}

/// The first invisible character of `line` outside its quoted values: (0-based column in
/// characters, the character).
pub(super) fn invisible_at(line: &str) -> Option<(usize, char)> {
    let mut quote: Option<char> = None;
    for (column, c) in line.chars().enumerate() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), c) if c == open => quote = None,
            (None, '#') => return None,
            (None, c) if invisible(c).is_some() => return Some((column, c)),
            _ => {}
        }
    }
    None
}

/// Opening and closing quotation marks of Swedish, English and other typography, which
/// Word puts in place of `"` and `'`.
const CURLY: [char; 9] = ['”', '“', '„', '’', '‘', '‚', '«', '»', '‹'];

/// `yaml` with the spaces and quotation marks that came with pasted text made YAML's own.
pub(crate) fn normalize(yaml: &str) -> std::borrow::Cow<'_, str> {
    if !yaml
        .chars()
        .any(|c| is_other_space(c) || CURLY.contains(&c) || c == '›')
    {
        return std::borrow::Cow::Borrowed(yaml);
    }
    let lines: Vec<String> = yaml.split('\n').map(line).collect();
    std::borrow::Cow::Owned(lines.join("\n"))
}

/// One line made YAML's own.
fn line(raw: &str) -> String {
    let mut chars: Vec<char> = raw.chars().collect();
    // The indentation, and the space after a list's `-`.
    let mut at = 0;
    loop {
        while at < chars.len() && (chars[at] == ' ' || is_other_space(chars[at])) {
            chars[at] = ' ';
            at += 1;
        }
        let spaced = |c: &char| *c == ' ' || is_other_space(*c);
        if chars.get(at) == Some(&'-') && chars.get(at + 1).is_some_and(spaced) {
            at += 1;
            continue;
        }
        break;
    }
    // After `key:`, up to the value.
    if let Some(colon) = key_colon(&chars[at..]).map(|c| c + at) {
        let mut next = colon + 1;
        while next < chars.len() && (chars[next] == ' ' || is_other_space(chars[next])) {
            chars[next] = ' ';
            next += 1;
        }
        quote_whole_value(&mut chars[next..]);
    } else if at > 0 && raw.trim_start().starts_with('-') {
        // A list item that is only a value: `- ”dialog”`.
        quote_whole_value(&mut chars[at..]);
    }
    chars.into_iter().collect()
}

/// Where the colon of a `key:` that starts `chars` stands.
fn key_colon(chars: &[char]) -> Option<usize> {
    let colon = chars.iter().position(|c| *c == ':')?;
    let key = &chars[..colon];
    let plain = !key.is_empty()
        && key
            .iter()
            .all(|c| c.is_alphanumeric() || ['_', '-'].contains(c));
    let separated = chars
        .get(colon + 1)
        .is_none_or(|c| *c == ' ' || is_other_space(*c));
    (plain && separated).then_some(colon)
}

/// A value that stands whole in curly or angled quotation marks, with none of YAML's own
/// inside, gets YAML's: `”2013”` is `"2013"`.
fn quote_whole_value(value: &mut [char]) {
    let end = value
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(0, |last| last + 1);
    let value = &mut value[..end];
    let (Some(first), Some(last)) = (value.first(), value.last()) else {
        return;
    };
    let marks = |c: &char| CURLY.contains(c) || *c == '›';
    if value.len() < 2 || !marks(first) || !marks(last) {
        return;
    }
    if value[1..value.len() - 1].contains(&'"') || value.contains(&'\\') {
        return;
    }
    let last = value.len() - 1;
    value[0] = '"';
    value[last] = '"';
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_that_came_with_pasted_text_are_spaces() {
        assert_eq!(normalize("title:\u{a0}Ett"), "title: Ett");
        assert_eq!(
            normalize("\u{a0}\u{a0}- date:\u{202f}2019"),
            "  - date: 2019"
        );
        assert_eq!(normalize("-\u{a0}name: A"), "- name: A");
        // Inside a value it is the officer's own: "10 000 kronor" keeps its space.
        assert_eq!(
            normalize("summary: 10\u{a0}000 kr"),
            "summary: 10\u{a0}000 kr"
        );
    }

    #[test]
    fn curly_quotes_around_a_whole_value_are_quotes() {
        assert_eq!(normalize("adopted: ”2013”"), "adopted: \"2013\"");
        assert_eq!(
            normalize("title: “Vår överenskommelse”  "),
            "title: \"Vår överenskommelse\"  "
        );
        assert_eq!(normalize("title: «Dialog»"), "title: \"Dialog\"");
        assert_eq!(normalize("  - ”dialog”"), "  - \"dialog\"");
        // Quoted words inside a value are the officer's.
        assert_eq!(normalize("title: Ett ”ord” här"), "title: Ett ”ord” här");
        assert_eq!(
            normalize("title: ”Han sa \"ja\"”"),
            "title: ”Han sa \"ja\"”"
        );
    }

    #[test]
    fn what_is_left_is_named_where_it_stands() {
        assert_eq!(invisible_at("ti\u{200b}tle: A"), Some((2, '\u{200b}')));
        assert_eq!(invisible_at("title: \"A\u{ad}B\""), None);
        assert_eq!(invisible(' '), None);
    }
}
