//! The lists of a compact, checked as a whole: the organisations that joined
//! (`signatories.csv`) and the action plan (`plan.yaml`), none written twice, and each
//! saying what its facts allow.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::super::model::{ActionStatus, Compact};
use super::{Place, Places};
use crate::date::today;
use crate::diagnostics::Problem;
use crate::messages as m;

/// The first letters that make a spreadsheet program read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A name or title as compared for sameness: letters in lower case, spaces single.
fn same(text: &str) -> String {
    text.split_whitespace()
        .flat_map(|w| w.chars().chain([' ']))
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

fn file(slug: &str, name: &str) -> PathBuf {
    Path::new("content").join(slug).join(name)
}

/// The list of organisations: each once (by name and by organisation number), none that
/// left after today, a list with a row where its source is kept, and a name that a
/// spreadsheet would read as a formula warned about.
pub(super) fn signatories(compact: &Compact, places: &Places, problems: &mut Vec<Problem>) {
    let signatories = &compact.signatories;
    let csv = file(&compact.slug, crate::content::SIGNATORIES_FILE);
    let empty = signatories.list.is_empty();
    if let (true, true, Some(at)) = (empty, places.read_cleanly, &places.list_source) {
        problems.push(at.error(
            m::LIST_SOURCE_WITHOUT_LIST,
            m::LIST_SOURCE_WITHOUT_LIST_HINT,
        ));
    }
    let no_list = empty && !places.list_file && signatories.counts.is_empty();
    if let (false, true, Some(at)) = (signatories.complete, no_list, &places.list_complete) {
        problems.push(at.error(m::PARTIAL_WITHOUT_LIST, m::PARTIAL_WITHOUT_LIST_HINT));
    }
    let now = today();
    let mut names: HashMap<String, usize> = HashMap::with_capacity(signatories.list.len());
    let mut numbers: HashMap<&str, usize> = HashMap::new();
    for s in &signatories.list {
        let row = Place::row(csv.clone(), s.at);
        if let Some(first) = names.insert(same(&s.name), s.at.line) {
            problems.push(row.error(
                m::SIGNATORY_TWICE.with(&[&s.name, &first, &s.at.line]),
                m::SIGNATORY_TWICE_HINT,
            ));
        } else if let Some(number) = s.org_number.as_deref() {
            if let Some(first) = numbers.insert(number, s.at.line) {
                problems.push(row.error(
                    m::ORG_NUMBER_TWICE.with(&[&number, &first, &s.at.line]),
                    m::SIGNATORY_TWICE_HINT,
                ));
            }
        }
        if let Some(left) = s.left.filter(|l| now.is_before(*l)) {
            problems.push(row.error(
                m::LEFT_IN_FUTURE.with(&[&s.name, &left]),
                m::LEFT_IN_FUTURE_HINT,
            ));
        }
        if s.name.starts_with(FORMULA_STARTS) {
            problems.push(row.warning(
                m::NAME_LIKE_FORMULA.with(&[&s.name]),
                m::NAME_LIKE_FORMULA_HINT,
            ));
        }
    }
}

/// The action plan: each action once, and none marked both not done and done on a date.
pub(super) fn plan(compact: &Compact, problems: &mut Vec<Problem>) {
    let yaml = file(&compact.slug, crate::content::PLAN_FILE);
    let mut titles: HashMap<String, usize> = HashMap::with_capacity(compact.plan.len());
    for action in &compact.plan {
        let at = Place::row(yaml.clone(), action.at);
        if let Some(first) = titles.insert(same(&action.title), action.at.line) {
            problems.push(at.error(
                m::ACTION_TWICE.with(&[&action.title, &first, &action.at.line]),
                m::ACTION_TWICE_HINT,
            ));
        }
        let open = matches!(action.status, ActionStatus::Planned | ActionStatus::Ongoing);
        if let (true, Some(done)) = (open, action.done) {
            problems.push(at.error(
                m::ACTION_OPEN_BUT_DONE.with(&[&action.title, &action.status.key(), &done]),
                m::ACTION_OPEN_BUT_DONE_HINT,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_same_whatever_their_case_and_spaces() {
        assert_eq!(same("  Föreningen   Gläntan "), same("föreningen gläntan"));
        assert_ne!(same("Gläntan"), same("Glänta"));
    }
}
