//! serde-saphyr's messages are English and name Rust things ("unknown field `x`, expected
//! one of …"); editors get our own sentence, in the site's language, for the mistakes they
//! make: a misspelt or missing key, a key written twice, a tab, a wrong kind of value, a file
//! too large or too deep to read.

use serde_saphyr::Error;

use crate::diagnostics::did_you_mean;
use crate::messages::{tr, Lang};

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
        message: tr(
            lang,
            "en rad är indragen med tabb",
            "a line is indented with a tab",
        ),
        hint: tr(
            lang,
            "dra in med mellanslag, inte tabb (YAML tillåter bara mellanslag)",
            "indent with spaces, not tabs (YAML allows only spaces)",
        ),
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
            format!("{} \"{field}\"", tr(lang, "okänd nyckel", "unknown key")),
            allowed_keys(field, expected, lang),
        )),
        Error::SerdeMissingField { field, .. } => Some(explained(
            tr(lang, "nyckeln \"{}\" saknas", "the key \"{}\" is missing").replace("{}", field),
            tr(
                lang,
                "lägg till en rad {}: … mellan raderna med ---",
                "add a line {}: … between the lines with ---",
            )
            .replace("{}", field),
        )),
        Error::DuplicateMappingKey { key, .. } => Some(explained(
            match key {
                Some(key) => tr(
                    lang,
                    "nyckeln \"{}\" står två gånger",
                    "the key \"{}\" is written twice",
                )
                .replace("{}", key),
                None => tr(lang, "en nyckel står två gånger", "a key is written twice"),
            },
            tr(
                lang,
                "varje nyckel får stå en gång; ta bort eller slå ihop raderna",
                "each key may appear once; remove or merge the lines",
            ),
        )),
        Error::Budget { .. } => Some(explained(
            tr(
                lang,
                "inställningarna är för stora eller för djupt nästlade för att läsas",
                "the settings are too large or too deeply nested to be read",
            ),
            tr(
                lang,
                "inställningarna överst ska vara korta rader nyckel: värde; lägg löptexten efter den andra raden med ---",
                "the settings at the top should be short key: value lines; put running text after the second --- line",
            ),
        )),
        Error::SerdeInvalidType { expected, .. }
        | Error::SerdeInvalidValue { expected, .. } => {
            Some(wrong_kind(expected, lang))
        }
        Error::Unexpected { expected, .. } => Some(wrong_kind(expected, lang)),
        Error::InvalidScalar { ty, .. } => Some(wrong_kind(ty, lang)),
        Error::NullIntoString { .. } => Some(wrong_kind("string", lang)),
        Error::Eof { .. } => Some(explained(
            tr(
                lang,
                "inställningarna är tomma eller tar slut för tidigt",
                "the settings are empty or end too early",
            ),
            tr(
                lang,
                "skriv inställningarna som nyckel: värde, en per rad, mellan raderna med ---",
                "write the settings as key: value, one per line, between the lines with ---",
            ),
        )),
        other if other.to_string().contains("tab") => Some(tab(lang)),
        _ => None,
    }
}

/// The hint for an unknown key: the near miss, if any, and every key that is allowed.
fn allowed_keys(field: &str, expected: &[&str], lang: Lang) -> String {
    let list = expected.join(", ");
    let allowed = tr(lang, "tillåtna nycklar", "allowed keys");
    match did_you_mean(field, expected.iter().copied()) {
        Some(near) => format!(
            "{} \"{near}\"? {allowed}: {list}",
            tr(lang, "menade du", "did you mean")
        ),
        None => format!("{allowed}: {list}"),
    }
}

/// A value of the wrong kind: a list where text belongs, text where a list belongs, …
fn wrong_kind(expected: &str, lang: Lang) -> Explained {
    let wanted = if expected.contains("sequence") {
        tr(lang, "en lista", "a list")
    } else if expected.contains("struct") || expected.contains("map") {
        tr(
            lang,
            "inställningar, nyckel: värde på egna rader",
            "settings, key: value on lines of their own",
        )
    } else if ["i64", "u64", "i32", "u32", "u16", "u8", "integer"]
        .iter()
        .any(|t| expected.contains(t))
    {
        tr(lang, "ett heltal", "a whole number")
    } else {
        tr(lang, "en text", "a text")
    };
    Explained {
        message: format!(
            "{} {wanted}",
            tr(
                lang,
                "värdet har fel form: här ska stå",
                "the value has the wrong form: this should be"
            )
        ),
        hint: tr(
            lang,
            "text skrivs efter kolon på samma rad, listor som [a, b] eller som rader som börjar med -; sätt citattecken runt text som börjar med [, { eller -",
            "write text after the colon on the same line, lists as [a, b] or as lines starting with -; quote text that starts with [, { or -",
        ),
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
