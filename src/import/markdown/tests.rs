use super::*;
use crate::import::model::{Cell, ListItem};

fn text(text: &str, bold: bool, italic: bool) -> Inline {
    Inline::Text {
        text: text.to_owned(),
        bold,
        italic,
        link: None,
    }
}

fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph(Paragraph {
        inlines,
        ..Paragraph::default()
    })
}

fn item(level: u8, number: Option<u32>, label: &str, decimal: bool, words: &str) -> Block {
    Block::Paragraph(Paragraph {
        list: Some(ListItem {
            list: "1".to_owned(),
            level,
            number,
            label: label.to_owned(),
            decimal,
        }),
        inlines: vec![Inline::plain(words)],
        ..Paragraph::default()
    })
}

#[test]
fn emphasis_hugs_its_words_and_markup_is_escaped() {
    let blocks = [para(vec![
        text("Texten nedan återger ", false, true),
        text("dokumentet ", true, false),
        Inline::plain("med *stjärnor* och [hakparenteser]."),
    ])];
    assert_eq!(
        write(&blocks, 1, 2, &[]),
        "*Texten nedan återger* **dokumentet** med \\*stjärnor\\* och \\[hakparenteser\\]."
    );
    assert_eq!(
        write(&[para(vec![Inline::plain("2019. Det året")])], 1, 2, &[]),
        "2019\\. Det året"
    );
    assert_eq!(
        write(&[para(vec![Inline::plain("# ett")])], 1, 2, &[]),
        "\\# ett"
    );
}

#[test]
fn links_notes_and_headings() {
    let heading = Block::Paragraph(Paragraph {
        heading: Some(2),
        inlines: vec![Inline::plain("Syfte")],
        ..Paragraph::default()
    });
    let linked = para(vec![
        Inline::plain("Se "),
        Inline::Text {
            text: "webbplatsen".to_owned(),
            bold: false,
            italic: true,
            link: Some("https://eslov.se/".to_owned()),
        },
        Inline::Note(1),
        Inline::plain("."),
    ]);
    let notes = vec![vec![Inline::plain("En fotnot.")]];
    assert_eq!(
        write(&[heading, linked], 2, 2, &notes),
        "## Syfte\n\nSe [*webbplatsen*](https://eslov.se/)[^1].\n\n[^1]: En fotnot."
    );
}

#[test]
fn lists_nest_and_keep_numbers_markdown_cannot_write() {
    let blocks = [
        item(0, Some(1), "1.", true, "ett"),
        item(1, None, "•", false, "punkt"),
        item(0, Some(2), "2.", true, "två"),
        item(0, Some(3), "III.", false, "tre"),
    ];
    assert_eq!(
        write(&blocks, 1, 2, &[]),
        "1. ett\n   - punkt\n2. två\n- III. tre"
    );
}

#[test]
fn quotations_and_tables() {
    let quote = Block::Paragraph(Paragraph {
        quote: true,
        inlines: vec![Inline::plain("Citerat.")],
        ..Paragraph::default()
    });
    let cell = |t: &str| Cell {
        paragraphs: vec![vec![Inline::plain(t)]],
        merged: false,
    };
    let table = Block::Table(Table {
        rows: vec![
            vec![cell("Vem"), cell("Vad")],
            vec![cell("Kommunen"), cell("a | b")],
        ],
    });
    assert_eq!(
        write(&[quote, table], 1, 2, &[]),
        "> Citerat.\n\n| Vem | Vad |\n| --- | --- |\n| Kommunen | a \\| b |"
    );
}
