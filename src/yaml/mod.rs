//! Reading YAML (`site.yaml`, front matter, `topics.yaml`) with positions that point into the
//! whole file, and turning the parser's errors into sentences an editor can act on.

mod explain;
mod indent;
mod pasted;

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{MessageFormatter, Spanned};

use crate::diagnostics::{Problem, Problems};
use crate::messages as m;
#[cfg(test)]
use crate::messages::Lang;

/// Parses YAML into `T`, with the spaces and quotation marks of pasted text read as the
/// officer meant them (see [`pasted`]).
pub(crate) fn parse_yaml<T: DeserializeOwned>(yaml: &str) -> Result<T, serde_saphyr::Error> {
    serde_saphyr::from_str(&pasted::normalize(yaml))
}

/// Parses YAML into `T`, finding as many of its problems as one reading can: a key that is
/// not allowed, or written twice, or a value of the wrong form, is reported and set aside,
/// and the rest read again, so that it does not hide the problems after it. The value comes
/// back when the rest could be read; then the caller checks it too, while the problems
/// already found still fail the file.
pub(crate) fn parse_all<T: DeserializeOwned>(
    yaml: &str,
    file: &Path,
    text: &str,
    offset: usize,
) -> (Option<T>, Problems) {
    let mut current = yaml.to_owned();
    let mut problems = Problems::default();
    let mut set_aside: Vec<String> = Vec::new();
    for _ in 0..32 {
        let error = match parse_yaml::<T>(&current) {
            Ok(value) => return (Some(value), problems),
            Err(error) => error,
        };
        if let serde_saphyr::Error::SerdeMissingField { field, .. } = error.without_snippet() {
            if set_aside.iter().any(|key| key == field) {
                // Its value was the problem, and is reported already.
                return (None, problems);
            }
        }
        problems.push(yaml_problem(file, text, offset, &error));
        let recoverable = matches!(
            error.without_snippet(),
            serde_saphyr::Error::SerdeUnknownField { .. }
                | serde_saphyr::Error::DuplicateMappingKey { .. }
                | serde_saphyr::Error::SerdeInvalidType { .. }
                | serde_saphyr::Error::SerdeInvalidValue { .. }
                | serde_saphyr::Error::InvalidScalar { .. }
                | serde_saphyr::Error::NullIntoString { .. }
        );
        let line = error.location().map(|l| l.line() as usize);
        let Some(key) = line
            .filter(|_| recoverable)
            .and_then(|line| set_key_aside(&mut current, line))
        else {
            return (None, problems);
        };
        set_aside.push(key);
    }
    (None, problems)
}

/// Blanks the key on 1-based `line` of `yaml`, with its value and the lines indented under
/// it, keeping every other line where it was. Gives the key's name, or `None` when the line
/// holds no key.
fn set_key_aside(yaml: &mut String, line: usize) -> Option<String> {
    let mut lines: Vec<String> = yaml.split('\n').map(str::to_owned).collect();
    let index = line.checked_sub(1)?;
    let text = lines.get(index)?.clone();
    let indent = text.len() - text.trim_start().len();
    let rest = &text[indent..];
    let item = if rest.starts_with("- ") { 2 } else { 0 };
    let key_start = indent + item;
    let (key, _) = text[key_start..].split_once(':')?;
    let key = key.trim().trim_matches(['"', '\'']).to_owned();
    if key.is_empty() || key.contains(['[', '{', '#']) {
        return None;
    }
    lines[index] = format!(
        "{}{}",
        &text[..key_start],
        " ".repeat(text.len() - key_start)
    );
    for next in lines.iter_mut().skip(index + 1) {
        let trimmed = next.trim_start();
        let deeper = next.len() - trimmed.len() > key_start;
        if trimmed.is_empty() || trimmed.starts_with('#') || deeper {
            *next = " ".repeat(next.len());
        } else {
            break;
        }
    }
    *yaml = lines.join("\n");
    Some(key)
}

