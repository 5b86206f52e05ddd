//! The compact folder made from a document, as `overens new` makes one: `_index.md` with
//! `new`'s explained front matter, the title and what could safely be guessed filled in,
//! the document's own text as its body, and one file per principle. The plan is made
//! first and can be shown without writing (`--preview`); nothing is ever overwritten.

use std::fs;
use std::path::{Path, PathBuf};

use super::guess::{guess, Guess};
use super::markdown;
use super::model::{plain_text, Block, Document, Inline, LeftOut};
use super::split::{split, Found, Rule};
use super::{read, ImportError};
use crate::config::Config;
use crate::content::{
    is_slug, load_topics, slugify, Kind, Topic, PLACEHOLDER_MUNICIPALITY, PLACEHOLDER_TOPICS,
};
use crate::diagnostics::{Problem, Problems};
use crate::files::relative;
use crate::messages::{self as m, Lang, Msg};
use crate::scaffold::{check_name, front_matter, quoted, write_new, PLAN_TEXT, SIGNATORIES_TEXT};

/// No document with a compact in it is this large, pictures and all; a larger file is
/// not read into memory.
const LARGEST_FILE: u64 = 256 << 20;

/// What `overens import` was asked to do.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub(crate) file: PathBuf,
    pub(crate) root: PathBuf,
    pub(crate) slug: Option<String>,
    pub(crate) rule: Rule,
    pub(crate) preview: bool,
    pub(crate) accept_changes: bool,
}

/// One file of the plan.
#[derive(Debug, Clone)]
pub(crate) struct Planned {
    /// Relative to the site's folder.
    pub(crate) path: PathBuf,
    pub(crate) title: String,
    pub(crate) order: Option<u32>,
    /// The first words of its text, for the preview.
    pub(crate) first_words: String,
    text: String,
}

/// What an import did, or would do with `--preview`.
#[derive(Debug)]
pub(crate) struct Outcome {
    /// The compact's and principles' files, then the action plan's and the list's.
    pub(crate) files: Vec<Planned>,
    pub(crate) written: bool,
    /// How the principles were found, in words.
    pub(crate) found: String,
    /// What was not carried over, in words.
    pub(crate) left_out: Vec<String>,
    /// What the officer must check or fill in, in words.
    pub(crate) to_do: Vec<String>,
}

/// Reads the document and writes its compact folder (or, with `preview`, says what it
/// would write). Every refusal is a problem naming the file.
pub(crate) fn import(options: &Options, lang: Lang) -> Result<Outcome, Problems> {
    let shown = options.file.clone();
    let problem = |message: String, hint: Msg| -> Problems {
        Problem::in_file(&shown, message)
            .with_hint(hint.text(lang))
            .into()
    };
    let size = match fs::metadata(&options.file) {
        Ok(meta) if meta.is_file() => meta.len(),
        _ => {
            return Err(problem(
                m::IMPORT_FILE_MISSING.text(lang),
                m::IMPORT_GIVE_FILE,
            ))
        }
    };
    if size > LARGEST_FILE {
        return Err(problem(m::IMPORT_TOO_LARGE.text(lang), m::IMPORT_DAMAGED));
    }
    let bytes = fs::read(&options.file).map_err(|e| {
        Problems::from(
            Problem::in_file(&shown, m::IMPORT_FILE_UNREADABLE.text(lang)).with_hint(e.to_string()),
        )
    })?;
    let document = read(&bytes).map_err(|e| {
        let (message, hint) = refusal(&e, lang);
        problem(message, hint)
    })?;
    drop(bytes);
    if document.changes > 0 && !options.accept_changes {
        return Err(problem(
            m::IMPORT_TRACKED_CHANGES.with(lang, &[&document.changes]),
            m::IMPORT_ACCEPT_IN_WORD,
        ));
    }
    let slug = match &options.slug {
        Some(slug) if !is_slug(slug) => {
            return Err(problem(
                m::IMPORT_BAD_SLUG.with(lang, &[slug]),
                m::IMPORT_GIVE_SLUG,
            ))
        }
        other => other.clone(),
    };
    let config = Config::load(&options.root, lang)?;
    let lang = config.language;
    let topics = load_topics(&options.root, lang)?;
    let split = split(&document, options.rule);
    let title = split.title.clone().unwrap_or_else(|| {
        let stem = options.file.file_stem().unwrap_or_default();
        stem.to_string_lossy().into_owned()
    });
    let all_text = document
        .blocks
        .iter()
        .map(block_text)
        .collect::<Vec<_>>()
        .join(" ");
    let guessed = guess(&title, &all_text);
    let Some(slug) = slug.or_else(|| guessed.municipality.as_deref().map(slugify)) else {
        return Err(problem(m::IMPORT_NO_NAME.text(lang), m::IMPORT_GIVE_SLUG));
    };
    let folder = options.root.join("content").join(&slug);
    check_name(&slug, &slug, &folder, &options.root, lang).map_err(|p| {
        let exists = folder.exists();
        let p = if exists {
            Problem::in_file(
                &relative(&options.root, &folder),
                m::FOLDER_ALREADY_EXISTS.text(lang),
            )
            .with_hint(m::IMPORT_FOLDER_EXISTS.text(lang))
        } else {
            p
        };
        Problems::from(p)
    })?;

    let mut outcome = plan(&document, &split, &title, &guessed, &topics, lang);
    for file in &mut outcome.files {
        file.path = Path::new("content").join(&slug).join(&file.path);
    }
    if options.preview {
        return Ok(outcome);
    }
    let written = outcome
        .files
        .iter()
        .try_for_each(|file| write_new(&options.root.join(&file.path), &file.text));
    if let Err(e) = written {
        // Leave nothing half-made behind: the folder did not exist before.
        let _ = fs::remove_dir_all(&folder);
        return Err(Problem::in_file(
            &relative(&options.root, &folder),
            m::FOLDER_COULD_NOT_CREATED.text(lang),
        )
        .with_hint(e.to_string())
        .into());
    }
    outcome.written = true;
    Ok(outcome)
}

