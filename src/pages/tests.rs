use std::sync::Arc;

use super::*;
use crate::compare::BY_COUNTY_ABOVE;
use crate::content::{
    Compact, Content, County, EasyText, FrontPage, Head, Kind, Principle, Review, Status, Text,
    Topic, TopicId,
};
use crate::messages::Lang;
use crate::urls::Words;

fn compact(i: usize, county: Option<County>) -> Compact {
    Compact {
        slug: format!("k{i}"),
        head: Head {
            title: format!("Överenskommelse {i}"),
            municipality: format!("K{i:03}"),
            kind: Kind::Kommun,
            county,
            status: Status::Adopted,
            adopted: None,
            revised: None,
            decided_by: None,
            endorses: None,
            summary: None,
            replaced_by: None,
            unpublished: Default::default(),
        },
        text: Text {
            body_html: String::new(),
            body_text: "Dialog och långsiktighet".to_owned(),
            contacts: Vec::new(),
            sources: Vec::new(),
        },
        timeline: Vec::new(),
        principles: vec![Principle {
            slug: "dialog".to_owned(),
            title: "Dialog".to_owned(),
            topics: vec![TopicId(0)],
            body_markdown: String::new(),
            body_text: "Vi för en dialog.".to_owned(),
            body_html: String::new(),
        }],
        versions: Vec::new(),
        signatories: Default::default(),
        plan: Vec::new(),
        followups: Default::default(),
        language: None,
        easy: None,
        review: Review::default(),
    }
}

/// A site of `n` compacts, each county taken in turn, the last naming none.
fn site(n: usize) -> Content {
    Content {
        front: Arc::new(FrontPage::default()),
        topics: Arc::new(vec![Topic {
            id: "dialog".to_owned(),
            name: "Dialog".to_owned(),
            description: String::new(),
            at: (0, 0, String::new()),
        }]),
        compacts: (0..n)
            .map(|i| {
                let county = (i + 1 < n).then(|| County::ALL[i % County::ALL.len()]);
                Arc::new(compact(i, county))
            })
            .collect(),
        warnings: Default::default(),
        // The front page's easy-to-read version lives in a folder of its own.
        front_easy: Some(EasyText::default()),
    }
}

fn paths_of(content: &Content, lang: Lang) -> Vec<(Job, String)> {
    let base = Base {
        content,
        today: crate::date::today(),
    };
    let facts = crate::derive::facts(base, false, None);
    let r = Reader::new(base, &facts, false);
    let words = Words::of(lang);
    jobs(&r)
        .into_iter()
        .map(|job| (job, job.path(&r, words)))
        .collect()
}

/// A compact's folder shares the output root with the site's own folders: every folder a
/// page of the site is written in must be a name no compact may take, on a small site and on
/// one split by county.
#[test]
fn every_folder_of_the_sites_own_pages_is_reserved() {
    let reserved = crate::urls::reserved();
    for content in [site(0), site(BY_COUNTY_ABOVE + 5)] {
        for lang in [Lang::Sv, Lang::En] {
            for (job, path) in paths_of(&content, lang) {
                if matches!(job, Job::Compact(_)) {
                    continue;
                }
                if let Some((folder, _)) = path.split_once('/') {
                    assert!(
                        reserved.contains(&folder),
                        "{job:?} is written in {folder}/, which a compact could also take"
                    );
                }
            }
        }
    }
}

/// Above the size, every county with compacts gets a matrix, a timeline and a page per topic;
/// at the size, none does.
#[test]
fn a_site_is_split_by_county_above_the_size() {
    let small = paths_of(&site(BY_COUNTY_ABOVE), Lang::Sv);
    assert!(!small.iter().any(|(job, _)| matches!(
        job,
        Job::Compare(CompareJob::County(_))
            | Job::Counties(_)
            | Job::Timeline(TimelineJob(Some(_)))
            | Job::Topic(TopicJob(_, Some(_)))
    )));
    let large = paths_of(&site(BY_COUNTY_ABOVE + 1), Lang::Sv);
    let paths: Vec<&str> = large.iter().map(|(_, p)| p.as_str()).collect();
    for path in [
        "lan/index.html",
        "lan/skane/index.html",
        "lan/utan-lan/index.html",
        "tidslinje/skane/index.html",
        "jamfor/dialog/skane/index.html",
        "jamfor/dialog/utan-lan/index.html",
    ] {
        assert!(paths.contains(&path), "{path} in {paths:?}");
    }
    let counties = large
        .iter()
        .filter(|(job, _)| matches!(job, Job::Compare(CompareJob::County(_))))
        .count();
    assert_eq!(
        counties,
        County::ALL.len() + 1,
        "every county and the unplaced"
    );
    let parts: Vec<&str> = paths
        .iter()
        .copied()
        .filter(|p| p.starts_with("search-index/") && !p.contains("/c/"))
        .collect();
    assert!(parts.contains(&"search-index/di.js"), "{parts:?}");
    assert!(parts.contains(&"search-index/la.js"), "{parts:?}");
    assert!(paths.contains(&"search-index/c/0.js"));
}
