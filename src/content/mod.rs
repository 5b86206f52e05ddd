//! Loading `content/`: reading every file, checking it against the content contract
//! (docs/content.md), and building the [`Content`] model. Every problem in every file is
//! collected, so one build reports them all.

mod compact;
pub mod date;
pub mod front_matter;
pub mod model;
mod topics;
mod walk;
pub mod warnings;
mod yaml_errors;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Lang;
use crate::diagnostics::{read_text, relative, Problem, Problems};
use crate::markdown;
use crate::tr;
pub use date::PartialDate;
pub use model::*;

use compact::LoadedCompact;

/// URL words that a compact's folder may not be named, since the site's own pages use them.
pub const RESERVED_SLUGS: [&str; 13] = [
    "jamfor",
    "tidslinje",
    "compare",
    "timeline",
    "data",
    "static",
    "sitemap",
    "404",
    "tillganglighet",
    "accessibility",
    "sok",
    "search",
    "fragments",
];

/// Reads and checks everything under `root/content`.
pub fn load(root: &Path, lang: Lang) -> Result<Content, Problems> {
    let dir = root.join("content");
    let mut problems = Problems::default();
    if !dir.is_dir() {
        problems.push(
            Problem::in_file(
                Path::new("content"),
                tr(
                    lang,
                    "mappen content/ saknas",
                    "the content/ folder is missing",
                ),
            )
            .with_hint(tr(
                lang,
                "skapa content/ med _index.md, topics.yaml och en mapp per överenskommelse",
                "create content/ with _index.md, topics.yaml and one folder per compact",
            )),
        );
        return Err(problems);
    }
    let topics = topics::load(root, &dir.join("topics.yaml"), lang).unwrap_or_else(|p| {
        problems.extend(p);
        Vec::new()
    });
    let front = load_front_page(root, &dir.join("_index.md"), lang).unwrap_or_else(|p| {
        problems.push(p);
        FrontPage::default()
    });
    let topic_ids: HashSet<&str> = topics.iter().map(|t| t.id.as_str()).collect();
    let folders = compact_folders(root, &dir, lang, &mut problems);
    let loaded: Vec<Result<LoadedCompact, Problems>> = folders
        .par_iter()
        .map(|folder| compact::load(root, folder, &topic_ids, lang))
        .collect();
    let mut compacts = Vec::with_capacity(loaded.len());
    for result in loaded {
        match result {
            Ok(compact) => compacts.push(compact),
            Err(p) => problems.extend(p),
        }
    }
    let folder_slugs: Vec<String> = folders
        .iter()
        .filter_map(|f| f.file_name().and_then(|n| n.to_str()).map(str::to_owned))
        .collect();
    compact::check_endorsements(&compacts, &folder_slugs, lang, &mut problems);
    if problems.has_errors() {
        return Err(problems);
    }
    let mut compacts: Vec<Compact> = compacts.into_iter().map(|c| c.compact).collect();
    compacts.sort_by(|a, b| {
        (kind_rank(a.kind), swedish_key(&a.municipality), &a.slug).cmp(&(
            kind_rank(b.kind),
            swedish_key(&b.municipality),
            &b.slug,
        ))
    });
    Ok(Content {
        front,
        topics,
        compacts,
    })
}

/// Reads one compact folder again, checked against the site's topics and the compact
/// folders that exist now. Used when a single compact changes during `serve`.
pub fn load_compact(
    root: &Path,
    slug: &str,
    topics: &[Topic],
    lang: Lang,
) -> Result<Compact, Problems> {
    let dir = root.join("content");
    let topic_ids: HashSet<&str> = topics.iter().map(|t| t.id.as_str()).collect();
    let loaded = compact::load(root, &dir.join(slug), &topic_ids, lang)?;
    let mut problems = Problems::default();
    let folders: Vec<String> = compact_folders(root, &dir, lang, &mut problems)
        .iter()
        .filter_map(|f| f.file_name().and_then(|n| n.to_str()).map(str::to_owned))
        .collect();
    compact::check_endorsements(std::slice::from_ref(&loaded), &folders, lang, &mut problems);
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(loaded.compact)
    }
}

