//! The comparison model: which compact says what on which topic, and when things happened.
//! Pure data built from [`Content`]; no IO, no HTML. Everything is held as ids into the
//! content, so it grows with topics × compacts and copies no text.

mod events;
mod groups;
mod versions;

use crate::content::{endorsement_chain, CompactId, Content, PrincipleId, TopicId};
pub(crate) use events::{events_of, Cited, Happening, TimelineEntry};
pub(crate) use groups::{GroupKey, Groups, BY_COUNTY_ABOVE};
pub(crate) use versions::{compare as compare_versions, Changed, Words};

/// What one compact says on one topic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cell {
    /// The compact's own principles on the topic.
    pub own: Vec<PrincipleId>,
    /// Principles on the topic that it takes over through `endorses`.
    pub endorsed: Vec<PrincipleId>,
}

impl Cell {
    /// True when the compact says nothing on the topic.
    pub(crate) fn is_empty(&self) -> bool {
        self.own.is_empty() && self.endorsed.is_empty()
    }
}

/// Topics against compacts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Matrix {
    /// `cells[compact][topic]`.
    cells: Vec<Vec<Cell>>,
    /// For each compact, the compacts whose principles it takes over, nearest first.
    chains: Vec<Vec<CompactId>>,
    /// For each topic, the compacts that cover it, in compact order.
    covering: Vec<Vec<CompactId>>,
    /// For each compact, the compacts that take over its principles.
    endorsers: Vec<Vec<CompactId>>,
}

/// What a principle page quotes of other compacts on one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quotes {
    /// The first wordings, each with the endorsing compact when it is taken over.
    pub first: Vec<(PrincipleId, Option<CompactId>)>,
    /// How many other compacts give a wording on the topic, quoted or not.
    pub total: usize,
}

impl Matrix {
    /// What compact `c` says on topic `t`.
    pub(crate) fn cell(&self, c: CompactId, t: TopicId) -> &Cell {
        &self.cells[c.index()][t.index()]
    }

    /// What compact `c` says on every topic, in topic order.
    pub(crate) fn row(&self, c: CompactId) -> &[Cell] {
        &self.cells[c.index()]
    }

    /// The compacts covering topic `t`, in compact order.
    pub(crate) fn covering(&self, t: TopicId) -> &[CompactId] {
        &self.covering[t.index()]
    }

    /// The compacts whose principles compact `c` takes over, nearest first.
    pub(crate) fn chain(&self, c: CompactId) -> &[CompactId] {
        &self.chains[c.index()]
    }

    /// The compacts that take over compact `c`'s principles.
    pub(crate) fn endorsers(&self, c: CompactId) -> &[CompactId] {
        &self.endorsers[c.index()]
    }

    /// The wordings a principle page of compact `ci` quotes on topic `ti`: one principle for
    /// each other compact covering the topic (its own, else one it takes over, with the
    /// endorser), in compact order, the first `limit` of them, and how many there are. Only
    /// the compacts covering the topic are visited, and only until `limit` are found, so a
    /// page costs the same at 3 compacts or 3,000.
    pub(crate) fn quotes(&self, ci: CompactId, ti: TopicId, limit: usize) -> Quotes {
        let wording = |row: CompactId| {
            let cell = self.cell(row, ti);
            let own = cell.own.iter().map(|r| (*r, None));
            let endorsed = cell.endorsed.iter().map(|r| (*r, Some(row)));
            own.chain(endorsed).find(|(r, _)| r.compact != ci)
        };
        let first = self
            .covering(ti)
            .iter()
            .filter(|&&row| row != ci)
            .filter_map(|&row| wording(row))
            .take(limit)
            .collect();
        // Another compact covering the topic has no wording of its own to quote only when
        // all it says there is taken over from `ci`, so only `ci`'s endorsers need a look.
        let own_row = usize::from(!self.cell(ci, ti).is_empty());
        let only_ci = self
            .endorsers(ci)
            .iter()
            .filter(|&&row| row != ci && !self.cell(row, ti).is_empty() && wording(row).is_none())
            .count();
        Quotes {
            first,
            total: self.covering(ti).len() - own_row - only_ci,
        }
    }
}

/// Builds the matrix of every compact against every topic.
pub(crate) fn matrix(content: &Content) -> Matrix {
    let chains: Vec<Vec<CompactId>> = content
        .ids()
        .map(|c| {
            let endorses = |slug: &str| {
                content
                    .find(slug)
                    .and_then(|id| content.get(id).head.endorses.as_deref())
            };
            // Loading has refused circles; a chain that circles anyway is cut where it does.
            let slugs = endorsement_chain(&content.get(c).slug, endorses).unwrap_or_default();
            slugs
                .into_iter()
                .filter_map(|slug| content.find(slug))
                .filter(|&other| other != c)
                .collect()
        })
        .collect();
    let topics = content.topics.len();
    let own_cells: Vec<Vec<Cell>> = content
        .ids()
        .map(|c| {
            let mut cells = vec![Cell::default(); topics];
            let compact = content.get(c);
            for (id, principle) in compact.principle_ids(c).zip(&compact.principles) {
                for topic in &principle.topics {
                    cells[topic.index()].own.push(id);
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
                    endorsed: chains[ci]
                        .iter()
                        .flat_map(|other| own_cells[other.index()][ti].own.iter().copied())
                        .collect(),
                })
                .collect()
        })
        .collect();
    let covering: Vec<Vec<CompactId>> = content
        .topic_ids()
        .map(|t| {
            content
                .ids()
                .filter(|c| !cells[c.index()][t.index()].is_empty())
                .collect()
        })
        .collect();
    let mut endorsers = vec![Vec::new(); content.compacts.len()];
    for (c, chain) in content.ids().zip(&chains) {
        for other in chain {
            endorsers[other.index()].push(c);
        }
    }
    Matrix {
        cells,
        chains,
        covering,
        endorsers,
    }
}

/// True when `old` and `new`, contents of the same compacts, give the same matrix: the
/// matrix reads each compact's `endorses` and its principles' topics, nothing else.
pub(crate) fn same_matrix(old: &Content, new: &Content) -> bool {
    old.compacts.len() == new.compacts.len()
        && old.compacts.iter().zip(&new.compacts).all(|(a, b)| {
            std::sync::Arc::ptr_eq(a, b)
                || (a.slug == b.slug
                    && a.head.endorses == b.head.endorses
                    && a.principles.len() == b.principles.len()
                    && a.principles
                        .iter()
                        .zip(&b.principles)
                        .all(|(p, q)| p.topics == q.topics))
        })
}

#[cfg(test)]
mod tests;