/// Turns a YAML error into a problem whose line counts from the top of the whole file.
pub(crate) fn yaml_problem(
    file: &Path,
    text: &str,
    offset: usize,
    error: &serde_saphyr::Error,
) -> Problem {
    let inner = error.without_snippet();
    let message = serde_saphyr::DefaultMessageFormatter.format_message(inner);
    let (line, column) = error
        .location()
        .map(|l| (l.line() as usize + offset, l.column() as usize))
        .filter(|&(line, _)| line > offset)
        .unwrap_or((1 + offset, 0));
    if message.contains("quote") {
        if let Some((open_line, open_column)) = unclosed_quote(text, offset, line) {
            return Problem::error(
                file,
                open_line,
                open_column,
                m::QUOTATION_MARK_OPENED_BUT_NEVER,
            )
            .with_hint(m::END_TEXT_SAME_LINE_REMOVE)
            .with_source(text);
        }
    }
    if let Some(problem) = invisible(file, text, line) {
        return problem;
    }
    if let Some(problem) = indentation(file, text, offset, line, inner) {
        return problem;
    }
    if let Some(explained) = explain::explain_at(error, text, line) {
        let (line, column) = if explained.is_tab {
            explain::find_tab(text, line).unwrap_or((line, column))
        } else {
            (line, column)
        };
        return Problem::error(file, line, column, explained.message)
            .with_hint(explained.hint)
            .with_source(text);
    }
    Problem::error(file, line, column, m::YAML_CANNOT_READ)
        .with_hint(m::YAML_CANNOT_READ_HINT)
        .with_source(text)
}

/// An invisible character on the line of the error, or the line before it (where the
/// parser often notices it one line late), that YAML cannot read where it stands: named,
/// with its place.
fn invisible(file: &Path, text: &str, line: usize) -> Option<Problem> {
    let lines: Vec<&str> = text.lines().collect();
    [line, line.saturating_sub(1)]
        .into_iter()
        .filter(|l| *l > 0)
        .find_map(|l| {
            let normal = pasted::normalize(lines.get(l - 1)?);
            let (column, c) = pasted::invisible_at(&normal)?;
            let name = match pasted::invisible(c)? {
                pasted::Invisible::Space => m::CHAR_SPACE,
                pasted::Invisible::ZeroWidth => m::CHAR_ZERO_WIDTH,
                pasted::Invisible::SoftHyphen => m::CHAR_SOFT_HYPHEN,
                pasted::Invisible::ByteOrderMark => m::CHAR_BYTE_ORDER_MARK,
            };
            let code = format!("U+{:04X}", u32::from(c));
            Some(
                Problem::error(
                    file,
                    l,
                    column + 1,
                    m::INVISIBLE_CHARACTER.with(&[&name, &code]),
                )
                .with_width(1)
                .with_hint(m::INVISIBLE_CHARACTER_HINT)
                .with_source(text),
            )
        })
}

/// A line of the settings that does not line up with the lines around it, when the error is
/// one that indentation makes: said as such, with how deep it should be, never as a colon
/// to quote. Lines indented with tabs are told by the tab's own message.
fn indentation(
    file: &Path,
    text: &str,
    offset: usize,
    line: usize,
    error: &serde_saphyr::Error,
) -> Option<Problem> {
    use serde_saphyr::Error as E;
    let after_error = matches!(
        error,
        E::SerdeMissingField { .. } | E::SerdeInvalidType { .. } | E::SerdeInvalidValue { .. }
    );
    let structural = after_error
        || !matches!(
            error,
            E::SerdeUnknownField { .. }
                | E::DuplicateMappingKey { .. }
                | E::Budget { .. }
                | E::InvalidScalar { .. }
                | E::NullIntoString { .. }
        );
    let lines: Vec<String> = text
        .lines()
        .skip(offset)
        .take_while(|l| offset == 0 || l.trim_end() != "---")
        .map(|l| pasted::normalize(l).into_owned())
        .collect();
    let tabs = lines
        .iter()
        .any(|l| l[..l.len() - l.trim_start().len()].contains('\t'));
    if !structural || tabs {
        return None;
    }
    let slip = indent::first_slip(lines.iter().map(String::as_str))?;
    let at = offset + slip.index + 1;
    if at > line && !after_error {
        return None;
    }
    let (message, hint) = match &slip.kind {
        indent::Kind::Deeper { key } => (
            m::YAML_TOO_DEEP.with(&[&slip.found, &slip.wanted]),
            indent_hint(&slip, key),
        ),
        indent::Kind::Shallower { key } => (
            m::YAML_TOO_SHALLOW.with(&[&slip.found, &slip.wanted]),
            indent_hint(&slip, key),
        ),
        indent::Kind::Items { other } => {
            let other = offset + other + 1;
            (
                m::YAML_ITEMS_OUT_OF_LINE.with(&[&slip.found, &other, &slip.wanted]),
                m::YAML_ITEM_HINT.with(&[&other, &slip.wanted]),
            )
        }
    };
    Some(
        Problem::error(file, at, slip.found + 1, message)
            .with_hint(hint)
            .with_source(text),
    )
}