/// Reads the front page (`content/_index.md`) again.
pub fn load_front(root: &Path, lang: Lang) -> Result<FrontPage, Problems> {
    load_front_page(root, &root.join("content").join("_index.md"), lang).map_err(|p| {
        let mut problems = Problems::default();
        problems.push(p);
        problems
    })
}

/// The national compact first, then the rest by name.
fn kind_rank(kind: Kind) -> u8 {
    match kind {
        Kind::Nationell => 0,
        Kind::Region | Kind::Kommun => 1,
    }
}

/// Reads `content/topics.yaml` alone, for commands that need the vocabulary but not the
/// compacts (`overens new`).
pub fn load_topics(root: &Path, lang: Lang) -> Result<Vec<Topic>, Problems> {
    topics::load(root, &root.join("content").join("topics.yaml"), lang)
}

/// A sort key that puts å, ä and ö after z, as Swedish readers expect.
pub fn swedish_key(name: &str) -> Vec<u32> {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => 'z' as u32 + 1,
            'ä' | 'æ' => 'z' as u32 + 2,
            'ö' | 'ø' => 'z' as u32 + 3,
            'é' | 'è' => 'e' as u32,
            'ü' => 'y' as u32,
            other => other as u32,
        })
        .collect()
}

fn load_front_page(root: &Path, path: &Path, lang: Lang) -> Result<FrontPage, Problem> {
    #[derive(serde::Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Front {
        title: Option<String>,
        description: Option<String>,
    }
    if !path.is_file() {
        return Ok(FrontPage::default());
    }
    let shown = relative(root, path);
    let text = read_text(root, path, lang)?;
    let split = front_matter::split(&shown, &text, lang)?;
    let front: Front = if split.yaml.trim().is_empty() {
        Front::default()
    } else {
        front_matter::parse_yaml(split.yaml)
            .map_err(|e| front_matter::yaml_problem(&shown, &text, split.yaml_offset, &e, lang))?
    };
    Ok(FrontPage {
        title: front.title,
        description: front.description,
        body_html: markdown::render_in(split.body, Some("")),
    })
}

/// The folders under `content/` that hold a compact, in name order.
fn compact_folders(root: &Path, dir: &Path, lang: Lang, problems: &mut Problems) -> Vec<PathBuf> {
    if let Err(e) = std::fs::read_dir(dir) {
        problems.push(
            Problem::in_file(
                &relative(root, dir),
                tr(lang, "kunde inte läsas", "could not be read"),
            )
            .with_hint(e.to_string()),
        );
        return Vec::new();
    }
    let folders = walk::entries(root, dir, lang, problems)
        .into_iter()
        .filter(|e| e.is_dir)
        .map(|e| e.path)
        .collect();
    walk::one_per_slug(
        root,
        folders,
        |p| p.file_name().and_then(|n| n.to_str()),
        lang,
        problems,
    )
}

/// Dot files and editor droppings are not content.
pub fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.starts_with('.') || n.starts_with('_') || n.ends_with('~'))
        .unwrap_or(true)
}

/// Turns a name into a URL slug: lowercase ASCII, å/ä → a, ö → o, other signs → `-`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'å' | 'ä' | 'á' | 'à' | 'æ' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if mapped != '-' || !slug.ends_with('-') {
            slug.push(mapped);
        }
    }
    slug.trim_matches('-').to_owned()
}

/// True for a name that can stand in a URL as it is.
pub fn is_slug(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_swedish_letters() {
        assert_eq!(slugify("Åre"), "are");
        assert_eq!(slugify("Örnsköldsvik"), "ornskoldsvik");
        assert_eq!(slugify("Upplands Väsby"), "upplands-vasby");
        assert_eq!(slugify("Tillit & förståelse"), "tillit-forstaelse");
    }

    #[test]
    fn swedish_order_puts_a_ring_after_z() {
        let mut names = vec!["Örebro", "Eslöv", "Ängelholm", "Åre", "Zinkgruvan"];
        names.sort_by_key(|n| swedish_key(n));
        assert_eq!(names, ["Eslöv", "Zinkgruvan", "Åre", "Ängelholm", "Örebro"]);
    }

    #[test]
    fn only_plain_names_are_slugs() {
        assert!(is_slug("eslov-2019"));
        assert!(!is_slug("Eslöv"));
        assert!(!is_slug("a b"));
    }
}
