//! Characters that take no room: soft hyphens, zero-width spaces and joiners, word joiners and
//! stray byte-order marks. Text pasted from Word and web pages brings them; they stay in the
//! HTML where the text had them (a soft hyphen helps a long word break on a phone), and are
//! left out of what is compared or looked up: search terms, addresses, titles, open data.

/// True for a character that takes no room and joins the word it stands in.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// `text` without its invisible characters.
pub(crate) fn strip(text: &str) -> String {
    text.chars().filter(|c| !is_invisible(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_left_out_and_nothing_else() {
        assert_eq!(
            strip("lång\u{ad}sik\u{200b}tig\u{feff}het"),
            "långsiktighet"
        );
        assert_eq!(strip("10\u{a0}000 kr – à la"), "10\u{a0}000 kr – à la");
    }
}
