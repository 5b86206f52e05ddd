//! An easy-to-read version (lättläst) of a compact or of the front page: `lattlast.md` beside
//! the text it retells, published as a page of its own, which the standard page links to and
//! which links back (webbriktlinjer, guideline 12).

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::front_matter::read_optional;
use super::model::{EasyText, Review};
use super::source::SourceFile;
use crate::diagnostics::Problems;
use crate::files::relative;
use crate::markdown;
use crate::messages as m;

/// The file's name, in a compact's folder and in `content/`.
pub(crate) const FILE: &str = "lattlast.md";

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct EasyFront {
    title: Option<Spanned<String>>,
    description: Option<String>,
}

/// Reads `folder/lattlast.md`, when there is one, for the page in site folder `page_folder`
/// (`eslov/lattlast/`). Problems go to `problems`; warnings and links, to `review`.
pub(super) fn load(
    root: &Path,
    folder: &Path,
    page_folder: &str,
    problems: &mut Problems,
    review: &mut Review,
) -> Option<EasyText> {
    let path = folder.join(FILE);
    if !path.is_file() {
        return None;
    }
    let shown = relative(root, &path);
    let read = read_optional::<EasyFront>(root, &path, problems)?;
    let (front, body) = (read.front, &read.text[read.body_start..]);
    let src = SourceFile::new(&shown, &read.text, read.yaml_offset);
    if let Some(title) = &front.title {
        src.title(title, review);
    }
    if body.trim().is_empty() {
        let line = read.text.lines().count().max(1);
        review
            .warnings
            .push(src.warning_at(line, 0, m::EASY_NO_TEXT, m::WRITE_EASY_TEXT));
    }
    let rendered = markdown::render_lines_in(body, Some(page_folder));
    src.markdown(rendered.findings, read.body_start, 2, page_folder, review);
    Some(EasyText {
        title: front.title.map(|t| crate::invisible::strip(&t.value)),
        description: front.description,
        body_html: rendered.html,
    })
}
