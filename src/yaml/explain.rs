//! serde-saphyr's messages are English and name Rust things ("unknown field `x`, expected
//! one of …"); editors get our own sentence, in the site's language, for the mistakes they
//! make: a misspelt or missing key, a key written twice, a tab, a wrong kind of value, a file
//! too large or too deep to read.

use serde_saphyr::Error;

use crate::diagnostics::did_you_mean;
use crate::messages::{self as m, Message};

/// What the editor is told: one sentence, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Explained {
    pub(super) message: Message,
    pub(super) hint: Message,
    /// The error is about a tab, which the parser often notices a line early.
    pub(super) is_tab: bool,
}

/// Our sentence for a YAML error at `line` of `text`, or `None` when we only have the
/// parser's own words. A tab in the indentation near the error is the likeliest cause of
/// whatever the parser says there ("did not find expected key", …).
pub(super) fn explain_at(error: &Error, text: &str, line: usize) -> Option<Explained> {
    let tab_near = text
        .lines()
        .skip(line.saturating_sub(2))
        .take(2)
        .any(|l| l[..l.len() - l.trim_start().len()].contains('\t'));
    match explain(error) {
        Some(explained) => Some(explained),
        None if tab_near => Some(tab()),
        None => None,
    }
}

fn tab() -> Explained {
    Explained {
        message: m::LINE_INDENTED_TAB.into(),
        hint: m::INDENT_SPACES_NOT_TABS_YAML.into(),
        is_tab: true,
    }
}

/// Our sentence for a YAML error, or `None` when we only have the parser's own words.
fn explain(error: &Error) -> Option<Explained> {
    let explained = |message: Message, hint: Message| Explained {
        message,
        hint,
        is_tab: false,
    };
    match error.without_snippet() {
        Error::SerdeUnknownField {
            field, expected, ..
        } => Some(explained(
            m::UNKNOWN_KEY.with(&[&field]),
            allowed_keys(field, expected),
        )),
        Error::SerdeMissingField { field, .. } => Some(explained(
            m::KEY_MISSING.with(&[field]),
            m::ADD_LINE_BETWEEN_LINES.with(&[field]),
        )),
        Error::DuplicateMappingKey { key, .. } => Some(explained(
            match key {
                Some(key) => m::KEY_WRITTEN_TWICE.with(&[key]),
                None => m::KEY_WRITTEN_TWICE_2.into(),
            },
            m::EACH_KEY_MAY_APPEAR_ONCE.into(),
        )),
        Error::Budget { .. } => Some(explained(
            m::SETTINGS_ARE_TOO_LARGE_TOO.into(),
            m::SETTINGS_TOP_SHOULD_SHORT_KEY.into(),
        )),
        Error::SerdeInvalidType { expected, .. } | Error::SerdeInvalidValue { expected, .. } => {
            Some(wrong_kind(expected))
        }
        Error::Unexpected { expected, .. } => Some(wrong_kind(expected)),
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let list = expected.join(", ");
            let hint = match did_you_mean(variant, expected.iter().copied()) {
                Some(near) => m::DID_YOU_MEAN_VALUE.with(&[&near, &list]),
                None => m::ALLOWED_VALUES.with(&[&list]),
            };
            Some(explained(m::UNKNOWN_VALUE.with(&[variant]), hint))
        }
        Error::ExternallyTaggedEnumExpectedScalarOrMapping { .. }
        | Error::ExpectedStringKeyForExternallyTaggedEnum { .. }
        | Error::UnexpectedValueForUnitEnumVariant { .. } => Some(wrong_kind("word")),
        Error::SerdeInvalidLength { .. } => Some(wrong_kind("sequence")),
        Error::InvalidScalar { ty, .. } => Some(wrong_kind(ty)),
        Error::NullIntoString { .. } => Some(wrong_kind("string")),
        Error::Eof { .. } => Some(explained(
            m::SETTINGS_ARE_EMPTY_END_TOO.into(),
            m::WRITE_SETTINGS_KEY_VALUE_ONE.into(),
        )),
        other if other.to_string().contains("tab") => Some(tab()),
        other => syntax(&other.to_string()),
    }
}

/// The parser's words for the usual slips of YAML syntax, in ours: text under a list item
/// indented differently from the item's first line, and a colon in text without quotation
/// marks, which makes the rest of the line look like a new setting.
fn syntax(parser: &str) -> Option<Explained> {
    let explained = |message: m::Msg, hint: m::Msg| Explained {
        message: message.into(),
        hint: hint.into(),
        is_tab: false,
    };
    if parser.contains("did not find expected '-' indicator")
        || parser.contains("did not find expected key")
        || parser.contains("block sequence entries are not allowed")
    {
        Some(explained(m::YAML_INDENTATION, m::YAML_INDENTATION_HINT))
    } else if parser.contains("mapping values are not allowed") {
        Some(explained(m::YAML_COLON_IN_TEXT, m::YAML_COLON_IN_TEXT_HINT))
    } else if parser.contains("while scanning") || parser.contains("while parsing") {
        Some(explained(m::YAML_CANNOT_READ, m::YAML_CANNOT_READ_HINT))
    } else {
        None
    }
}

