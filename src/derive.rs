//! The one place where the site's models are derived from the content, each through
//! recorded reads, once per build:
//!
//! 1. from the content alone, the [`Facts`] that pages read through their `Reader`: the
//!    matrix, the compacts by county, each compact's words for search and which compacts
//!    have words in each part of the index, what happened in each process, which pages each
//!    compact has, where its living parts stand on the day;
//! 2. from the content and the facts, what pages show of each compact in many places: its
//!    summary for lists and its share of the open data.
//!
//! After an edit the site is derived again from the one before: a model none of whose reads
//! answers differently (see [`crate::reads::changed`]) is kept as it was, shared, and the
//! rest is made again. There is no other rule of what an edit changes.

use std::sync::Arc;

use rayon::prelude::*;

use crate::compare::{self, Events, GroupKey, Groups, Sources, Standing};
use crate::content::CompactId;
use crate::data::Records;
use crate::reads::{
    changed, Base, CompactFacts, ContentReader, Facts, Kept, Model, Parts, Read, Reader,
};
use crate::templates::Strings;
use crate::terms::{Index, Terms};
use crate::views::{self, CompactSummary, Languages};

/// Everything derived from a site's content.
#[derive(Debug, Clone)]
pub(crate) struct Models {
    /// What pages read through their reader.
    pub(crate) facts: Facts,
    /// Each compact as lists show it, in content order.
    pub(crate) summaries: Vec<Kept<CompactSummary>>,
    /// Each compact's share of the open data, in content order.
    pub(crate) records: Vec<Kept<Records>>,
}

/// What deriving takes besides the content: the theme's words and the site's address.
#[derive(Clone, Copy)]
pub(crate) struct Settings<'a> {
    /// The theme's strings, in the site's language.
    pub(crate) strings: &'a Strings,
    /// The pages' language and the content's.
    pub(crate) languages: Languages<'a>,
    /// The address the site is published at.
    pub(crate) base_url: &'a str,
    /// Whether each model keeps what it read, so that it can be derived again after an edit.
    pub(crate) record: bool,
}

/// A site derived before, to derive the next from.
#[derive(Clone, Copy)]
pub(crate) struct Before<'a> {
    /// Its content and day.
    pub(crate) base: Base<'a>,
    /// What was derived from them, with what each model read.
    pub(crate) models: &'a Models,
}

impl Models {
    /// Derives everything from `base`, keeping what `before` derived where nothing it read
    /// changed.
    pub(crate) fn derive(
        base: Base<'_>,
        settings: Settings<'_>,
        before: Option<Before<'_>>,
    ) -> Models {
        let record = settings.record;
        let facts = facts(base, record, before.map(|b| (b.base, &b.models.facts)));
        let now = Model {
            base,
            facts: Some(&facts),
        };
        let was = before.map(|b| {
            let model = Model {
                base: b.base,
                facts: Some(&b.models.facts),
            };
            (model, b.models)
        });
        let summaries = each(base, then(was, |m| &m.summaries[..]), now, |c| {
            let r = Reader::new(base, &facts, record);
            let value = views::summary::make(&r, c, settings.strings, settings.languages);
            (value, r.into_reads())
        });
        let records = each(base, then(was, |m| &m.records[..]), now, |c| {
            let r = ContentReader::new(base, record);
            let value = Records::of(r.compact(c), r.topics(), settings.base_url);
            (value, r.into_reads())
        });
        Models {
            facts,
            summaries,
            records,
        }
    }
}

/// The facts of `base`, keeping those of `before` where nothing they read changed.
pub(crate) fn facts(base: Base<'_>, record: bool, before: Option<(Base<'_>, &Facts)>) -> Facts {
    let now = Model { base, facts: None };
    let was = before.map(|(b, f)| {
        (
            Model {
                base: b,
                facts: None,
            },
            f,
        )
    });
    let reader = || ContentReader::new(base, record);
    let matrix = one(then(was, |f| &f.matrix), now, || {
        let r = reader();
        let ids: Vec<CompactId> = r.ids().collect();
        let sources = Sources {
            slugs: ids.iter().map(|&c| r.slug(c)).collect(),
            endorses: ids.iter().map(|&c| r.endorses(c)).collect(),
            covers: ids.iter().map(|&c| r.covers(c)).collect(),
            topics: r.topics().len(),
        };
        let matrix = compare::matrix(&sources);
        (matrix, r.into_reads())
    });
    let groups = one(then(was, |f| &f.groups), now, || {
        let r = reader();
        let groups = Groups::of(r.ids().map(|c| {
            let head = r.head(c);
            (c, GroupKey::of(head.kind, head.county))
        }));
        (groups, r.into_reads())
    });
    // Each compact's own models, made from the compact, and where it stands, also from the day.
    let compacts = each(base, then(was, |f| &f.compacts[..]), now, |c| {
        let r = reader();
        let compact = r.compact(c);
        let facts = CompactFacts {
            terms: Terms::of(compact),
            events: Events::of(compact, || r.today()),
            parts: Parts::of(compact),
        };
        (facts, r.into_reads())
    });
    let standing = each(base, then(was, |f| &f.standing[..]), now, |c| {
        let r = reader();
        let standing = Standing::of(r.compact(c), r.today());
        (standing, r.into_reads())
    });
    // The index is made of every compact's words: again when any of them was made again.
    let index = match before {
        Some((_, old))
            if old.compacts.len() == compacts.len()
                && old.compacts.iter().zip(&compacts).all(|(a, b)| a.same(b)) =>
        {
            Arc::clone(&old.index)
        }
        _ => Arc::new(Index::of(compacts.iter().map(|c| &c.value().terms))),
    };
    Facts {
        matrix,
        groups,
        compacts,
        index,
        standing,
    }
}

/// The site before, as the rebuild compares it, with its model that `pick` takes.
fn then<'a, S, T: ?Sized>(
    was: Option<(Model<'a>, &'a S)>,
    pick: impl FnOnce(&'a S) -> &'a T,
) -> Option<(Model<'a>, &'a T)> {
    was.map(|(model, s)| (model, pick(s)))
}

/// True when none of `reads` answers differently in `now` than in `then`. A model made
/// without noting its reads (a build's, which is never derived again) is never kept.
fn unchanged(reads: &[Read], then: Model<'_>, now: Model<'_>) -> bool {
    !reads.is_empty() && !reads.iter().any(|&read| changed(then, now, read))
}

/// One model of the whole site: the one before when nothing it read changed, else made.
fn one<T>(
    before: Option<(Model<'_>, &Kept<T>)>,
    now: Model<'_>,
    make: impl FnOnce() -> (T, Vec<Read>),
) -> Kept<T> {
    match before {
        Some((then, kept)) if unchanged(kept.reads(), then, now) => kept.clone(),
        _ => {
            let (value, reads) = make();
            Kept::new(value, reads)
        }
    }
}

/// A model of each compact, in parallel: each the one before when nothing it read changed,
/// else made.
fn each<T: Send + Sync>(
    base: Base<'_>,
    before: Option<(Model<'_>, &[Kept<T>])>,
    now: Model<'_>,
    make: impl Fn(CompactId) -> (T, Vec<Read>) + Sync,
) -> Vec<Kept<T>> {
    let ids: Vec<CompactId> = base.content.ids().collect();
    ids.into_par_iter()
        .map(|c| match before {
            Some((then, old))
                if old
                    .get(c.index())
                    .is_some_and(|kept| unchanged(kept.reads(), then, now)) =>
            {
                old[c.index()].clone()
            }
            _ => {
                let (value, reads) = make(c);
                Kept::new(value, reads)
            }
        })
        .collect()
}
