//! Loading `content/`: reading every file, checking it against the content contract
//! (docs/content.md), and building the [`Content`] model. Every problem in every file is
//! collected, so one build reports them all.

mod compact;
mod consistency;
mod county;
mod easy;
mod endorse;
mod front;
mod front_matter;
mod living;
mod model;
mod plan;
mod principle;
mod signatories;
mod source;
mod stray;
mod table;
mod topics;
mod versions;
mod walk;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

pub(crate) use crate::date::PartialDate;
use crate::diagnostics::{Problem, Problems};
use crate::files::{read_text, relative};
use crate::markdown;
use crate::messages as m;
use crate::urls::Words;
pub(crate) use county::County;
pub(crate) use endorse::endorsement_chain;
pub(crate) use model::*;
pub(crate) use source::{
    PLACEHOLDER_BACKGROUND, PLACEHOLDER_COMPACT_TEXT, PLACEHOLDER_EVENT, PLACEHOLDER_MUNICIPALITY,
    PLACEHOLDER_PRINCIPLE_TEXT, PLACEHOLDER_PRINCIPLE_TITLE, PLACEHOLDER_SUMMARY,
    PLACEHOLDER_TOPICS,
};

use compact::LoadedCompact;

/// Reads and checks everything under `root/content`, for a site whose addresses take
/// `words`. Every file is read once; the warnings come out of the same reading, each at its
/// line.
pub(crate) fn load(root: &Path, words: Words) -> Result<Content, Problems> {
    let dir = root.join("content");
    let mut problems = Problems::default();
    if !dir.is_dir() {
        problems.push(
            Problem::in_file(Path::new("content"), m::CONTENT_FOLDER_MISSING)
                .with_hint(m::CREATE_CONTENT_INDEX_MD_TOPICS),
        );
        return Err(problems);
    }
    let topics = topics::load(root, &dir.join("topics.yaml")).unwrap_or_else(|p| {
        problems.extend(p);
        Vec::new()
    });
    let mut front = load_front_page(root, &dir.join("_index.md")).unwrap_or_else(|p| {
        problems.extend(p);
        FrontPage::default()
    });
    let front_easy = load_front_easy(root, words, &mut front, &mut problems);
    front.review.warnings.extend(stray::in_root(root));
    let topic_ids = topics::Vocabulary::of(&topics);
    let folders = compact_folders(root, &dir, &mut problems);
    let loaded: Vec<Result<LoadedCompact, Problems>> = folders
        .par_iter()
        .map(|folder| compact::load(root, folder, &topic_ids, words))
        .collect();
    let mut compacts = Vec::with_capacity(loaded.len());
    for result in loaded {
        match result {
            Ok(compact) => compacts.push(compact),
            Err(p) => problems.extend(p),
        }
    }
    let folder_slugs = folder_names(&folders);
    endorse::check_endorsements(&compacts, &folder_slugs, &mut problems);
    endorse::check_replacements(&compacts, &folder_slugs, &mut problems);
    if problems.has_errors() {
        return Err(problems);
    }
    let mut compacts: Vec<Compact> = compacts.into_iter().map(|c| c.compact).collect();
    compacts.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
    let warnings = site_warnings(&compacts, &topics);
    Ok(Content {
        front: Arc::new(front),
        topics: Arc::new(topics),
        compacts: compacts.into_iter().map(Arc::new).collect(),
        warnings,
        front_easy,
    })
}

/// Reads `content/lattlast.md`, the front page's easy-to-read version, when there is one;
/// its warnings and links join the front page's.
fn load_front_easy(
    root: &Path,
    words: Words,
    front: &mut FrontPage,
    problems: &mut Problems,
) -> Option<EasyText> {
    let folder = format!("{}/", words.easy);
    let dir = root.join("content");
    easy::load(root, &dir, &folder, problems, &mut front.review)
}

/// Warnings about the site as a whole: no compact yet, or topics no principle uses.
fn site_warnings<C: std::borrow::Borrow<Compact>>(compacts: &[C], topics: &[Topic]) -> Problems {
    let mut warnings = Problems::default();
    if compacts.is_empty() {
        warnings.push(
            Problem::in_file(Path::new("content"), m::NO_COMPACT_YET)
                .with_hint(m::START_COMPACT)
                .as_warning(),
        );
        return warnings;
    }
    let mut used = vec![false; topics.len()];
    for topic in compacts
        .iter()
        .flat_map(|c| &c.borrow().principles)
        .flat_map(|p| &p.topics)
    {
        used[topic.index()] = true;
    }
    topics::unused(topics, &used, &mut warnings);
    warnings
}

/// Where a compact goes in the list: the national compact first, then by name.
fn order_key(compact: &Compact) -> (u8, Vec<u32>, &str) {
    (
        kind_rank(compact.head.kind),
        swedish_key(&compact.head.municipality),
        &compact.slug,
    )
}

fn folder_names(folders: &[PathBuf]) -> Vec<String> {
    folders
        .iter()
        .filter_map(|f| f.file_name().and_then(|n| n.to_str()).map(str::to_owned))
        .collect()
}

