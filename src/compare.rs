//! The comparison model: which compact says what on which topic, and when things happened.
//! Pure data built from [`Content`]; no IO, no HTML. Everything is held as indexes into
//! `content.compacts` and `content.topics`, so it grows with topics × compacts and copies no
//! text.

use crate::content::{Content, PartialDate};

/// A principle of one compact: `content.compacts[compact].principles[principle]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrincipleRef {
    /// Index of the compact that wrote it.
    pub compact: usize,
    /// Index of the principle in that compact.
    pub principle: usize,
}

/// What one compact says on one topic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// The compact's own principles on the topic.
    pub own: Vec<PrincipleRef>,
    /// Principles on the topic that it takes over through `endorses`.
    pub endorsed: Vec<PrincipleRef>,
}

impl Cell {
    /// True when the compact says nothing on the topic.
    pub fn is_empty(&self) -> bool {
        self.own.is_empty() && self.endorsed.is_empty()
    }
}

/// Topics against compacts.
#[derive(Debug, Clone)]
pub struct Matrix {
    /// `cells[compact][topic]`.
    pub cells: Vec<Vec<Cell>>,
    /// For each topic, how many compacts cover it (own or endorsed).
    pub topic_counts: Vec<usize>,
    /// For each compact, how many topics it covers.
    pub compact_counts: Vec<usize>,
    /// For each compact, the compacts whose principles it takes over, nearest first.
    pub endorsed_chain: Vec<Vec<usize>>,
    /// For each topic, the compacts that cover it, in compact order.
    pub covering: Vec<Vec<usize>>,
    /// For each compact, the compacts that take over its principles.
    pub endorsers: Vec<Vec<usize>>,
}

/// What a principle page quotes of other compacts on one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotes {
    /// The first wordings, each with the endorsing compact when it is taken over.
    pub first: Vec<(PrincipleRef, Option<usize>)>,
    /// How many other compacts give a wording on the topic, quoted or not.
    pub total: usize,
}

impl Matrix {
    /// The wordings a principle page of compact `ci` quotes on topic `ti`: one principle for
    /// each other compact covering the topic (its own, else one it takes over, with the
    /// endorser), in compact order, the first `limit` of them, and how many there are. Only
    /// the compacts covering the topic are visited, and only until `limit` are found, so a
    /// page costs the same at 3 compacts or 3,000.
    pub fn quotes(&self, ci: usize, ti: usize, limit: usize) -> Quotes {
        let wording = |row: usize| {
            let cell = &self.cells[row][ti];
            let own = cell.own.iter().map(|r| (*r, None));
            let endorsed = cell.endorsed.iter().map(|r| (*r, Some(row)));
            own.chain(endorsed).find(|(r, _)| r.compact != ci)
        };
        let first = self.covering[ti]
            .iter()
            .filter(|&&row| row != ci)
            .filter_map(|&row| wording(row))
            .take(limit)
            .collect();
        // Another compact covering the topic has no wording of its own to quote only when
        // all it says there is taken over from `ci`, so only `ci`'s endorsers need a look.
        let own_row = usize::from(!self.cells[ci][ti].is_empty());
        let only_ci = self.endorsers[ci]
            .iter()
            .filter(|&&row| row != ci && !self.cells[row][ti].is_empty() && wording(row).is_none())
            .count();
        Quotes {
            first,
            total: self.covering[ti].len() - own_row - only_ci,
        }
    }
}

/// One dated event of one compact's process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// When.
    pub date: PartialDate,
    /// Index of the compact.
    pub compact: usize,
    /// Index into that compact's timeline.
    pub event: usize,
}

/// Builds the matrix of every compact against every topic.
pub fn matrix(content: &Content) -> Matrix {
    let endorsed_chain: Vec<Vec<usize>> = (0..content.compacts.len())
        .map(|i| endorsement_chain(content, i))
        .collect();
    let topic_index = |id: &str| content.topics.iter().position(|t| t.id == id);
    let own_cells: Vec<Vec<Cell>> = content
        .compacts
        .iter()
        .enumerate()
        .map(|(ci, compact)| {
            let mut cells = vec![Cell::default(); content.topics.len()];
            for (pi, principle) in compact.principles.iter().enumerate() {
                for topic in &principle.topics {
                    if let Some(ti) = topic_index(topic) {
                        cells[ti].own.push(PrincipleRef {
                            compact: ci,
                            principle: pi,
                        });
                    }
                }
            }
            cells
        })
        .collect();
    let cells: Vec<Vec<Cell>> = own_cells
        .iter()
        .enumerate()
        .map(|(ci, own)| {
            own.iter()
                .enumerate()
                .map(|(ti, cell)| Cell {
                    own: cell.own.clone(),
                    endorsed: endorsed_chain[ci]
                        .iter()
                        .flat_map(|&other| own_cells[other][ti].own.iter().copied())
                        .collect(),
                })
                .collect()
        })
        .collect();
    let compact_counts = cells
        .iter()
        .map(|row| row.iter().filter(|c| !c.is_empty()).count())
        .collect();
    let covering: Vec<Vec<usize>> = (0..content.topics.len())
        .map(|ti| {
            (0..cells.len())
                .filter(|&ci| !cells[ci][ti].is_empty())
                .collect()
        })
        .collect();
    let mut endorsers = vec![Vec::new(); content.compacts.len()];
    for (ci, chain) in endorsed_chain.iter().enumerate() {
        for &other in chain {
            endorsers[other].push(ci);
        }
    }
    Matrix {
        topic_counts: covering.iter().map(Vec::len).collect(),
        cells,
        compact_counts,
        endorsed_chain,
        covering,
        endorsers,
    }
}

/// The compacts whose principles compact `index` takes over: the one it endorses, the one
/// that one endorses, and so on. Loading has already refused circles; the length bound
/// keeps this total anyway.
fn endorsement_chain(content: &Content, index: usize) -> Vec<usize> {
    let mut chain = Vec::new();
    let mut next = content.compacts[index].endorses.as_deref();
    while let Some(slug) = next {
        match content.compacts.iter().position(|c| c.slug == slug) {
            Some(i) if i != index && !chain.contains(&i) => {
                chain.push(i);
                next = content.compacts[i].endorses.as_deref();
            }
            _ => break,
        }
    }
    chain
}

/// Every event of every compact, oldest first; events on the same date keep compact order.
pub fn timeline(content: &Content) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> = content
        .compacts
        .iter()
        .enumerate()
        .flat_map(|(ci, compact)| {
            compact
                .timeline
                .iter()
                .enumerate()
                .map(move |(ei, event)| TimelineEntry {
                    date: event.date,
                    compact: ci,
                    event: ei,
                })
        })
        .collect();
    entries.sort_by_key(|e| (e.date, e.compact, e.event));
    entries
}

#[cfg(test)]
mod tests;
