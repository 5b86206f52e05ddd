use super::*;
use crate::import::model::ListItem;

fn heading(level: u8, text: &str) -> Block {
    Block::Paragraph(Paragraph {
        heading: Some(level),
        inlines: vec![Inline::plain(text)],
        ..Paragraph::default()
    })
}

fn para(text: &str) -> Block {
    Block::Paragraph(Paragraph {
        inlines: vec![Inline::plain(text)],
        ..Paragraph::default()
    })
}

fn item(number: u32, inlines: Vec<Inline>) -> Block {
    Block::Paragraph(Paragraph {
        list: Some(ListItem {
            list: "7".to_owned(),
            level: 0,
            number: Some(number),
            label: format!("{number}."),
            decimal: true,
        }),
        inlines,
        ..Paragraph::default()
    })
}

fn document(blocks: Vec<Block>) -> Document {
    Document {
        blocks,
        ..Document::default()
    }
}

fn count(split: &Split) -> usize {
    split.text.len()
        + split.principles.len()
        + split
            .principles
            .iter()
            .map(|p| p.blocks.len())
            .sum::<usize>()
}

#[test]
fn headings_that_name_the_principles() {
    for name in [
        "Principer",
        "Våra principer",
        "3. Gemensamma principer:",
        "Vägledande samverkansprinciper",
        "Värdegrund",
        "Åtaganden",
    ] {
        assert!(names_principles(name), "{name}");
    }
    for name in [
        "Principer, åtaganden och uppföljning",
        "Syfte",
        "Principiellt",
    ] {
        assert!(!names_principles(name), "{name}");
    }
}

#[test]
fn a_numbered_list_under_principer_with_text_below_each_item() {
    let doc = document(vec![
        heading(1, "Överenskommelsen"),
        para("Inledning."),
        heading(2, "Principer"),
        para("Sex principer."),
        item(1, vec![Inline::plain("Dialog")]),
        para("Vi talar."),
        item(
            2,
            vec![
                Inline::Text {
                    text: "Mod.".to_owned(),
                    bold: true,
                    italic: false,
                    link: None,
                },
                Inline::plain(" Vi vågar."),
            ],
        ),
        heading(2, "Uppföljning"),
        para("Varje år."),
    ]);
    let split = split(&doc, Rule::Found);
    assert_eq!(split.title.as_deref(), Some("Överenskommelsen"));
    assert_eq!(split.by, Some(Rule::List));
    assert_eq!(split.under.as_deref(), Some("Principer"));
    let titles: Vec<_> = split
        .principles
        .iter()
        .map(|p| (p.title.as_str(), p.order))
        .collect();
    assert_eq!(titles, [("Dialog", 1), ("Mod", 2)]);
    assert_eq!(split.principles[0].blocks, [para("Vi talar.")]);
    assert_eq!(split.principles[1].blocks, [para("Vi vågar.")]);
    assert_eq!(
        split.text,
        [
            para("Inledning."),
            heading(2, "Principer"),
            para("Sex principer."),
            heading(2, "Uppföljning"),
            para("Varje år."),
        ],
        "what is not a principle stays in the compact's text"
    );
    // The title is taken out, and "Mod." parted from its text: one block less, one more.
    assert_eq!(count(&split), doc.blocks.len(), "nothing dropped");
}

#[test]
fn numbers_typed_in_headings_are_the_order_and_stay_in_the_title() {
    let doc = document(vec![
        heading(1, "Titel"),
        heading(1, "Principer"),
        heading(2, "III. Kommunikation"),
        para("Text."),
        heading(2, "IV. Kreativitet"),
    ]);
    let split = split(&doc, Rule::Found);
    let titles: Vec<_> = split
        .principles
        .iter()
        .map(|p| (p.title.as_str(), p.order))
        .collect();
    assert_eq!(titles, [("III. Kommunikation", 3), ("IV. Kreativitet", 4)]);
}

#[test]
fn rules_override_and_none_keeps_everything() {
    let doc = document(vec![
        heading(1, "Titel"),
        heading(2, "Ett"),
        para("a"),
        heading(2, "Två"),
        para("b"),
    ]);
    let none = split(&doc, Rule::Found);
    assert!(
        none.principles.is_empty(),
        "two plain headings are no principles"
    );
    assert_eq!(count(&none), 4);
    let by_heading = split(&doc, Rule::Heading(2));
    assert_eq!(by_heading.principles.len(), 2);
    assert_eq!(count(&by_heading), 4);
    assert!(split(&doc, Rule::None).principles.is_empty());
    assert_eq!(Rule::parse("rubrik:2"), Some(Rule::Heading(2)));
    assert_eq!(Rule::parse("Heading: 3"), Some(Rule::Heading(3)));
    assert_eq!(Rule::parse("lista"), Some(Rule::List));
    assert_eq!(Rule::parse("ingen"), Some(Rule::None));
    assert_eq!(Rule::parse("rubrik:0"), None);
    assert_eq!(Rule::parse("kapitel"), None);
}

#[test]
fn bullets_under_a_heading_that_names_them_are_principles_too() {
    let bullet = |text: &str| {
        Block::Paragraph(Paragraph {
            list: Some(ListItem {
                list: "3".to_owned(),
                level: 0,
                number: None,
                label: "•".to_owned(),
                decimal: false,
            }),
            inlines: vec![Inline::plain(text)],
            ..Paragraph::default()
        })
    };
    let doc = document(vec![
        heading(1, "Titel"),
        heading(2, "Ansvar"),
        bullet("Kommunen kallar."),
        bullet("Föreningarna kommer."),
        heading(2, "Våra åtaganden"),
        bullet("Öppenhet"),
        bullet("Tillit"),
    ]);
    let split = split(&doc, Rule::Found);
    let titles: Vec<_> = split
        .principles
        .iter()
        .map(|p| (p.title.as_str(), p.order))
        .collect();
    assert_eq!(titles, [("Öppenhet", 1), ("Tillit", 2)]);
    assert_eq!(split.text.len(), 4, "the bullets under Ansvar stay text");
}

#[test]
fn the_title_paragraph_wins_over_a_property_left_from_a_template() {
    let title = Block::Paragraph(Paragraph {
        title: true,
        inlines: vec![Inline::plain("Överenskommelsen i Hjo")],
        ..Paragraph::default()
    });
    let mut doc = document(vec![title, para("Text.")]);
    doc.title = Some("Dokument1".to_owned());
    let found = split(&doc, Rule::Found);
    assert_eq!(found.title.as_deref(), Some("Överenskommelsen i Hjo"));
    assert_eq!(found.text, [para("Text.")]);
    let mut doc = document(vec![heading(1, "Inledning"), para("Text.")]);
    doc.title = Some("Överenskommelsen i Hjo".to_owned());
    let found = split(&doc, Rule::Found);
    assert_eq!(found.title.as_deref(), Some("Överenskommelsen i Hjo"));
    assert_eq!(found.text.len(), 2, "a heading that is not the title stays");
}