/// The message and hint for a file that is not read.
fn refusal(error: &ImportError, lang: Lang) -> (String, Msg) {
    match error {
        ImportError::Doc => (m::IMPORT_DOC.text(lang), m::IMPORT_SAVE_AS_DOCX),
        ImportError::Encrypted => (m::IMPORT_ENCRYPTED.text(lang), m::IMPORT_REMOVE_PASSWORD),
        ImportError::OldOrEncrypted => (
            m::IMPORT_OLD_OR_ENCRYPTED.text(lang),
            m::IMPORT_OPEN_IN_WORD,
        ),
        ImportError::Pdf => (m::IMPORT_PDF.text(lang), m::IMPORT_ASK_FOR_WORD),
        ImportError::Odt => (m::IMPORT_ODT.text(lang), m::IMPORT_SAVE_ODT_AS_DOCX),
        ImportError::Rtf => (m::IMPORT_RTF.text(lang), m::IMPORT_SAVE_AS_DOCX),
        ImportError::NotZip => (m::IMPORT_NOT_DOCX.text(lang), m::IMPORT_SAVE_AS_DOCX),
        ImportError::NotWord => (m::IMPORT_NOT_WORD.text(lang), m::IMPORT_SAVE_AS_DOCX),
        ImportError::Bomb => (m::IMPORT_BOMB.text(lang), m::IMPORT_DAMAGED),
        ImportError::TooManyParts => (m::IMPORT_TOO_MANY_PARTS.text(lang), m::IMPORT_DAMAGED),
        ImportError::Broken(part) => (m::IMPORT_BROKEN.with(lang, &[part]), m::IMPORT_DAMAGED),
        ImportError::Xml(part) => (m::IMPORT_XML.with(lang, &[part]), m::IMPORT_DAMAGED),
        ImportError::Declarations(part) => (
            m::IMPORT_DECLARATIONS.with(lang, &[part]),
            m::IMPORT_DAMAGED,
        ),
    }
}

/// The files to write, relative to the compact's folder, and what to tell the officer.
fn plan(
    document: &Document,
    split: &super::split::Split,
    title: &str,
    guessed: &Guess,
    topics: &[Topic],
    lang: Lang,
) -> Outcome {
    let mut to_do = Vec::new();
    let municipality = match &guessed.municipality {
        Some(name) => name.clone(),
        None => {
            to_do.push(m::IMPORT_CHECK_MUNICIPALITY.text(lang));
            PLACEHOLDER_MUNICIPALITY.to_owned()
        }
    };
    let kind = guessed.kind.unwrap_or(Kind::Kommun);
    let top = split.text.iter().filter_map(heading).min().unwrap_or(1);
    let body = markdown::write(&split.text, top, 2, &document.notes);
    let index = format!("{}{body}\n", front_matter(title, &municipality, kind));
    let mut files = vec![Planned {
        path: PathBuf::from("_index.md"),
        title: title.to_owned(),
        order: None,
        first_words: first_words(&split.text),
        text: index,
    }];
    let mut slugs: Vec<String> = Vec::new();
    let mut unmatched = Vec::new();
    for found in &split.principles {
        let mut slug = slugify(&found.title);
        if slug.is_empty() {
            slug = format!("princip-{}", found.order);
        }
        let base = slug.clone();
        let mut n = 2;
        while slugs.contains(&slug) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        slugs.push(slug.clone());
        let (topic_line, matched) = topics_of(&found.title, topics);
        if !matched {
            unmatched.push(format!("principles/{slug}.md"));
        }
        files.push(Planned {
            path: Path::new("principles").join(format!("{slug}.md")),
            title: found.title.clone(),
            order: Some(found.order),
            first_words: first_words(&found.blocks),
            text: principle_text(found, &topic_line, &document.notes),
        });
    }
    if !unmatched.is_empty() {
        to_do.push(m::IMPORT_CHECK_TOPICS.with(lang, &[&unmatched.join(", ")]));
    }
    files.push(Planned {
        path: PathBuf::from(crate::content::PLAN_FILE),
        title: String::new(),
        order: None,
        first_words: String::new(),
        text: PLAN_TEXT.to_owned(),
    });
    files.push(Planned {
        path: PathBuf::from(crate::content::SIGNATORIES_FILE),
        title: String::new(),
        order: None,
        first_words: String::new(),
        text: SIGNATORIES_TEXT.to_owned(),
    });
    let mut left_out: Vec<String> = document
        .left_out
        .iter()
        .map(|l| left_out_line(l, lang))
        .collect();
    left_out.dedup();
    if document.changes > 0 {
        to_do.push(m::IMPORT_CHANGES_ACCEPTED.with(lang, &[&document.changes]));
    }
    Outcome {
        files,
        written: false,
        found: found_line(split, lang),
        left_out,
        to_do,
    }
}

