//! `plan.yaml`: a compact's action plan, a list of actions with who is responsible, when each
//! is due and where it stands. An action past due and not done is a warning.

use std::path::Path;

use serde_saphyr::Spanned;

use super::front::ActionFront;
use super::model::{Action, ActionStatus, Review, Spot};
use super::source::SourceFile;
use crate::date::today;
use crate::diagnostics::{Problem, Problems};
use crate::files::{read_text, relative};
use crate::markdown;
use crate::messages as m;
use crate::yaml::{parse_all, position};

/// The Swedish words for where an action stands.
const STATUS_IN_SWEDISH: &[(&str, usize)] = &[
    ("pågår", 0),
    ("pågående", 0),
    ("planerad", 1),
    ("klar", 2),
    ("genomförd", 2),
    ("avbruten", 3),
    ("struken", 3),
];

/// Reads `plan.yaml` in the compact folder `folder`, if there is one.
pub(super) fn load(
    root: &Path,
    folder: &Path,
    problems: &mut Problems,
    review: &mut Review,
) -> Vec<Action> {
    let path = folder.join(super::PLAN_FILE);
    if !path.is_file() {
        return Vec::new();
    }
    let shown = relative(root, &path);
    let Ok(text) = read_text(root, &path).map_err(|p| problems.push(p)) else {
        return Vec::new();
    };
    if text.trim().is_empty() {
        problems.push(Problem::in_file(&shown, m::FILE_EMPTY).with_hint(m::PLAN_EMPTY_HINT));
        return Vec::new();
    }
    let (actions, found) = parse_all::<Option<Vec<Spanned<ActionFront>>>>(&text, &shown, &text, 0);
    problems.extend(found);
    let src = SourceFile::new(&shown, &text, 0);
    let words: Vec<&str> = ActionStatus::ALL.iter().map(|s| s.key()).collect();
    let now = today();
    actions
        .flatten()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|spanned| {
            let title = spanned.value.title.clone();
            if title.is_none() {
                problems.push(src.error(&spanned, m::ACTION_WITHOUT_TITLE, m::ACTION_TITLE_HINT));
            }
            let (line, column) = position(&spanned, 0);
            let action = spanned.value;
            let status = match &action.status {
                None => Some(ActionStatus::Planned),
                Some(word) => src
                    .one_of(
                        word,
                        &words,
                        STATUS_IN_SWEDISH,
                        m::UNKNOWN_ACTION_STATUS,
                        problems,
                    )
                    .map(|i| ActionStatus::ALL[i]),
            };
            let due = action.due.as_ref().and_then(|d| src.date(d, problems));
            let done = action
                .done
                .as_ref()
                .and_then(|d| super::consistency::happened(&src, d, problems));
            let (status, title) = (status?, title?);
            let open = matches!(status, ActionStatus::Planned | ActionStatus::Ongoing);
            if let (Some(date), Some(at), true) = (due, &action.due, open) {
                if date.is_past(now) {
                    let (line, column) = position(at, 0);
                    review.warnings.push(src.warning_at(
                        line,
                        column,
                        m::ACTION_OVERDUE.with(&[&title, &date]),
                        m::ACTION_OVERDUE_HINT,
                    ));
                }
            }
            let rendered = action.text.as_ref().map(|text| {
                let rendered = markdown::render_in(&text.value, None);
                for (_, url) in &rendered.findings.unsafe_links {
                    let (line, column) = position(text, 0);

                    review.warnings.push(src.warning_at(
                        line,
                        column,
                        m::ACTION_UNSAFE_LINK.with(&[url]),
                        m::ACTION_UNSAFE_LINK_HINT,
                    ));
                }
                rendered.html
            });
            Some(Action {
                title,
                responsible: action.responsible,
                due,
                done,
                status,
                text_html: rendered.unwrap_or_default(),
                text_markdown: action.text.map(|t| t.value).unwrap_or_default(),
                at: Spot { line, column },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_words_name_statuses_in_order() {
        for (word, index) in STATUS_IN_SWEDISH {
            assert!(*index < ActionStatus::ALL.len(), "{word}");
        }
        assert_eq!(ActionStatus::ALL[2], ActionStatus::Done);
    }
}
