//! `endorses`: a compact that takes another's principles as its own. The chain is walked
//! in one place, to check it when loading and to follow it in the comparison.

use super::compact::LoadedCompact;
use crate::diagnostics::{did_you_mean, Problems};
use crate::messages as m;

/// The compacts whose principles the compact in folder `from` takes over: the one it
/// endorses, the one that one endorses, and so on, nearest first. The one walk of the
/// chain, for checking it and for the comparison. `Err` gives the circle, when it closes.
pub(crate) fn endorsement_chain<'a>(
    from: &'a str,
    endorses: impl Fn(&str) -> Option<&'a str>,
) -> Result<Vec<&'a str>, Vec<&'a str>> {
    let mut seen = vec![from];
    let mut next = endorses(from);
    while let Some(slug) = next {
        if seen.contains(&slug) {
            seen.push(slug);
            return Err(seen);
        }
        seen.push(slug);
        next = endorses(slug);
    }
    seen.remove(0);
    Ok(seen)
}

/// Checks that every `endorses` names another compact, and that none goes round in a circle.
/// `folders` names every compact folder, including those that failed to load, so that a
/// problem in one compact does not also show up as a wrong `endorses` in another.
pub(super) fn check_endorsements(
    compacts: &[LoadedCompact],
    folders: &[String],
    problems: &mut Problems,
) {
    let slugs: Vec<&str> = folders.iter().map(String::as_str).collect();
    let folder: std::collections::HashSet<&str> = slugs.iter().copied().collect();
    // Each compact's `endorses`, by folder: one look-up a step of a chain, at any size.
    let by_slug: std::collections::HashMap<&str, &str> = compacts
        .iter()
        .filter_map(|c| Some((c.compact.slug.as_str(), c.compact.head.endorses.as_deref()?)))
        .collect();
    let endorses = |slug: &str| by_slug.get(slug).copied();
    for loaded in compacts {
        let (Some(target), Some(problem)) = (&loaded.compact.head.endorses, &loaded.endorses_at)
        else {
            continue;
        };
        if *target == loaded.compact.slug {
            let mut itself = problem.clone();
            itself.message = m::COMPACT_CANNOT_ENDORSE_ITSELF.into();
            problems.push(itself.with_hint(m::WRITE_FOLDER_NAME_COMPACT_WHOSE));
            continue;
        }
        if !folder.contains(target.as_str()) {
            let hint = match did_you_mean(target, slugs.iter().copied()) {
                Some(near) if near != loaded.compact.slug => {
                    m::DID_YOU_MEAN_THEN.with(&[&near, &m::ENDORSES_MUST_FOLDER_NAME_ANOTHER])
                }
                _ => m::ENDORSES_MUST_NAME_ONE_OF.with(&[&slugs.join(", ")]),
            };
            problems.push(problem.clone().with_hint(hint));
            continue;
        }
        if let Err(circle) = endorsement_chain(&loaded.compact.slug, endorses) {
            let (last, walked) = circle.split_last().unwrap_or((&"", &[]));
            let mut shown = problem.clone();
            let circle = format!("{} → {last}", walked.join(" → "));
            shown.message = m::ENDORSES_GOES_ROUND_CIRCLE.with(&[&circle]);
            problems.push(shown.with_hint(m::COMPACT_CANNOT_ENDORSE_ITSELF_THROUGH));
        }
    }
}

/// Checks that every `replaced_by` that names a compact of the site names one that exists
/// (one that names itself is told so by [`super::consistency`]).
pub(super) fn check_replacements(
    compacts: &[LoadedCompact],
    folders: &[String],
    problems: &mut Problems,
) {
    for loaded in compacts {
        let named = loaded
            .compact
            .head
            .replaced_by
            .as_ref()
            .and_then(|r| r.compact.as_deref());
        let (Some(slug), Some(problem)) = (named, &loaded.replaced_at) else {
            continue;
        };
        if folders.iter().any(|f| f == slug) {
            continue;
        }
        let mut shown = problem.clone();
        if let Some(near) = did_you_mean(slug, folders.iter().map(String::as_str)) {
            shown.hint = Some(match shown.hint {
                Some(hint) => m::DID_YOU_MEAN_THEN.with(&[&near, &hint]),
                None => m::DID_YOU_MEAN.with(&[&near]),
            });
        }
        problems.push(shown);
    }
}
