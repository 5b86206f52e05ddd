//! serde-saphyr's messages are English and name Rust things ("unknown field `x`, expected
//! one of …"); editors get our own sentence, in the site's language, for the mistakes they
//! make: a misspelt or missing key, a key written twice, a tab, a wrong kind of value, a file
//! too large or too deep to read.

use serde_saphyr::Error;

use crate::diagnostics::did_you_mean;
use crate::messages::{self as m, Lang};

/// What the editor is told: one sentence, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Explained {
    pub(super) message: String,
    pub(super) hint: String,
    /// The error is about a tab, which the parser often notices a line early.
    pub(super) is_tab: bool,
}

/// Our sentence for a YAML error at `line` of `text`, or `None` when we only have the
/// parser's own words. A tab in the indentation near the error is the likeliest cause of
/// whatever the parser says there ("did not find expected key", …).
pub(super) fn explain_at(error: &Error, text: &str, line: usize, lang: Lang) -> Option<Explained> {
    let tab_near = text
        .lines()
        .skip(line.saturating_sub(2))
        .take(2)
        .any(|l| l[..l.len() - l.trim_start().len()].contains('\t'));
    match explain(error, lang) {
        Some(explained) => Some(explained),
        None if tab_near => Some(tab(lang)),
        None => None,
    }
}

fn tab(lang: Lang) -> Explained {
    Explained {
        message: m::LINE_INDENTED_TAB.text(lang),
        hint: m::INDENT_SPACES_NOT_TABS_YAML.text(lang),
        is_tab: true,
    }
}

/// Our sentence for a YAML error, or `None` when we only have the parser's own words.
fn explain(error: &Error, lang: Lang) -> Option<Explained> {
    let explained = |message: String, hint: String| Explained {
        message,
        hint,
        is_tab: false,
    };
    match error.without_snippet() {
        Error::SerdeUnknownField {
            field, expected, ..
        } => Some(explained(
            format!("{} \"{field}\"", m::UNKNOWN_KEY.text(lang)),
            allowed_keys(field, expected, lang),
        )),
        Error::SerdeMissingField { field, .. } => Some(explained(
            m::KEY_MISSING.text(lang).replace("{}", field),
            m::ADD_LINE_BETWEEN_LINES.text(lang).replace("{}", field),
        )),
        Error::DuplicateMappingKey { key, .. } => Some(explained(
            match key {
                Some(key) => m::KEY_WRITTEN_TWICE.text(lang).replace("{}", key),
                None => m::KEY_WRITTEN_TWICE_2.text(lang),
            },
            m::EACH_KEY_MAY_APPEAR_ONCE.text(lang),
        )),
        Error::Budget { .. } => Some(explained(
            m::SETTINGS_ARE_TOO_LARGE_TOO.text(lang),
            m::SETTINGS_TOP_SHOULD_SHORT_KEY.text(lang),
        )),
        Error::SerdeInvalidType { expected, .. } | Error::SerdeInvalidValue { expected, .. } => {
            Some(wrong_kind(expected, lang))
        }
        Error::Unexpected { expected, .. } => Some(wrong_kind(expected, lang)),
        Error::InvalidScalar { ty, .. } => Some(wrong_kind(ty, lang)),
        Error::NullIntoString { .. } => Some(wrong_kind("string", lang)),
        Error::Eof { .. } => Some(explained(
            m::SETTINGS_ARE_EMPTY_END_TOO.text(lang),
            m::WRITE_SETTINGS_KEY_VALUE_ONE.text(lang),
        )),
        other if other.to_string().contains("tab") => Some(tab(lang)),
        _ => None,
    }
}

/// The hint for an unknown key: the near miss, if any, and every key that is allowed.
fn allowed_keys(field: &str, expected: &[&str], lang: Lang) -> String {
    let list = expected.join(", ");
    let allowed = m::ALLOWED_KEYS.text(lang);
    match did_you_mean(field, expected.iter().copied()) {
        Some(near) => format!(
            "{} \"{near}\"? {allowed}: {list}",
            m::DID_YOU_MEAN.text(lang)
        ),
        None => format!("{allowed}: {list}"),
    }
}

/// A value of the wrong kind: a list where text belongs, text where a list belongs, …
fn wrong_kind(expected: &str, lang: Lang) -> Explained {
    let wanted = if expected.contains("sequence") {
        m::LIST.text(lang)
    } else if expected.contains("struct") || expected.contains("map") {
        m::SETTINGS_KEY_VALUE_LINES_THEIR.text(lang)
    } else if ["i64", "u64", "i32", "u32", "u16", "u8", "integer"]
        .iter()
        .any(|t| expected.contains(t))
    {
        m::WHOLE_NUMBER.text(lang)
    } else {
        m::TEXT.text(lang)
    };
    Explained {
        message: format!("{} {wanted}", m::VALUE_HAS_WRONG_FORM_SHOULD.text(lang)),
        hint: m::WRITE_TEXT_AFTER_COLON_SAME.text(lang),
        is_tab: false,
    }
}

/// Where the tab is: the parser notices it at the end of the line before, so look from
/// there for the first tab in a line's indentation. Lines and columns are 1-based.
pub(super) fn find_tab(text: &str, from_line: usize) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .skip(from_line.saturating_sub(1))
        .find_map(|(index, line)| {
            let indent = &line[..line.len() - line.trim_start().len()];
            indent
                .find('\t')
                .or_else(|| line.find('\t'))
                .map(|at| (index + 1, line[..at].chars().count() + 1))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Front {
        title: String,
        status: String,
        decided_by: Option<String>,
    }

    fn explain_yaml(yaml: &str) -> Explained {
        let error = serde_saphyr::from_str::<Front>(yaml).expect_err("invalid");
        explain(&error, Lang::Sv).expect("explained")
    }

    #[test]
    fn unknown_key_suggests_the_near_miss_and_lists_the_keys() {
        let explained = explain_yaml("title: a\nstatus: b\ndecidedby: c\n");
        assert_eq!(explained.message, "okänd nyckel \"decidedby\"");
        assert_eq!(
            explained.hint,
            "menade du \"decided_by\"? tillåtna nycklar: title, status, decided_by"
        );
    }

    #[test]
    fn missing_and_duplicate_keys_are_named() {
        assert_eq!(
            explain_yaml("title: a\n").message,
            "nyckeln \"status\" saknas"
        );
        assert_eq!(
            explain_yaml("title: a\nstatus: b\ntitle: c\n").message,
            "nyckeln \"title\" står två gånger"
        );
    }

    #[test]
    fn a_tab_is_found_where_it_is() {
        let yaml = "title: a\nstatus: b\n\torder: 1\n";
        let error = serde_saphyr::from_str::<Front>(yaml).expect_err("invalid");
        let line = error.location().map_or(0, |l| l.line() as usize);
        let explained = explain_at(&error, yaml, line, Lang::Sv).expect("explained");
        assert!(explained.is_tab, "{explained:?}");
        assert!(explain_yaml("title: a\n\tstatus: b\n").is_tab);
        assert_eq!(find_tab("title: a\n\tstatus: b\n", 1), Some((2, 1)));
    }
}
