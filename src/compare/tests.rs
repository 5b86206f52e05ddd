use super::*;
use crate::content::{Compact, Content, Event, FrontPage, Kind, Principle, Status, Topic};

fn topic(id: &str) -> Topic {
    Topic {
        id: id.to_owned(),
        name: id.to_owned(),
        description: String::new(),
    }
}

fn principle(slug: &str, topics: &[&str]) -> Principle {
    Principle {
        slug: slug.to_owned(),
        title: slug.to_owned(),
        topics: topics.iter().map(|t| (*t).to_owned()).collect(),
        body_markdown: String::new(),
        body_text: String::new(),
        body_html: String::new(),
    }
}

fn compact(
    slug: &str,
    endorses: Option<&str>,
    principles: Vec<Principle>,
    events: &[&str],
) -> Compact {
    Compact {
        slug: slug.to_owned(),
        title: slug.to_owned(),
        municipality: slug.to_owned(),
        kind: Kind::Kommun,
        status: Status::Adopted,
        adopted: None,
        revised: None,
        decided_by: None,
        endorses: endorses.map(str::to_owned),
        summary: None,
        timeline: events
            .iter()
            .map(|d| Event {
                date: PartialDate::parse(d).expect("date"),
                text: (*d).to_owned(),
            })
            .collect(),
        contacts: Vec::new(),
        sources: Vec::new(),
        body_html: String::new(),
        body_text: String::new(),
        principles,
    }
}

fn content() -> Content {
    Content {
        front: FrontPage::default(),
        topics: vec![topic("dialog"), topic("mod"), topic("tillit")],
        compacts: vec![
            compact(
                "nat",
                None,
                vec![
                    principle("d", &["dialog"]),
                    principle("m", &["mod", "dialog"]),
                ],
                &["2008-10-23"],
            ),
            compact("ekero", Some("nat"), vec![], &["2014-04-02", "2012"]),
            compact(
                "eslov",
                None,
                vec![principle("t", &["tillit"])],
                &["2019-10-01", "2018"],
            ),
            compact("varmdo", None, vec![], &[]),
        ],
    }
}

#[test]
fn cells_hold_own_and_endorsed_principles() {
    let m = matrix(&content());
    assert_eq!(
        m.cells[0][0].own,
        [
            PrincipleRef {
                compact: 0,
                principle: 0
            },
            PrincipleRef {
                compact: 0,
                principle: 1
            }
        ]
    );
    assert!(m.cells[1][0].own.is_empty());
    assert_eq!(
        m.cells[1][0].endorsed.len(),
        2,
        "Ekerö takes over both dialog principles"
    );
    assert!(
        m.cells[1][2].is_empty(),
        "the national compact says nothing on tillit"
    );
    assert!(m.cells[3].iter().all(Cell::is_empty));
}

#[test]
fn counts_cover_own_and_endorsed() {
    let m = matrix(&content());
    assert_eq!(m.topic_counts, [2, 2, 1]);
    assert_eq!(m.compact_counts, [2, 2, 1, 0]);
    assert_eq!(m.endorsed_chain[1], [0]);
}

#[test]
fn endorsement_chains_are_followed() {
    let mut c = content();
    c.compacts[3].endorses = Some("ekero".to_owned());
    let m = matrix(&c);
    assert_eq!(m.endorsed_chain[3], [1, 0]);
    assert_eq!(
        m.cells[3][1].endorsed,
        [PrincipleRef {
            compact: 0,
            principle: 1
        }]
    );
}

#[test]
fn timeline_is_in_date_order_across_compacts() {
    let entries = timeline(&content());
    let dates: Vec<String> = entries.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2008-10-23", "2012", "2014-04-02", "2018", "2019-10-01"]
    );
}

/// What a principle page quotes, found the slow way: every other compact in order, its own
/// wording on the topic, else one it takes over, never one of the page's own compact.
fn quotes_by_scanning(m: &Matrix, ci: usize, ti: usize) -> Vec<(PrincipleRef, Option<usize>)> {
    m.cells
        .iter()
        .enumerate()
        .filter(|(other, _)| *other != ci)
        .flat_map(|(other, row)| {
            let cell = &row[ti];
            let own = cell.own.iter().map(|r| (*r, None));
            let endorsed = cell.endorsed.iter().map(move |r| (*r, Some(other)));
            own.chain(endorsed).filter(|(r, _)| r.compact != ci).take(1)
        })
        .collect()
}

#[test]
fn quotes_skip_the_pages_own_compact_and_what_others_take_over_from_it() {
    let m = matrix(&content());
    let nat_dialog = PrincipleRef {
        compact: 0,
        principle: 0,
    };
    let from_eslov = m.quotes(2, 0, 3);
    assert_eq!(
        from_eslov.first,
        [(nat_dialog, None), (nat_dialog, Some(1))]
    );
    assert_eq!(from_eslov.total, 2);
    let from_nat = m.quotes(0, 0, 3);
    assert!(
        from_nat.first.is_empty(),
        "Ekerö only repeats the national text"
    );
    assert_eq!(from_nat.total, 0);
    assert_eq!(m.quotes(2, 0, 1).first.len(), 1);
    assert_eq!(m.quotes(2, 0, 1).total, 2);
}

#[test]
fn quotes_agree_with_scanning_every_compact() {
    let mut c = content();
    c.compacts[3].endorses = Some("ekero".to_owned());
    c.compacts[3].principles = vec![principle("v", &["dialog", "tillit"])];
    let m = matrix(&c);
    for ci in 0..c.compacts.len() {
        for ti in 0..c.topics.len() {
            let all = quotes_by_scanning(&m, ci, ti);
            for limit in 0..4 {
                let quotes = m.quotes(ci, ti, limit);
                let expected: Vec<_> = all.iter().copied().take(limit).collect();
                assert_eq!(
                    quotes.first, expected,
                    "compact {ci}, topic {ti}, limit {limit}"
                );
                assert_eq!(quotes.total, all.len(), "compact {ci}, topic {ti}");
            }
        }
    }
}
