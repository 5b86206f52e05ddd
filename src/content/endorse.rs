//! `endorses`: a compact that takes another's principles as its own. The chain is walked
//! in one place, to check it when loading and to follow it in the comparison.

use super::compact::LoadedCompact;
use crate::diagnostics::{did_you_mean, Problems};
use crate::messages::{tr, Lang};

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
    lang: Lang,
    problems: &mut Problems,
) {
    let slugs: Vec<&str> = folders.iter().map(String::as_str).collect();
    let endorses = |slug: &str| {
        compacts
            .iter()
            .find(|c| c.compact.slug == slug)
            .and_then(|c| c.compact.head.endorses.as_deref())
    };
    for loaded in compacts {
        let (Some(target), Some(problem)) = (&loaded.compact.head.endorses, &loaded.endorses_at)
        else {
            continue;
        };
        if *target == loaded.compact.slug {
            let mut itself = problem.clone();
            itself.message = tr(
                lang,
                "en överenskommelse kan inte ställa sig bakom sig själv (endorses)",
                "a compact cannot endorse itself",
            );
            problems.push(itself.with_hint(tr(
                lang,
                "skriv mappnamnet för den överenskommelse vars principer den tar som sina egna, eller ta bort endorses",
                "write the folder name of the compact whose principles it takes as its own, or remove endorses",
            )));
            continue;
        }
        if !slugs.contains(&target.as_str()) {
            let hint = match did_you_mean(target, slugs.iter().copied()) {
                Some(near) if near != loaded.compact.slug => format!(
                    "{} \"{near}\"? {}",
                    tr(lang, "menade du", "did you mean"),
                    tr(
                        lang,
                        "endorses ska vara mappnamnet för en annan överenskommelse",
                        "endorses must be the folder name of another compact"
                    )
                ),
                _ => format!(
                    "{}: {}",
                    tr(
                        lang,
                        "endorses ska vara mappnamnet för en annan överenskommelse",
                        "endorses must be the folder name of another compact"
                    ),
                    slugs.join(", ")
                ),
            };
            problems.push(problem.clone().with_hint(hint));
            continue;
        }
        if let Err(circle) = endorsement_chain(&loaded.compact.slug, endorses) {
            let (last, walked) = circle.split_last().unwrap_or((&"", &[]));
            let mut shown = problem.clone();
            shown.message = format!(
                "{}: {} → {last}",
                tr(
                    lang,
                    "endorses går i cirkel",
                    "endorses goes round in a circle"
                ),
                walked.join(" → ")
            );
            problems.push(shown.with_hint(tr(
                lang,
                "en överenskommelse kan inte, via andra, ställa sig bakom sig själv; ta bort endorses i en av dem",
                "a compact cannot endorse itself through others; remove endorses from one of them",
            )));
        }
    }
}
