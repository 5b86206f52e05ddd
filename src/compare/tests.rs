use std::sync::Arc;

use super::*;
use crate::content::{
    Compact, Content, Event, FrontPage, Head, Kind, PartialDate, Principle, Review, Status, Text,
    Topic,
};

fn topic(id: &str) -> Topic {
    Topic {
        id: id.to_owned(),
        name: id.to_owned(),
        description: String::new(),
        at: (0, 0, String::new()),
    }
}

const TOPICS: [&str; 3] = ["dialog", "mod", "tillit"];

fn principle(slug: &str, topics: &[&str]) -> Principle {
    Principle {
        slug: slug.to_owned(),
        title: slug.to_owned(),
        topics: topics
            .iter()
            .map(|t| TopicId(TOPICS.iter().position(|k| k == t).expect("topic") as u16))
            .collect(),
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
        head: Head {
            title: slug.to_owned(),
            municipality: slug.to_owned(),
            kind: Kind::Kommun,
            county: None,
            status: Status::Adopted,
            adopted: None,
            revised: None,
            decided_by: None,
            endorses: endorses.map(str::to_owned),
            summary: None,
            replaced_by: None,
            unpublished: Default::default(),
        },
        text: Text {
            body_html: String::new(),
            body_text: String::new(),
            contacts: Vec::new(),
            sources: Vec::new(),
        },
        timeline: events
            .iter()
            .map(|d| Event {
                date: PartialDate::parse(d).expect("date"),
                text: (*d).to_owned(),
                url: None,
                source: None,
            })
            .collect(),
        principles,
        versions: Vec::new(),
        signatories: Default::default(),
        plan: Vec::new(),
        followups: Default::default(),
        language: None,
        easy: None,
        review: Review::default(),
    }
}

fn content_of(compacts: Vec<Compact>) -> Content {
    Content {
        front: Arc::new(FrontPage::default()),
        topics: Arc::new(TOPICS.iter().map(|t| topic(t)).collect()),
        compacts: compacts.into_iter().map(Arc::new).collect(),
        warnings: Default::default(),
        front_easy: None,
    }
}

fn compacts() -> Vec<Compact> {
    vec![
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
    ]
}

/// The matrix of `content`, made from what it is made of.
fn matrix_of(content: &Content) -> Matrix {
    let sources = Sources {
        slugs: content.compacts.iter().map(|c| c.slug.as_str()).collect(),
        endorses: content
            .compacts
            .iter()
            .map(|c| c.head.endorses.as_deref())
            .collect(),
        covers: content
            .compacts
            .iter()
            .map(|c| c.principles.iter().map(|p| p.topics.as_slice()).collect())
            .collect(),
        topics: content.topics.len(),
    };
    matrix(&sources)
}

fn c(i: u32) -> CompactId {
    CompactId(i)
}

fn t(i: u16) -> TopicId {
    TopicId(i)
}

fn p(compact: u32, index: u16) -> PrincipleId {
    PrincipleId {
        compact: CompactId(compact),
        index,
    }
}

#[test]
fn cells_hold_own_and_endorsed_principles() {
    let m = matrix_of(&content_of(compacts()));
    assert_eq!(m.cell(c(0), t(0)).own, [p(0, 0), p(0, 1)]);
    assert!(m.cell(c(1), t(0)).own.is_empty());
    assert_eq!(
        m.cell(c(1), t(0)).endorsed.len(),
        2,
        "Ekerö takes over both dialog principles"
    );
    assert!(
        m.cell(c(1), t(2)).is_empty(),
        "the national compact says nothing on tillit"
    );
    assert!(m.row(c(3)).iter().all(Cell::is_empty));
}

#[test]
fn counts_cover_own_and_endorsed() {
    let m = matrix_of(&content_of(compacts()));
    let topic_counts: Vec<usize> = (0..3).map(|i| m.covering(t(i)).len()).collect();
    assert_eq!(topic_counts, [2, 2, 1]);
    let compact_counts: Vec<usize> = (0..4)
        .map(|i| m.row(c(i)).iter().filter(|cell| !cell.is_empty()).count())
        .collect();
    assert_eq!(compact_counts, [2, 2, 1, 0]);
    assert_eq!(m.chain(c(1)), [c(0)]);
}

#[test]
fn endorsement_chains_are_followed() {
    let mut list = compacts();
    list[3].head.endorses = Some("ekero".to_owned());
    let m = matrix_of(&content_of(list));
    assert_eq!(m.chain(c(3)), [c(1), c(0)]);
    assert_eq!(m.cell(c(3), t(1)).endorsed, [p(0, 1)]);
    assert_eq!(m.endorsers(c(0)), [c(1), c(3)]);
}