impl Content {
    /// The content with the compact in folder `slug` read again, checked against the site's
    /// topics and the compact folders that exist now; every other compact is shared. `None`
    /// when the compact is new, gone, or would move in the list: then the whole content is
    /// read again.
    pub(crate) fn with_compact(
        &self,
        root: &Path,
        slug: &str,
        words: Words,
    ) -> Option<Result<Content, Problems>> {
        let at = self.find(slug)?;
        let dir = root.join("content");
        if !dir.join(slug).join("_index.md").is_file() {
            return None;
        }
        let vocabulary = topics::Vocabulary::of(&self.topics);
        let loaded = match compact::load(root, &dir.join(slug), &vocabulary, words) {
            Ok(loaded) => loaded,
            Err(problems) => return Some(Err(problems)),
        };
        // Only an `endorses` or a `replaced_by` compact needs the other folders.
        let names_another = loaded.compact.head.endorses.is_some()
            || loaded
                .compact
                .head
                .replaced_by
                .as_ref()
                .is_some_and(|r| r.compact.is_some());
        if names_another {
            let mut problems = Problems::default();
            let folders = folder_names(&compact_folders(root, &dir, &mut problems));
            let one = std::slice::from_ref(&loaded);
            endorse::check_endorsements(one, &folders, &mut problems);
            endorse::check_replacements(one, &folders, &mut problems);
            if problems.has_errors() {
                return Some(Err(problems));
            }
        }
        let new = loaded.compact;
        if order_key(&new) != order_key(self.get(at)) {
            return None;
        }
        let mut content = self.clone();
        content.compacts[at.index()] = Arc::new(new);
        let compacts: Vec<&Compact> = content.compacts.iter().map(|c| &**c).collect();
        content.warnings = site_warnings(&compacts, &content.topics);
        Some(Ok(content))
    }

    /// The content with the front page (`content/_index.md`) and its easy-to-read version
    /// (`content/lattlast.md`) read again.
    pub(crate) fn with_front(&self, root: &Path, words: Words) -> Result<Content, Problems> {
        let mut front = load_front_page(root, &root.join("content").join("_index.md"))?;
        let mut problems = Problems::default();
        let front_easy = load_front_easy(root, words, &mut front, &mut problems);
        front.review.warnings.extend(stray::in_root(root));
        if problems.has_errors() {
            return Err(problems);
        }
        let mut content = self.clone();
        content.front = Arc::new(front);
        content.front_easy = front_easy;
        Ok(content)
    }
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
pub(crate) fn load_topics(root: &Path) -> Result<Vec<Topic>, Problems> {
    topics::load(root, &root.join("content").join("topics.yaml"))
}

/// A sort key that puts å, ä and ö after z, as Swedish readers expect.
pub(crate) fn swedish_key(name: &str) -> Vec<u32> {
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

fn load_front_page(root: &Path, path: &Path) -> Result<FrontPage, Problems> {
    #[derive(serde::Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Front {
        title: Option<serde_saphyr::Spanned<String>>,
        description: Option<String>,
    }
    if !path.is_file() {
        return Ok(FrontPage::default());
    }
    let shown = relative(root, path);
    let text = read_text(root, path)?;
    let split = front_matter::split(&shown, &text)?;
    let front: Front = if split.yaml.trim().is_empty() {
        Front::default()
    } else {
        let (front, problems) =
            crate::yaml::parse_all(split.yaml, &shown, &text, split.yaml_offset);
        match front {
            Some(front) if problems.is_empty() => front,
            _ => return Err(problems),
        }
    };
    let src = source::SourceFile::new(&shown, &text, split.yaml_offset);
    let mut review = Review::default();
    if let Some(title) = &front.title {
        src.title(title, &mut review);
    }
    src.template_text(&mut review);
    if split.body.trim().is_empty() {
        let line = text.lines().count().max(1);
        review.warnings.push(src.warning_at(
            line,
            0,
            m::FRONT_PAGE_NO_TEXT,
            m::WRITE_FRONT_PAGE_TEXT,
        ));
    }
    let rendered = markdown::render_in(split.body, Some(""));
    let body_start = text.len() - split.body.len();
    src.markdown(rendered.findings, body_start, 2, "", &mut review);
    Ok(FrontPage {
        title: front.title.map(|t| crate::invisible::strip(&t.value)),
        description: front.description,
        body_html: rendered.html,
        review,
    })
}

/// The folders under `content/` that hold a compact, in name order.
fn compact_folders(root: &Path, dir: &Path, problems: &mut Problems) -> Vec<PathBuf> {
    if let Err(e) = std::fs::read_dir(dir) {
        problems.push(
            Problem::in_file(&relative(root, dir), m::COULD_NOT_READ)
                .with_hint(m::SYSTEM_SAYS.with(&[&e])),
        );
        return Vec::new();
    }
    let folders = walk::entries(root, dir, problems)
        .into_iter()
        .filter(|e| e.is_dir)
        .map(|e| e.path)
        .collect();
    walk::one_per_slug(
        root,
        folders,
        |p| p.file_name().and_then(|n| n.to_str()),
        problems,
    )
}

/// Dot files and editor droppings are not content.
pub(crate) fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.starts_with('.') || n.starts_with('_') || n.ends_with('~'))
        .unwrap_or(true)
}

/// Turns a name into a URL slug: lowercase ASCII, å/ä → a, ö → o, other signs → `-`.
pub(crate) fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if crate::invisible::is_invisible(c) {
            continue;
        }
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
pub(crate) fn is_slug(name: &str) -> bool {
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
        assert_eq!(slugify("Lång\u{ad}siktighet"), "langsiktighet");
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
