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
use crate::messages::{self as m, Message, Msg};
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
    pub(crate) found: Message,
    /// What was not carried over, in words.
    pub(crate) left_out: Vec<Message>,
    /// What the officer must check or fill in, in words.
    pub(crate) to_do: Vec<Message>,
}

/// Reads the document and writes its compact folder (or, with `preview`, says what it
/// would write). Every refusal is a problem naming the file.
pub(crate) fn import(options: &Options) -> Result<Outcome, Problems> {
    let shown = options.file.clone();
    let problem = |message: Message, hint: Msg| -> Problems {
        Problem::in_file(&shown, message).with_hint(hint).into()
    };
    let size = match fs::metadata(&options.file) {
        Ok(meta) if meta.is_file() => meta.len(),
        _ => return Err(problem(m::IMPORT_FILE_MISSING.into(), m::IMPORT_GIVE_FILE)),
    };
    if size > LARGEST_FILE {
        return Err(problem(m::IMPORT_TOO_LARGE.into(), m::IMPORT_DAMAGED));
    }
    let bytes = fs::read(&options.file).map_err(|e| {
        Problems::from(
            Problem::in_file(&shown, m::IMPORT_FILE_UNREADABLE)
                .with_hint(m::SYSTEM_SAYS.with(&[&e])),
        )
    })?;
    let document = read(&bytes).map_err(|e| {
        let (message, hint) = refusal(&e);
        problem(message, hint)
    })?;
    drop(bytes);
    if document.changes > 0 && !options.accept_changes {
        return Err(problem(
            m::IMPORT_TRACKED_CHANGES.with(&[&document.changes]),
            m::IMPORT_ACCEPT_IN_WORD,
        ));
    }
    let slug = match &options.slug {
        Some(slug) if !is_slug(slug) => {
            return Err(problem(
                m::IMPORT_BAD_SLUG.with(&[slug]),
                m::IMPORT_GIVE_SLUG,
            ))
        }
        other => other.clone(),
    };
    // A site whose settings cannot be read gets no new compact until they can.
    Config::load(&options.root)?;
    let topics = load_topics(&options.root)?;
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
        return Err(problem(m::IMPORT_NO_NAME.into(), m::IMPORT_GIVE_SLUG));
    };
    let folder = options.root.join("content").join(&slug);
    check_name(&slug, &slug, &folder, &options.root).map_err(|p| {
        let exists = folder.exists();
        let p = if exists {
            Problem::in_file(&relative(&options.root, &folder), m::FOLDER_ALREADY_EXISTS)
                .with_hint(m::IMPORT_FOLDER_EXISTS)
        } else {
            p
        };
        Problems::from(p)
    })?;

    let mut outcome = plan(&document, &split, &title, &guessed, &topics);
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
            m::FOLDER_COULD_NOT_CREATED,
        )
        .with_hint(m::SYSTEM_SAYS.with(&[&e]))
        .into());
    }
    outcome.written = true;
    Ok(outcome)
}

/// The message and hint for a file that is not read.
fn refusal(error: &ImportError) -> (Message, Msg) {
    let said = |msg: Msg| Message::from(msg);
    match error {
        ImportError::Doc => (said(m::IMPORT_DOC), m::IMPORT_SAVE_AS_DOCX),
        ImportError::Encrypted => (said(m::IMPORT_ENCRYPTED), m::IMPORT_REMOVE_PASSWORD),
        ImportError::OldOrEncrypted => (said(m::IMPORT_OLD_OR_ENCRYPTED), m::IMPORT_OPEN_IN_WORD),
        ImportError::Pdf => (said(m::IMPORT_PDF), m::IMPORT_ASK_FOR_WORD),
        ImportError::Odt => (said(m::IMPORT_ODT), m::IMPORT_SAVE_ODT_AS_DOCX),
        ImportError::Rtf => (said(m::IMPORT_RTF), m::IMPORT_SAVE_AS_DOCX),
        ImportError::NotZip => (said(m::IMPORT_NOT_DOCX), m::IMPORT_SAVE_AS_DOCX),
        ImportError::NotWord => (said(m::IMPORT_NOT_WORD), m::IMPORT_SAVE_AS_DOCX),
        ImportError::Bomb => (said(m::IMPORT_BOMB), m::IMPORT_DAMAGED),
        ImportError::TooManyParts => (said(m::IMPORT_TOO_MANY_PARTS), m::IMPORT_DAMAGED),
        ImportError::Broken(part) => (m::IMPORT_BROKEN.with(&[part]), m::IMPORT_DAMAGED),
        ImportError::Xml(part) => (m::IMPORT_XML.with(&[part]), m::IMPORT_DAMAGED),
        ImportError::Declarations(part) => {
            (m::IMPORT_DECLARATIONS.with(&[part]), m::IMPORT_DAMAGED)
        }
    }
}

/// The files to write, relative to the compact's folder, and what to tell the officer.
fn plan(
    document: &Document,
    split: &super::split::Split,
    title: &str,
    guessed: &Guess,
    topics: &[Topic],
) -> Outcome {
    let mut to_do = Vec::new();
    let municipality = match &guessed.municipality {
        Some(name) => name.clone(),
        None => {
            to_do.push(m::IMPORT_CHECK_MUNICIPALITY.into());
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
        to_do.push(m::IMPORT_CHECK_TOPICS.with(&[&unmatched.join(", ")]));
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
    let mut left_out: Vec<Message> = document.left_out.iter().map(left_out_line).collect();
    left_out.dedup();
    if document.changes > 0 {
        to_do.push(m::IMPORT_CHANGES_ACCEPTED.with(&[&document.changes]));
    }
    Outcome {
        files,
        written: false,
        found: found_line(split),
        left_out,
        to_do,
    }
}

fn found_line(split: &super::split::Split) -> Message {
    let under = split.under.as_ref().map(|h| m::IMPORT_UNDER.with(&[h]));
    let under: &dyn m::Arg = match &under {
        Some(under) => under,
        None => &"",
    };
    match split.by {
        Some(Rule::Heading(level)) => m::IMPORT_FOUND_HEADINGS.with(&[&level, under]),
        Some(_) => m::IMPORT_FOUND_LIST.with(&[under]),
        None => m::IMPORT_NONE_FOUND.into(),
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

fn left_out_line(left: &LeftOut) -> Message {
    match left {
        LeftOut::Comment { author, text } => m::IMPORT_COMMENT.with(&[author, text]),
        LeftOut::Image { alt } if alt.is_empty() => m::IMPORT_IMAGE_NO_ALT.into(),
        LeftOut::Image { alt } => m::IMPORT_IMAGE.with(&[alt]),
        LeftOut::Endnote(text) => m::IMPORT_ENDNOTE.with(&[text]),
        LeftOut::TextBox(text) if text.is_empty() => m::IMPORT_TEXT_BOX.into(),
        LeftOut::TextBox(text) => m::IMPORT_TEXT_BOX_WITH.with(&[&shortened(text)]),
        LeftOut::HeaderFooter(text) => m::IMPORT_HEADER_FOOTER.with(&[&shortened(text)]),
        LeftOut::Hidden(text) => m::IMPORT_HIDDEN.with(&[text]),
        LeftOut::MergedCells => m::IMPORT_MERGED.into(),
        LeftOut::Object => m::IMPORT_OBJECT.into(),
        LeftOut::Contents => m::IMPORT_CONTENTS.into(),
        LeftOut::Link(address) => m::IMPORT_LINK.with(&[address]),
    }
}