fn found_line(split: &super::split::Split, lang: Lang) -> String {
    let under = split
        .under
        .as_ref()
        .map(|h| m::IMPORT_UNDER.with(lang, &[h]))
        .unwrap_or_default();
    match split.by {
        Some(Rule::Heading(level)) => m::IMPORT_FOUND_HEADINGS.with(lang, &[&level, &under]),
        Some(_) => m::IMPORT_FOUND_LIST.with(lang, &[&under]),
        None => m::IMPORT_NONE_FOUND.text(lang),
    }
}

fn heading(block: &Block) -> Option<u8> {
    match block {
        Block::Paragraph(p) => p.heading,
        Block::Table(_) => None,
    }
}

/// A principle's file: its front matter and its text.
fn principle_text(found: &Found, topic_line: &str, notes: &[Vec<Inline>]) -> String {
    let top = found
        .level
        .map(|l| l + 1)
        .or_else(|| found.blocks.iter().filter_map(heading).min())
        .unwrap_or(1);
    let mut blocks = found.blocks.clone();
    if !found.title_notes.is_empty() {
        let marks = found.title_notes.iter().map(|n| Inline::Note(*n)).collect();
        blocks.insert(
            0,
            Block::Paragraph(super::model::Paragraph {
                inlines: marks,
                ..Default::default()
            }),
        );
    }
    let text = markdown::write(&blocks, top, 4, notes);
    format!(
        "---\ntitle: {}\n{topic_line}\norder: {}\n---\n{text}\n",
        quoted(&found.title),
        found.order
    )
}

/// The topics line for a principle: the topic its title names, else the first topic with
/// a line that `check` reports until the editor chooses.
fn topics_of(title: &str, topics: &[Topic]) -> (String, bool) {
    let wanted = slugify(title);
    if let Some(topic) = topics
        .iter()
        .find(|t| slugify(&t.name) == wanted || t.id == wanted)
    {
        return (format!("topics: [{}]", topic.id), true);
    }
    let first = topics.first().map_or("", |t| t.id.as_str());
    (format!("# {PLACEHOLDER_TOPICS}\ntopics: [{first}]"), false)
}

fn block_text(block: &Block) -> String {
    match block {
        Block::Paragraph(p) => plain_text(&p.inlines),
        Block::Table(t) => t
            .rows
            .iter()
            .flatten()
            .flat_map(|c| c.paragraphs.iter().map(|p| plain_text(p)))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The first dozen words of some blocks, for the preview.
fn first_words(blocks: &[Block]) -> String {
    shortened(&blocks.iter().map(block_text).collect::<Vec<_>>().join(" "))
}

/// A text of at most a dozen words, for a line of the list of what was left out.
fn shortened(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut shown = words.iter().take(12).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 12 {
        shown.push('…');
    }
    shown
}

fn left_out_line(left: &LeftOut, lang: Lang) -> String {
    match left {
        LeftOut::Comment { author, text } => m::IMPORT_COMMENT.with(lang, &[author, text]),
        LeftOut::Image { alt } if alt.is_empty() => m::IMPORT_IMAGE_NO_ALT.text(lang),
        LeftOut::Image { alt } => m::IMPORT_IMAGE.with(lang, &[alt]),
        LeftOut::Endnote(text) => m::IMPORT_ENDNOTE.with(lang, &[text]),
        LeftOut::TextBox(text) if text.is_empty() => m::IMPORT_TEXT_BOX.text(lang),
        LeftOut::TextBox(text) => m::IMPORT_TEXT_BOX_WITH.with(lang, &[&shortened(text)]),
        LeftOut::HeaderFooter(text) => m::IMPORT_HEADER_FOOTER.with(lang, &[&shortened(text)]),
        LeftOut::Hidden(text) => m::IMPORT_HIDDEN.with(lang, &[text]),
        LeftOut::MergedCells => m::IMPORT_MERGED.text(lang),
        LeftOut::Object => m::IMPORT_OBJECT.text(lang),
        LeftOut::Contents => m::IMPORT_CONTENTS.text(lang),
        LeftOut::Link(address) => m::IMPORT_LINK.with(lang, &[address]),
    }
}