/// The English keys of front matter, with the Swedish words editors write for them.
const KEYS_IN_SWEDISH: &[(&str, &str)] = &[
    ("titel", "title"),
    ("rubrik", "title"),
    ("kommun", "municipality"),
    ("region", "municipality"),
    ("län", "county"),
    ("lan", "county"),
    ("landskap", "county"),
    ("typ", "kind"),
    ("sort", "kind"),
    ("antagen", "adopted"),
    ("antogs", "adopted"),
    ("reviderad", "revised"),
    ("beslutad_av", "decided_by"),
    ("beslutadav", "decided_by"),
    ("beslut", "decided_by"),
    ("beslutsfattare", "decided_by"),
    ("ställer_sig_bakom", "endorses"),
    ("sammanfattning", "summary"),
    ("ingress", "summary"),
    ("tidslinje", "timeline"),
    ("händelser", "timeline"),
    ("kontakter", "contacts"),
    ("kontakt", "contacts"),
    ("källor", "sources"),
    ("kallor", "sources"),
    ("ämnen", "topics"),
    ("amnen", "topics"),
    ("ordning", "order"),
    ("namn", "name"),
    ("roll", "role"),
    ("epost", "email"),
    ("e-post", "email"),
    ("mejl", "email"),
    ("telefon", "phone"),
    ("datum", "date"),
    ("beskrivning", "description"),
    ("språk", "language"),
    ("adress", "base_url"),
    ("webbadress", "base_url"),
    ("tema", "theme"),
    ("färger", "colors"),
    ("logotyp", "logo"),
    ("tillgänglighet", "accessibility"),
];

/// The hint for an unknown key: the near miss, or the English key a Swedish word stands
/// for, if any, and every key that is allowed.
fn allowed_keys(field: &str, expected: &[&str]) -> Message {
    let list = expected.join(", ");
    let lower = field.to_lowercase();
    let swedish = KEYS_IN_SWEDISH
        .iter()
        .find(|(sv, en)| *sv == lower && expected.contains(en))
        .map(|(_, en)| *en);
    match swedish.or_else(|| did_you_mean(field, expected.iter().copied())) {
        Some(near) => m::DID_YOU_MEAN_KEY.with(&[&near, &list]),
        None => m::ALLOWED_KEYS.with(&[&list]),
    }
}

/// A value of the wrong kind: a list where text belongs, text where a list belongs, …
fn wrong_kind(expected: &str) -> Explained {
    let wanted = if expected.contains("sequence") {
        m::LIST
    } else if expected.contains("struct") || expected.contains("map") {
        m::SETTINGS_KEY_VALUE_LINES_THEIR
    } else if ["i64", "u64", "i32", "u32", "u16", "u8", "integer"]
        .iter()
        .any(|t| expected.contains(t))
    {
        m::WHOLE_NUMBER
    } else {
        m::TEXT
    };
    Explained {
        message: m::VALUE_HAS_WRONG_FORM_SHOULD.with(&[&wanted]),
        hint: m::WRITE_TEXT_AFTER_COLON_SAME.into(),
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
    use crate::messages::Lang;

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
        explain(&error).expect("explained")
    }

    #[test]
    fn unknown_key_suggests_the_near_miss_and_lists_the_keys() {
        let explained = explain_yaml("title: a\nstatus: b\ndecidedby: c\n");
        assert_eq!(
            explained.message.text(Lang::Sv),
            "okänd nyckel \"decidedby\""
        );
        assert_eq!(
            explained.hint.text(Lang::Sv),
            "menade du \"decided_by\"? tillåtna nycklar: title, status, decided_by"
        );
    }

    #[test]
    fn missing_and_duplicate_keys_are_named() {
        assert_eq!(
            explain_yaml("title: a\n").message.text(Lang::Sv),
            "nyckeln \"status\" saknas"
        );
        assert_eq!(
            explain_yaml("title: a\nstatus: b\ntitle: c\n")
                .message
                .text(Lang::Sv),
            "nyckeln \"title\" står två gånger"
        );
    }

    #[test]
    fn a_tab_is_found_where_it_is() {
        let yaml = "title: a\nstatus: b\n\torder: 1\n";
        let error = serde_saphyr::from_str::<Front>(yaml).expect_err("invalid");
        let line = error.location().map_or(0, |l| l.line() as usize);
        let explained = explain_at(&error, yaml, line).expect("explained");
        assert!(explained.is_tab, "{explained:?}");
        assert!(explain_yaml("title: a\n\tstatus: b\n").is_tab);
        assert_eq!(find_tab("title: a\n\tstatus: b\n", 1), Some((2, 1)));
    }
}