#[test]
fn a_compacts_events_are_in_date_order_with_the_written_first() {
    let list = compacts();
    let dates: Vec<String> = events_of(&list[2])
        .iter()
        .map(|(date, _)| date.to_string())
        .collect();
    assert_eq!(dates, ["2018", "2019-10-01"]);
    let mut eslov = list[2].clone();
    eslov.followups.list.push(crate::content::Followup {
        date: PartialDate::parse("2018").expect("date"),
        title: "Uppföljning 2018".to_owned(),
        kind: crate::content::FollowupKind::Followup,
        url: None,
        source: None,
        text: None,
    });
    let happenings: Vec<Happening> = events_of(&eslov).into_iter().map(|(_, h)| h).collect();
    assert!(
        matches!(happenings[0], Happening::Written(1, ..)),
        "{happenings:?}"
    );
    assert!(
        matches!(happenings[1], Happening::Followup(..)),
        "{happenings:?}"
    );
}

/// What a principle page quotes, found the slow way: every other compact in order, its own
/// wording on the topic, else one it takes over, never one of the page's own compact.
fn quotes_by_scanning(
    m: &Matrix,
    compacts: u32,
    ci: CompactId,
    ti: TopicId,
) -> Vec<(PrincipleId, Option<CompactId>)> {
    (0..compacts)
        .map(CompactId)
        .filter(|other| *other != ci)
        .flat_map(|other| {
            let cell = m.cell(other, ti);
            let own = cell.own.iter().map(|r| (*r, None));
            let endorsed = cell.endorsed.iter().map(move |r| (*r, Some(other)));
            own.chain(endorsed).filter(|(r, _)| r.compact != ci).take(1)
        })
        .collect()
}

#[test]
fn quotes_skip_the_pages_own_compact_and_what_others_take_over_from_it() {
    let m = matrix_of(&content_of(compacts()));
    let nat_dialog = p(0, 0);
    let from_eslov = m.quotes(c(2), t(0), 3, &|_| (false, None));
    assert_eq!(
        from_eslov.first,
        [(nat_dialog, None), (nat_dialog, Some(c(1)))]
    );
    assert_eq!(from_eslov.total, 2);
    let from_nat = m.quotes(c(0), t(0), 3, &|_| (false, None));
    assert!(
        from_nat.first.is_empty(),
        "Ekerö only repeats the national text"
    );
    assert_eq!(from_nat.total, 0);
    assert_eq!(m.quotes(c(2), t(0), 1, &|_| (false, None)).first.len(), 1);
    assert_eq!(m.quotes(c(2), t(0), 1, &|_| (false, None)).total, 2);
}

#[test]
fn quotes_agree_with_scanning_every_compact() {
    let mut list = compacts();
    list[3].head.endorses = Some("ekero".to_owned());
    list[3].principles = vec![principle("v", &["dialog", "tillit"])];
    let m = matrix_of(&content_of(list));
    for ci in (0..4).map(c) {
        for ti in (0..3).map(t) {
            let all = quotes_by_scanning(&m, 4, ci, ti);
            for limit in 0..4 {
                let quotes = m.quotes(ci, ti, limit, &|_| (false, None));
                let expected: Vec<_> = all.iter().copied().take(limit).collect();
                assert_eq!(quotes.first, expected, "{ci:?}, {ti:?}, limit {limit}");
                assert_eq!(quotes.total, all.len(), "{ci:?}, {ti:?}");
            }
        }
    }
}

#[test]
fn quotes_are_the_nearest_same_county_first_then_the_most_recently_adopted() {
    let mut list = compacts();
    list[3].principles = vec![principle("v", &["dialog"])];
    let m = matrix_of(&content_of(list));
    let year = |y: u16| {
        Some(PartialDate {
            year: y,
            month: None,
            day: None,
        })
    };
    // From Eslöv (2): Värmdö (3) in its county, the national compact (0) adopted last,
    // Ekerö (1) taking it over, adopted first.
    let near = |x: CompactId| match x.0 {
        0 => (false, year(2018)),
        1 => (false, year(2010)),
        3 => (true, year(2005)),
        _ => (true, None),
    };
    let quoted: Vec<CompactId> = m
        .quotes(c(2), t(0), 3, &near)
        .first
        .iter()
        .map(|(p, via)| via.unwrap_or(p.compact))
        .collect();
    assert_eq!(quoted, [c(3), c(0), c(1)]);
    assert_eq!(m.quotes(c(2), t(0), 1, &near).total, 3);
}
