//! What a .docx says, as plain data: its blocks of text in order, with the structure Word
//! keeps apart from the text (heading levels, list numbers as the reader sees them), the
//! footnotes they refer to, and what could not be carried over.

/// A Word document, read: its title, its blocks in order, and what was left out.
#[derive(Debug, Default)]
pub struct Document {
    /// The title in the document's properties (File > Properties), when it has one.
    pub title: Option<String>,
    /// The paragraphs and tables, in order.
    pub blocks: Vec<Block>,
    /// The footnotes, by the number the text refers to them with (`[^1]`), 1 first.
    pub notes: Vec<Vec<Inline>>,
    /// Tracked changes not yet accepted or rejected (insertions, deletions, moves,
    /// changed formatting); the text is read as if they were accepted.
    pub changes: usize,
    /// What was not carried over, in order.
    pub left_out: Vec<LeftOut>,
}

/// A paragraph or a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph: body text, a heading, a list item or a quotation.
    Paragraph(Paragraph),
    /// A table, row by row.
    Table(Table),
}

/// One paragraph and what it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Paragraph {
    /// The heading level, 1 to 9, for a heading.
    pub heading: Option<u8>,
    /// Whether it is the document's title (Word's style "Rubrik"/"Title").
    pub title: bool,
    /// Where it stands in a list, for a list item or a numbered heading.
    pub list: Option<ListItem>,
    /// Whether it is a quotation (Word's styles "Citat" and "Starkt citat").
    pub quote: bool,
    /// Its text.
    pub inlines: Vec<Inline>,
}

/// A paragraph's place in a list, and the number Word shows before it.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    /// Which list it belongs to: the numbering definition its counters are kept by.
    pub list: String,
    /// Its level, 0 the outermost.
    pub level: u8,
    /// The number of its level (3 for "3." or "III."), or `None` for a bullet.
    pub number: Option<u32>,
    /// What Word shows before the text: `"III."`, `"2.1"`, `"a)"`, or a bullet.
    pub label: String,
    /// Whether the number is a plain decimal one, which Markdown can write as such.
    pub decimal: bool,
}

/// A piece of a paragraph's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Text with its emphasis, and the address it links to.
    Text {
        /// The text, as the reader sees it.
        text: String,
        /// Bold.
        bold: bool,
        /// Italic.
        italic: bool,
        /// The address of a link.
        link: Option<String>,
    },
    /// A footnote's mark: its number among the document's footnotes, 1 first.
    Note(usize),
    /// A line break within the paragraph (Shift+Enter).
    Break,
}

/// A table: its rows of cells, each cell's paragraphs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// The rows, each a list of cells.
    pub rows: Vec<Vec<Cell>>,
}

/// A cell of a table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    /// Its text, one inline list per paragraph.
    pub paragraphs: Vec<Vec<Inline>>,
    /// Whether it is merged into the cell before it or above it, and so shown empty.
    pub merged: bool,
}

/// Something of the document that is not in what was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftOut {
    /// A comment, with its author and text.
    Comment {
        /// Who wrote it.
        author: String,
        /// What it says.
        text: String,
    },
    /// A picture or drawing, with its alternative text (empty when it has none).
    Image {
        /// Its alternative text.
        alt: String,
    },
    /// An endnote (only footnotes are carried over), with its text.
    Endnote(String),
    /// A text box or shape, with its text (not read into the compact's).
    TextBox(String),
    /// The text of a page header or footer.
    HeaderFooter(String),
    /// Text formatted as hidden.
    Hidden(String),
    /// A table with merged cells, written with the merged cells empty.
    MergedCells,
    /// An embedded object (a spreadsheet, a chart), not read.
    Object,
    /// A table of contents, which the site does not need.
    Contents,
    /// A link to an address that the site does not link to (a file on a computer, a
    /// place in another program): its text is kept without the link.
    Link(String),
}

impl Inline {
    /// Plain text, without emphasis or link.
    pub fn plain(text: &str) -> Inline {
        Inline::Text {
            text: text.to_owned(),
            bold: false,
            italic: false,
            link: None,
        }
    }
}

/// The plain text of inlines, footnote marks left out.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text, .. } => out.push_str(text),
            Inline::Break => out.push(' '),
            Inline::Note(_) => {}
        }
    }
    out
}