/// How deep to indent the line, and which setting it should stand under.
fn indent_hint(slip: &indent::Slip, under: &str) -> m::Message {
    let own = slip.own.as_str();
    match slip.wanted {
        0 => m::YAML_NO_INDENT_HINT.with(&[&own, &under]),
        wanted => m::YAML_INDENT_HINT.with(&[&wanted, &own, &under]),
    }
}

/// The first line of the YAML, up to `until`, with an odd number of double quotes: the
/// parser notices an unclosed quote only where the next one closes it, often lines later.
fn unclosed_quote(text: &str, offset: usize, until: usize) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .skip(offset)
        .take(until.saturating_sub(offset))
        .find_map(|(index, line)| {
            let content = line.split(" #").next().unwrap_or(line);
            let quotes = content.matches('"').count() - content.matches("\\\"").count();
            (quotes % 2 == 1).then(|| {
                (
                    index + 1,
                    content
                        .find('"')
                        .map_or(0, |c| content[..c].chars().count() + 1),
                )
            })
        })
}

/// Where a value stood in the file: (line, column), counted from the top of the file.
pub(crate) fn position<T>(value: &Spanned<T>, offset: usize) -> (usize, usize) {
    let at = value.referenced;
    (at.line() as usize + offset, at.column() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Front {
        title: String,
        kind: Option<String>,
        order: Option<i64>,
        #[serde(default)]
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        date: String,
    }

    fn all(yaml: &str) -> (Option<Front>, Vec<String>) {
        let text = format!("---\n{yaml}---\n");
        let (value, problems) = parse_all::<Front>(yaml, Path::new("a.md"), &text, 1);
        let messages = problems
            .iter()
            .map(|p| format!("{}: {}", p.line, p.message.text(Lang::Sv)))
            .collect();
        (value, messages)
    }

    #[test]
    fn an_unknown_key_does_not_hide_the_rest() {
        let (value, messages) = all("title: A\nbeslutad_av: x\n  fortsatt\nkind: Kommun\nfel: 1\n");
        assert_eq!(
            messages,
            ["3: okänd nyckel \"beslutad_av\"", "6: okänd nyckel \"fel\""]
        );
        assert_eq!(value.and_then(|f| f.kind).as_deref(), Some("Kommun"));
    }

    #[test]
    fn keys_in_list_items_and_bad_values_are_set_aside_too() {
        let (value, messages) =
            all("title: A\norder: först\nitems:\n  - datum: 2019\n  - date: 2020\n");
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].starts_with("3: "), "{messages:?}");
        assert!(
            messages[1].starts_with("5: okänd nyckel \"datum\""),
            "{messages:?}"
        );
        assert!(value.is_none());
    }

    #[test]
    fn yaml_errors_point_into_the_whole_file() {
        let text = "---\ntitle: A\nstatus: \"open\n---\n";
        let error =
            parse_yaml::<serde_json::Value>("title: A\nstatus: \"open\n").expect_err("bad yaml");
        let problem = yaml_problem(Path::new("a.md"), text, 1, &error);
        assert_eq!(problem.line, 3);
        assert_eq!(problem.source_line.as_deref(), Some("status: \"open"));
    }
}
